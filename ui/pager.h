/*
 * pager: lines of styled text wrapped to a width and scrolled a line or a
 * page at a time, as less does.  The card and the help are pagers; they
 * wrap again when the width changes.  A page may have a head: rows above
 * its first line that someone else draws (the frame's title and status
 * lines over the card), which scroll away with it.
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
	int top;	/* the first row shown, counting the head's */
	int rows;	/* the height of the last draw */
	int head;	/* rows of someone else's at the top of the page */
	const struct strlist *words;	/* lit up where they appear; may be NULL */
};

/* Drops the lines, keeps the position. */
void pager_clear(struct pager *);
void pager_free(struct pager *);
/* Adds text wrapped to width: the first line at indent, the rest at
 * indent + hang. */
void pager_add(struct pager *, enum el, int indent, int hang, const char *text, int width);
/* Draws h rows from y, leaving alone the rows of the head still showing. */
void pager_draw(struct pager *, int y, int x, int h, int w);
/* How many rows of the head the last draw left showing (at y, y + 1...). */
int pager_head_shown(const struct pager *);
/* Handles the moving actions; 1 if a was one of them. */
int pager_action(struct pager *, enum action a);
void pager_scroll(struct pager *, int lines);
/* Whether lines are hidden below. */
int pager_more(const struct pager *);

#endif
