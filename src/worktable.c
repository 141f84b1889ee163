/*
 * worktable: see worktable.h.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dateparse.h"
#include "lineword.h"
#include "stacktable.h"
#include "worktable.h"
#include "xalloc.h"

enum wcol { W_OTHER, W_DATES, W_ORG, W_TITLE, W_DUTIES, W_PLACE, W_FROM, W_TO };

/* Folded with fold_key. */
static const struct column_name heads[] = {
	{ "period", W_DATES }, { "dates", W_DATES }, { "date", W_DATES },
	{ "duration", W_DATES }, { "from to", W_DATES }, { "term", W_DATES },
	{ "employment period", W_DATES }, { "years", W_DATES },
	{ "from", W_FROM }, { "start", W_FROM }, { "start date", W_FROM },
	{ "to", W_TO }, { "end", W_TO }, { "end date", W_TO },
	{ "company", W_ORG }, { "company name", W_ORG }, { "employer", W_ORG },
	{ "organization", W_ORG }, { "organisation", W_ORG }, { "firm", W_ORG },
	{ "position", W_TITLE }, { "title", W_TITLE }, { "job title", W_TITLE },
	{ "role", W_TITLE }, { "designation", W_TITLE }, { "rank", W_TITLE },
	{ "position title", W_TITLE },
	{ "main duties and achievements", W_DUTIES }, { "main duties", W_DUTIES },
	{ "duties", W_DUTIES }, { "responsibilities", W_DUTIES },
	{ "duties and responsibilities", W_DUTIES }, { "achievements", W_DUTIES },
	{ "duties and achievements", W_DUTIES }, { "description", W_DUTIES },
	{ "job description", W_DUTIES }, { "main tasks", W_DUTIES }, { "tasks", W_DUTIES },
	{ "location", W_PLACE }, { "city", W_PLACE }, { "place", W_PLACE },
	/* French and Spanish */
	{ "periode", W_DATES }, { "periodo", W_DATES }, { "structure", W_ORG },
	{ "employeur", W_ORG }, { "entreprise", W_ORG }, { "empresa", W_ORG },
	{ "poste", W_TITLE }, { "poste occupe", W_TITLE }, { "fonction", W_TITLE },
	{ "cargo", W_TITLE }, { "puesto", W_TITLE }, { "principales taches", W_DUTIES },
	{ "taches", W_DUTIES }, { "funciones", W_DUTIES }, { "lieu", W_PLACE },
	{ "organization location", W_ORG }, { "organisation location", W_ORG },
	{ "company location", W_ORG }, { "employer location", W_ORG },
	{ "name of organization", W_ORG }, { "name of organisation", W_ORG },
	{ "name of company", W_ORG }, { "name of employer", W_ORG },
	{ "agency", W_ORG }, { "working agency", W_ORG },
};

#define MAXCOLS 8

struct table {
	enum wcol cols[MAXCOLS];
	size_t n;
};

/* The columns of a header row: its dates and a firm's or a job's among
 * three cells or more.  0 when the row is none. */
static size_t
header(const char *s, struct table *t)
{
	struct strlist names = STRLIST_INIT;
	int dates = 0, from = 0, to = 0, who = 0;

	t->n = 0;
	if (strchr(s, '\t') == NULL)
		return 0;
	parse_cells(s, &names);
	for (size_t i = 0; i < names.n && i < MAXCOLS; i++) {
		t->cols[i] = (enum wcol)parse_column(heads, sizeof heads / sizeof heads[0],
		    names.v[i]);
		dates += t->cols[i] == W_DATES;
		from += t->cols[i] == W_FROM;
		to += t->cols[i] == W_TO;
		who += t->cols[i] == W_ORG || t->cols[i] == W_TITLE;
	}
	/* "From<TAB>To<TAB>Employer<TAB>Position": the dates in two */
	if (dates == 0 && from == 1 && to == 1)
		dates = 1;
	if (names.n >= 3 && names.n <= MAXCOLS && dates == 1 && who > 0)
		t->n = names.n;
	strlist_clear(&names);
	return t->n;
}

int
worktable_opens(const struct ctx *c, const struct sect *sec)
{
	struct table t;

	for (size_t i = sec->from; i < sec->to; i++)
		if (c->L->v[i].s[0] != '\0')
			return header(c->L->v[i].s, &t) > 0;
	return 0;
}

/* "- Lead a team of 6": a duty, its bullet off. */
static const char *
duty(const char *s)
{
	if ((s[0] == '-' || s[0] == '*') && s[1] == ' ')
		return s + 2;
	if (strncmp(s, "\xe2\x80\xa2 ", 4) == 0 || strncmp(s, "\xc2\xb7 ", 3) == 0)
		return s + (s[0] == '\xe2' ? 4 : 3);
	return s;
}

