/*
 * epgrid: the languages part of a Europass CV's skills, as pdftotext
 * lays out its grid:
 *
 *	Mother tongue(s)     Turkish
 *	Other language(s)    UNDERSTANDING        SPEAKING             WRITING
 *	                     Listening  Reading   Spoken interaction   ...
 *	English              C1         C1        B2                   ...
 *	                     Levels: A1 and A2: Basic user - ...
 *	Communication skills ▪ ...
 *	Driving licence      B
 *
 * The mother tongue and each row of levels are languages; the grid's
 * headings, its key of levels and the form's rows that name no skills
 * (communication, organisation, driving licence) are no skills.
 */
#ifndef DOSSIER_EPGRID_H
#define DOSSIER_EPGRID_H

#include <stddef.h>

#include "parse.h"

struct epgrid {
	int on;			/* inside the grid, past "Other language(s)" */
	char *cols;		/* the grid's column names, set apart by tabs */
	char *last_head;	/* its last heading ("WRITING"), no names under it */
	int dropping;		/* under a row of the form that names no skills */
};

/* Whether the grid takes line i (1) or leaves it to the skills
 * parser (0). */
size_t epgrid_take(struct ctx *, size_t i, struct epgrid *);
void epgrid_free(struct epgrid *);

/*
 * The same grid as raw pdftotext reads the Europass of 2020 on, one cell
 * a line:
 *
 *	Mother tongue(s): ITALIAN
 *	Other language(s):
 *	UNDERSTANDING
 *	SPEAKING
 *	WRITING
 *	Listening
 *	Reading
 *	Spoken production
 *	Spoken interaction
 *	ENGLISH
 *	C1
 *	C2 ...
 *
 * Each language's levels are named by the columns above them.  1 when
 * the section was such a grid and its languages were added.
 */
int epgrid_column(struct ctx *, const struct sect *);
/* "Mother tongue(s): ITALIAN", "Materinski jezik/jezici: HRVATSKI": the
 * language, the label its fluency; 1 when s was such a line. */
int epgrid_mother(struct ctx *, const char *s);
/* Whether every word of s is one of the grid's headings' ("SPEAKING",
 * "Spoken interaction", "Slušanje"). */
int epgrid_heads(const char *s);

#endif
