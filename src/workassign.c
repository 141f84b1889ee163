/*
 * workassign: see workassign.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "lineword.h"
#include "orgword.h"
#include "roleline.h"
#include "workassign.h"
#include "xalloc.h"

/* Takes a place off the end of s into *place. */
static void
place_cut(char *s, size_t at, char **place)
{
	size_t d = at;

	/* "Donauwerk Haustechnik GmbH, 1100 Wien": the postcode before the
	 * town goes with it */
	while (d > 0 && s[d - 1] == ' ')
		d--;
	while (d > 0 && isdigit((unsigned char)s[d - 1]))
		d--;
	if (d < at && d >= 2 && s[d - 1] == ' ' && s[d - 2] == ',' && at - d >= 5)
		at = d;
	if (*place == NULL)
		*place = xstrdup(s + at);
	while (at > 0 && strchr(" ,-", s[at - 1]) != NULL)
		at--;
	s[at] = '\0';
}

/* "HR Business Partner – Tech & Product, Fietsly B.V.": the words before
 * a firm named by its legal form, no firm's themselves, are the role's
 * focus. */
static void
focus_to_role(struct workhead *h)
{
	char *comma, *focus, *role;

	if (h->role == NULL || h->org == NULL || (comma = strstr(h->org, ", ")) == NULL ||
	    strstr(comma + 2, ", ") != NULL || !orgword_legal(comma + 2))
		return;
	focus = xstrndup(h->org, (size_t)(comma - h->org));
	if (role_company_score(focus) == 0 && role_school_score(focus) == 0 &&
	    lineword_count(focus) <= 4) {
		role = xprintf("%s \xe2\x80\x93 %s", h->role, focus);
		free(h->role);
		h->role = role;
		memmove(h->org, comma + 2, strlen(comma + 2) + 1);
	}
	free(focus);
}

/* "Oakwood Grange Care Home, Ossett": a name of words, no job's, then
 * after its only comma one word in capitals no list knows, neither firm
 * nor legal form, perhaps with its district's number: a town; where it
 * starts, 0 if none. */
static size_t
town_word(const char *org)
{
	const char *comma = strstr(org, ", ");
	const char *sp = comma != NULL ? strchr(comma + 2, ' ') : NULL;
	char *name;
	int firm;

	/* "Lyon 7e", "Paris 15e": a town and its district's number */
	if (sp != NULL && (!isdigit((unsigned char)sp[1]) || strlen(sp + 1) > 4 ||
	    strchr(sp + 1, ' ') != NULL))
		return 0;
	if (comma == NULL || strstr(comma + 2, ", ") != NULL ||
	    !isupper((unsigned char)comma[2]) || parse_all_caps(comma + 2) ||
	    strpbrk(comma + 2, ".&()") != NULL || (sp == NULL && strpbrk(comma + 2, "0123456789")) ||
	    orgword_legal(comma + 2) ||
	    role_company_score(comma + 2) > 0 || role_title_score(comma + 2) > 0)
		return 0;
	name = xstrndup(org, (size_t)(comma - org));
	firm = strchr(name, ' ') != NULL && role_title_score(name) == 0;
	free(name);
	return firm ? (size_t)(comma - org) + 2 : 0;
}

/* Takes a place off the end of the role ("System Engineer Bangalore"),
 * and off a company named by its legal form ("Kessler AG Augsburg"). */
static void
role_place_split(const struct ctx *c, struct workhead *h)
{
	size_t at;

	if (h->role != NULL && (at = role_trailing_city(c, h->role)) > 0)
		place_cut(h->role, at, &h->place);
	if (h->org != NULL && (at = role_trailing_city(c, h->org)) > 0) {
		char *name = xstrndup(h->org, at);
		if (role_firm_score(name) > 0)
			place_cut(h->org, at, &h->place);
		free(name);
	} else if (h->org != NULL && h->place == NULL && (at = town_word(h->org)) > 0)
		place_cut(h->org, at, &h->place);
	focus_to_role(h);
}

/* "School of Biological Sciences", "Centre for Ecology": a school or a
 * centre inside a university, by its opening words. */
static int
academic_unit(const char *s, size_t n)
{
	static const char *const opens[] = { "School of ", "Centre for ", "Center for ",
		"Faculty of ", "Division of ", "Department of ", "Laboratory of ", NULL };
	char *part = xstrndup(s, n);
	int unit = orgword_unit(part);

	free(part);
	for (size_t i = 0; opens[i] != NULL && !unit; i++)
		unit = strncmp(s, opens[i], strlen(opens[i])) == 0;
	return unit;
}

/* "Department of Engineering, University of Cambridge", "Division of
 * Chemistry and Chemical Engineering, California Institute of
 * Technology": the university or the firm, not its unit. */
static const char *
unit_of(const char *org)
{
	const char *comma = strstr(org, ", "), *last = org;

	for (const char *p = comma; p != NULL; p = strstr(p + 2, ", "))
		last = p + 2;
	if (comma == NULL || strncmp(org, "Universit", 9) == 0)
		return org;
	if (last == comma + 2 && strstr(org, "Universit") != NULL &&
	    strstr(comma, "Universit") != NULL)
		return comma + 2;
	/* "Division of Physics, Mathematics and Astronomy, California
	 * Institute of Technology": the unit's name may hold commas */
	if (academic_unit(org, (size_t)(comma - org)) && !academic_unit(last, strlen(last)) &&
	    (role_school_score(last) > 0 || role_company_score(last) > 0))
		return last;
	return org;
}

