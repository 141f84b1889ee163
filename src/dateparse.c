#include <stdlib.h>
#include <string.h>

#include "datelex.h"
#include "dateparse.h"
#include "fold.h"
#include "wordlist.h"

#define YEAR_MIN 1940
#define YEAR_MAX 2079

struct atom {
	struct ym d;
	int open;
	int year2;	/* "2005-06", "2018-19": the atom is a range to this year */
	size_t next;	/* the token after it */
};

static int
is_year(const struct toks *t, size_t i)
{
	return i < t->n && t->v[i].kind == TK_NUM && t->v[i].ndig == 4 &&
	    t->v[i].val >= YEAR_MIN && t->v[i].val <= YEAR_MAX;
}

static int
is_kind(const struct toks *t, size_t i, enum tk k)
{
	return i < t->n && t->v[i].kind == k;
}

/* Token i follows its predecessor without a space. */
static int
tight(const struct toks *t, size_t i)
{
	return i < t->n && !t->v[i].space;
}

static int
small_num(const struct toks *t, size_t i, int lo, int hi)
{
	return is_kind(t, i, TK_NUM) && t->v[i].ndig <= 2 && t->v[i].val >= lo &&
	    t->v[i].val <= hi;
}

static int
two_digit_year(int v)
{
	return v < 50 ? 2000 + v : 1900 + v;
}

/* Month words that are also common words take a two-digit year only after
 * an apostrophe. */
static int
ambiguous_month(const struct tok *k, const char *s)
{
	static const char *const words[] = { "may", "mai", "mei", "set", "out", "ago",
		"gen", "mag", "mar", "dec", "do", "des", "mac", NULL };
	char w[8];

	fold_into(s + k->from, k->to - k->from, w, sizeof w);
	return wordlist_has(words, w);
}

/* "in corso", "la actualidad", "i dag", "to the present", "hiện tại", "(até) o momento",
 * "(hasta) el momento", "(по) настоящее время", "(по) теперішній час": two words
 * that together mean an open end; 2 when tokens i and i + 1 are such a pair. */
static int
open_pair(const struct toks *t, const char *s, size_t i)
{
	static const char *const pairs[] = { "in corso", "en cours", "en curso",
		"em curso", "i dag", "la actualidad", "la fecha", "ad oggi", "the present",
		"hien tai", "hien nay", "o momento", "el momento", "ce jour", "til dato",
		"till dags", "dags dato", "tot heden", "till datum",
		"настоящее время", "теперішній час", "настоящий момент", "saat ini", NULL };
	const struct tok *a = &t->v[i], *b = &t->v[i + 1];
	char w[48];

	if (i + 1 >= t->n || b->kind != TK_WORD || !b->space ||
	    a->to - a->from > 20 || b->to - b->from > 16)
		return 0;
	fold_into(s + a->from, a->to - a->from, w, sizeof w);
	strcat(w, " ");
	fold_into(s + b->from, b->to - b->from, w + strlen(w), sizeof w - strlen(w));
	return wordlist_has(pairs, w) ? 2 : 0;
}

/* The year after a month or season word; i is the token after the word. */
static int
year_after(const struct toks *t, const char *s, size_t w, size_t i, struct atom *a)
{
	if (is_kind(t, i, TK_DOT) && tight(t, i))
		i++;
	if (is_kind(t, i, TK_COMMA))
		i++;
	if (i < t->n && t->v[i].dw == DW_FROM)
		i++;		/* "septiembre de 2019" */
	if ((is_kind(t, i, TK_DASH) || is_kind(t, i, TK_SLASH)) && tight(t, i) &&
	    tight(t, i + 1) && is_year(t, i + 1))
		i++;		/* "Mar-2019" */
	if (small_num(t, i, 1, 31)) {
		size_t k = i + 1;
		if (is_kind(t, k, TK_WORD) && tight(t, k) && t->v[k].to - t->v[k].from == 2)
			k++;	/* 19th */
		if (is_kind(t, k, TK_COMMA))
			k++;
		if (is_year(t, k)) {
			a->d.y = t->v[k].val;
			a->next = k + 1;
			return 1;
		}
	}
	if (is_year(t, i)) {
		a->d.y = t->v[i].val;
		a->next = i + 1;
		return 1;
	}
	if (is_kind(t, i, TK_APOS) && tight(t, i + 1) && is_kind(t, i + 1, TK_NUM) &&
	    t->v[i + 1].ndig == 2) {
		a->d.y = two_digit_year(t->v[i + 1].val);
		a->next = i + 2;
		return 1;
	}
	if (is_kind(t, i, TK_NUM) && t->v[i].ndig == 2 && !ambiguous_month(&t->v[w], s) &&
	    !(tight(t, i + 1) && (is_kind(t, i + 1, TK_DOT) || is_kind(t, i + 1, TK_SLASH)))) {
		a->d.y = two_digit_year(t->v[i].val);
		a->next = i + 1;
		return 1;
	}
	return 0;
}

