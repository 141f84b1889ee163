/*
 * Education: entries whose headers name a school, a degree and a field,
 * perhaps a grade ("GPA 3.8/4.0", "72%").
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "educourse.h"
#include "edudegree.h"
#include "eduscore.h"
#include "eduexam.h"
#include "edufacts.h"
#include "edugrade.h"
#include "edulines.h"
#include "eduorder.h"
#include "fold.h"
#include "eduline.h"
#include "eduname.h"
#include "edutable.h"
#include "eduspan.h"
#include "eventlog.h"
#include "lineword.h"
#include "orgword.h"
#include "parse.h"
#include "roleline.h"
#include "wordlist.h"
#include "xalloc.h"

/* "Higher Secondary School" is a school, "Higher Secondary Education" a
 * degree: a school word makes a school unless a degree word leads. */
static int
degree_first(const char *h)
{
	char w[32], *head = xstrndup(h, strcspn(h, ",(")), *last;
	size_t n = strcspn(h, " ,");
	int diploma;

	/* "High School Diploma, Mathematics": a degree word ending the first
	 * part makes a degree */
	while ((n = strlen(head)) > 0 && head[n - 1] == ' ')
		head[n - 1] = '\0';
	last = strrchr(head, ' ');
	diploma = last != NULL && role_degree_score(last + 1) > 0 &&
	    role_school_score(last + 1) == 0;
	free(head);
	if (diploma)
		return 1;
	n = strcspn(h, " ,");
	if (n >= sizeof w)
		return 0;
	memcpy(w, h, n);
	w[n] = '\0';
	return role_degree_score(w) > 0 && role_school_score(h) <= role_degree_score(h);
}

/* Whether a part of the line names a degree and no school. */
static int
degree_part(const char *h)
{
	struct strlist parts = STRLIST_INIT;
	int found = 0;

	eduline_parts(h, &parts);
	for (size_t i = 0; i < parts.n && parts.n >= 2; i++)
		found |= role_degree_score(parts.v[i]) > 0 && role_school_score(parts.v[i]) == 0;
	strlist_clear(&parts);
	return found;
}

/* "Hochschule für Angewandte" over "Wissenschaften Hamburg" under a
 * degree: a school's name wrapped in a narrow column.  The line after it
 * is joined when it is short, names no degree, no school and no place and
 * holds no digits. */
static void
school_wrapped(const struct ctx *c, struct strlist *lines, size_t i)
{
	const char *next;
	char *j;
	int degree = 0;

	if (i + 1 >= lines->n)
		return;
	for (size_t k = 0; k < lines->n; k++)
		degree |= k != i && role_degree_score(lines->v[k]) > 0;
	next = lines->v[i + 1];
	if (!degree || role_degree_score(next) > 0 || role_school_score(next) > 0 ||
	    lineword_count(next) > 4 || strpbrk(next, "0123456789(:,") != NULL ||
	    !isupper((unsigned char)next[0]) || role_place(c, next, NULL))
		return;
	j = xprintf("%s %s", lines->v[i], next);
	strlist_remove(lines, i + 1);
	free(lines->v[i]);
	lines->v[i] = j;
}

/* "Maestría en Periodismo — Universidad de San Andrés": a degree, a
 * dash, and a school after it. */
static int
dash_school(const char *h)
{
	const char *d = strstr(h, " \xe2\x80\x94 ");

	if (d == NULL)
		d = strstr(h, " \xe2\x80\x93 ");
	return d != NULL && role_school_score(d + 5) > 0 &&
	    role_school_score(d + 5) >= role_school_score(h);
}

/* "... — École" or "Instituto de": a name that goes on on the next line,
 * not "..., Brno" over "obor Elektrikář"; a school's word at the end
 * counts only when kind is set. */
static int
name_goes_on(const char *h, int kind)
{
	const char *w = strrchr(h, ' ');

	w = w != NULL ? w + 1 : h;
	if (*w == '\0' || strchr(",;:.", w[strlen(w) - 1]) != NULL)
		return 0;
	return parse_joining_word(w, strlen(w)) || (kind && role_school_score(w) > 0);
}

/* "Eidg. dipl. Experte in Rechnungslegung und" over "Controlling": a
 * line cut after its joining word (see name_goes_on), the rest a word or
 * three in capitals that name no school nor degree. */
static int
rest_goes_on(const char *next)
{
	return lineword_count(next) <= 3 &&
	    role_school_score(next) == 0 && role_degree_score(next) == 0 &&
	    strpbrk(next, "0123456789,") == NULL;
}

