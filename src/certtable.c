/*
 * certtable: see certtable.h.
 */
#include <stdlib.h>
#include <string.h>

#include "certtable.h"
#include "dateparse.h"
#include "xalloc.h"

enum ccol { T_OTHER, T_NAME, T_ISSUER, T_DATE, T_FROM };

/* Folded with fold_key. */
static const struct column_name heads[] = {
	{ "training title", T_NAME }, { "title", T_NAME }, { "course", T_NAME },
	{ "course name", T_NAME }, { "course title", T_NAME }, { "training", T_NAME },
	{ "training name", T_NAME }, { "certification", T_NAME },
	{ "certification name", T_NAME }, { "certificate", T_NAME },
	{ "certificate name", T_NAME }, { "name", T_NAME }, { "program", T_NAME },
	{ "programme", T_NAME }, { "curso", T_NAME }, { "curso diplomado", T_NAME },
	{ "cursos", T_NAME }, { "diplomado", T_NAME }, { "certificacion", T_NAME },
	{ "intitule", T_NAME }, { "formation", T_NAME },
	{ "name of training workshop", T_NAME }, { "name of training", T_NAME },
	{ "training workshop", T_NAME }, { "name of course", T_NAME },
	{ "institute country", T_ISSUER }, { "organizer", T_ISSUER }, { "organiser", T_ISSUER },
	{ "institucion", T_ISSUER }, { "entidad", T_ISSUER }, { "organismo", T_ISSUER },
	{ "organisme", T_ISSUER }, { "instituicao", T_ISSUER },
	{ "ano", T_DATE }, { "fecha", T_DATE }, { "annee", T_DATE }, { "data", T_DATE },
	{ "institute", T_ISSUER }, { "institution", T_ISSUER }, { "issuer", T_ISSUER },
	{ "issued by", T_ISSUER }, { "organization", T_ISSUER },
	{ "organisation", T_ISSUER }, { "provider", T_ISSUER }, { "conducted by", T_ISSUER },
	{ "awarding body", T_ISSUER }, { "authority", T_ISSUER },
	{ "year", T_DATE }, { "date", T_DATE }, { "to", T_DATE }, { "issued", T_DATE },
	{ "date of issue", T_DATE }, { "issue date", T_DATE }, { "completion date", T_DATE },
	{ "from", T_FROM },
};

#define MAXCOLS 10

/* The columns of a header row: a name's and an issuer's or a date's among
 * three cells or more; 0 when the row is none. */
static size_t
header(const char *s, enum ccol *cols)
{
	struct strlist cl = STRLIST_INIT;
	size_t n;
	int name = 0, other = 0;

	if (strchr(s, '\t') == NULL)
		return 0;
	parse_cells(s, &cl);
	n = cl.n;
	for (size_t i = 0; i < cl.n && i < MAXCOLS; i++) {
		cols[i] = (enum ccol)parse_column(heads, sizeof heads / sizeof heads[0], cl.v[i]);
		name += cols[i] == T_NAME;
		other |= cols[i] == T_ISSUER || cols[i] == T_DATE;
	}
	strlist_clear(&cl);
	return n >= 3 && n <= MAXCOLS && name == 1 && other ? n : 0;
}

/* "JICA, Tokyo, Japan" in a column "Institute/Country": the giver, its
 * towns and country after commas left out. */
static void
issuer_set(const struct ctx *c, struct certificate *ce, const char *v)
{
	char *s = xstrdup(v);

	role_places_off(c, s);
	profile_set(&ce->issuer, s);
	free(s);
}

/* One row under the header: a certificate. */
static void
row_read(struct ctx *c, const struct strlist *cl, const enum ccol *cols)
{
	struct certificate *ce;
	struct daterange r;
	struct ym when = { 0, 0 }, from = { 0, 0 };

	if ((ce = parse_append(c, SEC_CERTIFICATES)) == NULL)
		return;
	for (size_t i = 0; i < cl->n; i++) {
		const char *v = cl->v[i];
		int dated = dateparse_find(v, strlen(v), &r);
		if (v[0] == '\0' || strcmp(v, "-") == 0)
			continue;
		switch (cols[i]) {
		case T_NAME: profile_set(&ce->name, v); break;
		case T_ISSUER: issuer_set(c, ce, v); break;
		case T_DATE:
			if (dated)
				when = r.single || r.open ? r.start : r.end;
			break;
		case T_FROM:
			if (dated)
				from = r.start;
			break;
		default: break;
		}
	}
	parse_date_set(&ce->date, when.y > 0 ? when : from);
}

int
certtable_read(struct ctx *c, const struct sect *sec)
{
	enum ccol cols[MAXCOLS];
	size_t n = 0, rows = 0;

	for (size_t i = sec->from; i < sec->to; i++) {
		struct line *l = &c->L->v[i];
		struct strlist cl = STRLIST_INIT;
		if (l->s[0] == '\0')
			continue;
		if (n == 0) {
			char *t = parse_unbar(l->s);
			n = header(t != NULL ? t : l->s, cols);
			free(t);
			if (n == 0)
				return 0;
			l->s[0] = '\0';
			continue;
		}
		if (!parse_row(l->s, n, &cl)) {
			strlist_clear(&cl);
			break;
		}
		row_read(c, &cl, cols);
		strlist_clear(&cl);
		l->s[0] = '\0';
		rows++;
	}
	return rows > 0;
}
