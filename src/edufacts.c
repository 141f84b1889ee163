/*
 * edufacts: see edufacts.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "edudegree.h"
#include "eduscore.h"
#include "edufacts.h"
#include "fold.h"
#include "lineword.h"
#include "utf8.h"
#include "wordlist.h"
#include "xalloc.h"

enum fact { FACT_NONE, FACT_FIELD, FACT_GRADE, FACT_OTHER };

/* The form's labels in its languages, folded (fold_key). */
static const struct {
	const char *key;
	enum fact fact;
} labels[] = {
	{ "field s of study", FACT_FIELD }, { "fields of study", FACT_FIELD },
	{ "field of study", FACT_FIELD }, { "podrucje studija", FACT_FIELD },
	{ "podrucja studija", FACT_FIELD }, { "campo i di studio", FACT_FIELD },
	{ "campo di studio", FACT_FIELD }, { "studienfach facher", FACT_FIELD },
	{ "studienfach", FACT_FIELD }, { "domaine s d etudes", FACT_FIELD },
	{ "domaine d etudes", FACT_FIELD }, { "campo s de estudio", FACT_FIELD },
	{ "campo de estudio", FACT_FIELD }, { "dziedzina y nauki", FACT_FIELD },
	{ "dziedzina nauki", FACT_FIELD }, { "area s de estudo", FACT_FIELD },
	{ "area de estudo", FACT_FIELD }, { "studierichting en", FACT_FIELD },
	{ "final grade", FACT_GRADE }, { "zavrsna ocjena", FACT_GRADE },
	{ "voto finale", FACT_GRADE }, { "abschlussnote", FACT_GRADE },
	{ "note finale", FACT_GRADE }, { "nota final", FACT_GRADE },
	{ "ocena koncowa", FACT_GRADE }, { "classificacao final", FACT_GRADE },
	{ "eindcijfer", FACT_GRADE },
	{ "address", FACT_OTHER }, { "adresa", FACT_OTHER }, { "indirizzo", FACT_OTHER },
	{ "adresse", FACT_OTHER }, { "direccion", FACT_OTHER }, { "adres", FACT_OTHER },
	{ "morada", FACT_OTHER }, { "website", FACT_OTHER }, { "internetska stranica", FACT_OTHER },
	{ "sito web", FACT_OTHER }, { "site internet", FACT_OTHER }, { "sitio web", FACT_OTHER },
	{ "strona internetowa", FACT_OTHER }, { "level in eqf", FACT_OTHER },
	{ "razina u eko u", FACT_OTHER }, { "livello eqf", FACT_OTHER },
	{ "eqr niveau", FACT_OTHER }, { "niveau cec", FACT_OTHER },
	{ "nivel del mec", FACT_OTHER }, { "poziom erk", FACT_OTHER },
	{ "thesis", FACT_OTHER }, { "diplomski rad", FACT_OTHER }, { "zavrsni rad", FACT_OTHER },
	{ "tesi", FACT_OTHER }, { "abschlussarbeit", FACT_OTHER }, { "tesis", FACT_OTHER },
	{ "type of credits", FACT_OTHER }, { "number of credits", FACT_OTHER },
	{ "vrsta bodova", FACT_OTHER }, { "broj bodova", FACT_OTHER },
};

/* Where the k-th run of letters and digits of s ends, 0 if s has fewer. */
static size_t
words_end(const char *s, int k)
{
	size_t len = strlen(s), i = 0, n;
	int in = 0;
	uint32_t cp;

	for (; i < len; i += n) {
		int alnum;
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			n = 1;
		alnum = fold_isalnum(cp);
		if (in && !alnum && --k == 0)
			return i;
		in = alnum;
	}
	return in && k == 1 ? i : 0;
}

/* The label s opens with, *len its length in s.  The line's first words
 * are folded once; no label has more than four. */
static enum fact
label_at(const char *s, size_t *len)
{
	char key[64];
	size_t span = words_end(s, 4);

	fold_key(s, span > 0 ? span : strlen(s), key, sizeof key);
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		size_t k = strlen(labels[i].key);
		int words = 1;
		if (strncmp(key, labels[i].key, k) != 0 || (key[k] != ' ' && key[k] != '\0'))
			continue;
		for (const char *p = labels[i].key; *p != '\0'; p++)
			words += *p == ' ';
		*len = words_end(s, words);
		return labels[i].fact;
	}
	return FACT_NONE;
}

