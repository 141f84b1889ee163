#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "markup.h"
#include "utf8.h"
#include "xalloc.h"

/* Bullets that need no space after them. */
static int
glyph_bullet(uint32_t cp)
{
	switch (cp) {
	case 0x2022: case 0x25e6: case 0x25aa: case 0x25ab: case 0x25a0: case 0x25a1:
	case 0x25cf: case 0x25cb: case 0x25c6: case 0x25c7: case 0x25ba: case 0x25b8:
	case 0x25b9: case 0x25b6: case 0x27a2: case 0x27a4: case 0x2713: case 0x2714:
	case 0x2756: case 0x2023: case 0x2043: case 0x2219: case 0x00b7: case 0x25fe:
	case 0x25fd: case 0x2610: case 0x2611: case 0x274f: case 0x279c: case 0x2794:
	case 0x2605: case 0x2606: case 0x2666: case 0x25c9: case 0x29bf:
	case 0x30fb: case 0xff65:	/* ・, as Japanese lists are set */
	/* emoji set as bullets: 🔹 🔸 🔷 🔶 🔺 ✅ ➡ 👉 ▪️ */
	case 0x1f539: case 0x1f538: case 0x1f537: case 0x1f536: case 0x1f53a:
	case 0x2705: case 0x27a1: case 0x1f449:
		return 1;
	default:
		return 0;
	}
}

/* Pictographs, dingbats and the private-use glyphs of icon fonts: the
 * icons designed résumés set before a phone number, a heading, a job. */
static int
icon_cp(uint32_t cp)
{
	return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) ||
	    (cp >= 0x2b00 && cp <= 0x2bff) || (cp >= 0xe000 && cp <= 0xf8ff) ||
	    (cp >= 0x2300 && cp <= 0x23ff) || cp == 0x2121;
}

/* What joins onto an icon: variation selectors, joiners, skin tones. */
static int
icon_joiner(uint32_t cp)
{
	return cp == 0xfe0f || cp == 0xfe0e || cp == 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff);
}

/* The length of the icons at s (and the spaces after them), or 0. */
static size_t
icon_len(const char *s)
{
	size_t i = 0, len = strlen(s), n;
	uint32_t cp;

	while (i < len && (n = utf8_decode(s + i, len - i, &cp)) > 0 &&
	    (icon_cp(cp) || (i > 0 && icon_joiner(cp))))
		i += n;
	if (i == 0)
		return 0;
	while (s[i] == ' ')
		i++;
	return i;
}

static size_t
numbered_bullet(const char *s)
{
	size_t i = 0;

	/* "a) Coordenação técnica ...": a list lettered, a capital after */
	if (s[0] >= 'a' && s[0] <= 'z' && s[1] == ')' && s[2] == ' ' &&
	    (isupper((unsigned char)s[3]) || (unsigned char)s[3] >= 0xc3))
		return 3;
	while (isdigit((unsigned char)s[i]) && i < 2)
		i++;
	/* "1- El-Safwa Pharma ...", as Egyptian and Arab CVs number: a
	 * capital after it, so no "1- 2 years" */
	if (i > 0 && s[i] == '-' && s[i + 1] == ' ' && isupper((unsigned char)s[i + 2]))
		return i + 2;
	/* "1.<TAB>Logistics Officer – ...": a Word list's tab after the
	 * number, though no cell of a table's row ("1.<TAB>Acme<TAB>2019") */
	if (i == 0 || (s[i] != '.' && s[i] != ')') || (s[i + 1] != ' ' &&
	    (s[i + 1] != '\t' || strchr(s + i + 2, '\t') != NULL)))
		return 0;
	i += 2 + strspn(s + i + 2, " \t");
	/* "2. Senior Engineer" and "1. **Acme**" yes, "3.5 years" no;
	 * "2. 2023 年“双 11”..." a year then words yes, "1. 2. 2020" and
	 * "1. 2020 – 2022" no */
	if (strspn(s + i, "0123456789") == 4 && s[i + 4] == ' ' &&
	    (isalpha((unsigned char)s[i + 5]) || (unsigned char)s[i + 5] >= 0xe3))
		return i;
	return isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80 || s[i] == '*' ||
	    s[i] == '_' || s[i] == '[' ? i : 0;
}

