/*
 * headdate: the dates in a header line of a dated section, and the line
 * with them cut out.
 *
 * "Acme Corp | Berlin | 2019 – 2021": the range is found where a header
 * would set it (at an end, between separators, beside a tab), not inside a
 * sentence or a bracketed note about the firm; cutting it takes the
 * separators around it too.
 */
#ifndef DOSSIER_HEADDATE_H
#define DOSSIER_HEADDATE_H

#include <stddef.h>

#include "dateparse.h"

/* Whether s holds a header's date; *r is where it is. */
int headdate_find(const char *s, struct daterange *r);
/* s without the bytes [from, to), the separators left at the cut and at
 * the ends trimmed; a tab marks where the cut was.  Allocated. */
char *headdate_cut(const char *s, size_t from, size_t to);

#endif
