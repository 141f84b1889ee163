#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"
#include "pairhead.h"
#include "datecol.h"
#include "furniture.h"
#include "layout.h"
#include "webrows.h"
#include "webtable.h"
#include "fold.h"
#include "markup.h"
#include "utf8.h"
#include "xalloc.h"

struct line *
layout_add(struct layout *L, const char *s, size_t len, int indent, unsigned flags)
{
	struct line *l;

	if (L->n == L->cap) {
		L->cap = L->cap ? L->cap * 2 : 64;
		L->v = xreallocarray(L->v, L->cap, sizeof *L->v);
	}
	l = &L->v[L->n++];
	l->s = xstrndup(s, len);
	l->indent = indent;
	l->level = 0;
	l->flags = flags;
	return l;
}

void
layout_add_trimmed(struct layout *L, const char *s, size_t len, unsigned flags)
{
	while (len > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len > 0)
		layout_add(L, s, len, 0, flags);
}

void
layout_free(struct layout *L)
{
	for (size_t i = 0; i < L->n; i++)
		free(L->v[i].s);
	free(L->v);
	strlist_clear(&L->urls);
	memset(L, 0, sizeof *L);
}

/* Tabs to spaces at stops of eight, trailing space dropped. */
static char *
expand(const char *s, size_t len)
{
	size_t tabs = 0, col = 0, o = 0;
	char *out;

	for (size_t i = 0; i < len; i++)
		tabs += s[i] == '\t';
	out = xmalloc(len + tabs * 9 + 1);
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\t') {
			/* at least two spaces: a tab separates, as a wide gap does */
			size_t start = col;
			do
				out[o++] = ' ';
			while (++col % 8 != 0 || col - start < 2);
			continue;
		}
		out[o++] = s[i];
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			col++;
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return out;
}

static void
split_raw(const char *text, struct rawlines *R)
{
	int page = 0;

	for (const char *p = text; *p != '\0';) {
		size_t n = strcspn(p, "\n\f");
		pages_add(R, expand(p, n), page);
		p += n;
		if (*p == '\f')
			page++;
		if (*p != '\0')
			p++;
	}
}

/* lynx -dump ends with "References" and numbered link targets: those are
 * collected and cut, and the document's "[12]" markers known for links. */
static int
lynx_references(struct rawlines *R, struct strlist *urls)
{
	size_t i, start = R->n;

	for (i = R->n; i > 0; i--) {
		const char *s = R->v[i - 1].s;
		while (*s == ' ')
			s++;
		if (strcmp(s, "References") == 0 || strcmp(s, "Visible links") == 0) {
			start = i - 1;
			break;
		}
		if (*s != '\0' && !(isdigit((unsigned char)*s) && strstr(s, ". ") != NULL) &&
		    strcmp(s, "Hidden links:") != 0)
			return 0;
	}
	if (start == R->n)
		return 0;
	for (i = start + 1; i < R->n; i++) {
		const char *s = strstr(R->v[i].s, ". ");
		if (s != NULL)
			strlist_add(urls, s + 2);
	}
	pages_truncate(R, start);
	return 1;
}

/* Runs of two spaces or more inside a line separate cells: one tab each.
 * A label's colon set apart from it ("Role      : Engineer") stays with
 * the label. */
static char *
cells(const char *s, int *had)
{
	char *out = xmalloc(strlen(s) + 1);
	size_t o = 0;

	*had = 0;
	for (size_t i = 0; s[i] != '\0'; i++) {
		if (s[i] == ' ' && s[i + 1] == ' ') {
			while (s[i + 1] == ' ')
				i++;
			if (o > 0 && s[i + 1] == ':' && (s[i + 2] == ' ' || s[i + 2] == '\0')) {
				out[o++] = ':';
				i++;
				if (s[i + 1] == ' ')
					out[o++] = ' ';
				while (s[i + 1] == ' ')
					i++;
				continue;
			}
			out[o++] = '\t';
			*had = 1;
			continue;
		}
		out[o++] = s[i];
	}
	out[o] = '\0';
	return out;
}

