#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "epgrid.h"
#include "fold.h"
#include "utf8.h"
#include "wordlist.h"
#include "xalloc.h"

/* Folded with fold_key. */
static const char *const mother_labels[] = { "mother tongue s", "mother tongue",
	"mother tongues", "muttersprache n", "muttersprache", "langue s maternelle s",
	"langue maternelle", "lengua s materna s", "lengua materna", "madrelingua",
	"madrelingua e", "lingua s materna s", "lingua materna", "moedertaal",
	"jezyk i ojczysty e", "jezyk ojczysty", "limba i materna e", "limba materna",
	"ana dil", "ana diller", "modersmal", "modersmaal", "aidinkieli", "materinsky jazyk",
	"anyanyelv", "materinski jezik jezici", "materinski jezik", "maternji jezik",
	"maternji jezik jezici", "materni jezik", "materni jezik i", "llengua es materna es", "llengua materna",
	"llengues maternes", NULL };

static const char *const other_labels[] = { "other language s", "other languages",
	"sonstige sprache n", "sonstige sprachen", "autre s langue s", "autres langues",
	"otro s idioma s", "otros idiomas", "altres idiomes", "altre s idioma es", "altra e lingua e", "altre lingue",
	"outra s lingua s", "outras linguas", "andere taal talen", "andere talen",
	"inne jezyki", "jezyki obce", "limba i straina e cunoscuta e", "limbi straine",
	"diger diller", "ovriga sprak", "muut kielet", "dalsi jazyky", "cizi jazyky",
	"egyeb nyelvek", "drugi jezici", "drugi jezik", "drugi jeziki", "drugi jezik i",
	"ostali jezici", NULL };

/* The form's rows that name no skills of a trade. */
static const char *const void_labels[] = { "communication skills",
	"organisational managerial skills", "organisational skills",
	"organizational skills", "organizational managerial skills", "driving licence",
	"driving license", "iletisim becerileri", "organizasyon yonetim becerileri",
	"organizasyon becerileri", "surucu belgesi", "kommunikative fahigkeiten",
	"organisations fuhrungstalent", "fuhrerschein", "competences en communication",
	"competences organisationnelles manageriales", "permis de conduire",
	"competencias comunicativas", "competencias de organizacion gestion",
	"permiso de conducir", "competenze comunicative",
	"competenze organizzative e gestionali", "patente di guida",
	"competencias de comunicacao", "competencias de organizacao", "carta de conducao",
	"communicatieve vaardigheden", "organisatorische leidinggevende vaardigheden",
	"rijbewijs", "umiejetnosci komunikacyjne", "umiejetnosci organizacyjne kierownicze",
	"prawo jazdy", NULL };

/* The words of the grid's headings, in the form's languages. */
static const char *const grid_words[] = { "understanding", "speaking", "writing",
	"listening", "reading", "spoken", "interaction", "production", "anlama", "konusma",
	"yazma", "dinleme", "okuma", "sozlu", "etkilesim", "anlatim", "verstehen",
	"sprechen", "schreiben", "horen", "lesen", "an", "gesprachen", "teilnehmen",
	"zusammenhangendes", "comprendre", "parler", "ecrire", "ecouter", "lire",
	"prendre", "part", "a", "une", "conversation", "s", "exprimer", "oralement", "en",
	"continu", "comprension", "auditiva", "lectura", "interaccion", "oral", "expresion",
	"hablar", "escribir", "comprender", "ascolto", "lettura", "interazione",
	"produzione", "orale", "comprensione", "parlato", "scritto", "compreensao",
	"leitura", "interacao", "producao", "falar", "escrever", "escrita", "conversacao",
	"sluchanie", "czytanie", "porozumiewanie", "sie", "samodzielne", "wypowiadanie",
	"rozumienie", "mowienie", "pisanie", "luisteren", "lezen", "productie",
	"interactie", "spreken", "schrijven", "begrijpen", "razumijevanje", "razumevanje",
	"govor", "pisanje", "slusanje", "citanje", "govorna", "produkcija", "interakcija",
	"govorjenje", "branje", "govorno", "sporazumevanje", "sporocanje", NULL };

