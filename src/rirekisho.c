/*
 * rirekisho: the history table of the Japanese résumé form; see rirekisho.h.
 * rirekisho_row.c finds the table and tells what each row says; here the
 * events open and close the schools and jobs (hist_apply), which then go
 * into the profile (hist_emit).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "eduname.h"
#include "rirekisho.h"
#include "rirekisho_row.h"
#include "xalloc.h"

#define HIST_MAX 16

struct school {
	char *inst, *type, *weak_type, *area;
	int unit;		/* the area came from a faculty (1), a department (2) */
	struct ym from, to;
};

struct job {
	char *name, *position, *location;
	struct ym from, to;
};

struct hist {
	struct school s[HIST_MAX];
	struct job j[HIST_MAX];
	size_t ns, nj;
};

static void
set_once(char **slot, const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ','))
		n--;
	while (n > 0 && *s == ' ')
		s++, n--;
	if (*slot == NULL && n > 0)
		*slot = xstrndup(s, n);
}

/* "(Bachelor of Engineering)" at the end of s: the degree, cut off s. */
static void
school_paren(char *s, struct school *e)
{
	size_t n = strlen(s);
	char *open = n > 0 && s[n - 1] == ')' ? strrchr(s, '(') : NULL;

	if (open == NULL)
		return;
	s[n - 1] = '\0';
	if (role_degree_score(open + 1) > 0)
		set_once(&e->type, open + 1, strlen(open + 1));
	else
		s[n - 1] = ')';
	if (e->type != NULL && strcmp(e->type, open + 1) == 0)
		*open = '\0';
}

/* "Department of X", "Master's Program in X", "majoring in X": the area;
 * a department's over its faculty's. */
static int
school_area(const char *p, struct school *e)
{
	static const char *const units[] = { "Department of ", "Faculty of ",
		"Division of ", "School of ", NULL };
	const char *in = strstr(p, " in ");

	for (int i = 0; units[i] != NULL; i++)
		if (strncmp(p, units[i], strlen(units[i])) == 0) {
			int rank = i == 0 ? 2 : 1;
			if (e->area != NULL && e->unit > 0 && e->unit < rank) {
				free(e->area);
				e->area = NULL;
			}
			if (e->area == NULL)
				e->unit = rank;
			set_once(&e->area, p + strlen(units[i]), strlen(p + strlen(units[i])));
			return 1;
		}
	if (in == NULL || (role_degree_score(p) <= 0 && strstr(p, "rogram") == NULL &&
	    strstr(p, "ajor") == NULL && strstr(p, "ourse") == NULL))
		return 0;
	set_once(&e->area, in + 4, strlen(in + 4));
	set_once(&e->weak_type, p, (size_t)(in - p));
	return 1;
}

/* Japanese: the school's name ends at its kind (大学院, 大学, 高等学校 ...);
 * what follows is the faculty and department. */
static void
school_kanji(const char *s, struct school *e)
{
	static const char *const kinds[] = { "大学院", "大学", "高等専門学校",
		"高等学校", "高校", "専門学校", "中学校", NULL };
	const char *best = NULL;
	size_t blen = 0;

	for (size_t i = 0; kinds[i] != NULL; i++) {
		const char *k = strstr(s, kinds[i]);
		if (k != NULL && (best == NULL || k < best ||
		    (k == best && strlen(kinds[i]) > blen)))
			best = k, blen = strlen(kinds[i]);
	}
	if (best != NULL && strncmp(best + blen, "大学院", strlen("大学院")) == 0)
		blen += strlen("大学院");
	if (best == NULL) {
		set_once(&e->inst, s, strlen(s));
		return;
	}
	set_once(&e->inst, s, (size_t)(best - s) + blen);
	set_once(&e->area, best + blen, strlen(best + blen));
}

static int
has_latin(const char *s)
{
	for (; *s != '\0'; s++)
		if (isalpha((unsigned char)*s))
			return 1;
	return 0;
}

