/*
 * pairhead: two sections set side by side under two headings on one line
 * ("LANGUES<gap>INFORMATIQUE" over "Français : courant<gap>Opera PMS"), in
 * the middle of a page set in one column, as pdftotext -layout gives a
 * Word table of two cells: read one section, then the other.
 */
#ifndef DOSSIER_PAIRHEAD_H
#define DOSSIER_PAIRHEAD_H

#include "pages.h"

/* Each such block of R rewritten as its left column under its heading,
 * then its right column under its own. */
void pairhead_split(struct rawlines *R);

#endif
