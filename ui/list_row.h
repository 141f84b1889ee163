/*
 * list_row: one candidate of the list drawn as a row of columns fitted to
 * the width (name, headline, current company, location, years, tags, with
 * marks for "marked" and "not yet seen by me"), or as the dense layout of
 * three lines.
 */
#ifndef DOSSIER_UI_LIST_ROW_H
#define DOSSIER_UI_LIST_ROW_H

#include "../src/buf.h"
#include "../src/query.h"

#define ROW_DENSE_LINES 3

struct row_style {
	int selected;
	int marked;
	const struct strlist *words;	/* lit up; may be empty */
	int plain;	/* list.plain: the arrow, "N" and the name without colours */
};

void row_draw(const struct row *, const struct row_style *, int y, int x, int w);
void row_draw_dense(const struct row *, const struct row_style *, int y, int x, int w);
/* The column names; an arrow beside the sorted column (or NULL). */
void row_header(int y, int x, int w, const char *name_arrow, const char *years_arrow);

#endif
