/*
 * roleplace: whether a part of a header is a place ("Leeds, UK", "Pune,
 * Maharashtra, India", "Utrecht, NL"), split into city, region and country
 * code, and the city a job title ends with ("System Engineer Bangalore").
 * The words of companies, schools and jobs (roles.c) tell an unknown name
 * that is no place.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "parse.h"
#include "wordlist.h"
#include "wordmap.h"
#include "xalloc.h"

static int capital_words(const char *s);

/* "6th of October City", "10th of Ramadan City": a town named after a
 * date; the name past the date's number. */
static const char *
ordinal_off(const char *s)
{
	size_t d = strspn(s, "0123456789");

	if (d > 0 && d <= 2 && (strncmp(s + d, "th of ", 6) == 0 ||
	    strncmp(s + d, "st of ", 6) == 0 || strncmp(s + d, "rd of ", 6) == 0) &&
	    isupper((unsigned char)s[d + 6]))
		return s + d + 6;
	return s;
}

/* A name of a place: capitalised words, no digits, not too many; small
 * words between them aside ("Rio Grande do Sul"). */
static int
placelike(const char *s)
{
	int words = 0;

	s = ordinal_off(s);
	if (!isupper((unsigned char)*s) && (unsigned char)*s < 0x80)
		return 0;
	for (const char *p = s; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p) || *p == '@' || *p == ':' || *p == '/')
			return 0;
		words += *p == ' ';
	}
	return words < 3 || (words < 5 && capital_words(s) >= 0 && capital_words(s) < 4);
}

static void
set_country(struct location *loc, const char *cc)
{
	if (loc != NULL && loc->country_code == NULL)
		profile_set(&loc->country_code, cc);
}

/* "Rivers State", "Ashanti Region", "Región de Antofagasta", "Co.
 * Clare", "Aichi Prefecture": a region by the word that says it is one,
 * before or after its name. */
int
role_region_worded(const char *s)
{
	static const char *const after[] = { "state", "region", "province", "county",
		"prefecture", "oblast", "governorate", "district", "territory", "canton",
		"voivodeship", "emirate", "parish", "shire", NULL };
	static const char *const before[] = { "region", "region de", "region del", "provincia",
		"provincia de", "provincia di", "province of", "county", "co", "state of",
		"estado de", "departamento de", "departement", "departement de", "canton",
		"kanton", "wojewodztwo", "distrito", "distrito de", "departamento",
		"departamento del", "estado", "provincia del", NULL };
	const char *sp = strrchr(s, ' ');
	char key[48];
	size_t n;

	if (sp == NULL || !placelike(s) || strlen(s) >= sizeof key)
		return 0;
	fold_key(sp + 1, strlen(sp + 1), key, sizeof key);
	if (wordlist_has(after, key))
		return 1;
	/* the words before the region's own name, which ends s */
	n = (size_t)(sp - s);
	fold_key(s, n, key, sizeof key);
	return wordlist_has(before, key) && isupper((unsigned char)sp[1]);
}

/* The last part of "City, Region, Country": a country or a region. */
static int
place_tail(const struct ctx *c, const char *s, struct location *loc, int *region)
{
	char cc[3];

	*region = 0;
	if (role_region_worded(s)) {
		*region = 2;
		if (loc != NULL)
			profile_set(&loc->region, s);
		return 1;
	}
	if (lexicon_place(c->lx, s, strlen(s), PLACE_COUNTRY, cc)) {
		set_country(loc, cc);
		return 1;
	}
	if (lexicon_place(c->lx, s, strlen(s), PLACE_REGION, cc)) {
		*region = 1;
		if (loc != NULL)
			profile_set(&loc->region, s);
		set_country(loc, cc);
		return 1;
	}
	/* an ISO code of a country written as is: "Leeds, UK", "Lyon, FR" */
	if (strlen(s) == 2 && isupper((unsigned char)s[0]) && isupper((unsigned char)s[1])) {
		set_country(loc, s);
		return 1;
	}
	return 0;
}

