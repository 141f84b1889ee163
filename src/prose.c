#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "parse.h"
#include "prose.h"
#include "xalloc.h"

/* Words that tell a clause speaks of a job, or of a school. */
static const char *const work_cues[] = { "as a", "as an", "worked", "work", "working",
	"joined", "led", "lead", "leading", "managed", "manage", "manager", "engineer",
	"developer", "spent", "intern", "team", "job", "role", "employed", "consultant",
	"designer", "scientist", "analyst", "researcher", "founded", "co-founded", "started",
	"currently", "been", NULL };
static const char *const study_cues[] = { "studied", "study", "studying", "degree",
	"graduated", "mba", "bsc", "msc", "phd", "ph.d.", "master", "masters", "master's",
	"bachelor", "bachelor's", "diploma", "doctorate", "b.sc.", "m.sc.", NULL };
/* Small words an organisation's name may hold. */
static const char *const joins[] = { "of", "de", "du", "des", "la", "le", "di", "der",
	"für", "for", "and", "&", NULL };

static int
word_in(const char *w, size_t n, const char *const list[])
{
	for (int i = 0; list[i] != NULL; i++)
		if (strlen(list[i]) == n && strncasecmp(w, list[i], n) == 0)
			return 1;
	return 0;
}

/* Whether s[from..to) holds one of the cues as whole words. */
static int
has_cue(const char *s, size_t from, size_t to, const char *const cues[])
{
	for (int i = 0; cues[i] != NULL; i++) {
		size_t n = strlen(cues[i]);
		for (size_t k = from; k + n <= to; k++)
			if ((k == from || !isalpha((unsigned char)s[k - 1])) &&
			    strncasecmp(s + k, cues[i], n) == 0 &&
			    (k + n == to || !isalpha((unsigned char)s[k + n])))
				return 1;
	}
	return 0;
}

/* Where the clause that ends at 'at' begins: after the sentence's start, a
 * comma, a semicolon or an "and". */
static size_t
clause_start(const char *s, size_t from, size_t at)
{
	for (size_t k = at; k > from; k--) {
		if (s[k - 1] == ',' || s[k - 1] == ';')
			return k;
		if (k >= from + 5 && strncmp(s + k - 5, " and ", 5) == 0)
			return k;
	}
	return from;
}

/* The end of a capitalised name at s[from]: "Check Point", "Tel Aviv
 * University", "University of Leeds"; from when there is none. */
static size_t
name_end(const char *s, size_t from, size_t to)
{
	size_t end = from, k = from;

	while (k < to) {
		size_t n = 0;
		while (k + n < to && s[k + n] != ' ' && s[k + n] != ',' && s[k + n] != ';' &&
		    s[k + n] != '(' && s[k + n] != ')' && !(s[k + n] == '.' &&
		    (k + n + 1 == to || s[k + n + 1] == ' ')))
			n++;
		if (n == 0)
			break;
		if (isupper((unsigned char)s[k]) || isdigit((unsigned char)s[k]) ||
		    (unsigned char)s[k] >= 0xc0)
			end = k + n;
		else if (!word_in(s + k, n, joins) || end == from)
			break;
		k += n;
		if (k >= to || s[k] != ' ')
			break;
		k++;
	}
	return end;
}

static char *
trimmed(const char *s, size_t from, size_t to)
{
	while (from < to && s[from] == ' ')
		from++;
	while (to > from && (s[to - 1] == ' ' || s[to - 1] == ','))
		to--;
	return xstrndup(s + from, to - from);
}

static void
set_dates(char **start, char **end, const struct daterange *r)
{
	char iso[8];

	date_iso_format(r->start, iso);
	if (r->single && !r->open) {
		profile_set(end, iso);
		return;
	}
	profile_set(start, iso);
	if (!r->open && r->end.y > 0) {
		date_iso_format(r->end, iso);
		profile_set(end, iso);
	}
}

/* "(BSc, 2011)" after a school: a degree and a year in brackets. */
static size_t
bracket_end(const char *s, size_t at, size_t to)
{
	size_t k = at;

	while (k < to && s[k] == ' ')
		k++;
	if (k >= to || s[k] != '(')
		return at;
	while (k < to && s[k] != ')')
		k++;
	return k < to ? k + 1 : at;
}

static void
add_study(struct ctx *c, const char *s, size_t from, size_t at, size_t org, size_t end)
{
	struct education *e;
	size_t after = bracket_end(s, end, strlen(s)), k;
	struct daterange r;
	char *span = xstrndup(s + from, after - from);

	if ((e = parse_append(c, SEC_EDUCATION)) == NULL) {
		free(span);
		return;
	}
	e->institution = trimmed(s, org, end);
	for (k = from; k + 8 < at && strncasecmp(s + k, "studied ", 8) != 0; k++)
		;
	if (k + 8 < at)
		e->area = trimmed(s, k + 8, at);
	for (size_t b = end; b < after; b++)
		if (s[b] == '(' || s[b] == ',') {
			size_t n = strcspn(s + b + 1, ",)");
			char *d = trimmed(s, b + 1, b + 1 + n);
			if (role_degree_score(d) > 0 && e->study_type == NULL)
				e->study_type = d;
			else
				free(d);
		}
	for (k = from; e->study_type == NULL && k < at; k++)
		if (isupper((unsigned char)s[k]) && (k == from || s[k - 1] == ' ')) {
			size_t n = strcspn(s + k, " ,");
			char *d = xstrndup(s + k, n);
			if (role_degree_score(d) > 0)
				e->study_type = d;
			else
				free(d);
		}
	/* "an MSc in Human-Computer Interaction from": the field */
	for (k = from; e->area == NULL && e->study_type != NULL && k + 4 < at; k++)
		if (strncmp(s + k, " in ", 4) == 0 && k >= strlen(e->study_type) &&
		    strncmp(s + k - strlen(e->study_type), e->study_type,
		    strlen(e->study_type)) == 0)
			e->area = trimmed(s, k + 4, at);
	if (dateparse_find(span, strlen(span), &r))
		set_dates(&e->start, &e->end, &r);
	free(span);
}

