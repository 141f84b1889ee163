/*
 * Education: entries whose headers name a school, a degree and a field,
 * perhaps a grade ("GPA 3.8/4.0", "72%").
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "educourse.h"
#include "edudegree.h"
#include "edugrade.h"
#include "edulines.h"
#include "fold.h"
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

/* role_parts, less " at " and " @ ": "University of Illinois at
 * Urbana-Champaign" is one name; "BEng Software Engineering at Napier
 * University" two, a degree before the " at ". */
static void
edu_parts(const char *h, struct strlist *parts)
{
	char *t = xstrdup(h);

	for (char *p = t; (p = strstr(p, " at ")) != NULL; p += 4) {
		char *left = xstrndup(t, (size_t)(p - t));
		int degree = role_degree_score(left) > 0 && role_school_score(left) == 0;
		free(left);
		if (!degree)
			p[1] = '\x01';
	}
	for (char *p = t; (p = strstr(p, " @ ")) != NULL; p += 3)
		p[1] = '\x02';
	role_parts(t, parts);
	for (size_t i = 0; i < parts->n; i++)
		for (char *p = parts->v[i]; *p != '\0'; p++)
			if (*p == '\x01')
				*p = 'a';
			else if (*p == '\x02')
				*p = '@';
	free(t);
}

/* "JNTU Hyderabad", "IIT Bombay", "BITS Pilani": initials in capitals
 * (two letters or more) and more words, no figure, no degree, no field. */
static int
acronym_school(const char *s)
{
	size_t n = strcspn(s, " ");

	if (n < 2 || s[n] == '\0' || strpbrk(s, "0123456789") != NULL ||
	    role_degree_score(s) > 0 || eduspan_field(s))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isupper((unsigned char)s[i]))
			return 0;
	return 1;
}

/* "..., University of Mumbai, First Class": a part after the first that
 * is a grade is the score, and no longer a part. */
static void
drop_grades(struct strlist *parts, struct education *e)
{
	for (size_t i = parts->n; i-- > 1;) {
		char *g = NULL, *comma = strrchr(parts->v[i], ',');
		if (eduspan_mode_note(parts->v[i]) || eduspan_level_note(parts->v[i])) {
			strlist_remove(parts, i);	/* "(remote, part-time)" */
			continue;
		}
		if (role_school_score(parts->v[i]) == 0 && edudegree_score(parts->v[i], &g)) {
			if (e->score == NULL)
				profile_set(&e->score, g);
			strlist_remove(parts, i);
		} else if (comma != NULL && comma[1] == ' ' && edudegree_score(comma + 2, &g) &&
		    role_school_score(comma + 2) == 0) {
			/* "Università di Bologna, voto 110/110 e lode" */
			if (e->score == NULL)
				profile_set(&e->score, g);
			*comma = '\0';
		}
		free(g);
	}
}

/* "School of Commerce" after "Waseda University": a part of the school,
 * not the school. */
static int
unit_part(const char *s)
{
	static const char *const units[] = { "school of ", "faculty of ", "department of ",
		"college of ", "institute of ", "division of ", NULL };
	char key[24];

	fold_key(s, strlen(s), key, sizeof key);
	for (int i = 0; units[i] != NULL; i++)
		if (strncmp(key, units[i], strlen(units[i])) == 0)
			return 1;
	return 0;
}

/* "PhD in Ecology, University of St Andrews, St Andrews": the place
 * after the school is no degree; nor is "KwaDlangezwa", a town's name
 * the list does not know, last, that names no field, when the degree
 * stands before the school. */
static int
town_after(const struct ctx *c, const struct strlist *parts, size_t i)
{
	return role_place(c, parts->v[i], NULL) || (i + 1 == parts->n && i >= 2 &&
	    eduspan_place_like(parts->v[i]) && !eduspan_field(parts->v[i]) &&
	    role_degree_score(parts->v[i]) == 0 && role_degree_score(parts->v[0]) > 0);
}

/* "University of Science - VNU-HCM": a school and, after it, the initials
 * of the university it belongs to, joined by a hyphen as no degree's are;
 * the line is the institution, as written. */
static int
school_suffix(const char *h, const struct strlist *parts, struct education *e)
{
	const char *a = parts->v[1], *at = strstr(h, a);

	if (at == NULL || strlen(a) > 12 || strchr(a, ' ') != NULL || !parse_all_caps(a) ||
	    strchr(a + 1, '-') == NULL ||
	    role_degree_score(a) > 0 || e->institution != NULL)
		return 0;
	profile_setn(&e->institution, h, (size_t)(at - h) + strlen(a));
	return 1;
}

