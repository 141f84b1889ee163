/*
 * flathead: the headings inside a résumé flattened onto one line.
 *
 * "... Jane Doe Engineer Work Experience: Engineer at Acme ...": a known
 * heading before a colon; "... SUMMARY ... EXPERIENCE ...", "...
 * Berufserfahrung Entwickler ...": one without, in capitals, or in title
 * case where what comes before it ends and a capitalised word follows;
 * "CERTIFICATIONS & LICENSES", two joined into one (for unflatten.c).
 */
#ifndef DOSSIER_FLATHEAD_H
#define DOSSIER_FLATHEAD_H

#include <stddef.h>

#include "lexicon.h"

/* The heading that opens s before a colon: the bytes up to past the colon
 * (0: none), the heading's own length in *hlen. */
size_t flathead_colon(const struct lexicon *, const char *s, size_t *hlen);
/* The heading without a colon that opens s, prev the word before it (""
 * at the start): its bytes with a heading joined to it (0: none), its own
 * length in *hlen; caps_only: the text's headings are in capitals. */
size_t flathead_bare(const struct lexicon *, const char *s, const char *prev, size_t *hlen,
    int caps_only);

#endif
