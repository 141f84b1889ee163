/*
 * How a line of the Europass CV form is matched against its labels (the
 * table is in europass_rows.c).  Matching folds case and accents and
 * ignores punctuation.
 */
#include <ctype.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "europass.h"
#include "europass_labels.h"
#include "fold.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

enum { LOOSE_START = 1, LOOSE_MIDDLE = 2 };

/* Whether key stands inside the label w[0, n) as whole words. */
static int
inside(const char *w, size_t n, const char *key, size_t klen)
{
	for (size_t i = 1; i + klen < n; i++)
		if (w[i - 1] == ' ' && w[i] == key[0] && w[i + klen] == ' ' &&
		    memcmp(w + i, key, klen) == 0)
			return 1;
	return 0;
}

/* How key (klen bytes, shorter than the label w[0, n)) stands in the
 * label: its first words (M_START), its last ones or, loose, words inside
 * it (M_CONT), or not (M_NONE).  spaced: key holds a space. */
static enum match
label_part(const char *w, size_t n, const char *key, size_t klen, int loose, int spaced)
{
	if (w[0] == key[0] && w[klen] == ' ' && memcmp(w, key, klen) == 0 &&
	    ((loose & LOOSE_START) || spaced))
		return M_START;
	if (w[n - klen - 1] == ' ' && w[n - klen] == key[0] && memcmp(w + n - klen, key, klen) == 0)
		return M_CONT;
	if ((loose & LOOSE_MIDDLE) && klen >= 5 && inside(w, n, key, klen))
		return M_CONT;
	return M_NONE;
}

/* The labels of ep_rows one by one, with their lengths: split once, on
 * first use, as every line of a form is compared with all of them. */
struct label {
	const char *w;
	size_t n;
	enum ep_field field;
};

static struct label *labels;
static size_t nlabels;
static pthread_once_t labels_once = PTHREAD_ONCE_INIT;

/* The length of the label at *w, which moves on to the next one. */
static size_t
label_next(const char **w)
{
	size_t n = (size_t)(strchrnul(*w, '|') - *w);

	*w += n + ((*w)[n] == '|');
	return n;
}

static void
labels_init(void)
{
	size_t n = 0;

	for (const struct ep_row *r = ep_rows; r->labels != NULL; r++)
		for (const char *w = r->labels; *w != '\0'; n++)
			label_next(&w);
	labels = xcalloc(n > 0 ? n : 1, sizeof *labels);
	for (const struct ep_row *r = ep_rows; r->labels != NULL; r++)
		for (const char *w = r->labels; *w != '\0';) {
			const char *start = w;
			size_t len = label_next(&w);
			labels[nlabels++] = (struct label){ start, len, r->field };
		}
}

/* How key compares with the labels: equal or the start of one (a label
 * wrapped in its column), the end or the middle of one (its next lines),
 * or neither.  loose: LOOSE_START, a single word may start a label
 * ("Occupazione" over "desiderata/Settore" over "professionale");
 * LOOSE_MIDDLE, words inside a label continue it. */
static enum match
match_label(const char *key, enum ep_field *field, int loose)
{
	size_t klen = strlen(key);
	int spaced = strchr(key, ' ') != NULL;
	enum match best = M_NONE, m;

	if (klen == 0)
		return M_NONE;
	pthread_once(&labels_once, labels_init);
	/* the first label key equals, else the first it is part of */
	for (const struct label *l = labels; l < labels + nlabels; l++) {
		if (l->n == klen) {
			if (l->w[0] == key[0] && memcmp(l->w, key, klen) == 0) {
				*field = l->field;
				return M_START;
			}
		} else if (best == M_NONE && l->n > klen &&
		    (m = label_part(l->w, l->n, key, klen, loose, spaced)) != M_NONE &&
		    (l->field != EP_OTHER || (m == M_START && spaced))) {
			/* a kept skills label only by its first words */
			*field = l->field;
			best = m;
		}
	}
	return best;
}

