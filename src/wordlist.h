/*
 * wordlist: looking a word up in a NULL-terminated list of words.
 *
 * The importer's rule modules keep their vocabularies as short static
 * lists of folded words ("present", "heute", "actuel", NULL).  These are
 * the three lookups they make, in one place.
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

#endif
