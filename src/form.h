/*
 * form: résumés exported from applicant tracking systems and job portals.
 *
 * An ATS export or an application form gives every value under a label:
 * "Employer: Acme" and "Job Title: Engineer" on one line, or "Job Title *"
 * on a line and the value on the next (Workday and the like).  Its records
 * follow one another with no header lines the entry parser could anchor on,
 * and the person's details may come last.  When a text holds enough of
 * these labels, form_rewrite replaces its lines with what the ordinary
 * parsers read: the person first, then each record as a header line, its
 * dates and its description, under the heading of its section.  Lines that
 * are no label and no value stay as they were, in place.
 */
#ifndef DOSSIER_FORM_H
#define DOSSIER_FORM_H

#include "layout.h"

/* 1 when the layout was a labelled form and has been rewritten. */
int form_rewrite(struct layout *);

#endif