static int
indent_of(const char *s)
{
	int n = 0;

	while (s[n] == ' ')
		n++;
	return n;
}

/* One raw line into the layout; rules and underlines mark their
 * neighbours instead of making lines. */
/* "| Languages | Infra |" over "| Go, C# | Kubernetes, GKE |": a table of
 * lists under the names of its columns, one line a column, "Languages: Go,
 * C#"; 0 when the row is no such row. */
static int
list_columns(struct layout *L, const char *row, const char *head, unsigned flags)
{
	struct strlist h = STRLIST_INIT, r = STRLIST_INIT;
	int ok;

	for (const char *p = head; *p != '\0';) {
		const char *bar = strstr(p, " | ");
		size_t n = bar != NULL ? (size_t)(bar - p) : strlen(p);
		strlist_addn(&h, p, n);
		p += n + (bar != NULL ? 3 : 0);
	}
	for (const char *p = row; *p != '\0';) {
		const char *bar = strstr(p, " | ");
		size_t n = bar != NULL ? (size_t)(bar - p) : strlen(p);
		strlist_addn(&r, p, n);
		p += n + (bar != NULL ? 3 : 0);
	}
	ok = h.n >= 2 && h.n == r.n;
	for (size_t i = 0; i < r.n && ok; i++)
		ok = strstr(r.v[i], ", ") != NULL && strlen(h.v[i]) < 40;
	for (size_t i = 0; i < r.n && ok; i++) {
		char *t = xprintf("%s: %s", h.v[i], r.v[i]);
		layout_add(L, t, strlen(t), 0, i == 0 ? flags : 0);
		free(t);
	}
	strlist_clear(&h);
	strlist_clear(&r);
	return ok;
}

/* "Year | Degree | Institution": a table's first row, with no figure in
 * it and a few words a cell. */
static int
header_row(const struct layout *L)
{
	const struct line *l = L->n > 0 ? &L->v[L->n - 1] : NULL;
	int words = 1;

	if (l == NULL || !(l->flags & MK_TABLE) ||
	    (L->n > 1 && (L->v[L->n - 2].flags & MK_TABLE)) || strpbrk(l->s, "0123456789,") != NULL)
		return 0;
	for (const char *p = l->s; *p != '\0'; p++) {
		if (strncmp(p, " | ", 3) == 0) {
			words = 0;
			p += 2;
		} else if (*p == ' ' && ++words > 3)
			return 0;
	}
	return 1;
}

static void
add_clean(struct layout *L, const char *raw, int lynx, unsigned *pending, char **thead)
{
	struct markup m;
	char *clean, *split;
	int rule = markup_rule(raw), had;
	size_t n;

	if (rule == 0 && markup_table_sep(raw + indent_of(raw))) {
		/* the row above a table's separator names its columns */
		if (L->n > 0 && (L->v[L->n - 1].flags & MK_TABLE)) {
			free(*thead);
			*thead = L->v[L->n - 1].s;
			L->n--;
		}
		return;
	}
	if (rule == '+' && header_row(L)) {
		/* the first row of a drawn table, over its first border,
		 * names its columns */
		free(*thead);
		*thead = L->v[L->n - 1].s;
		L->n--;
		*pending |= LN_BLANK;
		return;
	}
	if (rule != 0) {
		if ((rule == '=' || rule == '-' || rule == '~' || rule == 0x2550 ||
		    rule == 0x2500 || rule == 0x2501 || rule == '_') && !(*pending & LN_BLANK) &&
		    L->n > 0 && !(L->v[L->n - 1].flags & MK_BULLET) && rule != 0)
			L->v[L->n - 1].flags |= LN_UNDERLINED;
		if (rule != 0)
			*pending |= LN_BLANK;
		return;
	}
	clean = markup_clean(raw, strlen(raw), lynx, &L->urls, &m);
	split = cells(clean, &had);
	n = strlen(split);
	while (n > 0 && (split[n - 1] == '\t' || split[n - 1] == ' '))
		split[--n] = '\0';
	if (!(m.flags & MK_TABLE)) {
		free(*thead);
		*thead = NULL;
	}
	if (n > 0 && *thead != NULL && list_columns(L, split, *thead, *pending)) {
		*pending = 0;
	} else if (n > 0) {
		struct line *l = layout_add(L, split, n, indent_of(raw),
		    m.flags | *pending | (had ? LN_CELLS : 0));
		l->level = m.level;
		*pending = 0;
	} else if (!(m.flags & MK_BULLET))
		*pending |= LN_BLANK;
	else
		*pending |= MK_BULLET;	/* "•" alone, its item on the next line */
	free(clean);
	free(split);
}

