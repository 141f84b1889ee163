/*
 * rowwrap: lines a page's or a column's width cut, told as the rest of
 * the row above them rather than rows of their own: a bullet's sentence
 * going on in small letters, under its glyph or past a page's foot; a
 * bracket closed on the next line; a list of tools or of years wrapped
 * before its last item; a dated header wrapped after a joining word.
 */
#ifndef DOSSIER_ROWWRAP_H
#define DOSSIER_ROWWRAP_H

#include "lineclass.h"

struct line;

/* Before the line l is classed: whether it goes on the row prev (a
 * bullet's, a list's), the line before it at prev_indent; merged: lines
 * of dates l opens that are read as one. */
int rowwrap_onto(const struct row *prev, const struct line *l, int prev_indent, size_t merged);
/* "... student nurses from the Barbados" up to the margin over
 * "Community College" over the next bullet: a bullet's last words alone
 * on a line, between two bullets; whether l is so. */
int rowwrap_tail(const struct row *prev, const struct line *l, const struct line *next);
/* Once classed as r: whether the line l goes on the row prev before it;
 * ROWWRAP_DATES when prev takes r's words and dates, not l as written. */
#define ROWWRAP_DATES 2
int rowwrap_continues(const struct row *prev, const struct row *r, const struct line *l,
    int prev_indent);

#endif