/* The line's cells: its parts set apart by tabs or wide gaps. */
static void
cells(const char *s, struct strlist *out)
{
	const char *p = s;

	while (*p != '\0') {
		const char *e = p;
		p += strspn(p, " \t");
		for (e = p; *e != '\0' && *e != '\t' && !(e[0] == ' ' && e[1] == ' '); e++)
			;
		if (e > p)
			strlist_take(out, xstrndup(p, (size_t)(e - p)));
		p = e;
	}
}

static int
labelled(const char *cell, const char *const *list)
{
	char key[64];

	fold_key(cell, strlen(cell), key, sizeof key);
	return wordlist_has(list, key);
}

static int
labelled_n(const char *s, size_t n, const char *const *list)
{
	char key[64];

	fold_key(s, n, key, sizeof key);
	return wordlist_has(list, key);
}

static int
cefr(const char *w)
{
	return (w[0] == 'A' || w[0] == 'B' || w[0] == 'C') && (w[1] == '1' || w[1] == '2') &&
	    (w[2] == '\0' || w[2] == ' ' || w[2] == '+');
}

/* Whether every word of s is a word of the grid's headings. */
static int
grid_heads(const char *s)
{
	char key[256];
	int n = 0;

	fold_key(s, strlen(s), key, sizeof key);
	for (char *w = strtok(key, " "); w != NULL; w = strtok(NULL, " "), n++)
		if (!wordlist_has(grid_words, w))
			return 0;
	return n > 0;
}

/* "Levels: A1 and A2: Basic user ...", "Common European Framework of
 * Reference for Languages": the grid's key. */
static int
grid_key(const char *s)
{
	static const char *const frames[] = { "european framework", "avrupa cercevesi",
		"referenzrahmen", "cadre europeen", "marco comun europeo",
		"quadro comune europeo", "quadro europeu", "europees referentiekader",
		"europejski system", NULL };
	char key[256];

	if (strstr(s, "A1") != NULL && (strstr(s, "C2") != NULL || strstr(s, "B2") != NULL))
		return 1;
	fold_key(s, strlen(s), key, sizeof key);
	for (size_t i = 0; frames[i] != NULL; i++)
		if (strstr(key, frames[i]) != NULL)
			return 1;
	return 0;
}

/* A heading's cell as a name: "YAZMA" as "Yazma", "NJEMAČKI" as
 * "Njemački"; a cell with small letters as it is. */
static void
col_add(struct buf *b, const char *cell)
{
	size_t len = strlen(cell), k;
	int caps = 1;
	uint32_t cp;

	for (const char *p = cell; *p != '\0'; p++)
		caps &= !islower((unsigned char)*p);
	if (b->len > 0)
		buf_adds(b, "\t");
	for (size_t i = 0; i < len; i += k) {
		char enc[4];
		if ((k = utf8_decode(cell + i, len - i, &cp)) == 0)
			k = 1;
		if (caps && i > 0 && cell[i - 1] != ' ' && k <= 4 && fold_isupper(cp))
			buf_add(b, enc, utf8_encode(fold_tolower(cp), enc));
		else
			buf_add(b, cell + i, k);
	}
}

/* The grid's columns: the names under its headings. */
static void
grid_cols(struct epgrid *g, const struct strlist *sub)
{
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < sub->n; i++)
		col_add(&b, sub->v[i]);
	free(g->cols);
	g->cols = buf_detach(&b);
}

