#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "datelex.h"
#include "datewords.h"
#include "fold.h"
#include "utf8.h"
#include "xalloc.h"

static struct tok *
tok_new(struct toks *t)
{
	if (t->n == t->cap) {
		if (t->v == t->stack) {
			t->v = xreallocarray(NULL, t->cap * 2, sizeof *t->v);
			memcpy(t->v, t->stack, sizeof t->stack);
		} else
			t->v = xreallocarray(t->v, t->cap * 2, sizeof *t->v);
		t->cap *= 2;
	}
	memset(&t->v[t->n], 0, sizeof t->v[0]);
	return &t->v[t->n++];
}

static enum tk
punct_kind(uint32_t cp)
{
	switch (cp) {
	case '-': case '~': case 0x2010: case 0x2011: case 0x2012: case 0x2013:
	case 0x2014: case 0x2015: case 0x2212: case 0x2192: case 0x27f6:
	case 0x301c: case 0xff5e: case 0xff0d:	/* 〜 ～ －, as Japanese writes them */
		return TK_DASH;
	case '/': return TK_SLASH;
	case '.': return TK_DOT;
	case ',': return TK_COMMA;
	case '\'': case 0x2019: case 0x2018: case 0x2032: return TK_APOS;
	case '|': case 0x2502: case 0xa6: return TK_BAR;
	case '(': case '[': case 0xff08: return TK_LPAREN;	/* （ */
	case ')': case ']': case 0xff09: return TK_RPAREN;	/* ） */
	case 0xb7: case 0x2022: case 0x22c5: return TK_MIDDOT;
	default: return TK_OTHER;
	}
}

/* A word runs over letters, and over an apostrophe between letters
 * ("aujourd'hui"). */
