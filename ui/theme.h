/*
 * theme: the config's colours as curses attributes.  Without colours
 * (NO_COLOR, a vt100) every element falls back to its attributes alone, so
 * the cursor, the bars and the status line stay visible.
 */
#ifndef DOSSIER_UI_THEME_H
#define DOSSIER_UI_THEME_H

#include "../src/config.h"
#include "term.h"

/* The elements of src/color.c, by name: theme_init looks each up. */
enum el {
	EL_DEFAULT,
	EL_TITLE,
	EL_STATUS,
	EL_HEADER,
	EL_CURSOR,
	EL_CURSOR_ROW,
	EL_NAME,
	EL_DIM,
	EL_UNSEEN,
	EL_MARK,
	EL_TAG,
	EL_MATCH,
	EL_BAR,
	EL_BAR_ALT,
	EL_BAR_EDU,
	EL_GAP,
	EL_PRESENT,
	EL_AXIS,
	EL_ERROR,
	EL_PROMPT,
	EL_FIGURE,
	EL_COMPANY,
	EL__COUNT
};

void theme_init(const struct config *, int colors);
void theme_free(void);
attr_t theme(enum el);
/* a as it looks on the selected row: cursor-row's attributes added, its
 * colours (if it has any) instead of a's. */
attr_t theme_cursor(attr_t a);
/* a if a blank drawn in a looks as one drawn in base (no reverse or
 * underline, the same background), else base.  A blank between two bold
 * cells then costs no attribute change on the way to the terminal. */
attr_t theme_blank(attr_t a, attr_t base);
/* The colour of config->tags[i]. */
attr_t theme_tag(size_t i);
/* The attribute of a tag by name (EL_TAG's if it is not configured). */
attr_t theme_tag_named(const char *name);

#endif
