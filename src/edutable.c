#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dateparse.h"
#include "edudegree.h"
#include "eduscore.h"
#include "edulines.h"
#include "educourse.h"
#include "edutable.h"
#include "eduname.h"
#include "fold.h"
#include "stacktable.h"
#include "wordlist.h"
#include "xalloc.h"

enum col { C_NONE, C_DEGREE, C_BOARD, C_SCHOOL, C_YEAR, C_SCORE, C_FIELD, C_LEVEL };

/* Folded with fold_key. */
static const struct column_name heads[] = {
	{ "qualification", C_DEGREE }, { "degree", C_DEGREE }, { "course", C_DEGREE },
	{ "examination", C_DEGREE }, { "exam", C_DEGREE }, { "class", C_DEGREE },
	{ "standard", C_DEGREE }, { "program", C_DEGREE }, { "programme", C_DEGREE },
	{ "education", C_DEGREE }, { "level", C_LEVEL }, { "degree course", C_DEGREE },
	{ "qualification degree", C_DEGREE }, { "exam passed", C_DEGREE },
	{ "degree certificate", C_DEGREE }, { "certificate degree", C_DEGREE },
	{ "degree diploma", C_DEGREE }, { "marks cgpa", C_SCORE }, { "cgpa marks", C_SCORE },
	{ "marks percentage", C_SCORE }, { "grade cgpa", C_SCORE },
	{ "examination passed", C_DEGREE }, { "exam title", C_DEGREE },
	{ "degree title", C_DEGREE }, { "board", C_BOARD }, { "university", C_BOARD },
	{ "board university", C_BOARD }, { "university board", C_BOARD },
	{ "affiliated to", C_BOARD }, { "institute", C_SCHOOL }, { "institution", C_SCHOOL },
	{ "school", C_SCHOOL }, { "college", C_SCHOOL }, { "school college", C_SCHOOL },
	{ "college school", C_SCHOOL }, { "institute college", C_SCHOOL },
	{ "college institute", C_SCHOOL }, { "name of institution", C_SCHOOL },
	{ "name of the institution", C_SCHOOL }, { "institute name", C_SCHOOL },
	{ "year", C_YEAR }, { "year of passing", C_YEAR }, { "passing year", C_YEAR },
	{ "passed year", C_YEAR }, { "year passed", C_YEAR }, { "passed out year", C_YEAR },
	{ "passing out year", C_YEAR },
	{ "pas year", C_YEAR }, { "year graduated", C_YEAR }, { "graduated", C_YEAR },
	{ "year of graduation", C_YEAR }, { "inclusive dates", C_YEAR },
	{ "inclusive years", C_YEAR }, { "pass year", C_YEAR }, { "passing yr", C_YEAR },
	{ "year of completion", C_YEAR }, { "completion year", C_YEAR }, { "session", C_YEAR },
	{ "duration", C_YEAR }, { "period", C_YEAR }, { "years", C_YEAR },
	{ "percentage", C_SCORE }, { "cgpa", C_SCORE }, { "gpa", C_SCORE },
	{ "marks", C_SCORE }, { "grade", C_SCORE }, { "result", C_SCORE },
	{ "percentage cgpa", C_SCORE }, { "cgpa percentage", C_SCORE }, { "score", C_SCORE },
	{ "aggregate", C_SCORE }, { "division", C_SCORE }, { "marks obtained", C_SCORE },
	{ "specialization", C_FIELD }, { "specialisation", C_FIELD }, { "branch", C_FIELD },
	{ "stream", C_FIELD }, { "subject", C_FIELD }, { "discipline", C_FIELD },
	{ "major", C_FIELD }, { "field of study", C_FIELD }, { "field", C_FIELD },
	{ "grado titulo", C_DEGREE }, { "titulo", C_DEGREE }, { "grado", C_DEGREE },
	{ "titulo obtenido", C_DEGREE }, { "carrera", C_DEGREE }, { "nivel", C_DEGREE },
	{ "estudios", C_DEGREE }, { "diplome", C_DEGREE }, { "formation", C_DEGREE },
	{ "diplome formation", C_DEGREE }, { "formation diplome", C_DEGREE },
	{ "diplome obtenu", C_DEGREE }, { "diplomes", C_DEGREE }, { "intitule", C_DEGREE },
	{ "ecole", C_SCHOOL }, { "universite", C_SCHOOL }, { "etablissement frequente", C_SCHOOL },
	{ "institucion", C_SCHOOL }, { "centro de estudios", C_SCHOOL },
	{ "centro educativo", C_SCHOOL }, { "universidad", C_SCHOOL },
	{ "etablissement", C_SCHOOL }, { "instituicao", C_SCHOOL }, { "escola", C_SCHOOL },
	{ "fecha", C_YEAR }, { "periodo", C_YEAR }, { "ano", C_YEAR }, { "annee", C_YEAR },
	{ "data", C_YEAR }, { "especialidad", C_FIELD }, { "promedio", C_SCORE },
	{ "nota", C_SCORE },
	{ "area of study", C_FIELD }, { "concentration", C_FIELD },
	{ "institute university", C_SCHOOL }, { "university institute", C_SCHOOL },
	{ "marks grade", C_SCORE }, { "grade marks", C_SCORE },
	{ "concentration major group", C_FIELD }, { "major group", C_FIELD },
	{ "group", C_FIELD }, { "group subject", C_FIELD },
	{ "provider", C_SCHOOL }, { "training provider", C_SCHOOL },
	{ "education provider", C_SCHOOL }, { "awarding body", C_BOARD },
	{ "qualification obtained", C_DEGREE }, { "qualification awarded", C_DEGREE },
	{ "qualifications obtained", C_DEGREE }, { "degree obtained", C_DEGREE },
	{ "diploma obtained", C_DEGREE }, { "certificate obtained", C_DEGREE },
	{ "award obtained", C_DEGREE }, { "qualification attained", C_DEGREE },
};

