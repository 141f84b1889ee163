/*
 * edudegree: the degree of an education entry parted into its type, its
 * field and a grade ("BSc (Hons) Nursing – 2:1", "Grado en Enfermería",
 * "A-Levels: Biology, Chemistry"); eduscore.c tells a grade.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "edudegree.h"
#include "eduscore.h"
#include "edulabel.h"
#include "eduforms.h"
#include "fold.h"
#include "lineword.h"
#include "orgword.h"
#include "parse.h"
#include "utf8.h"
#include "wordlist.h"
#include "xalloc.h"

int
edudegree_honours(const char *s)
{
	char key[64];
	size_t n, first = strcspn(s, " ");

	/* the rest after the first word, itself set apart by a space */
	if (strlen(s) >= sizeof key || s[first] == '\0')
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	if (strncmp(key, "diploma ", 8) != 0 && strncmp(key, "diplom ", 7) != 0)
		return 0;
	n = strcspn(key, " ") + 1;
	return strncmp(key + n, "with ", 5) == 0 || strncmp(key + n, "cum ", 4) == 0 ?
	    eduscore_only(s + first + 1) : 0;
}

/* "BSc (Hons) Nursing Science – 2:1", "MBA, Distinction": a grade as the
 * last part is the score; the rest is split again. */
static int
grade_last(const char *s, struct education *e)
{
	/* "... Supply Chain Management. Second Class Upper Division." */
	static const char *const seps[] = { " \xe2\x80\x94 ", " \xe2\x80\x93 ", " - ", ", ",
		" | ", ". ", NULL };
	const char *at = NULL, *open;
	size_t len = 0, n;
	char *g = NULL, *left;

	for (int i = 0; seps[i] != NULL; i++)
		for (const char *q = strstr(s, seps[i]); q != NULL; q = strstr(q + 1, seps[i]))
			if (q > at || at == NULL) {
				at = q;
				len = strlen(seps[i]);
			}
	/* "Baccalauréat série A2 (mention Assez-bien)": the French grade in
	 * the last bracket */
	if (at == NULL && (open = strrchr(s, '(')) != NULL && open > s &&
	    strncasecmp(open + 1, "mention ", 8) == 0 && s[strlen(s) - 1] == ')') {
		if (e->score == NULL)
			profile_setn(&e->score, open + 1, strlen(open + 1) - 1);
		left = parse_trim(s, (size_t)(open - s));
		edudegree_split(left, e);
		free(left);
		return 1;
	}
	/* after a full stop, a sentence of the grade's words alone */
	if (at == NULL || at == s || !eduscore_read(at + len, &g))
		return 0;
	if (at[0] == '.' && !eduscore_only(at + len)) {
		free(g);
		return 0;
	}
	n = strlen(g);
	if (n > 1 && g[n - 1] == '.' && isalpha((unsigned char)g[n - 2]))
		g[n - 1] = '\0';
	if (e->score == NULL)
		profile_set(&e->score, g);
	free(g);
	left = parse_trim(s, (size_t)(at - s));
	edudegree_split(left, e);
	free(left);
	return 1;
}

/* "A-Levels: Biology (A), Chemistry (B)", "Máster en Ingeniería de
 * Caminos, Canales y Puertos": a degree of a few words before a colon or
 * the word for "in", the subjects or the field, commas and all, after. */
static int
degree_colon(const char *s, struct education *e)
{
	static const char *const joins[] = { ": ", " in ", " en ", " em ", " \xd0\xbf\xd0\xbe ",
		" \xc3\xad ", " n\xc3\xab ", NULL };	/* Bulgarian "по", Icelandic "í", Albanian "në" */
	const char *at = NULL;
	size_t k = 0;
	char *a, *b;
	int ok;

	for (int i = 0; joins[i] != NULL; i++) {
		const char *q = strstr(s, joins[i]);
		if (q != NULL && q > s && (at == NULL || q < at)) {
			at = q;
			k = strlen(joins[i]);
		}
	}
	if (at == NULL)
		return 0;
	a = parse_trim(s, (size_t)(at - s));
	ok = lineword_count(a) <= 3 && role_degree_score(a) > 0 && role_school_score(a) == 0 &&
	    strchr(a, ',') == NULL;
	if (ok) {
		b = parse_trim(at + k, strlen(at + k));
		profile_set(&e->study_type, a);
		if (b[0] != '\0')
			profile_set(&e->area, b);
		free(b);
	}
	free(a);
	return ok;
}

