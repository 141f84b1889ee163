#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "epgrid.h"
#include "fold.h"
#include "wordlist.h"
#include "xalloc.h"

/* Folded with fold_key. */
static const char *const mother_labels[] = { "mother tongue s", "mother tongue",
	"mother tongues", "muttersprache n", "muttersprache", "langue s maternelle s",
	"langue maternelle", "lengua s materna s", "lengua materna", "madrelingua",
	"madrelingua e", "lingua s materna s", "lingua materna", "moedertaal",
	"jezyk i ojczysty e", "jezyk ojczysty", "limba i materna e", "limba materna",
	"ana dil", "ana diller", "modersmal", "modersmaal", "aidinkieli", "materinsky jazyk",
	"anyanyelv", NULL };

static const char *const other_labels[] = { "other language s", "other languages",
	"sonstige sprache n", "sonstige sprachen", "autre s langue s", "autres langues",
	"otro s idioma s", "otros idiomas", "altra e lingua e", "altre lingue",
	"outra s lingua s", "outras linguas", "andere taal talen", "andere talen",
	"inne jezyki", "jezyki obce", "limba i straina e cunoscuta e", "limbi straine",
	"diger diller", "ovriga sprak", "muut kielet", "dalsi jazyky", "cizi jazyky",
	"egyeb nyelvek", NULL };

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
	"interactie", "spreken", "schrijven", "begrijpen", NULL };

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

/* A heading's cell as a name: "YAZMA" as "Yazma". */
static void
col_add(struct buf *b, const char *cell)
{
	int caps = 1;

	for (const char *p = cell; *p != '\0'; p++)
		caps &= !islower((unsigned char)*p);
	if (b->len > 0)
		buf_adds(b, "\t");
	for (const char *p = cell; *p != '\0'; p++)
		buf_addc(b, (char)(caps && p > cell && (p[-1] != ' ') && (unsigned char)*p < 0x80 ?
		    tolower((unsigned char)*p) : *p));
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
