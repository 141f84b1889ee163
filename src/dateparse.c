/*
 * dateparse: the dates of a line joined into ranges: two dates and what
 * stands between them, an open end, a month that takes the end's year,
 * and the duration written after (see dateparse.h).
 */
#include <stdlib.h>
#include <string.h>

#include "dateatom.h"
#include "datelex.h"
#include "datewords.h"
#include "dateparse.h"

/* "3 yrs 8 mos", "2 years", "11 months", "1.5 years", "5+ Jahre". */
static int
duration_at(const struct toks *t, size_t k, int *months, size_t *next)
{
	const struct tok *v = t->v;
	int total = 0, found = 0;

	if (datetok_kind(t, k, TK_NUM) && v[k].ndig <= 2) {
		size_t u = k + 1;
		int tenths = -1;
		if (datetok_kind(t, u, TK_DOT) && datetok_tight(t, u) && datetok_kind(t, u + 1, TK_NUM) &&
		    v[u + 1].ndig == 1) {
			tenths = v[u + 1].val;
			u += 2;
		}
		if (datetok_kind(t, u, TK_OTHER) && datetok_tight(t, u))
			u++;	/* 5+ */
		if (u < t->n && v[u].dw == DW_YEARS) {
			total = v[k].val * 12 + (tenths > 0 ? tenths * 12 / 10 : 0);
			found = 1;
			k = u + 1;
			/* "5 años y 5 meses", "2 years and 3 months" */
			if (datetok_kind(t, k, TK_COMMA) || (k < t->n && v[k].dw == DW_AND))
				k++;
		} else if (u < t->n && v[u].dw == DW_MONTHS && tenths < 0) {
			*months = v[k].val;
			*next = u + 1;
			return 1;
		}
	}
	if (found && datetok_kind(t, k, TK_NUM) && v[k].ndig <= 2 && k + 1 < t->n &&
	    v[k + 1].dw == DW_MONTHS) {
		total += v[k].val;
		k += 2;
	}
	if (found) {
		*months = total;
		*next = k;
	}
	return found;
}

static int
is_sep(const struct toks *t, size_t j, int *dash)
{
	if (j >= t->n)
		return 0;
	*dash = t->v[j].kind == TK_DASH;
	return t->v[j].kind == TK_DASH || t->v[j].kind == TK_BAR || t->v[j].dw == DW_SEP;
}

/* "2023–    Python developer": a dash glued to a date, then a gap of
 * columns before the text, leaves the range open. */
static int
open_gap(const struct toks *t, const char *s, size_t j)
{
	size_t a, b;

	if (j == 0 || j + 1 >= t->n)
		return 0;
	a = t->v[j].to;
	b = t->v[j + 1].from;
	for (size_t k = a; k < b; k++)
		if (s[k] != ' ' && s[k] != '\t')
			return 0;
	/* "3/2019 –<TAB>Helsingin kaupunki": a tab after the dash, which
	 * may stand apart from the date */
	if (b > a && s[a] == '\t')
		return 1;
	return t->v[j - 1].to == t->v[j].from && b >= a + 2;
}

/* "Jun – Aug 2019": a month without a year takes the end's. */
static int
bare_month_range(const struct toks *t, const char *s, size_t i, struct atom *a,
    struct atom *b)
{
	size_t j = i + 1;
	int dash;

	if (t->v[i].dw != DW_MONTH)
		return 0;
	if (datetok_kind(t, j, TK_DOT))
		j++;
	if (!is_sep(t, j, &dash) || !dateatom_read(t, s, j + 1, b) || b->open || b->d.m == 0)
		return 0;
	memset(a, 0, sizeof *a);
	a->d.m = t->v[i].dwval;
	a->d.y = a->d.m <= b->d.m ? b->d.y : b->d.y - 1;
	a->next = j;
	return 1;
}