/* Words after a degree that are no field: "PhD Candidate", "MSc Student". */
static int
not_field(const char *w)
{
	static const char *const words[] = { "candidate", "student", "studies", "program",
		"programme", "degree", "course", "coursework", "exchange", "thesis", "research",
		"level", "year", "years", "semester", "pursuing", "ongoing", "hons", "honours",
		"honors", NULL };
	char key[32];

	fold_key(w, strcspn(w, " "), key, sizeof key);
	return wordlist_has(words, key);
}

/* Whether s opens with a capital, in any script ("Économie"). */
static int
capital(const char *s)
{
	uint32_t cp;

	if (utf8_decode(s, strlen(s), &cp) == 0)
		return 0;
	return cp < 0x80 ? isupper((unsigned char)s[0]) != 0 : fold_isupper(cp);
}

/* "Diplom-Ingenieurin", "Dipl.-Kfm.": a degree's word before a hyphen
 * that joins it to the title it gives. */
static int
degree_prefix(const char *s)
{
	size_t n = strcspn(s, "- ");
	char *w;
	int ok;

	if (s[n] != '-' || n < 4)
		return 0;
	w = xstrndup(s, n);
	ok = role_degree_score(w) > 0 || strcmp(w, "Dipl.") == 0;
	free(w);
	return ok;
}

/* "Master 2 Management ...", "Licence professionnelle Logistique ...":
 * the words after a degree's that tell its year or its kind, part of the
 * degree; their length with the space after them, 0 if none. */
static size_t
degree_level(const char *f)
{
	static const char *const levels[] = { "1", "2", "i", "ii", "pro", "professionnel",
		"professionnelle", NULL };
	size_t n = strcspn(f, " ");
	char key[24];

	if (f[n] != ' ' || n >= sizeof key)
		return 0;
	fold_key(f, n, key, sizeof key);
	return wordlist_has(levels, key) ? n + 1 : 0;
}

/* "Secondary Mathematics" after "PGCE": the phase a teacher trained
 * for opens the field; the field after it.  Only after a teacher's
 * degree: "Higher Secondary Education" is one. */
static const char *
phase_off(const char *deg, const char *f)
{
	static const char *const phases[] = { "primary", "secondary", NULL };
	static const char *const teaching[] = { "pgce", "pgde", "pgdipe", "b ed", "bed",
		"m ed", "med", "ba ed", NULL };
	char key[24];
	const char *sp = strchr(f, ' ');

	fold_key(deg, strlen(deg), key, sizeof key);
	if (sp == NULL || (size_t)(sp - f) >= sizeof key || !wordlist_has(teaching, key))
		return f;
	fold_key(f, (size_t)(sp - f), key, sizeof key);
	return wordlist_has(phases, key) ? sp + 1 : f;
}

/* The length of a field before a note in brackets ending it
 * ("(11–16 with post-16 enhancement)"), else the whole field's. */
static size_t
field_core(const char *f)
{
	const char *br = strstr(f, " (");
	size_t n = strlen(f);
	int lower = 0;

	if (br == NULL || n == 0 || f[n - 1] != ')' || strchr(br + 2, '(') != NULL ||
	    lineword_count(f) - lineword_count(br) > 6)
		return n;
	/* a note of words in small letters, not initials nor a grade */
	for (const char *p = br + 2; *p != '\0'; p++)
		lower += p[-1] == ' ' && strspn(p, "abcdefghijklmnopqrstuvwxyz") >= 3;
	return lower > 0 ? (size_t)(br - f) : n;
}

/* "Science" after "Master of": the kinds of degree named so, whose
 * name ends there; the word's length, else 0. */
