/*
 * eduexam: see eduexam.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dateparse.h"
#include "eduexam.h"
#include "edugrade.h"
#include "fold.h"
#include "wordlist.h"
#include "xalloc.h"

/* "I", "II", "IV": a Caribbean grade. */
static int
roman(const char *s, size_t n)
{
	return n > 0 && n <= 3 && strspn(s, "IVX") >= n;
}

/* "C5", "A*", "B", "9", "Grade II", "(B)", "Distinction": one grade. */
static int
grade_piece(const char *s, size_t n)
{
	static const char *const words[] = { "credit", "distinction", "merit", "pass", NULL };
	char key[16];

	while (n > 0 && s[0] == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n > 6 && strncasecmp(s, "grade ", 6) == 0)
		s += 6, n -= 6;
	if (n == 0 || n >= sizeof key)
		return 0;
	if (roman(s, n) || edugrade_token(s, n))
		return 1;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(words, key);
}

/* "Grade I / Grade II": grades, one for each sitting. */
static int
grade_text(const char *s, size_t n)
{
	const char *end = s + n;

	while (s < end) {
		const char *slash = memchr(s, '/', (size_t)(end - s));
		size_t k = slash != NULL ? (size_t)(slash - s) : (size_t)(end - s);
		if (!grade_piece(s, k))
			return 0;
		s += k + (slash != NULL);
	}
	return n > 0;
}

/* "Principles of Accounts": a subject's name, a few words in capitals
 * first. */
static int
subject(const char *s, size_t n)
{
	size_t words = 1;

	if (n == 0 || n > 40 || !isupper((unsigned char)s[0]))
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ':' || s[i] == ',' || isdigit((unsigned char)s[i]))
			return 0;
		words += s[i] == ' ';
	}
	return words <= 5;
}

/* "English A – Grade I", "Physics (A)": a subject and its grade in one
 * cell; the course it gives, else NULL. */
static char *
graded_cell(const char *s)
{
	static const char *const seps[] = { " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", ": ", NULL };
	size_t n = strlen(s);
	const char *open;

	for (int i = 0; seps[i] != NULL; i++) {
		const char *at = strstr(s, seps[i]);
		size_t k = strlen(seps[i]);
		if (at != NULL && subject(s, (size_t)(at - s)) &&
		    grade_text(at + k, n - (size_t)(at - s) - k))
			return xstrdup(s);
	}
	if (n > 0 && s[n - 1] == ')' && (open = strrchr(s, '(')) != NULL && open > s + 1 &&
	    subject(s, (size_t)(open - 1 - s)) && grade_text(open, n - (size_t)(open - s)))
		return xstrdup(s);
	return NULL;
}

/* The cells of a line: set apart by tabs or by runs of three spaces. */
static void
cells_of(const char *s, struct strlist *out)
{
	while (*s != '\0') {
		size_t n = 0;
		while (s[n] != '\0' && s[n] != '\t' && strncmp(s + n, "   ", 3) != 0)
			n++;
		if (n > 0)
			strlist_addn(out, s, n);
		s += n;
		s += strspn(s, " \t");
	}
}

/* The courses of one line of the list into out; whether it is one. */
static int
list_line(const char *s, struct strlist *out)
{
	struct strlist cl = STRLIST_INIT, got = STRLIST_INIT;
	int ok = 1;

	cells_of(s, &cl);
	for (size_t i = 0; i < cl.n && ok; i++) {
		char *course = graded_cell(cl.v[i]);
		if (course != NULL)
			strlist_take(&got, course);
		/* "English Language<TAB>C5": the grade in a cell of its own */
		else if (i + 1 < cl.n && subject(cl.v[i], strlen(cl.v[i])) &&
		    grade_text(cl.v[i + 1], strlen(cl.v[i + 1]))) {
			strlist_take(&got, xprintf("%s \xe2\x80\x93 %s", cl.v[i], cl.v[i + 1]));
			i++;
		} else
			ok = 0;
	}
	ok = ok && got.n > 0;
	for (size_t i = 0; ok && i < got.n; i++)
		strlist_add(out, got.v[i]);
	strlist_clear(&cl);
	strlist_clear(&got);
	return ok;
}

/* "CXC CSEC (2012):", "WASSCE Results (May/June 2006):": the exam's
 * name, its dates in brackets read into x; whether s is such a label. */
