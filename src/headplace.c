/*
 * headplace: what of a work entry's header part is a place or a note
 * rather than a name ("Acme GmbH, München", "Initech (Austin)", "Mu Sigma,
 * Remote", "Medisquare (acquired by Doctolib)"), for workhead.c.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "headplace.h"
#include "lineword.h"
#include "orgword.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

int
headplace_remote(const char *s)
{
	static const char *const words[] = { "remote", "hybrid", "on site", "onsite",
		"fully remote", "remote first", "remoto", "en remoto", "teletrabajo",
		"teletravail", "zdalnie", "praca zdalna", "homeoffice", "home office",
		"op afstand", "distans", "hibrido", "hybride", "hibrida", "remota", "presencial",
		"no local", "a distance", "sur site", "sur place", "vor ort", "ibrido",
		"da remoto", "in sede", "hybrydowo", "stacjonarnie", "op locatie", NULL };
	char key[32];

	fold_key(s, strlen(s), key, sizeof key);
	return wordlist_has(words, key);
}

/* Whether s begins with a company's legal form: "Ltd. (Osaka)", "Inc". */
int
headplace_legal_next(const char *s)
{
	size_t n = strcspn(s, " ,");
	char *w = xstrndup(s, n);
	int form = n > 0 && n <= 6 && role_legal_form(w);

	free(w);
	return form;
}

int
headplace_words(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		n += *s != ' ' && (s[1] == ' ' || s[1] == '\0');
	return n;
}

/* "Repsol S.A., Cartagena.": the full stop that ends a line is no part of
 * the town's name (an initial's is: "St."). */
static void
full_stop_off(char *s)
{
	size_t n = strlen(s);

	if (n > 3 && s[n - 1] == '.' && s[n - 2] != '.' && s[n - 3] != ' ' &&
	    !isupper((unsigned char)s[n - 2]))
		s[n - 1] = '\0';
}

/* "Fort Hood, TX 76544": the postcode after a state's code is no part of
 * the place's name. */
static void
postcode_off(char *s)
{
	char *sp = strrchr(s, ' ');
	size_t digits;

	if (sp == NULL || sp - s < 2)
		return;
	digits = strspn(sp + 1, "0123456789");
	if (digits != 5 || (sp[1 + digits] != '\0' && (sp[1 + digits] != '-' ||
	    strspn(sp + 2 + digits, "0123456789") != 4 || sp[6 + digits] != '\0')))
		return;
	if (isupper((unsigned char)sp[-1]) && isupper((unsigned char)sp[-2]) &&
	    (sp - s == 2 || sp[-3] == ' '))
		*sp = '\0';
}

/* Whether a part between the firm's name and its town is more of the
 * address: a building, a unit, a park or a quarter ("Building 5190", "1st
 * Cavalry Division", "Cebu IT Park", "Lahug"), no firm, school or job, and
 * no name the town is part of ("Autonomous Systems Lab, ETH Zürich,
 * Zürich"). */
static int
address_part(const char *s, size_t n, const char *town)
{
	char *w = xstrndup(s, n);
	size_t tn = strcspn(town, ",");
	char *t = xstrndup(town, tn);
	int ok;

	full_stop_off(t);
	ok = n > 0 && (isupper((unsigned char)*w) || isdigit((unsigned char)*w)) &&
	    tn > 0 && strstr(w, t) == NULL &&
	    strpbrk(w, "()@/:") == NULL && headplace_words(w) <= 4 &&
	    role_title_score(w) == 0 && role_school_score(w) == 0 &&
	    (strpbrk(w, "0123456789") != NULL || role_company_score(w) == 0) &&
	    !headplace_legal_next(w);

	free(t);
	free(w);
	return ok;
}

/* "Concentrix, Cebu IT Park, Lahug, Cebu City": with the town cut at
 * comma, the parts of the address before it go too; the first part, the
 * firm's name, stays. Returns the comma the place begins at. */