/* Whether key is a whole label, not the start of one. */
static int
match_full(const char *key)
{
	size_t klen = strlen(key);

	pthread_once(&labels_once, labels_init);
	for (const struct label *l = labels; l < labels + nlabels; l++)
		if (l->n == klen && l->w[0] == key[0] && memcmp(l->w, key, klen) == 0)
			return 1;
	return 0;
}

static enum match
classify_text(const char *s, size_t len, enum ep_field *field, int loose)
{
	char key[160];

	if (len > 120)
		return M_NONE;
	fold_key(s, len, key, sizeof key);
	return match_label(key, field, loose);
}

char *
europass_value(const char *s, int *bullet)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	*bullet = 0;
	/* "•", "- ", "▪ " */
	if (strncmp(s, "\xe2\x80\xa2", 3) == 0 || strncmp(s, "- ", 2) == 0 ||
	    strncmp(s, "\xe2\x96\xaa ", 4) == 0) {
		*bullet = 1;
		s += strncmp(s, "- ", 2) == 0 ? 2 : 3;
		while (*s == ' ')
			s++;
	}
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n > 0 ? xstrndup(s, n) : NULL;
}

/* "Dates 02/2020 – presente", as lynx prints a form: the longest run of
 * leading words that is a whole label; returns its length, or 0. */
static size_t
label_prefix(const struct lexicon *lx, const char *s, enum ep_field section,
    enum ep_field *field)
{
	size_t best = 0, end = 0;
	enum ep_field f;
	char key[160];

	for (int words = 0; words < 12 && s[end] != '\0'; words++) {
		end += strcspn(s + end, " ");
		if (s[end] == '\0')
			break;
		fold_key(s, end, key, sizeof key);
		/* a whole label, or the start of one the renderer cut short */
		if (match_label(key, &f, 0) == M_START && (match_full(key) || words >= 2)) {
			best = end;
			*field = f;
		} else if (section == EP_SKILLS && best == 0 && words < 3 &&
		    heading_lookup(&lx->headings, key) != IS_NONE) {
			best = end;
			*field = EP_OTHER;
		}
		end += strspn(s + end, " ");
	}
	return best;
}

/* A row of the self-assessment grid of languages: levels A1 to C2 in
 * its cells, or more cells than a label and its value. */
static int
grid_row(const char *s, size_t cell)
{
	int levels = 0;

	if (s[cell] == '\t' && strchr(s + cell + 1, '\t') != NULL)
		return 1;
	for (const char *p = s; *p != '\0'; p++)
		levels += (p == s || p[-1] == '\t' || p[-1] == ' ') && *p >= 'A' && *p <= 'C' &&
		    (p[1] == '1' || p[1] == '2') && (p[2] == '\0' || p[2] == ' ' || p[2] == '\t');
	return levels >= 3;
}

/* What pdftotext without -layout gives of the grid, a cell a line: a
 * level ("C1 Usuario", "B2") or the rest of its description
 * ("competente"). */
static int
grid_cell(const char *s)
{
	static const char *const words[] = { "user", "proficient user", "independent user",
		"basic user", "competente", "independiente", "basico", "avanzato", "autonomo",
		"base", "avancado", "independente", "elementar", "experimente", "independant",
		"elementaire", "biegly", "samodzielny", "podstawowy", "kompetente",
		"selbstandige", "elementare", "sprachverwendung", NULL };
	char key[64];

	fold_key(s, strlen(s), key, sizeof key);
	if (key[0] >= 'a' && key[0] <= 'c' && (key[1] == '1' || key[1] == '2') &&
	    (key[2] == ' ' || key[2] == '\0'))
		return 1;
	return wordlist_has(words, key);
}

/* In the skills part, a value beside a part of a label is beside a label
 * of its own: the start of a section's ("Umiejętności i kompetencje" over
 * "techniczne"), or one word ("Języki", not "Języki ojczyste"). */