static void
combine(struct daterange *r, const struct atom *a, const struct atom *b)
{
	if (a->open) {
		r->start = b->year2 ? (struct ym){ b->year2, 0 } : b->d;
		r->open = 1;
	} else if (b->open) {
		r->start = a->d;
		r->open = 1;
	} else {
		r->start = a->d;
		r->end = b->year2 ? (struct ym){ b->year2, 0 } : b->d;
		if (date_cmp(r->start, r->end) > 0 || (a->year2 && !b->year2 &&
		    date_cmp((struct ym){ a->year2, 0 }, r->end) > 0)) {
			struct ym x = r->start;
			r->start = r->end;
			r->end = a->year2 ? (struct ym){ a->year2, 0 } : x;
		}
	}
}

/* The last month of the season that starts in d's month. */
static struct ym
season_end(struct ym d)
{
	return (struct ym){ d.y, d.m == 5 ? 8 : d.m == 9 ? 12 : d.m + 2 };
}

/* "... and 2010", "... et été 2010", "... and Winter 2024": after a
 * season, a word for "and" and a later year, its season said again or
 * not; the year into *b. */
static int
season_again(const struct toks *t, const char *s, size_t j, struct atom *b)
{
	static const char *const ands[] = { "&", "and", "e", "en", "et", "i", "och", "og", "und",
		"y", NULL };
	size_t n;

	if (j + 1 >= t->n || (t->v[j].kind != TK_WORD && t->v[j].kind != TK_OTHER))
		return 0;
	n = t->v[j].to - t->v[j].from;
	for (int k = 0; ands[k] != NULL; k++)
		if (strlen(ands[k]) == n && strncmp(s + t->v[j].from, ands[k], n) == 0)
			return (t->v[j + 1].dw == DW_SEASON || datetok_year(t, j + 1)) &&
			    dateatom_read(t, s, j + 1, b) && !b->open && b->year2 == 0 &&
			    b->d.y > 0;
	return 0;
}

/* "Gestión 2015", a Bolivian CV's fiscal year, opens a date; "de
 * gestion 2016" in a degree's name does not. */
static int
small_gestion(const struct toks *t, const char *s, size_t i)
{
	return t->v[i].to - t->v[i].from >= 7 && strncmp(s + t->v[i].from, "gesti", 5) == 0;
}

/* A range (or one date) starting at token i; *last is the token after it. */
static int
range_at(const struct toks *t, const char *s, size_t i, struct daterange *r, size_t *last)
{
	struct atom a, b;
	size_t first = i, j;
	int since = 0, dash = 0, sep;

	memset(r, 0, sizeof *r);
	r->months = -1;
	if (t->v[i].dw == DW_FROM && i + 1 < t->n && !small_gestion(t, s, i)) {
		i++;
		/* "(From) 03/2017 (To) Present": the form's words in brackets */
		if (i + 1 < t->n && t->v[i].kind == TK_RPAREN && first > 0 &&
		    t->v[first - 1].kind == TK_LPAREN)
			i++;
	} else if (t->v[i].dw == DW_SINCE && i + 1 < t->n) {
		since = 1;
		i++;
	}
	if (bare_month_range(t, s, i, &a, &b)) {
		combine(r, &a, &b);
		*last = b.next;
	} else {
		if (!dateatom_read(t, s, i, &a))
			return 0;
		j = a.next;
		if (j + 3 < t->n && t->v[j].kind == TK_LPAREN && t->v[j + 1].dw == DW_SEP &&
		    t->v[j + 2].kind == TK_RPAREN)
			j += 2;	/* "(To)" */
		sep = is_sep(t, j, &dash) || (j > a.next && t->v[j].kind == TK_RPAREN);
		if (sep && j + 1 < t->n && t->v[j + 1].dw == DW_SEP)
			j++;	/* "- till now" */
		/* "From: 01/2019 To: Present": the colon of a form's label */
		if (sep && !dash && j + 1 < t->n && t->v[j + 1].kind == TK_OTHER &&
		    s[t->v[j + 1].from] == ':')
			j++;
		if (dateatom_read(t, s, j + (sep != 0), &b) && !(a.open && b.open)) {
			combine(r, &a, &b);
			*last = b.next;
		} else if (a.open) {
			return 0;
		} else if (sep && dash && (j + 1 >= t->n || t->v[j + 1].kind == TK_RPAREN ||
		    t->v[j + 1].kind == TK_BAR || t->v[j + 1].kind == TK_MIDDOT ||
		    open_gap(t, s, j))) {
			r->start = a.d;	/* "2018 -" */
			r->open = 1;
			*last = j + 1;
		} else if (a.year2) {
			r->start = a.d;
			r->end = (struct ym){ a.year2, 0 };
			*last = a.next;
		} else if (t->v[i].dw == DW_SEASON && !since) {
			/* "Summer 2012": the months of the season; "Étés 2009 et
			 * 2010": the seasons of both years */
			r->start = a.d;
			r->end = season_end(a.d);
			*last = a.next;
			if (season_again(t, s, a.next, &b)) {
				r->end = season_end((struct ym){ b.d.y, b.d.m > 0 ? b.d.m : a.d.m });
				*last = b.next;
			}
		} else {
			r->start = a.d;
			r->single = !since;
			r->open = since;
			*last = a.next;
		}
	}
	r->from = t->v[first].from;
	r->to = t->v[*last - 1].to;
	return 1;
}

