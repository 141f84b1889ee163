/*
 * stacktable: see stacktable.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dateparse.h"
#include "fold.h"
#include "lineword.h"
#include "stacktable.h"
#include "xalloc.h"

#define MAXCOLS 6
#define MAXLINES 16

struct table {
	enum stk cols[MAXCOLS];
	size_t n, dates, text;	/* columns; the dates' column; text columns */
	int list;		/* the last column is a list of duties */
};

static int
bullet(const struct line *l)
{
	return (l->flags & (MK_BULLET | MK_NUMBERED)) != 0;
}

/* The header: three names of columns or more, one a line, short, the
 * dates first or last and a list only last.  Its first line's index into
 * *at; 0 when there is none. */
static size_t
header(const struct ctx *c, const struct sect *sec, enum stk (*kind)(const char *),
    struct table *t, size_t *at)
{
	size_t i = sec->from, ndates = 0;

	while (i < sec->to && c->L->v[i].s[0] == '\0')
		i++;
	*at = i;
	t->n = 0;
	while (i + t->n < sec->to && t->n < MAXCOLS) {
		const struct line *l = &c->L->v[i + t->n];
		if (strlen(l->s) > 40 || strchr(l->s, '\t') != NULL || bullet(l) ||
		    (t->cols[t->n] = kind(l->s)) == STK_NONE)
			break;
		if (t->cols[t->n] == STK_DATES) {
			t->dates = t->n;
			ndates++;
		}
		t->n++;
	}
	t->list = t->n > 0 && t->cols[t->n - 1] == STK_LIST;
	if (t->n < 3 || ndates != 1 || (t->dates != 0 && t->dates != t->n - 1) ||
	    (t->list && t->dates != 0))
		return 0;
	for (size_t k = 0; k + 1 < t->n; k++)
		if (t->cols[k] == STK_LIST)
			return 0;
	t->text = t->n - 1 - (size_t)t->list;
	return t->n;
}

/* The lines a cell of dates takes at i, 0 if none: one, or two when the
 * range wrapped after its dash or inside its end ("Jan 2019 – to" over
 * "date", "Jan 2014 – Dec" over "2018"). */
static size_t
date_cell(const struct ctx *c, size_t i, size_t to)
{
	const struct line *l = &c->L->v[i];
	struct daterange r, r2;
	int alone;

	if (l->s[0] == '\0' || bullet(l) ||
	    !(isdigit((unsigned char)l->s[0]) || isupper((unsigned char)l->s[0])))
		return 0;
	alone = dateparse_only(l->s) && dateparse_find(l->s, strlen(l->s), &r);
	if (i + 1 < to && c->L->v[i + 1].s[0] != '\0' && lineword_count(c->L->v[i + 1].s) <= 2) {
		char *two = xprintf("%s %s", l->s, c->L->v[i + 1].s);
		int both = dateparse_only(two) && dateparse_find(two, strlen(two), &r2) && !r2.single;
		free(two);
		/* "Jan 2019 – to" over "date": the end in small letters */
		if (both && (!(alone && !r.single) || fold_lower_at(c->L->v[i + 1].s)))
			return 2;
	}
	return alone ? 1 : 0;
}

/* Whether a cell's line b goes on from the line a above it. */
static int
goes_on(const char *a, const char *b)
{
	size_t n = strlen(a), k = strcspn(b, " ,");
	char *first;
	int org;

	if (fold_lower_at(b) || strchr("(&)", b[0]) != NULL ||
	    strncmp(b, "\xe2\x80\x93 ", 4) == 0 || strncmp(b, "- ", 2) == 0)
		return 1;
	if (n > 0 && strchr(",-&/", a[n - 1]) != NULL)
		return 1;
	if (lineword_open_end(a) || lineword_open_bracket(a))
		return 1;
	/* "School", "School, Windhoek": a firm's or a school's word ends
	 * the name above */
	first = xstrndup(b, k);
	org = (b[k] == '\0' || b[k] == ',') &&
	    (role_school_score(first) > 0 || role_company_score(first) > 0);
	free(first);
	return org;
}

/* How well a cell reads as its column. */
static int
cell_score(const char *s, enum stk kind)
{
	int org = role_school_score(s) > 0 || role_company_score(s) > 0;

	switch (kind) {
	case STK_ORG:
		return org - (role_title_score(s) > 0 && !org);
	case STK_TITLE:
		return (role_title_score(s) > 0) - org;
	case STK_DEGREE:
		return (role_degree_score(s) > 0) - (role_school_score(s) > 0 &&
		    role_degree_score(s) == 0);
	default:
		return 0;
	}
}

static char *
join(const struct ctx *c, const size_t *lines, size_t from, size_t to)
{
	struct buf b = BUF_INIT;

	for (size_t k = from; k < to; k++) {
		/* "– currently studying": a dash the layout took for a bullet */
		if (b.len > 0)
			buf_adds(&b, bullet(&c->L->v[lines[k]]) ? " \xe2\x80\x93 " : " ");
		buf_adds(&b, c->L->v[lines[k]].s);
	}
	return buf_detach(&b);
}

/* The cuts of m lines into the table's text cells: cut[k] the first line
 * of cell k+1.  Tries each choice among lines that do not go on from the
 * one above (among all, when those are too few); the best read wins, the
 * earliest among equals. */
