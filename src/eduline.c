/*
 * eduline: see eduline.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "edudegree.h"
#include "eduscore.h"
#include "eduline.h"
#include "eduspan.h"
#include "fold.h"
#include "orgword.h"
#include "parse.h"
#include "roleline.h"
#include "wordlist.h"
#include "xalloc.h"

void
eduline_parts(const char *h, struct strlist *parts)
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
 * (two letters or more) and more words, no figure, no degree, no field;
 * "INSAT", "SUP'COM", "USTO-MB": four letters or more alone. */
static int
acronym_school(const char *s)
{
	size_t n = strcspn(s, " "), caps = 0;

	if (n < 2 || strpbrk(s, "0123456789") != NULL ||
	    role_degree_score(s) > 0 || eduspan_field(s))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (isupper((unsigned char)s[i]))
			caps++;
		else if ((s[i] != '\'' && s[i] != '-') || i == 0 || i + 1 == n)
			return 0;	/* "SUP'COM", "USTO-MB" */
	return s[n] != '\0' || caps >= 4;
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
		if (role_school_score(parts->v[i]) == 0 && eduscore_read(parts->v[i], &g)) {
			if (e->score == NULL)
				profile_set(&e->score, g);
			strlist_remove(parts, i);
		} else if (comma != NULL && comma[1] == ' ' && eduscore_read(comma + 2, &g) &&
		    role_school_score(comma + 2) == 0) {
			/* "Università di Bologna, voto 110/110 e lode" */
			if (e->score == NULL)
				profile_set(&e->score, g);
			*comma = '\0';
		}
		free(g);
	}
}

/* "School of Commerce" after "Waseda University", "Centre for Ecology
 * and Conservation" before "University of Exeter", "Penryn Campus": a
 * part of the school or its site, not the school. */
static int
unit_part(const char *s)
{
	static const char *const units[] = { "school of ", "faculty of ", "department of ",
		"college of ", "institute of ", "division of ", "centre for ", "center for ", NULL };
	char key[24];
	size_t n = strlen(s);

	/* "Penryn Campus": where the school's part stands */
	if (n > 7 && strcmp(s + n - 7, " Campus") == 0)
		return 1;
	fold_key(s, strlen(s), key, sizeof key);
	for (int i = 0; units[i] != NULL; i++)
		if (strncmp(key, units[i], strlen(units[i])) == 0)
			return 1;
	return 0;
}

/* "Bachelor of Science, Yerevan State University, Faculty of Informatics
 * and Applied Mathematics": a degree with no field, the faculty after the
 * school; what the faculty teaches is the field. */
static void
faculty_area(const struct strlist *parts, int school, struct education *e)
{
	static const char *const units[] = { "Faculty of ", "Department of ", "School of ", NULL };

	if (e->area != NULL || e->study_type == NULL)
		return;
	for (size_t i = (size_t)school + 1; i < parts->n; i++)
		for (int k = 0; units[k] != NULL; k++)
			if (strncmp(parts->v[i], units[k], strlen(units[k])) == 0 &&
			    parts->v[i][strlen(units[k])] != '\0') {
				char *a = xstrdup(parts->v[i] + strlen(units[k]));
				size_t n = strlen(a);
				if (a[n - 1] == '.')
					a[n - 1] = '\0';
				profile_set(&e->area, a);
				free(a);
				return;
			}
}

/* "Westbrook High School, Dunmore, PA": a town no list knows, then its
 * region or its country, the two a place. */
static int
town_region(const struct ctx *c, const struct strlist *parts, size_t i)
{
	char *two;
	int ok;

	if (i + 1 >= parts->n || eduspan_field(parts->v[i]) ||
	    role_degree_score(parts->v[i]) > 0 || eduspan_field(parts->v[i + 1]))
		return 0;
	two = xstrdup(parts->v[i]);
	two = xrealloc(two, strlen(two) + strlen(parts->v[i + 1]) + 3);
	strcat(strcat(two, ", "), parts->v[i + 1]);
	ok = role_place(c, two, NULL);
	free(two);
	return ok;
}

/* "PhD in Ecology, University of St Andrews, St Andrews": the place
 * after the school is no degree; nor is "KwaDlangezwa", a town's name
 * the list does not know, last, that names no field, when the degree
 * stands before the school. */
static int
town_after(const struct ctx *c, const struct strlist *parts, size_t i)
{
	return role_place(c, parts->v[i], NULL) || town_region(c, parts, i) ||
	    role_region_worded(parts->v[i]) ||
	    (i + 1 == parts->n && i >= 2 &&
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

/* Whether h is two parts, a degree and a name in capitals after " at ". */
static int
degree_at(const char *h, const struct strlist *parts)
{
	const char *at = strstr(h, " at ");

	return at != NULL && strcmp(at + 4, parts->v[1]) == 0 &&
	    role_degree_score(parts->v[0]) > 0 && role_school_score(parts->v[0]) == 0 &&
	    role_degree_score(parts->v[1]) == 0 && isupper((unsigned char)parts->v[1][0]) &&
	    strpbrk(parts->v[1], "0123456789%") == NULL;
}

int
eduline_split(const struct ctx *c, const char *h, struct education *e)
{
	struct strlist parts = STRLIST_INIT;
	struct buf deg = BUF_INIT;
	int school = -1, found = 0;

	eduline_parts(h, &parts);
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
			/* "Queen's College, Camp Street, Georgetown": the
			 * school's street, no degree */
			if ((int)i != school && !((int)i > school && (town_after(c, &parts, i) ||
			    role_street_named(parts.v[i]) || role_street(parts.v[i]))) &&
			    !(school >= 0 && unit_part(parts.v[i]) && role_degree_score(parts.v[i]) == 0)) {
				if (deg.len > 0)
					buf_adds(&deg, ", ");
				buf_adds(&deg, parts.v[i]);
			}
		if (e->institution == NULL)
			profile_set(&e->institution, parts.v[school]);
		if (deg.len > 0 && e->study_type == NULL && e->area == NULL) {
			edudegree_split(deg.s, e);
			faculty_area(&parts, school, e);
		}
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
	/* "Licence en Sciences de Gestion, option Finance, ESSEC de Douala": a
	 * degree, its option, and last a school known by its initials */
	if (found == 0 && parts.n >= 3 && role_degree_score(parts.v[0]) > 0 &&
	    role_school_score(parts.v[0]) == 0 && acronym_school(parts.v[parts.n - 1]) &&
	    strchr(parts.v[parts.n - 1], ' ') != NULL) {
		for (size_t i = 0; i + 1 < parts.n; i++) {
			if (deg.len > 0)
				buf_adds(&deg, ", ");
			buf_adds(&deg, parts.v[i]);
		}
		if (e->institution == NULL)
			profile_set(&e->institution, parts.v[parts.n - 1]);
		if (e->study_type == NULL && e->area == NULL)
			edudegree_split(deg.s, e);
		found = 1;
	}
	/* "Diploma, Industrial Safety at Maharashtra State Board of Technical
	 * Education": a degree, then where it was taken after "at" */
	if (found == 0 && parts.n == 2 && degree_at(h, &parts)) {
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
