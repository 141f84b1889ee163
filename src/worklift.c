/*
 * worklift: see worklift.h.
 */
#include <stdlib.h>
#include <string.h>

#include "headplace.h"
#include "lineword.h"
#include "roleline.h"
#include "workhead.h"
#include "worklift.h"
#include "xalloc.h"

/* A bullet that reads as a header line: a short title or a firm's name,
 * no sentence. */
static int
head_bullet(const struct ctx *c, const char *s, int want_role, int want_org)
{
	size_t n = strlen(s);
	const char *comma = strrchr(s, ',');

	/* "、" and "。" part clauses of a sentence in Chinese and Japanese */
	if (n == 0 || n > 80 || s[n - 1] == '.' || s[n - 1] == ':' || headplace_words(s) > 8 ||
	    strpbrk(s, "0123456789") != NULL || strstr(s, "\xe3\x80\x81") != NULL ||
	    strstr(s, "\xe3\x80\x82") != NULL)
		return 0;
	if (want_role && role_title_score(s) > 0 && role_company_score(s) == 0 &&
	    headplace_words(s) <= 6)
		return 1;
	/* "Amazon, Swansea": a name and its town; "Aarhus University" in an
	 * academic's list */
	return want_org && role_title_score(s) == 0 && (role_company_score(s) > 0 ||
	    role_school_score(s) > 0 ||
	    (comma != NULL && comma > s && role_place(c, comma + 1, NULL)));
}

/* "Delovno mesto: vodilni konstrukter" first in the body's prose, under
 * the firm's line: the labelled title is the header's. */
static int
prose_title(const struct ctx *c, struct entry *e, struct workhead *h)
{
	const char *v;

	if (h->role != NULL || e->prose.n == 0 || roleline_label_kind(e->prose.v[0], &v) != 2 ||
	    *v == '\0')
		return 0;
	strlist_add(&e->head, e->prose.v[0]);
	strlist_remove(&e->prose, 0);
	workhead_free(h);
	workhead_read(c, e, h);
	return 1;
}

int
worklift_bullets(const struct ctx *c, struct entry *e, struct workhead *h)
{
	size_t k = 0;

	const char *v;

	if (prose_title(c, e, h))
		return 1;

	/* "Designation : Site Engineer" first under the firm's line: the
	 * labelled title is the header's, whatever the firm's words read as */
	while (k < 2 && k < e->bullets.n && roleline_label_kind(e->bullets.v[k], &v) == 2 &&
	    *v != '\0')
		k++;
	while (k < 2 && k < e->bullets.n && (h->role == NULL || h->org == NULL) &&
	    head_bullet(c, e->bullets.v[k], h->role == NULL, h->org == NULL))
		k++;
	if (k == 0 || (e->head.n == 0 && e->aside == NULL && k < 2) || e->prose.n > 0)
		return 0;
	/* "Karnaphuli Bank Limited" over "Company Location : Agrabad,
	 * Chattogram": the firm's place under it goes with it */
	if (k < e->bullets.n && roleline_place_label(e->bullets.v[k], &v) == 1)
		k++;
	for (size_t i = 0; i < k; i++) {
		strlist_add(&e->head, e->bullets.v[0]);
		strlist_remove(&e->bullets, 0);
	}
	workhead_free(h);
	workhead_read(c, e, h);
	return 1;
}

/* "BRIGHTWATER ROBOTICS · San Francisco  2019 – Present" over "Series C
 * warehouse robotics company; 400 employees." over "Vice President of
 * Engineering": the firm's line and the job's, a line telling what the
 * firm is between them. */
static int
title_line(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && strchr(".;:", s[n - 1]) == NULL && lineword_count(s) <= 8 &&
	    !lineword_prose(s) && role_title_score(s) > 0 && role_company_score(s) == 0;
}

int
worklift_title(const struct ctx *c, struct entry *e, struct workhead *h)
{
	size_t k;

	(void)c;
	if (h->role != NULL || h->org == NULL || e->prose.n == 0)
		return 0;
	/* the line after the firm's description, else the first of the
	 * body when it is a title alone ("Руководитель проектов" after the
	 * firm's lines and the bullets of its trade) */
	if (e->prose.n >= 2 && title_line(e->prose.v[1]))
		k = 1;
	else if (title_line(e->prose.v[0]) && e->bullets.n > 0)
		k = 0;
	else
		return 0;
	h->role = xstrdup(e->prose.v[k]);
	strlist_remove(&e->prose, k);
	return 1;
}

int
worklift_labelled(const struct entry *e)
{
	const char *v;

	return e->bullets.n > 0 && roleline_label_kind(e->bullets.v[0], &v) == 2 && *v != '\0';
}
