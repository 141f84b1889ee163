#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "../src/utf8.h"
#include "draw.h"

static int ascii;

static const char *const glyphs_utf8[G__COUNT] = {
	[G_HLINE] = "\xe2\x94\x80",	/* ─ */
	[G_TICK] = "\xe2\x94\xac",	/* ┬ */
	[G_VLINE] = "\xe2\x94\x82",	/* │ */
	[G_GAP] = "\xc2\xb7",		/* · */
	[G_ONGOING] = "\xe2\x96\xb6",	/* ▶ */
	[G_ELLIPSIS] = "\xe2\x80\xa6",	/* … */
	[G_SEP] = "\xc2\xb7",		/* · */
	[G_UP] = "\xe2\x96\xb2",	/* ▲ */
	[G_DOWN] = "\xe2\x96\xbc",	/* ▼ */
	[G_MORE] = "\xe2\x86\x93",	/* ↓ */
	[G_CURSOR] = ">",
};

static const char *const glyphs_ascii[G__COUNT] = {
	[G_HLINE] = "-", [G_TICK] = "+", [G_VLINE] = "|", [G_GAP] = ".",
	[G_ONGOING] = ">", [G_ELLIPSIS] = "~", [G_SEP] = "|", [G_UP] = "^",
	[G_DOWN] = "v", [G_MORE] = "v", [G_CURSOR] = ">",
};

void
draw_init(int ascii_only)
{
	ascii = ascii_only;
}

const char *
glyph(enum glyph g)
{
	return ascii ? glyphs_ascii[g] : glyphs_utf8[g];
}

/* Latin letters without their accents: U+00C0 to U+017F, one letter each
 * but for the few that become two (handled first). */
static const char latin1[] =
    "AAAAAA?CEEEEIIIIDNOOOOOxOUUUUY?s"
    "aaaaaa?ceeeeiiiidnooooo/ouuuuy?y";
static const char latin_ext_a[] =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlLlLl"
    "NnNnNnnNnOoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

static const struct {
	uint32_t cp;
	const char *s;
} translit[] = {
	{ 0xc6, "AE" }, { 0xde, "Th" }, { 0xdf, "ss" }, { 0xe6, "ae" }, { 0xfe, "th" },
	{ 0x132, "IJ" }, { 0x133, "ij" }, { 0x152, "OE" }, { 0x153, "oe" },
	{ 0xa0, " " }, { 0xa9, "(c)" }, { 0xab, "<<" }, { 0xae, "(R)" }, { 0xb7, "|" },
	{ 0xbb, ">>" }, { 0x2010, "-" }, { 0x2011, "-" }, { 0x2012, "-" },
	{ 0x2013, "-" }, { 0x2014, "--" }, { 0x2018, "'" }, { 0x2019, "'" },
	{ 0x201c, "\"" }, { 0x201d, "\"" }, { 0x2022, "*" }, { 0x2026, "..." },
	{ 0x2192, "->" }, { 0x20ac, "EUR" }, { 0xa3, "GBP" }, { 0xfffd, "?" },
};

static void
draw_ascii(struct buf *out, uint32_t cp)
{
	for (size_t i = 0; i < sizeof translit / sizeof translit[0]; i++)
		if (translit[i].cp == cp) {
			buf_adds(out, translit[i].s);
			return;
		}
	if (cp >= 0xc0 && cp <= 0xff)
		buf_addc(out, latin1[cp - 0xc0]);
	else if (cp >= 0x100 && cp <= 0x17f)
		buf_addc(out, latin_ext_a[cp - 0x100]);
	else if (wcwidth((wchar_t)cp) != 0)
		buf_addc(out, '?');
}

