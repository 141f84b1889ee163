/*
 * spaced: words back into letter-spaced lines whose gaps were lost.
 *
 * A designed PDF sets its headline and headings letter-spaced; pdftotext
 * often gives one space between every letter and no wider one between the
 * words, so the layout reads "Q A A U T O M AT I O N E N G I N E E R" as
 * "QAAUTOMATIONENGINEER" (LN_GLUED).  The words are found again by cutting
 * each run of letters into the fewest words the importer knows: the job
 * title, firm, school and degree words, the headings' words, the skills,
 * the cities, and the words headlines are made of.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "heading_words.h"
#include "parse.h"
#include "spaced.h"
#include "wordlist.h"
#include "xalloc.h"

#define SPACED_MAX 64		/* letters in a run that is cut */

/* Words of headlines that name a field rather than a job. */
static const char *const field_words[] = {
	"account", "accounting", "ai", "and", "application", "applications", "assurance",
	"automation", "back", "backend", "big", "brand", "business", "care", "chain", "civil",
	"clinical", "cloud", "commercial", "communications", "community", "computer",
	"content", "creative", "customer", "cyber", "data", "database", "de", "delivery",
	"design", "development", "digital", "electrical", "embedded", "end", "experience",
	"facilities", "field", "finance", "financial", "for", "front", "frontend", "full",
	"graphic", "growth", "hardware", "health", "human", "in", "industrial",
	"information", "infrastructure", "interaction", "interior", "it", "learning",
	"legal", "machine", "marketing", "mechanical", "media", "ml", "mobile", "network",
	"of", "operations", "people", "performance", "platform", "process", "program",
	"project", "qa", "quality", "relations", "reliability", "research", "resources",
	"risk", "sales", "science", "security", "service", "site", "social", "software",
	"solutions", "stack", "strategy", "success", "supply", "support", "systems",
	"talent", "team", "technical", "technology", "test", "the", "ui", "ux", "visual",
	"web", NULL,
};

static int
listed(const char *w)
{
	return wordlist_has(field_words, w);
}

/* Whether w (folded) is a word of a built-in heading wording. */
static int
heading_word(const char *w, size_t n)
{
	for (const struct heading_row *r = heading_rows; r->words != NULL; r++)
		for (const char *p = strstr(r->words, w); p != NULL; p = strstr(p + 1, w))
			if ((p == r->words || strchr("|= ", p[-1]) != NULL) &&
			    (p[n] == '\0' || p[n] == '|' || p[n] == ' '))
				return 1;
	return 0;
}

static int
known(const struct lexicon *lx, const char *w, size_t n)
{
	char cc[3];

	if (n < 2)
		return 0;
	return listed(w) || role_word(w) || heading_word(w, n) || lexicon_skill(lx, w, n) ||
	    lexicon_place(lx, w, n, PLACE_CITY, cc);
}

/* Cuts run[0..n) (lower case) into the fewest known words; the cut after
 * each word into cut[], its count returned, or 0 when no cut covers it. */
static size_t
cut_run(const struct lexicon *lx, const char *run, size_t n, size_t *cut)
{
	size_t best[SPACED_MAX + 1], from[SPACED_MAX + 1], k = 0;
	char w[SPACED_MAX + 1];

	best[0] = 0;
	for (size_t i = 1; i <= n; i++) {
		best[i] = SIZE_MAX;
		for (size_t j = 0; j < i; j++) {
			if (best[j] == SIZE_MAX || best[j] + 1 >= best[i])
				continue;
			memcpy(w, run + j, i - j);
			w[i - j] = '\0';
			if (known(lx, w, i - j)) {
				best[i] = best[j] + 1;
				from[i] = j;
			}
		}
	}
	if (best[n] == SIZE_MAX)
		return 0;
	for (size_t i = n; i > 0; i = from[i])
		cut[k++] = i;
	return k;
}

/* The line with each glued run of letters cut into words; a run that
 * touches a letter outside ASCII is left whole. */
static char *
resplit(const struct lexicon *lx, const char *line)
{
	struct buf b = BUF_INIT;
	size_t cut[SPACED_MAX + 1], k;
	char run[SPACED_MAX + 1];

	for (const char *s = line; *s != '\0';) {
		size_t n = 0;
		int elided;
		while (isalpha((unsigned char)s[n]))
			n++;
		/* "CENTRESD'INTÉRÊT": French's "d'", "l'" glued on at the end */
		elided = n > 5 && (s[n] == '\'' || strncmp(s + n, "\xe2\x80\x99", 3) == 0) &&
		    strchr("dDlL", s[n - 1]) != NULL;
		n -= elided;
		if (n < 5 || n > SPACED_MAX || (s[n] & 0x80) || (s > line && (s[-1] & 0x80))) {
			buf_add(&b, s, n > 0 ? n : 1);
			s += n > 0 ? n : 1;
			continue;
		}
		for (size_t i = 0; i < n; i++)
			run[i] = (char)tolower((unsigned char)s[i]);
		run[n] = '\0';
		k = cut_run(lx, run, n, cut);
		if (k <= 1 && !elided) {
			buf_add(&b, s, n);
			s += n;
			continue;
		}
		if (k == 0) {
			cut[0] = n;
			k = 1;
		}
		for (size_t i = k, at = 0; i > 0; i--) {
			if (at > 0)
				buf_addc(&b, ' ');
			buf_add(&b, s + at, cut[i - 1] - at);
			at = cut[i - 1];
		}
		if (elided)
			buf_addc(&b, ' ');
		s += n;
	}
	return buf_detach(&b);
}

void
spaced_resplit(const struct lexicon *lx, struct layout *L)
{
	for (size_t i = 0; i < L->n; i++) {
		char *t;
		if (!(L->v[i].flags & LN_GLUED))
			continue;
		t = resplit(lx, L->v[i].s);
		free(L->v[i].s);
		L->v[i].s = t;
	}
}
