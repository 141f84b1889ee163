/*
 * p11form: the United Nations Personal History form (P.11), as
 * pdftotext -layout gives it: numbered boxes whose labels stand beside or
 * over their values, in columns ("1. Family name   First name   Middle
 * name" over "KUOL   Mary   Achol"), a grid of languages, tables of
 * schools and a block of boxes for each post held.
 *
 * No reader of lines gets such a form right, its columns being fields;
 * p11form_text reads it by its columns and writes the résumé it holds
 * as the labelled lines of an ordinary form: the name, "Address:",
 * "Phone:", then "EMPLOYMENT RECORD" with "Position:", "Employer:",
 * "Location:", "Period:" and "Duties:" a post, "EDUCATION",
 * "LANGUAGES", and the form's answers on societies, publications and
 * other facts under headings of their own.  Its questions (height,
 * dependants, references, the declaration) are left out.
 */
#ifndef DOSSIER_P11FORM_H
#define DOSSIER_P11FORM_H

#include "lexicon.h"

/* The form's résumé as text to import, in a new string; NULL when s is
 * no such form. */
char *p11form_text(const struct lexicon *, const char *s);

#endif