static char *
address_start(char *part, char *comma)
{
	const char *town = comma + 2;

	for (;;) {
		char *prev = NULL;
		for (char *q = strchr(part, ','); q != NULL && q < comma; q = strchr(q + 1, ','))
			prev = q;
		if (prev == NULL || prev[1] != ' ' ||
		    !address_part(prev + 2, (size_t)(comma - prev - 2), town))
			return comma;
		comma = prev;
	}
}

/* "Komatsu Cummins Chile – Faena Minera Escondida", "Bodega Norton -
 * Vinos y bebidas", "GE - Various locations": under or over the job's own
 * line, what follows the firm's name after a dash is its site, its trade
 * or its project, when it names no organisation, school or job. */
int
headplace_site(const char *s)
{
	return role_company_score(s) == 0 && role_school_score(s) == 0 &&
	    role_title_score(s) == 0 && !role_self_employed(s);
}

/* Whether every word of s longer than three letters is capitalised. */
static int
all_capitalised(const char *s)
{
	for (const char *p = s; *p != '\0'; p += strcspn(p, " "), p += strspn(p, " "))
		if (strcspn(p, " ") > 3 && fold_lower_at(p))
			return 0;
	return *s != '\0';
}

/* The site or trade of headplace_site() off the line: a name of a site
 * ("Faena Minera Escondida") is the entry's place when it has none, a
 * trade ("Vinos y bebidas") nothing. */
void
headplace_site_off(struct workhead *h, struct strlist *parts, struct buf *b, size_t first)
{
	char *site = parts->v[first + 1];

	if (h->place == NULL && all_capitalised(site) && lineword_count(site) <= 4)
		h->place = xstrdup(site);
	strlist_remove(parts, first + 1);
	buf_reset(b);
	buf_adds(b, parts->v[first]);
}

/* "Filiale Köln-Ossendorf", "Niederlassung Hamburg": the word that the
 * place is the firm's branch goes. */
static void
branch_off(char *s)
{
	static const char *const words[] = { "Filiale ", "Niederlassung ", "Standort ",
		"Zweigstelle ", "Branch ", "Werk ", NULL };
	size_t n = wordlist_prefix(words, s);

	if (n > 0 && isupper((unsigned char)s[n]))
		memmove(s, s + n, strlen(s + n) + 1);
}

/* "Orbita Software d.o.o. Zagreb" before ", Hrvatska": where the town
 * glued after the firm's legal form begins, or NULL: one or two words
 * in capitals, no figures, after a form with dots. */
static char *
town_after_form(char *part)
{
	char *sp = NULL;
	int words = 0;

	for (char *p = part + strlen(part); p > part && words < 3; p--)
		if (p[-1] == ' ') {
			size_t n = strcspn(p, " ");
			char *w = xstrndup(p, n);
			int form = strchr(w, '.') != NULL && role_legal_form(w);
			free(w);
			if (form)
				return words > 0 ? sp : NULL;
			if (!isupper((unsigned char)*p) || strpbrk(p, "0123456789.()&") != NULL)
				return NULL;
			sp = p;
			words++;
		}
	return NULL;
}

/* "Sports and Culture" in "Ministry of Education, Sports and Culture":
 * words an "and" joins, more of a name than a town unknown ("Kingdom of
 * Bahrain" is a place). */
static int
joined_words(const char *s)
{
	static const char *const joins[] = { " and ", " for ", NULL };

	for (int i = 0; joins[i] != NULL; i++)
		if (strstr(s, joins[i]) != NULL)
			return 1;
	return 0;
}

/* "Acme GmbH, München", "Acme Inc, Chicago, IL": a place after a comma of
 * an organisation's name goes to the entry's place. */