/* The parts of a line that holds both ("BSc Computer Science, University
 * of Leeds", "M.Sc. in Physics — ETH Zürich"): the one part naming a
 * school is the institution, the rest the degree. */
static int
split_line(const struct ctx *c, const char *h, struct education *e)
{
	struct strlist parts = STRLIST_INIT;
	struct buf deg = BUF_INIT;
	int school = -1, found = 0;

	edu_parts(h, &parts);
	drop_grades(&parts, e);
	if (parts.n == 1) {
		char *one = xstrdup(parts.v[0]);
		strlist_clear(&parts);
		eduspan_parts(one, &parts);
		free(one);
		drop_grades(&parts, e);
	}
	eduspan_apart(&parts);
	/* "Lyceum No. 3, secondary school certificate": a part with a school
	 * word and no degree word is the school before one with both */
	for (int pass = 0; pass < 2 && found == 0; pass++)
		for (size_t i = 0; i < parts.n && parts.n >= 2; i++)
			if (role_school_score(parts.v[i]) > 0 &&
			    (pass == 1 || role_degree_score(parts.v[i]) == 0) &&
			    !(found > 0 && unit_part(parts.v[i]))) {
				school = (int)i;
				found++;
			}
	if (found == 1 && school == 0 && parts.n == 2 && school_suffix(h, &parts, e)) {
		strlist_clear(&parts);
		return 1;
	}
	if (found >= 1 && parts.n >= 2) {
		for (size_t i = 0; i < parts.n; i++)
			if ((int)i != school && !((int)i > school && town_after(c, &parts, i))) {
				if (deg.len > 0)
					buf_adds(&deg, ", ");
				buf_adds(&deg, parts.v[i]);
			}
		if (e->institution == NULL)
			profile_set(&e->institution, parts.v[school]);
		if (deg.len > 0 && e->study_type == NULL && e->area == NULL)
			edudegree_split(deg.s, e);
	}
	/* "B.Tech (ECE)<tab>JNTU Hyderabad<tab>2012": a table's row, the
	 * degree in its first cell and the school, unknown, in its second;
	 * so too "Brevet professionnel Menuisier, CFA du Bâtiment, Chambéry",
	 * a degree's word first, a name of words after it, no field, and a
	 * town last */
	if (found == 0 && parts.n >= 2 && role_degree_score(parts.v[0]) > 0 &&
	    ((strchr(h, '\t') != NULL && strcspn(parts.v[0], " ") + 12 > strlen(parts.v[0])) ||
	    (eduspan_degree_lead(parts.v[0]) && parts.n >= 3 && isupper((unsigned char)parts.v[1][0]) &&
	    strchr(parts.v[1], ' ') != NULL && !eduspan_field(parts.v[1]) &&
	    eduspan_place_like(parts.v[parts.n - 1]))) &&
	    strpbrk(parts.v[1], "0123456789%") == NULL) {
		if (e->institution == NULL)
			profile_set(&e->institution, parts.v[1]);
		if (e->study_type == NULL && e->area == NULL)
			edudegree_split(parts.v[0], e);
		found = 1;
	}
	/* "B.Tech (ECE), JNTU Hyderabad", "SSC | ZPHS Kondapur": a degree,
	 * then a school known by its initials and its town */
	if (found == 0 && parts.n >= 2 && role_degree_score(parts.v[0]) > 0 &&
	    role_school_score(parts.v[0]) == 0 && acronym_school(parts.v[1])) {
		if (e->institution == NULL)
			profile_set(&e->institution, parts.v[1]);
		if (e->study_type == NULL && e->area == NULL)
			edudegree_split(parts.v[0], e);
		found = 1;
	}
	/* "MAN Truck & Bus AG, München – Berufsausbildung Technische
	 * Zeichnerin": a trade learnt at a firm, the firm its school */
	if (found == 0 && parts.n == 2) {
		int d = role_degree_score(parts.v[1]) > 0 && role_school_score(parts.v[1]) == 0;
		int firm = role_company_score(parts.v[d ? 0 : 1]) > 0 &&
		    role_degree_score(parts.v[d ? 0 : 1]) == 0;
		if (!d && role_degree_score(parts.v[0]) > 0 && role_school_score(parts.v[0]) == 0)
			d = -1;
		if (d != 0 && firm) {
			char *org = xstrdup(parts.v[d > 0 ? 0 : 1]), *comma = strrchr(org, ',');
			if (comma != NULL && comma > org && role_place(c, comma + 1, NULL))
				*comma = '\0';
			if (e->institution == NULL)
				profile_set(&e->institution, org);
			if (e->study_type == NULL && e->area == NULL)
				edudegree_split(parts.v[d > 0 ? 1 : 0], e);
			free(org);
			found = 1;
		}
	}
	buf_free(&deg);
	strlist_clear(&parts);
	return found >= 1;
}