static void
cell_read(const char *cell, struct education *e)
{
	size_t n;
	enum fact f = label_at(cell, &n);
	const char *v = cell + n;

	v += strspn(v, " :");
	if (*v == '\0')
		return;
	if (f == FACT_FIELD && e->area == NULL)
		profile_set(&e->area, v);
	else if (f == FACT_GRADE && e->score == NULL)
		profile_set(&e->score, v);
}

/* Whether line s opens the facts: a label, then bars or a label of
 * more than a word. */
static int
opens(const char *s)
{
	size_t n;

	return label_at(s, &n) != FACT_NONE && (strchr(s, '|') != NULL || memchr(s, ' ', n) != NULL);
}

/* The facts that open at l->v[i], with the lines they wrapped onto (in
 * small letters or holding bars), read into e; taken marks them. */
static size_t
read_run(const struct strlist *l, size_t i, struct education *e, char *taken)
{
	struct buf b = BUF_INIT;
	size_t k = i;

	do {
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, l->v[k]);
		if (taken != NULL)
			taken[k] = 1;
		k++;
	} while (k < l->n && (fold_lower_at(l->v[k]) || strchr(l->v[k], '|') != NULL ||
	    opens(l->v[k])));
	/* cells parted by bars, tabs or a wide gap */
	for (const char *p = b.s; *p != '\0';) {
		size_t n = strcspn(p, "|\t");
		const char *gap = strstr(p, "  ");
		char *cell;
		if (gap != NULL && (size_t)(gap - p) < n)
			n = (size_t)(gap - p);
		cell = parse_trim(p, n);
		cell_read(cell, e);
		free(cell);
		p += n + (p[n] != '\0');
	}
	buf_free(&b);
	return k;
}

void
edufacts_take(const struct entry *en, struct education *e, char *taken)
{
	for (size_t i = 0; i < en->head.n;)
		i = opens(en->head.v[i]) ? read_run(&en->head, i, e, taken) : i + 1;
	for (size_t i = 0; i < en->prose.n;)
		i = opens(en->prose.v[i]) ? read_run(&en->prose, i, e, NULL) : i + 1;
}

int
edufacts_state_off(char *s)
{
	static const char *const states[] = { "en curso", "cursando", "titulado", "titulada",
		"graduado", "graduada", "egresado", "egresada", "bachiller", "trunco", "trunca",
		"incompleto", "incompleta", "completo", "completa", "concluido", "concluida",
		"culminado", "culminada", "finalizado", "finalizada", "abandonado", "en proceso",
		"em andamento", "concluido", "trancado", "in progress", "completed", "graduated",
		"ongoing", NULL };
	char *dash = NULL, key[24];

	for (char *p = strstr(s, " - "); p != NULL; p = strstr(p + 1, " - "))
		dash = p;
	if (dash == NULL || strlen(dash + 3) >= sizeof key)
		return 0;
	fold_key(dash + 3, strlen(dash + 3), key, sizeof key);
	if (!wordlist_has(states, key))
		return 0;
	*dash = '\0';
	return 1;
}

/* "Placements at Prince Henry's Grammar School, Otley and Rodillian
 * Academy": where a teacher's or nurse's training placed them, under the
 * course's school; schools named, but not the one studied at. */
int
edufacts_placement(const char *h)
{
	static const char *const leads[] = { "placement", "placements", "school placement",
		"school placements", "teaching placement", "teaching placements",
		"clinical placement", "clinical placements", "teaching practice", "practicum",
		"work placement", NULL };
	size_t n = strcspn(h, ":");
	char key[48];

	if (h[n] != ':') {
		const char *at = strstr(h, " at ");
		if (at == NULL)
			return 0;
		n = (size_t)(at - h);
	}
	if (n == 0 || n >= sizeof key)
		return 0;
	fold_key(h, n, key, sizeof key);
	return wordlist_has(leads, key);
}

/* "Universitario", "Secundaria" over the school: a job board's level of
 * schooling on a line of its own; 1 when s is one, copied to level. */
int
edufacts_level(const char *s, char *level, size_t size)
{
	static const char *const levels[] = { "universitario", "universitaria", "secundaria",
		"secundario", "primaria", "primario", "tecnico", "tecnica", "tecnico superior",
		"superior", "superior universitario", "superior tecnico", "preparatoria",
		/* hh.ru's and work.ua's */
		"высшее", "неоконченное высшее", "среднее", "среднее специальное", "вища",
		"неповна вища", "повна вища", "базова вища", "середня", "середня спеціальна",
		NULL };
	char key[48];

	if (strlen(s) >= size || strlen(s) >= sizeof key)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	if (!wordlist_has(levels, key))
		return 0;
	memcpy(level, s, strlen(s) + 1);
	return 1;
}

