/*
 * europass_emit: the records europass.c gathers from the form, and the
 * writers that turn each into ordinary résumé lines.  Private to europass.
 */
#ifndef DOSSIER_EUROPASS_EMIT_H
#define DOSSIER_EUROPASS_EMIT_H

#include "europass_labels.h"
#include "layout.h"
#include "lexicon.h"
#include "buf.h"

struct ep_rec {
	struct strlist v[EP__COUNT];
	char *other;		/* the label of an EP_OTHER value */
};

struct ep {
	const struct lexicon *lx;
	struct layout top, body;
	enum ep_field section;
	struct ep_rec rec, person;
	enum ep_field queue[256];
	size_t nqueue;
	int said[EP__COUNT];	/* headings already written */
};

/* A line added to a layout as it is. */
void europass_emit_line(struct layout *, const char *, unsigned flags);
/* The items of a list as one line, joined by sep. */
void europass_emit_joined(struct layout *, const struct strlist *, const char *sep,
    unsigned flags);
void europass_emit_work(struct ep *, struct ep_rec *);
void europass_emit_education(struct ep *, struct ep_rec *);
void europass_emit_skills(struct ep *, struct ep_rec *);

#endif