static void
cells_cut(const struct ctx *c, const struct table *t, const size_t *lines, size_t m,
    size_t *cut)
{
	enum stk kinds[MAXCOLS];
	size_t cand[MAXLINES], nc = 0, q = t->text, pick[MAXCOLS] = { 0 };
	int best = -1000;

	for (size_t k = 0, j = 0; k < t->n; k++)
		if (k != t->dates && t->cols[k] != STK_LIST)
			kinds[j++] = t->cols[k];
	for (size_t j = 1; j < m; j++)
		if (!goes_on(c->L->v[lines[j - 1]].s, c->L->v[lines[j]].s))
			cand[nc++] = j;
	if (nc < q - 1)
		for (nc = 0; nc + 1 < m; nc++)
			cand[nc] = nc + 1;
	/* pick[] walks the choices of q-1 candidates in order */
	for (size_t k = 0; k + 1 < q; k++)
		pick[k] = k;
	for (;;) {
		int score = 0;
		size_t from = 0;
		for (size_t k = 0; k < q; k++) {
			size_t to = k + 1 < q ? cand[pick[k]] : m;
			char *s = join(c, lines, from, to);
			score += cell_score(s, kinds[k]);
			free(s);
			from = to;
		}
		if (score > best) {
			best = score;
			for (size_t k = 0; k + 1 < q; k++)
				cut[k] = cand[pick[k]];
		}
		/* the next choice */
		size_t k = q - 1;
		while (k > 0 && pick[k - 1] == nc - (q - 1) + (k - 1))
			k--;
		if (k == 0)
			break;
		pick[k - 1]++;
		for (size_t j = k; j + 1 < q; j++)
			pick[j] = pick[j - 1] + 1;
	}
}

/* The row whose text lines are lines[0, m) and whose dates are the d
 * lines at di, written as one line of cells at the row's first line;
 * the others blanked. */
static void
row_write(struct ctx *c, const struct table *t, const size_t *lines, size_t m, size_t di,
    size_t d, size_t first)
{
	size_t cut[MAXCOLS], from = 0, j = 0;
	struct buf b = BUF_INIT;
	char *dates = d == 2 ? xprintf("%s %s", c->L->v[di].s, c->L->v[di + 1].s) :
	    xstrdup(c->L->v[di].s);

	if (m > t->text)
		cells_cut(c, t, lines, m, cut);
	else
		for (size_t k = 0; k + 1 < t->text; k++)
			cut[k] = k + 1 < m ? k + 1 : m;
	for (size_t k = 0; k < t->n; k++) {
		char *s;
		if (k > 0)
			buf_adds(&b, "\t");
		if (k == t->dates)
			buf_adds(&b, dates);
		else if (t->cols[k] != STK_LIST) {
			size_t to = j + 1 < t->text ? cut[j] : m;
			s = from < to ? join(c, lines, from, to) : xstrdup("");
			buf_adds(&b, s);
			free(s);
			from = to;
			j++;
		}
	}
	free(dates);
	for (size_t k = 0; k < m; k++)
		c->L->v[lines[k]].s[0] = '\0';
	for (size_t k = 0; k < d; k++)
		c->L->v[di + k].s[0] = '\0';
	free(c->L->v[first].s);
	c->L->v[first].s = buf_detach(&b);
}

/* The header's names written as one line of cells. */
static void
header_write(struct ctx *c, const struct table *t, size_t at)
{
	struct buf b = BUF_INIT;

	for (size_t k = 0; k < t->n; k++) {
		if (k > 0)
			buf_adds(&b, "\t");
		buf_adds(&b, c->L->v[at + k].s);
		if (k > 0)
			c->L->v[at + k].s[0] = '\0';
	}
	free(c->L->v[at].s);
	c->L->v[at].s = buf_detach(&b);
}

/* Rows whose dates come first: each opens at its dates, its text lines
 * up to its first bullet, the bullets and what they wrap after. */
static size_t
rows_dates_first(struct ctx *c, const struct table *t, size_t i, size_t to)
{
	size_t rows = 0, d;

	while (i < to && (d = date_cell(c, i, to)) > 0) {
		size_t lines[MAXLINES], m = 0, j = i + d, di = i;
		while (j < to && c->L->v[j].s[0] != '\0' && !bullet(&c->L->v[j]) &&
		    date_cell(c, j, to) == 0 && m < MAXLINES)
			lines[m++] = j++;
		if (m == 0)
			return rows;
		while (j < to && date_cell(c, j, to) == 0)
			j++;
		row_write(c, t, lines, m, di, d, di);
		rows++;
		i = j;
	}
	return rows;
}

/* Rows whose dates come last: each ends at its dates. */
static size_t
rows_dates_last(struct ctx *c, const struct table *t, size_t i, size_t to)
{
	size_t rows = 0;

	while (i < to) {
		size_t lines[MAXLINES], m = 0, j = i, d = 0;
		while (j < to && m < MAXLINES && (d = date_cell(c, j, to)) == 0) {
			if (c->L->v[j].s[0] == '\0')
				return rows;
			lines[m++] = j++;
		}
		if (d == 0 || m == 0)
			return rows;
		row_write(c, t, lines, m, j, d, lines[0]);
		rows++;
		i = j + d;
		while (i < to && c->L->v[i].s[0] == '\0')
			i++;
	}
	return rows;
}

size_t
stacktable_rewrite(struct ctx *c, const struct sect *sec, enum stk (*kind)(const char *))
{
	struct table t;
	size_t at, rows;

	if (header(c, sec, kind, &t, &at) == 0)
		return 0;
	rows = t.dates == 0 ? rows_dates_first(c, &t, at + t.n, sec->to) :
	    rows_dates_last(c, &t, at + t.n, sec->to);
	if (rows > 0)
		header_write(c, &t, at);
	return rows;
}
