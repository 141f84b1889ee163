/*
 * headdate: see headdate.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "headdate.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

static int
edge_char(char c)
{
	return c == ' ' || c == '\t' || c == '|' || c == ',' || c == '-' || c == ':' ||
	    c == ';' || c == '/' || c == '(' || c == ')' || c == '[' || c == ']';
}

/* The full-width forms Chinese and Japanese set dates off with: a wave
 * dash (～, 〜), a full-width colon (：), and the bracket given by its last
 * byte (\x88 "（", \x89 "）"). */
static int
wide_sep(const char *s, const char *bracket)
{
	return (strncmp(s, "\xef\xbc", 2) == 0 && (s[2] == bracket[0] || s[2] == '\x9a')) ||
	    strncmp(s, "\xef\xbd\x9e", 3) == 0 || strncmp(s, "\xe3\x80\x9c", 3) == 0;
}

/* The length of a separator (ASCII, or an en or em dash, a middle dot or
 * a bullet) ending at s[end], or 0. */
static size_t
sep_before(const char *s, size_t end)
{
	if (end > 0 && edge_char(s[end - 1]) && s[end - 1] != ')' && s[end - 1] != ']')
		return 1;
	/* a dot leader: "Acme ........ 2019" */
	if (end > 1 && s[end - 1] == '.' && s[end - 2] == '.') {
		size_t n = 0;
		while (n < end && s[end - 1 - n] == '.')
			n++;
		return n;
	}
	if (end >= 3 && memcmp(s + end - 3, "\xe2\x80", 2) == 0 &&
	    (s[end - 1] == '\x93' || s[end - 1] == '\x94' || s[end - 1] == '\xa2'))
		return 3;
	if (end >= 2 && memcmp(s + end - 2, "\xc2\xb7", 2) == 0)
		return 2;
	if (end >= 3 && wide_sep(s + end - 3, "\x88"))	/* （ */
		return 3;
	return 0;
}

static size_t
sep_after(const char *s, size_t at)
{
	if (wide_sep(s + at, "\x89"))	/* ） */
		return 3;
	if (edge_char(s[at]) && s[at] != '(' && s[at] != '[')
		return 1;
	if (s[at] == '.' && s[at + 1] == '.')
		return strspn(s + at, ".");
	if (memcmp(s + at, "\xe2\x80", 2) == 0 &&
	    (s[at + 2] == '\x93' || s[at + 2] == '\x94' || s[at + 2] == '\xa2'))
		return 3;
	if (memcmp(s + at, "\xc2\xb7", 2) == 0)
		return 2;
	return 0;
}

/* s without the bytes [from, to), the separators left at the cut and at
 * the ends trimmed; a tab marks where the cut was. */
char *
headdate_cut(const char *s, size_t from, size_t to)
{
	size_t a = from, b = to, len = strlen(s), k;
	struct buf out = BUF_INIT;
	char *t;

	while ((k = sep_before(s, a)) > 0)
		a -= k;
	while (b < len && (k = sep_after(s, b)) > 0)
		b += k;
	if (b + 1 == len && s[b] == '.')
		b++;	/* "..., 2021 – 2025." */
	buf_add(&out, s, a);
	if (a > 0 && b < len)
		buf_adds(&out, "\t");
	buf_add(&out, s + b, len - b);
	t = parse_trim(buf_str(&out), out.len);
	buf_free(&out);
	return t;
}

/* "Medisquare (acquired by Doctolib, 2017)": a year in a bracketed note
 * that words in lower case lead into tells of the firm, it dates no
 * entry. */
static int
in_note(const char *s, const struct daterange *r)
{
	size_t open = r->from, lower = 0;

	while (open > 0 && s[open - 1] != '(' && s[open - 1] != ')')
		open--;
	if (open == 0 || s[open - 1] != '(')
		return 0;
	for (size_t i = open; i < r->from; i++)
		if ((i == open || s[i - 1] == ' ') && islower((unsigned char)s[i]) &&
		    strcspn(s + i, " ,;") >= 3)
			lower++;
	return lower > 0;
}

/* "Roster: 2/1 FIFO ex Perth, then residential Kalgoorlie from 2020": a
 * date opened by a word ("from", "since") after words in lower case is
 * part of a sentence, no header's. */