/* "Supervision ... ; - Encadrement ... ;": the duties a cell joined, each
 * ended by a semicolon and the next opened by a dash; each a duty, the
 * semicolon off. */
static void
duties_add(struct work *w, const char *s)
{
	for (;;) {
		const char *next = strstr(s, "; - ");
		size_t n = next != NULL ? (size_t)(next - s) : strlen(s);
		char *d;
		while (n > 0 && (s[n - 1] == ' ' || (next == NULL && s[n - 1] == ';')))
			n--;
		d = xstrndup(s, n);
		if (d[0] != '\0')
			strlist_add(&w->highlights, d);
		free(d);
		if (next == NULL)
			return;
		s = next + 4;
	}
}

/* The job the profile held already before w, its last: the same firm
 * from the same month. */
static struct work *
known(struct ctx *c, const struct work *w)
{
	for (size_t i = 0; i + 1 < c->p->nwork; i++) {
		struct work *k = &c->p->work[i];
		if (k->name != NULL && w->name != NULL && k->start != NULL && w->start != NULL &&
		    strcasecmp(k->name, w->name) == 0 && strcmp(k->start, w->start) == 0)
			return k;
	}
	return NULL;
}

/* The row's job merged into the one listed before it, which takes what
 * it lacks; the row's own record dropped. */
static void
merge(struct ctx *c, struct work *into, struct work *w)
{
	if (into->position == NULL)
		profile_set(&into->position, w->position);
	if (into->location == NULL)
		profile_set(&into->location, w->location);
	if (into->highlights.n == 0)
		for (size_t i = 0; i < w->highlights.n; i++)
			strlist_add(&into->highlights, w->highlights.v[i]);
	profile_remove(c->p, SEC_WORK, c->p->nwork - 1);
}

/* The row's dates: its cell of them, else its cells "From" and "To"
 * joined ("March 2020" and "Date", to date); NULL when it has none. */
static char *
row_dates(const struct strlist *cl, const struct table *t)
{
	const char *from = NULL, *to = NULL;

	for (size_t i = 0; i < t->n && i < cl->n; i++) {
		if (t->cols[i] == W_DATES)
			return xstrdup(cl->v[i]);
		if (t->cols[i] == W_FROM)
			from = cl->v[i];
		else if (t->cols[i] == W_TO)
			to = cl->v[i];
	}
	if (from == NULL || to == NULL)
		return NULL;
	if (strcasecmp(to, "date") == 0)
		to = "present";
	return xprintf("%s - %s", from, to);
}

/* One row of cells: a job, unless its dates cell holds none. */
static struct work *
row_read(struct ctx *c, const struct strlist *cl, const struct table *t)
{
	struct daterange r;
	struct work *w;
	char *when = row_dates(cl, t);
	int dated = when != NULL && dateparse_find(when, strlen(when), &r);

	free(when);
	if (!dated || (w = parse_append(c, SEC_WORK)) == NULL)
		return NULL;
	parse_date_set(&w->start, r.start);
	if (!r.open && !r.single)
		parse_date_set(&w->end, r.end);
	for (size_t i = 0; i < cl->n && i < t->n; i++) {
		const char *v = cl->v[i];
		if (v[0] == '\0' || strcmp(v, "-") == 0)
			continue;
		switch (t->cols[i]) {
		case W_ORG: profile_set(&w->name, v); break;
		case W_TITLE: profile_set(&w->position, v); break;
		case W_PLACE: profile_set(&w->location, v); break;
		case W_DUTIES: duties_add(w, duty(v)); break;
		default: break;
		}
	}
	return w;
}

/* A line under a row, holding no cells: a duty of its own when it has a
 * bullet, else the last one going on. */
static void
duty_line(struct work *w, const struct line *l)
{
	const char *s = l->s, *d = duty(s);

	if (d == s && !(l->flags & MK_BULLET) && w->highlights.n > 0) {
		char **last = &w->highlights.v[w->highlights.n - 1];
		char *j = xprintf("%s %s", *last, s);
		free(*last);
		*last = j;
	} else
		duties_add(w, d);
}

/* "Main duties:": the label over a row's duties, no duty. */
static int
duties_label(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && n <= 40 && s[n - 1] == ':' && strchr(s, ':') == s + n - 1;
}

/* "World Vision International" in the row's last cell, the firm's, over
 * "Cambodia, Siem Reap" right under it: the cell the table wrapped goes
 * on; whether it did.  under: the line is the row's next. */
static int
org_wrapped(const struct table *t, struct work *w, const struct line *l, int under)
{
	char *j;

	if (!under || t->n == 0 || t->cols[t->n - 1] != W_ORG || w->name == NULL ||
	    (l->flags & MK_BULLET) || duty(l->s) != l->s || strlen(l->s) > 40 ||
	    duties_label(l->s) || w->highlights.n > 0)
		return 0;
	j = xprintf("%s %s", w->name, l->s);
	free(w->name);
	w->name = j;
	return 1;
}

