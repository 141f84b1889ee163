#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "pairhead.h"
#include "xalloc.h"

/* Whether s[0..n) is a heading in Latin capitals: one to three words,
 * four letters or more, none in small letters, no figures nor stops. */
static int
caps_heading(const char *s, size_t n)
{
	size_t letters = 0, words = 1;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		/* Latin capitals, accented or not; no other script's */
		if (islower(c) || isdigit(c) || c >= 0xc6 || strchr(".,:;|@()", c) != NULL)
			return 0;
		letters += isupper(c) || (c >= 0xc3 && c <= 0xc5);
		words += c == ' ';
	}
	return letters >= 4 && words <= 3;
}

/* The column byte p of s stands at: the letters before it, not bytes. */
static int
col_of(const char *s, int p)
{
	int col = 0;

	for (int i = 0; i < p; i++)
		col += ((unsigned char)s[i] & 0xc0) != 0x80;
	return col;
}

/* Where (a byte) the gap of three spaces or more in s that ends near
 * column x ends, or -1: the start of the right cell. */
static int
right_cell(const char *s, int x)
{
	int col = 0;

	for (int p = 0; s[p] != '\0'; p++) {
		if (p >= 3 && s[p] != ' ' && s[p - 1] == ' ' && s[p - 2] == ' ' &&
		    s[p - 3] == ' ' && col >= x - 2 && col <= x + 2)
			return p;
		col += ((unsigned char)s[p] & 0xc0) != 0x80;
	}
	return -1;
}

/* Whether s runs across column x with no gap there. */
static int
crosses(const char *s, int x)
{
	int lead = (int)strspn(s, " ");

	return lead < x - 2 && col_of(s, (int)strlen(s)) > x && right_cell(s, x) < 0;
}

/* The heading line at i: *x the right heading's column, *at its byte; 0
 * if not one. */
static int
pair_at(const struct rawlines *R, size_t i, int *x, int *at)
{
	const char *s = R->v[i].s, *g;
	size_t lead = strspn(s, " ");

	if ((g = strstr(s + lead, "   ")) == NULL || g == s + lead)
		return 0;
	*at = (int)(g - s) + (int)strspn(g, " ");
	*x = col_of(s, *at);
	return caps_heading(s + lead, (size_t)(g - s - lead)) && s[*at] != '\0' &&
	    strstr(s + *at, "   ") == NULL && caps_heading(s + *at, strlen(s + *at));
}

/* The end of the block under the heading line at i, and how many of its
 * lines have a right cell. */
static size_t
block_end(const struct rawlines *R, size_t i, int x, int *rows)
{
	size_t j = i + 1, blanks = 0;
	int lead = (int)strspn(R->v[i].s, " ");

	*rows = 0;
	for (; j < R->n && R->v[j].page == R->v[i].page; j++) {
		const char *s = R->v[j].s;
		int in = (int)strspn(s, " ");
		if (s[in] == '\0') {
			if (++blanks >= 2)
				break;
			continue;
		}
		/* a heading at the margin after a blank: the next section */
		if (crosses(s, x) || (blanks > 0 && in <= lead && col_of(s, (int)strlen(s)) < x - 2 &&
		    caps_heading(s + in, strlen(s + in))))
			break;
		blanks = 0;
		*rows += right_cell(s, x) >= 0 || in >= x - 2;
	}
	while (j > i + 1 && R->v[j - 1].s[strspn(R->v[j - 1].s, " ")] == '\0')
		j--;
	return j;
}

static void
emit(struct rawlines *out, int lead, const char *s, size_t n, int page)
{
	pages_add(out, xprintf("%*s%.*s", lead, "", (int)n, s), page);
}

/* The block [i, end) as its left column, then its right. */
static void
split_block(const struct rawlines *R, size_t i, size_t end, int x, int at,
    struct rawlines *out)
{
	const char *h = R->v[i].s;
	int lead = (int)strspn(h, " "), page = R->v[i].page;
	size_t left = (size_t)(strstr(h + lead, "   ") - h - lead);

	emit(out, lead, h + lead, left, page);
	for (size_t j = i + 1; j < end; j++) {
		const char *s = R->v[j].s;
		int in = (int)strspn(s, " "), r = right_cell(s, x);
		size_t n = r >= 0 ? (size_t)r : in >= x - 2 ? 0 : strlen(s);
		while (n > 0 && s[n - 1] == ' ')
			n--;
		if (n > 0)
			pages_add(out, xstrndup(s, n), page);
	}
	pages_add(out, xstrdup(""), page);
	emit(out, lead, h + at, strlen(h + at), page);
	for (size_t j = i + 1; j < end; j++) {
		const char *s = R->v[j].s;
		int in = (int)strspn(s, " "), r = right_cell(s, x);
		if (r >= 0 || (in >= x - 2 && s[in] != '\0'))
			emit(out, lead, s + (r >= 0 ? r : in), strlen(s + (r >= 0 ? r : in)), page);
	}
}

void
pairhead_split(struct rawlines *R)
{
	struct rawlines out = { NULL, 0, 0 };
	int found = 0;

	for (size_t i = 0; i < R->n; i++) {
		int x, at, rows;
		size_t end;
		if (pair_at(R, i, &x, &at) && (end = block_end(R, i, x, &rows)) > i + 2 &&
		    rows >= 2) {
			split_block(R, i, end, x, at, &out);
			i = end - 1;
			found = 1;
			continue;
		}
		pages_add(&out, xstrdup(R->v[i].s), R->v[i].page);
	}
	if (!found) {
		pages_free(&out);
		return;
	}
	pages_free(R);
	*R = out;
}
