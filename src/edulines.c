/*
 * edulines: see edulines.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "edudegree.h"
#include "eduscore.h"
#include "edulines.h"
#include "form_labels.h"
#include "form_line.h"
#include "edutable.h"
#include "edusentence.h"
#include "fold.h"
#include "lineword.h"
#include "roleline.h"
#include "wordlist.h"
#include "xalloc.h"

static int
ends_comma(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && s[n - 1] == ',';
}

/* "..., 2015 (First Class)": a grade in brackets after the year is set
 * off by a comma instead, so that the year ends a part of its own. */
static void
unbracket_grade(struct line *l)
{
	char *open = strrchr(l->s, '('), *g = NULL;
	size_t n = strlen(l->s);

	if (open == NULL || open == l->s || l->s[n - 1] != ')' || !isdigit((unsigned char)open[-2]) ||
	    open[-1] != ' ')
		return;
	l->s[n - 1] = '\0';
	if (eduscore_read(open + 1, &g)) {
		open[-1] = ',';
		open[0] = ' ';
	} else
		l->s[n - 1] = ')';
	free(g);
}

/* The head lines of the section that name a degree or a school in a
 * sentence's words, rewritten as parts (see edusentence_parts). */
static void
sentence_lines(const struct ctx *c, const struct sect *sec)
{
	for (size_t i = sec->from; i < sec->to; i++) {
		struct line *l = &c->L->v[i];
		char *t;
		if (lineword_count(l->s) > 25 || lineword_verb_sentence(l->s) ||
		    (role_degree_score(l->s) == 0 && role_school_score(l->s) == 0))
			continue;
		t = edusentence_parts(l->s);
		free(l->s);
		l->s = t;
		unbracket_grade(l);
	}
}

/* "..., Franklin" over "University, Columbus": a school's name cut
 * before its word for a school, the words before it naming none. */
static int
school_cut(const char *a, const char *b)
{
	static const char *const words[] = { "academy", "college", "institute", "polytechnic",
		"school", "universidad", "universitat", "universite", "universiteit", "university",
		NULL };
	const char *last = strrchr(a, ',');
	char key[16];
	size_t n = strcspn(b, " ,");

	if (last == NULL || last[1] != ' ' || !isupper((unsigned char)last[2]) ||
	    lineword_count(last + 2) > 2 || role_school_score(last + 2) > 0 ||
	    n >= sizeof key || (b[n] != ',' && b[n] != '\0'))
		return 0;
	fold_key(b, n, key, sizeof key);
	return wordlist_has(words, key);
}

/* "BSc Chemistry, Cardiff University," over "Cardiff", "University of
 * the West of" over "England", "..., Universidad Pablo" over "de
 * Olavide": a line a narrow column wrapped after its comma or a joining
 * word, or before a word in lower case, is joined again before the
 * entries are found.  Lines with dates are left to the entry splitter. */
static void
wrapped_lines(const struct ctx *c, const struct sect *sec)
{
	for (size_t i = sec->from; i + 1 < sec->to; i++) {
		struct line *a = &c->L->v[i], *b = &c->L->v[i + 1], gone;
		struct daterange r;
		char *j;
		if (a->s[0] == '\0' || b->s[0] == '\0' || (b->flags & (LN_BLANK | MK_BULLET)) ||
		    (a->flags & MK_BULLET) || dateparse_find(b->s, strlen(b->s), &r))
			continue;
		/* "2012 - 2015   Certificate III in ... Technology" over
		 * "(Apprenticeship) - Polytechnic West TAFE": a note in
		 * brackets goes on with the degree, dated at its head */
		if (dateparse_find(a->s, strlen(a->s), &r)) {
			/* "1999 – 2001<gap>..., Skedsmo videregående" over
			 * "<gap>skole": a word or two in lower case under the
			 * dated head's text goes on with it */
			if (!(b->s[0] == '(' && r.from == 0 && r.to < strlen(a->s) &&
			    b->indent > a->indent && strchr(b->s, ')') != NULL) &&
			    !(r.from == 0 && b->indent > a->indent && islower((unsigned char)b->s[0]) &&
			    lineword_count(b->s) <= 2 && strchr(b->s, ':') == NULL))
				continue;
		} else if (!(ends_comma(a->s) || lineword_open_end(a->s) ||
		    islower((unsigned char)b->s[0]) || school_cut(a->s, b->s)) || (!ends_comma(a->s) &&
		    !lineword_open_end(a->s) && role_school_score(a->s) > 0 &&
		    role_degree_score(b->s) > 0))
			/* "Obchodní akademie Kolín" over "maturitní zkouška,
			 * obor ...": a degree in lower case under its school */
			continue;
		j = xprintf("%s %s", a->s, b->s);
		free(a->s);
		a->s = j;
		/* the emptied line goes to the end of the section, so that
		 * the lines around it stay neighbours */
		b->s[0] = '\0';
		gone = *b;
		memmove(b, b + 1, (sec->to - i - 2) * sizeof *b);
		c->L->v[sec->to - 1] = gone;
	}
}

