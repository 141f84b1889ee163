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

#include "buf.h"

/* The bytes [*from, *to) of h that name the school, the rest being the
 * degree; 0 when h is not so made. */
int eduspan_school(const char *h, size_t *from, size_t *to);
/* Whether s ends in a word fields of study end in ("Computer Science"). */
int eduspan_field(const char *s);
/* The parts of a line with no separator role_parts knows: the school and
 * the rest when eduspan_school finds it, else the parts between commas. */
void eduspan_parts(const char *h, struct strlist *parts);
/* "PhD, Computer Science Graz University of Technology": the first part
 * after the first with a field before the school, parted. */
void eduspan_apart(struct strlist *parts);
/* Whether a degree's word opens s ("Brevet professionnel Menuisier"). */
int eduspan_degree_lead(const char *s);
/* Whether s is a town's name, a word or two in capitals ("Chambéry"). */
int eduspan_place_like(const char *s);
/* Whether s is a bracketed note of how one studied, no degree nor school:
 * "(remote, part-time)", "(online)", "(Erasmus exchange)", "(120 horas)". */
int eduspan_mode_note(const char *s);
/* Whether s is the level of a qualifications framework ("EQF level 6",
 * "EQF seviye 6", "ISCED 5"), set beside a Europass degree. */
int eduspan_level_note(const char *s);

#endif
