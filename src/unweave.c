/*
 * unweave: see unweave.h.  A line stays in the section it was read under
 * unless it plainly fits the other section of the pair and does not fit
 * its own.
 */
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "fold.h"
#include "lineword.h"
#include "unweave.h"
#include "wovenline.h"
#include "xalloc.h"

static int
sidebar(enum isec s)
{
	return s == IS_SKILLS || s == IS_LANGUAGES || s == IS_CONTACT;
}

static int
main_column(enum isec s)
{
	return s == IS_SUMMARY || s == IS_EXPERIENCE || s == IS_EDUCATION || s == IS_PROJECTS;
}

static int
dated(enum isec s)
{
	return s == IS_EXPERIENCE || s == IS_EDUCATION || s == IS_PROJECTS;
}

/* Whether the block of lines around i (no blank between them) reads
 * as one paragraph of prose: a summary wrapped in a narrow column. */
static int
prose_block(const struct layout *L, size_t i, size_t from, size_t to)
{
	size_t a = i, b = i + 1;
	char *joined;
	int yes;

	while (a > from && !(L->v[a].flags & LN_BLANK) && L->v[a - 1].s[0] != '\0')
		a--;
	while (b < to && !(L->v[b].flags & LN_BLANK) && L->v[b].s[0] != '\0')
		b++;
	joined = xstrdup("");
	for (size_t k = a; k < b; k++) {
		char *j = xprintf("%s%s%s", joined, k > a ? " " : "", L->v[k].s);
		free(joined);
		joined = j;
		if (wovenline_range(L->v[k].s)) {
			free(joined);
			return 0;
		}
	}
	yes = lineword_prose(joined);
	free(joined);
	return yes;
}

/* Whether line i of [from, to) plainly belongs to a section of kind sec.
 * *para tracks the summary's one paragraph: 0 before it, 1 in it, 2
 * after it. */
static int
fits(const struct lexicon *lx, const struct layout *L, size_t i, size_t from, size_t to,
    enum isec sec, int *para)
{
	const char *s = L->v[i].s;

	switch (sec) {
	case IS_SUMMARY:
		if (*para == 1 && (L->v[i].flags & LN_BLANK))
			*para = 2;
		if (*para == 0 && prose_block(L, i, from, to))
			*para = 1;
		return *para == 1;
	case IS_SKILLS:
		return wovenline_skills(lx, s);
	case IS_LANGUAGES:
		return wovenline_tongue(s);
	case IS_CONTACT:
		return wovenline_contact(s);
	default:
		return dated(sec) && (wovenline_range(s) || lineword_prose(s) ||
		    role_title_score(s) > 0 || role_school_score(s) > 0 ||
		    role_degree_score(s) > 0);
	}
}

static int
holds_text(const struct layout *L, const struct sect *s)
{
	for (size_t i = s->from; i < s->to; i++)
		if (L->v[i].s[0] != '\0')
			return 1;
	return 0;
}

/* Whether sections a (empty) and b were headings set side by side. */
static int
pair(const struct layout *L, const struct sect *a, const struct sect *b)
{
	if (holds_text(L, a) || a->sec == b->sec || b->from >= b->to)
		return 0;
	/* a sidebar's heading beside a main one; "Summary" over
	 * "Experience" is also a page's empty summary, so two main ones pair
	 * only as the work over its profile */
	return (sidebar(a->sec) && main_column(b->sec)) || (main_column(a->sec) && sidebar(b->sec)) ||
	    (dated(a->sec) && b->sec == IS_SUMMARY);
}

/* Deals the lines of b between a and b: owner[i] becomes ia for a line
 * that fits a and not b. */
static size_t
deal(const struct lexicon *lx, const struct layout *L, const struct sect *a,
    const struct sect *b, size_t ia, size_t *owner)
{
	int pa = 0, pb = 0;
	size_t moved = 0;

	for (size_t i = b->from; i < b->to; i++) {
		const char *s = L->v[i].s;
		int fa, fb;
		if (s[0] == '\0')
			continue;
		fa = fits(lx, L, i, b->from, b->to, a->sec, &pa);
		fb = fits(lx, L, i, b->from, b->to, b->sec, &pb);
		/* a summary or a list keeps only what fits it once the
		 * work beside it is plain */
		if ((fa && !fb) || (!fb && b->sec == IS_SUMMARY && dated(a->sec))) {
			owner[i] = ia;
			moved++;
		}
	}
	return moved;
}