/* "A Levels" over "Harrogate Grammar School" over "09/2014 - 06/2016":
 * the line i opens the next school, its dates alone a line or two below
 * (or on it), with no blank line between. */
static int
next_school(const struct ctx *c, size_t i, size_t to)
{
	struct daterange r;

	for (size_t k = i; k < to && k <= i + 2; k++) {
		const char *s = c->L->v[k].s;
		if (k > i && (c->L->v[k].flags & LN_BLANK))
			return 0;
		if (k > i ? dateparse_only(s) != 0 : dateparse_find(s, strlen(s), &r))
			return 1;
	}
	return 0;
}

/* "Courses" alone under a school's lines, over "Senior practicum: 180
 * hours ...": a label; the lines under it down to a blank one are the
 * school's courses, each a list's item. */
static void
course_label(const struct ctx *c, const struct sect *sec)
{
	static const char *const labels[] = { "courses", "coursework", "key courses",
		"relevant courses", "relevant coursework", "selected courses", NULL };
	char key[24];

	for (size_t i = sec->from; i + 1 < sec->to; i++) {
		struct line *l = &c->L->v[i];
		if (strlen(l->s) >= sizeof key || (l->flags & LN_BLANK) ||
		    (c->L->v[i + 1].flags & LN_BLANK))
			continue;
		fold_key(l->s, strlen(l->s), key, sizeof key);
		if (!wordlist_has(labels, key))
			continue;
		l->s[0] = '\0';
		for (i++; i < sec->to && !(c->L->v[i].flags & LN_BLANK) &&
		    c->L->v[i].s[0] != '\0' && !next_school(c, i, sec->to); i++)
			c->L->v[i].flags |= MK_BULLET;
		i--;
	}
}

/* "Selesai 2015", "Graduated 2019", "Lulus tahun 2012": the word that the
 * study ended, before its date alone, goes. */
static void
status_lead_off(char *s)
{
	static const char *const words[] = { "completed", "completed in", "finished",
		"graduated", "graduated in", "graduation", "lulus", "lulus tahun", "passed",
		"passed out", "selesai", "tahun lulus", "tamat", NULL };
	size_t n = 0, best = 0;
	char key[24];

	while (s[n] != '\0' && !isdigit((unsigned char)s[n]) && n < 20)
		n++;
	if (n == 0 || !isdigit((unsigned char)s[n]) || !dateparse_only(s + n))
		return;
	for (best = n; best > 0 && strchr(" :,", s[best - 1]) != NULL; best--)
		;
	fold_key(s, best, key, sizeof key);
	if (wordlist_has(words, key))
		memmove(s, s + n, strlen(s + n) + 1);
}

/* "Hogeschool Utrecht – diploma behaald": whether the study was finished,
 * after a dash at the end of a line, goes; "Universitario - Graduado", a
 * job board's level and state of the study alone, goes whole. */
void
edulines_status_off(char *s)
{
	static const char *const notes[] = { "abandonado", "abgeschlossen", "afgerond",
		"behaald", "completed", "concluido", "conseguito", "currently enrolled",
		"currently pursuing", "currently studying", "diploma behaald",
		"diploma obtained", "diplome obtenu", "egresado", "en curso", "geslaagd",
		"graduada", "graduado", "graduated", "in progress", "incompleto",
		"niet afgerond", "not completed", "obtenu", "ongoing", "pursuing", "studying",
		"titulado",
		"ukonczone", NULL };
	char *d = strstr(s, " \xe2\x80\x93 "), key[24];

	if (d == NULL)
		d = strstr(s, " - ");
	if (d == NULL || d == s || strlen(d + (d[1] == '-' ? 3 : 5)) >= sizeof key)
		return;
	fold_key(d + (d[1] == '-' ? 3 : 5), strlen(d + (d[1] == '-' ? 3 : 5)), key, sizeof key);
	if (wordlist_has(notes, key))
		*(memchr(s, ' ', (size_t)(d - s)) == NULL ? s : d) = '\0';
}

