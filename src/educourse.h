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

/* "06/2021 Lean Six Sigma Green Belt" over "Comau Academy, Grugliasco
 * (Italia)": an entry among the schools with one date, whose name (its
 * bracket's wrapped lines joined) says a certificate or a course and no
 * degree or school, over the body that gave it; added as a certificate,
 * 1, or 0 when en is no such entry. */
int educourse_certificate(struct ctx *, const struct entry *en);
/* Whether s names a certificate by its words ("Certified SolidWorks
 * Professional", "Lean Six Sigma Green Belt"), or is a course. */
int educourse_worded(const char *s);
/* A certificate, its issuer without the town after it. */
void educourse_give(struct ctx *, const char *name, const char *by, struct ym when);

#endif
