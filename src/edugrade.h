/*
 * edugrade: the grade a line of education ends with ("GPA: 3.8/4.0",
 * "89%", "(First Class)", "— Second Class Upper Division"), taken off the
 * line into the entry's score.
 */
#ifndef DOSSIER_EDUGRADE_H
#define DOSSIER_EDUGRADE_H

#include "parse.h"

/* The line without the grade it ends with, the grade into e's score;
 * allocated. */
char *edugrade_tail(const char *h, struct education *e);
/* "A-Levels: English Language (B), Psychology (C)", "9 GCSEs A*-C
 * including English (A), Maths (B)": subjects each with its grade are the
 * exam's result, the score, not its field. */
void edugrade_subjects(struct education *e);
/* "(B)", "A*", "(B B)", "9": a school exam's grade ending a subject. */
int edugrade_token(const char *s, size_t n);

#endif