static void
status_cut(const struct ctx *c, const struct sect *sec)
{
	for (size_t i = sec->from; i < sec->to; i++) {
		status_lead_off(c->L->v[i].s);
		edulines_status_off(c->L->v[i].s);
	}
}

/* "YEAR" over "INSTITUTION" over "QUALIFICATION" first in the section: a
 * table's head whose cells came one a line; the names of its columns go. */
static void
stacked_head(const struct ctx *c, const struct sect *sec)
{
	size_t i = sec->from, n = 0;

	while (i < sec->to && c->L->v[i].s[0] == '\0')
		i++;
	while (i + n < sec->to && strlen(c->L->v[i + n].s) < 24 &&
	    edutable_column(c->L->v[i + n].s, strlen(c->L->v[i + n].s)))
		n++;
	for (size_t k = 0; n >= 2 && k < n; k++)
		c->L->v[i + k].s[0] = '\0';
}

/* Whether the label before the colon of s is one of words: 1 if so, 0
 * if not, -1 when s has no short label. */
static int
label_in(const char *s, const char *const words[])
{
	size_t n = strcspn(s, ":");
	char key[24];

	if (s[n] != ':' || n >= sizeof key)
		return -1;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(words, key);
}

/* "Tertiary :", "High School:": a school's label that says the level,
 * which the head reads. */
static int
level_label(const char *s)
{
	static const char *const words[] = { "high school", "primary", "secondary",
		"secondary school", "tertiary", "tertiary institution", NULL };

	return label_in(s, words) != 0;
}

/* "Year: 2011 - 2015", "Years: 2008 – 2011": the year's label, a
 * date after it. */
static int
year_label(const char *s)
{
	static const char *const words[] = { "period", "year", "years", NULL };

	return label_in(s, words) == 1 && dateparse_only(strchr(s, ':') + 1);
}

/* "Qualification:", "Degree:": a degree's label that says no more;
 * not "Abschluss:" or "Degree obtained:", which the head reads as the
 * degree over the studies' line. */
static int
plain_degree_label(const char *s)
{
	static const char *const words[] = { "course", "degree", "program", "programme",
		"qualification", NULL };

	return label_in(s, words) == 1;
}

/* "Institution: University of Ghana", "Qualification: BSc Nursing",
 * "Year: 2011 - 2015": a school's, a degree's or a date's label before
 * its value goes, the value read as any line of a school's. */
static void
labels_off(const struct ctx *c, const struct sect *sec)
{
	for (size_t i = sec->from; i < sec->to; i++) {
		char *s = c->L->v[i].s;
		size_t v;
		enum form_field f = form_line_label(s, &v);
		int off = (f == F_SCHOOL && !level_label(s)) ||
		    (f == F_DEGREE && plain_degree_label(s)) || f == F_FROM || f == F_TO ||
		    f == F_FROMTO || (f == F_NONE && year_label(s));
		if (off && f == F_NONE)
			v = (size_t)(strchr(s, ':') + 1 - s);
		if (!off || v == 0 || v >= strlen(s) || strchr(s, '\t') != NULL)
			continue;
		v += strspn(s + v, " \t");
		memmove(s, s + v, strlen(s + v) + 1);
	}
}

/* "... – Lycée Lotfi, Oran.", "... (USTO-MB).": a school's line ended
 * with a full stop after a name, a town or a bracket; the stop goes, so
 * the name and the town read as ever. */
static void
stops_off(const struct ctx *c, const struct sect *sec)
{
	for (size_t i = sec->from; i < sec->to; i++) {
		char *s = c->L->v[i].s, *w;
		size_t n = strlen(s);
		if (n < 4 || s[n - 1] != '.' || (c->L->v[i].flags & (MK_BULLET | MK_NUMBERED)) ||
		    lineword_count(s) > 14 || lineword_verb_sentence(s) ||
		    (role_school_score(s) == 0 && role_degree_score(s) == 0 &&
		    !(s[n - 2] == ')' && lineword_count(s) <= 6)))
			continue;
		for (w = s + n - 1; w > s && w[-1] != ' '; w--)
			;
		if (s[n - 2] == ')' || (isupper((unsigned char)*w) && s + n - 1 - w >= 3 &&
		    memchr(w, '.', (size_t)(s + n - 1 - w)) == NULL))
			s[n - 1] = '\0';
	}
}

void
edulines_tidy(const struct ctx *c, const struct sect *sec)
{
	stops_off(c, sec);
	labels_off(c, sec);
	stacked_head(c, sec);
	status_cut(c, sec);
	course_label(c, sec);
	sentence_lines(c, sec);
	wrapped_lines(c, sec);
}
