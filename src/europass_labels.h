/*
 * europass_labels: the table of Europass form labels (europass_labels.c),
 * for europass.c.
 */
#ifndef DOSSIER_EUROPASS_LABELS_H
#define DOSSIER_EUROPASS_LABELS_H

enum ep_field {
	EP_PERSONAL, EP_WORK, EP_EDUCATION, EP_SKILLS,	/* the form's sections */
	EP_NAME, EP_ADDRESS, EP_PHONE, EP_EMAIL, EP_WEB, EP_DESIRED, EP_PROFILE,
	EP_DATES, EP_POSITION, EP_ACTIVITIES, EP_EMPLOYER, EP_IGNORE,
	EP_QUALIFICATION, EP_SUBJECTS, EP_ORGANISATION, EP_LEVEL,
	EP_MOTHER, EP_OTHERLANG,
	EP_OTHER,	/* a label of the skills section the form does not know */
	EP__COUNT
};

struct ep_row {
	enum ep_field field;
	const char *labels;	/* folded, separated by "|" */
};

extern const struct ep_row ep_rows[];

#endif