/* A duration after a range: " · 3 yrs 8 mos", " (2 years)". */
static void
range_duration(const struct toks *t, struct daterange *r, size_t *last)
{
	size_t k = *last, next;
	int months, paren = 0;

	while (k < t->n && (t->v[k].kind == TK_MIDDOT || t->v[k].kind == TK_COMMA ||
	    t->v[k].kind == TK_DASH || t->v[k].kind == TK_BAR || t->v[k].kind == TK_LPAREN)) {
		paren |= t->v[k].kind == TK_LPAREN;
		k++;
	}
	if (!duration_at(t, k, &months, &next))
		return;
	if (paren && datetok_kind(t, next, TK_RPAREN))
		next++;
	r->months = months;
	r->to = t->v[next - 1].to;
	*last = next;
}

/* "2009-2013 гг.", "1986 г.", "2015-2019 рр.": the word for "year"
 * after the years, abbreviated, in Russian or Ukrainian; part of the
 * range. */
static void
year_mark(const struct toks *t, const char *s, struct daterange *r, size_t *last)
{
	static const char *const marks[] = { "\xd0\xb3", "\xd0\xb3\xd0\xb3",
		"\xd1\x80", "\xd1\x80\xd1\x80", NULL };
	size_t k = *last;

	if (k >= t->n || t->v[k].kind != TK_WORD)
		return;
	for (int i = 0; marks[i] != NULL; i++)
		if (t->v[k].to - t->v[k].from == strlen(marks[i]) &&
		    strncmp(s + t->v[k].from, marks[i], strlen(marks[i])) == 0) {
			k += k + 1 < t->n && t->v[k + 1].kind == TK_DOT && !t->v[k + 1].space;
			r->to = t->v[k].to;
			*last = k + 1;
			return;
		}
}

static int
may_start(const struct tok *k)
{
	if (k->kind == TK_NUM || k->kind == TK_APOS)
		return 1;
	return k->kind == TK_WORD && (k->dw == DW_MONTH || k->dw == DW_OPEN ||
	    k->dw == DW_SEASON || k->dw == DW_SINCE || k->dw == DW_FROM ||
	    k->to - k->from == 1);
}

/* "BAS EN 1998-1", "ISO 9001:2015", "IEC 61508": the number of a
 * standard after its body's initials in capitals, no date. */
static int
standard(const struct toks *t, const char *s, size_t i)
{
	static const char *const bodies[] = { "ANSI", "API", "AS", "ASME", "ASTM", "BS", "DIN",
		"EN", "IEC", "IEEE", "ISO", "JIS", "NFPA", NULL };
	const struct tok *w;

	if (i == 0 || t->v[i].kind != TK_NUM || !t->v[i].space || t->v[i - 1].kind != TK_WORD)
		return 0;
	w = &t->v[i - 1];
	for (int k = 0; bodies[k] != NULL; k++)
		if (strlen(bodies[k]) == w->to - w->from &&
		    memcmp(s + w->from, bodies[k], w->to - w->from) == 0)
			return 1;
	return 0;
}

