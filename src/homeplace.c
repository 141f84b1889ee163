/*
 * homeplace: where the person lives, from the ways a résumé's header says
 * it: an address with its street and postal code ("Invalidenstraße 44,
 * 10115 Berlin", "Austin, TX 78701", "London SW1A 1AA"), a phrase ("Based
 * in Lisbon", "Remote (Lisbon)"), or a district before a known city
 * ("Ikeja, Lagos").
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "homeplace.h"
#include "names.h"
#include "wordlist.h"
#include "xalloc.h"

static void
location_clear(struct location *loc)
{
	record_free(loc, profile_location_fields, profile_nlocation_fields);
	memset(loc, 0, sizeof *loc);
}

/* A word of an address that is no part of a place's name: a number, a
 * postcode ("SW1A", "1AA", "560001", the "AB" of "1012 AB"), a dash. */
static int
code_word(const char *w, size_t k, int after_digits)
{
	const char *d = strpbrk(w, "0123456789");

	if (d != NULL && d < w + k)
		return 1;
	if (strspn(w, "-\xe2\x80\x93\xe2\x80\x94:;.#/") >= k)
		return 1;
	return after_digits && k <= 2 && isupper((unsigned char)w[0]) &&
	    (k == 1 || isupper((unsigned char)w[1]));
}

/* The comma-separated parts of an address, numbers and codes left out;
 * in *coded a bit for each of the first 32 parts whose words followed a
 * postcode ("40000 Shah Alam", "3600 Genk"). */
static void
address_segments(const char *s, struct strlist *segs, unsigned *coded)
{
	*coded = 0;
	for (const char *p = s; *p != '\0';) {
		size_t n = strcspn(p, ",");
		struct buf b = BUF_INIT;
		int digits = 0, postcode = 0;
		/* "$55,000 MXN": the digits after a comma between digits are a
		 * sum's, no postcode */
		int sum = p > s + 1 && p[-1] == ',' && isdigit((unsigned char)p[-2]) &&
		    isdigit((unsigned char)*p);
		for (const char *w = p; w < p + n;) {
			size_t k = strcspn(w, " ,");
			if (k > (size_t)(p + n - w))
				k = (size_t)(p + n - w);
			int code = k > 0 && code_word(w, k, digits);
			if (k > 0 && !code && b.len == 0 && digits && postcode && segs->n < 32 &&
			    isupper((unsigned char)*w))
				*coded |= 1u << segs->n;
			if (k > 0 && !code) {
				if (b.len > 0)
					buf_addc(&b, ' ');
				/* "Kawasaki-shi", "Nakahara-ku": a Japanese city or ward */
				if (k > 4 && strncmp(w + k - 4, "-shi", 4) == 0)
					buf_add(&b, w, k - 4);
				else if (k > 3 && strncmp(w + k - 3, "-ku", 3) == 0)
					buf_add(&b, w, k - 3);
				else
					buf_add(&b, w, k);
			}
			digits = k > 0 && strpbrk(w, "0123456789") != NULL &&
			    strpbrk(w, "0123456789") < w + k;
			/* "40000", "4050-174", "SE-411 04": a postcode is digits */
			postcode = k >= 3 && k <= 8 && strspn(w, "0123456789-") >= k &&
			    !(sum && w == p);
			w += k + (w + k < p + n);
		}
		/* "Abuja, FCT, Nigeria.": the full stop ending the line */
		while (b.len > 0 && b.s[b.len - 1] == '.' && (b.len < 2 || b.s[b.len - 2] != '.'))
			b.s[--b.len] = '\0';
		if (b.len > 0)
			strlist_take(segs, buf_detach(&b));
		buf_free(&b);
		p += n + (p[n] == ',');
	}
}

/* The last take segments joined as "A, B, C". */
static char *
segments_tail(const struct strlist *segs, size_t take)
{
	char *joined = xstrdup(segs->v[segs->n - take]);

	for (size_t i = segs->n - take + 1; i < segs->n; i++) {
		char *t = xprintf("%s, %s", joined, segs->v[i]);
		free(joined);
		joined = t;
	}
	return joined;
}

/* "Pasig City", "Quezon City": a town that says it is one. */
static int
town_worded(const char *s)
{
	size_t n = strlen(s);

	return n > 5 && strcmp(s + n - 5, " City") == 0;
}