static int
in_sentence(const char *s, const struct daterange *r)
{
	static const char *const opens[] = { "from", "since", "seit", "desde", "depuis",
		"dal", "sinds", "siden", NULL };
	static const char *const before[] = { "in", "on", "by", "during", "after", "before",
		"until", "till", NULL };
	char key[8];
	int lower = 0;
	size_t w = r->from - 1;

	/* "Chef de projet sécurité alimentaire<TAB>Depuis janvier 2020":
	 * a cell of its own, set apart by a tab or a wide gap */
	if (r->from == 0 || s[w] == '\t' || (w > 0 && s[w] == ' ' && s[w - 1] == ' '))
		return 0;
	fold_key(s + r->from, strcspn(s + r->from, " "), key, sizeof key);
	if (!isalpha((unsigned char)s[r->from]) || !wordlist_has(opens, key)) {
		/* "... confirmed as Junior Engineer in Jul 2018.": one date
		 * after a word that places it in a sentence, at its end */
		if (!r->single || s[w] != ' ' || w == 0 || strcmp(s + r->to, ".") != 0)
			return 0;
		while (w > 0 && s[w - 1] != ' ')
			w--;
		if (!islower((unsigned char)s[w]) || r->from - 1 - w >= sizeof key)
			return 0;
		memcpy(key, s + w, r->from - 1 - w);
		key[r->from - 1 - w] = '\0';
		if (!wordlist_has(before, key))
			return 0;
	}
	for (size_t i = 0; i < r->from; i++)
		if ((i == 0 || s[i - 1] == ' ') && islower((unsigned char)s[i]) &&
		    strcspn(s + i, " ,;") >= 3)
			lower++;
	return lower >= 2;
}

/* A date in a header line: a range, or a date with a month, or a year at
 * either end of the line. */
int
headdate_find(const char *s, struct daterange *r)
{
	size_t len = strlen(s), k;

	if (!dateparse_find(s, len, r) || in_sentence(s, r))
		return 0;
	if (!r->single || r->start.m > 0)
		return 1;
	if (in_note(s, r)) {
		/* "CLOUDMERE (acquired by Titan in 2018) · Seattle   2012 – 2019":
		 * the dates after the note */
		const char *close = strchr(s + r->to, ')');
		size_t at;
		if (close == NULL)
			return 0;
		at = (size_t)(close + 1 - s);
		if (!dateparse_find(s + at, len - at, r) || (r->single && r->start.m == 0 &&
		    r->to + at < len))
			return 0;
		r->from += at;
		r->to += at;
		return 1;
	}
	/* "MISRA C:2012", "ISO/IEC 27001:2013": a year glued to a name */
	if (r->from >= 2 && (s[r->from - 1] == ':' || s[r->from - 1] == '/') &&
	    isalnum((unsigned char)s[r->from - 2]))
		return 0;
	{
		/* a year alone between separators: "B.Tech – Mumbai University – 2020" */
		size_t a = r->from, b = r->to;
		while (a > 0 && s[a - 1] == ' ')
			a--;
		while (b < len && s[b] == ' ')
			b++;
		/* "... – Universidad de Antioquia – 2017 (120 horas)": a note
		 * in brackets ends the line after the year */
		if (b < len && s[b] == '(' && strchr(s + b, ')') == s + len - 1)
			b = len;
		/* "G.C.E. Advanced Level – 2009 (Commerce Stream) – St.
		 * Mary’s College": a note in brackets after the year, then the
		 * separator */
		else if (b < len && s[b] == '(' && strchr(s + b, ')') != NULL) {
			b = (size_t)(strchr(s + b, ')') + 1 - s);
			while (b < len && s[b] == ' ')
				b++;
		}
		if (a > 0 && b < len && sep_before(s, a) > 0 && sep_after(s, b) > 0)
			return 1;
		if (a > 0 && b >= len && sep_before(s, a) > 0)
			return 1;
	}
	while (r->to < len && (k = sep_after(s, r->to)) > 0)
		r->to += k;
	return r->from == 0 || r->to >= len || s[r->from - 1] == '\t';
}