static int
label_read(const char *s, struct eduexam *x)
{
	static const char *const tails[] = { " Results", " results", " Grades", " grades",
		" Subjects", " subjects", NULL };
	size_t n = strlen(s);
	char *name, *open;

	if (n < 4 || n > 60 || s[n - 1] != ':' || strchr(s, ':') != s + n - 1)
		return 0;
	name = parse_trim(s, n - 1);
	if ((open = strrchr(name, '(')) != NULL && open > name &&
	    (x->dated = dateparse_find(open, strlen(open), &x->when)))
		*open = '\0';
	for (int i = 0; tails[i] != NULL; i++) {
		char *at = strstr(name, tails[i]);
		if (at != NULL && at > name)
			*at = '\0';
	}
	x->name = parse_trim(name, strlen(name));
	free(name);
	if (x->name[0] == '\0') {
		free(x->name);
		x->name = NULL;
		return 0;
	}
	return 1;
}

static void
exam_free(struct eduexam *x)
{
	free(x->name);
	free(x->above);
	strlist_clear(&x->courses);
	memset(x, 0, sizeof *x);
}

/* The exam whose label is line i, its list's lines blanked; 0 when i
 * opens no list of two subjects or more. */
static int
list_cut(struct ctx *c, const struct sect *sec, size_t i, struct eduexam *x)
{
	struct line *v = c->L->v;
	size_t j = i + 1;

	memset(x, 0, sizeof *x);
	if (!label_read(v[i].s, x))
		return 0;
	while (j < sec->to && list_line(v[j].s, &x->courses))
		j++;
	if (x->courses.n < 2) {
		exam_free(x);
		return 0;
	}
	for (size_t k = i; k-- > sec->from;)
		if (v[k].s[0] != '\0') {
			x->above = xstrdup(v[k].s);
			break;
		}
	for (size_t k = i; k < j; k++)
		v[k].s[0] = '\0';
	return 1;
}

void
eduexam_cut(struct ctx *c, const struct sect *sec, struct eduexams *out)
{
	struct eduexam x;

	memset(out, 0, sizeof *out);
	for (size_t i = sec->from; i < sec->to; i++)
		if (list_cut(c, sec, i, &x)) {
			out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
			out->v[out->n++] = x;
		}
}

/* Whether the words of name stand in s, case and accents aside. */
static int
words_in(const char *s, const char *name)
{
	char hay[256], key[64];
	size_t n;

	fold_key(s, strlen(s), hay + 1, sizeof hay - 2);
	fold_key(name, strlen(name), key, sizeof key);
	hay[0] = ' ';
	n = strlen(key);
	for (const char *p = strstr(hay, key); n > 0 && p != NULL; p = strstr(p + 1, key))
		if (p[-1] == ' ' && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

/* The school the section lists already as the exam ("... (WASSCE)"). */
static struct education *
named(struct ctx *c, const struct eduexam *x, size_t first)
{
	for (size_t i = first; i < c->p->neducation; i++) {
		struct education *e = &c->p->education[i];
		if (e->study_type != NULL && words_in(e->study_type, x->name))
			return e;
	}
	return NULL;
}

/* The school named on the line above the label. */
static struct education *
school_above(struct ctx *c, const struct eduexam *x, size_t first)
{
	for (size_t i = c->p->neducation; x->above != NULL && i-- > first;) {
		struct education *e = &c->p->education[i];
		if (e->institution != NULL && strstr(x->above, e->institution) != NULL)
			return e;
	}
	return NULL;
}

static void
dates_set(struct education *e, const struct eduexam *x)
{
	if (!x->dated)
		return;
	profile_set(&e->start, NULL);
	profile_set(&e->end, NULL);
	if (x->when.single || x->when.open)
		parse_date_set(x->when.single ? &e->end : &e->start, x->when.start);
	else {
		parse_date_set(&e->start, x->when.start);
		parse_date_set(&e->end, x->when.end);
	}
}

static void
exam_store(struct ctx *c, const struct eduexam *x, size_t first)
{
	struct education *e = named(c, x, first), *at;
	char *school;

	if (e == NULL && (at = school_above(c, x, first)) != NULL && at->study_type == NULL &&
	    at->area == NULL && at->courses.n == 0) {
		e = at;
		profile_set(&e->study_type, x->name);
		dates_set(e, x);
	}
	if (e == NULL) {
		at = school_above(c, x, first);
		school = at != NULL && at->institution != NULL ? xstrdup(at->institution) : NULL;
		if ((e = parse_append(c, SEC_EDUCATION)) == NULL) {
			free(school);
			return;
		}
		profile_set(&e->institution, school);
		profile_set(&e->study_type, x->name);
		dates_set(e, x);
		free(school);
	}
	for (size_t i = 0; i < x->courses.n; i++)
		strlist_add(&e->courses, x->courses.v[i]);
}

void
eduexam_store(struct ctx *c, struct eduexams *X, size_t first)
{
	for (size_t i = 0; i < X->n; i++) {
		exam_store(c, &X->v[i], first);
		exam_free(&X->v[i]);
	}
	free(X->v);
	memset(X, 0, sizeof *X);
}