size_t
markup_bullet(const char *s, int *numbered)
{
	uint32_t cp;
	size_t n = utf8_decode(s, strlen(s), &cp), k;

	*numbered = 0;
	if (n == 0)
		return 0;
	if (glyph_bullet(cp)) {
		/* "➡️ ": the emoji's variation selector goes with it */
		if (memcmp(s + n, "\xef\xb8\x8f", 3) == 0)
			n += 3;
		while (s[n] == ' ')
			n++;
		return n;
	}
	/* "Ø<TAB>Leading audit teams", "ü<TAB>MS Excel": Word's bullets in
	 * the Wingdings font come out as the letters of their codes, a tab
	 * (a wide gap, once tabs are spaces) after them; "o<TAB>" is its
	 * second level's */
	if (((s[n] == ' ' && s[n + 1] == ' ') || s[n] == '\t') && (cp == 0xd8 || cp == 0xfc ||
	    cp == 0xa7 || cp == 0x178 || cp == 'v' || cp == 'q' || cp == 'n' || cp == 'o')) {
		while (s[n] == '\t' || s[n] == ' ')
			n++;
		return s[n] != '\0' ? n : 0;
	}
	/* "- x", "* x", "+ x", "– x", "o X" (Word's second-level bullet) */
	if ((cp == '-' || cp == '*' || cp == '+' || cp == 0x2013 || cp == 0x2014 ||
	    cp == 0x2192 || cp == '>') && s[n] == ' ') {
		while (s[n] == ' ')
			n++;
		return s[n] != '\0' ? n : 0;
	}
	if (cp == 'o' && s[1] == ' ') {
		k = 1 + strspn(s + 1, " ");
		if (isupper((unsigned char)s[k]))
			return k;
	}
	if ((k = numbered_bullet(s)) > 0) {
		*numbered = 1;
		return k;
	}
	return 0;
}

/* A border of a drawn table: box-drawing characters, or "+----+----+". */
static int
table_border(const char *s)
{
	uint32_t cp;
	size_t len = strlen(s), box = 0, plus = 0, dash = 0;

	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return 0;
		i += n;
		if (cp >= 0x2500 && cp <= 0x257f)
			box++;
		else if (cp == '+')
			plus++;
		else if (cp == '-' || cp == '=')
			dash++;
		else if (cp != ' ' && cp != '|')
			return 0;
	}
	return box >= 3 || (plus >= 2 && dash >= 3);
}

int
markup_rule(const char *s)
{
	uint32_t cp, first = 0;
	size_t len = strlen(s), count = 0;

	if (table_border(s))
		return '+';

	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return 0;
		i += n;
		if (cp == ' ')
			continue;
		if (first == 0)
			first = cp;
		if (cp != first)
			return 0;
		count++;
	}
	if (count < 3)
		return 0;
	switch (first) {
	case '-': case '=': case '_': case '*': case '~': case '#':
	case 0x2500: case 0x2501: case 0x2550: case 0x2014: case 0x2013: case 0x2015:
	case 0x25ac: case 0x2581: case 0x2594: case 0x2022:
		return (int)first;
	default:
		return 0;
	}
}

int
markup_table_sep(const char *s)
{
	int dash = 0;

	if (*s != '|' && *s != ':' && *s != '-')
		return 0;
	for (; *s != '\0'; s++) {
		if (*s == '-')
			dash++;
		else if (*s != '|' && *s != ':' && *s != ' ' && *s != '+')
			return 0;
	}
	return dash >= 3;
}

