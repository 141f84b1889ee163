/*
 * wordlist: looking a word up in a list of words.
 *
 * The importer's rule modules keep their vocabularies as short static
 * lists of folded words ("present", "heute", "actuel", NULL).  These are
 * the lookups they make, in one place.  A list looked up often and long
 * enough for a linear scan to cost is kept sorted instead, as a wordtab,
 * and searched by halves.
 */
#ifndef DOSSIER_WORDLIST_H
#define DOSSIER_WORDLIST_H

#include <stdbool.h>
#include <stddef.h>

/* Whether list holds w. */
bool wordlist_has(const char *const list[], const char *w);
/* Whether list holds the n bytes at w (which need not end there). */
bool wordlist_has_n(const char *const list[], const char *w, size_t n);
/* The length of the entry of list that s begins with (the first one
 * listed), or 0 when s begins with none. */
size_t wordlist_prefix(const char *const list[], const char *s);
/* Whether one of the phrases of list stands in key as whole words
 * (key folded, words parted by one space). */
bool wordlist_holds(const char *const list[], const char *key);

/* A list of folded words in strcmp order (no NULL at its end), and its
 * length: WORDTAB(array) makes one of a static array. */
struct wordtab {
	const char *const *v;
	size_t n;
};

#define WORDTAB(a) { (a), sizeof(a) / sizeof((a)[0]) }

/* Whether t holds w. */
bool wordtab_has(const struct wordtab *t, const char *w);
/* Whether t holds the n bytes at w (which need not end there). */
bool wordtab_has_n(const struct wordtab *t, const char *w, size_t n);
/* Whether t is in strcmp order with no word twice (for the unit tests:
 * the lookups need it). */
bool wordtab_sorted(const struct wordtab *t);

/* A word ("entwickler", " | ") with its length counted once, by
 * WORDLEN("..."), not at every look. */
struct wordlen {
	const char *s;
	size_t n;
};

#define WORDLEN(s) { (s), sizeof(s) - 1 }

/* Whether the n bytes at w end in one of the k words, with at least
 * `more` bytes before it. */
bool wordlen_ends(const struct wordlen *v, size_t k, const char *w, size_t n, size_t more);
/* The length of the first of the k words that s begins with, 0 if none
 * (as wordlist_prefix). */
size_t wordlen_prefix(const struct wordlen *v, size_t k, const char *s);

#endif