/* "Caritas Cambodia, Phnom Penh" in a cell of the firm and its place:
 * the town after the comma is the job's place. */
static void
place_off(struct ctx *c, struct work *w)
{
	size_t at;

	if (w->name == NULL || w->location != NULL ||
	    (at = role_trailing_city(c, w->name)) < 2 || at >= strlen(w->name) ||
	    w->name[at - 2] != ',')
		return;
	profile_set(&w->location, w->name + at);
	while (at > 0 && (w->name[at - 1] == ' ' || w->name[at - 1] == ','))
		at--;
	w->name[at] = '\0';
}

static int
has_col(const struct table *t, enum wcol col)
{
	for (size_t i = 0; i < t->n; i++)
		if (t->cols[i] == col)
			return 1;
	return 0;
}

/* Whether a firm of the rows of bars from line i on is named below them
 * in the section, on a short line no bullet ("IT Officer – Bank Ltd."):
 * the jobs told in full under a summary. */
static int
told_below(const struct ctx *c, size_t i, size_t to, const struct table *t)
{
	size_t col = t->n, end = i;

	for (size_t k = 0; k < t->n; k++)
		if (t->cols[k] == W_ORG && col == t->n)
			col = k;
	if (col == t->n)
		return 0;
	while (end < to && (c->L->v[end].s[0] == '\0' || strstr(c->L->v[end].s, " | ") != NULL))
		end++;
	for (size_t r = i; r < end; r++) {
		struct strlist cl = STRLIST_INIT;
		char *tabbed = parse_unbar(c->L->v[r].s);
		int again = 0;
		if (tabbed == NULL)
			continue;
		parse_cells(tabbed, &cl);
		if (col < cl.n && strlen(cl.v[col]) >= 6) {
			char *firm = parse_trim(cl.v[col], strcspn(cl.v[col], ",("));
			for (size_t k = end; k < to && !again && firm[0] != '\0'; k++)
				again = !(c->L->v[k].flags & MK_BULLET) &&
				    strstr(c->L->v[k].s, firm) != NULL && lineword_count(c->L->v[k].s) <= 14;
			free(firm);
		}
		strlist_clear(&cl);
		free(tabbed);
		if (again)
			return 1;
	}
	return 0;
}

/* "Période | Structure | Poste occupé | Principales tâches": a table
 * whose rows a column layout's cells were joined into with bars (see
 * coltable.h), the duties in a column of their own or no jobs told below
 * it.  Its rows take tabs for their bars; the header again on a later
 * page goes, and a row of nothing but the duties the page break cut off
 * ("- | - | - | - Etablissement ...") goes on as the duties of the row
 * before. */
static void
bars_to_tabs(struct ctx *c, const struct sect *sec)
{
	struct table t;
	char *head = NULL;

	for (size_t i = sec->from; i < sec->to; i++) {
		struct line *l = &c->L->v[i];
		char *tabbed;
		size_t cells = 1;
		if (l->s[0] == '\0')
			continue;
		if ((tabbed = parse_unbar(l->s)) == NULL)
			break;
		for (const char *p = tabbed; (p = strchr(p, '\t')) != NULL; p++)
			cells++;
		if (head == NULL) {
			/* a table with no duties in it over the jobs told in
			 * full is their summary, which others read */
			if (header(tabbed, &t) == 0 ||
			    (!has_col(&t, W_DUTIES) && told_below(c, i + 1, sec->to, &t))) {
				free(tabbed);
				return;
			}
			head = xstrdup(l->s);
		} else if (strcmp(l->s, head) == 0)
			tabbed[0] = '\0';
		else if ((cells == t.n || (cells + 1 == t.n && (l->flags & MK_BULLET))) &&
		    strncmp(tabbed, "-\t", 2) == 0) {
			/* the first dash may have been read as a bullet */
			const char *last = strrchr(tabbed, '\t') + 1;
			char *duties = xstrdup(last);
			free(tabbed);
			tabbed = duties;
			l->flags &= ~LN_BLANK;
		}
		free(l->s);
		l->s = tabbed;
	}
	free(head);
}

