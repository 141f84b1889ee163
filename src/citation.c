/* citation: a publication's title and venue; see citation.h. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "citation.h"
#include "dateparse.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

#define MAXSENT 8

struct span {
	size_t from, to;
};

/* Whether the period at s[i] goes on: it closes an initial ("A.") or an
 * abbreviation of a venue ("Proc.", "Vol."). */
static int
period_goes_on(const char *s, size_t i)
{
	static const char *const abbrevs[] = { "proc", "vol", "pp", "no", "int", "conf",
		"eds", "ed", "trans", "rev", "lett", "phys", "chem", "sci", "eng", "res",
		"med", "univ", "dept", "symp", "workshop", "assoc", "comput", "mr", "ms",
		"dr", "prof", "jr", "sr", "st", "vs", NULL };
	size_t w = i, n;
	char key[12];

	while (w > 0 && isalpha((unsigned char)s[w - 1]))
		w--;
	n = i - w;
	if (n == 1 && isupper((unsigned char)s[w]))
		return 1;
	if (n == 0 || n >= sizeof key)
		return 0;
	for (size_t k = 0; k < n; k++)
		key[k] = (char)tolower((unsigned char)s[w + k]);
	key[n] = '\0';
	return wordlist_has(abbrevs, key);
}

/* The sentences of s: cut after ". ", "? " and "! " (the question and
 * exclamation marks kept, the period not). */
static size_t
sentences(const char *s, struct span *v, size_t max)
{
	size_t n = 0, from = 0, i;

	for (i = 0; s[i] != '\0' && n < max; i++) {
		int end = s[i + 1] == ' ' || s[i + 1] == '\0';
		if (!end || strchr(".?!", s[i]) == NULL)
			continue;
		if (s[i] == '.' && s[i + 1] != '\0' && period_goes_on(s, i))
			continue;
		v[n++] = (struct span){ from, s[i] == '.' ? i : i + 1 };
		from = i + 1 + (s[i + 1] == ' ');
	}
	if (n < max && s[from] != '\0' && from < strlen(s))
		v[n++] = (struct span){ from, strlen(s) };
	return n;
}

/* Whether s[from..to) is a list of authors: every word a capitalised name,
 * an initial or a joining word, with an initial or a comma among them;
 * a bracketed year ("(2020)") may close it. */
static int
authors_like(const char *s, size_t from, size_t to)
{
	static const char *const joins[] = { "and", "et", "al", "de", "van", "von",
		"der", "den", "da", "di", "du", "le", "la", "y", "&", NULL };
	int words = 0, names = 0, marks = 0;

	while (from < to) {
		size_t n = strcspn(s + from, " ");
		char w[24];
		if (n > to - from)
			n = to - from;
		if (n > 0 && n < sizeof w && s[from] != '(' && !isdigit((unsigned char)s[from])) {
			memcpy(w, s + from, n);
			w[n] = '\0';
			words++;
			marks += w[n - 1] == ',' || (n <= 3 && w[n - 1] == '.');
			w[strcspn(w, ",.")] = '\0';
			names += isupper((unsigned char)w[0]) || (unsigned char)w[0] >= 0x80 ||
			    wordlist_has(joins, w);
		}
		from += n + 1;
	}
	return words > 0 && words <= 40 && names == words && marks > 0;
}

/* "Ito, K. & Varga, H., Water Research": the length of the authors that
 * open the text, up to the last initial followed by a comma; 0 if none. */
static size_t
authors_before(const char *v)
{
	size_t best = 0;

	for (const char *p = strstr(v, ".,"); p != NULL; p = strstr(p + 1, ".,"))
		if (p - v >= 2 && isupper((unsigned char)p[-1]) &&
		    (p[-2] == ' ' || p[-2] == '.') && p[2] == ' ' &&
		    authors_like(v, 0, (size_t)(p + 2 - v)))
			best = (size_t)(p + 3 - v);
	return best;
}

/* The venue as its name: "In " or its authors before it, its volume and
 * pages, its year after it go ("Medical Image Analysis 71:102–118, 2021"). */
static char *
venue_of(const char *s, size_t len)
{
	char *v = parse_trim(s, len), *p;
	struct daterange r;
	size_t k;

	if (strncmp(v, "In ", 3) == 0)
		memmove(v, v + 3, strlen(v + 3) + 1);
	if ((k = authors_before(v)) > 0 && v[k] != '\0')
		memmove(v, v + k, strlen(v + k) + 1);
	if (dateparse_find(v, strlen(v), &r) && r.from > 0)
		v[r.from] = '\0';
	for (p = v; *p != '\0'; p++)
		if (p > v && p[-1] == ' ' && isdigit((unsigned char)*p)) {
			p[-1] = '\0';
			break;
		}
	for (size_t n = strlen(v); n > 0 && strchr(" ,;:.(", v[n - 1]) != NULL; n--)
		v[n - 1] = '\0';
	if (*v == '\0') {
		free(v);
		return NULL;
	}
	return v;
}

/* A title in quotes: "\"Title\", Venue, 2021", "Author. “Title.” Venue". */
static int
quoted(const char *s, char **title, char **venue)
{
	static const char *const opens[] = { "\"", "\xe2\x80\x9c", NULL };
	static const char *const closes[] = { "\"", "\xe2\x80\x9d", NULL };

	for (int k = 0; opens[k] != NULL; k++) {
		const char *a = strstr(s, opens[k]), *b, *rest;
		if (a == NULL || (b = strstr(a + strlen(opens[k]), closes[k])) == NULL)
			continue;
		a += strlen(opens[k]);
		if (b - a < 4)
			continue;
		*title = parse_trim(a, (size_t)(b - a));
		for (size_t n = strlen(*title); n > 0 && strchr(",.", (*title)[n - 1]); n--)
			(*title)[n - 1] = '\0';
		rest = b + strlen(closes[k]);
		while (strspn(rest, " ,.;:-") > 0 || strncmp(rest, "\xe2\x80\x93", 3) == 0 ||
		    strncmp(rest, "\xe2\x80\x94", 3) == 0)
			rest += strspn(rest, " ,.;:-") > 0 ? strspn(rest, " ,.;:-") : 3;
		*venue = venue_of(rest, strcspn(rest, "."));
		return 1;
	}
	return 0;
}

int
citation_split(const char *s, char **title, char **venue)
{
	struct span v[MAXSENT];
	size_t n;

	*title = *venue = NULL;
	if (quoted(s, title, venue))
		return 1;
	n = sentences(s, v, MAXSENT);
	if (n >= 2 && authors_like(s, v[0].from, v[0].to)) {
		*title = parse_trim(s + v[1].from, v[1].to - v[1].from);
		if (n >= 3)
			*venue = venue_of(s + v[2].from, v[2].to - v[2].from);
		return 1;
	}
	if (n == 2 || (n == 3 && dateparse_only(s + v[2].from))) {
		*title = parse_trim(s + v[0].from, v[0].to - v[0].from);
		*venue = venue_of(s + v[1].from, v[1].to - v[1].from);
		return 1;
	}
	return 0;
}
