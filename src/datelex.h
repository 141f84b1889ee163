/*
 * datelex: the words and tokens dateparse reads dates from.
 *
 * A line is cut into words, numbers and the punctuation dates use; each word
 * that means something to a date (a month in one of the languages résumés
 * are written in, "present", "since", "to", "years") carries its meaning.
 */
#ifndef DOSSIER_DATELEX_H
#define DOSSIER_DATELEX_H

#include <stddef.h>

#include "datewords.h"


enum tk { TK_WORD, TK_NUM, TK_DASH, TK_SLASH, TK_DOT, TK_COMMA, TK_APOS, TK_BAR,
	TK_LPAREN, TK_RPAREN, TK_MIDDOT, TK_OTHER };

struct tok {
	enum tk kind;
	size_t from, to;
	int val, ndig;		/* TK_NUM */
	enum dw_kind dw;	/* TK_WORD */
	int dwval;
	int space;		/* whitespace before it */
};

struct toks {
	struct tok *v;
	size_t n, cap;
	struct tok stack[96];
};

void datelex_tokenize(const char *s, size_t len, struct toks *);
void datelex_free(struct toks *);

#endif