/* "Universidad Nacional Federico Villarreal - Contabilidad - Titulado":
 * a job board's school, its field and the state of its studies; the
 * field read off the school's name. */
void
edufacts_state_field(const struct entry *en, struct education *e)
{
	const char *dash;

	if (e->institution == NULL || e->area != NULL ||
	    (dash = strstr(e->institution, " - ")) == NULL || strstr(dash + 3, " - ") != NULL ||
	    role_school_score(dash + 3) > 0 || role_degree_score(dash + 3) > 0)
		return;
	for (size_t i = 0; i < en->head.n; i++) {
		char *line = xstrdup(en->head.v[i]);
		int cut = edufacts_state_off(line) && strcmp(line, e->institution) == 0;
		free(line);
		if (cut) {
			char *school = xstrndup(e->institution, (size_t)(dash - e->institution));
			profile_set(&e->area, dash + 3);
			profile_set(&e->institution, school);
			free(school);
			return;
		}
	}
}

/* "Thesis: Anomaly detection in flow data", "Lehrbetrieb: Zürcher
 * Kantonalbank": the labelled title of a thesis, or a note like it, no
 * school nor degree. */
int
edufacts_note(const char *h)
{
	static const char *const notes[] = { "thesis", "thesis title", "dissertation",
		"master thesis", "master s thesis", "bachelor thesis", "bachelor s thesis",
		"final project", "tesis", "tesi", "tese", "these", "abschlussarbeit",
		"masterarbeit", "bachelorarbeit", "diplomarbeit", "scriptie", "afstudeerscriptie",
		"praca magisterska", "praca inzynierska", "praca licencjacka", "examensarbete",
		"diplomova prace", "bakalarska prace", "opinnaytetyo", "pro gradu", "skripsi",
		"tugas akhir", "bachelorprojekt", "speciale", "kandidatspeciale", "masterprojekt",
		"bacheloroppgave", "masteroppgave", "examensarbeid", "tfg", "tfm", "tesina",
		"projet de fin d etudes", "pfe", "memoire", "trabajo de fin de grado",
		"trabajo fin de grado", "trabajo de fin de master", "final year project",
		"senior thesis", "honors thesis", "honours thesis", "capstone", "capstone project",
		/* the thesis's advisers */
		"advisor", "adviser", "advisors", "supervisor", "supervisors", "thesis advisor",
		"thesis supervisor", "committee", "promotor", "betreuer", "directeur de these",
		"director de tesis", "relatore", "orientador", "opiekun",
		/* the firm an apprentice trained at, beside the school */
		"lehrbetrieb", "ausbildungsbetrieb", "lehrfirma", NULL };
	const char *colon = strchr(h, ':');
	char key[48];

	/* "Tesis aprobada con distinción": the word opening a short line */
	if (colon == NULL && lineword_count(h) <= 8 && strcspn(h, " ") < sizeof key &&
	    role_school_score(h) == 0 && role_degree_score(h) == 0) {
		fold_into(h, strcspn(h, " "), key, sizeof key);
		return wordlist_has(notes, key);
	}
	if (colon == NULL || colon == h)
		return 0;
	/* "Höhere Fachprüfung (HFP), Diplomarbeit: «...»": the label after
	 * the exam it was written for */
	for (const char *p = h; p < colon; p++)
		if (p[0] == ',' && p[1] == ' ')
			h = p + 2;
	if ((size_t)(colon - h) >= sizeof key)
		return 0;
	fold_into(h, (size_t)(colon - h), key, sizeof key);
	return wordlist_has(notes, key);
}

/* "Magna cum laude · Senior thesis: wayfinding app ...": a grade and the
 * thesis beside it on one line; the grade is the score.  1 when the line
 * was such. */
int
edufacts_grade_note(const char *h, struct education *e)
{
	const char *sep = strstr(h, " \xc2\xb7 ");
	size_t k = 4;
	char *first;
	int ok;

	if (sep == NULL && (sep = strstr(h, " | ")) != NULL)
		k = 3;
	if (sep == NULL || sep == h)
		return 0;
	first = parse_trim(h, (size_t)(sep - h));
	ok = eduscore_only(first) && edufacts_note(sep + k);
	if (ok && e->score == NULL)
		profile_set(&e->score, first);
	free(first);
	return ok;
}