/* "&amp;" and its kin, as HTML copied into text leaves them. */
static size_t
entity(const char *s, struct buf *out)
{
	static const struct { const char *name, *text; } e[] = {
		{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
		{ "&#39;", "'" }, { "&apos;", "'" }, { "&nbsp;", " " }, { "&ndash;", "\xe2\x80\x93" },
		{ "&mdash;", "\xe2\x80\x94" }, { "&bull;", "\xe2\x80\xa2" }, { "&middot;", "\xc2\xb7" },
	};

	for (size_t i = 0; i < sizeof e / sizeof e[0]; i++) {
		size_t n = strlen(e[i].name);
		if (strncmp(s, e[i].name, n) == 0) {
			buf_adds(out, e[i].text);
			return n;
		}
	}
	return 0;
}

/* An inline HTML tag of the kinds résumé text carries. */
static size_t
html_tag(const char *s)
{
	static const char *const tags[] = { "b", "i", "u", "em", "strong", "br", "span",
		"div", "p", "sup", "sub", "small", "a", "font", "h1", "h2", "h3", "h4", "h5",
		"h6", "img", "center", "li", "ul", "ol", "hr", "picture", "source", "details",
		"summary", "table", "tr", "td", "th", "kbd", "code", NULL };
	size_t i = 1, n;
	const char *end;

	/* "<!-- github stats widget -->": a comment, closed on its line */
	if (strncmp(s, "<!--", 4) == 0 && (end = strstr(s + 4, "-->")) != NULL)
		return (size_t)(end + 3 - s);
	if (s[i] == '/')
		i++;
	for (n = 0; isalnum((unsigned char)s[i + n]); n++)
		;
	for (int k = 0; tags[k] != NULL; k++) {
		if (strlen(tags[k]) != n || strncasecmp(s + i, tags[k], n) != 0)
			continue;
		for (size_t j = i + n; s[j] != '\0' && j < 200; j++)
			if (s[j] == '>')
				return j + 1;
	}
	return 0;
}

/* What a tag leaves: a line break parts what it stood between, a link's
 * target is collected. */
static void
html_tag_meaning(const char *s, size_t n, struct buf *out, struct strlist *urls)
{
	const char *href;

	if (strncasecmp(s, "<br", 3) == 0 && out->len > 0)
		buf_adds(out, " | ");
	else if (strncasecmp(s, "<a ", 3) == 0 && (href = strstr(s, "href=\"")) != NULL &&
	    href < s + n) {
		size_t k = strcspn(href + 6, "\"");
		if (href + 6 + k < s + n)
			strlist_addn(urls, href + 6, k);
	}
}

/* "[text](url)": the text is kept, the target collected. */
static size_t
md_link(const char *s, int image, struct buf *out, struct strlist *urls)
{
	const char *close = strchr(s, ']'), *end;

	if (close == NULL || close[1] != '(' || (end = strchr(close, ')')) == NULL ||
	    memchr(s, '\n', (size_t)(end - s)) != NULL)
		return 0;
	if (end - close > 2)
		strlist_addn(urls, close + 2, (size_t)(end - close - 2));
	if (!image) {
		/* "[**a11y-notes**](...)": the text without its emphasis */
		const char *a = s + 1, *b = close;
		while (a < b && (*a == '*' || *a == '_' || *a == '`'))
			a++;
		while (b > a && (b[-1] == '*' || b[-1] == '_' || b[-1] == '`'))
			b--;
		buf_add(out, a, (size_t)(b - a));
	}
	return (size_t)(end - s + 1);
}

/* "[12]" before a link in lynx's dump; "[IMG]" and its kin anywhere. */
static size_t
bracket_marker(const char *s, int lynx)
{
	size_t i = 1;

	while (isdigit((unsigned char)s[i]) && i < 6)
		i++;
	if (lynx && i > 1 && s[i] == ']')
		return i + 1;
	if (strncmp(s, "[IMG]", 5) == 0 || strncmp(s, "[image]", 7) == 0 ||
	    strncmp(s, "[INLINE]", 8) == 0 || strncmp(s, "[BUTTON]", 8) == 0)
		return strchr(s, ']') - s + 1;
	return 0;
}

/* An icon inside a line: at its end it goes; between words it parts
 * them as a bar would ("✆ 555 0100 ✉ a@example.org"). */
static size_t
inline_icon(const char *s, const char *start, struct buf *out)
{
	size_t n = icon_len(s);

	if (n == 0)
		return 0;
	if (s[n] == '\0')
		return n;
	if (s > start && s[-1] == ' ')
		buf_adds(out, "| ");
	else if (s > start)
		buf_addc(out, ' ');
	return n;
}

/* A byte of a word: a letter, a figure or part of a character past ASCII. */
static int
word_byte(char c)
{
	return isalnum((unsigned char)c) || (unsigned char)c >= 0x80;
}

static size_t
inline_one(const char *s, const char *start, int lynx, struct buf *out, struct strlist *urls)
{
	size_t n;

	if ((unsigned char)*s >= 0xe2 && (n = inline_icon(s, start, out)) > 0)
		return n;
	switch (*s) {
	case '*':
	case '_':
		if (s[1] == *s)
			return 2;
		/* "Mathematics (A*)", "A*–B": the grade above A, no emphasis */
		if (*s == '*' && s > start && s[-1] == 'A' && (s - 1 == start || s[-2] == ' ' ||
		    s[-2] == '(') && !isalnum((unsigned char)s[1]))
			break;
		if (*s == '*' && (s == start || s[-1] == ' ' || s[1] == ' ' || s[1] == '\0' ||
		    ispunct((unsigned char)s[1]) || ispunct((unsigned char)s[-1])))
			return 1;
		/* "_2013 – 2017_" is emphasis; "first_last" in a handle is not */
		if (*s == '_' && (s == start || !word_byte(s[-1]) || !word_byte(s[1])))
			return 1;
		break;
	case '`':
		return 1;
	case '\\':
		if (ispunct((unsigned char)s[1])) {
			buf_addc(out, s[1]);
			return 2;
		}
		break;
	case '!':
		if (s[1] == '[' && (n = md_link(s + 1, 1, out, urls)) > 0)
			return n + 1;
		break;
	case '[':
		if ((n = md_link(s, 0, out, urls)) > 0 || (n = bracket_marker(s, lynx)) > 0)
			return n;
		break;
	case '<':
		if (strncmp(s, "<http", 5) == 0 && (n = strcspn(s, "> ")) > 0 && s[n] == '>') {
			buf_add(out, s + 1, n - 1);
			strlist_addn(urls, s + 1, n - 1);
			return n + 1;
		}
		if ((n = html_tag(s)) > 0) {
			html_tag_meaning(s, n, out, urls);
			return n;
		}
		break;
	case '&':
		if ((n = entity(s, out)) > 0)
			return n;
		break;
	}
	buf_addc(out, *s);
	return 1;
}

/* How many bytes at s inline_one would copy as they are, one by one. */
static size_t
plain_len(const char *s)
{
	size_t n = 0;

	for (;; n++) {
		unsigned char c = (unsigned char)s[n];
		if (c == '\0' || c >= 0xe2 || c == '*' || c == '_' || c == '`' || c == '\\' ||
		    c == '!' || c == '[' || c == '<' || c == '&')
			return n;
	}
}

/* The cells of a row joined by " | "; returns how many there were. */
static int
table_row(const char *s, struct buf *out)
{
	const char *end = s + strlen(s);
	int cells = 0;

	while (end > s && (end[-1] == '|' || end[-1] == ' '))
		end--;
	for (s++; s < end;) {
		size_t n = strcspn(s, "|");
		const char *a = s, *b = s + (n < (size_t)(end - s) ? n : (size_t)(end - s));
		while (a < b && *a == ' ')
			a++;
		while (b > a && b[-1] == ' ')
			b--;
		if (b > a) {
			if (cells++ > 0)
				buf_adds(out, " | ");
			buf_add(out, a, (size_t)(b - a));
		}
		s += n + 1;
	}
	return cells;
}

static int
wholly_bold(const char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ':'))
		n--;
	return n > 4 && (strncmp(s, "**", 2) == 0 || strncmp(s, "__", 2) == 0) &&
	    strncmp(s + n - 2, s, 2) == 0 && memmem(s + 2, n - 4, s, 2) == NULL;
}

