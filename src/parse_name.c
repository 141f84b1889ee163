/*
 * The person's name in the lines at the top: a "Name:" label, a greeting,
 * the name alone or with the headline beside it, and the name again
 * further down with the headline after it.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "names.h"
#include "parse.h"
#include "xalloc.h"

/* The name of a bulleted line must be a stronger one: two words or more,
 * neither a place nor a skill ("- Berlin", "- Python"). */
static int
bulleted_name(const struct ctx *c, const char *s)
{
	return strchr(s, ' ') != NULL && !role_place(c, s, NULL) &&
	    !lexicon_skill(c->lx, s, strlen(s));
}

static void
name_set(struct ctx *c, const char *s)
{
	char *n = names_case(s);

	profile_set(&c->p->basics.name, n);
	free(n);
}

/* How much s names a job once the titles before a name are off it:
 * "Associate Professor Jane Doe" is a name. */
static int
untitled_score(const char *s)
{
	char *bare = names_case(s);
	int score = strchr(bare, ' ') != NULL && !islower((unsigned char)bare[0]) ?
	    role_title_score(bare) : role_title_score(s);

	free(bare);
	return score;
}

/* "Jane Doe Seniorengineer": a name and, glued to it by pdftotext, the
 * headline set in spaced letters. */
static int
glued_headline(struct ctx *c, const char *s)
{
	const char *last = strrchr(s, ' ');
	char *label, *name;

	if (last == NULL || memchr(s, ' ', (size_t)(last - s)) == NULL ||
	    (label = parse_label_unglue(last + 1)) == NULL)
		return 0;
	name = xstrndup(s, (size_t)(last - s));
	if (names_like(name) && role_title_score(name) == 0) {
		name_set(c, name);
		parse_label(c, label);
	}
	free(name);
	free(label);
	return c->p->basics.name != NULL;
}

/* A line that gives the name: "Name: ...", a greeting, or the name itself,
 * perhaps with the headline beside it. */
int
parse_name_line(struct ctx *c, const char *s, unsigned flags)
{
	struct strlist parts = STRLIST_INIT;
	char *n;
	int ok = 0;

	if ((n = names_label(s)) != NULL) {
		name_set(c, n);
		free(n);
		return 1;
	}
	if ((n = names_greeting(s)) != NULL) {
		parse_greeting(c, s, n);
		free(n);
		return 1;
	}
	role_parts(s, &parts);
	/* "CV — Ngozi Adeyemi": the title of the page, then the name; "XING"
	 * beside "Henrik Vosskamp": a site's mark, then the name */
	if (parts.n > 1 && (names_title_line(parts.v[0]) ||
	    parse_brand_over(parts.v[0], parts.v[1])))
		strlist_remove(&parts, 0);
	if (parts.n == 1 && glued_headline(c, parts.v[0])) {
		strlist_clear(&parts);
		return 1;
	}
	if (parts.n > 0 && names_like(parts.v[0]) && untitled_score(parts.v[0]) == 0 &&
	    role_school_score(parts.v[0]) == 0 && !names_menu_word(parts.v[0]) &&
	    (!(flags & (MK_BULLET | MK_NUMBERED)) || bulleted_name(c, parts.v[0]))) {
		name_set(c, parts.v[0]);
		if (parts.n > 1 && strpbrk(parts.v[1], "@0123456789") == NULL &&
		    !role_place(c, parts.v[1], NULL) && !names_title_line(parts.v[1]))
			parse_label(c, parts.v[1]);
		for (size_t i = 1; i < parts.n; i++)
			parse_contact(c, parts.v[i]);
		ok = 1;
	}
	strlist_clear(&parts);
	return ok;
}

/* "Arjun Nair · Principal Engineer": the name again, the headline after. */
int
parse_name_again(struct ctx *c, const char *s)
{
	struct strlist parts = STRLIST_INIT;
	size_t n = strlen(c->p->basics.name);
	int again;

	role_parts(s, &parts);
	/* "Hi, I'm Rohan" then "Rohan Kapoor — MS CS": the whole name */
	if (parts.n > 1 && strchr(c->p->basics.name, ' ') == NULL &&
	    strncmp(parts.v[0], c->p->basics.name, n) == 0 && parts.v[0][n] == ' ' &&
	    names_like(parts.v[0]) && role_title_score(parts.v[0]) == 0)
		name_set(c, parts.v[0]);
	again = parts.n > 1 && names_same(c->p->basics.name, parts.v[0]);
	for (size_t i = 1; again && i < parts.n; i++)
		if (c->p->basics.label == NULL && role_title_score(parts.v[i]) > 0 &&
		    strpbrk(parts.v[i], "@0123456789") == NULL)
			parse_label(c, parts.v[i]);
		else
			parse_contact(c, parts.v[i]);
	strlist_clear(&parts);
	return again;
}

int
parse_name_within(const char *short_, const char *full)
{
	char a[128], b[132], *w, *save = NULL;
	int words = 0;

	if (strlen(short_) >= sizeof a || strlen(full) + 2 >= sizeof b)
		return 0;
	fold_key(short_, strlen(short_), a, sizeof a);
	b[0] = ' ';
	fold_key(full, strlen(full), b + 1, sizeof b - 2);
	strcat(b, " ");
	for (w = strtok_r(a, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save), words++) {
		char pad[72];
		if (strlen(w) + 3 > sizeof pad)
			return 0;
		snprintf(pad, sizeof pad, " %s ", w);
		if (strstr(b, pad) == NULL)
			return 0;
	}
	return words >= 2;
}
