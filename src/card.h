/*
 * card: a profile laid out as the lines of a card, each with a style, for
 * `dossier show` to print and the browser to draw (wrapping is the
 * caller's, to its width).  Computed figures (total experience, average
 * tenure, current role, gaps, the figure the text states) come first, then
 * the sections, roles grouped under their company, then tags and notes.
 */
#ifndef DOSSIER_CARD_H
#define DOSSIER_CARD_H

#include <stddef.h>

#include "profile.h"
#include "store.h"

enum card_style {
	CS_TEXT,
	CS_NAME,
	CS_HEADING,
	CS_SUBHEAD,
	CS_DIM,
	CS_FIGURE,
	CS_GAP,
	CS_TAG,
	CS_BULLET,
};

struct card_line {
	enum card_style style;
	int indent;		/* columns */
	char *text;
};

struct card {
	struct card_line *v;
	size_t n;
};

/* What people did to the candidate; all may be NULL/0. */
struct card_marks {
	const struct tag_mark *tags;
	size_t ntags;
	const struct note_mark *notes;
	size_t nnotes;
};

void card_build(struct card *, const struct profile *, const struct card_marks *);
void card_free(struct card *);
/* "Jun 2019", "2019", or "present" for NULL. */
void card_date(const char *iso, char *out, size_t size);

#endif