/* The words of s that begin with a capital, the small words of places'
 * names between them aside: "Santiago de Compostela", "Frankfurt am Main"
 * have two; -1 for another word in lower case ("Department of Law"). */
static int
capital_words(const char *s)
{
	static const char *const small[] = { "de", "do", "da", "dos", "das", "del", "la",
		"le", "les", "am", "an", "der", "im", "sur", "en", "di", "upon", "on", "y", NULL };
	int n = 0;

	for (const char *p = s; *p != '\0'; p++) {
		size_t k = strcspn(p, " ");
		if (p != s && p[-1] != ' ')
			continue;
		if (!islower((unsigned char)*p)) {
			n++;
			continue;
		}
		if (!wordlist_has_n(small, p, k))
			return -1;
	}
	return n;
}

/* "Mill Road", "Rua Augusta", "Hasseltweg", "Kongens gate": a street's
 * name, by the word that says it is one or the ending of a compound. */
static int
street_worded(const char *s)
{
	static const char *const last[] = { "road", "rd", "street", "st", "avenue", "ave",
		"lane", "ln", "drive", "dr", "way", "close", "crescent", "boulevard", "blvd",
		"court", "terrace", "square", "row", "gate", "vej", "gade", "gata", "gatan",
		"vagen", "tanav", "utca", "ut", "sokak", "sokagi", "caddesi", "cd", NULL };
	static const char *const first[] = { "rua", "calle", "avenida", "av", "via", "viale",
		"rue", "ulica", "ul", "jalan", "jln", "jl", "strada", "carrer", "no", "blk",
		"block", "flat", "apt", "house", "plot", "corso", "piazza", "piazzale", "largo",
		NULL };
	static const char *const endings[] = { "strasse", "weg", "gasse", "allee", "straat",
		"laan", "gracht", "vej", "gade", "gatan", "vagen", "katu", "utca", NULL };
	const char *sp = strrchr(s, ' ');
	char key[48];
	size_t n = strlen(s), k;

	if (n >= sizeof key)
		return 0;
	fold_key(sp != NULL ? sp + 1 : s, strlen(sp != NULL ? sp + 1 : s), key, sizeof key);
	if (sp != NULL && wordlist_has(last, key))
		return 1;
	for (int i = 0; endings[i] != NULL; i++)
		if ((k = strlen(endings[i])) < strlen(key) &&
		    strcmp(key + strlen(key) - k, endings[i]) == 0)
			return 1;
	k = strcspn(s, " .");
	fold_key(s, k, key, sizeof key);
	return sp != NULL && wordlist_has(first, key);
}

/* A city before the region or country: a known one, or a short name
 * that is not a company's, a school's or a job's. */
static int
city_part(const struct ctx *c, const char *s)
{
	char cc[3];

	if (lexicon_place(c->lx, s, strlen(s), PLACE_CITY, cc))
		return 1;
	s = ordinal_off(s);
	return placelike(s) && role_company_score(s) == 0 && role_school_score(s) == 0 &&
	    role_title_score(s) == 0 && !role_self_employed(s) && !street_worded(s) &&
	    (strchr(s, ' ') == strrchr(s, ' ') || (capital_words(s) >= 0 && capital_words(s) <= 2));
}

/* "Mandurah WA", "Austin TX": a city and its state's code with no comma
 * between them. */
