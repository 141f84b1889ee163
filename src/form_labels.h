/*
 * form_labels: the labels of applicant-tracking exports, application forms
 * and label-value CVs ("Job Title:", "Company Name", "Puesto", "Periodo",
 * "Funciones"), in the languages the importer knows headings for, and
 * the field of a record each one names.
 */
#ifndef DOSSIER_FORM_LABELS_H
#define DOSSIER_FORM_LABELS_H

enum form_field {
	F_NONE,
	/* the person */
	F_NAME, F_GIVEN, F_FAMILY, F_HEADLINE, F_EMAIL, F_PHONE, F_WEB,
	/* a record of any kind */
	F_PLACE, F_FROM, F_TO, F_FROMTO,
	/* work */
	F_TITLE, F_EMPLOYER, F_CURRENT, F_DESC,
	/* education */
	F_SCHOOL, F_DEGREE, F_FIELD,
	/* certificates */
	F_CERT, F_ISSUER,
	/* a label whose value says nothing here; one that stands alone */
	F_SKIP, F_MARK,
	/* "Role:": a title in a form found by its other labels, no label
	 * that makes a text a form (a project's "Role :" in a Naukri CV) */
	F_ROLE,
	/* "Project:", "Client:": a fact of the job, kept with its label as
	 * a line of the job's description */
	F_NOTE,
	F__COUNT
};

/* The field a folded label (fold_key) names, F_NONE if it is none. */
enum form_field form_label_find(const char *key);
/* Whether each label is in the table once, as the search needs. */
int form_labels_unique(void);

#endif
