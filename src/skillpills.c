/*
 * skillpills: see skillpills.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fold.h"
#include "lexicon.h"
#include "skillpills.h"
#include "xalloc.h"

#define MAXWORDS 24
#define LONGEST 4		/* words in the longest skill looked up */

struct words {
	const char *at[MAXWORDS];
	size_t len[MAXWORDS];
	size_t n;
};

/* "XRJuniper", "JunosBGPOSPFMPLS": words run together, a capital after
 * a small letter or a capital opening a word after capitals; not
 * "HubSpot" (one small letter run between). */
static int
glued(const char *s, size_t n)
{
	int seams = 0;

	for (size_t i = 1; i + 1 < n; i++) {
		if (islower((unsigned char)s[i - 1]) && isupper((unsigned char)s[i]))
			seams++;
		if (isupper((unsigned char)s[i - 1]) && isupper((unsigned char)s[i]) &&
		    islower((unsigned char)s[i + 1]) && i >= 2)
			return 1;
	}
	return seams > 1;
}

/* The words of s, each opened by a capital or a figure ("SEO", "Google",
 * "4"); 0 when s holds anything else: a list's separator, a word in
 * small letters or "&" ("Compliance & Safety" is one name), more words
 * than a row of tags holds. */
static int
words_of(const char *s, struct words *w)
{
	w->n = 0;
	if (strpbrk(s, ",;|/:()\t") != NULL || strstr(s, "\xe2\x80\xa2") != NULL ||
	    strstr(s, "\xc2\xb7") != NULL)
		return 0;
	for (const char *p = s; *p != '\0';) {
		size_t n = strcspn(p, " ");
		if (n > 0) {
			if (w->n == MAXWORDS || !(fold_upper_at(p) || isdigit((unsigned char)*p)))
				return 0;
			if (glued(p, n))
				return 0;
			w->at[w->n] = p;
			w->len[w->n++] = n;
		}
		p += n;
		p += strspn(p, " ");
	}
	return w->n >= 2;
}

/* The number of words from i on that name a known skill, the longest,
 * or 0. */
static size_t
known_at(const struct lexicon *lx, const struct words *w, size_t i)
{
	for (size_t k = LONGEST; k > 0; k--) {
		size_t end;
		if (i + k > w->n)
			continue;
		end = (size_t)(w->at[i + k - 1] - w->at[i]) + w->len[i + k - 1];
		if (lexicon_skill(lx, w->at[i], end))
			return k;
	}
	return 0;
}

/* "Strategy", not "HubSpot" or "SEO": a word in small letters after its
 * capital. */
static int
plain(const char *s, size_t n)
{
	if (n < 2 || !isupper((unsigned char)s[0]))
		return 0;
	for (size_t i = 1; i < n; i++)
		if (!islower((unsigned char)s[i]))
			return 0;
	return 1;
}

/* The row cut into its skills: known ones, and the runs of other words
 * between them ("Klaviyo HubSpot" is "Klaviyo" and "HubSpot"); a figure
 * alone stays with the skill before it ("Google Analytics 4").  The
 * items into out; the number of known skills returned. */
static size_t
row_cut(const struct lexicon *lx, const struct words *w, struct strlist *out)
{
	size_t known = 0, run = 0;	/* where a run of other words began */
	int in_run = 0;

	for (size_t i = 0; i < w->n;) {
		size_t k = known_at(lx, w, i), end;
		int figure = isdigit((unsigned char)w->at[i][0]) && out->n > 0 && !in_run;
		/* "Content Strategy", "Budget Management": a plain word the
		 * vocabulary knows ends the name the run began */
		if (k == 1 && in_run && plain(w->at[i], w->len[i]))
			k = 0;
		if (k == 0 && !figure) {
			if (!in_run)
				run = i;
			in_run = 1;
			i++;
			continue;
		}
		if (in_run) {
			end = (size_t)(w->at[i - 1] - w->at[run]) + w->len[i - 1];
			strlist_take(out, xstrndup(w->at[run], end));
			in_run = 0;
		}
		if (figure) {
			char *j = xprintf("%s %.*s", out->v[out->n - 1], (int)w->len[i], w->at[i]);
			free(out->v[out->n - 1]);
			out->v[out->n - 1] = j;
			i++;
			continue;
		}
		end = (size_t)(w->at[i + k - 1] - w->at[i]) + w->len[i + k - 1];
		strlist_take(out, xstrndup(w->at[i], end));
		known++;
		i += k;
	}
	if (in_run)
		strlist_take(out, xstrdup(w->at[run]));
	return known;
}

static char *
joined(const struct strlist *items)
{
	struct buf b = BUF_INIT;
	char *s;

	for (size_t i = 0; i < items->n; i++) {
		if (i > 0)
			buf_adds(&b, ", ");
		buf_adds(&b, items->v[i]);
	}
	s = xstrdup(buf_str(&b));
	buf_free(&b);
	return s;
}

void
skillpills_split(const struct ctx *c, const struct sect *sec)
{
	struct words w;
	int block = 0;

	/* a row of three items or more, two of them known skills, makes
	 * the section's rows tags ("Salesforce CRM" is one skill) */
	for (size_t i = sec->from; i < sec->to && !block; i++) {
		struct strlist items = STRLIST_INIT;
		const struct line *l = &c->L->v[i];
		if (!(l->flags & MK_BULLET) && words_of(l->s, &w))
			block = row_cut(c->lx, &w, &items) >= 2 && items.n >= 3;
		strlist_clear(&items);
	}
	for (size_t i = sec->from; i < sec->to && block; i++) {
		struct strlist items = STRLIST_INIT;
		struct line *l = &c->L->v[i];
		if (!(l->flags & MK_BULLET) && words_of(l->s, &w) &&
		    row_cut(c->lx, &w, &items) >= 1 && items.n >= 2) {
			char *s = joined(&items);
			free(l->s);
			l->s = s;
		}
		strlist_clear(&items);
	}
}