/* The town of an address the whole of which is no known place: a known
 * city among its parts, last first ("12 Main Street, Nagoya, Aichi"), else
 * the last part written after a postcode ("Jalan Kristal 7, 40000 Shah
 * Alam, Selangor").  Whether one was found. */
static int
address_town(const struct ctx *c, const struct strlist *segs, unsigned coded,
    struct location *out)
{
	char cc[3];
	size_t i, n;

	for (i = segs->n; i > 0; i--)
		if (lexicon_place(c->lx, segs->v[i - 1], strlen(segs->v[i - 1]), PLACE_CITY, cc))
			break;
	if (i == 0)
		for (i = segs->n < 32 ? segs->n : 32; i > 0; i--)
			if ((coded >> (i - 1) & 1) && role_town_like(c, segs->v[i - 1]))
				break;
	if (i == 0)
		return 0;
	if (out != NULL) {
		memset(out, 0, sizeof *out);
		out->city = xstrdup(segs->v[i - 1]);
		/* "8000 Aarhus C", "1050 København K": the postal district */
		n = strlen(out->city);
		if (n > 3 && out->city[n - 2] == ' ' && isupper((unsigned char)out->city[n - 1]))
			out->city[n - 2] = '\0';
		if (lexicon_place(c->lx, out->city, strlen(out->city), PLACE_CITY, cc))
			out->country_code = xstrdup(cc);
	}
	return 1;
}

static const char *const address_kinds[] = { "home", "work", "private", "office",
	"privat", "dienstlich", "domicile", "domicilio", "casa", "residenza", "thuis", "prive",
	"dom", "hem", "bostad", "main", "current", "permanent", NULL };

static int address_read(const struct ctx *, const char *, struct location *);

/* The town of an address, without the word for one before its name
 * ("г. Бишкек, мкр. Джал" is in Бишкек). */
int
homeplace_address(const struct ctx *c, const char *s, struct location *out)
{
	size_t k;

	if (!address_read(c, s, out))
		return 0;
	if (out != NULL && out->city != NULL &&
	    (k = lexicon_town_word(out->city, strlen(out->city))) > 0)
		memmove(out->city, out->city + k, strlen(out->city + k) + 1);
	return 1;
}

static int
address_read(const struct ctx *c, const char *s, struct location *out)
{
	struct strlist segs = STRLIST_INIT;
	struct location loc;
	char cc[3], *flat = xstrdup(s);
	unsigned coded;
	int ok;

	/* "40123 Bologna (Italia)": the country in brackets is one more part;
	 * "Hamburg, Germany (Home)": the kind of address is none */
	for (char *q = flat; *q != '\0'; q++) {
		char *end = *q == '(' ? strchr(q, ')') : NULL;
		char key[16];
		if (end != NULL && end - q < 14) {
			fold_key(q + 1, (size_t)(end - q - 1), key, sizeof key);
			if (wordlist_has(address_kinds, key))
				memset(q, ' ', (size_t)(end - q + 1));
			/* "Rasipuram, Namakkal (Dt.)": the district, named after
			 * its town, is no town */
			if (strcmp(key, "dt") == 0 || strcmp(key, "dist") == 0 ||
			    strcmp(key, "district") == 0) {
				char *from = q;
				while (from > flat && from[-1] != ',')
					from--;
				if (from > flat)
					memset(from, ' ', (size_t)(end - from + 1));
			}
		}
		if (*q == '(' || *q == ')')
			*q = q[1] == '\0' ? ' ' : ',';
		/* "Al Mansoura, Doha – Qatar": a spaced dash parts the
		 * address as a comma would */
		if (*q == ' ' && strncmp(q + 1, "- ", 2) == 0)
			q[1] = ',';
		else if (*q == ' ' && (strncmp(q + 1, "\xe2\x80\x93 ", 4) == 0 ||
		    strncmp(q + 1, "\xe2\x80\x94 ", 4) == 0))
			memcpy(q + 1, ",  ", 3);
		/* "06520 Çankaya/Ankara": a district, then its city */
		if (*q == '/' && q > flat && (isalpha((unsigned char)q[-1]) ||
		    (unsigned char)q[-1] >= 0x80) && (isupper((unsigned char)q[1]) ||
		    (unsigned char)q[1] >= 0x80))
			*q = ',';
		/* "16110 Nilüfer / BURSA" */
		else if (*q == '/' && q > flat + 1 && q[-1] == ' ' && q[1] == ' ' &&
		    (isalpha((unsigned char)q[-2]) || (unsigned char)q[-2] >= 0x80) &&
		    (isupper((unsigned char)q[2]) || (unsigned char)q[2] >= 0x80)) {
			q[-1] = ',';
			*q = ' ';
		}
	}
	address_segments(flat, &segs, &coded);
	free(flat);
	/* a known city first, at any length; then any place of two parts */
	for (int pass = 0; pass < 2; pass++)
	for (size_t take = segs.n < 3 ? segs.n : 3; take > 0; take--) {
		char *joined = segments_tail(&segs, take);
		memset(&loc, 0, sizeof loc);
		/* pass 1: "Leeds, UK", or "Mandurah WA" with its state */
		if (role_place(c, joined, &loc) && loc.city != NULL && (pass == 1 ?
		    take == 2 || (take == 1 && loc.region != NULL) :
		    (lexicon_place(c->lx, loc.city, strlen(loc.city), PLACE_CITY, cc) ||
		    town_worded(loc.city)))) {
			free(joined);
			strlist_clear(&segs);
			if (out != NULL)
				*out = loc;
			else
				location_clear(&loc);
			return 1;
		}
		location_clear(&loc);
		free(joined);
	}
	ok = address_town(c, &segs, coded, out);
	strlist_clear(&segs);
	return ok;
}

