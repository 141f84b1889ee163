/*
 * eduforms: see eduforms.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "eduforms.h"
#include "parse.h"
#include "xalloc.h"

/* "HBO-Verpleegkunde (Bachelor of Nursing)", "MBO-Verpleegkunde, niveau
 * 4": a degree's initials joined by a hyphen to the field. */
int
eduforms_hyphen(const char *s, struct education *e)
{
	size_t n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
	char *deg;
	int ok;

	if (n < 2 || n > 5 || s[n] != '-' || !isupper((unsigned char)s[n + 1]) ||
	    !islower((unsigned char)s[n + 2]))
		return 0;
	deg = xstrndup(s, n);
	ok = role_degree_score(deg) > 0;
	if (ok) {
		profile_set(&e->study_type, deg);
		profile_set(&e->area, s + n + 1);
	}
	free(deg);
	return ok;
}

/* "Master of Business Administration - MBA, Technology Management", as
 * LinkedIn sets a degree: its name, a dash, its initials, then the field
 * after a comma. */
int
eduforms_initials(const char *s, struct education *e)
{
	const char *d = strstr(s, " - "), *a;
	size_t n;
	char *deg;
	int ok;

	if (d == NULL || d == s)
		return 0;
	a = d + 3;
	n = strspn(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZ.");
	if (n < 2 || n > 7 || (a[n] != ',' && a[n] != '\0') || (a[n] == ',' && a[n + 1] != ' '))
		return 0;
	deg = xstrndup(s, (size_t)(d - s));
	ok = role_degree_score(deg) > 0 && strchr(deg, ',') == NULL;
	free(deg);
	if (!ok)
		return 0;
	deg = xstrndup(s, (size_t)(a + n - s));
	profile_set(&e->study_type, deg);
	free(deg);
	if (a[n] == ',')
		profile_set(&e->area, a + n + 2);
	return 1;
}

/* "Corso di formazione “Contabilità e paghe” (120 ore)": a degree's words,
 * then its field's name in quotes; what follows the quotes, the hours,
 * goes.  1 when s was so. */
int
eduforms_quoted(const char *s, struct education *e)
{
	static const char *const quotes[][2] = { { "\xe2\x80\x9c", "\xe2\x80\x9d" },
		{ "\xc2\xab", "\xc2\xbb" }, { "\"", "\"" }, { NULL, NULL } };

	for (int i = 0; quotes[i][0] != NULL; i++) {
		const char *open = strstr(s, quotes[i][0]), *in, *close;
		char *type;
		int ok;
		if (open == NULL || open == s || open[-1] != ' ')
			continue;
		in = open + strlen(quotes[i][0]);
		if ((close = strstr(in, quotes[i][1])) == NULL || close == in)
			continue;
		type = parse_trim(s, (size_t)(open - s));
		ok = role_degree_score(type) > 0;
		if (ok) {
			char *field = parse_trim(in, (size_t)(close - in));
			profile_set(&e->study_type, type);
			profile_set(&e->area, field);
			free(field);
		}
		free(type);
		return ok;
	}
	return 0;
}

/* "电子商务（本科）", "本科 电子商务", "计算机科学与技术 硕士": a
 * Chinese degree's level (本科, 硕士 ...) with its field before or after
 * it, in brackets or apart; 0 when s names no level. */
int
eduforms_cjk(const char *s, struct education *e)
{
	static const char *const levels[] = { "硕士研究生", "博士研究生", "本科", "硕士",
		"碩士", "博士", "大专", "大專", "专科", "專科", "学士", "學士", "研究生", NULL };
	const char *at = NULL;
	size_t k = 0;
	char *field, *t;

	for (int i = 0; levels[i] != NULL && at == NULL; i++)
		if ((at = strstr(s, levels[i])) != NULL)
			k = strlen(levels[i]);
	if (at == NULL || (unsigned char)s[0] < 0xe3)
		return 0;
	/* the field, the level and the brackets or commas that set it
	 * apart blanked */
	field = xstrdup(s);
	memset(field + (at - s), ' ', k);
	for (char *p = field; *p != '\0'; p++)
		if (strncmp(p, "\xef\xbc\x88", 3) == 0 || strncmp(p, "\xef\xbc\x89", 3) == 0 ||
		    strncmp(p, "\xef\xbc\x8c", 3) == 0)
			memset(p, ' ', 3);
		else if (strchr("(),\t", *p) != NULL)
			*p = ' ';
	t = parse_trim(field, strlen(field));
	free(field);
	field = xstrndup(at, k);
	profile_set(&e->study_type, field);
	if (t[0] != '\0')
		profile_set(&e->area, t);
	free(t);
	free(field);
	return 1;
}

/* "Baccalauréat série Mathématiques", "BAC série G2": the French
 * baccalauréat's stream, "série" and all, is the field. */
int
eduforms_serie(const char *s, struct education *e)
{
	static const char *const words[] = { " s\xc3\xa9rie ", " fili\xc3\xa8re ", NULL };

	for (int i = 0; words[i] != NULL; i++) {
		const char *at = strstr(s, words[i]);
		char *deg;
		if (at == NULL || at == s || at[strlen(words[i])] == '\0')
			continue;
		deg = parse_trim(s, (size_t)(at - s));
		if (role_degree_score(deg) == 0 || strchr(deg, ',') != NULL) {
			free(deg);
			continue;
		}
		profile_set(&e->study_type, deg);
		profile_set(&e->area, at + 1);
		free(deg);
		return 1;
	}
	return 0;
}

/* "Matriculation Examination Passed": an examination and that it was
 * passed; the length of the examination's name, else of s. */
size_t
eduforms_passed(const char *s)
{
	size_t n = strlen(s);
	static const char *const exams[] = { "Examination Passed", "Exam Passed",
		"Examination passed", "Exam passed", NULL };

	for (int i = 0; exams[i] != NULL; i++) {
		size_t k = strlen(exams[i]);
		if (n > k && s[n - k - 1] == ' ' && strcmp(s + n - k, exams[i]) == 0)
			return n - strlen(" Passed");
	}
	return n;
}
