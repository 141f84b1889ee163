/*
 * scorememo: the scores of short texts, kept to be asked for again.
 *
 * The importer's rules ask the same questions of the same header parts
 * over and over ("how much is 'Staff Engineer' a job title?": the header
 * reader, the place reader and the tail reader each ask it anew).  A
 * scorememo keeps the last answers for a function of the text alone, by
 * the text's hash, in a few slots; a slot is overwritten by the next text
 * of its hash.  The caller keeps one per question and per thread.
 */
#ifndef DOSSIER_SCOREMEMO_H
#define DOSSIER_SCOREMEMO_H

#include <stddef.h>

#define SCOREMEMO_SLOTS 64
#define SCOREMEMO_TEXT 96	/* longer texts are not kept */

struct scorememo_slot {
	unsigned hash;
	int score;
	size_t len;		/* 0: empty */
	char text[SCOREMEMO_TEXT];
};

struct scorememo {
	struct scorememo_slot slot[SCOREMEMO_SLOTS];
};

/* Whether s (len bytes) is kept; its score in *score.  *hash is s's hash,
 * for scorememo_put. */
int scorememo_get(const struct scorememo *, const char *s, size_t len, unsigned *hash,
    int *score);
/* Keeps s's score (when s is short enough). */
void scorememo_put(struct scorememo *, const char *s, size_t len, unsigned hash, int score);

#endif
