/*
 * eduscore: see eduscore.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "eduscore.h"
#include "fold.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

/* "Class XII", "Class 10", "Std X", "Grade 12 (Matric)": the year of
 * school a board examines, no grade. */
static int
school_year(const char *s)
{
	size_t n = strcspn(s, " "), k;
	const char *y = s + n + 1;

	if (s[n] != ' ' || !((n == 5 && strncasecmp(s, "class", 5) == 0) ||
	    (n == 5 && strncasecmp(s, "grade", 5) == 0) ||
	    (n == 3 && strncasecmp(s, "std", 3) == 0) || (n == 4 && strncasecmp(s, "std.", 4) == 0)))
		return 0;
	if ((k = strspn(y, "IVX")) == 0) {
		k = strspn(y, "0123456789");
		if (k == 0 || k > 2)
			return 0;
		k += strncmp(y + k, "th", 2) == 0 ? 2 : 0;
	}
	return y[k] == '\0' || y[k] == ' ' || y[k] == ',';
}

static int
lettered(const char *s)
{
	for (; *s != '\0'; s++)
		if (isalpha((unsigned char)*s))
			return 1;
	return 0;
}

/* "Mean Grade B", "Grade A-": a letter grade after its word. */
static int
letter_grade(const char *s)
{
	size_t n = strlen(s), k = n;

	while (k > 0 && s[k - 1] != ' ')
		k--;
	if (k < 6 || n - k > 2 || s[k] < 'A' || s[k] > 'E' ||
	    (n - k == 2 && s[k + 1] != '+' && s[k + 1] != '-'))
		return 0;
	return strncasecmp(s + k - 6, "grade ", 6) == 0 ||
	    (k >= 7 && strncasecmp(s + k - 7, "grade: ", 7) == 0);
}

/* A grade: "72%", "GPA: 3.8/4.0", "CGPA 8.9", "110/110 cum laude",
 * "First-class honours", "Nota media: 7,8", "18 valores". */
static int
grade_of(const char *s, char **score)
{
	/* labels of a figure, a grade only with one: "Nota media: 7,8", not
	 * "Enseñanza Media" */
	static const char *const labels[] = { "gpa", "cgpa", "grade", "grades", "score",
		"percentage", "percent", "note", "nota", "media", "marks", "mark", "average",
		"valores", "voto", "abschlussnote", "aggregate", "cpi", "sgpa", "wam",
		"promedio", "calificacion", "moyenne", "durchschnittsnote", "gesamtnote",
		"endnote", "punteggio", "ocena", "srednia", "cijfer", "gemiddelde",
		"eksamensgennemsnit", "gennemsnit", "karakter", "karaktersnit", "snitt",
		"karaktarssnitt", "keskiarvo", "snittkarakter", "gno", "agno", "ortalama",
		"ortalamasi", "diem", "points", "votazione", "ipk", "nilai", "purata", "credits",
		"passes", NULL };
	static const char *const words[] = { "honours", "honors", "distinction", "merit",
		"laude", "summa", "magna", "mention", "class", "division", "pass", "credit",
		"good", "excellent", "satisfactory", "gut", "befriedigend", "bien",
		"sobresaliente", "notable", "excelente", "lode", NULL };
	/* "Period 4 final exam: 88%": an exam's result, a figure out of some */
	static const char *const exams[] = { "exam", "examination", "result", "results", NULL };
	char key[96], *w, *save = NULL;
	const char *p = s, *open;
	size_t n;
	int hit = 0;

	while (*p == ' ')
		p++;
	/* "Department of National Economics (Percentage: 78%)": the grade
	 * in the bracket, not the words before it */
	n = strlen(p);
	if (n > 2 && p[n - 1] == ')' && (open = strrchr(p, '(')) != NULL && open > p) {
		char *inner = xstrndup(open + 1, (size_t)(p + n - 1 - open - 1));
		char *before = xstrndup(p, (size_t)(open - p));
		int ok = strpbrk(inner, "0123456789") != NULL && lettered(inner) &&
		    !eduscore_only(before) && grade_of(inner, score);
		free(inner);
		free(before);
		if (ok)
			return 1;
	}
	n = strspn(p, "0123456789.,/%: ");
	/* "72%", "3.8/4.0", "8,5", and a British class, "2:1" */
	if (n > 0 && p[n] == '\0' && (strchr(p, '%') != NULL || strchr(p, '/') != NULL ||
	    strchr(p, '.') != NULL || strchr(p, ',') != NULL ||
	    (n == 3 && p[1] == ':' && isdigit((unsigned char)p[0])))) {
		*score = parse_trim(p, n);
		return 1;
	}
	if (strlen(p) > 60 || school_year(p))
		return 0;
	fold_key(p, strlen(p), key, sizeof key);
	/* "Upper Second", the British class without its word */
	hit = strstr(key, "upper second") != NULL || strstr(key, "lower second") != NULL;
	for (w = strtok_r(key, " ", &save); w != NULL && !hit; w = strtok_r(NULL, " ", &save))
		hit = wordlist_has(words, w) ||
		    (wordlist_has(labels, w) && strpbrk(p, "0123456789") != NULL) ||
		    (wordlist_has(exams, w) && strpbrk(p, "%/") != NULL &&
		    strpbrk(p, "0123456789") != NULL);
	hit |= letter_grade(p);
	if (!hit || role_school_score(p) > 0 || role_degree_score(p) > 1)
		return 0;
	*score = parse_trim(p, strlen(p));
	return 1;
}

