/*
 * furniture: what a PDF's pages show around the text of a résumé.
 *
 * pdftotext keeps each page's running header (the name again), its footer
 * ("Page 2 of 3", "Seite 1 von 2") and its page number.  furniture_drop
 * takes out the lines at the edges of pages that repeat on two pages or
 * more (digits aside), and page numbers wherever they stand alone.
 */
#ifndef DOSSIER_FURNITURE_H
#define DOSSIER_FURNITURE_H

#include "pages.h"

void furniture_drop(struct rawlines *);
/* A text with no form feeds: its "Page 1 of 2" lines end its pages. */
void furniture_pages(struct rawlines *);

#endif
