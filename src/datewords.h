/*
 * datewords: the words that mean something to a date, and their meaning.
 *
 * A month in one of the languages résumés are written in ("März", "sept",
 * "lipca", "января", "d'avril"), an open end ("present", "heute",
 * "至今"), a season, "since", "from", "to", "years" and "months": a table
 * of their folded spellings, looked up by datelex for each word of a line.
 */
#ifndef DOSSIER_DATEWORDS_H
#define DOSSIER_DATEWORDS_H

#include <stddef.h>

enum dw_kind { DW_NONE, DW_MONTH, DW_OPEN, DW_SEASON, DW_SINCE, DW_SEP, DW_FROM,
	DW_YEARS, DW_MONTHS, DW_AND };

/* The meaning of a word to dates, DW_NONE if none; *val is its month. */
enum dw_kind datewords_find(const char *s, size_t len, int *val);
/* Whether the built-in word table is sorted (for the unit tests). */
int datewords_sorted(void);

#endif
