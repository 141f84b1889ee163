/*
 * dateorder: dates that pdftotext read apart from their entries.
 *
 * A designed résumé sets each entry's dates in a column of their own, at
 * the left margin (an academic CV) or right-aligned beside the title.
 * Raw pdftotext may read that column as a block of its own: all the
 * dates before the entries ("2018 – 2021" over "2015 – 2017", then the
 * two degrees), all after them, or each after its entry's highlights.
 * dateorder_fix sets every date back before the entry it belongs to, so
 * that the entry splitter sees the usual order.
 */
#ifndef DOSSIER_DATEORDER_H
#define DOSSIER_DATEORDER_H

#include "layout.h"
#include "parse.h"

/* Reorders the lines of the section; returns whether it did. */
int dateorder_fix(struct layout *, const struct sect *);

#endif