/* "Thesis: Anomaly detection in flow data": the labelled title of a
 * thesis, no school nor degree. */
static int
thesis_line(const char *h)
{
	static const char *const labels[] = { "thesis", "thesis title", "dissertation",
		"master thesis", "master s thesis", "bachelor thesis", "bachelor s thesis",
		"final project", "tesis", "tesi", "tese", "these", "abschlussarbeit",
		"masterarbeit", "bachelorarbeit", "diplomarbeit", "scriptie", "afstudeerscriptie",
		"praca magisterska", "praca inzynierska", "praca licencjacka", "examensarbete",
		"diplomova prace", "bakalarska prace", "opinnaytetyo", "pro gradu", "skripsi",
		"tugas akhir",
		"bachelorprojekt", "speciale", "kandidatspeciale", "masterprojekt",
		"bacheloroppgave", "masteroppgave", "examensarbeid", "tfg", "tfm", "tesina",
		"projet de fin d etudes", "pfe", "memoire", "trabajo de fin de grado",
		"trabajo fin de grado", "trabajo de fin de master", "final year project",
		"senior thesis", "honors thesis", "honours thesis", "capstone", "capstone project",
		NULL };
	const char *colon = strchr(h, ':');
	char key[48];

	/* "Tesis aprobada con distinción": the word opening a short line */
	if (colon == NULL && lineword_count(h) <= 8 && strcspn(h, " ") < sizeof key &&
	    role_school_score(h) == 0 && role_degree_score(h) == 0) {
		fold_into(h, strcspn(h, " "), key, sizeof key);
		return wordlist_has(labels, key);
	}
	if (colon == NULL || colon == h || (size_t)(colon - h) >= sizeof key)
		return 0;
	fold_into(h, (size_t)(colon - h), key, sizeof key);
	return wordlist_has(labels, key);
}

/* "Magna cum laude · Senior thesis: wayfinding app ...": a grade and the
 * thesis beside it on one line; the grade is the score.  1 when the line
 * was such. */
static int
grade_beside_thesis(const char *h, struct education *e)
{
	const char *sep = strstr(h, " \xc2\xb7 ");
	size_t k = 4;
	char *first;
	int ok;

	if (sep == NULL && (sep = strstr(h, " | ")) != NULL)
		k = 3;
	if (sep == NULL || sep == h)
		return 0;
	first = parse_trim(h, (size_t)(sep - h));
	ok = edudegree_grade_only(first) && thesis_line(sep + k);
	if (ok && e->score == NULL)
		profile_set(&e->score, first);
	free(first);
	return ok;
}

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

	edu_parts(h, &parts);
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
 * not "..., Brno" over "obor Elektrikář" */
static int
name_goes_on(const char *h)
{
	static const char *const links[] = { "and", "da", "de", "del", "della", "der", "des",
		"di", "do", "du", "et", "fur", "la", "le", "of", "for", "y", NULL };
	const char *w = strrchr(h, ' ');
	char key[32];

	w = w != NULL ? w + 1 : h;
	if (*w == '\0' || strlen(w) >= sizeof key || strchr(",;:.", w[strlen(w) - 1]) != NULL)
		return 0;
	fold_into(w, strlen(w), key, sizeof key);
	for (size_t i = 0; links[i] != NULL; i++)
		if (strcmp(key, links[i]) == 0)
			return 1;
	return role_school_score(w) > 0;
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
		if (edudegree_score(dash != NULL ? dash + 5 : part, &g))
			profile_set(&e->score, g);
		free(g);
		free(part);
		p += n + (p[n] != '\0');
	}
	return 1;
}

