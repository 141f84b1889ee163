/*
 * dateatom: one date read at a token (see dateatom.c), and the small
 * tests on tokens that dateparse shares with it.
 */
#ifndef DOSSIER_DATEATOM_H
#define DOSSIER_DATEATOM_H

#include <stddef.h>

#include "date.h"
#include "datelex.h"

#define YEAR_MIN 1940
#define YEAR_MAX 2079

/* One date: its year and month, whether it is an open end. */
struct atom {
	struct ym d;
	int open;
	int year2;	/* "2005-06", "2018-19": the atom is a range to this year */
	size_t next;	/* the token after it */
};

static inline int
datetok_year(const struct toks *t, size_t i)
{
	return i < t->n && t->v[i].kind == TK_NUM && t->v[i].ndig == 4 &&
	    t->v[i].val >= YEAR_MIN && t->v[i].val <= YEAR_MAX;
}

static inline int
datetok_kind(const struct toks *t, size_t i, enum tk k)
{
	return i < t->n && t->v[i].kind == k;
}

/* Token i follows its predecessor without a space. */
static inline int
datetok_tight(const struct toks *t, size_t i)
{
	return i < t->n && !t->v[i].space;
}

/* The date starting at token i of s, filling a; 1 when there is one. */
int dateatom_read(const struct toks *, const char *s, size_t i, struct atom *);

#endif