static size_t
of_kind(const char *f)
{
	static const char *const kinds[] = { "arts", "commerce", "engineering", "science",
		"sciences", "technology", NULL };
	size_t n = strcspn(f, " ");
	char key[16];

	if (n >= sizeof key)
		return 0;
	fold_key(f, n, key, sizeof key);
	return wordlist_has(kinds, key) ? n : 0;
}

/* "BSc Computer Science", "BSc (Hons) Adult Nursing", "MBA Finance": a
 * degree's word, perhaps "(Hons)", then a field in capitals with no
 * degree, school or figure in it ("Certificate IV ..." keeps its number). */
static int
lead_split(const char *s, struct education *e)
{
	static const char *const hons[] = { "(hons)", "(hons.)", "(honours)", "(honors)",
		"hons", "hons.", "(hon)", NULL };
	size_t n = strcspn(s, " "), core;
	const char *f = s + n;
	char *deg, *field;
	int ok;

	if (*f != ' ' || n >= 24)
		return 0;
	f++;
	/* "Matriculation Examination": the kind of the degree, no field */
	if (strcasecmp(f, "examination") == 0 || strcasecmp(f, "exam") == 0)
		return 0;
	f += degree_level(f);
	for (int i = 0; hons[i] != NULL; i++) {
		size_t k = strlen(hons[i]);
		if (strncasecmp(f, hons[i], k) == 0 && f[k] == ' ') {
			f += k + 1;
			break;
		}
	}
	/* "Diplom-Ingenieurin (FH) Maschinenbau", "PGDE (Secondary)
	 * Mathematics": a school's kind or a level in brackets, a word */
	if (f[0] == '(' && strcspn(f, ")") <= 16 && strcspn(f, ") ") == strcspn(f, ")") &&
	    f[strcspn(f, ")")] == ')' && f[strcspn(f, ")") + 1] == ' ')
		f += strcspn(f, ")") + 2;
	/* "B.Com (Accounting & Finance)": the field in brackets, words and
	 * not initials ("B.Tech (ECE)" keeps them) */
	if (f[0] == '(' && f[strlen(f) - 1] == ')' && strchr(f + 1, '(') == NULL &&
	    strpbrk(f, "abcdefghijklmnopqrstuvwxyz") != NULL && strchr(f, ' ') != NULL &&
	    role_degree_score(s) > 0) {
		deg = parse_trim(s, (size_t)(f - s));
		field = parse_trim(f + 1, strlen(f) - 2);
		ok = role_degree_score(deg) > 0 && role_degree_score(field) == 0 &&
		    role_school_score(field) == 0;
		if (ok) {
			profile_set(&e->study_type, deg);
			profile_set(&e->area, field);
		}
		free(deg);
		free(field);
		return ok;
	}
	/* "MASTER OF COMPUTING": a degree's name in capitals, not a field;
	 * "Master of Science Geowissenschaften", the field after the name
	 * with no "in" */
	if (strncasecmp(f, "of ", 3) == 0 && (n = of_kind(f + 3)) > 0 && f[3 + n] == ' ')
		f += 3 + n + 1;
	else if (strncasecmp(f, "of ", 3) == 0 || strncasecmp(f, "in ", 3) == 0)
		return 0;
	deg = parse_trim(s, (size_t)(f - s));
	field = parse_trim(f, strlen(f));
	/* "PGCE Secondary Mathematics (11–16 with post-16 enhancement)": a
	 * note in brackets after the field may hold figures */
	core = field_core(field);
	ok = capital(field) && strspn(field, "IVX") < strcspn(field, " ") &&
	    (role_degree_score(deg) > 0 || degree_prefix(deg)) &&
	    role_degree_score(phase_off(deg, field)) == 0 &&
	    role_school_score(field) == 0 && strcspn(field, "0123456789()") >= core &&
	    lineword_count(field) <= 6 + (int)(strlen(field) > core) * 6 && !not_field(field);
	if (ok) {
		profile_set(&e->study_type, deg);
		profile_set(&e->area, field);
	}
	free(deg);
	free(field);
	return ok;
}

/* "kierunek: Pielęgniarstwo", "Major: Economics": the field after its
 * label. */