/* "Graduated" in a degree's cell: where the schooling stands, no degree. */
static int
status_only(const char *v)
{
	static const char *const words[] = { "attended", "completed", "enrolled", "graduated",
		"in progress", "ongoing", "passed", "pursuing", NULL };
	char key[24];

	fold_key(v, strlen(v), key, sizeof key);
	return wordlist_has(words, key);
}

static enum col
col_of(const char *cell)
{
	return (enum col)parse_column(heads, sizeof heads / sizeof heads[0], cell);
}

/* The columns of a header row: a degree's and a school's or a board's
 * among three named ones or more; 0 when the row is none. */
static size_t
header(const char *s, enum col *cols, size_t max)
{
	struct strlist cl = STRLIST_INIT;
	size_t named = 0, n;
	int degree = 0, school = 0;

	parse_cells(s, &cl);
	n = cl.n;
	for (size_t i = 0; i < cl.n && i < max; i++) {
		cols[i] = col_of(cl.v[i]);
		named += cols[i] != C_NONE;
		degree |= cols[i] == C_DEGREE || cols[i] == C_LEVEL;
		school |= cols[i] == C_SCHOOL || cols[i] == C_BOARD;
	}
	strlist_clear(&cl);
	return n >= 3 && n <= max && named >= 3 && degree && school ? n : 0;
}

static void
row_dates(const char *cell, struct education *e)
{
	struct daterange r;

	if (!dateparse_find(cell, strlen(cell), &r))
		return;
	if (r.single)
		parse_date_set(&e->end, r.start);
	else {
		parse_date_set(&e->start, r.start);
		if (!r.open)
			parse_date_set(&e->end, r.end);
	}
}

/* "64%" then "1st" under "Division": "64% (1st)". */
static void
score_add(struct education *e, const char *v)
{
	char *both;

	if (e->score == NULL) {
		profile_set(&e->score, v);
		return;
	}
	both = xprintf("%s (%s)", e->score, v);
	profile_set(&e->score, both);
	free(both);
}

