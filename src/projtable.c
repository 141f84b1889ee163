/*
 * projtable: see projtable.h.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dateparse.h"
#include "fold.h"
#include "lineword.h"
#include "projtable.h"
#include "xalloc.h"

enum pcol { P_OTHER, P_SERIAL, P_NAME, P_ENTITY, P_DATES };

/* Folded with fold_key. */
static const struct column_name heads[] = {
	{ "s no", P_SERIAL }, { "sl no", P_SERIAL }, { "sr no", P_SERIAL },
	{ "no", P_SERIAL }, { "s n", P_SERIAL }, { "sno", P_SERIAL }, { "slno", P_SERIAL },
	{ "project", P_NAME }, { "project name", P_NAME }, { "name of project", P_NAME },
	{ "name of the project", P_NAME }, { "project title", P_NAME },
	{ "project description", P_NAME }, { "projects", P_NAME },
	{ "client", P_ENTITY }, { "client name", P_ENTITY }, { "client consultant", P_ENTITY }, { "customer", P_ENTITY },
	{ "employer", P_ENTITY }, { "owner", P_ENTITY }, { "company", P_ENTITY },
	{ "period", P_DATES }, { "duration", P_DATES }, { "dates", P_DATES },
	{ "date", P_DATES }, { "year", P_DATES }, { "from to", P_DATES },
};

#define MAXCOLS 8

static enum pcol
col_of(const char *cell)
{
	return (enum pcol)parse_column(heads, sizeof heads / sizeof heads[0], cell);
}

/* The columns of a header row: a project's name among three cells or
 * more, with a client's or a period's; its cells kept in names.  0 when
 * the row is none. */
static size_t
header(const char *s, enum pcol *cols, struct strlist *names)
{
	size_t n;
	int name = 0, more = 0;
	/* "Project | Client | Value (EC$) | Role | Period": a table whose
	 * columns of spaces were read, its cells set apart by bars */
	char *bars = strchr(s, '\t') == NULL ? parse_unbar(s) : NULL;

	if (strchr(s, '\t') == NULL && bars == NULL)
		return 0;
	parse_cells(bars != NULL ? bars : s, names);
	free(bars);
	n = names->n;
	for (size_t i = 0; i < n && i < MAXCOLS; i++) {
		cols[i] = col_of(names->v[i]);
		name += cols[i] == P_NAME;
		more += cols[i] == P_ENTITY || cols[i] == P_DATES;
	}
	if (n >= 3 && n <= MAXCOLS && name == 1 && more > 0)
		return n;
	strlist_clear(names);
	return 0;
}

static void
row_dates(const char *cell, struct project *pr)
{
	struct daterange r;

	if (!dateparse_find(cell, strlen(cell), &r))
		return;
	parse_date_set(&pr->start, r.start);
	if (r.single)
		parse_date_set(&pr->end, r.start);
	else if (!r.open)
		parse_date_set(&pr->end, r.end);
}

/* One row under the header: a project. */
static void
row_read(struct ctx *c, const struct strlist *cl, const enum pcol *cols,
    const struct strlist *names)
{
	struct project *pr = parse_append(c, SEC_PROJECTS);
	struct buf other = BUF_INIT;

	if (pr == NULL)
		return;
	for (size_t i = 0; i < cl->n && i < names->n; i++) {
		const char *v = cl->v[i];
		if (v[0] == '\0' || strcmp(v, "-") == 0)
			continue;
		switch (cols[i]) {
		case P_NAME: profile_set(&pr->name, v); break;
		case P_ENTITY: profile_set(&pr->entity, v); break;
		case P_DATES: row_dates(v, pr); break;
		case P_OTHER:
			buf_addf(&other, "%s%s: %s", other.len > 0 ? "; " : "", names->v[i], v);
			break;
		default: break;
		}
	}
	if (other.len > 0)
		profile_set(&pr->description, buf_str(&other));
	buf_free(&other);
}

/* "Projects Handled:" just over the header: its label, which goes too. */
static void
label_above(struct ctx *c, const struct sect *sec, size_t i)
{
	while (i-- > sec->from && c->L->v[i].s[0] == '\0')
		;
	if (i + 1 > sec->from && i < sec->to) {
		char *s = c->L->v[i].s;
		size_t n = strlen(s);
		if (n > 1 && s[n - 1] == ':' && strchr(s, '\t') == NULL && lineword_count(s) <= 4)
			s[0] = '\0';
	}
}

int
projtable_below(const struct layout *L, size_t i)
{
	enum pcol cols[MAXCOLS];
	struct strlist names = STRLIST_INIT;
	size_t n;

	for (i++; i < L->n && L->v[i].s[0] == '\0'; i++)
		;
	n = i < L->n ? header(L->v[i].s, cols, &names) : 0;
	strlist_clear(&names);
	return n > 0;
}

int
projtable_read(struct ctx *c, const struct sect *sec)
{
	struct strlist names = STRLIST_INIT;
	enum pcol cols[MAXCOLS];
	size_t rows = 0;

	for (size_t i = sec->from; i < sec->to; i++) {
		struct line *l = &c->L->v[i];
		struct strlist cl = STRLIST_INIT;
		if (l->s[0] == '\0')
			continue;
		if (names.n == 0) {
			if (header(l->s, cols, &names) > 0) {
				l->s[0] = '\0';
				label_above(c, sec, i);
			}
			continue;
		}
		/* the table ends at a row of another shape; another may follow */
		if (!parse_row(l->s, names.n, &cl)) {
			strlist_clear(&cl);
			strlist_clear(&names);
			i--;
			continue;
		}
		row_read(c, &cl, cols, &names);
		strlist_clear(&cl);
		l->s[0] = '\0';
		rows++;
	}
	strlist_clear(&names);
	return rows > 0;
}
