/*
 * educourse: a course among the schools.
 *
 * Under "Istruzione e formazione", "Education and training", "Ausbildung
 * und Weiterbildung" the schools share the section with the courses a
 * person took: "Corso "Tecnico della logistica" (120 ore) – Ente di
 * formazione Logistica Futura", dated by one year.  Such a line, opened
 * by a course's word and naming no degree and no school, is a
 * certificate: its name before the dash, its issuer after.
 */
#ifndef DOSSIER_EDUCOURSE_H
#define DOSSIER_EDUCOURSE_H

#include "parse.h"

/* Whether the head line s of an education entry is a course. */
int educourse_is(const char *s);
/* The course s, dated when, as a certificate of the profile. */
void educourse_add(struct ctx *, const char *s, struct ym when);

#endif