/* "Bachelor of Science, Yerevan State University, Faculty of Informatics
 * and Applied" over "Mathematics.": a line of parts set apart by commas
 * that stops on a word, over one word that ends the whole with its full
 * stop. */
static int
last_word_wrapped(const char *h, const char *next)
{
	size_t n = strlen(h), k = strlen(next);

	return n > 0 && isalpha((unsigned char)h[n - 1]) && strstr(h, ", ") != NULL &&
	    k > 1 && next[k - 1] == '.' && lineword_count(next) == 1 &&
	    isupper((unsigned char)next[0]);
}

/* "Miasto: Kalisz | Kraj: Polska | Ocena końcowa: egzamin zawodowy – 82%":
 * the Europass editor's line of a school's place and facts; its grade
 * into the score.  1 when h is such a line. */
static int
place_facts(const char *h, struct education *e)
{
	const char *v;

	if (roleline_place_label(h, &v) == 0)
		return 0;
	for (const char *p = h; *p != '\0' && e->score == NULL;) {
		size_t n = strcspn(p, "|");
		char *part = parse_trim(p, n), *g = NULL;
		const char *dash = strstr(part, " \xe2\x80\x93 ");
		if (eduscore_read(dash != NULL ? dash + 5 : part, &g))
			profile_set(&e->score, g);
		free(g);
		free(part);
		p += n + (p[n] != '\0');
	}
	return 1;
}

/* "INACAP", "UNAM", "DUOC": a school named by its initials alone. */
static int
initials(const char *h)
{
	size_t n = strlen(h);

	return n >= 3 && n <= 8 && strchr(h, ' ') == NULL && parse_all_caps(h);
}

/* How much a line reads as a school's: the school words it has, a degree's
 * counting against it; a school's initials under or over a line of more
 * words that names none ("Técnico de Nivel Superior en Mantenimiento
 * Industrial" over "INACAP") are the school. */
static int
school_like(const struct strlist *lines, size_t i)
{
	const char *h = lines->v[i];
	int k = role_school_score(h);

	if (k == 0 && lines->n == 2 && initials(h) && !initials(lines->v[1 - i]) &&
	    role_school_score(lines->v[1 - i]) == 0)
		return 1;
	return k > 0 ? 2 * k - (role_degree_score(h) > 0) : 0;
}

/* "Tertiary:<TAB>Bachelor of Science", "Secondary:<TAB>Cainta Catholic
 * College": the level of schooling a form labels the line with; its
 * length with the gap after it, 0 if none.  *level is the level's word. */
static size_t
level_label(const char *s, char *level, size_t size)
{
	static const char *const levels[] = { "tertiary", "secondary", "primary",
		"elementary", "high school", "college", "vocational", "post graduate",
		"postgraduate", "graduate", NULL };
	size_t n = strcspn(s, ":");
	char key[24];

	if (s[n] != ':' || n == 0 || n >= sizeof key || n >= size || (s[n + 1] != '\t' &&
	    s[n + 1] != ' ') || s[n + 1 + strspn(s + n + 1, " \t")] == '\0')
		return 0;
	fold_key(s, n, key, sizeof key);
	if (!wordlist_has(levels, key))
		return 0;
	memcpy(level, s, n);
	level[n] = '\0';
	return n + 1 + strspn(s + n + 1, " \t");
}

/* "Secondary:" over the school alone: the level is the degree, in place
 * of a town a comma set apart. */
static void
level_apply(const struct ctx *c, struct education *e, const char *level, int alone)
{
	if (level[0] == '\0' || e->area != NULL || e->institution == NULL ||
	    (e->study_type != NULL && role_degree_score(e->study_type) > 0))
		return;
	/* "Universitario" alone over "Universidad ... - Contabilidad": what
	 * the line gave after the school is the field, unless it is a town */
	if (alone && e->study_type != NULL && !role_place(c, e->study_type, NULL)) {
		e->area = e->study_type;
		e->study_type = NULL;
	}
	profile_set(&e->study_type, level);
}

/* "Master's degree, Computer Science, Politechnika Warszawska" over
 * "Faculty of Electronics and Information Technology, ...": the other
 * lines name units inside the school the i-th names. */
static int
units_beside(const struct strlist *lines, size_t i)
{
	for (size_t j = 0; j < lines->n; j++)
		if (j != i && !orgword_unit(lines->v[j]))
			return 0;
	return lines->n > 1;
}