/* The lines in the new order: each section's heading lines, then its own. */
static void
regroup(struct layout *L, struct sect *v, size_t n, const size_t *owner)
{
	struct line *out = xreallocarray(NULL, L->n, sizeof *out);
	size_t *to = xreallocarray(NULL, n, sizeof *to), k = 0;

	for (size_t s = 0; s < n; s++)
		to[s] = v[s].to;
	for (size_t s = 0; s < n; s++) {
		size_t start;
		for (size_t i = s == 0 ? 0 : to[s - 1]; i < v[s].from; i++)
			out[k++] = L->v[i];
		start = k;
		for (size_t i = 0; i < L->n; i++)
			if (owner[i] == s) {
				out[k] = L->v[i];
				/* a moved line starts a block of its own */
				if (k > start && (i == 0 || owner[i - 1] != s))
					out[k].flags |= LN_BLANK;
				k++;
			}
		v[s].from = start;
		v[s].to = k;
	}
	for (size_t i = to[n - 1]; i < L->n && k < L->n; i++)
		out[k++] = L->v[i];
	free(to);
	free(L->v);
	L->v = out;
}

static int
alone(const struct layout *L, size_t i, const struct sect *s)
{
	return (i == s->from || (L->v[i].flags & LN_BLANK) || L->v[i - 1].s[0] == '\0') &&
	    (i + 1 >= s->to || (L->v[i + 1].flags & LN_BLANK) || L->v[i + 1].s[0] == '\0');
}

/* Whether a line of the section names a spoken language. */
static int
spoken_in(const struct layout *L, const struct sect *s)
{
	for (size_t i = s->from; i < s->to; i++)
		if (wovenline_tongue(L->v[i].s))
			return 1;
	return 0;
}

/* The section of kind k nearest before s, else the first after it. */
static size_t
nearest(const struct sect *v, size_t n, size_t s, enum isec k)
{
	for (size_t t = s; t-- > 1;)
		if (v[t].sec == k)
			return t;
	for (size_t t = s + 1; t < n; t++)
		if (v[t].sec == k)
			return t;
	return (size_t)-1;
}

/* Where a sentence found under the skills or the languages goes: to a
 * summary whose heading stands empty, else to the work. */
static size_t
prose_home(const struct layout *L, const struct sect *v, size_t n, size_t s)
{
	for (size_t t = 1; t < n; t++)
		if (v[t].sec == IS_SUMMARY && !holds_text(L, &v[t]))
			return t;
	return nearest(v, n, s, IS_EXPERIENCE);
}

static void
give(size_t *owner, size_t i, size_t to, size_t *moved)
{
	if (to != (size_t)-1) {
		owner[i] = to;
		(*moved)++;
	}
}

/* Whether line i stands in a run of three or more lines of known skills
 * ("Playwright", "Selenium", "Cypress" beside the work). */
static int
skill_run(const struct lexicon *lx, const struct layout *L, size_t i, const struct sect *s)
{
	size_t a = i, b = i + 1;

	if (!wovenline_skills(lx, L->v[i].s))
		return 0;
	while (a > s->from && wovenline_skills(lx, L->v[a - 1].s))
		a--;
	while (b < s->to && wovenline_skills(lx, L->v[b].s))
		b++;
	return b - a >= 3;
}

/* "Méthodes" over "Scrum, Kanban, Shape Up", "Outils" over a run of
 * rated tools, among the jobs: a group of the sidebar's skills, its label
 * with it (a short line before the list), and the line before it when
 * that one is a list ended by a comma. */
