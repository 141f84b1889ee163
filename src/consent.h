/*
 * consent: the clauses a CV closes with in many countries — consent to the
 * processing of personal data ("Wyrażam zgodę na przetwarzanie moich
 * danych osobowych ...", "Autorizzo il trattamento dei miei dati personali
 * ai sensi del GDPR"), or a declaration that all of it is true ("I hereby
 * declare that ...").  They are no part of the section they follow.
 */
#ifndef DOSSIER_CONSENT_H
#define DOSSIER_CONSENT_H

#include "layout.h"

/* Whether the line opens such a clause, or speaks of the law on personal
 * data anywhere in it. */
int consent_line(const char *s);
/* Whether s begins with the words that open such a clause ("Autorizzo il
 * trattamento ..."). */
int consent_opens(const char *s);
/* Blanks each clause: the line that opens it and the rest of its
 * paragraph. */
void consent_drop(struct layout *);

#endif
