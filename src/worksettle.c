/*
 * worksettle: once a work entry's header is read into organisation, role
 * and place, what of one belongs to another: labels that say which is
 * which, a firm read as the place, a title and a firm with nothing
 * between, a unit before the firm's name.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "headplace.h"
#include "lineword.h"
#include "parse.h"
#include "roleline.h"
#include "workhead.h"
#include "worksettle.h"
#include "xalloc.h"

/* Whether s names an organisation, or ends in "Center" as hospitals
 * and health centres do (no firm's word: "Trafford Centre" is a place). */
static int
org_named(const char *s)
{
	size_t n = strlen(s);

	return role_company_score(s) > 0 || (n > 7 && (strcmp(s + n - 7, " Center") == 0 ||
	    strcmp(s + n - 7, " Centre") == 0));
}

/* "Empresa" over "Deloitte México", "Puesto" over "Auditora Semisenior":
 * what the labels say the employer and the title are overrules the
 * words, when the two were read the other way round. */
/* "Employer: Hospital Luis Vernaza – Junta de Beneficencia de Guayaquil":
 * a labelled value cut at its dash is the value whole. */
static void
label_whole(char **field, const char *value)
{
	size_t n;

	if (*field == NULL || value == NULL)
		return;
	n = strlen(*field);
	if (strncmp(value, *field, n) != 0 || (strncmp(value + n, " \xe2\x80\x93 ", 5) != 0 &&
	    strncmp(value + n, " - ", 3) != 0 && strncmp(value + n, " \xe2\x80\x94 ", 5) != 0))
		return;
	free(*field);
	*field = xstrdup(value);
}

/* A title a label gave, no label naming the firm: "Starfsheiti:
 * Hugbúnaðarprófari" under "Advania ehf., Reykjavík" read the wrong way
 * round, or under "Marel hf., Garðabæ" whose town was read as the title.
 * Whether it settled the header. */
static int
labelled_title(struct workhead *h, const char *title)
{
	char *t;

	if (h->role == NULL) {
		h->role = xstrdup(title);
		return 1;
	}
	if (h->org != NULL && strcmp(h->org, title) == 0) {
		t = h->org;
		h->org = h->role;
		h->role = t;
		return 1;
	}
	if (h->org == NULL || strstr(title, h->role) != NULL || strstr(h->role, title) != NULL)
		return 0;
	if (h->place == NULL)
		h->place = h->role;
	else
		free(h->role);
	h->role = xstrdup(title);
	return 1;
}

void
worksettle_labels(struct workhead *h, const char *lab[3])
{
	char *t;

	if (lab[2] != NULL && *lab[2] != '\0' && lab[1] == NULL && labelled_title(h, lab[2]))
		return;
	if (lab[1] != NULL && lab[2] != NULL) {
		label_whole(&h->org, lab[1]);
		label_whole(&h->role, lab[2]);
	}

	/* "Ravi Associates Consulting Engineers, Faisalabad" over
	 * "Designation : Site Engineer": the title a label gave is the
	 * title, the firm's name read as one the employer */
	if (h->org == NULL && h->role != NULL && lab[2] != NULL && lab[1] == NULL &&
	    strstr(lab[2], h->role) == NULL && strstr(h->role, lab[2]) == NULL) {
		h->org = h->role;
		h->role = xstrdup(lab[2]);
		return;
	}
	if (h->org == NULL || h->role == NULL || lab[1] == NULL || lab[2] == NULL ||
	    strstr(lab[1], h->role) == NULL || strstr(lab[2], h->org) == NULL)
		return;
	t = h->org;
	h->org = h->role;
	h->role = t;
}

/* "First Officer – Airbus A320" over "Aegean Airlines, Athens": when the
 * line under a title and its focus is a name unknown as a place and a
 * town, that line gives the employer, and the focus is the title's. */
void
worksettle_place_firm(const struct ctx *c, const struct strlist *head, const char *aside,
    struct workhead *h)
{
	char *comma, *name, *role;
	int whole, joint = 0;

	if (h->role == NULL || h->org == NULL || h->place == NULL ||
	    (comma = strstr(h->place, ", ")) == NULL || strstr(comma + 2, ", ") != NULL ||
	    role_company_score(h->org) > 0 || role_school_score(h->org) > 0)
		return;
	whole = aside != NULL && strcmp(aside, h->place) == 0;
	for (size_t i = 0; i < head->n; i++) {
		whole |= strstr(head->v[i], h->place) != NULL;
		joint |= strstr(head->v[i], h->role) != NULL && strstr(head->v[i], h->org) != NULL;
	}
	name = xstrndup(h->place, (size_t)(comma - h->place));
	/* not "Main Street, Gibraltar": a street is the place's */
	if (whole && joint && isupper((unsigned char)name[0]) && !headplace_remote(name) &&
	    !role_place(c, name, NULL) && role_title_score(name) == 0 && !role_street_named(name) &&
	    role_place(c, comma + 2, NULL)) {
		role = xprintf("%s \xe2\x80\x93 %s", h->role, h->org);
		free(h->role);
		h->role = role;
		free(h->org);
		h->org = name;
		memmove(h->place, comma + 2, strlen(comma + 2) + 1);
		return;
	}
	free(name);
}

/* "Registered Nurse" and "Emergency Department St. Brigid's Medical
 * Center": a unit's name before the employer's is the title's. */
void
worksettle_unit(struct workhead *h)
{
	static const char *const units[] = { " Department ", " Unit ", " Ward ", NULL };
	char *at = NULL, *role;
	size_t k = 0;

	if (h->org == NULL || h->role == NULL)
		return;
	for (int i = 0; units[i] != NULL && at == NULL; i++)
		if ((at = strstr(h->org, units[i])) != NULL)
			k = strlen(units[i]);
	if (at == NULL || lineword_count(h->org) - lineword_count(at) > 2 ||
	    !isupper((unsigned char)at[k]) || !org_named(at + k))
		return;
	role = xprintf("%s, %.*s", h->role, (int)(at + k - 1 - h->org), h->org);
	free(h->role);
	h->role = role;
	memmove(h->org, at + k, strlen(at + k) + 1);
}

/* "Software Engineer Brightline Freight Inc.": a title, then a firm,
 * with nothing between, read as either. */
void
worksettle_title_firm(struct workhead *h)
{
	size_t cut;
	char *role;

	if (h->role == NULL && h->org != NULL && (cut = roleline_title_lead(h->org)) > 0) {
		h->role = parse_trim(h->org, cut);
		memmove(h->org, h->org + cut, strlen(h->org + cut) + 1);
	} else if (h->org == NULL && h->role != NULL && (cut = roleline_title_lead(h->role)) > 0 &&
	    org_named(h->role + cut)) {
		role = parse_trim(h->role, cut);
		h->org = xstrdup(h->role + cut);
		free(h->role);
		h->role = role;
	}
}

void
worksettle_office(struct workhead *h)
{
	static const char *const sites[] = { "head office", "corporate office", "main office",
		"regional office", "registered office", "headquarters", "head quarters", "hq",
		NULL };
	char *comma, key[24];

	if (h->org == NULL || (comma = strrchr(h->org, ',')) == NULL || comma == h->org ||
	    comma[1] != ' ')
		return;
	fold_key(comma + 2, strlen(comma + 2), key, sizeof key);
	for (int i = 0; sites[i] != NULL; i++)
		if (strcmp(key, sites[i]) == 0) {
			*comma = '\0';
			return;
		}
}
