/*
 * term: the terminal under curses.  Starting and ending it, deciding between
 * UTF-8 and the ASCII fallback, reading one key as one int (a character, or a
 * function key lifted past Unicode), stepping aside for $EDITOR, and the
 * smallest size the browser draws in.
 */
#ifndef DOSSIER_UI_TERM_H
#define DOSSIER_UI_TERM_H

#include <stddef.h>

#define NCURSES_WIDECHAR 1
#include <curses.h>

#define TERM_MIN_COLS 48
#define TERM_MIN_LINES 12

/* A function key (KEY_DOWN, KEY_RESIZE, ...) as term_key returns it. */
#define KEYFN(k) (0x200000 | (k))
#define K_NONE (-1)	/* the wait ended with no key */
#define K_QUIT (-2)	/* SIGINT, SIGTERM or SIGHUP arrived */

/* 0, or -1 with why in err (an unknown TERM, say). */
int term_start(int ascii, int mouse, char *err, size_t errlen);
void term_end(void);
/* Whether to draw with ASCII only: asked for, or the locale is not UTF-8. */
int term_ascii(void);
int term_colors(void);
/* The next key; K_NONE after timeout_ms (-1: wait for ever). */
int term_key(int timeout_ms);
int term_too_small(void);
/* Hands the terminal back (to run an editor) and takes it again. */
void term_suspend(void);
void term_resume(void);

#endif
