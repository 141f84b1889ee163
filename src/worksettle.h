/*
 * worksettle: a work entry's header, once read, settled (for workhead.c).
 */
#ifndef DOSSIER_WORKSETTLE_H
#define DOSSIER_WORKSETTLE_H

#include "parse.h"
#include "workhead.h"

/* "Empresa" over "Deloitte México", "Puesto" over "Auditora Semisenior":
 * lab[1] and lab[2], what labels gave as employer and title, swap the
 * two when they were read the other way round. */
void worksettle_labels(struct workhead *h, const char *lab[3]);
/* "First Officer – Airbus A320" over "Aegean Airlines, Athens": the firm
 * read as a place's first part is the employer. */
void worksettle_place_firm(const struct ctx *, const struct strlist *head,
    const char *aside, struct workhead *h);
/* "Software Engineer Brightline Freight Inc.": a title then a firm with
 * nothing between, read as either, apart. */
void worksettle_title_firm(struct workhead *h);
/* "Emergency Department St. Brigid's Medical Center": the unit before the
 * employer's name goes to the title. */
void worksettle_unit(struct workhead *h);
/* "Himalayan Sunrise Bank Ltd., Head Office": the firm's office after
 * its name is no part of it. */
void worksettle_office(struct workhead *h);

#endif