static size_t
skill_group(struct layout *L, const struct sect *s, size_t i, size_t to, size_t *owner)
{
	size_t moved = 0, a = i;
	char *label;

	if (to == (size_t)-1)
		return 0;
	if (a > s->from && !(L->v[a].flags & LN_BLANK) && wovenline_list(L->v[a - 1].s) &&
	    L->v[a - 1].s[strlen(L->v[a - 1].s) - 1] == ',')
		a--;
	if (a > s->from && !(L->v[a].flags & LN_BLANK) && lineword_count(L->v[a - 1].s) <= 2 &&
	    strpbrk(L->v[a - 1].s, "0123456789,.:") == NULL && role_title_score(L->v[a - 1].s) == 0 &&
	    owner[a - 1] == owner[a]) {
		/* the label names the group, as "Outils:" would */
		a--;
		label = xprintf("%s:", L->v[a].s);
		free(L->v[a].s);
		L->v[a].s = label;
	}
	for (; a <= i; a++)
		give(owner, a, to, &moved);
	return moved;
}

/* "HABILIDADES" over its list, then "• Implementé la estrategia ..." and
 * a job's dates: a sidebar's section that raw pdftotext set inside a job,
 * whose bullets and the next jobs go on under the list.  The columns were
 * woven. */
static int
cut_in(const struct layout *L, const struct sect *v, size_t n)
{
	size_t work = 0;

	for (size_t s = 1; s < n; s++) {
		size_t list = 0, i = v[s].from;
		work += v[s].sec == IS_EXPERIENCE;
		if (work == 0 || (v[s].sec != IS_SKILLS && v[s].sec != IS_LANGUAGES))
			continue;
		for (; i < v[s].to; i++) {
			const struct line *l = &L->v[i];
			if (l->s[0] == '\0')
				continue;
			if ((l->flags & MK_BULLET) || lineword_count(l->s) > 5 || lineword_prose(l->s))
				break;
			list++;
		}
		if (list < 2 || i == v[s].to || !(L->v[i].flags & MK_BULLET) ||
		    !lineword_prose(L->v[i].s))
			continue;
		for (; i < v[s].to; i++)
			if (wovenline_range(L->v[i].s) && dateparse_only(L->v[i].s))
				return 1;
	}
	return 0;
}

/* Whether line i goes on with the line before it, a sentence wrapped
 * ("... y un presupuesto" over "anual de 42 MDP."). */
static int
wrap_of_moved(const struct layout *L, size_t i, const size_t *owner, const struct sect *v,
    size_t s)
{
	const char *prev, *t = L->v[i].s;
	size_t n;

	if (i == v[s].from || owner[i - 1] == s || owner[i - 1] == (size_t)-1 ||
	    !dated(v[owner[i - 1]].sec) || (L->v[i].flags & (MK_BULLET | LN_BLANK)) || t[0] == '\0')
		return 0;
	prev = L->v[i - 1].s;
	n = strlen(prev);
	return n > 0 && (strchr(".;!", prev[n - 1]) == NULL || fold_lower_at(t));
}

/* In woven text, a line of known skills standing alone among the work
 * ("Google Analytics", "Blender") is the sidebar's, not an employer, and
 * a run of spoken languages is the languages'; a sentence under the
 * skills or the languages is the work's.  Each goes to the nearest
 * section of its kind; owner[] says where each line goes. */
static size_t
strays(const struct lexicon *lx, struct layout *L, const struct sect *v, size_t n,
    size_t *owner, int woven)
{
	size_t moved = 0;

	for (size_t s = 1; s < n; s++)
		for (size_t i = v[s].from; i < v[s].to; i++) {
			const char *t = L->v[i].s;
			int run = wovenline_tongue(t) && ((i > v[s].from && wovenline_tongue(L->v[i - 1].s)) ||
			    (i + 1 < v[s].to && wovenline_tongue(L->v[i + 1].s)));
			if (owner[i] != s)
				continue;
			/* "R, Python, Stan" under the languages: a list its
			 * label's column set apart, woven or not, when spoken
			 * languages are the section's ("Languages: Go, Rust"
			 * alone is a group of skills) */
			if (v[s].sec == IS_LANGUAGES && wovenline_list(t) && !wovenline_tongue(t) &&
			    wovenline_mostly_skills(lx, t) && spoken_in(L, &v[s]))
				give(owner, i, nearest(v, n, s, IS_SKILLS), &moved);
			if (!woven || owner[i] != s)
				continue;
			if (dated(v[s].sec) && alone(L, i, &v[s]) && wovenline_skills(lx, t))
				give(owner, i, nearest(v, n, s, IS_SKILLS), &moved);
			else if (dated(v[s].sec) && (skill_run(lx, L, i, &v[s]) ||
			    (wovenline_list(t) && wovenline_mostly_skills(lx, t))))
				moved += skill_group(L, &v[s], i, nearest(v, n, s, IS_SKILLS), owner);
			else if (dated(v[s].sec) && run)
				give(owner, i, nearest(v, n, s, IS_LANGUAGES), &moved);
			else if ((v[s].sec == IS_SKILLS || v[s].sec == IS_LANGUAGES) &&
			    lineword_prose(t) && (!wovenline_list(t) ||
			    ((L->v[i].flags & MK_BULLET) && !wovenline_mostly_skills(lx, t))))
				give(owner, i, prose_home(L, v, n, s), &moved);
			else if ((v[s].sec == IS_SKILLS || v[s].sec == IS_LANGUAGES) &&
			    wrap_of_moved(L, i, owner, v, s))
				give(owner, i, owner[i - 1], &moved);
		}
	return moved;
}