/* "backend engineer", as a sentence has it, is a title: "Backend
 * Engineer"; "of" and the like stay small. */
static void
title_case(char *s)
{
	for (char *p = s; *p != '\0'; p++)
		if ((p == s || p[-1] == ' ') && !word_in(p, strcspn(p, " "), joins))
			*p = (char)toupper((unsigned char)*p);
}

/* "a senior UX researcher at", "as a backend engineer at": the role,
 * after the last article of the clause, when it names one. */
static char *
role_before(const char *s, size_t from, size_t at)
{
	char *t;

	for (size_t k = at; k > from + 2; k--) {
		size_t n = strncmp(s + k - 3, " a ", 3) == 0 ? 3 :
		    k > from + 3 && strncmp(s + k - 4, " an ", 4) == 0 ? 4 : 0;
		if (n == 0)
			continue;
		t = trimmed(s, k, at);
		if (role_title_score(t) > 0 || (k >= from + n + 3 &&
		    strncmp(s + k - n - 3, " as", 3) == 0)) {
			title_case(t);
			return t;
		}
		free(t);
		return NULL;
	}
	return NULL;
}

/* Where the clause after a name ends: a comma (unless "where", "since"
 * or "from" follows it), a semicolon, an "and", or the sentence's end. */
static size_t
clause_end(const char *s, size_t at)
{
	size_t k;

	for (k = at; s[k] != '\0'; k++) {
		if (s[k] == ';' || (s[k] == '.' && (s[k + 1] == ' ' || s[k + 1] == '\0')) ||
		    strncmp(s + k, " and ", 5) == 0)
			break;
		if (s[k] == ',' && strncmp(s + k, ", where ", 8) != 0 &&
		    strncmp(s + k, ", since ", 8) != 0 && strncmp(s + k, ", from ", 7) != 0)
			break;
	}
	return k;
}

static void
add_job(struct ctx *c, const char *s, size_t from, size_t at, size_t org, size_t end)
{
	struct work *w;
	struct daterange r;
	size_t place = end, k;
	char *span;

	for (size_t i = 0; i < c->p->nwork; i++)
		if (c->p->work[i].name != NULL && strlen(c->p->work[i].name) == end - org &&
		    strncmp(c->p->work[i].name, s + org, end - org) == 0)
			return;
	if ((w = parse_append(c, SEC_WORK)) == NULL)
		return;
	w->name = trimmed(s, org, end);
	w->position = role_before(s, from, at);
	if (strncmp(s + end, " in ", 4) == 0 && (place = name_end(s, end + 4, strlen(s))) > end + 4)
		w->location = trimmed(s, end + 4, place);
	else
		place = end;
	span = xstrndup(s + from, place - from);
	if (!(dateparse_find(span, strlen(span), &r) && (!r.single || r.open))) {
		/* "... at Talkdesk from 2018 to 2021", "..., where I've been
		 * since March 2021": the dates after the name */
		free(span);
		k = clause_end(s, place);
		span = xstrndup(s + place, k - place);
	}
	if (dateparse_find(span, strlen(span), &r) && (!r.single || r.open))
		set_dates(&w->start, &w->end, &r);
	free(span);
}

/* Each "at <Name>" of a sentence, read as a job or a school. */
static void
sentence(struct ctx *c, const char *s, size_t from, size_t to, int jobs, int schools)
{
	for (size_t k = from; k + 4 < to; k++) {
		size_t org, end, start;
		if (strncmp(s + k, " at ", 4) != 0 && strncmp(s + k, " from ", 6) != 0)
			continue;
		org = k + (s[k + 1] == 'a' ? 4 : 6);
		if (strncmp(s + org, "the ", 4) == 0)
			org += 4;
		if ((!isupper((unsigned char)s[org]) && (unsigned char)s[org] < 0xc0) ||
		    (end = name_end(s, org, to)) == org)
			continue;
		start = clause_start(s, from, k);
		if (has_cue(s, start, k, study_cues)) {
			if (schools)
				add_study(c, s, start, k, org, end);
		} else if (jobs && has_cue(s, start, k, work_cues) &&
		    role_school_score(s + org) == 0)
			add_job(c, s, start, k, org, end);
		k = end;
	}
}

static void
paragraph(struct ctx *c, const char *s, int jobs, int schools)
{
	size_t len = strlen(s), from = 0;

	for (size_t k = 0; k <= len; k++) {
		if (k < len && !(s[k] == '.' && (s[k + 1] == '\0' || (s[k + 1] == ' ' &&
		    isupper((unsigned char)s[k + 2])))))
			continue;
		sentence(c, s, from, k, jobs, schools);
		from = k + 2 <= len ? k + 2 : len;
	}
}

void
prose_career(struct ctx *c)
{
	int jobs = c->p->nwork == 0, schools = c->p->neducation == 0;
	struct buf b = BUF_INIT;

	if (!jobs && !schools)
		return;
	for (size_t i = 0; i <= c->L->n; i++) {
		const struct line *l = i < c->L->n ? &c->L->v[i] : NULL;
		if (l == NULL || (l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED))) {
			if (b.len > 40)
				paragraph(c, b.s, jobs, schools);
			buf_reset(&b);
		}
		if (l == NULL || l->s[0] == '\0' || (l->flags & (MK_BULLET | MK_NUMBERED)))
			continue;
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, l->s);
	}
	buf_free(&b);
}