static int
coded_city(const struct ctx *c, const char *s, struct location *loc)
{
	const char *sp = strrchr(s, ' ');
	size_t n = sp != NULL ? strlen(sp + 1) : 0;
	char cc[3], *city;
	int ok;

	if (n < 2 || n > 3)
		return 0;
	for (size_t i = 1; i <= n; i++)
		if (!isupper((unsigned char)sp[i]))
			return 0;
	/* "Havsörn Cloud AB" is a company, not a place in Alberta */
	if (!lexicon_place(c->lx, sp + 1, n, PLACE_REGION, cc) || role_company_score(s) > 0)
		return 0;
	city = xstrndup(s, (size_t)(sp - s));
	/* "IOSH MS", "PMP CSM": initials before a state's code, unless a
	 * known town ("AUSTIN TX") */
	ok = city[0] != '\0' && city_part(c, city) &&
	    !lexicon_place(c->lx, city, strlen(city), PLACE_COUNTRY, cc) &&
	    !(parse_all_caps(city) && strchr(city, ' ') == NULL &&
	    !lexicon_place(c->lx, city, strlen(city), PLACE_CITY, cc));
	if (ok && loc != NULL) {
		int vals[8];
		profile_set(&loc->city, city);
		profile_set(&loc->region, sp + 1);
		/* "WA" is a state in the US and in Australia: no country then */
		if (wordmap_get(&c->lx->places, sp + 1, n, vals, 8) == 1)
			set_country(loc, cc);
	}
	free(city);
	return ok;
}

/* "Perth WA", "Tom Price WA": a known city and its region's code in
 * capitals, no comma between. */
static int
city_region(const struct ctx *c, const char *s, struct location *loc)
{
	const char *sp = strrchr(s, ' ');
	char cc[3];
	size_t n;

	if (sp == NULL || (n = strlen(sp + 1)) < 2 || n > 3)
		return 0;
	for (size_t i = 1; i <= n; i++)
		if (!isupper((unsigned char)sp[i]))
			return 0;
	if (!lexicon_place(c->lx, s, (size_t)(sp - s), PLACE_CITY, cc) ||
	    !lexicon_place_in(c->lx, sp + 1, n, PLACE_REGION, cc))
		return 0;
	if (loc != NULL) {
		profile_setn(&loc->city, s, (size_t)(sp - s));
		profile_set(&loc->region, sp + 1);
	}
	set_country(loc, cc);
	return 1;
}

/* "Corbas (69)", "Ajaccio (2A)": a French town and its département's
 * number in brackets. */
static int
departement_town(const struct ctx *c, const char *s, struct location *loc)
{
	const char *open = strstr(s, " (");
	size_t n;
	char *town;
	int ok;

	if (open == NULL || open == s)
		return 0;
	n = strspn(open + 2, "0123456789AB");
	if ((n != 2 && n != 3) || strcmp(open + 2 + n, ")") != 0 ||
	    (n == 3 && strncmp(open + 2, "97", 2) != 0) || !isdigit((unsigned char)open[2]))
		return 0;
	town = xstrndup(s, (size_t)(open - s));
	ok = city_part(c, town) && strpbrk(town, "0123456789") == NULL;
	if (ok && loc != NULL) {
		profile_set(&loc->city, town);
		set_country(loc, "FR");
	}
	free(town);
	return ok;
}

/* "Dublin 2", "Praha 8": a city the list knows and the number of its
 * postal district. */
static int
city_district(const struct ctx *c, const char *s, struct location *loc)
{
	const char *sp = strrchr(s, ' ');
	char cc[3];

	if (sp == NULL || sp == s || strspn(sp + 1, "0123456789") != strlen(sp + 1) ||
	    strlen(sp + 1) == 0 || strlen(sp + 1) > 2 ||
	    !lexicon_place(c->lx, s, (size_t)(sp - s), PLACE_CITY, cc))
		return 0;
	if (loc != NULL)
		profile_setn(&loc->city, s, (size_t)(sp - s));
	set_country(loc, cc);
	return 1;
}