/* What a school's row says of it: name, degree, field; fields already
 * known stay. */
static void
school_fill(const struct ctx *c, struct school *e, const char *what)
{
	char *s = xstrdup(what), *p, *next;
	int first = 1;

	if (!has_latin(s)) {
		school_kanji(s, e);
		free(s);
		return;
	}
	school_paren(s, e);
	for (p = s; p != NULL; p = next, first = 0) {
		if ((next = strstr(p, ", ")) != NULL)
			*next = '\0', next += 2;
		if (school_area(p, e))
			continue;
		if (e->inst == NULL && (role_school_score(p) > 0 ||
		    (first && role_degree_score(p) <= 0 && strstr(p, "rogram") == NULL))) {
			set_once(&e->inst, p, strlen(p));
			eduname_tidy(c, e->inst);
		} else if (role_degree_score(p) > 0)
			set_once(&e->weak_type, p, strlen(p));
	}
	free(s);
}

/* Words a department or a team ends in: no job title. */
static int
job_unit(const char *p)
{
	static const char *const ends[] = { " Center", " Centre", " Dept.", " Department",
		" Division", " Group", " Headquarters", " Office", " Section", " Team",
		" Unit", NULL };
	size_t n = strlen(p);

	if (strncmp(p, "Department of ", 14) == 0)
		return 1;
	for (size_t i = 0; ends[i] != NULL; i++) {
		size_t k = strlen(ends[i]);
		if (n > k && strcmp(p + n - k, ends[i]) == 0)
			return 1;
	}
	return 0;
}

/* "Thermal Systems Engineering Division, Design Engineer": the title. */
static void
job_title(struct job *j, const char *role)
{
	char *s = xstrdup(role), *p, *next, *best = NULL, *last = NULL;
	int bs = 0;

	for (p = s; p != NULL; p = next) {
		if ((next = strstr(p, ", ")) != NULL)
			*next = '\0', next += 2;
		if (job_unit(p))
			continue;
		last = p;
		if (role_title_score(p) > bs)
			bs = role_title_score(p), best = p;
	}
	if (best == NULL)
		best = last;
	if (best != NULL)
		set_once(&j->position, best, strlen(best));
	free(s);
}

/* "DENSO Corporation (Kariya, Aichi) — Thermal Systems Engineering Division,
 * Design Engineer", "Mitsuba Co., Ltd. (Nagoya) as Lead Design Engineer":
 * the firm, its place in brackets, the title. */
static void
job_fill(const struct ctx *c, struct job *j, const char *what)
{
	static const char *const seps[] = { " as ", " \xe2\x80\x94 ", " \xe2\x80\x93 ",
		" - ", NULL };
	char *s = xstrdup(what), *role = NULL, *open;
	size_t n;

	for (size_t i = 0; seps[i] != NULL && role == NULL; i++)
		if ((role = strstr(s, seps[i])) != NULL) {
			*role = '\0';
			role += strlen(seps[i]);
		}
	n = strlen(s);
	open = n > 0 && s[n - 1] == ')' ? strrchr(s, '(') : NULL;
	if (open != NULL && open > s) {
		s[n - 1] = '\0';
		if (role_place(c, open + 1, NULL) || role_town_like(c, open + 1)) {
			set_once(&j->location, open + 1, strlen(open + 1));
			*open = '\0';
		} else
			s[n - 1] = ')';
	}
	set_once(&j->name, s, strlen(s));
	if (role != NULL)
		job_title(j, role);
	free(s);
}

/* The open entry a closing row names, else the last open one. */
static struct school *
school_open(struct hist *h, const char *what)
{
	struct school *last = NULL;

	for (size_t i = h->ns; i-- > 0;) {
		struct school *e = &h->s[i];
		if (e->to.y != 0)
			continue;
		if (e->inst != NULL && strstr(what, e->inst) != NULL)
			return e;
		if (last == NULL)
			last = e;
	}
	return last;
}