/* "GS-2003-11", "SF-2019": digits a word that names no date is hyphened
 * to make a code (a pay grade, a form's number), no date. */
static int
in_code(const struct toks *t, const char *s, size_t i)
{
	return (i >= 2 && t->v[i].kind == TK_NUM && !t->v[i].space &&
	    t->v[i - 1].kind == TK_DASH && !t->v[i - 1].space &&
	    t->v[i - 2].kind == TK_WORD && t->v[i - 2].dw == DW_NONE) || standard(t, s, i);
}

static int
find_in(const struct toks *t, const char *s, size_t from, struct daterange *r, size_t *last)
{
	for (size_t i = from; i < t->n; i++)
		if (may_start(&t->v[i]) && !in_code(t, s, i) && range_at(t, s, i, r, last)) {
			year_mark(t, s, r, last);
			range_duration(t, r, last);
			return 1;
		}
	return 0;
}

int
dateparse_find(const char *s, size_t len, struct daterange *r)
{
	struct toks t;
	size_t last;
	int found;

	datelex_tokenize(s, len, &t);
	found = find_in(&t, s, 0, r, &last);
	datelex_free(&t);
	return found;
}

int
dateparse_date(const char *s, struct ym *d)
{
	struct toks t;
	struct atom a;
	size_t i = 0;
	int ok = 0;

	datelex_tokenize(s, strlen(s), &t);
	while (i < t.n && t.v[i].kind != TK_WORD && t.v[i].kind != TK_NUM &&
	    t.v[i].kind != TK_APOS)
		i++;
	if (dateatom_read(&t, s, i, &a) && !a.open) {
		for (i = a.next; i < t.n && t.v[i].kind != TK_WORD && t.v[i].kind != TK_NUM; i++)
			;
		ok = i == t.n;
		*d = a.d;
	}
	datelex_free(&t);
	return ok;
}

static int
is_filler(const struct tok *k)
{
	return k->kind != TK_WORD && k->kind != TK_NUM;
}

int
dateparse_only(const char *s)
{
	struct toks t;
	struct daterange r;
	size_t i = 0, last;
	int months, n = 0, ok = 1;

	datelex_tokenize(s, strlen(s), &t);
	while (i < t.n && ok) {
		if (is_filler(&t.v[i]))
			i++;
		else if (range_at(&t, s, i, &r, &last)) {
			i = last;
			n++;
		} else if (duration_at(&t, i, &months, &last))
			i = last;
		else
			ok = 0;
	}
	datelex_free(&t);
	return ok && n > 0;
}

int
dateparse_fragment(const char *s)
{
	struct toks t;
	int ok = 1;

	datelex_tokenize(s, strlen(s), &t);
	for (size_t i = 0; i < t.n && ok; i++) {
		const struct tok *k = &t.v[i];
		if (k->kind == TK_WORD)
			ok = k->dw == DW_MONTH || k->dw == DW_OPEN || k->dw == DW_SEP ||
			    k->dw == DW_SINCE;
		else if (k->kind == TK_NUM)
			ok = datetok_year(&t, i);
		else
			ok = k->kind == TK_DASH || k->kind == TK_BAR || k->kind == TK_COMMA ||
			    k->kind == TK_DOT || k->kind == TK_LPAREN || k->kind == TK_RPAREN;
	}
	ok = ok && t.n > 0;
	datelex_free(&t);
	return ok;
}

int
dateparse_duration(const char *s, size_t len, size_t *from, size_t *to)
{
	struct toks t;
	size_t next;
	int months = -1;

	datelex_tokenize(s, len, &t);
	for (size_t i = 0; i < t.n; i++)
		if (duration_at(&t, i, &months, &next)) {
			*from = t.v[i].from;
			*to = t.v[next - 1].to;
			break;
		}
	datelex_free(&t);
	return months;
}

int
dateparse_month(const char *word, size_t len)
{
	int val;

	return datewords_find(word, len, &val) == DW_MONTH ? val : 0;
}