void
draw_clean(struct buf *out, const char *s)
{
	size_t len = s != NULL ? strlen(s) : 0;
	uint32_t cp;

	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			cp = 0xfffd;
			n = 1;
		}
		i += n;
		if (cp == '\t' || cp == '\n' || cp == '\r')
			cp = ' ';
		if (utf8_is_unsafe(cp))
			continue;
		if (cp < 0x80)
			buf_addc(out, (int)cp);
		else if (ascii)
			draw_ascii(out, cp);
		else if (wcwidth((wchar_t)cp) >= 0)
			buf_add(out, s + i - n, n);
		else
			buf_adds(out, "\xef\xbf\xbd");
	}
}

static int
cp_width(uint32_t cp)
{
	int w = wcwidth((wchar_t)cp);

	return w < 0 ? 0 : w;
}

size_t
draw_cut(const char *s, int w)
{
	size_t len = strlen(s), i = 0;
	uint32_t cp;
	int used = 0;

	while (i < len) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		int cw;
		if (n == 0)
			n = 1, cp = '?';
		cw = cp_width(cp);
		if (used + cw > w)
			break;
		used += cw;
		i += n;
	}
	return i;
}

int
draw_width(const char *s)
{
	struct buf b = BUF_INIT;
	int w;

	draw_clean(&b, s);
	w = utf8_width(buf_str(&b));
	buf_free(&b);
	return w;
}

int
draw_fit(struct buf *out, const char *s, int w, int pad)
{
	struct buf b = BUF_INIT;
	int used;

	if (w <= 0)
		return 0;
	draw_clean(&b, s);
	used = utf8_width(buf_str(&b));
	if (used <= w)
		buf_add(out, buf_str(&b), b.len);
	else {
		size_t cut = draw_cut(buf_str(&b), w - 1);
		buf_add(out, b.s, cut);
		buf_adds(out, glyph(G_ELLIPSIS));
		buf_truncate(&b, cut);
		used = utf8_width(buf_str(&b)) + 1;
	}
	buf_free(&b);
	for (; pad && used < w; used++)
		buf_addc(out, ' ');
	return used;
}

int
draw_text(int y, int x, int w, const char *s, attr_t a)
{
	struct buf b = BUF_INIT;
	int used = draw_fit(&b, s, w, 0);

	if (b.len > 0) {
		attrset(a);
		mvaddnstr(y, x, b.s, (int)b.len);
	}
	buf_free(&b);
	return used;
}

void
draw_field(int y, int x, int w, const char *s, attr_t a)
{
	int used = draw_text(y, x, w, s, a);

	draw_fill(y, x + used, w - used, a);
}

void
draw_fill(int y, int x, int w, attr_t a)
{
	if (w <= 0)
		return;
	attrset(a);
	mvhline(y, x, ' ', w);
}

void
draw_repeat(int y, int x, int w, const char *g, attr_t a)
{
	attrset(a);
	move(y, x);
	for (int i = 0; i < w; i++)
		addstr(g);
}

/* Marks in hl[] the bytes of b that match a word, ignoring ASCII case. */
static void
draw_matches(const struct buf *b, const struct strlist *words, char *hl)
{
	for (size_t k = 0; k < words->n; k++) {
		size_t wl = strlen(words->v[k]);
		if (wl == 0)
			continue;
		for (size_t i = 0; i + wl <= b->len; i++)
			if (strncasecmp(b->s + i, words->v[k], wl) == 0)
				memset(hl + i, 1, wl);
	}
}

int
draw_text_hl(int y, int x, int w, const char *s, attr_t a, attr_t hla,
    const struct strlist *words)
{
	struct buf b = BUF_INIT;
	int used = draw_fit(&b, s, w, 0);
	char *hl;

	if (words == NULL || words->n == 0 || b.len == 0) {
		buf_free(&b);
		return draw_text(y, x, w, s, a);
	}
	hl = calloc(b.len, 1);
	draw_matches(&b, words, hl);
	move(y, x);
	for (size_t i = 0; i < b.len;) {
		size_t j = i;
		while (j < b.len && hl[j] == hl[i])
			j++;
		attrset(hl[i] ? hla : a);
		addnstr(b.s + i, (int)(j - i));
		i = j;
	}
	free(hl);
	buf_free(&b);
	return used;
}
