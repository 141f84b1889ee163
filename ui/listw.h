/*
 * listw: the one list widget.  A cursor over n items, scrolled so that the
 * cursor stays on screen, the items drawn one at a time by the owner's
 * callbacks (as tmux's mode-tree): the candidate list, the compare view and
 * the saved-views menu are each a table of functions over it.  Before
 * drawing it tells the owner which items are about to be shown, so an owner
 * over 100,000 rows fetches only those.
 */
#ifndef DOSSIER_UI_LISTW_H
#define DOSSIER_UI_LISTW_H

#include "../src/action.h"

struct listw_ops {
	long long (*count)(void *ctx);
	/* items first..first+n-1 are about to be drawn; may be NULL */
	void (*window)(void *ctx, long long first, long long n);
	void (*draw)(void *ctx, long long i, int y, int x, int w, int selected);
	/* lines item i takes; NULL: every item takes listw.lines */
	int (*height)(void *ctx, long long i);
};

struct listw {
	const struct listw_ops *ops;
	void *ctx;
	long long cur, top;
	int lines;	/* of an item, when ops->height is NULL */
	int rows;	/* the height of the last draw */
	long long shown_top, shown_cur;	/* on the terminal after frame */
	int shown_y;
	unsigned shown_frame;
};

void listw_init(struct listw *, const struct listw_ops *, void *ctx, int lines);
void listw_draw(struct listw *, int y, int x, int h, int w);
/* The items changed (another query, order, layout): what the terminal
 * shows of them is no guide to the next draw. */
void listw_forget(struct listw *);
/* Handles the moving actions; 1 if a was one of them. */
int listw_action(struct listw *, enum action a);
void listw_set(struct listw *, long long i);
/* The item at a row (from the top of the last draw), or -1. */
long long listw_at(const struct listw *, int row);
/* Scrolls the view by lines items (the wheel), keeping the cursor on it. */
void listw_scroll(struct listw *, int lines);
/* Brings cur and top back within the items there are now. */
void listw_clamp(struct listw *);

#endif
