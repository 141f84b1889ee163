/*
 * eduname: what comes off a school's name once it is read.
 */
#ifndef DOSSIER_EDUNAME_H
#define DOSSIER_EDUNAME_H

#include "parse.h"

/* The institution s, in place: no place after it ("Northwestern
 * University — Evanston, IL", "Central Texas College Killeen, TX United
 * States"), no faculty after the university, no name in another
 * language in brackets.  s may be NULL. */
void eduname_tidy(const struct ctx *c, char *s);

/* The field of study area, in place: without the faculty before it
 * ("Mühendislik Fakültesi, Tekstil Mühendisliği").  area may be NULL. */
void eduname_area(char *area);

#endif
