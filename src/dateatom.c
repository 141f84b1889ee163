/*
 * dateatom: one date read at a token of a line — a year, a month and year
 * in words or figures, "2019年3月", "Jun '19" — the pieces dateparse
 * joins into ranges.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dateatom.h"
#include "datelex.h"
#include "fold.h"
#include "wordlist.h"

static int
small_num(const struct toks *t, size_t i, int lo, int hi)
{
	return datetok_kind(t, i, TK_NUM) && t->v[i].ndig <= 2 && t->v[i].val >= lo &&
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
 * "devam ediyor",
 * "(hasta) el momento", "(по) настоящее время", "(по) теперішній час": two words
 * that together mean an open end; 2 when tokens i and i + 1 are such a pair. */
static int
open_pair(const struct toks *t, const char *s, size_t i)
{
	static const char *const pairs[] = { "in corso", "en cours", "en curso",
		"em curso", "i dag", "la actualidad", "la fecha", "ad oggi", "the present",
		"hien tai", "hien nay", "o momento", "el momento", "ce jour", "nos jours", "til dato",
		"till dags", "dags dato", "tot heden", "till datum", "presente data",
		"настоящее время", "теперішній час", "настоящий момент", "saat ini",
		"devam ediyor", "devam etmekte", NULL };
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
	if (datetok_kind(t, i, TK_DOT) && datetok_tight(t, i))
		i++;
	if (datetok_kind(t, i, TK_COMMA))
		i++;
	if (i < t->n && t->v[i].dw == DW_FROM)
		i++;		/* "septiembre de 2019" */
	if ((datetok_kind(t, i, TK_DASH) || datetok_kind(t, i, TK_SLASH)) && datetok_tight(t, i) &&
	    datetok_tight(t, i + 1) && datetok_year(t, i + 1))
		i++;		/* "Mar-2019" */
	if (small_num(t, i, 1, 31)) {
		size_t k = i + 1;
		if (datetok_kind(t, k, TK_WORD) && datetok_tight(t, k) && t->v[k].to - t->v[k].from == 2)
			k++;	/* 19th */
		if (datetok_kind(t, k, TK_COMMA))
			k++;
		if (datetok_year(t, k)) {
			a->d.y = t->v[k].val;
			a->next = k + 1;
			return 1;
		}
	}
	if (datetok_year(t, i)) {
		a->d.y = t->v[i].val;
		a->next = i + 1;
		return 1;
	}
	if (datetok_kind(t, i, TK_APOS) && datetok_tight(t, i + 1) && datetok_kind(t, i + 1, TK_NUM) &&
	    t->v[i + 1].ndig == 2) {
		a->d.y = two_digit_year(t->v[i + 1].val);
		a->next = i + 2;
		return 1;
	}
	if (datetok_kind(t, i, TK_NUM) && t->v[i].ndig == 2 && !ambiguous_month(&t->v[w], s) &&
	    !(datetok_tight(t, i + 1) && (datetok_kind(t, i + 1, TK_DOT) || datetok_kind(t, i + 1, TK_SLASH)))) {
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

/* Whether token i is the word w, in small letters as written, with its
 * dot and a space after it, as Lithuanian marks a year ("m.", metai) and a
 * month ("mėn."); not "M.Sc.". */
static int
dotted_mark(const struct toks *t, const char *s, size_t i, const char *w)
{
	size_t n = strlen(w);

	return i + 1 < t->n && t->v[i].kind == TK_WORD && t->v[i].to - t->v[i].from == n &&
	    memcmp(s + t->v[i].from, w, n) == 0 && datetok_kind(t, i + 1, TK_DOT) &&
	    datetok_tight(t, i + 1) && !(i + 2 < t->n && datetok_tight(t, i + 2));
}

/* "2019 m. rugsėjo mėn.", "2019 m.": the Lithuanian year, its month after
 * it; 0 if the year bears no mark. */
static int
year_lithuanian(const struct toks *t, const char *s, size_t j, struct atom *a)
{
	if (!dotted_mark(t, s, j, "m"))
		return 0;
	j += 2;
	a->next = j;
	if (j < t->n && t->v[j].kind == TK_WORD && t->v[j].dw == DW_MONTH) {
		a->d.m = t->v[j].dwval;
		a->next = dotted_mark(t, s, j + 1, "m\xc4\x97n") ? j + 3 : j + 1;
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
	if (j < t->n && (year_marked(t, s, j, a) || year_lithuanian(t, s, j, a)))
		return 1;
	if (j + 1 < t->n && (v[j].kind == TK_DASH || v[j].kind == TK_SLASH ||
	    v[j].kind == TK_DOT) && datetok_tight(t, j) && datetok_tight(t, j + 1) && small_num(t, j + 1, 0, 99)) {
		int mm = v[j + 1].val, next_year = (a->d.y + 1) % 100;
		size_t k = j + 2;
		if (datetok_kind(t, k, v[j].kind) && datetok_tight(t, k) && datetok_tight(t, k + 1) &&
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
	/* "2019. 09.": the Hungarian year and month, each with its dot */
	if (j + 2 < t->n && v[j].kind == TK_DOT && datetok_tight(t, j) && !datetok_tight(t, j + 1) &&
	    v[j + 1].kind == TK_NUM && v[j + 1].ndig == 2 && small_num(t, j + 1, 1, 12) &&
	    datetok_kind(t, j + 2, TK_DOT) && datetok_tight(t, j + 2)) {
		a->d.m = v[j + 1].val;
		a->next = j + 3;
		return 1;
	}
	if (j < t->n && v[j].kind == TK_WORD && v[j].dw == DW_MONTH && v[j].space &&
	    !datetok_year(t, j + 1)) {
		a->d.m = v[j].dwval;
		a->next = j + 1;
	}
	return 1;
}

/* "09.2015.", "14.05.2019.": the dot that ends a year in Bosnian,
 * Croatian, Serbian and Slovene, after a date with dots, is the date's;
 * the token after the date. */
static size_t
year_dot(const struct toks *t, enum tk sep, size_t k)
{
	return sep == TK_DOT && datetok_kind(t, k, TK_DOT) && datetok_tight(t, k) ? k + 1 : k;
}

/* M/YYYY, M.YYYY, M-YYYY, M/YY, D/M/YYYY, and "15 Jun 2019". */
static int
atom_num(const struct toks *t, const char *s, size_t i, struct atom *a)
{
	const struct tok *v = t->v;
	size_t j = i + 1;
	int mm = v[i].val;
	enum tk sep;

	if (datetok_kind(t, j, TK_DOT) && datetok_tight(t, j))
		j++;
	/* "15 de febrero de 2019", "01 de março de 2019" */
	if (j + 1 < t->n && v[j].dw == DW_FROM && v[j].to - v[j].from == 2 &&
	    strncasecmp(s + v[j].from, "de", 2) == 0 && v[j + 1].dw == DW_MONTH &&
	    !datetok_tight(t, j))
		j++;
	if (j < t->n && v[j].dw == DW_MONTH && mm >= 1 && mm <= 31 &&
	    year_after(t, s, j, j + 1, a)) {
		a->d.m = v[j].dwval;
		return 1;
	}
	j = i + 1;
	if (j + 1 >= t->n || !datetok_tight(t, j) || !datetok_tight(t, j + 1))
		return 0;
	sep = v[j].kind;
	if (sep != TK_SLASH && sep != TK_DOT && sep != TK_DASH)
		return 0;
	if (datetok_year(t, j + 1) && mm >= 1 && mm <= 12) {
		a->d = (struct ym){ v[j + 1].val, mm };
		a->next = year_dot(t, sep, j + 2);
		return 1;
	}
	if (small_num(t, j + 1, 1, 31) && datetok_kind(t, j + 2, sep) && datetok_tight(t, j + 2) &&
	    datetok_tight(t, j + 3) && datetok_year(t, j + 3)) {
		int m2 = v[j + 1].val;
		a->d.m = mm <= 12 && m2 > 12 ? mm : m2;
		a->d.y = v[j + 3].val;
		a->next = year_dot(t, sep, j + 4);
		return a->d.m >= 1 && a->d.m <= 12;
	}
	/* M/YY; not the end of a decimal's "8.2/10" nor of a code's
	 * "GS-1102-09/11" */
	if (sep == TK_SLASH && v[j + 1].kind == TK_NUM && v[j + 1].ndig == 2 &&
	    mm >= 1 && mm <= 12 && !(datetok_kind(t, j + 2, TK_SLASH) && datetok_tight(t, j + 2)) &&
	    !(i >= 2 && datetok_tight(t, i) && (datetok_kind(t, i - 1, TK_DOT) || datetok_kind(t, i - 1, TK_DASH)) &&
	    datetok_tight(t, i - 1) && datetok_kind(t, i - 2, TK_NUM))) {
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
	if (v[i].to - v[i].from == 1 && (s[v[i].from] | 0x20) == 'd' && datetok_kind(t, i + 1, TK_DOT) &&
	    datetok_tight(t, i + 1) && i + 2 < t->n && v[i + 2].kind == TK_WORD &&
	    v[i + 2].to - v[i + 2].from == 1 && (s[v[i + 2].from] | 0x20) == 'd' &&
	    datetok_tight(t, i + 2)) {
		a->open = 1;
		a->next = i + 3 + (datetok_kind(t, i + 3, TK_DOT) && datetok_tight(t, i + 3));
		return 1;
	}
	/* Q3 2019 */
	if (v[i].to - v[i].from == 1 && (s[v[i].from] == 'Q' || s[v[i].from] == 'q') &&
	    small_num(t, i + 1, 1, 4) && datetok_tight(t, i + 1) && datetok_year(t, i + 2)) {
		a->d = (struct ym){ v[i + 2].val, (v[i + 1].val - 1) * 3 + 1 };
		a->next = i + 3;
		return 1;
	}
	return 0;
}

int
dateatom_read(const struct toks *t, const char *s, size_t i, struct atom *a)
{
	memset(a, 0, sizeof *a);
	if (i >= t->n)
		return 0;
	switch (t->v[i].kind) {
	case TK_WORD:
		return atom_word(t, s, i, a);
	case TK_NUM:
		if (datetok_year(t, i))
			return atom_year(t, s, i, a);
		return t->v[i].ndig <= 2 ? atom_num(t, s, i, a) : 0;
	case TK_APOS:
		if (datetok_tight(t, i + 1) && datetok_kind(t, i + 1, TK_NUM) && t->v[i + 1].ndig == 2 &&
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