/* "English  C1  C1  B2  B2  C1": a language and its levels. */
static int
level_row(struct ctx *c, struct epgrid *g, const struct strlist *cl)
{
	struct buf b = BUF_INIT;
	struct strlist names = STRLIST_INIT;
	struct language *l;
	size_t levels = 0;

	for (size_t i = 1; i < cl->n; i++)
		levels += cefr(cl->v[i]);
	if (cl->n < 3 || levels + 1 < cl->n || !parse_tongue(cl->v[0], strlen(cl->v[0])))
		return 0;
	if (g->cols != NULL)
		for (const char *p = g->cols; *p != '\0'; p += *p == '\t') {
			size_t n = strcspn(p, "\t");
			strlist_take(&names, xstrndup(p, n));
			p += n;
		}
	/* "WRITING", the last heading, has no names under it */
	if (names.n > 0 && names.n + 1 == levels && g->last_head != NULL) {
		struct buf one = BUF_INIT;
		col_add(&one, g->last_head);
		strlist_take(&names, buf_detach(&one));
	}
	for (size_t i = 1; i < cl->n; i++) {
		if (b.len > 0)
			buf_adds(&b, names.n == levels ? ", " : " ");
		if (names.n == levels) {
			buf_adds(&b, names.v[i - 1]);
			buf_adds(&b, " ");
		}
		buf_adds(&b, cl->v[i]);
	}
	if ((l = parse_language_item(c, cl->v[0])) != NULL)
		profile_set(&l->fluency, b.s);
	buf_free(&b);
	strlist_clear(&names);
	return 1;
}

static void
mother_row(struct ctx *c, const struct strlist *cl)
{
	for (size_t i = 1; i < cl->n; i++)
		for (const char *p = cl->v[i]; *p != '\0';) {
			size_t n = strcspn(p, ",");
			char *one = parse_trim(p, n);
			struct language *l = parse_language_item(c, one);
			if (l != NULL && l->fluency == NULL)
				profile_set(&l->fluency, cl->v[0]);
			free(one);
			p += n + (p[n] == ',');
		}
}

static size_t
take_line(struct ctx *c, const struct line *l, struct epgrid *g, const struct strlist *cl)
{
	if (labelled(cl->v[0], mother_labels) && cl->n >= 2) {
		mother_row(c, cl);
		return 1;
	}
	if (labelled(cl->v[0], other_labels)) {
		g->on = 1;
		free(g->cols);
		free(g->last_head);
		g->cols = NULL;
		g->last_head = cl->n >= 2 ? xstrdup(cl->v[cl->n - 1]) : NULL;
		return 1;
	}
	if (cl->n >= 1 && labelled(cl->v[0], void_labels)) {
		g->on = 0;
		g->dropping = 1;
		return 1;
	}
	if (g->dropping && cl->n == 1 && ((l->flags & MK_BULLET) || fold_lower_at(l->s)))
		return 1;
	g->dropping = 0;
	if (!g->on)
		return 0;
	if (grid_heads(l->s)) {
		if (cl->n >= 3 && g->cols == NULL)
			grid_cols(g, cl);
		return 1;
	}
	if (grid_key(l->s) || level_row(c, g, cl) || cl->n == 1)
		return 1;	/* the key; a row; "YDS (2014): 85 puan" */
	g->on = 0;
	return 0;
}

size_t
epgrid_take(struct ctx *c, size_t i, struct epgrid *g)
{
	const struct line *l = &c->L->v[i];
	struct strlist cl = STRLIST_INIT;
	size_t n;

	if (l->s[0] == '\0')
		return 0;
	cells(l->s, &cl);
	n = cl.n > 0 ? take_line(c, l, g, &cl) : 0;
	strlist_clear(&cl);
	return n;
}

void
epgrid_free(struct epgrid *g)
{
	free(g->cols);
	free(g->last_head);
	memset(g, 0, sizeof *g);
}

/* "Mother tongue(s)", "Materinski jezik/jezici" as a fluency: the label
 * without its plural's mark. */
static char *
mother_fluency(const char *label, size_t n)
{
	char *f = parse_trim(label, n), *cut;

	if ((cut = strstr(f, "(s)")) != NULL || (cut = strchr(f, '/')) != NULL)
		*cut = '\0';
	cut = parse_trim(f, strlen(f));
	free(f);
	return cut;
}

/* "ENGLESKI" as "Engleski": a name set in capitals, recased. */
static char *
recased(const char *s)
{
	struct buf b = BUF_INIT;

	col_add(&b, s);
	return buf_detach(&b);
}

