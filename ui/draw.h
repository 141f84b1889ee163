/*
 * draw: the one way text reaches the screen.  Every string is cleaned first
 * (no control, escape or bidirectional characters, whatever the database
 * holds), transliterated to ASCII when the terminal cannot show UTF-8, and
 * fitted to a width in columns, cut with an ellipsis.
 */
#ifndef DOSSIER_UI_DRAW_H
#define DOSSIER_UI_DRAW_H

#include <stddef.h>

#include "../src/buf.h"
#include "term.h"

enum glyph {
	G_HLINE,	/* the timeline axis */
	G_TICK,		/* a year on the axis */
	G_VLINE,	/* the present */
	G_GAP,		/* fills a gap in a career */
	G_ONGOING,	/* the end of a role that goes on */
	G_ELLIPSIS,
	G_SEP,		/* between parts of a line */
	G_UP,		/* sort ascending */
	G_DOWN,
	G_MORE,		/* more below */
	G_CURSOR,	/* the selected row */
	G__COUNT
};

void draw_init(int ascii);
const char *glyph(enum glyph);

/* s made safe and, in ASCII mode, ASCII (appended to out). */
void draw_clean(struct buf *out, const char *s);
/* Columns the cleaned s takes. */
int draw_width(const char *s);
/* Bytes of the longest prefix of clean text s that fits in w columns. */
size_t draw_cut(const char *s, int w);
/* s cleaned and fitted to w columns (cut with an ellipsis; padded with
 * spaces when pad); returns the columns it takes. */
int draw_fit(struct buf *out, const char *s, int w, int pad);

/* Draws s at y, x in at most w columns; returns the columns drawn. */
int draw_text(int y, int x, int w, const char *s, attr_t);
/* The same, padded with spaces to exactly w. */
void draw_field(int y, int x, int w, const char *s, attr_t);
/* The same, with the bytes matching any of words in hl. */
int draw_text_hl(int y, int x, int w, const char *s, attr_t, attr_t hl,
    const struct strlist *words);
void draw_fill(int y, int x, int w, attr_t);
void draw_repeat(int y, int x, int w, const char *glyph, attr_t);

#endif