size_t
worktable_read(struct ctx *c, const struct sect *sec)
{
	struct table t = { { W_OTHER }, 0 };
	struct work *w = NULL, *k;
	size_t rows = 0, last = (size_t)-2, first = c->p->nwork;

	bars_to_tabs(c, sec);
	for (size_t i = sec->from; i < sec->to; i++) {
		struct line *l = &c->L->v[i];
		struct strlist cl = STRLIST_INIT;
		if (l->s[0] == '\0')
			continue;
		if (t.n == 0) {
			if (header(l->s, &t) > 0)
				l->s[0] = '\0';
			continue;
		}
		/* a plain line after a gap: the jobs told again in full, below
		 * a summary table */
		if ((l->flags & LN_BLANK) && strchr(l->s, '\t') == NULL && duty(l->s) == l->s &&
		    !(l->flags & MK_BULLET) && !duties_label(l->s)) {
			t.n = 0;
			w = NULL;
			continue;
		}
		if (strchr(l->s, '\t') == NULL && w != NULL) {
			if (!(l->flags & LN_BLANK) && org_wrapped(&t, w, l, i == last + 1))
				;
			else if (!duties_label(l->s))
				duty_line(w, l);
			l->s[0] = '\0';
			continue;
		}
		/* the table ends at a row of another shape */
		if (!parse_row(l->s, t.n, &cl) || (w = row_read(c, &cl, &t)) == NULL) {
			strlist_clear(&cl);
			t.n = 0;
			w = NULL;
			i--;
			continue;
		}
		/* a job listed twice, in a summary table and in the details */
		if ((k = known(c, w)) != NULL) {
			merge(c, k, w);
			w = k;
		}
		strlist_clear(&cl);
		l->s[0] = '\0';
		last = i;
		rows++;
	}
	for (size_t j = first; j < c->p->nwork; j++)
		place_off(c, &c->p->work[j]);
	return rows;
}

/* "Pukeatua Holdings Ltd, Arohena" in the table, "Pukeatua Holdings Ltd"
 * in the details: the same firm when one name begins the other. */
static int
same_org(const char *a, const char *b)
{
	size_t na, nb, n;

	if (a == NULL || b == NULL)
		return 0;
	na = strlen(a);
	nb = strlen(b);
	n = na < nb ? na : nb;
	return n > 0 && strncasecmp(a, b, n) == 0 &&
	    (a[n] == '\0' || a[n] == ',' || a[n] == ' ') &&
	    (b[n] == '\0' || b[n] == ',' || b[n] == ' ');
}

static int
same_text(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcasecmp(a, b) == 0;
}

static int
same_dates(const struct work *a, const struct work *b)
{
	return a->start != NULL && b->start != NULL && strcmp(a->start, b->start) == 0 &&
	    (a->end == NULL) == (b->end == NULL) && (a->end == NULL || strcmp(a->end, b->end) == 0);
}

/* Whether d tells the job t again: the same dates, and the same firm or
 * title. */
static int
tells_again(const struct work *t, const struct work *d)
{
	return same_dates(t, d) && (same_org(t->name, d->name) ||
	    same_text(t->position, d->position));
}

/* The detailed job that tells the table's row t again, or NULL. */
static struct work *
told_again(struct ctx *c, const struct work *t, size_t from)
{
	for (size_t i = from; i < c->p->nwork; i++)
		if (tells_again(t, &c->p->work[i]))
			return &c->p->work[i];
	return NULL;
}

void
worktable_fold(struct ctx *c, size_t first, size_t rows)
{
	size_t i = first;

	while (i < first + rows && i < c->p->nwork) {
		struct work *t = &c->p->work[i], *d = told_again(c, t, first + rows);
		if (d == NULL) {
			i++;
			continue;
		}
		if (d->name == NULL)
			profile_set(&d->name, t->name);
		if (d->position == NULL)
			profile_set(&d->position, t->position);
		if (d->location == NULL)
			profile_set(&d->location, t->location);
		profile_remove(c->p, SEC_WORK, i);
		rows--;
	}
}

void
worktable_fold_back(struct ctx *c, size_t first)
{
	size_t i = first;

	while (i < c->p->nwork) {
		struct work *d = &c->p->work[i], *t = NULL;
		for (size_t k = 0; k < first && t == NULL; k++)
			if (tells_again(&c->p->work[k], d))
				t = &c->p->work[k];
		if (t == NULL) {
			i++;
			continue;
		}
		if (t->location == NULL)
			profile_set(&t->location, d->location);
		if (t->summary == NULL)
			profile_set(&t->summary, d->summary);
		for (size_t k = 0; k < d->highlights.n; k++)
			if (strlist_find(&t->highlights, d->highlights.v[k]) < 0)
				strlist_add(&t->highlights, d->highlights.v[k]);
		profile_remove(c->p, SEC_WORK, i);
	}
}

enum stk
worktable_kind(const char *s)
{
	static const enum stk kinds[] = { [W_OTHER] = STK_NONE, [W_DATES] = STK_DATES,
		[W_ORG] = STK_ORG, [W_TITLE] = STK_TITLE, [W_DUTIES] = STK_LIST,
		[W_PLACE] = STK_OTHER, [W_FROM] = STK_NONE, [W_TO] = STK_NONE };

	return kinds[parse_column(heads, sizeof heads / sizeof heads[0], s)];
}