/* "develop-" + "ment" is "development"; "front-" + "End" stays apart;
 * a link broken at its hyphen, or a word of hyphened words ("hours-of-"
 * + "service", "point-" + "of-care"), is joined whole. */
static void
join_hyphens(struct layout *L)
{
	size_t o = 0;

	for (size_t i = 0; i < L->n; i++) {
		struct line *prev = o > 0 ? &L->v[o - 1] : NULL;
		size_t pl = prev != NULL ? strlen(prev->s) : 0;
		struct line *l = &L->v[i];
		size_t k = pl > 2 ? pl - 2 : 0;
		/* "desempe-" + "ño": letters of any script */
		while (k > 0 && ((unsigned char)prev->s[k] & 0xc0) == 0x80)
			k--;
		if (prev != NULL && pl > 2 && prev->s[pl - 1] == '-' &&
		    fold_lower_at(prev->s + k) && fold_lower_at(l->s) &&
		    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED))) {
			/* "linkedin.com/in/ana-" + "b12c": a link keeps its
			 * hyphen; so does a word of hyphened words, "hours-of-"
			 * + "service" */
			const char *w = strrchr(prev->s, ' ');
			const char *word = w != NULL ? w + 1 : prev->s;
			int keep = strchr(word, '/') != NULL ||
			    memchr(word, '-', (size_t)(prev->s + pl - 1 - word)) != NULL ||
			    memchr(l->s, '-', strcspn(l->s, " ")) != NULL;
			char *j = xprintf("%.*s%s", (int)(pl - (keep ? 0 : 1)), prev->s, l->s);
			free(prev->s);
			free(l->s);
			prev->s = j;
			continue;
		}
		L->v[o++] = *l;
	}
	L->n = o;
}

/* "D A V I D   S M I T H" reads "DAVID SMITH"; letters may be any
 * script's. */
static int
single_letter(const char *s, size_t *len)
{
	uint32_t cp;
	size_t n = utf8_decode(s, strlen(s), &cp);

	*len = n > 0 ? n : 1;
	/* "D ' I N T É R Ê T": the apostrophe spaced like a letter */
	return n > 0 && (fold_isalpha(cp) || cp == '\'' || cp == 0x2019) &&
	    (s[n] == ' ' || s[n] == '\t' || s[n] == '\0');
}

/* Two capitals a PDF kerned together ("TA" in "C O N TA C T"). */
static int
kern_pair(const char *s)
{
	return isupper((unsigned char)s[0]) && isupper((unsigned char)s[1]) &&
	    (s[2] == ' ' || s[2] == '\t' || s[2] == '\0');
}

/* "/", "|", "&", "-": a mark between the letter-spaced words. */
static int
spaced_mark(const char *s)
{
	return strchr("/|&-,", s[0]) != NULL && (s[1] == ' ' || s[1] == '\t' || s[1] == '\0');
}

