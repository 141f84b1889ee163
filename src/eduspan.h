/*
 * eduspan: where the school is in a line of education that lost the
 * separators between its cells, as a web page's table of one row comes
 * out of w3m or lynx:
 *
 *	B.S. Computer Science Colorado State University
 *	University of Lagos B.Sc. Computer Science
 *
 * A field of study ends in a word fields end in (Science, Engineering,
 * Biología); after the degree and its field, or after a field of two
 * words or more, the school runs to the end.  A school first ends where a
 * degree word begins.
 */
#ifndef DOSSIER_EDUSPAN_H
#define DOSSIER_EDUSPAN_H

#include <stddef.h>

/* The bytes [*from, *to) of h that name the school, the rest being the
 * degree; 0 when h is not so made. */
int eduspan_school(const char *h, size_t *from, size_t *to);
/* Whether s ends in a word fields of study end in ("Computer Science"). */
int eduspan_field(const char *s);

#endif
