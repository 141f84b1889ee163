/*
 * edutable: education set as a table whose first row names its columns,
 * as Indian résumés have it:
 *
 *	Qualification  Board/University  Institute          Year  % / CGPA
 *	B.Tech (Civil) BPUT, Odisha      Mahanadi College   2016  7.82 CGPA
 *	12th (Science) CHSE, Odisha      Sri Aurobindo J.C. 2012  71.50%
 *
 * Each row under the header is a school: the degree from its column, the
 * institute (else the board or university), the year and the grade.
 */
#ifndef DOSSIER_EDUTABLE_H
#define DOSSIER_EDUTABLE_H

#include "parse.h"
#include "stacktable.h"

/* The rows of such a table in the section, read into the profile's
 * education; the lines they took are blanked.  0 when there is none. */
int edutable_read(struct ctx *, const struct sect *);
/* Whether s is such a table's header row ("Qualification<TAB>Board<TAB>..."). */
int edutable_header(const char *s);
/* Whether s[0, n) names a column of such a table ("Qualification",
 * "Year of Passing"): a cheap look before a row is split into cells. */
int edutable_column(const char *s, size_t n);
/* What a column named s holds, for a table given one cell a line. */
enum stk edutable_kind(const char *s);

#endif