static int
degree_only(const char *s)
{
	return role_degree_score(s) > 0 && role_school_score(s) == 0;
}

static int
school_only(const char *s)
{
	return role_school_score(s) > 0 && role_degree_score(s) == 0;
}

/* In woven text, "MSc Computer Science" over "Delft University of
 * Technology" among the work is the education column's: both lines,
 * and a date line right under them, go to the nearest education
 * section. */
static size_t
stray_schools(const struct layout *L, const struct sect *v, size_t n, size_t *owner)
{
	size_t moved = 0;

	for (size_t s = 1; s < n; s++) {
		size_t to = nearest(v, n, s, IS_EDUCATION);
		if (v[s].sec != IS_EXPERIENCE || to == (size_t)-1)
			continue;
		for (size_t i = v[s].from; i + 1 < v[s].to; i++)
			if (owner[i] == s && owner[i + 1] == s && degree_only(L->v[i].s) &&
			    school_only(L->v[i + 1].s) && !wovenline_range(L->v[i].s)) {
				give(owner, i, to, &moved);
				give(owner, i + 1, to, &moved);
				/* its dates, right under it */
				if (i + 2 < v[s].to && dateparse_only(L->v[i + 2].s))
					give(owner, i + 2, to, &moved);
			}
	}
	return moved;
}

/* A role line set beside the sidebar: a job title over its employer
 * ("QA ENGINEER" over "Allegro | Poznań") or its dates, or a range of
 * dates alone. */
static int
job_line(const struct layout *L, size_t i, const struct sect *s)
{
	const char *t = L->v[i].s, *next;

	if (dateparse_only(t) && wovenline_range(t))
		return 1;
	if (lineword_count(t) > 6 || i + 1 >= s->to || (L->v[i + 1].flags & LN_BLANK))
		return 0;
	next = L->v[i + 1].s;
	/* "Ejecutiva de Cuentas" over "Punto Norte Publicidad | Guadalajara"
	 * over its dates: a job whatever its title's words */
	if (role_title_score(t) <= 0)
		return i + 2 < s->to && (strchr(next, '|') != NULL || strstr(next, "\xc2\xb7") != NULL) &&
		    !wovenline_range(next) && dateparse_only(L->v[i + 2].s) && wovenline_range(L->v[i + 2].s) &&
		    !(L->v[i + 2].flags & LN_BLANK);
	return strpbrk(next, "|,") != NULL || strstr(next, "\xc2\xb7") != NULL || wovenline_range(next);
}

/* In woven text, a job's title, employer and dates read under the skills
 * or the languages go to the work. */
static size_t
stray_jobs(const struct layout *L, const struct sect *v, size_t n, size_t *owner)
{
	size_t moved = 0;

	for (size_t s = 1; s < n; s++) {
		size_t to = nearest(v, n, s, IS_EXPERIENCE);
		if ((v[s].sec != IS_SKILLS && v[s].sec != IS_LANGUAGES) || to == (size_t)-1)
			continue;
		for (size_t i = v[s].from; i < v[s].to; i++) {
			if (owner[i] != s || !job_line(L, i, &v[s]))
				continue;
			give(owner, i, to, &moved);
			if (!dateparse_only(L->v[i].s) && owner[i + 1] == s)
				give(owner, ++i, to, &moved);
		}
	}
	return moved;
}

