/*
 * certtable: courses and certificates set out as a table whose first row
 * names its columns, as Bangladeshi and Indian job boards print them:
 *
 *	Training Title | Topic | Institute | Country | Location | Year | Duration
 *	Foundation Training Course | General Banking | Meghna Bank Institute | ...
 *
 * Each row under the header is a certificate: its name from the title's
 * column, its issuer from the institute's, its date from the year's (or,
 * with "From" and "To", when it ended); the topic, place and length are
 * kept nowhere.  The rows read are blanked.
 */
#ifndef DOSSIER_CERTTABLE_H
#define DOSSIER_CERTTABLE_H

#include "parse.h"

/* Reads such a table at the head of the section; whether it did. */
int certtable_read(struct ctx *, const struct sect *);

#endif
