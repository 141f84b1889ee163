/* labelcol: a left column of section labels; see labelcol.h. */
#include <string.h>

#include "fold.h"
#include "heading.h"
#include "labelcol.h"

#define LABEL_MIN 3		/* labelled lines that make the layout */

/* Whether the n bytes at s are a known heading. */
static int
known(const struct lexicon *lx, const char *s, size_t n)
{
	char key[64];

	fold_key(s, n, key, sizeof key);
	return heading_lookup(&lx->headings, key) != IS_NONE;
}

/* The length of the label cell a line opens with at the left margin, a
 * known heading before a wide gap (a tab), or 0. */
static size_t
label_len(const struct lexicon *lx, const struct line *l)
{
	size_t n = strcspn(l->s, "\t");

	if (l->indent > 1 || l->s[n] != '\t' || n == 0 || n > 40)
		return 0;
	return known(lx, l->s, n) ? n : 0;
}

/* "Registration &" over "checks": a label wrapped onto the next line's
 * first cell, joined into joined; 1 when together they are a heading. */
static int
label_pair(const struct lexicon *lx, const struct line *a, const struct line *b,
    char *joined, size_t size)
{
	size_t na = strcspn(a->s, "\t"), nb = strcspn(b->s, "\t");

	if (a->indent > 1 || b->indent > 1 || a->s[na] != '\t' || b->s[nb] != '\t' ||
	    na + nb + 2 > size || nb > 20)
		return 0;
	memcpy(joined, a->s, na);
	joined[na] = ' ';
	memcpy(joined + na + 1, b->s, nb);
	joined[na + 1 + nb] = '\0';
	return known(lx, joined, strlen(joined));
}

/* The line's content after its first cell, as a line of its own. */
static void
add_rest(struct layout *out, const struct line *l, int indent)
{
	const char *rest = l->s + strcspn(l->s, "\t");

	rest += strspn(rest, "\t ");
	if (*rest != '\0')
		layout_add(out, rest, strlen(rest), indent, l->flags & ~LN_BLANK);
}

static size_t
count_labels(const struct lexicon *lx, const struct layout *L)
{
	size_t n = 0;

	for (size_t i = 0; i < L->n; i++)
		n += label_len(lx, &L->v[i]) > 0;
	return n;
}

/* The indent of the content's column: that of the lines that go on under
 * a label's line. */
static int
content_indent(const struct lexicon *lx, const struct layout *L)
{
	for (size_t i = 0; i + 1 < L->n; i++)
		if (label_len(lx, &L->v[i]) > 0 && L->v[i + 1].indent > 1)
			return L->v[i + 1].indent;
	return 2;
}

int
labelcol_split(const struct lexicon *lx, struct layout *L)
{
	struct layout out;
	char joined[96];
	int at;

	if (count_labels(lx, L) < LABEL_MIN)
		return 0;
	at = content_indent(lx, L);
	memset(&out, 0, sizeof out);
	for (size_t i = 0; i < L->n; i++) {
		const struct line *l = &L->v[i];
		size_t n = label_len(lx, l);
		if (n > 0) {
			layout_add(&out, l->s, n, 0, (l->flags & ~LN_CELLS) | LN_BLANK);
			add_rest(&out, l, at);
		} else if (i + 1 < L->n && label_pair(lx, l, &L->v[i + 1], joined,
		    sizeof joined)) {
			layout_add(&out, joined, strlen(joined), 0, (l->flags & ~LN_CELLS) | LN_BLANK);
			add_rest(&out, l, at);
			add_rest(&out, &L->v[++i], at);
		} else
			layout_add(&out, l->s, strlen(l->s), l->indent, l->flags);
	}
	out.urls = L->urls;
	L->urls = (struct strlist)STRLIST_INIT;
	layout_free(L);
	*L = out;
	return 1;
}
