/*
 * europass_labels: the table of Europass form labels and the matching of a
 * line against it (europass_labels.c), for europass.c.
 */
#ifndef DOSSIER_EUROPASS_LABELS_H
#define DOSSIER_EUROPASS_LABELS_H

#include "layout.h"
#include "lexicon.h"

enum ep_field {
	EP_PERSONAL, EP_WORK, EP_EDUCATION, EP_SKILLS,	/* the form's sections */
	EP_NAME, EP_ADDRESS, EP_PHONE, EP_EMAIL, EP_WEB, EP_DESIRED, EP_PROFILE,
	EP_DATES, EP_POSITION, EP_ACTIVITIES, EP_EMPLOYER, EP_IGNORE,
	EP_QUALIFICATION, EP_SUBJECTS, EP_ORGANISATION, EP_LEVEL,
	EP_MOTHER, EP_OTHERLANG,
	EP_LANGRATE,	/* the 2004 form's "Reading skills" under a language */
	EP_OTHER,	/* a label of the skills section the form does not know */
	EP__COUNT
};

struct ep_row {
	enum ep_field field;
	const char *labels;	/* folded, separated by "|" */
};

extern const struct ep_row ep_rows[];

enum match { M_NONE, M_START, M_CONT };

/* One line, classed: the label it starts or continues, and its value. */
struct ep_line {
	enum ep_field field;
	enum match m;
	char *label;		/* the label as written, for EP_OTHER */
	char *value;
	int bullet, block;
};

/* Classes line l: a label it starts or continues, and its value; section:
 * the part of the form the line is in (only the skills part takes labels
 * the form does not know). */
/* A value's text, trimmed, a leading bullet off (said in *bullet). */
char *europass_value(const char *s, int *bullet);
void europass_classify(const struct lexicon *, const struct line *l, enum ep_field section,
    struct ep_line *);

/* "Nome e indirizzo del datore di<TAB>..." over "lavoro<TAB>...": the
 * second line's cell ends the label the first began, though it could
 * begin one too ("Lavoro o posizione ricoperti"). */
int europass_label_ends(const char *prev, const char *s);
/* "Umiejętności i kompetencje" over "techniczne": the end of a label the
 * form does not know, alone on the next line and in lower case, joins the
 * label on the line before (1) rather than its value. */
int europass_wrapped_label(struct ep_line *prev, struct ep_line *e, const char *s);

/* Whether the lines bear two or more of the form's signs: cheap, before
 * any label is matched. */
int europass_labels_seen(const struct layout *L);

#endif