static int
own_label(const char *s, size_t len, enum ep_field f, enum match m)
{
	char key[160];

	if (len > 120)
		return 0;
	fold_key(s, len, key, sizeof key);
	if (match_full(key))
		return 0;
	return m == M_START && (f <= EP_SKILLS || strchr(key, ' ') == NULL);
}

/* "Con computer, attrezzature" over "specifiche, macchinari, ecc.": the
 * 2004 form's notes under a label of skills, in the labels' column. */
static int
form_note(const char *s, size_t len)
{
	static const char *const opens[] = { "con computer", "specifiche macchinari",
		"acquisite nel corso", "della carriera ma", "necessariamente riconosciute",
		"certificati e diplomi", "with computers", "specific kinds of equipment",
		"acquired in the course", "career but not necessarily", "certificates and diplomas",
		"carriera ma non", "riconosciute da certificati", "ufficiali", "vivere e lavorare",
		"ambiente multiculturale", "in cui la comunicazione", "situazioni in cui",
		"squadra ad es", "ad es coordinamento", "di persone progetti",
		"lavoro in attivita di volontariato", "cultura e sport", "macchinari ecc",
		"musica scrittura", "competenze non precedentemente", "indicate",
		"living and working with", "multicultural environments", "in positions where",
		"situations where teamwork", "coordination and administration",
		"of people projects", "at work in voluntary", "machinery etc",
		"music writing design", "competences not mentioned", "formal certificates", NULL };
	char key[64];

	fold_key(s, len, key, sizeof key);
	for (int i = 0; opens[i] != NULL; i++)
		if (strncmp(key, opens[i], strlen(opens[i])) == 0)
			return 1;
	return 0;
}

void
europass_classify(const struct lexicon *lx, const struct line *l, enum ep_field section,
    struct ep_line *e)
{
	size_t cell = strcspn(l->s, "\t");

	memset(e, 0, sizeof *e);
	e->bullet = (l->flags & MK_BULLET) != 0;
	if (section == EP_SKILLS && form_note(l->s, cell)) {
		int b;
		if (l->s[cell] == '\t')
			e->value = europass_value(l->s + cell + 1, &b);
		return;
	}
	if (section == EP_SKILLS && l->s[cell] == '\0' && strlen(l->s) < 40 &&
	    grid_cell(l->s)) {
		e->field = EP_IGNORE;
		return;
	}
	if (section == EP_SKILLS && grid_row(l->s, cell)) {
		/* "Autoevaluación  Comprensión  Habla": the grid's own label
		 * starts it, and what follows it is of the grid */
		if (classify_text(l->s, cell, &e->field, LOOSE_START) != M_START ||
		    e->field != EP_IGNORE)
			e->field = EP_IGNORE;
		else
			e->m = M_START;
		return;
	}
	if (l->s[cell] == '\t') {
		e->m = classify_text(l->s, cell, &e->field, LOOSE_START);
		/* "învăţământ / furnizorului de<TAB>Gestiunea Afacerilor": the
		 * middle of a label wrapped over three lines, beside its value */
		if (e->m == M_NONE && section != EP_SKILLS && memchr(l->s, ' ', cell) != NULL)
			e->m = classify_text(l->s, cell, &e->field, LOOSE_MIDDLE);
		if (e->m != M_NONE && section == EP_SKILLS && own_label(l->s, cell, e->field, e->m))
			e->m = M_NONE;
		/* not "San Marino, 04/11/2024<TAB>Elisa Zonzini", the place,
		 * date and signature under the form */
		if (e->m == M_NONE && section == EP_SKILLS && cell < 60 &&
		    strcspn(l->s, "0123456789") >= cell) {
			e->m = M_START;
			e->field = EP_OTHER;
			e->label = xstrndup(l->s, cell);
		}
		if (e->m != M_NONE) {
			int b;
			if ((e->field == EP_OTHER || e->field == EP_LANGRATE) && e->label == NULL)
				e->label = xstrndup(l->s, cell);
			e->value = europass_value(l->s + cell + 1, &b);
			e->bullet |= b;
			return;
		}
	} else if ((e->m = classify_text(l->s, strlen(l->s), &e->field, LOOSE_MIDDLE)) !=
	    M_NONE) {
		/* a kept skills label alone on its line */
		if (e->field == EP_OTHER)
			e->label = xstrdup(l->s);
		return;
	}
	else if ((cell = label_prefix(lx, l->s, section, &e->field)) > 0) {
		int b;
		e->m = M_START;
		if (e->field == EP_OTHER)
			e->label = xstrndup(l->s, cell);
		e->value = europass_value(l->s + cell, &b);
		e->bullet |= b;
		return;
	}
	{
		int b;
		e->value = europass_value(l->s, &b);
		e->bullet |= b;
	}
}


