/*
 * layout: clean text into the lines the section parsers read.
 *
 * Text from PDFs has pages (form feeds), page headers and footers ("Page 2
 * of 3", the name again on every page), words hyphenated across lines and,
 * with pdftotext -layout, two columns side by side on one line.  Text from
 * web pages and Markdown has markup.  layout_build undoes all that: pages
 * are joined, furniture dropped, columns read one after the other, markup
 * cleaned (see markup.h), and each line remembers what its looks said: a
 * bullet, a blank line before it, an underline, a Markdown heading level,
 * its indentation.
 */
#ifndef DOSSIER_LAYOUT_H
#define DOSSIER_LAYOUT_H

#include <stddef.h>

#include "buf.h"
#include "markup.h"

enum {
	/* MK_BULLET, MK_HEADING, MK_BOLD, MK_TABLE, MK_NUMBERED, MK_ICON from markup.h */
	LN_BLANK = 1 << 8,	/* a blank line, a rule or a page break came before */
	LN_UNDERLINED = 1 << 9,	/* a row of = or - was under it */
	LN_PAGE = 1 << 10,	/* the first line of a page after the first */
	LN_CELLS = 1 << 11,	/* holds cells that were apart by wide gaps */
	LN_GLUED = 1 << 12,	/* letter-spaced with no wider gap: words run together */
};

struct line {
	char *s;		/* the text, trimmed; owned */
	int indent;		/* columns of space before it */
	int level;		/* of a Markdown heading */
	unsigned flags;
};

struct layout {
	struct line *v;
	size_t n, cap;
	struct strlist urls;	/* link targets the markup held */
};

/* LAYOUT_ONECOLUMN: never read columns apart (a form's labels and values). */
#define LAYOUT_ONECOLUMN 1
void layout_build(const char *text, struct layout *, int flags);
void layout_free(struct layout *);
/* Appends a line (the text is copied). */
struct line *layout_add(struct layout *, const char *s, size_t len, int indent,
    unsigned flags);
/* Appends s[0..len) without the spaces and tabs at its ends, unless
 * nothing is left. */
void layout_add_trimmed(struct layout *, const char *s, size_t len, unsigned flags);

#endif