static int
place_parts(const struct ctx *c, struct strlist *parts, struct location *loc)
{
	char cc[3];
	int region;
	const char *first = parts->v[0];

	if (parts->n == 1) {
		if (city_region(c, first, loc))
			return 1;
		if (lexicon_place(c->lx, first, strlen(first), PLACE_CITY, cc)) {
			if (loc != NULL)
				profile_set(&loc->city, first);
			set_country(loc, cc);
			return 1;
		}
		if (lexicon_place(c->lx, first, strlen(first), PLACE_COUNTRY, cc)) {
			set_country(loc, cc);
			return 1;
		}
		return coded_city(c, first, loc) || departement_town(c, first, loc) ||
		    city_district(c, first, loc);
	}
	/* "Lagos State, Nigeria": a region first; the city its name holds */
	if (parts->n == 2 && lexicon_place(c->lx, first, strlen(first), PLACE_REGION, cc) &&
	    !lexicon_place(c->lx, first, strlen(first), PLACE_CITY, cc) &&
	    place_tail(c, parts->v[1], loc, &region) && region == 0) {
		size_t n = strlen(first);
		if (loc != NULL) {
			profile_set(&loc->region, first);
			if (n > 6 && strcmp(first + n - 6, " State") == 0 &&
			    lexicon_place(c->lx, first, n - 6, PLACE_CITY, cc))
				profile_setn(&loc->city, first, n - 6);
		}
		return 1;
	}
	/* "Utrecht, NL": the code of the city's country, not Newfoundland */
	if (parts->n == 2 && lexicon_place(c->lx, first, strlen(first), PLACE_CITY, cc) &&
	    strcmp(cc, parts->v[1]) == 0) {
		if (loc != NULL)
			profile_set(&loc->city, first);
		set_country(loc, cc);
		return 1;
	}
	if (parts->n > 3 || !city_part(c, first) ||
	    !place_tail(c, parts->v[parts->n - 1], loc, &region))
		return 0;
	/* "Systemadministrator, Alster IT GmbH, Hamburg": a firm's legal
	 * form says the line is a role's, not a place's */
	for (size_t i = 1; i + 1 < parts->n; i++)
		if (role_company_score(parts->v[i]) > 0 && !role_region_worded(parts->v[i]))
			return 0;
	/* an unknown name before a region's name may be anything: "Albufera
	 * Digital, Valencia" is a company; not before "Rivers State" */
	if (region == 1 && strlen(parts->v[parts->n - 1]) > 2 && strchr(first, ' ') != NULL &&
	    !lexicon_place(c->lx, first, strlen(first), PLACE_CITY, cc))
		return 0;
	if (parts->n == 3) {
		/* "Google, Mountain View, CA": an unknown name before a known
		 * city is not a city */
		if (!placelike(parts->v[1]) ||
		    (!lexicon_place(c->lx, first, strlen(first), PLACE_CITY, cc) &&
		    lexicon_place(c->lx, parts->v[1], strlen(parts->v[1]), PLACE_CITY, cc)))
			return 0;
		if (loc != NULL && loc->region == NULL)
			profile_set(&loc->region, parts->v[1]);
	}
	if (loc != NULL) {
		const char *last = parts->v[parts->n - 1];
		char lc[3];
		profile_set(&loc->city, first);
		/* "40125 Bologna (BO)": a province's code, not Bolivia's, after
		 * a town the list knows in another country */
		if (lexicon_place(c->lx, first, strlen(first), PLACE_CITY, cc) &&
		    loc->country_code != NULL && strcmp(loc->country_code, last) == 0 &&
		    strcmp(cc, last) != 0 && !lexicon_place(c->lx, last, strlen(last), PLACE_COUNTRY, lc)) {
			if (loc->region == NULL)
				profile_set(&loc->region, last);
			profile_set(&loc->country_code, cc);
		}
		if (loc->country_code == NULL &&
		    lexicon_place(c->lx, first, strlen(first), PLACE_CITY, cc))
			profile_set(&loc->country_code, cc);
	}
	return 1;
}

int
role_town_like(const struct ctx *c, const char *s)
{
	return city_part(c, s);
}

/* "Kottayam, Kerala – India", "Doha - Qatar": the country after a spaced
 * dash is one more part. */