/* The 2004 form's labels of skills no profile keeps: told in sentences. */
static int
prose_skills(const char *label)
{
	static const char *const keys[] = { "capacita e competenze relazionali",
		"capacita e competenze organizzative", "capacita e competenze artistiche",
		"social skills and competences", "organisational skills and competences",
		"organizational skills and competences", "artistic skills and competences",
		"capacidades y aptitudes sociales", "capacidades y aptitudes organizativas",
		"capacidades y aptitudes artisticas", "competente si abilitati sociale",
		"competente si aptitudini organizatorice", "competente si aptitudini artistice",
		"aptitudes et competences sociales", "aptitudes et competences organisationnelles",
		"aptitudes et competences artistiques", "soziale fahigkeiten und kompetenzen",
		"organisatorische fahigkeiten und kompetenzen",
		"kunstlerische fahigkeiten und kompetenzen", "aptidoes e competencias sociais",
		"aptidoes e competencias de organizacao", "aptidoes e competencias artisticas",
		"umiejetnosci i kompetencje spoleczne", "umiejetnosci i kompetencje organizacyjne",
		"umiejetnosci i kompetencje artystyczne", "sociale vaardigheden en competenties",
		"organisatorische vaardigheden en competenties",
		"artistieke vaardigheden en competenties", NULL };
	char key[96];

	fold_key(label, strlen(label), key, sizeof key);
	return wordlist_has(keys, key);
}

/* "CAPACITÀ E COMPETENZE" beside the list's first line over "TECNICHE"
 * beside its second, "Competenţe şi aptitudini" over "organizatorice":
 * the label wrapped, in capitals or on into words in lower case set apart
 * from the value (tabbed), its value going on; 1 when it was so. */
static int
caps_wrapped(struct ep_line *prev, struct ep_line *e, int tabbed)
{
	char *j;

	if (prev->m != M_START || prev->field != EP_OTHER || prev->label == NULL ||
	    e->m != M_START || e->field != EP_OTHER || e->label == NULL)
		return 0;
	if (!(parse_all_caps(prev->label) && parse_all_caps(e->label) &&
	    strchr(e->label, ' ') == NULL) && !(islower((unsigned char)e->label[0]) && tabbed))
		return 0;
	j = xprintf("%s %s", prev->label, e->label);
	free(prev->label);
	prev->label = j;
	if (prose_skills(prev->label))
		prev->field = EP_IGNORE;
	free(e->label);
	e->label = NULL;
	e->m = M_NONE;
	e->field = prev->field;
	return 1;
}

int
europass_label_ends(const char *prev, const char *s)
{
	size_t a = strcspn(prev, "\t"), b = strcspn(s, "\t");
	char *both, key[160];

	if (prev[a] != '\t' || s[b] != '\t' || a + b > 120 || !islower((unsigned char)s[0]))
		return 0;
	both = xprintf("%.*s %.*s", (int)a, prev, (int)b, s);
	fold_key(both, strlen(both), key, sizeof key);
	free(both);
	return match_full(key);
}

