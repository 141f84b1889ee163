/*
 * The headline: the line under the name that says what the person does,
 * without a label before it ("Position: ..."), the place it names ("Data
 * analyst based in Leeds") or the parts beside it that are a place, an
 * organisation or a link.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "parse.h"
#include "xalloc.h"

/* "Data analyst in Leeds", "an engineer based in Leeds": the headline,
 * and the place it names. */
/* "Position: Senior Engineer": the headline without its label. */
static const char *
label_value(const char *s)
{
	static const char *const labels[] = { "position", "title", "job title", "headline",
		"current position", "current role", "role", "designation", NULL };
	const char *colon = strchr(s, ':');
	char key[32];

	if (colon == NULL || colon - s > 20)
		return s;
	fold_key(s, (size_t)(colon - s), key, sizeof key);
	for (int i = 0; labels[i] != NULL; i++)
		if (strcmp(key, labels[i]) == 0)
			return colon + 1 + strspn(colon + 1, " ");
	return s;
}

/* "Ikeja, Lagos": a district or town the places do not know, then a
 * city they do: the first the city, the second its region. */
static int
town_in(const struct ctx *c, const char *s, struct location *loc)
{
	const char *comma = strstr(s, ", ");
	struct location big;

	if (comma == NULL || comma == s || strchr(comma + 2, ',') != NULL ||
	    !isupper((unsigned char)s[0]) || memchr(s, ' ', (size_t)(comma - s)) != NULL ||
	    strpbrk(s, "0123456789") != NULL ||
	    lexicon_skill(c->lx, s, (size_t)(comma - s)) || role_title_score(s) > 0)
		return 0;
	memset(&big, 0, sizeof big);
	if (!role_place(c, comma + 2, &big) || big.city == NULL) {
		record_free(&big, profile_location_fields, profile_nlocation_fields);
		return 0;
	}
	loc->city = xstrndup(s, (size_t)(comma - s));
	loc->region = big.city;
	loc->country_code = big.country_code;
	big.city = big.country_code = NULL;
	record_free(&big, profile_location_fields, profile_nlocation_fields);
	return 1;
}

/* "Director of Engineering · Eindhoven, the Netherlands", "Assistant
 * Professor — University of Amsterdam": the one part that is the job,
 * when the others are a place or an organisation; NULL if none. */
static char *
label_part(struct ctx *c, const char *s)
{
	struct strlist parts = STRLIST_INIT;
	char *keep = NULL;
	int kept = 0;

	role_parts(s, &parts);
	for (size_t i = 0; i < parts.n && parts.n >= 2; i++) {
		struct location loc;
		memset(&loc, 0, sizeof loc);
		if (i > 0 && (role_place(c, parts.v[i], &loc) ||
		    (i + 1 == parts.n && town_in(c, parts.v[i], &loc)))) {
			if (c->p->basics.location.city == NULL &&
			    c->p->basics.location.country_code == NULL)
				c->p->basics.location = loc;
			else
				record_free(&loc, profile_location_fields, profile_nlocation_fields);
			continue;
		}
		if (i > 0 && role_title_score(parts.v[0]) > 0 && role_title_score(parts.v[i]) == 0 &&
		    (role_company_score(parts.v[i]) > 0 || role_school_score(parts.v[i]) > 0))
			continue;
		/* a link or an address beside it: a contact detail */
		if (i > 0 && strchr(parts.v[i], ' ') == NULL && strchr(parts.v[i], '.') != NULL) {
			parse_contact(c, parts.v[i]);
			continue;
		}
		kept++;
		if (keep == NULL)
			keep = xstrdup(parts.v[i]);
	}
	strlist_clear(&parts);
	if (kept != 1) {
		free(keep);
		return NULL;
	}
	return keep;
}

void
parse_label(struct ctx *c, const char *s)
{
	const char *in = NULL;
	struct location loc;
	size_t end;
	char *part;

	s = label_value(s);
	if (role_noise(s))
		return;		/* "[Foto]" beside the name */
	end = strlen(s);
	/* "Director · Eindhoven ·": a separator left at the end */
	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '|' ||
	    (end >= 2 && memcmp(s + end - 2, "\xc2\xb7", 2) == 0)))
		end -= s[end - 1] == ' ' || s[end - 1] == '|' ? 1 : 2;
	if (s[end] != '\0') {
		part = xstrndup(s, end);
		parse_label(c, part);
		free(part);
		return;
	}
	if ((part = label_part(c, s)) != NULL) {
		parse_label(c, part);
		free(part);
		return;
	}
	for (const char *q = strstr(s, " in "); q != NULL; q = strstr(q + 1, " in "))
		in = q;
	memset(&loc, 0, sizeof loc);
	if (in == NULL || in == s || !role_place(c, in + 4, &loc)) {
		profile_set(&c->p->basics.label, s);
		return;
	}
	end = (size_t)(in - s);
	if (end >= 6 && strncmp(in - 6, " based", 6) == 0)
		end -= 6;
	profile_setn(&c->p->basics.label, s, end);
	if (c->p->basics.location.city == NULL && c->p->basics.location.country_code == NULL)
		c->p->basics.location = loc;
	else
		record_free(&loc, profile_location_fields, profile_nlocation_fields);
}
