/*
 * Education: entries whose headers name a school, a degree and a field,
 * perhaps a grade ("GPA 3.8/4.0", "72%").
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "parse.h"
#include "xalloc.h"

/* A grade: "72%", "92.6 %", "GPA: 3.8/4.0", "CGPA 8.9", "Grade: A". */
static int
score_of(const char *s, char **score)
{
	char key[32];
	const char *p = s;
	size_t n;

	while (*p == ' ')
		p++;
	fold_key(p, strcspn(p, ":0123456789"), key, sizeof key);
	if (strcmp(key, "gpa") == 0 || strcmp(key, "cgpa") == 0 || strcmp(key, "grade") == 0 ||
	    strcmp(key, "score") == 0 || strcmp(key, "percentage") == 0 ||
	    strcmp(key, "note") == 0 || strcmp(key, "marks") == 0) {
		*score = parse_trim(p, strlen(p));
		return 1;
	}
	n = strspn(p, "0123456789.,/% ");
	if (n > 0 && p[n] == '\0' && (strchr(p, '%') != NULL || strchr(p, '/') != NULL ||
	    strchr(p, '.') != NULL)) {
		*score = parse_trim(p, n);
		return 1;
	}
	return 0;
}

/* "B.E., Computer Science", "BSc in Physics", "Bachelor of Technology
 * (B.Tech.) — Computer Engineering", "Master of Science, Data Science". */
static void
degree_split(const char *s, struct education *e)
{
	static const char *const seps[] = { " \xe2\x80\x94 ", " \xe2\x80\x93 ", " - ", ", ",
		" in ", " | ", "\t", ": ", NULL };
	char key[40];

	fold_key(s, strcspn(s, ":"), key, sizeof key);
	if (strchr(s, ':') != NULL && (strstr(key, "subject") || strstr(key, "major") ||
	    strstr(key, "field") || strstr(key, "specialization") || strstr(key, "focus"))) {
		const char *v = strchr(s, ':') + 1;
		char *t = parse_trim(v, strlen(v));
		profile_set(&e->area, t);
		free(t);
		return;
	}
	for (int i = 0; seps[i] != NULL; i++) {
		const char *at = strstr(s, seps[i]);
		if (at != NULL && at > s) {
			char *a = parse_trim(s, (size_t)(at - s));
			char *b = parse_trim(at + strlen(seps[i]), strlen(at + strlen(seps[i])));
			if (role_degree_score(a) > 0 || i == 0) {
				profile_set(&e->study_type, a);
				profile_set(&e->area, b);
				free(a);
				free(b);
				return;
			}
			free(a);
			free(b);
		}
	}
	profile_set(&e->study_type, s);
}

/* "Higher Secondary School" is a school, "Higher Secondary Education" a
 * degree: a school word makes a school unless a degree word leads. */
static int
degree_first(const char *h)
{
	char w[32];
	size_t n = strcspn(h, " ,");

	if (n >= sizeof w)
		return 0;
	memcpy(w, h, n);
	w[n] = '\0';
	return role_degree_score(w) > 0 && role_school_score(h) <= role_degree_score(h);
}

static void
read_head(const struct ctx *c, const struct entry *en, struct education *e)
{
	char *score = NULL;
	int have_inst = 0, have_deg = 0;

	for (size_t i = 0; i < en->head.n; i++) {
		const char *h = en->head.v[i];
		if (score_of(h, &score)) {
			profile_set(&e->score, score);
			free(score);
			continue;
		}
		if (role_place(c, h, NULL) && have_inst)
			continue;
		if (!have_inst && role_school_score(h) > 0 && !degree_first(h)) {
			profile_set(&e->institution, h);
			have_inst = 1;
		} else if (!have_deg && role_degree_score(h) > 0) {
			degree_split(h, e);
			have_deg = 1;
		} else if (!have_inst && (have_deg || i == 0)) {
			profile_set(&e->institution, h);
			have_inst = 1;
		} else if (!have_deg) {
			degree_split(h, e);
			have_deg = 1;
		}
	}
}

/* One header line holding both: "BSc Computer Science, University of
 * Leeds" is two parts. */
static void
split_single(const struct ctx *c, struct entry *en)
{
	struct strlist parts = STRLIST_INIT;
	const char *h;
	char *comma;

	(void)c;
	if (en->head.n != 1)
		return;
	h = en->head.v[0];
	role_parts(h, &parts);
	if (parts.n == 1 && (comma = strstr(h, ", ")) != NULL) {
		strlist_clear(&parts);
		for (const char *p = h; *p != '\0';) {
			const char *q = strstr(p, ", ");
			size_t n = q != NULL ? (size_t)(q - p) : strlen(p);
			strlist_take(&parts, parse_trim(p, n));
			p += n + (q != NULL ? 2 : 0);
		}
	}
	if (parts.n >= 2) {
		int school = 0, degree = 0;
		for (size_t i = 0; i < parts.n; i++) {
			school += role_school_score(parts.v[i]) > 0;
			degree += role_degree_score(parts.v[i]) > 0;
		}
		if (school > 0 && degree > 0) {
			strlist_clear(&en->head);
			en->head = parts;
			return;
		}
	}
	strlist_clear(&parts);
}

void
parse_education(struct ctx *c, const struct sect *sec)
{
	struct entries E;

	entries_split(c, sec, &E);
	for (size_t i = 0; i < E.n; i++) {
		struct education *e;
		split_single(c, &E.v[i]);
		if (E.v[i].head.n == 0)
			continue;
		e = profile_append(c->p, SEC_EDUCATION);
		read_head(c, &E.v[i], e);
		if (E.v[i].dated) {
			if (E.v[i].when.single)
				parse_date_set(&e->end, E.v[i].when.start);
			else {
				parse_date_set(&e->start, E.v[i].when.start);
				if (!E.v[i].when.open)
					parse_date_set(&e->end, E.v[i].when.end);
			}
		}
		for (size_t k = 0; k < E.v[i].bullets.n; k++)
			strlist_add(&e->courses, E.v[i].bullets.v[k]);
	}
	entries_free(&E);
}