static void
unspace(struct line *l)
{
	const char *s = l->s;
	size_t singles = 0, pairs = 0, words = 0, n;
	int gaps = 0;
	struct buf b = BUF_INIT;

	for (size_t i = 0; s[i] != '\0'; i++) {
		int one;
		if (s[i] == ' ' || s[i] == '\t') {
			gaps |= s[i] == '\t' || s[i + 1] == ' ';
			continue;
		}
		if (spaced_mark(s + i))
			continue;
		words++;
		singles += one = single_letter(s + i, &n);
		pairs += !one && kern_pair(s + i);
		while (s[i + 1] != '\0' && s[i + 1] != ' ' && s[i + 1] != '\t')
			i++;
	}
	if (words < 4 || singles + pairs < words || pairs * 3 > words)
		return;
	for (size_t i = 0; s[i] != '\0'; i++) {
		if (spaced_mark(s + i)) {
			if (b.len > 0 && b.s[b.len - 1] != ' ')
				buf_addc(&b, ' ');
			buf_addc(&b, s[i]);
			buf_addc(&b, ' ');
		} else if (s[i] != ' ' && s[i] != '\t')
			buf_addc(&b, s[i]);
		else if (b.len > 0 && (s[i] == '\t' || s[i + 1] == ' ') && b.s[b.len - 1] != ' ')
			buf_addc(&b, ' ');
		while ((s[i] == ' ' || s[i] == '\t') && (s[i + 1] == ' ' || s[i + 1] == '\t'))
			i++;
	}
	while (b.len > 0 && b.s[b.len - 1] == ' ')
		b.s[--b.len] = '\0';
	free(l->s);
	l->s = buf_detach(&b);
	l->flags &= ~(unsigned)LN_CELLS;
	/* one space between all the letters: the gaps between words are
	 * lost, the words glued ("QAAUTOMATIONENGINEER") */
	if (!gaps)
		l->flags |= LN_GLUED;
}

/* " Taught Years 7–11 ...": raw pdftotext's bullet whose glyph it could
 * not map leaves its space alone before the words; in a text otherwise
 * flush left, with few bullets that kept their glyphs, three such lines
 * or more are items of lists. */
static void
lost_bullets(struct layout *L)
{
	size_t flush = 0, one = 0, other = 0, marked = 0;

	for (size_t i = 0; i < L->n; i++) {
		const struct line *l = &L->v[i];
		marked += (l->flags & MK_BULLET) != 0;
		if (l->indent == 0)
			flush++;
		else if (l->indent == 1 && !(l->flags & (MK_BULLET | MK_NUMBERED)) &&
		    (isupper((unsigned char)l->s[0]) || isdigit((unsigned char)l->s[0])))
			one++;
		else
			other++;
	}
	/* a text whose bullets kept their glyphs set an icon's space
	 * (" Flipkart  Bangalore") */
	if (one < 3 || flush < one || other * 20 > flush + one || marked * 2 >= one)
		return;
	for (size_t i = 0; i < L->n; i++) {
		struct line *l = &L->v[i];
		if (l->indent == 1 && !(l->flags & (MK_BULLET | MK_NUMBERED)) &&
		    (isupper((unsigned char)l->s[0]) || isdigit((unsigned char)l->s[0])))
			l->flags |= MK_BULLET;
	}
}

void
layout_build(const char *text, struct layout *L, int flags)
{
	struct rawlines R = { NULL, 0, 0 };
	char *thead = NULL;
	unsigned pending = 0;
	int lynx, page = 0;

	memset(L, 0, sizeof *L);
	split_raw(text, &R);
	lynx = lynx_references(&R, &L->urls);
	furniture_pages(&R);
	furniture_drop(&R);
	/* a web page's table before its cells pass for a page's columns */
	webtable_join(&R);
	webrows_join(&R);
	if (!(flags & LAYOUT_ONECOLUMN)) {
		pages_columns(&R);
		pairhead_split(&R);
	}
	datecol_join(&R);
	for (size_t i = 0; i < R.n; i++) {
		if (R.v[i].page != page) {
			page = R.v[i].page;
			pending |= LN_PAGE | LN_BLANK;
		}
		if (R.v[i].s[0] == '\0')
			pending |= LN_BLANK;
		else
			add_clean(L, R.v[i].s, lynx, &pending, &thead);
	}
	pages_free(&R);
	free(thead);
	join_hyphens(L);
	for (size_t i = 0; i < L->n; i++)
		unspace(&L->v[i]);
	lost_bullets(L);
}