int
homeplace_town(const struct ctx *c, const char *s, struct location *loc)
{
	const char *comma = strstr(s, ", ");
	struct location big;
	char cc[3];

	if (comma == NULL || comma == s || strchr(comma + 2, ',') != NULL ||
	    !isupper((unsigned char)s[0]) || memchr(s, ' ', (size_t)(comma - s)) != NULL ||
	    strpbrk(s, "0123456789") != NULL ||
	    lexicon_skill(c->lx, s, (size_t)(comma - s)) || role_title_score(s) > 0)
		return 0;
	memset(&big, 0, sizeof big);
	if (!role_place(c, comma + 2, &big) || big.city == NULL) {
		location_clear(&big);
		return 0;
	}
	/* "Didsbury, Manchester", "Kondapur, Hyderabad": a district no list
	 * knows in a city one does; the city is the place */
	if (!lexicon_place(c->lx, s, (size_t)(comma - s), PLACE_CITY, cc) &&
	    lexicon_place(c->lx, big.city, strlen(big.city), PLACE_CITY, cc)) {
		if (loc != NULL)
			*loc = big;
		else
			location_clear(&big);
		return 1;
	}
	if (loc != NULL) {
		loc->city = xstrndup(s, (size_t)(comma - s));
		loc->region = big.city;
		loc->country_code = big.country_code;
		big.city = big.country_code = NULL;
	}
	location_clear(&big);
	return 1;
}

/* "Based in Lisbon", "Basée à Paris", "Wohnhaft in Köln": what follows
 * the words that say where one lives; NULL when s does not open so. */
static const char *
lives_in(const char *s)
{
	static const char *const leads[] = { "based in ", "based out of ", "living in ",
		"located in ", "lives in ", "residing in ", "resident in ", "currently in ",
		"basee a ", "base a ", "basado en ", "basada en ", "wohnhaft in ",
		"woonachtig in ", "remote from ", NULL };
	char key[24];

	fold_into(s, strlen(s) < 20 ? strlen(s) : 20, key, sizeof key);
	for (int i = 0; leads[i] != NULL; i++) {
		size_t k = strlen(leads[i]);
		if (strncmp(key, leads[i], k) == 0) {
			/* the folded key is as long as s up to here, but for
			 * the accented letters: skip as many words */
			const char *p = s;
			for (const char *q = leads[i]; *q != '\0'; q++)
				if (*q == ' ')
					p = strchr(p, ' ') + 1;
			return p;
		}
	}
	return NULL;
}

/* "Remote (Lisbon)", "Lisbon (remote)", "Lviv, Ukraine (open to remote)": the
 * place beside the word that says the work is remote; NULL if none. */