/* "Energy Resources LLC | Mine Planning Engineer" over "2014 - 2018"
 * under the schools of a sidebar woven into the work: a job's header,
 * naming a firm or a title and no school nor degree, over its dates. */
static int
job_head(const struct layout *L, size_t i, const struct sect *s)
{
	const char *t = L->v[i].s;

	return i + 1 < s->to && strchr(t, '|') != NULL && lineword_count(t) <= 12 &&
	    (role_company_score(t) > 0 || role_title_score(t) > 0) &&
	    role_school_score(t) == 0 && role_degree_score(t) == 0 &&
	    dateparse_only(L->v[i + 1].s) && wovenline_range(L->v[i + 1].s);
}

/* The jobs read under the schools (a sidebar's schools woven into the
 * work, whether or not its headings showed the weave) go back to the
 * work: from a job's header (see job_head) each line up to the next
 * school or degree. */
static size_t
stray_work(const struct layout *L, const struct sect *v, size_t n, size_t *owner)
{
	size_t moved = 0;

	for (size_t s = 1; s < n; s++) {
		size_t to = nearest(v, n, s, IS_EXPERIENCE);
		int job = 0;
		if (v[s].sec != IS_EDUCATION || to == (size_t)-1)
			continue;
		for (size_t i = v[s].from; i < v[s].to; i++) {
			if (owner[i] != s)
				continue;
			if (!job && job_head(L, i, &v[s]))
				job = 1;
			else if (job && (role_school_score(L->v[i].s) > 0 ||
			    role_degree_score(L->v[i].s) > 0))
				job = 0;
			if (job)
				give(owner, i, to, &moved);
		}
	}
	return moved;
}

/* Lines of known skills standing alone among the work: two or more say
 * the columns were woven, headings side by side or not. */
static int
lone_skills(const struct lexicon *lx, const struct layout *L, const struct sect *v, size_t n)
{
	int lone = 0;

	for (size_t s = 1; s < n; s++)
		for (size_t i = v[s].from; i < v[s].to && dated(v[s].sec); i++)
			lone += alone(L, i, &v[s]) && wovenline_skills(lx, L->v[i].s);
	return lone;
}

/* "Go Kafka", a row of tags moved to the skills: its known names parted
 * by commas, as the skills parser reads a list. */
static void
comma_tags(const struct lexicon *lx, struct layout *L, const struct sect *v, const size_t *owner)
{
	for (size_t i = 0; i < L->n; i++) {
		char *s = L->v[i].s;
		if (owner[i] == (size_t)-1 || v[owner[i]].sec != IS_SKILLS ||
		    (i >= v[owner[i]].from && i < v[owner[i]].to) || strpbrk(s, ",;|") != NULL ||
		    lexicon_skill(lx, s, strlen(s)) || !wovenline_known(lx, s, " "))
			continue;
		for (char *t = s; (t = strchr(t, ' ')) != NULL; t++)
			*t = ',';
	}
}

size_t
unweave_sections(const struct lexicon *lx, struct layout *L, struct sect *v, size_t n)
{
	size_t *owner, moved = 0;
	int woven = 0;

	if (n < 3)
		return 0;
	owner = xreallocarray(NULL, L->n + 1, sizeof *owner);
	for (size_t i = 0; i < L->n; i++)
		owner[i] = (size_t)-1;
	for (size_t s = 0; s < n; s++)
		for (size_t i = v[s].from; i < v[s].to; i++)
			owner[i] = s;
	for (size_t s = 1; s + 1 < n; s++)
		if (pair(L, &v[s], &v[s + 1])) {
			woven = 1;
			moved += deal(lx, L, &v[s], &v[s + 1], s, owner);
		}
	woven |= lone_skills(lx, L, v, n) >= 2 || cut_in(L, v, n);
	moved += strays(lx, L, v, n, owner, woven);
	if (woven)
		moved += stray_schools(L, v, n, owner) + stray_jobs(L, v, n, owner);
	moved += stray_work(L, v, n, owner);
	if (moved > 0) {
		comma_tags(lx, L, v, owner);
		regroup(L, v, n, owner);
	}
	free(owner);
	return moved;
}
