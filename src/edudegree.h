#ifndef DOSSIER_EDUDEGREE_H
#define DOSSIER_EDUDEGREE_H

#include "profile.h"

/* "Diploma with honours", "Diploma cum laude": the kind of diploma a
 * grade made it, no degree of its own. */
int edudegree_honours(const char *s);
/* The degree s into e's study type and area, and a grade at its end
 * into e's score when e has none. */
void edudegree_split(const char *s, struct education *e);
/* The length of a labelled value up to the next label on its line:
 * "Economics" of "Economics Minor: Mathematics Honors: cum laude". */
size_t edudegree_value_len(const char *v);

#endif
