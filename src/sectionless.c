#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "parse.h"
#include "sectionless.h"

/* A date range in the line (not one date: "Graduated 2019" is no entry). */
static int
ranged(const char *s)
{
	struct daterange r;

	return dateparse_find(s, strlen(s), &r) && (!r.single || r.open);
}

/* Work or education: the dated line names a school or a degree, and no
 * job. */
static enum isec
entry_kind(const char *s)
{
	int job = role_title_score(s);

	if (role_school_score(s) > 0 || (job == 0 && role_degree_score(s) > 0))
		return IS_EDUCATION;
	return IS_EXPERIENCE;
}

/* "Python, Django, Docker, Git": the number of short items in a list. */
static size_t
list_line(const struct ctx *c, const char *s, struct strlist *items)
{
	struct daterange r;

	if (strlen(s) > 400 || dateparse_find(s, strlen(s), &r))
		return 0;
	parse_skill_list(c, s, items);
	for (size_t i = 0; i < items->n; i++)
		if (strlen(items->v[i]) > 40)
			return 0;
	return items->n;
}

/* What an undated line that begins a paragraph starts: skills (three
 * items or more), languages (two or more, the first a language), or
 * nothing new. */
static enum isec
list_kind(const struct ctx *c, const char *s)
{
	struct strlist items = STRLIST_INIT;
	size_t n = list_line(c, s, &items);
	enum isec k = IS_NONE;

	if (n >= 2 && parse_tongue(items.v[0], strcspn(items.v[0], " (")))
		k = IS_LANGUAGES;
	else if (n >= 3)
		k = IS_SKILLS;
	strlist_clear(&items);
	return k;
}

/* The first line of top's entries: the first of two or more ranges, not
 * the first line (the name). */
static size_t
first_entry(const struct ctx *c, const struct sect *top)
{
	size_t first = top->to;
	int n = 0;

	for (size_t i = top->from + 1; i < top->to; i++)
		if (ranged(c->L->v[i].s) && n++ == 0)
			first = i;
	if (n < 2)
		return top->to;
	/* "Ember & Oak · Sous Chef" over "August 2021 – now": the header
	 * lines over the first dates, a job or a firm named in each */
	for (int k = 0; k < 2 && first > top->from + 1; k++) {
		const char *s = c->L->v[first - 1].s;
		if (s[0] == '\0' || ranged(s) || strlen(s) > 120 ||
		    (role_title_score(s) == 0 && role_company_score(s) == 0))
			break;
		first--;
	}
	return first;
}

static int
paragraph_start(const struct ctx *c, size_t i)
{
	const struct line *l = &c->L->v[i];

	return (l->flags & LN_BLANK) || c->L->v[i - 1].s[0] == '\0' ||
	    (l->flags & (MK_BULLET | MK_NUMBERED));
}

/* "Whitfield Supper Club · Owner / Chef" over "2020 – now": an entry's
 * header, however like a list, when dates follow it. */
static int
header_over_dates(const struct ctx *c, size_t i, size_t to)
{
	size_t j = i + 1;

	while (j < to && c->L->v[j].s[0] == '\0')
		j++;
	return j < to && ranged(c->L->v[j].s) && strlen(c->L->v[j].s) < 80;
}

size_t
sectionless_cut(const struct ctx *c, struct sect *top, struct sect *out, size_t max)
{
	size_t from = first_entry(c, top), n = 0;
	enum isec cur = IS_NONE;

	for (size_t i = from; i < top->to && max > 0; i++) {
		const char *s = c->L->v[i].s;
		enum isec k = IS_NONE;
		if (s[0] == '\0')
			continue;
		if (ranged(s))
			k = entry_kind(s);
		else if (n == 0 && i == from)
			continue;	/* the first entry's header */
		else if ((paragraph_start(c, i) || cur == IS_SKILLS || cur == IS_LANGUAGES) &&
		    !header_over_dates(c, i, top->to))
			k = list_kind(c, s);
		if (k == IS_NONE || k == cur)
			continue;
		if (n == max)
			break;
		if (n > 0)
			out[n - 1].to = i;
		out[n].sec = cur = k;
		out[n].title = NULL;
		out[n].from = n == 0 ? from : i;
		out[n++].to = top->to;
	}
	if (n > 0)
		top->to = from;
	return n;
}

/* "what I do" over "NatWest — Apprentice, Sept 2021 – now": a section
 * named like a list that holds entries, two or more short dated lines
 * naming a job, a school or a degree. */
enum isec
sectionless_entries(const struct ctx *c, const struct sect *s)
{
	int work = 0, edu = 0;

	for (size_t i = s->from; i < s->to; i++) {
		const char *t = c->L->v[i].s;
		if (strlen(t) > 200 || !ranged(t))
			continue;
		if (entry_kind(t) == IS_EDUCATION)
			edu++;
		else if (role_title_score(t) > 0)
			work++;
	}
	if (work + edu < 2)
		return IS_NONE;
	return work >= edu ? IS_EXPERIENCE : IS_EDUCATION;
}
