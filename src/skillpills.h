/*
 * skillpills: a row of skill tags whose gaps a converter lost.
 *
 * Templates that set skills as tags ("pills") come out of raw pdftotext as
 * words in a row, one space between tags: "SEO Google Ads Meta Ads
 * Manager".  When a row of such words (each opened by a capital or a
 * figure, no separator) holds two skills the vocabulary knows, the
 * section's rows are tags: each is cut at its known skills, the words
 * between them one item, and written back as a list with commas.
 */
#ifndef DOSSIER_SKILLPILLS_H
#define DOSSIER_SKILLPILLS_H

#include "parse.h"

void skillpills_split(const struct ctx *, const struct sect *);

#endif