/* A quote's ">" and a heading's "#"s off the line; the level noted. */
static const char *
md_heading(struct buf *pre, struct markup *m)
{
	const char *p = buf_str(pre);
	size_t n;

	while (*p == ' ')
		p++;
	/* a quote's ">", and the ">>" some set before headings and lines */
	for (n = 0; p[n] == '>'; n++)
		;
	if (n > 0 && p[n] == ' ')
		p += n + 1;
	if (*p != '#')
		return p;
	for (n = 0; p[n] == '#'; n++)
		;
	if (n <= 6 && p[n] == ' ') {
		m->flags |= MK_HEADING;
		m->level = (int)n;
		p += n + 1;
		for (char *e = pre->s + pre->len; e > p && (e[-1] == '#' || e[-1] == ' ');)
			*--e = '\0';
	}
	return p;
}

/* "Experience ¶", "Jane Doe #": the link a page sets after a heading to
 * point at it. */
static void
anchor_out(struct buf *out)
{
	static const char *const marks[] = { " #", " \xc2\xb6", " \xc2\xa7",
		" \xf0\x9f\x94\x97", NULL };

	for (int i = 0; marks[i] != NULL; i++) {
		size_t n = strlen(marks[i]);
		if (out->len > n && memcmp(out->s + out->len - n, marks[i], n) == 0) {
			out->len -= n;
			out->s[out->len] = '\0';
			while (out->len > 0 && out->s[out->len - 1] == ' ')
				out->s[--out->len] = '\0';
			return;
		}
	}
}