static const char *
field_label_off(const char *s)
{
	static const char *const labels[] = { "kierunek", "kierunek studiow", "specjalnosc",
		"obor", "major", "field", "field of study", "specialization", "specialisation",
		"fachrichtung", "studiengang", "schwerpunkt", "especialidad", "area", "richting",
		"bolum", "specialite", "indirizzo", "specializare", "szak", "drejtimi", "smjer",
		"smer", "dega", NULL };
	const char *colon = strchr(s, ':');
	char key[32];

	/* "obor Účetnictví", "indirizzo Amministrazione", "profiel Natuur &
	 * Gezondheid": the word for a field, no colon after it */
	static const char *const words[] = { "obor ", "indirizzo ", "profiel ", "kierunek ",
		"specializzazione ", "major in ", "Jurusan ", "jurusan ", "Program Studi ",
		"program studi ", "option ", "Option ", "fili\xc3\xa8re ", "Fili\xc3\xa8re ",
		"sp\xc3\xa9" "cialit\xc3\xa9 ", "Sp\xc3\xa9" "cialit\xc3\xa9 ", NULL };
	for (int i = 0; words[i] != NULL; i++)
		if (strncmp(s, words[i], strlen(words[i])) == 0 && s[strlen(words[i])] != '\0')
			return s + strlen(words[i]);
	if (colon == NULL || colon == s || (size_t)(colon - s) >= sizeof key || colon[1] != ' ')
		return s;
	fold_key(s, (size_t)(colon - s), key, sizeof key);
	return wordlist_has(labels, key) ? colon + 2 : s;
}

/* "Civil Engineering (Bachelor)", "İnşaat Mühendisliği (Lisans)": a field,
 * then its degree in brackets. */
static int
field_then_degree(const char *s, struct education *e)
{
	const char *open = strrchr(s, '(');
	size_t n = strlen(s);
	char *field, *degree;
	int ok;

	if (open == NULL || open == s || n < 3 || s[n - 1] != ')' || strchr(open, ')') != s + n - 1)
		return 0;
	field = parse_trim(s, (size_t)(open - s));
	degree = parse_trim(open + 1, (size_t)(s + n - 1 - open - 1));
	ok = field[0] != '\0' && strchr(field, '(') == NULL && role_degree_score(field) == 0 &&
	    role_degree_score(degree) > 0 && role_school_score(degree) == 0;
	if (ok) {
		/* "Финансовый факультет, Финансы (бакалавр)": the faculty
		 * before the field goes */
		const char *comma = strstr(field, ", ");
		char *unit = comma != NULL ? xstrndup(field, (size_t)(comma - field)) : NULL;
		profile_set(&e->study_type, degree);
		profile_set(&e->area, unit != NULL && orgword_unit(unit) &&
		    strchr(comma + 2, ',') == NULL ? comma + 2 : field);
		free(unit);
	}
	free(field);
	free(degree);
	return ok;
}

static int
bracket_field(const char *s, struct education *e)
{
	const char *open = strrchr(s, '(');
	size_t n = strlen(s);
	char *inner, *deg;
	const char *f;
	int ok;

	if (open == NULL || open == s || s[n - 1] != ')' || strchr(open, ')') != s + n - 1)
		return 0;
	inner = parse_trim(open + 1, (size_t)(s + n - 1 - open - 1));
	f = field_label_off(inner);
	ok = f != inner && role_degree_score(s) > 0;
	if (ok) {
		deg = parse_trim(s, (size_t)(open - s));
		profile_set(&e->study_type, deg);
		profile_set(&e->area, f);
		free(deg);
	}
	free(inner);
	return ok;
}

/* "BSc", "BSc Honours": a degree's short name, honours perhaps after it. */
static int
one_degree_word(const char *deg, const char *const hons[])
{
	const char *sp = strchr(deg, ' ');
	char key[16];

	if (sp == NULL)
		return 1;
	if (strchr(sp + 1, ' ') != NULL)
		return 0;
	fold_key(sp + 1, strlen(sp + 1), key, sizeof key);
	return wordlist_has(hons, key);
}

