/*
 * frame: the screen around the views.  A title line with the views as
 * tabs, the view, a status line (what the view says, the marks, the user)
 * and the bottom line for messages and prompts; or, below the smallest
 * size, only a sentence saying so.  Drawn into curses' copy of the screen,
 * then sent with one doupdate, which writes only the cells that changed.
 */
#ifndef DOSSIER_UI_FRAME_H
#define DOSSIER_UI_FRAME_H

#include "app.h"

void frame_draw(struct app *);
/* The view whose tab is at column x of the title line, or -1. */
int frame_tab_at(int x);

#endif
