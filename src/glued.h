/*
 * glued: words pasted together where a page's boxes met.
 *
 * Profile pages copied as text (XING, some portals) lose the space between
 * two boxes: "Brennwerk GmbHMünchen", "DeutschMuttersprache".  A capital
 * inside a word starts a new one when what follows is a known city, or
 * when what comes before is a spoken language.  Nothing else is cut:
 * "McKinsey", "JavaScript" and "PayPal" stay whole.
 */
#ifndef DOSSIER_GLUED_H
#define DOSSIER_GLUED_H

#include "layout.h"
#include "lexicon.h"

/* Parts the glued words of every line of L. */
void glued_split(const struct lexicon *, struct layout *L);
/* "EXPERIENCERegistered Nurse": a heading in capitals glued to the text
 * after it, a line of its own again, where a text has two such or more. */
void glued_headings(const struct lexicon *, struct layout *L);

#endif
