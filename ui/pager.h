/*
 * pager: lines of styled text wrapped to a width and scrolled a line or a
 * page at a time, as less does.  The card and the help are pagers; they
 * wrap again when the width changes.
 */
#ifndef DOSSIER_UI_PAGER_H
#define DOSSIER_UI_PAGER_H

#include "../src/action.h"
#include "../src/buf.h"
#include "theme.h"

struct pline {
	enum el el;
	int indent;
	char *text;	/* clean: ready to draw */
};

struct pager {
	struct pline *v;
	size_t n;
	int top;
	int rows;	/* the height of the last draw */
	const struct strlist *words;	/* lit up where they appear; may be NULL */
};

/* Drops the lines, keeps the position. */
void pager_clear(struct pager *);
void pager_free(struct pager *);
/* Adds text wrapped to width: the first line at indent, the rest at
 * indent + hang. */
void pager_add(struct pager *, enum el, int indent, int hang, const char *text, int width);
void pager_draw(struct pager *, int y, int x, int h, int w);
/* Handles the moving actions; 1 if a was one of them. */
int pager_action(struct pager *, enum action a);
void pager_scroll(struct pager *, int lines);
/* Whether lines are hidden below. */
int pager_more(const struct pager *);

#endif
