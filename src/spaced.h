/*
 * spaced: the words of letter-spaced lines that lost the gaps between them
 * ("QAAUTOMATIONENGINEER" reads "QA AUTOMATION ENGINEER"), cut again with
 * the words the importer knows.
 */
#ifndef DOSSIER_SPACED_H
#define DOSSIER_SPACED_H

#include "layout.h"
#include "lexicon.h"

/* Each line the layout marked LN_GLUED, its runs of letters cut into the
 * fewest known words; a run no cut covers stays as it is. */
void spaced_resplit(const struct lexicon *, struct layout *);

#endif