/* Whether token i opens with the mark w ("年" after a year, "月" after
 * a month, their Korean "년" and "월"): the word may run on into the text
 * after it, as Chinese writes with no space. */
static int
marked(const struct toks *t, const char *s, size_t i, const char *w, const char *w2)
{
	const char *p;

	if (i >= t->n || t->v[i].kind != TK_WORD || t->v[i].to - t->v[i].from < 3)
		return 0;
	p = s + t->v[i].from;
	return strncmp(p, w, 3) == 0 || strncmp(p, w2, 3) == 0;
}

/* "2019年3月", "2019년 3월", "2019年": a year and a month with the marks
 * of Chinese, Japanese and Korean. */
static int
year_marked(const struct toks *t, const char *s, size_t j, struct atom *a)
{
	if (!marked(t, s, j, "\xe5\xb9\xb4", "\xeb\x85\x84") || t->v[j].space)
		return 0;
	a->next = j + (t->v[j].to - t->v[j].from == 3);
	if (small_num(t, j + 1, 1, 12) && j + 2 < t->n &&
	    marked(t, s, j + 2, "\xe6\x9c\x88", "\xec\x9b\x94") && !t->v[j + 2].space) {
		a->d.m = t->v[j + 1].val;
		a->next = j + 2 + (t->v[j + 2].to - t->v[j + 2].from == 3);
	}
	return 1;
}

/* Y-M, Y/M, Y.M, Y-M-D, and the academic "2005-06". */
static int
atom_year(const struct toks *t, const char *s, size_t i, struct atom *a)
{
	size_t j = i + 1;
	const struct tok *v = t->v;

	a->d.y = v[i].val;
	a->next = j;
	if (j < t->n && year_marked(t, s, j, a))
		return 1;
	if (j + 1 < t->n && (v[j].kind == TK_DASH || v[j].kind == TK_SLASH ||
	    v[j].kind == TK_DOT) && tight(t, j) && tight(t, j + 1) && small_num(t, j + 1, 0, 99)) {
		int mm = v[j + 1].val, next_year = (a->d.y + 1) % 100;
		size_t k = j + 2;
		if (is_kind(t, k, v[j].kind) && tight(t, k) && tight(t, k + 1) &&
		    small_num(t, k + 1, 1, 31) && mm >= 1 && mm <= 12) {
			a->d.m = mm;
			a->next = k + 2;
			return 1;
		}
		/* "2005-06", and "2019–22" where no month can be meant */
		if (v[j].kind == TK_DASH && v[j + 1].ndig == 2 && (mm == next_year ||
		    (mm > 12 && mm > a->d.y % 100 && mm - a->d.y % 100 <= 20)) &&
		    !(k < t->n && (v[k].kind == TK_DASH || v[k].dw == DW_SEP))) {
			a->year2 = mm == next_year ? a->d.y + 1 : a->d.y - a->d.y % 100 + mm;
			a->next = k;
			return 1;
		}
		if (mm >= 1 && mm <= 12) {
			a->d.m = mm;
			a->next = k;
		}
		return 1;
	}
	if (j < t->n && v[j].kind == TK_WORD && v[j].dw == DW_MONTH && v[j].space &&
	    !is_year(t, j + 1)) {
		a->d.m = v[j].dwval;
		a->next = j + 1;
	}
	return 1;
}