/* "Bachelor of Education", "Master of Philosophy": a degree's long name,
 * its kind of the one word after "of". */
static int
long_degree(const char *deg)
{
	const char *of = strstr(deg, " of ");

	return of != NULL && strchr(of + 4, ' ') == NULL && memchr(deg, ' ', (size_t)(of - deg)) == NULL;
}

/* "PhD (Chemistry)", "MSc (Chemistry) cum laude", "BSc Honours
 * (Chemistry)", "Bachelor of Education (Mathematics)": a degree's name,
 * its field in brackets, perhaps a grade after them; not "BSc (Hons)",
 * "B.Tech (ECE)" (initials in capitals stay with the degree) nor
 * "Bachelor of Technology (B.Tech.)". */
static int
short_bracket_field(const char *s, struct education *e)
{
	static const char *const hons[] = { "hons", "honours", "honors", "hon", NULL };
	const char *open = strchr(s, '('), *close;
	char *deg, *inner, *rest, key[16], *g = NULL;
	int ok;

	if (open == NULL || open == s || (close = strchr(open, ')')) == NULL ||
	    !isupper((unsigned char)open[1]))
		return 0;
	deg = parse_trim(s, (size_t)(open - s));
	inner = parse_trim(open + 1, (size_t)(close - open - 1));
	rest = parse_trim(close + 1, strlen(close + 1));
	fold_key(inner, strlen(inner), key, sizeof key);
	ok = (one_degree_word(deg, hons) || long_degree(deg)) && role_degree_score(deg) > 0 &&
	    !eduscore_only(inner) &&
	    role_degree_score(inner) == 0 && !wordlist_has(hons, key) &&
	    strchr(inner, '(') == NULL && !parse_all_caps(inner) &&
	    (rest[0] == '\0' || eduscore_read(rest, &g));
	if (ok) {
		profile_set(&e->study_type, deg);
		profile_set(&e->area, inner);
		if (g != NULL && e->score == NULL)
			profile_set(&e->score, g);
	}
	free(g);
	free(deg);
	free(inner);
	free(rest);
	return ok;
}

/* The next label: a capitalised word and a colon after a space. */
size_t
edudegree_value_len(const char *v)
{
	for (const char *p = strchr(v, ' '); p != NULL; p = strchr(p + 1, ' ')) {
		size_t n = 1;
		if (!isupper((unsigned char)p[1]))
			continue;
		while (isalpha((unsigned char)p[1 + n]))
			n++;
		if (p[1 + n] == ':' && p[2 + n] == ' ')
			return (size_t)(p - v);
	}
	return strlen(v);
}

/* "mgr, Logistyka", "Ing., Strojárstvo": the academic title of central
 * Europe, abbreviated, then a comma and its field; the title is the
 * degree.  Only as the whole part before the comma, so a sales "Mgr" is
 * no degree. */
static int
title_split(const char *s, struct education *e)
{
	static const char *const titles[] = { "bc", "dipl ing", "dr", "dr inz", "ing",
		"inz", "lic", "mag", "mgr", "mgr inz", "phdr", "rndr", NULL };
	size_t n = strcspn(s, ",");
	char key[24];

	if (s[n] != ',' || n > 12 || (memchr(s, '.', n) == NULL && n > 3))
		return 0;
	fold_key(s, n, key, sizeof key);
	if (!wordlist_has(titles, key) || s[n + 1 + strspn(s + n + 1, " ")] == '\0')
		return 0;
	{
		char *a = parse_trim(s, n), *b = parse_trim(s + n + 1, strlen(s + n + 1));
		profile_set(&e->study_type, a);
		profile_set(&e->area, field_label_off(b));
		free(a);
		free(b);
	}
	return 1;
}

/* "B.E., Computer Science", "BSc in Physics", "Bachelor of Technology
 * (B.Tech.) — Computer Engineering", "Master of Science, Data Science",
 * "Grado en Enfermería", "Mestrado em Biologia", and a field before a
 * degree of one word ("Computer Science, Bachelor"). */
/* "Peace and Development Studies (evening programme)": how the course
 * was taken, in brackets after the field, no part of it. */