void
headplace_tail(const struct ctx *c, char *part, struct workhead *h, int job_beside)
{
	for (char *comma = strchr(part, ','); comma != NULL; comma = strchr(comma + 1, ',')) {
		char *tail = comma + 1, *bare;
		int unknown;
		if (*tail != ' ' || comma == part || headplace_legal_next(tail + 1))
			continue;
		tail++;
		/* "São José (SC)", "Lagos (remote from Abuja)": the place
		 * before a note in brackets */
		bare = parse_trim(tail, strchr(tail, '(') != NULL && tail[strlen(tail) - 1] == ')' ?
		    (size_t)(strchr(tail, '(') - tail) : strlen(tail));
		full_stop_off(bare);
		postcode_off(bare);
		branch_off(bare);
		*comma = '\0';
		/* "Product Owner - Mobilitix, Villeurbanne": beside the job,
		 * a name after the firm's is its town */
		unknown = fold_upper_at(bare) && strpbrk(bare, "0123456789,&") == NULL &&
		    !joined_words(bare) &&
		    headplace_words(bare) <= 3 && role_title_score(bare) == 0 && !orgword_unit_compound(bare) &&
		    role_school_score(bare) == 0 && role_company_score(bare) == 0 &&
		    (role_company_score(part) > 0 || role_school_score(part) > 0 ||
		    (job_beside && role_title_score(part) == 0 && !role_self_employed(part)));
		*comma = ',';
		/* "Mu Sigma, Remote" */
		if (!role_place(c, bare, NULL) && !unknown && !headplace_remote(bare)) {
			free(bare);
			continue;
		}
		free(bare);
		comma = address_start(part, comma);
		tail = comma + 2;
		if (h->place == NULL) {
			char *town;
			*comma = '\0';
			town = town_after_form(part);
			*comma = ',';
			h->place = xstrdup(town != NULL ? town : tail);
			full_stop_off(h->place);
			branch_off(h->place);
			if (town != NULL)
				comma = town - 1;
		}
		*comma = '\0';
		return;
	}
}

/* "Jansen Software (eenmanszaak)": the note that a firm is one person's
 * own, not part of its name. */
static int
own_firm(const char *s)
{
	static const char *const notes[] = { "auto entrepreneur", "autonomo", "eenmanszaak",
		"einzelunternehmen", "ditta individuale", "freelance", "jdg", "one person company",
		"self employed", "sole proprietorship", "sole trader", "zzp", NULL };
	char key[40];

	fold_key(s, strlen(s), key, sizeof key);
	return wordlist_has(notes, key);
}

/* Whether the part before the brackets names no job ("Sales Assistant
 * (part-time)" keeps its note). */
static int
firm_note(const char *part, const char *open)
{
	const char *from = part;
	char *name;
	int firm;

	/* "Technical advisor, Hydrolia (green hydrogen)": the firm is the
	 * name after the comma */
	for (const char *q = strstr(part, ", "); q != NULL && q < open; q = strstr(q + 1, ", "))
		from = q + 2;
	name = xstrndup(from, (size_t)(open - from));
	firm = role_title_score(name) == 0;

	free(name);
	return firm;
}

/* "Initech (Austin)": a place in parentheses at the end. */
void
headplace_parens(const struct ctx *c, char *part, struct workhead *h)
{
	size_t n = strlen(part);
	char *open = strrchr(part, '(');

	if (n < 4 || part[n - 1] != ')' || open == NULL || open == part || open[-1] != ' ')
		return;
	part[n - 1] = '\0';
	/* "Medisquare (acquired by Doctolib, 2017)", "Hydrolia (green
	 * hydrogen)": a note in lower case on the firm, not its name */
	if (own_firm(open + 1) || (islower((unsigned char)open[1]) && firm_note(part, open))) {
		open[-1] = '\0';
		return;
	}
	if (role_place(c, open + 1, NULL) || headplace_remote(open + 1)) {
		if (h->place == NULL)
			h->place = xstrdup(open + 1);
		open[-1] = '\0';
		return;
	}
	/* "Medisquare (Paris, acquired by Doctolib)": a place, then a note */
	{
		char *comma = strchr(open + 1, ',');
		if (comma != NULL) {
			*comma = '\0';
			if (role_place(c, open + 1, NULL)) {
				if (h->place == NULL)
					h->place = xstrdup(open + 1);
				open[-1] = '\0';
				return;
			}
			*comma = ',';
		}
	}
	part[n - 1] = ')';
}

