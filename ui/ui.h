/*
 * ui: the terminal browser.  This header is all src/ sees of it, so it
 * names no curses type.
 */
#ifndef DOSSIER_UI_H
#define DOSSIER_UI_H

struct cli;

/* Runs the browser on the terminal; returns the exit code. */
int ui_main(struct cli *, const char *query);

#endif
