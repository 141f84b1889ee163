/*
 * heading_words: the table of built-in heading wordings (heading_words.c),
 * for heading.c.
 */
#ifndef DOSSIER_HEADING_WORDS_H
#define DOSSIER_HEADING_WORDS_H

#include "heading.h"

struct heading_row {
	enum isec sec;
	const char *words;	/* wordings separated by "|" */
};

extern const struct heading_row heading_rows[];

#endif