/* M/YYYY, M.YYYY, M-YYYY, M/YY, D/M/YYYY, and "15 Jun 2019". */
static int
atom_num(const struct toks *t, const char *s, size_t i, struct atom *a)
{
	const struct tok *v = t->v;
	size_t j = i + 1;
	int mm = v[i].val;
	enum tk sep;

	if (is_kind(t, j, TK_DOT) && tight(t, j))
		j++;
	if (j < t->n && v[j].dw == DW_MONTH && mm >= 1 && mm <= 31 &&
	    year_after(t, s, j, j + 1, a)) {
		a->d.m = v[j].dwval;
		return 1;
	}
	j = i + 1;
	if (j + 1 >= t->n || !tight(t, j) || !tight(t, j + 1))
		return 0;
	sep = v[j].kind;
	if (sep != TK_SLASH && sep != TK_DOT && sep != TK_DASH)
		return 0;
	if (is_year(t, j + 1) && mm >= 1 && mm <= 12) {
		a->d = (struct ym){ v[j + 1].val, mm };
		a->next = j + 2;
		return 1;
	}
	if (small_num(t, j + 1, 1, 31) && is_kind(t, j + 2, sep) && tight(t, j + 2) &&
	    tight(t, j + 3) && is_year(t, j + 3)) {
		int m2 = v[j + 1].val;
		a->d.m = mm <= 12 && m2 > 12 ? mm : m2;
		a->d.y = v[j + 3].val;
		a->next = j + 4;
		return a->d.m >= 1 && a->d.m <= 12;
	}
	/* M/YY; not the end of a decimal's "8.2/10" nor of a code's
	 * "GS-1102-09/11" */
	if (sep == TK_SLASH && v[j + 1].kind == TK_NUM && v[j + 1].ndig == 2 &&
	    mm >= 1 && mm <= 12 && !(is_kind(t, j + 2, TK_SLASH) && tight(t, j + 2)) &&
	    !(i >= 2 && tight(t, i) && (is_kind(t, i - 1, TK_DOT) || is_kind(t, i - 1, TK_DASH)) &&
	    tight(t, i - 1) && is_kind(t, i - 2, TK_NUM))) {
		a->d = (struct ym){ two_digit_year(v[j + 1].val), mm };
		a->next = j + 2;
		return 1;
	}
	return 0;
}

static int
atom_word(const struct toks *t, const char *s, size_t i, struct atom *a)
{
	const struct tok *v = t->v;

	switch (v[i].dw) {
	case DW_MONTH:
		if (!year_after(t, s, i, i + 1, a))
			return 0;
		a->d.m = v[i].dwval;
		return 1;
	case DW_SEASON:
		if (!year_after(t, s, i, i + 1, a))
			return 0;
		a->d.m = v[i].dwval;
		return 1;
	case DW_OPEN:
		a->open = 1;
		a->next = i + (open_pair(t, s, i) ? 2 : 1);	/* "настоящее время" */
		return 1;
	default:
		if (open_pair(t, s, i)) {
			a->open = 1;
			a->next = i + 2;
			return 1;
		}
		break;
	}
	/* "2018 – d.d.": Norwegian and Danish "dags dato", to date */
	if (v[i].to - v[i].from == 1 && (s[v[i].from] | 0x20) == 'd' && is_kind(t, i + 1, TK_DOT) &&
	    tight(t, i + 1) && i + 2 < t->n && v[i + 2].kind == TK_WORD &&
	    v[i + 2].to - v[i + 2].from == 1 && (s[v[i + 2].from] | 0x20) == 'd' &&
	    tight(t, i + 2)) {
		a->open = 1;
		a->next = i + 3 + (is_kind(t, i + 3, TK_DOT) && tight(t, i + 3));
		return 1;
	}
	/* Q3 2019 */
	if (v[i].to - v[i].from == 1 && (s[v[i].from] == 'Q' || s[v[i].from] == 'q') &&
	    small_num(t, i + 1, 1, 4) && tight(t, i + 1) && is_year(t, i + 2)) {
		a->d = (struct ym){ v[i + 2].val, (v[i + 1].val - 1) * 3 + 1 };
		a->next = i + 3;
		return 1;
	}
	return 0;
}