static size_t
word_end(const char *s, size_t len, size_t i)
{
	uint32_t cp, next;

	while (i < len) {
		size_t n;
		if (((unsigned char)s[i] | 0x20) >= 'a' && ((unsigned char)s[i] | 0x20) <= 'z') {
			i++;	/* an ASCII letter, without decoding it */
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			break;
		if (fold_isalpha(cp)) {
			i += n;
			continue;
		}
		if ((cp == '\'' || cp == 0x2019) && i + n < len &&
		    utf8_decode(s + i + n, len - i - n, &next) && fold_isalpha(next) && i > 0) {
			i += n;
			continue;
		}
		break;
	}
	return i;
}

/*
 * The last lines tokenized, and their tokens.  The importer asks dateparse
 * several questions of each line (a date range in it? a duration? dates
 * alone?), each of which tokenizes it, and the rules that ask them go over
 * a few lines at a time (a header and the lines under it): a third of the
 * work went into tokenizing again what had just been.  MEMO_LINES of them
 * are kept, the oldest replaced: about a section's lines, since several
 * passes go over a whole section before the next asks again (8 kept missed
 * half the time; 32 cost 3% fewer instructions an import, more cost
 * more in the search than they save).  One memo per thread, for the
 * importer's parsing threads; lines longer than MEMO_TEXT are not kept.
 */
#define MEMO_TEXT 256
#define MEMO_TOKS (sizeof ((struct toks *)0)->stack / sizeof (struct tok))
#define MEMO_LINES 32

struct memo_line {
	char text[MEMO_TEXT];
	size_t len, n;		/* n == 0: nothing kept */
	struct tok v[MEMO_TOKS];
};

static _Thread_local struct memo_line memo[MEMO_LINES];
static _Thread_local unsigned memo_oldest;

static int
memo_get(const char *s, size_t len, struct toks *t)
{
	for (unsigned k = 0; k < MEMO_LINES; k++) {
		const struct memo_line *m = &memo[k];
		if (m->n == 0 || len != m->len || memcmp(s, m->text, len) != 0)
			continue;
		memcpy(t->stack, m->v, m->n * sizeof m->v[0]);
		t->n = m->n;
		return 1;
	}
	return 0;
}

static void
memo_put(const char *s, size_t len, const struct toks *t)
{
	struct memo_line *m = &memo[memo_oldest];

	if (len > MEMO_TEXT || t->n == 0 || t->n > MEMO_TOKS)
		return;
	memo_oldest = (memo_oldest + 1) % MEMO_LINES;
	memcpy(m->text, s, len);
	memcpy(m->v, t->v, t->n * sizeof m->v[0]);
	m->len = len;
	m->n = t->n;
}

/* The end of a run of dashes and dots that began before i. */
static size_t
run_end(const char *s, size_t len, size_t i)
{
	uint32_t cp;
	size_t n;

	while (i < len && (n = utf8_decode(s + i, len - i, &cp)) > 0 &&
	    (cp == '.' || cp == 0x2026 || punct_kind(cp) == TK_DASH))
		i += n;
	return i;
}

/* "02/20193 Jahre": a year glued to the length of a stay that follows it;
 * the digits at s[i..j) are 5 or 6, a duration's unit comes after. */
static int
glued_duration(const char *s, size_t len, size_t i, size_t j)
{
	enum dw_kind w;
	int year = 0, v;
	size_t e;

	if (j - i < 5 || j - i > 6)
		return 0;
	for (size_t k = i; k < i + 4; k++)
		year = year * 10 + (s[k] - '0');
	while (j < len && s[j] == ' ')
		j++;
	e = word_end(s, len, j);
	if (year < 1950 || year > 2049 || e == j)
		return 0;
	w = datewords_find(s + j, e - j, &v);
	return w == DW_YEARS || w == DW_MONTHS;
}

/* Whether a duration's unit comes after the figure that ends at j
 * ("India13 yrs 10 mos": the page's boxes glued a place to it). */
static int
unit_after(const char *s, size_t len, size_t j)
{
	enum dw_kind w = DW_NONE;
	size_t e;
	int v;

	while (j < len && s[j] == ' ')
		j++;
	e = word_end(s, len, j);
	if (e > j)
		w = datewords_find(s + j, e - j, &v);
	return w == DW_YEARS || w == DW_MONTHS;
}

static void
tokenize(const char *s, size_t len, struct toks *t)
{
	int space = 1;
	uint32_t cp;

	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		struct tok *k;
		if (n == 0)
			n = 1, cp = 0xfffd;
		if (cp == ' ' || cp == '\t' || cp == '\n') {
			space = 1;
			i += n;
			continue;
		}
		k = tok_new(t);
		k->from = i;
		k->space = space;
		space = 0;
		if (cp >= '0' && cp <= '9') {
			size_t j = i;
			while (j < len && s[j] >= '0' && s[j] <= '9')
				j++;
			if (glued_duration(s, len, i, j))
				j = i + 4;
			for (size_t d = i; d < j; d++) {
				if (k->ndig < 9)
					k->val = k->val * 10 + (s[d] - '0');
				k->ndig++;
			}
			k->kind = TK_NUM;
			k->to = i = j;
			/* "SAP2000", "ETABS2019": a figure glued to a name no
			 * date word is part of that name */
			if (!k->space && t->n >= 2 && t->v[t->n - 2].kind == TK_WORD &&
			    k->from > 0 && (unsigned char)s[k->from - 1] < 0x80 &&
			    !unit_after(s, len, j) &&
			    t->v[t->n - 2].dw == DW_NONE && t->v[t->n - 2].to == k->from &&
			    t->v[t->n - 2].to - t->v[t->n - 2].from >= 2)
				k->kind = TK_WORD;
		} else if (fold_isalpha(cp)) {
			k->kind = TK_WORD;
			k->to = i = word_end(s, len, i);
			k->dw = datewords_find(s + k->from, k->to - k->from, &k->dwval);
		} else {
			k->kind = punct_kind(cp);
			k->to = i += n;
			/* "--", and ".." or a dot leader ("2020 .. now", "Acme
			 * ...... 2019"): one dash */
			if (k->kind == TK_DASH || (cp == '.' && i < len && s[i] == '.')) {
				k->kind = TK_DASH;
				k->to = i = run_end(s, len, i);
			}
		}
	}
}

void
datelex_tokenize(const char *s, size_t len, struct toks *t)
{
	t->v = t->stack;
	t->n = 0;
	t->cap = sizeof t->stack / sizeof t->stack[0];
	if (memo_get(s, len, t))
		return;
	tokenize(s, len, t);
	memo_put(s, len, t);
}

void
datelex_free(struct toks *t)
{
	if (t->v != t->stack)
		free(t->v);
}