static char *
remote_place(const char *s)
{
	static const char *const words[] = { "remote", "hybrid", "open to relocation",
		"willing to relocate", "open to remote", "open to hybrid", "ready to relocate",
		"relocation possible", NULL };
	const char *open = strchr(s, '(');
	size_t n = strlen(s);
	char key[32];

	if (open == NULL || n < 4 || s[n - 1] != ')')
		return NULL;
	fold_key(s, (size_t)(open - s), key, sizeof key);
	for (int i = 0; words[i] != NULL; i++)
		if (strcmp(key, words[i]) == 0)
			return parse_trim(open + 1, (size_t)(s + n - 1 - open - 1));
	fold_key(open + 1, (size_t)(s + n - 1 - open - 1), key, sizeof key);
	for (int i = 0; words[i] != NULL; i++)
		if (strncmp(key, words[i], strlen(words[i])) == 0)
			return parse_trim(s, (size_t)(open - s));
	return NULL;
}

static int
commas(const char *s)
{
	int n = 0;

	while ((s = strchr(s, ',')) != NULL) {
		n++;
		s++;
	}
	return n;
}

/* "Uberaba - MG", "Recife/PE": a Brazilian town and its state's code
 * after a dash or a slash, as Brazilians write them. */
int
homeplace_uf(const char *s, struct location *loc)
{
	static const char *const ufs[] = { "AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES",
		"GO", "MA", "MG", "MS", "MT", "PA", "PB", "PE", "PI", "PR", "RJ", "RN", "RO",
		"RR", "RS", "SC", "SE", "SP", "TO", NULL };
	size_t n = strlen(s), k;
	char *city;

	if (n < 5 || n > 48 || !isupper((unsigned char)s[n - 1]) || !isupper((unsigned char)s[n - 2]))
		return 0;
	k = n - 2;
	if (s[k - 1] == '/')
		k--;
	else if (k >= 3 && strncmp(s + k - 3, " - ", 3) == 0)
		k -= 3;
	else
		return 0;
	if (!wordlist_has(ufs, s + n - 2) || strpbrk(s, "0123456789,@") != NULL || k == 0)
		return 0;
	city = parse_trim(s, k);
	if (!isupper((unsigned char)city[0]) && (unsigned char)city[0] < 0x80) {
		free(city);
		return 0;
	}
	if (loc != NULL) {
		memset(loc, 0, sizeof *loc);
		loc->city = city;
		profile_set(&loc->region, s + n - 2);
		profile_set(&loc->country_code, "BR");
	} else
		free(city);
	return 1;
}

/* "Montréal (Québec), Canada", "Lyon (Rhône)": the region in brackets
 * after the town, as a list of parts ("Montréal, Québec, Canada"); NULL
 * when s has no such brackets. */
static char *
bracket_region(const char *s)
{
	const char *open = strstr(s, " ("), *close;

	if (open == NULL || open == s || (close = strchr(open, ')')) == NULL ||
	    close - open < 4 || close - open > 32 || memchr(s, ',', (size_t)(open - s)) != NULL ||
	    strpbrk(s, "0123456789") != NULL || strchr(close + 1, '(') != NULL ||
	    (close[1] != '\0' && close[1] != ','))
		return NULL;
	return xprintf("%.*s, %.*s%s", (int)(open - s), s, (int)(close - open - 2), open + 2,
	    close + 1);
}

int
homeplace_find(const struct ctx *c, const char *s, struct location *loc)
{
	const char *in = lives_in(s);
	char *inner, *t;
	int ok;

	if (in != NULL) {
		/* "Based in Lisbon." ends a sentence */
		t = parse_trim(in, strcspn(in, ".;("));
		ok = homeplace_find(c, t, loc);
		free(t);
		return ok;
	}
	if ((inner = remote_place(s)) != NULL) {
		ok = homeplace_find(c, inner, loc);
		free(inner);
		return ok;
	}
	if ((inner = bracket_region(s)) != NULL) {
		ok = role_place(c, inner, loc) || homeplace_town(c, inner, loc);
		free(inner);
		if (ok)
			return 1;
	}
	if (homeplace_uf(s, loc) || role_place(c, s, loc) || homeplace_town(c, s, loc))
		return 1;
	/* "Kamiyashiro, Meito-ku, Nagoya-shi, Aichi": an address without
	 * numbers has three parts or more */
	return (strpbrk(s, "0123456789") != NULL || commas(s) >= 2) &&
	    homeplace_address(c, s, loc);
}

void
homeplace_case(struct location *loc)
{
	char *t;

	if (loc->city == NULL || strlen(loc->city) < 4 || !parse_all_caps(loc->city) ||
	    strpbrk(loc->city, "0123456789") != NULL)
		return;
	t = names_case(loc->city);
	free(loc->city);
	loc->city = t;
}
