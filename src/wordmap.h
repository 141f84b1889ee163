/*
 * wordmap: names (skills, places) looked up whatever their case and
 * accents, in constant time.
 *
 * Keys are folded (see fold.h) with their spaces collapsed, punctuation
 * kept, so "C++" and "C" stay apart while "münchen" finds "München".  A
 * name may be added more than once with different values ("Georgia" the
 * country and the state); wordmap_get returns them all.
 */
#ifndef DOSSIER_WORDMAP_H
#define DOSSIER_WORDMAP_H

#include <stddef.h>
#include <stdint.h>

struct wordmap_entry {
	char *key;
	uint32_t hash;
	int val;
};

struct wordmap {
	struct wordmap_entry *v;
	size_t cap, n;
	size_t longest;		/* bytes of the longest key */
};

void wordmap_add(struct wordmap *, const char *s, size_t len, int val);
/* The values of s, at most max of them; returns how many. */
size_t wordmap_get(const struct wordmap *, const char *s, size_t len, int *vals, size_t max);
int wordmap_has(const struct wordmap *, const char *s, size_t len);
void wordmap_free(struct wordmap *);

#endif
