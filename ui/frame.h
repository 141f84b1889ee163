/*
 * frame: the screen around the views.  A title line with the views as
 * tabs, a status line (what the view says, the marks, the user; and
 * messages), then the view down to the last line, which a prompt borrows
 * while it is open.  With nothing fixed below the view, a one-line scroll
 * is a delete-line at its top for the terminal, not a scroll region set up
 * and torn down.  A view read as a page (the card) takes the title and
 * status lines as its head: they scroll away with it, the terminal scrolls
 * all of it with a newline, and a message borrows the last line meanwhile.
 * ui.status: bottom puts the status line and a message line below the
 * view instead.  Below the smallest size, only a sentence saying
 * so.  Drawn into curses' copy of the screen, then sent with one doupdate,
 * which writes only the cells that changed.
 */
#ifndef DOSSIER_UI_FRAME_H
#define DOSSIER_UI_FRAME_H

#include "app.h"

void frame_draw(struct app *);
/* 1: the status line is under the title (ui.status: top). */
int frame_on_top(const struct app *);
/* The first line and the height of the view. */
void frame_view(const struct app *, int *y, int *h);
/* Counts the frames drawn: a view drawn in the frame before is still on the
 * terminal. */
unsigned frame_serial(void);
/* The view whose tab is at row y, column x (on the title line), or -1. */
int frame_tab_at(int y, int x);

#endif
