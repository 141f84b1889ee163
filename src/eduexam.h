/*
 * eduexam: the subjects of a school-leaving exam, listed under a label
 * with their grades, as West African, Caribbean and British CVs list
 * them:
 *
 *	CXC CSEC (2012):
 *	English A – Grade I                 Principles of Accounts – Grade I
 *	Mathematics – Grade II              Principles of Business – Grade I
 *
 *	WASSCE Results (May/June 2006):
 *	English Language<TAB>C5
 *
 * Read as entries, each subject became a school.  The list is the exam's
 * courses: of the exam the section names already ("... (WASSCE)"), else
 * of a new entry at the school named above the label, which takes the
 * place of that school's entry when it names no degree.
 */
#ifndef DOSSIER_EDUEXAM_H
#define DOSSIER_EDUEXAM_H

#include "parse.h"

struct eduexam {
	char *name;		/* "CXC CSEC", "WASSCE" */
	char *above;		/* the line above the label: its school's */
	struct daterange when;
	int dated;
	struct strlist courses;
};

struct eduexams {
	struct eduexam *v;
	size_t n;
};

/* Takes the lists out of the section's lines into out. */
void eduexam_cut(struct ctx *, const struct sect *, struct eduexams *out);
/* Gives the lists to the schools from index first on, and frees them. */
void eduexam_store(struct ctx *, struct eduexams *, size_t first);

#endif
