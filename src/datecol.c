#include <stdlib.h>
#include <string.h>

#include "datecol.h"
#include "datelex.h"
#include "xalloc.h"

/* The first cell of s: where its text starts and ends (before a gap of
 * three spaces or the end of the line). */
static int
first_cell(const char *s, size_t *from, size_t *to)
{
	const char *gap;

	*from = strspn(s, " ");
	if (s[*from] == '\0')
		return 0;
	gap = strstr(s + *from, "   ");
	*to = gap != NULL ? (size_t)(gap - s) : strlen(s);
	return 1;
}

/* "Apr. 2017 – Sep.", "Oct. 2020 –": a range that stops short. */
static int
range_open(const char *s, size_t len)
{
	struct toks t;
	int open = 0, year = 0;

	datelex_tokenize(s, len, &t);
	for (size_t i = 0; i < t.n; i++)
		year |= t.v[i].kind == TK_NUM && t.v[i].ndig == 4;
	if (t.n > 0 && year) {
		size_t k = t.n - 1;
		if (t.v[k].kind == TK_DOT && k > 0)
			k--;
		open = t.v[k].kind == TK_DASH ||
		    (t.v[k].kind == TK_WORD && t.v[k].dw == DW_MONTH && k > 0 &&
		    (t.v[k - 1].kind == TK_DASH || t.v[k - 1].dw == DW_SEP));
	}
	datelex_free(&t);
	return open;
}

/* "2020", "Present": what ends such a range. */
static int
range_end(const char *s, size_t len)
{
	struct toks t;
	int end;

	datelex_tokenize(s, len, &t);
	end = t.n == 1 && ((t.v[0].kind == TK_NUM && t.v[0].ndig == 4) ||
	    (t.v[0].kind == TK_WORD && t.v[0].dw == DW_OPEN));
	datelex_free(&t);
	return end;
}

static void
join(struct rawline *a, struct rawline *b, size_t at, size_t bfrom, size_t bto)
{
	char *s = xprintf("%.*s %.*s%s", (int)at, a->s, (int)(bto - bfrom), b->s + bfrom,
	    a->s + at);

	memset(b->s + bfrom, ' ', bto - bfrom);
	free(a->s);
	a->s = s;
}

void
datecol_join(struct rawlines *R)
{
	for (size_t i = 0; i + 1 < R->n; i++) {
		struct rawline *a = &R->v[i], *b = &R->v[i + 1];
		size_t af, at, bf, bt;
		if (!first_cell(a->s, &af, &at) || !first_cell(b->s, &bf, &bt) || af != bf ||
		    a->s[at] == '\0' || !range_open(a->s + af, at - af) ||
		    !range_end(b->s + bf, bt - bf))
			continue;
		join(a, b, at, bf, bt);
		i++;
	}
}
