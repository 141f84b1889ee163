/*
 * pagecell: what the text on one side of a gutter holds, line by line.
 *
 * A page whose lines show a gutter may hold two columns of text, or one
 * column with dates, places or labels set beside it: "Apr. 2017 – Sep.",
 * "seit 03/2019", "Anschrift", "Nationality:" to the left of their
 * entries and values; "04/2019 - Present", "San Francisco, CA" flush right.
 * pages.c counts these cells to tell the one from the other.
 */
#ifndef DOSSIER_PAGECELL_H
#define DOSSIER_PAGECELL_H

enum pagecell {
	PC_NONE,
	PC_DATES,		/* dates, an open end, a duration, a place and date signed */
	PC_FORM,		/* a label of a form's personal data */
	PC_LABEL		/* a label of a few words in letters */
};

/* What a cell left of a gutter is. */
enum pagecell pagecell_left(const char *s);
/* Whether a cell right of a gutter is dates, figures, a short word or a
 * place. */
int pagecell_right(const char *s);

#endif
