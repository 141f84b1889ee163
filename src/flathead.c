/*
 * flathead: the headings a flattened résumé runs through; see flathead.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "flathead.h"
#include "fold.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

/* Words ending at a colon that name a section: "Work Experience:"; its
 * bytes with the colon, its own length in *hlen. */
size_t
flathead_colon(const struct lexicon *lx, const char *s, size_t *hlen)
{
	const char *p = s;

	for (int words = 0; words < 4 && *p != '\0'; words++) {
		size_t n = strcspn(p, " ");
		char key[96];
		if (n > 0 && p[n - 1] == ':') {
			fold_key(s, (size_t)(p - s) + n - 1, key, sizeof key);
			if (heading_lookup(&lx->headings, key) != IS_NONE) {
				*hlen = (size_t)(p - s) + n - 1;
				return (size_t)(p - s) + n;
			}
			return 0;
		}
		p += n;
		p += strspn(p, " ");
	}
	return 0;
}

/* " & LICENSES" after "CERTIFICATIONS", " / CERTIFICATES" after
 * "PROFESSIONAL TRAINING": the second heading of two joined in capitals;
 * its bytes, or 0. */
static size_t
and_heading(const struct lexicon *lx, const char *s)
{
	size_t j = strspn(s, " "), w;
	char key[48];

	if (strncmp(s + j, "& ", 2) == 0 || strncmp(s + j, "/ ", 2) == 0)
		j += 2;
	else if (strncmp(s + j, "AND ", 4) == 0)
		j += 4;
	else
		return 0;
	j += strspn(s + j, " ");
	w = strcspn(s + j, " \t");
	for (size_t i = 0; i < w; i++)
		if (islower((unsigned char)s[j + i]))
			return 0;
	fold_key(s + j, w, key, sizeof key);
	return w > 0 && heading_lookup(&lx->headings, key) != IS_NONE ? j + w : 0;
}

/* Whether the word prev (up to a space) ends what it is part of: a
 * sentence's stop, a bracket, a figure; or there is none. */
static int
ends_before(const char *prev)
{
	size_t n = strcspn(prev, " ");

	return n == 0 || strchr(".)!?;", prev[n - 1]) != NULL ||
	    isdigit((unsigned char)prev[n - 1]);
}

/* Whether the word after s's spaces is a title's ("Engineer"). */
static int
title_next(const char *s)
{
	char *w;
	int yes;

	s += strspn(s, " ");
	w = xstrndup(s, strcspn(s, " "));
	yes = role_title_score(w) > 0 && role_company_score(w) == 0;
	free(w);
	return yes;
}

/* "EXPERIENCE", "Berufserfahrung", "Work History" without a colon, a
 * known heading in capitals, or one in title case before a capitalised
 * word (not after "of", "in" ...: "Master of Education Leadership"):
 * its bytes with a heading joined to it, its own length in *hlen. */
size_t
flathead_bare(const struct lexicon *lx, const char *s, const char *prev, size_t *hlen,
    int caps_only)
{
	static const char *const joins[] = { "of", "in", "for", "and", "&", "de", "der",
		"des", "du", "fur", "en", "et", "y", "e", "di", "la", "le", "und", NULL };
	char key[96], w[8];
	size_t ends[4], n = 0, p = 0;

	fold_key(prev, strcspn(prev, " "), w, sizeof w);
	while (n < 4 && isalpha((unsigned char)s[p])) {
		p += strcspn(s + p, " \t");
		ends[n++] = p;
		if (s[p] == '\t')
			break;		/* a gap ends the heading */
		p += strspn(s + p, " ");
	}
	for (size_t k = n; k-- > 0;) {
		int caps = 1;
		for (size_t i = 0; i < ends[k]; i++)
			caps &= !islower((unsigned char)s[i]);
		fold_key(s, ends[k], key, sizeof key);
		if (heading_lookup(&lx->headings, key) == IS_NONE)
			continue;
		/* where the headings are in capitals, one in title case
		 * ends what comes before it ("... 2018 Languages English"):
		 * after a word that goes on, it is a job's ("review Software
		 * Engineer") */
		if (!caps && caps_only && (title_next(s + ends[k]) || !ends_before(prev)))
			continue;
		if (s[ends[k] - 1] == ',')
			continue;
		if (!caps && (ends[k] < 6 || wordlist_has(joins, w) ||
		    !isupper((unsigned char)s[ends[k] + strspn(s + ends[k], " ")])))
			continue;
		/* "Alexandria University Main Hospital": a school's word
		 * inside a name */
		if (!caps && isupper((unsigned char)prev[0]) && role_school_score(key) > 0)
			continue;
		*hlen = ends[k];
		return ends[k] + and_heading(lx, s + ends[k]);
	}
	return 0;
}
