#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "glued.h"
#include "parse.h"
#include "utf8.h"
#include "xalloc.h"

/* Whether the character at s is a capital, and its length. */
static size_t
capital(const char *s, size_t len)
{
	uint32_t cp;
	size_t n = utf8_decode(s, len, &cp);

	return n > 0 && fold_isupper(cp) ? n : 0;
}

/* Whether the character at s is a small letter. */
static int
small(const char *s, size_t len)
{
	uint32_t cp;

	return utf8_decode(s, len, &cp) > 0 && fold_islower(cp);
}

/* Where in the word w[0..n) a second word starts, or 0: at a capital
 * after a letter, three bytes in or after two capitals ("AGAugsburg";
 * "McLaren" stays).  The second word is written in small letters after
 * its capital: a word in capitals has no seam ("INTERESSEN" holds no
 * "Essen"). */
static size_t
seam(const struct lexicon *lx, const char *w, size_t n)
{
	char cc[3];

	for (size_t i = 2; i + 4 <= n; i++) {
		if (i == 2 && !(isupper((unsigned char)w[0]) && isupper((unsigned char)w[1])))
			continue;
		uint32_t prev;
		size_t b = i - 1;
		size_t k;
		if ((w[i] & 0xc0) == 0x80 || (k = capital(w + i, n - i)) == 0 ||
		    !small(w + i + k, n - i - k))
			continue;
		while (b > 0 && (w[b] & 0xc0) == 0x80)
			b--;
		if (utf8_decode(w + b, i - b, &prev) == 0 || !fold_isalpha(prev))
			continue;
		if (lexicon_place(lx, w + i, n - i, PLACE_CITY, cc) || parse_tongue(w, i))
			return i;
	}
	return 0;
}

static char *
split_line(const struct lexicon *lx, const char *s)
{
	struct buf b = BUF_INIT;
	int cut = 0;

	for (const char *p = s; *p != '\0';) {
		size_t n = strcspn(p, " \t,;|()"), at;
		if (n >= 6 && n < 64 && (at = seam(lx, p, n)) > 0) {
			buf_add(&b, p, at);
			buf_addc(&b, ' ');
			buf_add(&b, p + at, n - at);
			cut = 1;
		} else
			buf_add(&b, p, n);
		p += n;
		if (*p != '\0')
			buf_addc(&b, *p++);
	}
	if (!cut) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

void
glued_split(const struct lexicon *lx, struct layout *L)
{
	for (size_t i = 0; i < L->n; i++) {
		char *t = split_line(lx, L->v[i].s);
		if (t != NULL) {
			free(L->v[i].s);
			L->v[i].s = t;
		}
	}
}

/* Whether the word at s, or the one after it, has small letters: text,
 * not more of a heading in capitals ("SKILLSET", "EXPERIENCES"). */
static int
lower_after(const char *s)
{
	size_t n = strcspn(s, " ");

	for (size_t i = 0; s[i] != '\0' && i < n + 1 + strcspn(s + n + (s[n] != '\0'), " "); i++)
		if (islower((unsigned char)s[i]))
			return 1;
	return 0;
}

/* Where the heading glued to the text after it ends ("EXPERIENCERegistered
 * Nurse", "CLINICAL SKILLSCardiac monitoring"): the longest run of
 * capitals a known wording ends in, right before a capital and a small
 * letter; 0 if none. */
static size_t
heading_end(const struct lexicon *lx, const char *s)
{
	size_t best = 0;
	char key[64];

	if (strlen(s) < 6)
		return 0;
	for (size_t k = 4; s[k] != '\0' && k < 48; k++) {
		const char *last;
		if (islower((unsigned char)s[k - 1]) || (!isupper((unsigned char)s[k - 1]) &&
		    strchr(" &/", s[k - 1]) == NULL))
			return best;
		if (!isupper((unsigned char)s[k - 1]) || !isupper((unsigned char)s[k]))
			continue;
		fold_key(s, k, key, sizeof key);
		/* "AWARDS & HONORSDAISY Award": a known wording whole before
		 * any capital; "CLINICAL SKILLSCardiac": one that ends in a
		 * wording's word before a capitalised word */
		last = strrchr(key, ' ');
		if ((heading_lookup(&lx->headings, key) != IS_NONE && lower_after(s + k)) ||
		    (islower((unsigned char)s[k + 1]) && last != NULL &&
		    heading_lookup(&lx->headings, last + 1) != IS_NONE))
			best = k;
	}
	return best;
}

void
glued_headings(const struct lexicon *lx, struct layout *L)
{
	struct layout out;
	size_t cuts = 0;

	for (size_t i = 0; i < L->n; i++)
		cuts += heading_end(lx, L->v[i].s) > 0;
	if (cuts < 2)
		return;
	memset(&out, 0, sizeof out);
	for (size_t i = 0; i < L->n; i++) {
		const struct line *l = &L->v[i];
		size_t k = heading_end(lx, l->s);
		if (k > 0) {
			layout_add(&out, l->s, k, l->indent, l->flags | LN_BLANK);
			layout_add(&out, l->s + k, strlen(l->s + k), l->indent, 0);
		} else
			layout_add(&out, l->s, strlen(l->s), l->indent, l->flags)->level = l->level;
	}
	out.urls = L->urls;
	L->urls = (struct strlist)STRLIST_INIT;
	layout_free(L);
	*L = out;
}