/* "Lagos (remote from Abuja)": a place with a note in brackets. */
int
headplace_noted(const struct ctx *c, const char *s)
{
	const char *open = strstr(s, " (");
	char *place;
	int ok;

	if (open == NULL || s[strlen(s) - 1] != ')' || strchr(open + 2, '(') != NULL)
		return 0;
	place = xstrndup(s, (size_t)(open - s));
	ok = role_place(c, place, NULL);
	free(place);
	return ok;
}

/* "Cary, North Carolina, United States": a profile page's place, a town
 * no list knows before a known state and country. */
int
headplace_town_state(const struct ctx *c, const char *s)
{
	const char *a = strchr(s, ','), *b = a != NULL ? strchr(a + 1, ',') : NULL;
	char cc[3];
	size_t n;

	if (b == NULL || strchr(b + 1, ',') != NULL || a - s > 30)
		return 0;
	a += 1 + strspn(a + 1, " ");
	n = (size_t)(b - a);
	b += 1 + strspn(b + 1, " ");
	/* not "Arup, São Paulo, Brazil": a town before a state of its name
	 * is a firm's */
	return isupper((unsigned char)s[0]) && lexicon_place(c->lx, a, n, PLACE_REGION, cc) &&
	    !lexicon_place(c->lx, a, n, PLACE_CITY, cc) &&
	    lexicon_place(c->lx, b, strlen(b), PLACE_COUNTRY, cc) && role_company_score(s) == 0;
}

/* "Indra, Madrid" read as a place for want of a known town before the
 * region: with a title and no employer, the name before the comma is the
 * employer. */
void
headplace_firm(const struct ctx *c, struct workhead *h)
{
	char *comma = strchr(h->place, ','), cc[3];
	char *place;

	if (comma == NULL || comma == h->place || comma[1] != ' ' ||
	    lexicon_place(c->lx, h->place, (size_t)(comma - h->place), PLACE_CITY, cc) ||
	    lexicon_place(c->lx, h->place, (size_t)(comma - h->place), PLACE_REGION, cc) ||
	    lexicon_place(c->lx, h->place, (size_t)(comma - h->place), PLACE_COUNTRY, cc) ||
	    headplace_town_state(c, h->place))
		return;
	h->org = xstrndup(h->place, (size_t)(comma - h->place));
	place = xstrdup(comma + 2);
	free(h->place);
	h->place = place;
}

/* "10095 Grugliasco (TO) (Italia)": the town after its postcode, the
 * country in brackets after it gone; NULL if nothing is left. */
static char *
address_town(const struct ctx *c, const char *s)
{
	const char *open;
	char cc[3], *town;
	size_t n;

	s += strspn(s, "0123456789- ");
	n = strcspn(s, ",");
	town = parse_trim(s, n);
	open = strrchr(town, '(');
	n = strlen(town);
	if (open != NULL && open > town && n > 0 && town[n - 1] == ')' &&
	    lexicon_place(c->lx, open + 1, (size_t)(town + n - 1 - open - 1), PLACE_COUNTRY, cc)) {
		char *t = parse_trim(town, (size_t)(open - town));
		free(town);
		town = t;
	}
	if (town[0] == '\0' || !isupper((unsigned char)town[0])) {
		free(town);
		return NULL;
	}
	return town;
}

char *
headplace_address_off(const struct ctx *c, const char *line, struct workhead *h)
{
	for (const char *p = strstr(line, ", "); p != NULL; p = strstr(p + 2, ", ")) {
		const char *end = strstr(p + 2, ", ");
		char *street = end != NULL ? xstrndup(p + 2, (size_t)(end - p - 2)) : xstrdup(p + 2);
		int yes = p > line && role_street(street);
		free(street);
		if (!yes)
			continue;
		if (end != NULL && h->place == NULL)
			h->place = address_town(c, end + 2);
		return xstrndup(line, (size_t)(p - line));
	}
	return NULL;
}