int
eduscore_only(const char *s)
{
	static const char *const words[] = { "gpa", "cgpa", "sgpa", "cpi", "ipk", "grade", "score",
		"percentage", "percent", "marks", "aggregate", "average", "note", "nota",
		"media", "promedio", "voto", "first", "second", "third", "upper", "lower",
		"class", "division", "honours", "honors", "hons", "with", "and", "of", "cum",
		"summa", "magna", "laude", "lode", "e", "distinction", "merit", "pass",
		"credit", "credits", "passes", "high", "highest", "passed", "mention", "tres", "bien", "assez", "sehr", "gut",
		"mit", "auszeichnung", "out", "scale", "on", "a", "acumulado", "acumulada",
		"accumulated", "cumulative", "overall", "final", "finale", "general", "generala",
		"ponderado", "eksamensgennemsnit", "gennemsnit", "karakter", "karaktersnit",
		"snitt", "keskiarvo", "snittkarakter", "gno", "agno", "ortalama",
		"ortalamasi", "votazione", "punteggio", "valutazione", "calificacion",
		/* "of" in other languages: "IPK 3,42 dari 4,00", "16 sur 20" */
		"af", "av", "dari", "de", "na", "su", "sur", "uit", "von", "z", NULL };
	char key[96], *w, *save = NULL;

	if (strlen(s) >= sizeof key)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save))
		if (!isdigit((unsigned char)w[0]) && !wordlist_has(words, w))
			return 0;
	return 1;
}

/* The first sep in s outside brackets: "545 CAO points (A1 Maths, A1
 * Irish)" has none for ", ". */
const char *
eduscore_outside(const char *s, const char *sep)
{
	for (const char *at = strstr(s, sep); at != NULL; at = strstr(at + 1, sep)) {
		int depth = 0;
		for (const char *p = s; p < at; p++)
			depth += (*p == '(') - (*p == ')' && depth > 0);
		if (depth == 0)
			return at;
	}
	return NULL;
}

int
eduscore_read(const char *s, char **score)
{
	static const char *const seps[] = { " \xc2\xb7 ", " | ", "; ", ", ", NULL };

	/* "GPA 8.9/10 · Thesis on amplifiers", "Schwerpunkt Konstruktion,
	 * Abschlussnote: 1,7": the part that is the grade */
	for (int i = 0; seps[i] != NULL; i++) {
		const char *at = eduscore_outside(s, seps[i]);
		char *left;
		int ok;
		if (at == NULL)
			continue;
		left = xstrndup(s, (size_t)(at - s));
		ok = eduscore_read(left, score) || eduscore_read(at + strlen(seps[i]), score);
		free(left);
		return ok;
	}
	return grade_of(s, score);
}