/* "Department: Accounting (English Section)", "Major: Economics" under
 * the degree's line: a labelled line of the field, no school; the field
 * kept in *field. */
static int
field_line(const char *h, char **field)
{
	static const char *const labels[] = { "department", "major", "field of study",
		"specialization", "specialisation", "concentration", "branch", "stream",
		"schwerpunkt", "studienschwerpunkt", "vertiefung", NULL };
	size_t n = strcspn(h, ":"), a, b;
	char key[24];

	if (h[n] != ':' || n == 0 || n >= sizeof key || h[n + 1] != ' ')
		return 0;
	fold_key(h, n, key, sizeof key);
	if (!wordlist_has(labels, key))
		return 0;
	/* "Major: Economics Minor: Mathematics" */
	a = strcspn(h + n + 1, "(");
	b = edudegree_value_len(h + n + 1);
	if (*field == NULL)
		*field = parse_trim(h + n + 1, a < b ? a : b);
	return 1;
}

static const char *const degree_labels[] = { "abschluss", "akademischer grad",
	"degree obtained", "qualification obtained", "award obtained", "titulo obtenido",
	"diplome obtenu", "titolo conseguito", "pridobljeni naziv", NULL };

/* The value of a line labelled as the degree obtained, else NULL. */
static const char *
degree_value(const char *h)
{
	size_t n = strcspn(h, ":");
	char key[24];

	if (h[n] != ':' || n == 0 || n >= sizeof key || h[n + 1] != ' ' ||
	    h[n + 1 + strspn(h + n + 1, " ")] == '\0')
		return NULL;
	fold_key(h, n, key, sizeof key);
	return wordlist_has(degree_labels, key) ? h + n + 1 + strspn(h + n + 1, " ") : NULL;
}

/* "Abschluss: Master of Science (MSc)", "Degree obtained: BSc": a
 * labelled line of the degree the studies ended in, kept in *degree
 * (the line above, "Masterstudium Betriebswirtschaft", gives the field). */
static int
degree_line(const char *h, char **degree)
{
	const char *v = degree_value(h);

	if (v == NULL)
		return 0;
	if (*degree == NULL)
		*degree = xstrdup(v);
	return 1;
}

/* "Abschluss: Second Class Honours, Upper Division": the label of the
 * degree over a grade, the score when none was read; whether h was. */
static int
degree_graded(const char *h, struct education *e)
{
	const char *v = degree_value(h);

	if (v == NULL || !eduscore_only(v))
		return 0;
	if (e->score == NULL)
		profile_set(&e->score, v);
	return 1;
}

/* The degree a label named ("Abschluss: Fachhochschulreife") over what
 * the studies' line said ("Fachoberschule Wirtschaft"), which is then
 * the field when none was read; *degree freed. */
static void
degree_named(const struct ctx *c, struct education *e, char **degree)
{
	if (*degree == NULL)
		return;
	if (e->study_type != NULL && e->area == NULL && strcmp(e->study_type, *degree) != 0 &&
	    !role_place(c, e->study_type, NULL))
		profile_set(&e->area, e->study_type);
	profile_set(&e->study_type, *degree);
	free(*degree);
	*degree = NULL;
}

/* The head read: the level a label gave, the field and the degree
 * labelled lines did. */
static void
head_done(const struct ctx *c, struct education *e, const char *level, int alone,
    char **field, char **degree)
{
	if (*field != NULL && (*field)[0] != '\0' && e->area == NULL)
		profile_set(&e->area, *field);
	free(*field);
	*field = NULL;
	degree_named(c, e, degree);
	level_apply(c, e, level, alone);
}

/* "Bachelor's degree, Accounting at Ain Shams University" over "Faculty of
 * Commerce - English Section": the faculty under a line that names the
 * university after "at" is no school of its own. */
static void
faculty_off(struct strlist *lines)
{
	static const char *const units[] = { "faculty of ", "department of ", "facultad de ",
		"faculte de ", "faculdade de ", "fakultas ", NULL };
	int at = 0;
	char key[24];

	for (size_t i = 0; i < lines->n; i++) {
		const char *a = strstr(lines->v[i], " at ");
		at |= a != NULL && role_school_score(a + 4) > 0;
	}
	for (size_t i = 0; i < lines->n && at && lines->n > 1;) {
		fold_into(lines->v[i], strlen(lines->v[i]), key, sizeof key);
		if (wordlist_prefix(units, key) > 0)
			strlist_remove(lines, i);
		else
			i++;
	}
}

