/*
 * stacktable: a table that raw pdftotext gave one cell a line, its
 * header's names first, then each row's cells, a cell wrapped over as
 * many lines as its column was narrow:
 *
 *	Period
 *	Employer
 *	Position
 *	Duties
 *	Jan 2014 – Dec
 *	2018
 *	Jan Möhr Secondary
 *	School, Windhoek
 *	Mathematics
 *	Teacher
 *	• Teaching Mathematics to Grade 8 –
 *	10 learners.
 *
 * The header is rewritten as one line of cells set apart by tabs, and so
 * is each row, its wrapped lines joined; a row's bullets stay the lines
 * under it.  The readers of tab tables (worktable, edutable) then read
 * it.  Where a row has more lines than text columns, the lines are cut
 * where no line goes on with the one before ("School" under "Oshakati
 * Secondary", "(Honours)" under "Bachelor of Education") and where each
 * cell reads most like its column (a firm, a job, a degree).
 */
#ifndef DOSSIER_STACKTABLE_H
#define DOSSIER_STACKTABLE_H

#include "parse.h"

/* What a column holds. */
enum stk {
	STK_NONE,	/* not a column's name */
	STK_DATES,	/* the dates: the row's first cell or its last */
	STK_ORG,	/* a firm or a school */
	STK_TITLE,	/* a job */
	STK_DEGREE,	/* a degree */
	STK_LIST,	/* duties, as bullets: the last column */
	STK_OTHER	/* a place, a grade */
};

/* Rewrites such a table opening the section, kind naming each column;
 * the count of rows, 0 when there is none. */
size_t stacktable_rewrite(struct ctx *, const struct sect *, enum stk (*kind)(const char *));

#endif