int
europass_wrapped_label(struct ep_line *prev, struct ep_line *e, const char *s)
{
	const char *tab = strchr(s, '\t');
	char *w, *j;

	if (caps_wrapped(prev, e, tab != NULL))
		return 1;
	/* "competences" under "Computer skills and": the end of a known
	 * label's wording, but the end of this one; beside the value's
	 * next line too, a cell before it */
	if (tab != NULL)
		w = xstrndup(s, (size_t)(tab - s));
	else
		w = xstrdup(e->m == M_NONE && e->value != NULL ? e->value : s);
	if (prev->m != M_START || prev->field != EP_OTHER || prev->label == NULL ||
	    (e->m != M_NONE && e->m != M_CONT) || (tab == NULL && e->m == M_NONE &&
	    e->value == NULL) || !islower((unsigned char)*w) || strchr(w, ' ') != NULL ||
	    strlen(w) > 24) {
		free(w);
		return 0;
	}
	j = xprintf("%s %s", prev->label, w);
	free(w);
	free(prev->label);
	prev->label = j;
	if (tab == NULL || e->m == M_NONE) {
		int b = 0;
		free(e->value);
		e->value = tab != NULL ? europass_value(tab + 1, &b) : NULL;
		e->bullet |= b;
	}
	e->m = M_NONE;
	return 1;
}

/* Words only the form prints, in its editions and languages. */
static const char *const signs[] = { "position held", "Arbeitgeber", "employeur",
	"empleador", "datore di lavoro", "empregador", "werkgever", "pracodawcy", "angajator",
	"First name", "Vorname", "Prénom", "Nombre(s)", "Apellido(s)", "Cognome(i)",
	"Nazwisko(-a)", "Nome(s) próprio(s)", "cargo ocupado", "posizione ricoperti",
	"Stanowisko", "Tipo de empresa", "Tipo di attività", "Rodzaj działalności",
	"Poste occupé", "Curriculum Vitae Europass", "Tipo di impiego", "Tipo di azienda",
	"Principali mansioni", "Qualifica conseguita", "postul ocupat", "Prenume",
	"Заемана длъжност", "работодателя", "Име / Фамилия", NULL };

/* The 2013 Europass's foot, on every page, and its labels of the
 * mother tongue: its left column holds labels, not a sidebar. */
static const char *const signs_2013[] = { "europass.cedefop.europa.eu", "Mother tongue(s)",
	"Muttersprache(n)", "Langue(s) maternelle(s)", "Lengua(s) materna(s)", "Lingua madre",
	"Língua(s) materna(s)", "Moedertaal", "Język(i) ojczysty(-e)", "Limba(i) maternă(e)",
	"Майчин език", NULL };

int
europass_signs(const char *text)
{
	int hits = 0, hits_2013 = 0;

	for (int k = 0; signs[k] != NULL; k++)
		hits += strstr(text, signs[k]) != NULL;
	for (int k = 0; signs_2013[k] != NULL; k++)
		hits_2013 += strstr(text, signs_2013[k]) != NULL;
	return hits >= 2 || hits_2013 >= 2;
}

#define NSIGNS (sizeof signs / sizeof signs[0] - 1)

/* Which bytes s holds, each byte b as bit b % 64: a line can hold a sign
 * only if it holds every byte of it, which most lines tell at once. */
static uint64_t
bytes_of(const char *s)
{
	uint64_t m = 0;

	for (; *s != '\0'; s++)
		m |= (uint64_t)1 << ((unsigned char)*s % 64);
	return m;
}

int
europass_labels_seen(const struct layout *L)
{
	uint64_t need[NSIGNS];
	int hits = 0;

	for (size_t k = 0; k < NSIGNS; k++)
		need[k] = bytes_of(signs[k]);
	for (size_t i = 0; i < L->n && i < 400; i++) {
		uint64_t has = bytes_of(L->v[i].s);
		for (size_t k = 0; k < NSIGNS; k++)
			hits += (need[k] & ~has) == 0 && strstr(L->v[i].s, signs[k]) != NULL;
	}
	return hits >= 2;
}