/* "WASSCE, B.W. Harris Episcopal High School": initials that end the
 * capitals before a school open its name; where the capitals end
 * without them, their comma off, 0 when none are left. */
static size_t
initials_back(const char *s, size_t k)
{
	size_t e = k, w, dots = 0;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	for (w = e; w > 0 && s[w - 1] != ' '; w--)
		dots += s[w - 1] == '.';
	if (dots == 0 || e - w > 6 || strspn(s + w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ.") != e - w)
		return k;
	while (w > 0 && (s[w - 1] == ' ' || s[w - 1] == ','))
		w--;
	return w;
}

/* "CORSO PER COORDINATORE ... ED" over "ESECUZIONE (120 ORE) Ente Scuola
 * Edile Modenese", "DIPLOMA DI GEOMETRA Istituto Tecnico ...": the degree
 * in capitals, wrapped or not, then the school in small letters, as
 * Europass sets them; the two made parts of one line. */
static void
caps_lines(struct strlist *lines)
{
	size_t k;

	for (size_t i = 1; i < lines->n;) {
		char *j = xprintf("%s %s", lines->v[i - 1], lines->v[i]);
		if (parse_all_caps(lines->v[i - 1]) &&
		    roleline_caps_lead(j) > strlen(lines->v[i - 1]) &&
		    role_school_score(j + roleline_caps_lead(j)) > 0) {
			free(lines->v[i - 1]);
			lines->v[i - 1] = j;
			strlist_remove(lines, i);
		} else {
			free(j);
			i++;
		}
	}
	for (size_t i = 0; i < lines->n; i++)
		if (strstr(lines->v[i], " | ") == NULL && (k = roleline_caps_lead(lines->v[i])) > 0 &&
		    (k = initials_back(lines->v[i], k)) > 0 &&
		    role_school_score(lines->v[i] + k) > 0) {
			char *j = xprintf("%.*s | %s", (int)k, lines->v[i],
			    roleline_after_caps(lines->v[i] + k + strspn(lines->v[i] + k, ", ")));
			free(lines->v[i]);
			lines->v[i] = j;
		}
}

static void
head_lines(const struct ctx *c, const struct entry *en, struct education *e, const char *facts)
{
	struct strlist lines = STRLIST_INIT;
	char *score = NULL, level[24] = "", *field = NULL, *degree = NULL;
	int alone = 0;

	for (size_t i = 0; i < en->head.n; i++) {
		size_t lab = level_label(en->head.v[i], level, sizeof level);
		char *own, *tab;
		if (facts[i])
			continue;
		if (level[0] == '\0' && edufacts_level(en->head.v[i], level, sizeof level)) {
			alone = 1;
			continue;
		}
		if (degree_graded(en->head.v[i], e))
			continue;
		/* "First Class (68%)": a grade and its figure, one score */
		if (e->score == NULL && lab == 0 && eduscore_only(en->head.v[i]) &&
		    eduscore_read(en->head.v[i], &score)) {
			profile_set(&e->score, score);
			free(score);
			continue;
		}
		own = edugrade_tail(en->head.v[i] + lab, e);
		edufacts_state_off(own);
		tab = strrchr(own, '\t');
		const char *h = own;
		if (tab != NULL && eduspan_level_note(tab + 1))
			*tab = '\0';	/* "...<gap>EQF level 6" */
		if (eduspan_level_note(h) || edudegree_honours(h) || place_facts(h, e) ||
		    edufacts_grade_note(h, e) ||
		    field_line(h, &field) || degree_line(h, &degree))
			h = "";
		if (e->score == NULL && role_school_score(h) == 0 && eduscore_read(h, &score)) {
			profile_set(&e->score, score);
			free(score);
		} else if (h[0] != '\0' && !role_noise(h) && !edufacts_note(h) && !edufacts_placement(h) &&
		    !(lines.n > 0 && role_place(c, h, NULL) &&
		    !parse_ends_joining(lines.v[lines.n - 1], strlen(lines.v[lines.n - 1]))))
			strlist_add(&lines, h);
		free(own);
	}
	caps_lines(&lines);
	faculty_off(&lines);
	/* "... — École" over "nationale de la statistique ...": a line
	 * wrapped in the middle of a name, or of a degree's */
	for (size_t i = 1; i < lines.n;)
		if ((fold_lower_at(lines.v[i]) && name_goes_on(lines.v[i - 1], 1)) ||
		    (rest_goes_on(lines.v[i]) && (name_goes_on(lines.v[i - 1], 0) ||
		    last_word_wrapped(lines.v[i - 1], lines.v[i])))) {
			char *j = xprintf("%s %s", lines.v[i - 1], lines.v[i]);
			free(lines.v[i - 1]);
			lines.v[i - 1] = j;
			strlist_remove(&lines, i);
		} else
			i++;
	if (lines.n == 1 && eduline_split(c, lines.v[0], e)) {
		strlist_clear(&lines);
		head_done(c, e, level, alone, &field, &degree);
		return;
	}
	/* "Universitat de Barcelona — Bachelor's Degree in Statistics" over
	 * "GPA 8.7/10": the line that holds both */
	for (size_t i = 0; i < lines.n; i++)
		if (role_school_score(lines.v[i]) > 0 && ((degree_part(lines.v[i]) &&
		    (!degree_first(lines.v[i]) || dash_school(lines.v[i]))) ||
		    (role_degree_score(lines.v[i]) > 0 && units_beside(&lines, i))) &&
		    eduline_split(c, lines.v[i], e) && e->study_type != NULL) {
			strlist_clear(&lines);
			head_done(c, e, level, alone, &field, &degree);
			return;
		}
	/* the school is the line most like one, a degree's word counting
	 * against it ("Classes préparatoires aux grandes écoles" over "CPGE
	 * Lycée Moulay Youssef"); the others say the degree */
	{
		int best = 0;
		for (size_t i = 0; i < lines.n; i++)
			if (school_like(&lines, i) > best && !degree_first(lines.v[i]))
				best = school_like(&lines, i);
		for (size_t i = 0; i < lines.n && best > 0; i++)
			if (school_like(&lines, i) == best && !degree_first(lines.v[i])) {
				school_wrapped(c, &lines, i);
				profile_set(&e->institution, lines.v[i]);
				strlist_remove(&lines, i);
				break;
			}
	}
	for (size_t i = 0; i < lines.n; i++) {
		const char *h = lines.v[i];
		/* "Fakulta prevádzky a ekonomiky dopravy" under the school:
		 * its faculty, neither degree nor field */
		if (e->institution != NULL && orgword_unit(h) && role_degree_score(h) == 0)
			continue;
		if (e->institution == NULL && role_school_score(h) > 0 && !degree_first(h))
			profile_set(&e->institution, h);
		else if (e->study_type == NULL && e->area == NULL && role_degree_score(h) > 0)
			edudegree_split(h, e);
		else if (e->institution == NULL && (e->study_type != NULL || i == 0))
			profile_set(&e->institution, h);
		else if (e->study_type == NULL && e->area == NULL)
			edudegree_split(h, e);
		/* "Высшее" over the school over "Учетно-экономический,
		 * Бухгалтерский учет": a level no degree word names, then
		 * the faculty and field */
		else if (e->area == NULL && e->study_type != NULL &&
		    role_degree_score(e->study_type) == 0 && role_degree_score(h) == 0 &&
		    role_school_score(h) == 0 && !role_place(c, h, NULL))
			profile_set(&e->area, h);
	}
	strlist_clear(&lines);
	head_done(c, e, level, alone, &field, &degree);
}

/* The head of an entry, and the Europass form's facts under it: the
 * field of study they name is the field, the degree's line whole its
 * type ("MASTER OF COMPUTING", not "MASTER" of "OF COMPUTING"). */
static void
read_head(const struct ctx *c, const struct entry *en, struct education *e)
{
	struct education f;
	char *facts = xcalloc(en->head.n + 1, 1);

	memset(&f, 0, sizeof f);
	edufacts_take(en, &f, facts);
	head_lines(c, en, e, facts);
	free(facts);
	if (f.area != NULL && e->study_type != NULL && e->area != NULL) {
		char *whole = xprintf("%s %s", e->study_type, e->area);
		for (size_t i = 0; i < en->head.n; i++)
			if (strstr(en->head.v[i], whole) != NULL) {
				profile_set(&e->study_type, whole);
				free(e->area);
				e->area = NULL;
				break;
			}
		free(whole);
	}
	edufacts_state_field(en, e);
	if (e->area == NULL && f.area != NULL)
		profile_set(&e->area, f.area);
	if (e->score == NULL && f.score != NULL)
		profile_set(&e->score, f.score);
	free(f.area);
	free(f.score);
}

/* "Laurea Magistrale a ciclo unico in Giurisprudenza, Università di
 * Bologna": a line that reads as prose but names a degree and a school
 * heads an entry that has no header. */
static void
prose_head(struct entry *en)
{
	while (en->head.n == 0 && en->prose.n > 0 && role_degree_score(en->prose.v[0]) > 0 &&
	    role_school_score(en->prose.v[0]) > 0 && lineword_count(en->prose.v[0]) <= 30) {
		strlist_add(&en->head, en->prose.v[0]);
		strlist_remove(&en->prose, 0);
	}
	/* "Postgrado" over "Colegio de Contadores ... - Diplomado en ...": a
	 * level alone over its school's long line */
	if (en->head.n == 1 && en->prose.n > 0 && lineword_count(en->head.v[0]) <= 2 &&
	    role_degree_score(en->head.v[0]) > 0 && role_school_score(en->head.v[0]) == 0 &&
	    role_school_score(en->prose.v[0]) > 0 && lineword_count(en->prose.v[0]) <= 30 &&
	    strstr(en->prose.v[0], " - ") != NULL) {
		strlist_add(&en->head, en->prose.v[0]);
		strlist_remove(&en->prose, 0);
	}
}

/* The body under a school: a line of its grade ("Nota: 8,6", "GPA:
 * 3.7", "CGPA 3.82/4.00") is the score; the bullets are its courses. */
static void
body_read(const struct ctx *c, const struct entry *en, struct education *e)
{
	const struct strlist *lists[] = { &en->prose, &en->bullets };
	char *g;

	for (int l = 0; l < 2; l++)
		for (size_t k = 0; k < lists[l]->n; k++) {
			const char *s = lists[l]->v[k];
			char *degree = NULL;
			g = NULL;
			if (l == 0 && degree_graded(s, e))
				continue;
			if (l == 0 && degree_line(s, &degree)) {
				degree_named(c, e, &degree);
				continue;
			}
			if (e->score == NULL && (strchr(s, ':') != NULL || eduscore_only(s)) &&
			    eduscore_read(s, &g)) {
				profile_set(&e->score, g);
				free(g);
				continue;
			}
			free(g);
			if (l == 1)
				strlist_add(&e->courses, s);
		}
}

void
parse_education(struct ctx *c, const struct sect *sec)
{
	struct entries E;
	struct eduexams X;
	size_t first = c->p->neducation;
	int order = 0;

	eventlog_rewrite(c, sec, 1);
	stacktable_rewrite(c, sec, edutable_kind);
	edutable_read(c, sec);
	eduexam_cut(c, sec, &X);
	edulines_tidy(c, sec);
	entries_split(c, sec, &E);
	entries_aside_to_head(&E);
	for (size_t i = 0; i < E.n; i++) {
		struct education *e;
		prose_head(&E.v[i]);
		if (E.v[i].head.n == 0)
			continue;
		if (E.v[i].head.n == 1 && E.v[i].dated && E.v[i].when.single &&
		    educourse_is(E.v[i].head.v[0])) {
			educourse_add(c, E.v[i].head.v[0], E.v[i].when.start);
			continue;
		}
		if (educourse_certificate(c, &E.v[i]))
			continue;
		if ((e = parse_append(c, SEC_EDUCATION)) == NULL)
			break;
		read_head(c, &E.v[i], e);
		eduname_tidy(c, e->institution);
		eduorder_follow(c, &E.v[i], e, &order);
		eduname_area(e->area);
		if (e->institution == NULL && e->study_type == NULL && e->area == NULL) {
			profile_remove(c->p, SEC_EDUCATION, c->p->neducation - 1);
			continue;
		}
		/* "Warsaw University of Technology" over "MSc ..., 2013 - 2015"
		 * and "BSc ..., 2009 - 2013": both degrees are from it */
		if (e->institution == NULL && e->study_type != NULL && degree_first(e->study_type) &&
		    i > 0 && E.v[i].head.n == 1 && c->p->neducation >= 2 && E.v[i - 1].head.n > 1)
			profile_set(&e->institution, c->p->education[c->p->neducation - 2].institution);
		if (E.v[i].dated) {
			if (E.v[i].when.single)
				parse_date_set(&e->end, E.v[i].when.start);
			else {
				parse_date_set(&e->start, E.v[i].when.start);
				if (!E.v[i].when.open)
					parse_date_set(&e->end, E.v[i].when.end);
			}
		}
		body_read(c, &E.v[i], e);
		edugrade_subjects(e);
	}
	entries_free(&E);
	eduexam_store(c, &X, first);
}
