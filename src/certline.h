#ifndef DOSSIER_CERTLINE_H
#define DOSSIER_CERTLINE_H

#include "date.h"

/* Whether s says when a certificate or an award was issued ("Issued Jun
 * 2022", "Emitido em jun de 2022", "Issued by IEEE · 2019"): the date in
 * *when (y 0 when none), the issuer in *by (a new string, or NULL). */
int certline_issued(const char *s, struct ym *when, char **by);
/* Whether s is a line of the record with nothing to keep ("Credential ID
 * 8XK2", "Show credential", "Expires Jun 2025", "Associated with ..."). */
int certline_noise(const char *s);
/* "Date: Mar 2015", "Issue date: 2019-04": a labelled line of when it was
 * issued and nothing else; 1 and when set, or 0. */
int certline_dated(const char *s, struct ym *when);
/* "IOSH Managing Safely (Certificate)", "Gas Tester (Training)": the name
 * without the kind of record a job board writes after it in brackets,
 * newly allocated; NULL when s ends in no such bracket. */
char *certline_kind_off(const char *s);
/* "Basic Life Support (BLS), ... – exp. 03/2026", "(valid until 2027)":
 * whether the date at s[at] is when the record runs out, not when it was
 * issued. */
int certline_expiry(const char *s, size_t at);

/* Whether s names a certificate or a licence ("Certified ...", "...
 * Certification", "Zertifizierter ...", "Teacher Registration"). */
int certline_named(const char *s);
#endif
