#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dateparse.h"
#include "fold.h"
#include "parse.h"
#include "webrows.h"
#include "wordlist.h"
#include "xalloc.h"

#define MAXCOL 6
#define MAXROWS 20

enum col { C_NONE, C_DATE, C_ROLE, C_ORG, C_PLACE, C_DESC };

/* The names of columns, folded, in the languages pages are written in. */
static const char *const col_date[] = {
	"anno", "ano", "anos", "date", "dates", "dauer", "duration", "jaar", "jahr",
	"jahre", "period", "periode", "periodo", "when", "year", "years", "zeitraum",
};
static const struct wordtab col_date_tab = WORDTAB(col_date);
static const char *const col_role[] = {
	"cargo", "designation", "fonction", "functie", "function", "funktion", "job",
	"position", "poste", "puesto", "role", "rolle", "ruolo", "stelle", "title",
};
static const struct wordtab col_role_tab = WORDTAB(col_role);
static const char *const col_org[] = {
	"arbeitgeber", "azienda", "bedrijf", "client", "company", "employer",
	"employeur", "empresa", "entreprise", "firm", "firma", "institucion",
	"instituicao", "institution", "organisatie", "organisation", "organization",
	"unternehmen", "werkgever",
};
static const struct wordtab col_org_tab = WORDTAB(col_org);
static const char *const col_place[] = {
	"citta", "city", "ciudad", "lieu", "local", "location", "lugar", "luogo",
	"ort", "plaats", "place", "standort", "ville", "where",
};
static const struct wordtab col_place_tab = WORDTAB(col_place);
static const char *const col_desc[] = {
	"achievements", "aufgaben", "descricao", "descripcion", "description",
	"descrizione", "details", "missions", "notes", "responsibilities", "summary",
	"taetigkeiten", "taken", "tareas", "tasks", "tatigkeiten", "what",
};
static const struct wordtab col_desc_tab = WORDTAB(col_desc);
static const char *const col_filler[] = {
	"and", "did", "e", "en", "et", "i", "key", "main", "of", "und", "we", "y",
};
static const struct wordtab col_filler_tab = WORDTAB(col_filler);

static enum col
col_kind(const char *key)
{
	if (wordtab_has(&col_date_tab, key))
		return C_DATE;
	if (wordtab_has(&col_role_tab, key))
		return C_ROLE;
	if (wordtab_has(&col_org_tab, key))
		return C_ORG;
	if (wordtab_has(&col_place_tab, key))
		return C_PLACE;
	if (wordtab_has(&col_desc_tab, key))
		return C_DESC;
	return C_NONE;
}

/* "Dates Role Company Location What I did": the kinds of the columns a
 * line names, dates first, three or more; 0 when it names none so. */
static size_t
header_kinds(const char *s, enum col *kind)
{
	size_t n = 0;
	char key[48];

	/* "Period<TAB>Company<TAB>Position": a table whose cells stand apart,
	 * no row lynx ran together */
	if (strstr(s + strspn(s, " "), "  ") != NULL || strchr(s, '\t') != NULL)
		return 0;
	for (const char *p = s + strspn(s, " "); *p != '\0'; p += strspn(p, " ")) {
		size_t len = strcspn(p, " ");
		enum col k;
		fold_key(p, len, key, sizeof key);
		p += len;
		if ((k = col_kind(key)) == C_NONE) {
			if (!wordtab_has(&col_filler_tab, key))
				return 0;
			continue;
		}
		if (n == MAXCOL || (n > 0 && kind[n - 1] == k))
			return 0;
		kind[n++] = k;
	}
	return n >= 3 && kind[0] == C_DATE ? n : 0;
}

struct words {
	const char *s;
	size_t at[64], len[64], n;
};

static int
words_of(const char *s, struct words *w)
{
	w->s = s;
	w->n = 0;
	for (size_t i = strspn(s, " "); s[i] != '\0'; i += strspn(s + i, " ")) {
		if (w->n == 64)
			return 0;
		w->at[w->n] = i;
		w->len[w->n] = strcspn(s + i, " ");
		i += w->len[w->n++];
	}
	return w->n > 0;
}

/* Word k alone, scored by fn. */
static int
word_score(const struct words *w, size_t k, int (*fn)(const char *))
{
	char one[64];
	size_t n = w->len[k];

	if (n >= sizeof one)
		return 0;
	memcpy(one, w->s + w->at[k], n);
	while (n > 0 && one[n - 1] == ',')
		n--;
	one[n] = '\0';
	return fn(one);
}

static int
comma_after(const struct words *w, size_t k)
{
	return w->s[w->at[k] + w->len[k] - 1] == ',';
}

static int
capital_at(const struct words *w, size_t k)
{
	return k >= w->n || isupper((unsigned char)w->s[w->at[k]]);
}

/* A firm's name ends at the last word of a company's form before the
 * next cell ("Hotel Seeblick GmbH", "Petra Logistics Ltd"), or before
 * "City," when a place comes next. */
static size_t
org_end(const struct words *w, size_t cur, enum col next)
{
	size_t best = 0, e;

	for (e = cur; e < w->n && e < cur + 8; e++) {
		if (next == C_PLACE && e > cur && comma_after(w, e))
			break;
		if (word_score(w, e, role_company_score) > 0 && capital_at(w, e + 1))
			best = e + 1;
	}
	if (best > 0)
		return best;
	return next == C_PLACE && e < w->n && e > cur && comma_after(w, e) ? e : 0;
}