static int
atom(const struct toks *t, const char *s, size_t i, struct atom *a)
{
	memset(a, 0, sizeof *a);
	if (i >= t->n)
		return 0;
	switch (t->v[i].kind) {
	case TK_WORD:
		return atom_word(t, s, i, a);
	case TK_NUM:
		if (is_year(t, i))
			return atom_year(t, s, i, a);
		return t->v[i].ndig <= 2 ? atom_num(t, s, i, a) : 0;
	case TK_APOS:
		if (tight(t, i + 1) && is_kind(t, i + 1, TK_NUM) && t->v[i + 1].ndig == 2 &&
		    !(i > 0 && t->v[i - 1].kind == TK_WORD && !t->v[i].space)) {
			a->d.y = two_digit_year(t->v[i + 1].val);
			a->next = i + 2;
			return 1;
		}
		return 0;
	default:
		return 0;
	}
}

/* "3 yrs 8 mos", "2 years", "11 months", "1.5 years", "5+ Jahre". */
static int
duration_at(const struct toks *t, size_t k, int *months, size_t *next)
{
	const struct tok *v = t->v;
	int total = 0, found = 0;

	if (is_kind(t, k, TK_NUM) && v[k].ndig <= 2) {
		size_t u = k + 1;
		int tenths = -1;
		if (is_kind(t, u, TK_DOT) && tight(t, u) && is_kind(t, u + 1, TK_NUM) &&
		    v[u + 1].ndig == 1) {
			tenths = v[u + 1].val;
			u += 2;
		}
		if (is_kind(t, u, TK_OTHER) && tight(t, u))
			u++;	/* 5+ */
		if (u < t->n && v[u].dw == DW_YEARS) {
			total = v[k].val * 12 + (tenths > 0 ? tenths * 12 / 10 : 0);
			found = 1;
			k = u + 1;
			if (is_kind(t, k, TK_COMMA))
				k++;
		} else if (u < t->n && v[u].dw == DW_MONTHS && tenths < 0) {
			*months = v[k].val;
			*next = u + 1;
			return 1;
		}
	}
	if (found && is_kind(t, k, TK_NUM) && v[k].ndig <= 2 && k + 1 < t->n &&
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
	if (is_kind(t, j, TK_DOT))
		j++;
	if (!is_sep(t, j, &dash) || !atom(t, s, j + 1, b) || b->open || b->d.m == 0)
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

/* A range (or one date) starting at token i; *last is the token after it. */
static int
range_at(const struct toks *t, const char *s, size_t i, struct daterange *r, size_t *last)
{
	struct atom a, b;
	size_t first = i, j;
	int since = 0, dash = 0, sep;

	memset(r, 0, sizeof *r);
	r->months = -1;
	if (t->v[i].dw == DW_FROM && i + 1 < t->n)
		i++;
	else if (t->v[i].dw == DW_SINCE && i + 1 < t->n) {
		since = 1;
		i++;
	}
	if (bare_month_range(t, s, i, &a, &b)) {
		combine(r, &a, &b);
		*last = b.next;
	} else {
		if (!atom(t, s, i, &a))
			return 0;
		j = a.next;
		sep = is_sep(t, j, &dash);
		if (sep && j + 1 < t->n && t->v[j + 1].dw == DW_SEP)
			j++;	/* "- till now" */
		if (atom(t, s, j + (sep != 0), &b) && !(a.open && b.open)) {
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
			/* "Summer 2012": the months of the season */
			r->start = a.d;
			r->end = (struct ym){ a.d.y, a.d.m == 5 ? 8 : a.d.m == 9 ? 12 : a.d.m + 2 };
			*last = a.next;
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
	if (paren && is_kind(t, next, TK_RPAREN))
		next++;
	r->months = months;
	r->to = t->v[next - 1].to;
	*last = next;
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

/* "GS-2003-11", "SF-2019": digits a word that names no date is hyphened
 * to make a code (a pay grade, a form's number), no date. */
static int
in_code(const struct toks *t, size_t i)
{
	return i >= 2 && t->v[i].kind == TK_NUM && !t->v[i].space &&
	    t->v[i - 1].kind == TK_DASH && !t->v[i - 1].space &&
	    t->v[i - 2].kind == TK_WORD && t->v[i - 2].dw == DW_NONE;
}

static int
find_in(const struct toks *t, const char *s, size_t from, struct daterange *r, size_t *last)
{
	for (size_t i = from; i < t->n; i++)
		if (may_start(&t->v[i]) && !in_code(t, i) && range_at(t, s, i, r, last)) {
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
	if (atom(&t, s, i, &a) && !a.open) {
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
			ok = is_year(&t, i);
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

	return datelex_word(word, len, &val) == DW_MONTH ? val : 0;
}
