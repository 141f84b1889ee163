/*
 * formcells: the lines of a form printed with its columns kept
 * (pdftotext -layout), each cut into cells where two spaces or more, or a
 * tab, stand between words; each cell knows the column it starts at.
 *
 *	  Name of Employer     Danish Refugee Council (DRC)    Type of business
 *
 * is three cells, at columns 2, 23 and 55.  A form's reader finds its
 * labels among the cells and takes the values under or beside them by
 * their columns.
 */
#ifndef DOSSIER_FORMCELLS_H
#define DOSSIER_FORMCELLS_H

#include <stddef.h>

struct fcell {
	const char *s;		/* into the text read; not terminated */
	size_t n;
	int col;		/* in characters from the line's start */
};

struct frow {
	struct fcell *c;
	size_t n;
};

struct frows {
	struct frow *v;
	size_t n;
};

/* The lines of text (a form feed ends a line too) as rows of cells; the
 * cells point into text, which must outlive them. */
void formcells_read(const char *text, struct frows *);
void formcells_free(struct frows *);

/* Where label is in s[0..n), any case; NULL if nowhere. */
const char *formcells_find(const char *s, size_t n, const char *label);
/* The index of the first cell of r from cell k on holding label, -1 if
 * none. */
int formcells_cell(const struct frow *r, size_t k, const char *label);
/* Whether r has a cell holding label. */
int formcells_has(const struct frow *r, const char *label);
/* The cells r[from..to) joined by a space, in a new string. */
char *formcells_join(const struct frow *r, size_t from, size_t to);

#endif