/* "B+ (Plus)", "B", "A-": a letter grade, a bracket after it. */
static int
letter_grade(const char *s)
{
	size_t k = 1;

	if (*s < 'A' || *s > 'E')
		return 0;
	k += s[k] == '+' || s[k] == '-';
	return s[k] == '\0' || (s[k] == ' ' && s[k + 1] == '(' && s[strlen(s) - 1] == ')');
}

/* "381 Marks", "36 points": a sum of marks. */
static int
marks(const char *s)
{
	size_t d = strspn(s, "0123456789");

	return d > 0 && s[d] == ' ' && (strcasecmp(s + d + 1, "marks") == 0 ||
	    strcasecmp(s + d + 1, "points") == 0);
}

/* The grade s is, as written, its label ("Mean Grade") off; NULL when s
 * is none. */
static const char *
grade_of(const char *s)
{
	static const char *const labels[] = { "Mean Grade ", "Mean grade ", "Grade ",
		"Aggregate ", NULL };
	char *g = NULL;
	int ok;

	for (int i = 0; labels[i] != NULL; i++)
		if (strncmp(s, labels[i], strlen(labels[i])) == 0) {
			s += strlen(labels[i]);
			break;
		}
	ok = letter_grade(s) || marks(s) || eduscore_read(s, &g);
	free(g);
	return ok ? s : NULL;
}

/* "Bachelor of Arts in Sociology (Second Class Honours, Upper Division)",
 * "Kenya Certificate of Primary Education (KCPE) – 381 Marks": the grade
 * in the degree's cell, in its last bracket or after its last dash, goes
 * to the score. */
static void
grade_off(char *d, struct education *e)
{
	size_t n = strlen(d);
	char *cut = NULL, *dash = NULL, *in = NULL;
	const char *g = NULL;

	if (e->score != NULL)
		return;
	for (char *p = strstr(d, " \xe2\x80\x93 "); p != NULL; p = strstr(p + 1, " \xe2\x80\x93 "))
		dash = p;
	if (dash != NULL && (g = grade_of(dash + 5)) != NULL) {
		profile_set(&e->score, g);
		cut = dash;
	} else if (n > 2 && d[n - 1] == ')' && (cut = strrchr(d, '(')) != NULL && cut > d) {
		in = xstrndup(cut + 1, (size_t)(d + n - 1 - cut - 1));
		/* not "(Honours)", a word of the degree's name */
		if ((strchr(in, ' ') != NULL || strpbrk(in, "0123456789") != NULL) &&
		    (g = grade_of(in)) != NULL)
			profile_set(&e->score, g);
		else
			cut = NULL;
		free(in);
	}
	if (cut == NULL)
		return;
	while (cut > d && cut[-1] == ' ')
		cut--;
	*cut = '\0';
}

/* "Formation « Leapfrog Geo »" given by "Seequent, Johannesburg" in
 * 2015: a course among the schools, a certificate; whether the row was
 * one. */
static int
row_course(struct ctx *c, const struct strlist *cl, const enum col *cols, size_t n)
{
	const char *name = NULL, *by = NULL, *year = NULL;
	struct daterange r;
	struct ym when = { 0, 0 };

	for (size_t i = 0; i < cl->n && i < n; i++) {
		if (cols[i] == C_DEGREE && name == NULL)
			name = cl->v[i];
		else if ((cols[i] == C_SCHOOL || cols[i] == C_BOARD) && by == NULL)
			by = cl->v[i];
		else if (cols[i] == C_YEAR)
			year = cl->v[i];
	}
	/* "Certificat en Santé, Sécurité et Environnement" from "Bureau
	 * Veritas": a certificate's word, given by no school */
	if (name == NULL || !educourse_worded(name) || (by != NULL && role_school_score(by) > 0) ||
	    (role_degree_score(name) > 0 && (by == NULL || strncasecmp(name, "certifica", 9) != 0)))
		return 0;
	/* the year it was given: a range's end */
	if (year != NULL && dateparse_find(year, strlen(year), &r))
		when = r.end.y > 0 ? r.end : r.start;
	educourse_give(c, name, by, when);
	return 1;
}

