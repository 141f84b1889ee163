/*
 * yearnote: years inside the sentences of an entry's body.
 *
 * "Coordinated the redeployment from Kuwait (2014).", "... went live in
 * 2018", "Deployed to Iraq 2007–2008 as warehouse NCO": such years date an
 * event of the job the line belongs to, not an entry of their own, whether
 * the line kept its bullet or lost it to the PDF.
 */
#ifndef DOSSIER_YEARNOTE_H
#define DOSSIER_YEARNOTE_H

#include "dateparse.h"

/* Whether the dates r found in the line s (a bullet or not) note an event
 * in a sentence rather than date an entry. */
int yearnote_event(const char *s, const struct daterange *r, int bullet);

/* "Teacher of Mathematics (NQT 2016–17)" and "Completed NQT induction
 * with all Teachers' Standards met (July 2017)" under a job dated
 * September 2016 – August 2018: dates in brackets ending the line, after
 * a word inside them or after a sentence, within the range above (the
 * last dated line's), note the job, they date no entry. */
int yearnote_within(const char *s, const struct daterange *r,
    const struct daterange *above);

#endif
