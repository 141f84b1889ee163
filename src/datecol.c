#include <stdlib.h>
#include <string.h>

#include "datecol.h"
#include "datelex.h"
#include "xalloc.h"

/* The first cell of s: where its text starts and ends (before a gap of
 * two spaces or the end of the line). */
static int
first_cell(const char *s, size_t *from, size_t *to)
{
	const char *gap;

	*from = strspn(s, " ");
	if (s[*from] == '\0')
		return 0;
	gap = strstr(s + *from, "  ");
	*to = gap != NULL ? (size_t)(gap - s) : strlen(s);
	return 1;
}

/* "Apr. 2017 – Sep.", "Oct. 2020 –": a range that stops short; 2 when
 * after its dash ("Septembre 2017 –" over "mars 2020"). */
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
		/* 2: the range stops at its dash, its whole end to come */
		open = t.v[k].kind == TK_DASH ? 2 :
		    (t.v[k].kind == TK_WORD && t.v[k].dw == DW_MONTH && k > 0 &&
		    (t.v[k - 1].kind == TK_DASH || t.v[k - 1].dw == DW_SEP));
	}
	datelex_free(&t);
	return open;
}

/* "2020", "Present", "May 2019": what ends such a range (with month only
 * when whole is set). */
static int
range_end(const char *s, size_t len, int whole)
{
	struct toks t;
	int end;

	datelex_tokenize(s, len, &t);
	end = (t.n == 1 && ((t.v[0].kind == TK_NUM && t.v[0].ndig == 4) ||
	    (t.v[0].kind == TK_WORD && t.v[0].dw == DW_OPEN))) ||
	    (whole && t.n == 2 && t.v[0].kind == TK_WORD && t.v[0].dw == DW_MONTH &&
	    t.v[1].kind == TK_NUM && t.v[1].ndig == 4);
	datelex_free(&t);
	return end;
}

/* A line that is a dash alone.  An ASCII letter or digit anywhere is a
 * word or a number of its own: such a line, nearly every one, is not
 * tokenized. */
static int
dash_line(const char *s)
{
	struct toks t;
	int dash;

	for (const unsigned char *c = (const unsigned char *)s; *c != '\0'; c++)
		if ((*c >= '0' && *c <= '9') || ((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z'))
			return 0;
	datelex_tokenize(s, strlen(s), &t);
	dash = t.n == 1 && t.v[0].kind == TK_DASH;
	datelex_free(&t);
	return dash;
}

/* The length of the end of a range that begins s ("now", "2014", "May
 * 2019"), or 0. */
static size_t
end_word(const char *s)
{
	size_t one = strcspn(s, " "), two;

	if (range_end(s, one, 1))
		return one;
	two = one + (s[one] == ' ') + strcspn(s + one + (s[one] == ' '), " ");
	return s[one] == ' ' && range_end(s, two, 1) ? two : 0;
}

/* "Jun 2019" over "—" over "now Principal Engineer, Voltara": lynx sets
 * the header beside the end of the range; the whole goes on the first
 * line. */
static int
upright_lynx(struct rawline *a, struct rawline *dash, struct rawline *c)
{
	size_t af, at, cf, ct, n;
	char *s;

	if (!first_cell(a->s, &af, &at) || a->s[at] != '\0' || !dash_line(dash->s) ||
	    !range_end(a->s + af, at - af, 1) || !first_cell(c->s, &cf, &ct) ||
	    (n = end_word(c->s + cf)) == 0)
		return 0;
	s = xprintf("%.*s \xe2\x80\x93 %s", (int)at, a->s, c->s + cf);
	free(a->s);
	a->s = s;
	dash->s[0] = '\0';
	c->s[0] = '\0';
	return 1;
}

/* "Jun 2019  Title" over "—" over "now   • ...": a range set upright. */
static int
upright(struct rawline *a, struct rawline *dash, struct rawline *c)
{
	size_t af, at, cf, ct;

	if (upright_lynx(a, dash, c))
		return 1;
	if (!first_cell(a->s, &af, &at) || a->s[at] == '\0' || !dash_line(dash->s) ||
	    !first_cell(c->s, &cf, &ct) || cf != af || !range_end(a->s + af, at - af, 1) ||
	    !range_end(c->s + cf, ct - cf, 1))
		return 0;
	{
		char *s = xprintf("%.*s \xe2\x80\x93 %.*s%s", (int)at, a->s, (int)(ct - cf),
		    c->s + cf, a->s + at);
		memset(c->s + cf, ' ', ct - cf);
		free(a->s);
		a->s = s;
		dash->s[0] = '\0';
	}
	return 1;
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

/* "aug. 2012 – feb. Tømrerlærling, ...": a range that stops at a month,
 * the header after it one space on, a column too narrow for both: the
 * length of the range, or 0. */
static size_t
open_prefix(const char *s, size_t from, size_t to)
{
	size_t best = 0;

	for (size_t p = from + 1; p < to && p - from <= 24; p++)
		if (s[p] == ' ' && s[p - 1] != ' ' && range_open(s + from, p - from) == 1)
			best = p;
	return best;
}

/* The year of such a range alone on the next line, where the range
 * starts: moved up beside its month. */
static int
year_under(struct rawline *a, struct rawline *b)
{
	size_t af, at, bf, bt, cut;
	char *s;

	if (!first_cell(a->s, &af, &at) || !first_cell(b->s, &bf, &bt) || af != bf ||
	    bt - bf != 4 || !range_end(b->s + bf, 4, 0) ||
	    (cut = open_prefix(a->s, af, at)) == 0)
		return 0;
	s = xprintf("%.*s %.4s%s", (int)cut, a->s, b->s + bf, a->s + cut);
	memset(b->s + bf, ' ', 4);
	free(a->s);
	a->s = s;
	return 1;
}

void
datecol_join(struct rawlines *R)
{
	for (size_t i = 0; i + 1 < R->n; i++) {
		struct rawline *a = &R->v[i], *b = &R->v[i + 1];
		size_t af, at, bf, bt;
		if (i + 2 < R->n && upright(a, b, &R->v[i + 2])) {
			i += 2;
			continue;
		}
		int open;
		if (year_under(a, b)) {
			i++;
			continue;
		}
		if (!first_cell(a->s, &af, &at) || !first_cell(b->s, &bf, &bt) || af != bf ||
		    a->s[at] == '\0' || (open = range_open(a->s + af, at - af)) == 0 ||
		    !range_end(b->s + bf, bt - bf, open == 2))
			continue;
		join(a, b, at, bf, bt);
		i++;
	}
}