/* Where the cell of kind k that starts at word cur ends (the word after
 * it), next being the kind of the cell after it; 0 when it reads not so. */
static size_t
cell_end(const struct words *w, size_t cur, enum col k, enum col next)
{
	size_t e;

	if (cur >= w->n)
		return 0;
	if (k == C_DESC || (next == C_NONE && k != C_PLACE))
		return w->n;
	switch (k) {
	case C_ROLE:
		for (e = cur; e < w->n && e < cur + 8; e++)
			if (word_score(w, e, role_title_score) >= 2 && capital_at(w, e + 1))
				return e + 1;
		return 0;
	case C_ORG:
		return org_end(w, cur, next);
	case C_PLACE:
		/* "Amman, Jordan", "Denver, CO" */
		return comma_after(w, cur) && cur + 1 < w->n ? cur + 2 : 0;
	default:
		return 0;
	}
}

/* One row into cells two spaces apart, the description on a line of its
 * own; NULL when its cells do not read in the order of the columns. */
static char *
row_read(const char *row, const enum col *kind, size_t nk, char **desc)
{
	struct daterange r;
	struct words w;
	struct buf out = BUF_INIT;
	size_t cur = 0;

	*desc = NULL;
	if (!dateparse_find(row, strlen(row), &r) || r.from != 0 || !words_of(row + r.to, &w))
		return NULL;
	buf_add(&out, row, r.to);
	for (size_t j = 1; j < nk; j++) {
		size_t e = cell_end(&w, cur, kind[j], j + 1 < nk ? kind[j + 1] : C_NONE);
		const char *from = w.s + w.at[cur];
		size_t len;
		if (e == 0) {
			buf_free(&out);
			return NULL;
		}
		len = (size_t)(w.s + w.at[e - 1] + w.len[e - 1] - from);
		if (kind[j] == C_DESC)
			*desc = xstrndup(from, len);
		else {
			buf_adds(&out, "  ");
			buf_add(&out, from, len);
		}
		cur = e;
	}
	if (cur < w.n) {
		free(*desc);
		*desc = NULL;
		buf_free(&out);
		return NULL;
	}
	return buf_detach(&out);
}

/* The rows under the header at line h, each a line beginning with a date
 * and the lines that go on with it, up to a blank line: into out as they
 * read; 0 (out untouched) if one does not. */
static int
rows_rewrite(const struct rawlines *R, size_t h, const enum col *kind, size_t nk,
    size_t *end, struct rawlines *out)
{
	struct strlist rows = STRLIST_INIT, lines = STRLIST_INIT;
	size_t i, indent = strspn(R->v[h].s, " ");
	int ok = 1;

	for (i = h + 1; i < R->n && R->v[i].s[0] != '\0'; i++) {
		const char *s = R->v[i].s + strspn(R->v[i].s, " ");
		if (isdigit((unsigned char)*s))
			strlist_add(&rows, s);
		else if (rows.n > 0) {
			char *j = xprintf("%s %s", rows.v[rows.n - 1], s);
			free(rows.v[rows.n - 1]);
			rows.v[rows.n - 1] = j;
		} else
			ok = 0;
	}
	*end = i;
	for (size_t k = 0; k < rows.n && ok && rows.n <= MAXROWS; k++) {
		char *desc, *line = row_read(rows.v[k], kind, nk, &desc);
		ok = line != NULL;
		if (ok)
			strlist_take(&lines, xprintf("%*s%s", (int)indent, "", line));
		if (desc != NULL)
			strlist_take(&lines, xprintf("%*s%s", (int)indent, "", desc));
		free(line);
		free(desc);
	}
	ok = ok && rows.n >= 1 && rows.n <= MAXROWS;
	for (size_t k = 0; k < lines.n && ok; k++)
		pages_add(out, xstrdup(lines.v[k]), R->v[h].page);
	strlist_clear(&rows);
	strlist_clear(&lines);
	return ok;
}

/* The lines that are no table move to the new list as they are (the
 * rewriting reads none before the header it is at); R keeps the tables'
 * lines, which go with it. */
void
webrows_join(struct rawlines *R)
{
	struct rawlines out = { NULL, 0, 0 };
	enum col kind[MAXCOL];

	for (size_t i = 0; i < R->n;) {
		size_t nk = header_kinds(R->v[i].s, kind), end;
		if (nk > 0 && rows_rewrite(R, i, kind, nk, &end, &out)) {
			i = end;
			continue;
		}
		pages_add(&out, R->v[i].s, R->v[i].page);
		R->v[i].s = NULL;
		i++;
	}
	pages_free(R);
	*R = out;
}

int
webrows_tables_sorted(void)
{
	return wordtab_sorted(&col_date_tab) &&
	    wordtab_sorted(&col_role_tab) &&
	    wordtab_sorted(&col_org_tab) &&
	    wordtab_sorted(&col_place_tab) &&
	    wordtab_sorted(&col_desc_tab) &&
	    wordtab_sorted(&col_filler_tab);
}
