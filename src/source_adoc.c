#include <ctype.h>
#include <string.h>

#include "buf.h"
#include "source_adoc.h"
#include "xalloc.h"

static int
starts(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	return n >= k && strncmp(s, w, k) == 0;
}

/* The level of the title "== Experience", 0 if the line is none. */
static int
title_level(const char *s, size_t n)
{
	size_t k = strspn(s, "=");

	return k > 0 && k <= 6 && k < n && s[k] == ' ' ? (int)k : 0;
}

/* ":revdate: October 2025", "ifdef::backend-pdf[]", "[.lead]",
 * "[cols=\"1,3\"]", "// a comment": lines that set, not say. */
static int
setting(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	if (s[0] == ':' && n > 2 && memchr(s + 1, ':', n - 1) != NULL && isalpha((unsigned char)s[1]))
		return 1;
	if (starts(s, n, "//") || starts(s, n, "ifdef::") || starts(s, n, "ifndef::") ||
	    starts(s, n, "endif::") || starts(s, n, "include::") || starts(s, n, "image::") ||
	    starts(s, n, "toc::"))
		return 1;
	return s[0] == '[' && s[n - 1] == ']' && memchr(s, ' ', n) == NULL;
}

/* The macro "icon:phone[]" or a link "https://x.example[text]" at s[i]:
 * its length, its text into out; 0 if none. */
static size_t
macro_at(const char *s, size_t n, size_t i, struct buf *out)
{
	size_t a = i, open, close;

	if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(')
		return 0;
	while (a < n && (isalnum((unsigned char)s[a]) || strchr(":/._-~%?=&#+@", s[a]) != NULL))
		a++;
	if (a >= n || s[a] != '[' || memchr(s + i, ':', a - i) == NULL)
		return 0;
	open = a;
	for (close = open; close < n && s[close] != ']'; close++)
		;
	if (close >= n)
		return 0;
	if (strncmp(s + i, "icon:", 5) == 0 || strncmp(s + i, "image:", 6) == 0)
		return close + 1 - i + (close + 1 < n && s[close + 1] == ' ');
	if (close > open + 1 && strncmp(s + i, "mailto:", 7) != 0)
		buf_add(out, s + open + 1, close - open - 1);
	else
		buf_add(out, s + i + (strncmp(s + i, "mailto:", 7) == 0 ? 7 : 0),
		    open - i - (strncmp(s + i, "mailto:", 7) == 0 ? 7 : 0));
	return close + 1 - i;
}

/* "*Senior GIS Analyst*", "_2020 – present_": a span of bold or italics
 * whose mark opens after a space and closes before one. */
static size_t
span_end(const char *s, size_t n, size_t i)
{
	const char *close;

	if ((s[i] != '*' && s[i] != '_') || (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(') ||
	    i + 2 >= n || s[i + 1] == ' ' || s[i + 1] == s[i] ||
	    (close = memchr(s + i + 1, s[i], n - i - 1)) == NULL || close[-1] == ' ')
		return 0;
	if (close + 1 < s + n && strchr(" .,;:)|", close[1]) == NULL)
		return 0;
	return (size_t)(close - s);
}

/* A body line without its marks; a table's row "|a |b" as Markdown's
 * "| a | b |". */
static void
body_line(const char *s, size_t n, struct buf *out)
{
	int row = n > 0 && s[0] == '|';

	if (row)
		buf_adds(out, "| ");
	for (size_t i = row ? 1 : 0; i < n; i++) {
		size_t e;
		if (row && s[i] == '|') {
			while (out->len > 0 && out->s[out->len - 1] == ' ')
				out->s[--out->len] = '\0';
			buf_adds(out, " | ");
		} else if (i + 3 < n && strncmp(s + i, ":: ", 3) == 0) {
			buf_adds(out, ": ");
			i += 2;
		} else if ((e = macro_at(s, n, i, out)) > 0) {
			i += e - 1;
		} else if ((e = span_end(s, n, i)) > 0) {
			buf_add(out, s + i + 1, e - i - 1);
			i = e;
		} else {
			buf_addc(out, s[i]);
		}
	}
	while (out->len > 0 && out->s[out->len - 1] == ' ')
		out->s[--out->len] = '\0';
	buf_adds(out, row ? " |\n" : "\n");
}

/* The columns of the row s[0..n): its bars. */
static int
columns(const char *s, size_t n)
{
	int k = 0;

	for (size_t i = 0; i < n; i++)
		k += s[i] == '|';
	return k;
}

int
source_is_adoc(const char *text)
{
	int doc = 0, titles = 0, attrs = 0;

	for (const char *p = text; *p != '\0'; p += strcspn(p, "\n"), p += *p == '\n') {
		size_t n = strcspn(p, "\n");
		int level = title_level(p, n);
		doc += p == text && level == 1;
		titles += level >= 2;
		attrs += setting(p, n) && p[0] == ':';
	}
	return (doc && (titles >= 2 || attrs >= 1)) || (titles >= 2 && attrs >= 2);
}

char *
source_adoc(const char *text)
{
	struct buf out = BUF_INIT;
	int fence = 0, header = 0;

	for (const char *p = text; *p != '\0'; p += strcspn(p, "\n"), p += *p == '\n') {
		size_t n = strcspn(p, "\n");
		int level = title_level(p, n);
		while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' '))
			n--;
		if (starts(p, n, "////")) {
			fence = !fence;	/* a block of comments */
			continue;
		}
		if (n > 0 && p[0] == '[' && (memmem(p, n, "header", 6) != NULL))
			header = 1;	/* [cols="1,3",options="header"] */
		if (fence || setting(p, n) || starts(p, n, "|===") || (n == 4 && starts(p, n, "----")))
			continue;
		if (header && n > 0 && p[0] == '|') {
			/* the header row, then the rule Markdown sets under it */
			body_line(p, n, &out);
			buf_adds(&out, "|");
			for (int k = columns(p, n); k > 0; k--)
				buf_adds(&out, " --- |");
			buf_adds(&out, "\n");
			header = 0;
			continue;
		}
		if (level == 1) {
			body_line(p + 2, n - 2, &out);	/* the document's title: the name */
		} else if (level > 1) {
			buf_adds(&out, "\n");
			for (int i = 1; i < level; i++)
				buf_addc(&out, '#');
			buf_addc(&out, ' ');
			body_line(p + level + 1, n - (size_t)level - 1, &out);
		} else if (n == 1 && p[0] == '+') {
			continue;	/* a list item's continuation mark */
		} else {
			body_line(p, n, &out);
		}
	}
	return out.s != NULL ? buf_detach(&out) : xstrdup("");
}