/* One row under the header: a school. */
static void
row_read(struct ctx *c, const struct strlist *cl, const enum col *cols, size_t n)
{
	struct education *e;
	const char *school = NULL, *board = NULL, *level = NULL;

	if (row_course(c, cl, cols, n) || (e = parse_append(c, SEC_EDUCATION)) == NULL)
		return;
	for (size_t i = 0; i < cl->n && i < n; i++) {
		const char *v = cl->v[i];
		if (v[0] == '\0' || strcmp(v, "-") == 0 || strcmp(v, "\xe2\x80\x93") == 0 ||
		    strcmp(v, "\xe2\x80\x94") == 0 || strcmp(v, "N/A") == 0)
			continue;
		switch (cols[i]) {
		case C_DEGREE:
			if (!status_only(v)) {
				char *d = xstrdup(v);
				edulines_status_off(d);
				grade_off(d, e);
				edudegree_split(d, e);
				free(d);
			}
			break;
		case C_FIELD:
			if (e->area == NULL)
				profile_set(&e->area, v);
			break;
		case C_SCHOOL: school = v; break;
		case C_BOARD: board = v; break;
		case C_YEAR: row_dates(v, e); break;
		case C_SCORE: score_add(e, v); break;
		case C_LEVEL: level = v; break;
		default: break;
		}
	}
	/* "Tertiary", "Secondary": the level says the degree where no
	 * course does */
	if (level != NULL && e->study_type == NULL && e->area == NULL)
		profile_set(&e->study_type, level);
	profile_set(&e->institution, school != NULL ? school : board);
	eduname_tidy(c, e->institution);
}

/* "B.E. (CSE)<TAB>Sri Muruga College of Engineering and Technology," over
 * "Chennai<TAB>Anna University<TAB>2024<TAB>8.42 CGPA": a row whose cell
 * the table's width wrapped, the rest of its cells on the next line; the
 * cells made one row in cl, whether they were. */
static int
row_wrapped(struct strlist *cl, const char *next, size_t n)
{
	struct strlist more = STRLIST_INIT;
	char *j;

	parse_cells(next, &more);
	if (cl->n == 0 || more.n < 2 || cl->n + more.n - 1 != n) {
		strlist_clear(&more);
		return 0;
	}
	j = xprintf("%s %s", cl->v[cl->n - 1], more.v[0]);
	free(cl->v[cl->n - 1]);
	cl->v[cl->n - 1] = j;
	for (size_t k = 1; k < more.n; k++)
		strlist_add(cl, more.v[k]);
	strlist_clear(&more);
	return 1;
}

/* Whether a line of cells cl goes on with the row before it in a table
 * whose first column is the year: its first cell no date and fewer
 * cells than a row. */
static int
row_goes_on(const struct strlist *cl, const enum col *cols, size_t n)
{
	struct daterange r;

	return cols[0] == C_YEAR && cl->n > 0 && cl->n < n &&
	    !dateparse_find(cl->v[0], strlen(cl->v[0]), &r);
}

/* "2022 – Date<TAB>University of Education, Winneba" over "(Sandwich
 * Programme)<TAB>Master of Philosophy (Mathematics Education)": the
 * cells of a row its table wrapped, set under the last columns, join
 * the row's. */
static void
row_more(struct strlist *row, const struct strlist *cl, size_t n)
{
	while (row->n < n)
		strlist_add(row, "");
	for (size_t k = 0; k < cl->n; k++) {
		char **v = &row->v[n - cl->n + k];
		char *j = (*v)[0] != '\0' ? xprintf("%s %s", *v, cl->v[k]) : xstrdup(cl->v[k]);
		free(*v);
		*v = j;
	}
}

