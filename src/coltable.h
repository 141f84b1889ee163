/*
 * coltable: a table set out in columns by spaces, as pdftotext -layout
 * writes it, whose cells wrap onto the lines under their row:
 *
 *	Exam Title          Concentration/     Institute              Result
 *	                    Major/Group
 *	Master of Business  Finance            University of Dhaka    CGPA:3.52 out of
 *	Administration                                                4
 *	(MBA)
 *
 * Read line by line, the wrapped parts of a cell are strays with no row.
 * Where the first row names its columns (two names or more that tables
 * of schools, courses, jobs or languages use), each line under it whose
 * cells start where the columns do is either a row (most of its columns
 * filled) or the rest of the row above; coltable_join writes each row
 * again on one line, "Master of Business Administration (MBA)   Finance
 * ...", a column left empty as "-", so that the cells keep their order.
 */
#ifndef DOSSIER_COLTABLE_H
#define DOSSIER_COLTABLE_H

/* A copy of text with such tables' rows joined, or NULL when it has no
 * row to join. */
char *coltable_join(const char *text);

int coltable_tables_sorted(void);

#endif
