/*
 * rowsplit: one line of a dated section that is a whole entry, split into
 * a header row and a body row.
 *
 * "Acme — Developer, 2023 – now: built the API" (the body after a colon)
 * and "Compagnon menuisier, Ateliers Favre, Chambéry. Restauration de ..."
 * (the header the first sentence).
 */
#ifndef DOSSIER_ROWSPLIT_H
#define DOSSIER_ROWSPLIT_H

#include "lineclass.h"

/* A one-line entry with its body after a colon or a dash: its rows added
 * to R; 0 when s is none. */
int rowsplit_colon(const char *s, struct rows *R, int blank);
/* rest (the line, its dates r cut out) as a header sentence and a body:
 * its rows added and rest taken; 0 when it is none. */
int rowsplit_sentence(struct rows *R, char *rest, int blank, const struct daterange *r,
    int date_first);

#endif
