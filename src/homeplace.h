/*
 * homeplace: the place a résumé's header says the person lives in, read
 * out of addresses, phrases and districts (the importer's basics).
 */
#ifndef DOSSIER_HOMEPLACE_H
#define DOSSIER_HOMEPLACE_H

#include "parse.h"

/* "123 Main St, Springfield, IL 62704", "Hauptstraße 1, 10115 Berlin",
 * "1012 AB Amsterdam", "London SW1A 1AA": the place of an address, street
 * and postal code aside.  Fills *loc (when not NULL) and returns 1. */
int homeplace_address(const struct ctx *, const char *s, struct location *loc);
/* "Ikeja, Lagos": a town the places do not know, then a city they do;
 * the town is the city, the other its region. */
int homeplace_town(const struct ctx *, const char *s, struct location *loc);
/* Any of the ways: a place, "Based in ...", "Remote (Lisbon)", a town in a
 * known city, an address with digits. */
int homeplace_find(const struct ctx *, const char *s, struct location *loc);
/* "Uberaba - MG", "Recife/PE": a Brazilian town and its state's code
 * after a dash or a slash; 1 when s is one, into *loc (may be NULL). */
int homeplace_uf(const char *s, struct location *loc);

/* "BURSA" is "Bursa": a town written in capitals in Title Case. */
void homeplace_case(struct location *loc);

#endif
