/*
 * datewrap: dates a layout broke over lines, read as one: a range a PDF
 * set a word a line, a range whose end went to the next line, a date
 * column too narrow for its ranges.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dateparse.h"
#include "datewords.h"
#include "datewrap.h"
#include "xalloc.h"

/* Lines a PDF broke a date range into ("Now", "|", "2019", "Jun"), as one. */
size_t
datewrap_merged(const struct layout *L, size_t i, size_t to, struct daterange *r)
{
	struct buf b = BUF_INIT;
	size_t j;

	for (j = i; j < to && !(L->v[j].flags & (MK_BULLET | MK_NUMBERED)) &&
	    dateparse_fragment(L->v[j].s) && j - i < 8; j++) {
		buf_addc(&b, ' ');
		buf_adds(&b, L->v[j].s);
	}
	if (j - i < 2 || !dateparse_only(buf_str(&b)) || !dateparse_find(b.s, b.len, r)) {
		buf_free(&b);
		return 0;
	}
	buf_free(&b);
	return j - i;
}

/* Whether s is a piece of a date, perhaps closing its bracket and the
 * sentence after it ("2022);"). */
static int
fragment_closed(const char *s)
{
	size_t n = strlen(s);
	char *bare;
	int ok;

	while (n > 0 && strchr(");.,", s[n - 1]) != NULL)
		n--;
	if (n == strlen(s))
		return dateparse_fragment(s);
	bare = xstrndup(s, n);
	ok = n > 0 && strchr(s + n, ')') != NULL && dateparse_fragment(bare);
	free(bare);
	return ok;
}

/* A line ending in a range's dash, the next one holding its end. */
int
datewrap_line(const struct layout *L, size_t i, size_t to)
{
	const char *s = L->v[i].s;
	size_t n = strlen(s);

	const char *next;

	if (i + 1 >= to || n < 2 || !fragment_closed(L->v[i + 1].s) ||
	    (L->v[i + 1].flags & LN_BLANK))
		return 0;
	next = L->v[i + 1].s;
	/* "· (2009" then "- 2013)", the dash read as a bullet's */
	if (L->v[i + 1].flags & MK_BULLET)
		return n >= 5 && s[n - 5] == '(' && strspn(s + n - 4, "0123456789") == 4 &&
		    next[strlen(next) - 1] == ')' && strchr(next, '(') == NULL;
	/* "(2003" then "– 2007)": the dash opens the next line */
	if ((*next == '-' || strncmp(next, "\xe2\x80\x93", 3) == 0 ||
	    strncmp(next, "\xe2\x80\x94", 3) == 0) && isdigit((unsigned char)s[n - 1]))
		return 1;
	return s[n - 1] == '-' || (n >= 3 && (strcmp(s + n - 3, "\xe2\x80\x93") == 0 ||
	    strcmp(s + n - 3, "\xe2\x80\x94") == 0));
}

/* The length of the end of a range that opens s: a year ("2020"), a
 * month and year ("08.2016") or an open end ("present") in a cell of its
 * own; 0 if none. */
static size_t
end_cell(const char *s)
{
	size_t n = strcspn(s, "\t"), m = n;
	struct daterange r;
	char *cell;
	int ok;

	if (strspn(s, "0123456789") == 4 && strchr("\t )", s[4]) != NULL)
		return 4;
	/* "février 2020 :", the colon after the column's dates */
	while (m > 0 && (s[m - 1] == ' ' || s[m - 1] == ':'))
		m--;
	if (m == 0 || n > 16)
		return 0;
	cell = xstrndup(s, m);
	ok = (dateparse_fragment(cell) && strpbrk(cell, "0123456789") == NULL) ||
	    (dateparse_find(cell, m, &r) && r.single && r.from == 0 && r.to == m);
	free(cell);
	return ok ? n : 0;
}

/* "Août – Septembre" over "2013": two months, the year they share below. */
static int
months_over_year(const char *s, size_t cell, const char *next, size_t k)
{
	char *joined = xprintf("%.*s %.*s", (int)cell, s, (int)k, next);
	struct daterange r;
	int ok = k == 4 && dateparse_month(s, strcspn(s, " ")) &&
	    dateparse_find(joined, strlen(joined), &r) && !r.single && r.from == 0 &&
	    r.to == strlen(joined);

	free(joined);
	return ok;
}

/* "février 2019 – décembre<gap>Lumière" then "2020<gap>...": a column of
 * dates too narrow for its ranges.  The line with the year joined to its
 * first cell; what followed the year on the next line in *rest. */
char *
datewrap_cell(const struct layout *L, size_t i, size_t to, char **rest)
{
	const char *s = L->v[i].s, *next, *last;
	size_t cell = strcspn(s, "\t"), n, k;
	struct daterange r;
	int val;

	*rest = NULL;
	if (i + 1 >= to || (L->v[i + 1].flags & (MK_BULLET | LN_BLANK)))
		return NULL;
	next = L->v[i + 1].s;
	if ((k = end_cell(next)) == 0)
		return NULL;
	for (last = s + cell; last > s && last[-1] != ' '; last--)
		;
	n = (size_t)(s + cell - last);
	/* "De mars 2015 à" over "décembre 2018": a word that parts a range */
	if (!(n > 0 && (last[n - 1] == '-' || (n >= 3 && strncmp(last + n - 3, "\xe2\x80", 2) == 0) ||
	    dateparse_month(last, n) || datewords_find(last, n, &val) == DW_SEP)) ||
	    !(dateparse_find(s, cell, &r) || months_over_year(s, cell, next, k)))
		return NULL;
	/* "... at state level (2019-" over "2020);": a sentence's dates, no
	 * column's cell */
	if (s[cell] != '\t' && r.from > 0 && !months_over_year(s, cell, next, k))
		return NULL;
	if (next[k] != '\0' && next[k + strspn(next + k, " \t):")] != '\0')
		*rest = xstrdup(next + k + strspn(next + k, " \t):"));
	return xprintf("%.*s %.*s%s", (int)cell, s, (int)k, next, s + cell);
}

