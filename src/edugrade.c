/*
 * edugrade: see edugrade.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "edudegree.h"
#include "eduscore.h"
#include "lineword.h"
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
	if (!eduscore_read(inner, &g)) {
		free(inner);
		return NULL;
	}
	/* "(First Class, 68%)": a class and its figure, both the grade */
	if (strchr(inner, ',') != NULL && eduscore_only(inner)) {
		free(g);
		g = xstrdup(inner);
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

/* An en or em dash at s. */
static int
dash_at(const char *s)
{
	return strncmp(s, "\xe2\x80\x93", 3) == 0 || strncmp(s, "\xe2\x80\x94", 3) == 0;
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
	static const char *const quals[] = { "Mean ", "Overall ", "Final ", "Average ",
		"Cumulative ", NULL };

	for (int k = 0; keys[k] != NULL; k++) {
		const char *at = strstr(h, keys[k]), *after;
		size_t n = at != NULL ? (size_t)(at - h) : 0;
		if (at == NULL || n < 3 || isalpha((unsigned char)at[strlen(keys[k])]) ||
		    !sep_char(h[n - 1]))
			continue;
		after = at + strlen(keys[k]);
		/* "3.8 GPA": the value before the word; not "2018. GPA" */
		while (n > 1 && h[n - 1] == ' ' && (isdigit((unsigned char)h[n - 2]) ||
		    h[n - 2] == '/')) {
			for (n--; n > 0 && (isdigit((unsigned char)h[n - 1]) || h[n - 1] == '.' ||
			    h[n - 1] == '/'); n--)
				;
			at = h + n;
		}
		/* "Mean Grade B", "Overall Grade: A": the word before it its own */
		for (int q = 0; quals[q] != NULL; q++) {
			size_t m = strlen(quals[q]);
			if (n > m + 1 && strncmp(h + n - m, quals[q], m) == 0 &&
			    sep_char(h[n - m - 1])) {
				n -= m;
				at = h + n;
				break;
			}
		}
		/* "12th Grade Graduation Certificate": a school year, no grade;
		 * a grade has a figure or comes after a colon */
		if (strpbrk(at, "0123456789") == NULL && *after != ':' &&
		    (*after == '\0' || strcspn(after + 1, " ,)") > 3))
			continue;
		if (e->score == NULL) {
			/* "GPA 3.78 / 4.00 | Dean's List": to the next fact */
			char *g = parse_trim(at, strcspn(at, ")|;\t"));
			profile_set(&e->score, g);
			free(g);
		}
		/* and the separator before it, a dash among them */
		while (n > 0 && (sep_char(h[n - 1]) || (n >= 3 && dash_at(h + n - 3))))
			n -= sep_char(h[n - 1]) ? 1 : 3;
		return parse_trim(h, n);
	}
	return NULL;
}

/* "Reife- und Diplomprüfung mit gutem Erfolg", "MSc Finance with
 * Distinction": the words of a grade after the degree, without a
 * separator. */
static char *
grade_phrase(const char *h, struct education *e)
{
	static const char *const phrases[] = { " mit ausgezeichnetem Erfolg",
		" mit sehr gutem Erfolg", " mit gutem Erfolg", " mit Erfolg", " mit Auszeichnung",
		" with Distinction", " with distinction", " with Merit", " with merit", NULL };
	size_t len = strlen(h);

	for (int i = 0; phrases[i] != NULL; i++) {
		size_t n = strlen(phrases[i]);
		if (len <= n || strcmp(h + len - n, phrases[i]) != 0)
			continue;
		if (e->score == NULL)
			profile_set(&e->score, phrases[i] + 1);
		return parse_trim(h, len - n);
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
	if (at == NULL || at == h || !eduscore_only(at + k) || !eduscore_read(at + k, &g))
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

/* "Ingeniero ..., UCI, 2010-2015. Título de Oro.": a short note after the
 * stop that ended the entry's line at its years (cut out, " . " left),
 * its honour. */
static char *
grade_after_stop(const char *h, struct education *e)
{
	const char *stop = strstr(h, " . ");
	char *note;
	size_t n;

	if (stop == NULL)
		stop = strstr(h, "\t. ");	/* the years' gap */
	if (stop == NULL || e->score != NULL || !isupper((unsigned char)stop[3]) ||
	    lineword_count(stop + 3) > 6 || strchr(stop + 3, ',') != NULL)
		return NULL;
	note = xstrdup(stop + 3);
	n = strlen(note);
	while (n > 0 && (note[n - 1] == '.' || note[n - 1] == ' '))
		note[--n] = '\0';
	profile_set(&e->score, note);
	free(note);
	return xstrndup(h, (size_t)(stop - h));
}

/* The line without the grade it ends with, the grade into the score. */
char *
edugrade_tail(const char *h, struct education *e)
{
	char *t;

	if ((t = grade_after_stop(h, e)) != NULL || (t = grade_part(h, e)) != NULL ||
	    (t = grade_parens(h, e)) != NULL ||
	    (t = grade_percent(h, e)) != NULL || (t = grade_word(h, e)) != NULL ||
	    (t = grade_phrase(h, e)) != NULL)
		return t;
	return xstrdup(h);
}

int
edugrade_token(const char *s, size_t n)
{
	size_t k = 0;

	if (n >= 2 && s[0] == '(' && s[n - 1] == ')') {
		s++;
		n -= 2;
	}
	if (n == 0 || n > 5)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((s[i] >= 'A' && s[i] <= 'G') || (s[i] >= '1' && s[i] <= '9'))
			k++;
		else if (strchr("*+- ", s[i]) == NULL)
			return 0;
	return k > 0 && k <= 2;
}

/* "English Language (B), Psychology (C)", "Mathematics A*, Physics A":
 * two subjects or more, each with its grade, as school exams list them. */
static int
graded_list(const char *s)
{
	size_t items = 0;

	while (*s != '\0') {
		size_t n = strcspn(s, ",;"), end = n, w;
		while (end > 0 && s[end - 1] == ' ')
			end--;
		/* the last word, or the bracket at the end: "Science (B B)" */
		w = end;
		if (end > 0 && s[end - 1] == ')')
			while (w > 0 && s[w - 1] != '(')
				w--;
		while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '(')
			w--;
		if (w > 0 && s[w - 1] == '(')
			w--;
		if (w == 0 || !edugrade_token(s + w, end - w))
			return 0;
		items++;
		s += n + (s[n] != '\0');
		s += strspn(s, " ");
	}
	return items >= 2;
}

/* "9 GCSEs A*-C": the exam without the count of passes and the range of
 * grades around it. */
static char *
exam_name(const char *s, size_t n)
{
	const char *end = s + n, *last;

	while (end > s && end[-1] == ' ')
		end--;
	last = end;
	while (last > s && last[-1] != ' ')
		last--;
	if (last > s && memchr(last, '-', (size_t)(end - last)) != NULL &&
	    edugrade_token(last, (size_t)(strchr(last, '-') - last)))
		end = last;
	while (isdigit((unsigned char)*s))
		s++;
	return parse_trim(s, (size_t)(end - s));
}

void
edugrade_subjects(struct education *e)
{
	const char *inc;
	char *all;

	if (e->score != NULL)
		return;
	if (e->study_type != NULL && (inc = strstr(e->study_type, " including ")) != NULL) {
		all = e->area != NULL ? xprintf("%s, %s", inc + 11, e->area) : xstrdup(inc + 11);
		if (graded_list(all)) {
			char *exam = exam_name(e->study_type, (size_t)(inc - e->study_type));
			profile_set(&e->score, all);
			profile_set(&e->area, NULL);
			profile_set(&e->study_type, exam);
			free(exam);
		}
		free(all);
	}
	if (e->score == NULL && e->area != NULL && graded_list(e->area)) {
		profile_set(&e->score, e->area);
		profile_set(&e->area, NULL);
	}
}
