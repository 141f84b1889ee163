/*
 * topcontact: a line at the top of a résumé read as contact details (for
 * parse_basics.c).
 */
#ifndef DOSSIER_TOPCONTACT_H
#define DOSSIER_TOPCONTACT_H

#include "parse.h"

/* "Wohnort: München", "Location: Leeds, UK": the value after a label,
 * else s. */
const char *topcontact_value(const char *s);
/* Reads the line's e-mail, phones, links, place and a headline among
 * them into the profile; whether it held a contact detail. */
int topcontact_line(struct ctx *, const char *s);

#endif
