/*
 * edugrade: see edugrade.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "edudegree.h"
#include "edugrade.h"
#include "parse.h"
#include "roleline.h"
#include "xalloc.h"

/* "Cairo University (Very Good)": a grade in parentheses at the end. */
static char *
grade_parens(const char *h, struct education *e)
{
	const char *open = strrchr(h, '(');
	size_t len = strlen(h);
	char *inner, *g = NULL;

	if (open == NULL || open == h || len < 3 || h[len - 1] != ')')
		return NULL;
	inner = xstrndup(open + 1, (size_t)(h + len - 1 - open - 1));
	if (!edudegree_score(inner, &g)) {
		free(inner);
		return NULL;
	}
	if (e->score == NULL)
		profile_set(&e->score, g);
	free(g);
	free(inner);
	return parse_trim(h, (size_t)(open - h));
}

static int
sep_char(char c)
{
	return strchr(",|(-;\t ", c) != NULL;
}

/* "HSC – St. Xavier's College – 89%": a percentage ending the line. */
static char *
grade_percent(const char *h, struct education *e)
{
	const char *pct = strrchr(h, '%');
	size_t n, m;

	if (pct == NULL || pct[1] != '\0')
		return NULL;
	for (n = (size_t)(pct - h); n > 0 && (isdigit((unsigned char)h[n - 1]) ||
	    h[n - 1] == '.'); n--)
		;
	if (n == 0 || n == (size_t)(pct - h) || (h[n - 1] != ' ' && h[n - 1] != '\t'))
		return NULL;
	for (m = n; m > 0 && sep_char(h[m - 1]); m--)
		;
	if (m == 0 || m == n || strchr(",|-;\t", h[m]) == NULL)
		return NULL;
	if (e->score == NULL)
		profile_setn(&e->score, h + n, (size_t)(pct - h) - n + 1);
	return parse_trim(h, m);
}

/* "B.S. in Computer Science, GPA: 3.8/4.0", "... – 8.2 CGPA": a grade
 * named by its word after a separator, with the figure before it. */
static char *
grade_word(const char *h, struct education *e)
{
	static const char *const keys[] = { "GPA", "CGPA", "Grade", "GRADE", "Score",
		"Percentage", "Note", NULL };

	for (int k = 0; keys[k] != NULL; k++) {
		const char *at = strstr(h, keys[k]);
		size_t n = at != NULL ? (size_t)(at - h) : 0;
		if (at == NULL || n < 3 || isalpha((unsigned char)at[strlen(keys[k])]) ||
		    !sep_char(h[n - 1]))
			continue;
		/* "3.8 GPA": the value before the word; not "2018. GPA" */
		while (n > 1 && h[n - 1] == ' ' && (isdigit((unsigned char)h[n - 2]) ||
		    h[n - 2] == '/')) {
			for (n--; n > 0 && (isdigit((unsigned char)h[n - 1]) || h[n - 1] == '.' ||
			    h[n - 1] == '/'); n--)
				;
			at = h + n;
		}
		if (e->score == NULL) {
			char *g = parse_trim(at, strcspn(at, ")"));
			profile_set(&e->score, g);
			free(g);
		}
		while (n > 0 && sep_char(h[n - 1]))
			n--;
		return parse_trim(h, n);
	}
	return NULL;
}

/* "B.Sc. Marketing — Second Class Upper Division": a grade as the last
 * part of a line that names a degree or a school before it. */
static char *
grade_part(const char *h, struct education *e)
{
	static const char *const seps[] = { " \xe2\x80\x94 ", " \xe2\x80\x93 ", " - ", " | ",
		", ", "\t", NULL };
	const char *at = NULL;
	size_t k = 0;
	char *g = NULL, *left;

	for (int i = 0; seps[i] != NULL; i++)
		for (const char *q = strstr(h, seps[i]); q != NULL; q = strstr(q + 1, seps[i]))
			if (at == NULL || q > at) {
				at = q;
				k = strlen(seps[i]);
			}
	if (at == NULL || at == h || !edudegree_grade_only(at + k) || !edudegree_score(at + k, &g))
		return NULL;
	left = parse_trim(h, (size_t)(at - h));
	if (role_degree_score(left) == 0 && role_school_score(left) == 0) {
		free(left);
		free(g);
		return NULL;
	}
	if (e->score == NULL)
		profile_set(&e->score, g);
	free(g);
	return left;
}

/* The line without the grade it ends with, the grade into the score. */
char *
edugrade_tail(const char *h, struct education *e)
{
	char *t;

	if ((t = grade_part(h, e)) != NULL || (t = grade_parens(h, e)) != NULL ||
	    (t = grade_percent(h, e)) != NULL || (t = grade_word(h, e)) != NULL)
		return t;
	return xstrdup(h);
}