int
epgrid_mother(struct ctx *c, const char *s)
{
	size_t colon = strcspn(s, ":");
	char *fl;

	if (s[colon] != ':' || s[colon + 1 + strspn(s + colon + 1, " ")] == '\0' ||
	    !labelled_n(s, colon, mother_labels))
		return 0;
	fl = mother_fluency(s, colon);

	/* "Llengua(es) materna(es): CATALÀ | CASTELLÀ": any list's marks */
	for (const char *p = s + colon + 1; *p != '\0';) {
		size_t n = strcspn(p, ",|;");
		char *one = parse_trim(p, n), *name = recased(one);
		struct language *l = parse_language_item(c, name);
		if (l != NULL && l->fluency == NULL)
			profile_set(&l->fluency, fl);
		free(one);
		free(name);
		p += n + (p[n] != '\0');
	}
	free(fl);
	return 1;
}

/* A language's row read down the column: its levels named by the grid's
 * columns when they are as many. */
static void
column_row(struct ctx *c, const char *lang, const struct strlist *levels,
    const struct strlist *subs, const char *last_head)
{
	struct buf b = BUF_INIT;
	char *name = recased(lang), *last = last_head != NULL ? recased(last_head) : NULL;
	struct language *l = parse_language_item(c, name);
	size_t named = subs->n + (last != NULL && subs->n + 1 == levels->n);

	for (size_t i = 0; l != NULL && i < levels->n; i++) {
		if (b.len > 0)
			buf_adds(&b, named == levels->n ? ", " : " ");
		if (named == levels->n) {
			buf_adds(&b, i < subs->n ? subs->v[i] : last);
			buf_addc(&b, ' ');
		}
		buf_adds(&b, levels->v[i]);
	}
	if (l != NULL && b.len > 0)
		profile_set(&l->fluency, b.s);
	buf_free(&b);
	free(name);
	free(last);
}

/* Whether a language stands alone on a line over a level alone. */
static int
column_shaped(const struct ctx *c, const struct sect *sec)
{
	for (size_t i = sec->from; i + 1 < sec->to; i++) {
		const char *s = c->L->v[i].s, *next = c->L->v[i + 1].s;
		if (parse_tongue(s, strlen(s)) && cefr(next) && strlen(next) <= 3)
			return 1;
	}
	return 0;
}

int
epgrid_column(struct ctx *c, const struct sect *sec)
{
	struct strlist subs = STRLIST_INIT, levels = STRLIST_INIT;
	char *lang = NULL, *last_head = NULL;
	int on = 0;
	size_t k = sec->from;

	/* the grid's "Other language(s):" on a line of its own, or as the
	 * section's heading */
	if (sec->title != NULL && labelled(sec->title, other_labels))
		on = 1;
	while (!on && k < sec->to && !labelled(c->L->v[k].s, other_labels))
		k++;
	if (k == sec->to || !column_shaped(c, sec))
		return 0;
	for (size_t i = sec->from; i <= sec->to; i++) {
		const char *s = i < sec->to ? c->L->v[i].s : "";
		if (i < sec->to && on && cefr(s) && strlen(s) <= 3 && lang != NULL) {
			strlist_add(&levels, s);
			continue;
		}
		if (lang != NULL && levels.n > 0)
			column_row(c, lang, &levels, &subs, last_head);
		free(lang);
		lang = NULL;
		strlist_clear(&levels);
		if (epgrid_mother(c, s))
			;
		else if (labelled(s, other_labels))
			on = 1;
		else if (on && grid_heads(s)) {
			if (fold_lower_at(s + strlen(s) - 1))
				strlist_add(&subs, s);
			else {
				free(last_head);
				last_head = xstrdup(s);
			}
		} else if (on && parse_tongue(s, strlen(s)))
			lang = xstrdup(s);
	}
	free(last_head);
	strlist_clear(&subs);
	return 1;
}

int
epgrid_heads(const char *s)
{
	return grid_heads(s);
}