static void
country_dash(const struct ctx *c, struct strlist *parts)
{
	static const char *const dashes[] = { " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", NULL };
	char *last, *country, cc[3];

	if (parts->n == 0)
		return;
	last = parts->v[parts->n - 1];
	for (int i = 0; dashes[i] != NULL; i++) {
		char *d = strstr(last, dashes[i]);
		const char *tail = d != NULL ? d + strlen(dashes[i]) : NULL;
		if (d == NULL || d == last || strstr(tail, dashes[i]) != NULL ||
		    !lexicon_place(c->lx, tail, strlen(tail), PLACE_COUNTRY, cc))
			continue;
		country = xstrdup(tail);
		*d = '\0';
		strlist_take(parts, country);
		return;
	}
}

const char *
role_town_word_off(const char *s)
{
	static const char *const words[] = { "\xd0\xb3. ", "\xd0\xb3\xd0\xbe\xd1\x80. ",
		"\xd0\xbc. ", NULL };

	for (int i = 0; words[i] != NULL; i++)
		if (strncmp(s, words[i], strlen(words[i])) == 0)
			return s + strlen(words[i]);
	return s;
}

int
role_place(const struct ctx *c, const char *s, struct location *loc)
{
	struct strlist parts = STRLIST_INIT;
	int ok;

	while (*s == ' ')
		s++;
	s = role_town_word_off(s);
	if (*s == '\0' || strlen(s) > 60)
		return 0;
	for (const char *p = s; *p != '\0';) {
		size_t n = strcspn(p, ",");
		strlist_take(&parts, parse_trim(p, n));
		p += n + (p[n] == ',');
	}
	country_dash(c, &parts);
	ok = parts.n > 0 && parts.v[0][0] != '\0' && place_parts(c, &parts, loc);
	strlist_clear(&parts);
	if (!ok && loc != NULL) {
		record_free(loc, profile_location_fields, profile_nlocation_fields);
		memset(loc, 0, sizeof *loc);
	}
	return ok;
}

size_t
role_trailing_city(const struct ctx *c, const char *s)
{
	size_t len = strlen(s), start = len;
	char cc[3];

	for (int words = 0; words < 3 && start > 0; words++) {
		while (start > 0 && s[start - 1] != ' ')
			start--;
		if (start > 0 && lexicon_place(c->lx, s + start, len - start, PLACE_CITY, cc) &&
		    isupper((unsigned char)s[start])) {
			size_t cut = start;
			while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == ',' || s[cut - 1] == '-'))
				cut--;
			/* "ESSEC de Douala": no comma, the town part of the name */
			return cut > 0 && !(cut + 1 == start && parse_ends_joining(s, cut)) ?
			    start : 0;
		}
		while (start > 0 && s[start - 1] == ' ')
			start--;
	}
	return 0;
}

int
role_street_named(const char *s)
{
	return strpbrk(s, "0123456789") == NULL && strchr(s, ',') == NULL && street_worded(s);
}

int
role_street(const char *s)
{
	const char *sp = strrchr(s, ' ');
	char *bare;
	int yes;

	if (sp == NULL)
		return 0;
	if (isdigit((unsigned char)sp[1]) && strlen(sp + 1) <= 5)
		bare = xstrndup(s, (size_t)(sp - s));	/* "Via Rivalta 30" */
	else if (isdigit((unsigned char)s[0]) && strcspn(s, " ") <= 5 &&
	    strcspn(s, " ") <= strspn(s, "0123456789") + 1)
		bare = xstrdup(s + strcspn(s, " ") + 1);	/* "221B Baker Street", not "3rd" */
	else
		return 0;
	yes = strpbrk(bare, "0123456789") == NULL && street_worded(bare);
	free(bare);
	return yes;
}

void
role_places_off(const struct ctx *c, char *s)
{
	char *comma;

	while ((comma = strrchr(s, ',')) != NULL && comma > s && comma[1] == ' ' &&
	    role_place(c, comma + 2, NULL))
		*comma = '\0';
}
