/*
 * eduline: one line of an education entry that holds both a degree and a
 * school ("BSc Computer Science, University of Leeds", "M.Sc. in Physics
 * — ETH Zürich", "B.Tech (ECE)<TAB>JNTU Hyderabad<TAB>2012"), split into
 * its parts and read into the entry.
 */
#ifndef DOSSIER_EDULINE_H
#define DOSSIER_EDULINE_H

#include "parse.h"

/* role_parts, less " at " and " @ ": "University of Illinois at
 * Urbana-Champaign" is one name. */
void eduline_parts(const char *h, struct strlist *parts);
/* The line's parts into e: the one naming a school its institution, the
 * rest its degree; whether it held both. */
int eduline_split(const struct ctx *, const char *h, struct education *e);

#endif
