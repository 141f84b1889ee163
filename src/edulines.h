/*
 * edulines: the lines of an education section made ready before its
 * entries are found: a degree or a school told in a sentence's words
 * rewritten as parts, and lines a narrow column wrapped joined again.
 */
#ifndef DOSSIER_EDULINES_H
#define DOSSIER_EDULINES_H

#include "parse.h"

void edulines_tidy(const struct ctx *, const struct sect *);
/* "… – in progress", "… - Graduado": the state of a study after a dash
 * at the end of s cut off, in place. */
void edulines_status_off(char *s);

#endif