/* The row held back, read; its grade, a line alone under it, with it. */
static void
row_flush(struct ctx *c, struct strlist *row, char **grade, const enum col *cols, size_t n)
{
	if (row->n > 0) {
		row_read(c, row, cols, n);
		if (*grade != NULL && c->p->neducation > 0 &&
		    c->p->education[c->p->neducation - 1].score == NULL)
			profile_set(&c->p->education[c->p->neducation - 1].score, *grade);
	}
	free(*grade);
	*grade = NULL;
	strlist_clear(row);
}

int
edutable_read(struct ctx *c, const struct sect *sec)
{
	enum col cols[8];
	struct strlist row = STRLIST_INIT;
	size_t n = 0, rows = 0;
	char *grade = NULL;
	int bars = 0;

	for (size_t i = sec->from; i < sec->to; i++) {
		struct line *l = &c->L->v[i];
		struct strlist cl = STRLIST_INIT;
		char *t;
		if (l->s[0] == '\0')
			continue;
		if ((n == 0 || bars) && (t = parse_unbar(l->s)) != NULL) {
			if (n == 0 && !edutable_header(t)) {
				free(t);
				continue;
			}
			free(l->s);
			l->s = t;
			bars = 1;
		}
		if (n == 0) {
			if (edutable_header(l->s) && (n = header(l->s, cols, 8)) > 0)
				l->s[0] = '\0';
			continue;
		}
		if (row.n > 0 && grade == NULL && strchr(l->s, '\t') == NULL &&
		    eduscore_only(l->s) && eduscore_read(l->s, &grade))
			;
		else if (parse_row(l->s, n, &cl) && row.n > 0 && row_goes_on(&cl, cols, n))
			row_more(&row, &cl, n);
		else if (cl.n == n || cl.n + 1 == n) {
			row_flush(c, &row, &grade, cols, n);
			strlist_copy(&row, &cl);
		} else if (cl.n + 1 < n && i + 1 < sec->to && row_wrapped(&cl, c->L->v[i + 1].s, n)) {
			c->L->v[++i].s[0] = '\0';
			row_flush(c, &row, &grade, cols, n);
			strlist_copy(&row, &cl);
		} else {
			strlist_clear(&cl);
			break;
		}
		strlist_clear(&cl);
		l->s[0] = '\0';
		rows++;
	}
	row_flush(c, &row, &grade, cols, n);
	return rows > 0;
}

/* "Sl. No.", "S. No.", "#": a column of the rows' numbers. */
static int
serial_column(const char *s, size_t n)
{
	static const char *const keys[] = { "sl no", "s no", "sr no", "no", "sno", "slno",
		"serial no", "#", NULL };
	char *cell = parse_trim(s, n), key[16];

	fold_key(cell, strlen(cell), key, sizeof key);
	free(cell);
	return wordlist_has(keys, key);
}

int
edutable_header(const char *s)
{
	enum col cols[8];
	size_t first = strcspn(s, "\t");

	return s[first] == '\t' && (edutable_column(s, first) || serial_column(s, first)) &&
	    header(s, cols, 8) > 0;
}

int
edutable_column(const char *s, size_t n)
{
	char *cell = parse_trim(s, n);
	int is = col_of(cell) != C_NONE;

	free(cell);
	return is;
}

enum stk
edutable_kind(const char *s)
{
	static const enum stk kinds[] = { [C_NONE] = STK_NONE, [C_DEGREE] = STK_DEGREE,
		[C_BOARD] = STK_ORG, [C_SCHOOL] = STK_ORG, [C_YEAR] = STK_DATES,
		[C_SCORE] = STK_OTHER, [C_FIELD] = STK_OTHER, [C_LEVEL] = STK_OTHER };

	return kinds[col_of(s)];
}
