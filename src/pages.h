/*
 * pages: the text of a PDF as pages of raw lines, before any cleaning.
 *
 * pdftotext ends each page with a form feed (furniture.h drops what the
 * pages repeat at their edges).  With -layout, a résumé set in two columns
 * comes out with both columns side by side on each line; pages_columns
 * finds the gutter between them and reads the left column, then the right,
 * so that each keeps its own order.
 */
#ifndef DOSSIER_PAGES_H
#define DOSSIER_PAGES_H

#include <stddef.h>

struct rawline {
	char *s;		/* owned; tabs expanded, no trailing space */
	int page;
};

struct rawlines {
	struct rawline *v;
	size_t n, cap;
};

void pages_add(struct rawlines *, char *s, int page);
void pages_truncate(struct rawlines *, size_t n);
void pages_free(struct rawlines *);
void pages_columns(struct rawlines *);
/* Whether a line of [from, to) heads a table of schools ("Qualification
 * Board/University  Institute  Year of Passing"), whose columns are no
 * page's nor a web page's wrapped cells. */
int pages_table_head(const struct rawlines *R, size_t from, size_t to);

#endif