static void
mode_off(struct education *e)
{
	static const char *const modes[] = { "evening", "part time", "full time",
		"distance", "online", "weekend", "sandwich", "correspondence", NULL };
	char key[48];
	const char *open;
	size_t n;

	if (e->area == NULL || (n = strlen(e->area)) < 4 || e->area[n - 1] != ')' ||
	    (open = strrchr(e->area, '(')) == NULL || open == e->area)
		return;
	fold_key(open + 1, (size_t)(e->area + n - 1 - open - 1), key, sizeof key);
	for (size_t i = 0; modes[i] != NULL; i++)
		if (strncmp(key, modes[i], strlen(modes[i])) == 0) {
			char *t = parse_trim(e->area, (size_t)(open - e->area));
			profile_set(&e->area, t);
			free(t);
			return;
		}
}

static void split_degree(const char *, struct education *);

void
edudegree_split(const char *s, struct education *e)
{
	split_degree(s, e);
	mode_off(e);
}

static void
split_degree(const char *s, struct education *e)
{
	static const char *const seps[] = { " \xe2\x80\x94 ", " \xe2\x80\x93 ", " - ", ", ",
		" in ", " en ", " em ", " i ", " \xc3\xad ", " n\xc3\xab ", " | ", "\t", ": ", NULL };
	char key[40];
	size_t passed = eduforms_passed(s);

	if (passed < strlen(s)) {
		char *t = xstrndup(s, passed);
		edudegree_split(t, e);
		free(t);
		return;
	}

	fold_key(s, strcspn(s, ":"), key, sizeof key);
	if (strchr(s, ':') != NULL && (strstr(key, "subject") || strstr(key, "major") ||
	    strstr(key, "field") || strstr(key, "specialization") || strstr(key, "focus"))) {
		const char *v = strchr(s, ':') + 1;
		char *t = parse_trim(v, edudegree_value_len(v));
		profile_set(&e->area, t);
		free(t);
		return;
	}
	if (eduforms_cjk(s, e) || edulabel_split(s, e) || grade_last(s, e) ||
	    eduforms_serie(s, e) || degree_colon(s, e) || eduforms_hyphen(s, e) ||
	    eduforms_quoted(s, e) || title_split(s, e) || eduforms_initials(s, e))
		return;
	/* "Jurusan IPA", "obor Elektrikář": the field alone, after its word */
	if (field_label_off(s) != s && strchr(s, ',') == NULL) {
		profile_set(&e->area, field_label_off(s));
		return;
	}
	/* "Diploma di ragioneria (indirizzo Amministrazione, Finanza e
	 * Marketing)": the field in brackets after its label's word */
	if (bracket_field(s, e) || short_bracket_field(s, e))
		return;
	for (int i = 0; seps[i] != NULL; i++) {
		const char *at = eduscore_outside(s, seps[i]);
		if (at != NULL && at > s) {
			char *a = parse_trim(s, (size_t)(at - s));
			char *b = parse_trim(at + strlen(seps[i]), strlen(at + strlen(seps[i])));
			/* "Professionsbachelor i fysioterapi", not "Kurs
			 * spawania metodami 135 i 141" */
			if (strcmp(seps[i], " i ") == 0 && (strchr(a, ' ') != NULL ||
			    !isalpha((unsigned char)b[0]))) {
				free(a);
				free(b);
				continue;
			}
			if (role_degree_score(a) > 0 || i == 0 || strncmp(b, "obor ", 5) == 0) {
				profile_set(&e->study_type, a);
				profile_set(&e->area, field_label_off(b));
				free(a);
				free(b);
				return;
			}
			/* "Computer Science, Bachelor", "경영학, 학사": a table's
			 * field before its degree */
			if (i >= 3 && role_degree_score(b) > 0 && strchr(b, ' ') == NULL) {
				profile_set(&e->study_type, b);
				profile_set(&e->area, a);
				free(a);
				free(b);
				return;
			}
			free(a);
			free(b);
		}
	}
	if (!field_then_degree(s, e) && !lead_split(s, e))
		profile_set(&e->study_type, s);
}
