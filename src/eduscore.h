/*
 * eduscore: what a grade looks like ("72%", "GPA: 3.8/4.0", "2:1",
 * "First-class honours", "Nota media: 7,8", "Aggregate 16", "6 credits").
 */
#ifndef DOSSIER_EDUSCORE_H
#define DOSSIER_EDUSCORE_H

/* Whether s is a grade, or holds one as a part set apart by a comma, a
 * bar or a dot; if so *score is a new string holding it. */
int eduscore_read(const char *s, char **score);
/* Whether s holds nothing but a grade's words and figures ("Second Class
 * Upper Division", "GPA 3.8/4.0"), not a school's name beside them. */
int eduscore_only(const char *s);
/* The first sep in s outside brackets, or NULL. */
const char *eduscore_outside(const char *s, const char *sep);

#endif