/* "事業内容：物流倉庫の運営", "现居：上海": a label's full-width colon, near
 * the start of the line, is read as a colon and a space, as the label
 * readers expect. */
static void
wide_colon(struct buf *b)
{
	char *c = b->s != NULL ? strstr(b->s, "\xef\xbc\x9a") : NULL;

	if (c == NULL || c == b->s || c - b->s > 30 || c[-1] == ' ')
		return;
	c[0] = ':';
	c[1] = ' ';
	memmove(c + 2, c + 3 + (c[3] == ' '), strlen(c + 3 + (c[3] == ' ')) + 1);
	b->len = strlen(b->s);
}

/* "【DENSO Corporation】 April 2013 – March 2022": the brackets a Japanese
 * document sets a name off with, as others would with bold type, go. */
static void
lenticular(char *p)
{
	char *close;

	if (strncmp(p, "\xe3\x80\x90", 3) != 0 ||
	    (close = strstr(p + 3, "\xe3\x80\x91")) == NULL)
		return;
	memmove(close, close + 3, strlen(close + 3) + 1);
	memmove(p, p + 3, strlen(p + 3) + 1);
}

char *
markup_clean(const char *s, size_t len, int lynx, struct strlist *urls, struct markup *m)
{
	struct buf pre = BUF_INIT, out = BUF_INIT;
	const char *p;
	int numbered;
	size_t n;

	memset(m, 0, sizeof *m);
	for (size_t i = 0; i < len; i++) {
		/* up to the next byte that may begin a drawn bar, as it is */
		const char *e2 = memchr(s + i, '\xe2', len - i);
		size_t run = e2 != NULL ? (size_t)(e2 - (s + i)) : len - i;
		if (run > 0) {
			buf_add(&pre, s + i, run);
			i += run - 1;
			continue;
		}
		/* the vertical bars of drawn tables read as Markdown's */
		if (i + 2 < len && memcmp(s + i, "\xe2\x94", 2) == 0 &&
		    (s[i + 2] == '\x82' || s[i + 2] == '\x83')) {
			buf_addc(&pre, '|');
			i += 2;
		} else if (i + 2 < len && memcmp(s + i, "\xe2\x95\x91", 3) == 0) {
			buf_addc(&pre, '|');
			i += 2;
		} else
			buf_addc(&pre, s[i]);
	}
	p = md_heading(&pre, m);
	for (int k = 0; k < 3 && (n = markup_bullet(p, &numbered)) > 0; k++) {
		m->flags |= numbered ? MK_NUMBERED : MK_BULLET;
		p += n;
		if (numbered)
			break;
	}
	if ((n = icon_len(p)) > 0) {
		m->flags |= MK_ICON;
		p += n;
	}
	if (*p == '|' && strchr(p + 1, '|') != NULL) {
		int cells = table_row(p, &out);
		buf_reset(&pre);
		buf_add(&pre, out.s, out.len);
		buf_reset(&out);
		p = pre.s != NULL ? pre.s : "";
		/* one cell between bars is a line drawn in a box, and may
		 * hold a bullet */
		if (cells > 1)
			m->flags |= MK_TABLE;
		else if ((n = markup_bullet(p, &numbered)) > 0) {
			m->flags |= numbered ? MK_NUMBERED : MK_BULLET;
			p += n;
		}
	}
	if (wholly_bold(p))
		m->flags |= MK_BOLD;
	if (pre.s != NULL && p >= pre.s && p < pre.s + pre.len)
		lenticular(pre.s + (p - pre.s));
	/* "`Go` `Rust`": code spans side by side are a list */
	for (char *q = strstr(p, "` `"); q != NULL; q = strstr(q + 1, "` `"))
		q[1] = ',';
	for (const char *q = p; *q != '\0';) {
		size_t plain = plain_len(q);
		if (plain > 0) {
			buf_add(&out, q, plain);
			q += plain;
		} else
			q += inline_one(q, p, lynx, &out, urls);
	}
	buf_free(&pre);
	while (out.len > 0 && out.s[out.len - 1] == ' ')
		out.s[--out.len] = '\0';
	anchor_out(&out);
	wide_colon(&out);
	return out.s != NULL ? buf_detach(&out) : xstrdup("");
}
