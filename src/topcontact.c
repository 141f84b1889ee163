/*
 * topcontact: a line at the top of a résumé as contact details: e-mail,
 * phones, links, the person's place, and a headline among them; whether
 * a line holds any.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "contact.h"
#include "homeplace.h"
#include "lineword.h"
#include "parse.h"
#include "topcontact.h"
#include "xalloc.h"

/* "Wohnort: München", "Location: Leeds, UK": the value of a label. */
const char *
topcontact_value(const char *s)
{
	const char *colon = strchr(s, ':');

	if (colon == NULL || colon - s > 20 || colon[1] != ' ' || strncmp(s, "http", 4) == 0)
		return s;
	for (const char *p = s; p < colon; p++)
		if (*p == ' ' && p + 1 < colon && p[1] == ' ')
			return s;
	return colon + 2;
}


/* A headline is short and no sentence: "Data engineer", not "Currently a
 * data engineer in Trondheim, building ...". */
static int
headline(const char *s)
{
	int words = 0;
	size_t n = strlen(s);

	for (const char *q = s; *q != '\0'; q++)
		words += *q != ' ' && (q[1] == ' ' || q[1] == '\0');
	return words <= 8 && n > 0 && s[n - 1] != '.';
}

static int bare_domain(const char *);

/* "First Officer, Boeing 777": a title with a small figure in it, no
 * phone nor address */
static int
titled_figure(const char *q)
{
	size_t digits = 0;

	for (const char *d = q; *d != '\0'; d++)
		digits += isdigit((unsigned char)*d) != 0;
	return digits <= 4 && strchr(q, '@') == NULL && role_title_score(q) > 0 && headline(q);
}

/* "(34) 99817-4402 | Uberaba - MG": a Brazilian town among the pieces
 * of a contact line, before its dash parts it. */
static void
uf_pieces(struct profile *p, const char *s)
{
	for (const char *q = s; *q != '\0' && p->basics.location.city == NULL;) {
		size_t n = strcspn(q, "|\t");
		char *piece = parse_trim(q, n);
		struct location loc;
		if (homeplace_uf(piece, &loc))
			p->basics.location = loc;
		free(piece);
		q += n + (q[n] != '\0');
	}
}


/* "Team Leader – Customer Support (International Voice & Chat)<gap>E-mail:
 * ...": a headline in the first cell, the contact details beside it; the
 * cell is the headline whole. */
static void
cell_headline(struct ctx *c, const char *s)
{
	const char *tab = strchr(s, '\t');
	char *cell;

	if (tab == NULL || c->p->basics.name == NULL || c->p->basics.label != NULL)
		return;
	cell = xstrndup(s, (size_t)(tab - s));
	if (!parse_has_contact(c, cell) && strchr(cell, ':') == NULL &&
	    role_title_score(cell) > 0 && role_company_score(cell) == 0 &&
	    lineword_count(cell) <= 12 && cell[strlen(cell) - 1] != '.')
		parse_label(c, cell);
	free(cell);
}

int
topcontact_line(struct ctx *c, const char *s)
{
	struct profile *p = c->p;
	struct strlist parts = STRLIST_INIT;
	int any = 0;

	any |= strchr(s, '@') != NULL;
	cell_headline(c, s);
	uf_pieces(p, s);
	contact_email(p, s);
	contact_phone(p, s);
	contact_urls(p, s);
	role_parts(s, &parts);
	for (size_t i = 0; i < parts.n; i++) {
		const char *q = topcontact_value(parts.v[i]);
		struct location loc;
		if ((strpbrk(q, "@0123456789") != NULL && !titled_figure(q)) || contact_network(q)) {
			if (strchr(q, '@') == NULL && p->basics.location.city == NULL &&
			    homeplace_address(c, q, &loc)) {
				record_free(&p->basics.location, profile_location_fields,
				    profile_nlocation_fields);
				p->basics.location = loc;
			}
			any = 1;
			continue;
		}
		/* "Citizenship: U.S. Citizen": a fact under its label, no
		 * headline */
		if (p->basics.name != NULL && p->basics.label == NULL && role_title_score(q) > 0 &&
		    (q == parts.v[i] || !parse_fact_label(parts.v[i])) &&
		    !role_place(c, q, NULL) && strchr(q, ':') == NULL && headline(q)) {
			parse_label(c, q);
			continue;
		}
		/* "· aisharc.dev": the person's site, a domain alone */
		if (p->basics.url == NULL && bare_domain(q) &&
		    strspn(q, "abcdefghijklmnopqrstuvwxyz0123456789.-") == strlen(q) &&
		    !contact_network(q)) {
			profile_set(&p->basics.url, q);
			any = 1;
			continue;
		}
		memset(&loc, 0, sizeof loc);
		if (homeplace_find(c, q, &loc)) {
			if (p->basics.location.city == NULL && p->basics.location.country_code == NULL)
				p->basics.location = loc;
			else
				record_free(&loc, profile_location_fields, profile_nlocation_fields);
			any = 1;
		}
	}
	strlist_clear(&parts);
	return any || strstr(s, "http") != NULL || strstr(s, "www.") != NULL ||
	    strstr(s, ".com/") != NULL;
}

void
parse_contact(struct ctx *c, const char *s)
{
	topcontact_line(c, s);
}


/* "lucaferri.dev", "jane-doe.co.uk": a site's domain alone. */
static int
bare_domain(const char *s)
{
	const char *dot = strrchr(s, '.');

	if (dot == NULL || dot == s || strchr(s, ' ') != NULL || strlen(dot + 1) < 2)
		return 0;
	for (const char *q = dot + 1; *q != '\0'; q++)
		if (!islower((unsigned char)*q))
			return 0;
	return 1;
}

/* "Via Emilia Est 221", "221B Baker Street": a street and its number. */
static int
street_line(const char *s)
{
	const char *last = strrchr(s, ' ');
	size_t first = strcspn(s, " ");
	int words = 0;

	if (last == NULL)
		return 0;
	for (const char *q = s; *q != '\0'; q++)
		words += *q == ' ';
	if (words > 4 || role_title_score(s) > 0)
		return 0;
	if (isdigit((unsigned char)last[1]) && strspn(last + 1, "0123456789") <= 4 &&
	    strlen(last + 1) <= 5)
		return 1;
	return first <= 5 && isdigit((unsigned char)s[0]) && strspn(s, "0123456789") <= 4;
}

int
parse_has_contact(const struct ctx *c, const char *s)
{
	struct strlist parts = STRLIST_INIT;
	int any = strchr(s, '@') != NULL || strstr(s, "http") != NULL ||
	    strstr(s, "www.") != NULL || strstr(s, ".com/") != NULL;

	role_parts(s, &parts);
	for (size_t i = 0; i < parts.n && !any; i++) {
		const char *q = topcontact_value(parts.v[i]);
		size_t digits = 0;
		for (const char *d = q; *d != '\0'; d++)
			digits += isdigit((unsigned char)*d) != 0;
		any = digits >= 7 || contact_network(q) || homeplace_find(c, q, NULL) ||
		    q != parts.v[i] || bare_domain(q) || street_line(q);
	}
	strlist_clear(&parts);
	return any;
}