static int
school_like(const char *h)
{
	int k = role_school_score(h);

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
level_apply(struct education *e, const char *level)
{
	if (level[0] != '\0' && e->area == NULL && e->institution != NULL &&
	    (e->study_type == NULL || role_degree_score(e->study_type) == 0))
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
		"specialization", "specialisation", "concentration", "branch", "stream", NULL };
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

/* The head read: the level a label gave, the field a labelled line did. */
static void
head_done(struct education *e, const char *level, char **field)
{
	if (*field != NULL && (*field)[0] != '\0' && e->area == NULL)
		profile_set(&e->area, *field);
	free(*field);
	*field = NULL;
	level_apply(e, level);
}

static void
read_head(const struct ctx *c, const struct entry *en, struct education *e)
{
	struct strlist lines = STRLIST_INIT;
	char *score = NULL, level[24] = "", *field = NULL;

	for (size_t i = 0; i < en->head.n; i++) {
		size_t lab = level_label(en->head.v[i], level, sizeof level);
		char *own = edugrade_tail(en->head.v[i] + lab, e), *tab = strrchr(own, '\t');
		const char *h = own;
		if (tab != NULL && eduspan_level_note(tab + 1))
			*tab = '\0';	/* "...<gap>EQF level 6" */
		if (eduspan_level_note(h) || place_facts(h, e) || grade_beside_thesis(h, e) ||
		    field_line(h, &field))
			h = "";
		if (e->score == NULL && role_school_score(h) == 0 && edudegree_score(h, &score)) {
			profile_set(&e->score, score);
			free(score);
		} else if (h[0] != '\0' && !role_noise(h) && !thesis_line(h) &&
		    !(lines.n > 0 && role_place(c, h, NULL)))
			strlist_add(&lines, h);
		free(own);
	}
	/* "... — École" over "nationale de la statistique ...": a line
	 * wrapped in the middle of a name */
	for (size_t i = 1; i < lines.n;)
		if (fold_lower_at(lines.v[i]) && name_goes_on(lines.v[i - 1])) {
			char *j = xprintf("%s %s", lines.v[i - 1], lines.v[i]);
			free(lines.v[i - 1]);
			lines.v[i - 1] = j;
			strlist_remove(&lines, i);
		} else
			i++;
	if (lines.n == 1 && split_line(c, lines.v[0], e)) {
		strlist_clear(&lines);
		head_done(e, level, &field);
		return;
	}
	/* "Universitat de Barcelona — Bachelor's Degree in Statistics" over
	 * "GPA 8.7/10": the line that holds both */
	for (size_t i = 0; i < lines.n; i++)
		if (role_school_score(lines.v[i]) > 0 && ((degree_part(lines.v[i]) &&
		    (!degree_first(lines.v[i]) || dash_school(lines.v[i]))) ||
		    (role_degree_score(lines.v[i]) > 0 && units_beside(&lines, i))) &&
		    split_line(c, lines.v[i], e) && e->study_type != NULL) {
			strlist_clear(&lines);
			head_done(e, level, &field);
			return;
		}
	/* the school is the line most like one, a degree's word counting
	 * against it ("Classes préparatoires aux grandes écoles" over "CPGE
	 * Lycée Moulay Youssef"); the others say the degree */
	{
		int best = 0;
		for (size_t i = 0; i < lines.n; i++)
			if (school_like(lines.v[i]) > best && !degree_first(lines.v[i]))
				best = school_like(lines.v[i]);
		for (size_t i = 0; i < lines.n && best > 0; i++)
			if (school_like(lines.v[i]) == best && !degree_first(lines.v[i])) {
				school_wrapped(c, &lines, i);
				profile_set(&e->institution, lines.v[i]);
				strlist_remove(&lines, i);
				break;
			}
	}
	for (size_t i = 0; i < lines.n; i++) {
		const char *h = lines.v[i];
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
	head_done(e, level, &field);
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
}

/* The body under a school: a line of its grade ("Nota: 8,6", "GPA:
 * 3.7", "CGPA 3.82/4.00") is the score; the bullets are its courses. */
static void
body_read(const struct entry *en, struct education *e)
{
	const struct strlist *lists[] = { &en->prose, &en->bullets };
	char *g;

	for (int l = 0; l < 2; l++)
		for (size_t k = 0; k < lists[l]->n; k++) {
			const char *s = lists[l]->v[k];
			g = NULL;
			if (e->score == NULL && (strchr(s, ':') != NULL || edudegree_grade_only(s)) &&
			    edudegree_score(s, &g)) {
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

	eventlog_rewrite(c, sec, 1);
	edutable_read(c, sec);
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
		if ((e = parse_append(c, SEC_EDUCATION)) == NULL)
			break;
		read_head(c, &E.v[i], e);
		eduname_tidy(c, e->institution);
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
		body_read(&E.v[i], e);
		edugrade_subjects(e);
	}
	entries_free(&E);
}