static struct job *
job_open(struct hist *h, const char *what)
{
	struct job *last = NULL;

	for (size_t i = h->nj; i-- > 0;) {
		struct job *j = &h->j[i];
		if (j->to.y != 0)
			continue;
		if (j->name != NULL && strstr(what, j->name) != NULL)
			return j;
		if (last == NULL)
			last = j;
	}
	return last;
}

static struct ym
month_before(struct ym d)
{
	if (d.m == 0)
		return d;
	return d.m == 1 ? (struct ym){ d.y - 1, 12 } : (struct ym){ d.y, d.m - 1 };
}

/* A promotion: the open job ends the month before; the new title at the
 * same firm begins. */
static void
hist_promote(struct hist *h, const struct rirekisho_row *r)
{
	struct job *was = job_open(h, ""), *j;

	if (h->nj == HIST_MAX)
		return;
	j = &h->j[h->nj];
	job_title(j, r->what);
	if (j->position == NULL)
		return;
	h->nj++;
	j->from = r->when;
	if (was == NULL)
		return;
	was->to = month_before(r->when);
	if (was->name != NULL)
		j->name = xstrdup(was->name);
	if (was->location != NULL)
		j->location = xstrdup(was->location);
}

static void
hist_apply(const struct ctx *c, struct hist *h, const struct rirekisho_row *r)
{
	struct school *e;
	struct job *j;

	switch (r->ev) {
	case EV_SCHOOL_IN:
		if (h->ns == HIST_MAX)
			break;
		e = &h->s[h->ns++];
		e->from = r->when;
		school_fill(c, e, r->what);
		break;
	case EV_SCHOOL_OUT:
		if ((e = school_open(h, r->what)) == NULL && h->ns < HIST_MAX)
			e = &h->s[h->ns++];
		if (e != NULL) {
			e->to = r->when;
			school_fill(c, e, r->what);
		}
		break;
	case EV_JOB_IN:
		if (h->nj == HIST_MAX)
			break;
		j = &h->j[h->nj++];
		j->from = r->when;
		job_fill(c, j, r->what);
		break;
	case EV_ROLE:
		hist_promote(h, r);
		break;
	case EV_JOB_OUT:
		if ((j = job_open(h, r->what)) != NULL)
			j->to = r->when;
		break;
	default:
		break;
	}
}

static void
date_put(char **slot, struct ym d)
{
	char iso[8];

	if (d.y == 0)
		return;
	date_iso_format(d, iso);
	profile_set(slot, iso);
}

/* The entries into the profile, the latest first, as résumés list them. */
static void
hist_emit(struct profile *p, struct hist *h)
{
	for (size_t i = h->nj; i-- > 0;) {
		struct job *j = &h->j[i];
		struct work *w = profile_append(p, SEC_WORK);
		w->name = j->name, w->position = j->position, w->location = j->location;
		date_put(&w->start, j->from);
		date_put(&w->end, j->to);
	}
	for (size_t i = h->ns; i-- > 0;) {
		struct school *s = &h->s[i];
		struct education *e = profile_append(p, SEC_EDUCATION);
		e->institution = s->inst, e->area = s->area;
		e->study_type = s->type != NULL ? s->type : s->weak_type;
		if (s->type != NULL)
			free(s->weak_type);
		date_put(&e->start, s->from);
		date_put(&e->end, s->to);
	}
}

int
rirekisho_take(struct ctx *c)
{
	struct rirekisho_table t;
	struct hist h;
	int found = 0;

	for (size_t i = 0; i < c->L->n; i++) {
		if (!rirekisho_table_read(c, i, &t))
			continue;
		memset(&h, 0, sizeof h);
		for (size_t k = 0; k < t.n; k++)
			hist_apply(c, &h, &t.v[k]);
		hist_emit(c->p, &h);
		rirekisho_table_blank(c->L, &t);
		i = t.last;
		rirekisho_table_free(&t);
		found = 1;
	}
	if (found)
		rirekisho_headers(c->L);
	return found;
}