/* "Praktikant Embedded Systems" beside "Lindqvist GmbH Erlangen": a job
 * title ending in a word firms end in, beside a part as much a firm and
 * no title; its index, or -1. */
static int
title_beside_firm(const struct strlist *parts)
{
	for (size_t i = 0; i < parts->n; i++) {
		int ci = role_company_score(parts->v[i]);
		if (role_title_score(parts->v[i]) == 0)
			continue;
		for (size_t j = 0; j < parts->n; j++)
			if (j != i && role_company_score(parts->v[j]) >= ci &&
			    role_title_score(parts->v[j]) == 0)
				return (int)i;
	}
	return -1;
}

/* "Zero lost-time injuries over 30 months": more words in lower case than
 * capitalised, a highlight that lost its bullet rather than a name. */
static int
sentence_like(const char *s)
{
	int low = 0, up = 0;

	for (const char *p = s; *p != '\0'; p += strcspn(p, " "), p += strspn(p, " ")) {
		if (strcspn(p, " ") < 3)
			continue;
		low += fold_lower_at(p);
		up += fold_upper_at(p);
	}
	return low > up;
}

/* How much s reads as an organisation's name. "Informatics Institute,
 * University of Amsterdam": the university rather than the unit inside
 * it. */
static int
org_weight(const char *s)
{
	return role_company_score(s) + role_school_score(s) + (strstr(s, "Universit") != NULL) -
	    (strncmp(s, "Department", 10) == 0 || strncmp(s, "Faculty", 7) == 0) -
	    sentence_like(s);
}

/* "Staff RN – Cardiac Step-Down | Smoky Ridge University Medical Center":
 * between the title and the employer, a few words that name neither, nor
 * a firm, are the ward or the field the job was in. */
static int
ward_between(const struct strlist *parts, int bi, int co)
{
	const char *w = parts->v[bi + 1];

	return parts->n == 3 && bi == 0 && co == 2 && org_weight(parts->v[2]) > 0 &&
	    org_weight(w) <= 0 && role_title_score(w) == 0 && lineword_count(w) <= 4 &&
	    strpbrk(w, "0123456789@") == NULL;
}

/* The role is the part most like a job title; the organisation the part
 * most like a company, else the first other one. */
void
workassign_parts(const struct ctx *c, struct strlist *parts, struct workhead *h)
{
	int best = 0, bi = -1, co = -1, cs = 0;

	/* "Consultora de datos — Autónomo": working for oneself is the
	 * employer, the other part the job */
	for (size_t i = 0; i < parts->n && co < 0; i++)
		if (role_self_employed(parts->v[i]))
			co = (int)i;
	if (co >= 0) {
		h->org = xstrdup(parts->v[co]);
		for (size_t i = 0; i < parts->n; i++)
			if ((int)i != co && (bi < 0 || role_title_score(parts->v[i]) > best)) {
				bi = (int)i;
				best = role_title_score(parts->v[i]);
			}
		if (bi >= 0)
			h->role = xstrdup(parts->v[bi]);
		role_place_split(c, h);
		return;
	}
	/* of equals the first: a Lebenslauf's role comes before its ward
	 * and extra duties ("Praxisanleiterin") */
	for (size_t i = 0; i < parts->n; i++) {
		int t = role_title_score(parts->v[i]) - 2 * role_company_score(parts->v[i]);
		/* "Tan Tock Seng Hospital, Department of Pharmacy": a unit of
		 * the employer after its name is no job */
		if (i > 0 && orgword_unit(parts->v[i]))
			continue;
		if (t > best) {
			best = t;
			bi = (int)i;
		}
	}
	if (bi < 0)
		bi = title_beside_firm(parts);
	else
		h->order = 1;
	for (size_t i = 0; i < parts->n; i++) {
		int k = org_weight(parts->v[i]);
		if ((int)i != bi && (co < 0 || k > cs)) {
			co = (int)i;
			cs = k;
		}
	}
	/* "Recepționer sezonier" over "Phoenicia Holiday Resort", "Second
	 * in Department (Science)" over "Bishop Hedley High School": the
	 * words tell neither or both, the section's other headers tell the
	 * order */
	if (bi < 0 && parts->n == 2 && h->role_first > 0 &&
	    (cs <= 0 || org_weight(parts->v[1]) >= cs)) {
		bi = 0;
		co = 1;
	}
	if (bi < 0 && parts->n >= 2 && co >= 0 && !(co == 0 && orgword_unit(parts->v[1])))
		bi = co == 0 ? 1 : 0;
	if (h->order == 1 && co >= 0 && co != bi && parts->n == 2)
		h->order = bi < co ? 1 : -1;
	else
		h->order = 0;
	if (bi >= 0 && (size_t)bi + 1 < parts->n && bi + 1 != co && co >= 0 &&
	    isupper((unsigned char)parts->v[bi + 1][0]) && (orgword_unit_last(parts->v[bi + 1]) ||
	    ward_between(parts, bi, co)))
		/* "Patient Care Technician – Emergency Department" over the
		 * hospital: the unit the job was in is written with the job */
		h->role = xprintf("%s \xe2\x80\x93 %s", parts->v[bi], parts->v[bi + 1]);
	else if (bi >= 0)
		h->role = xstrdup(parts->v[bi]);
	if (co >= 0 && co != bi)
		h->org = xstrdup(unit_of(parts->v[co]));
	else if (bi < 0 && parts->n > 0)
		h->org = xstrdup(parts->v[0]);
	role_place_split(c, h);
}
