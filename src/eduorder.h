/*
 * eduorder: which of a school's two lines is the school, when no word of
 * them tells ("VWO-deelcertificaten Engels" over "Avond-VWO Nickerie"):
 * the order the section's earlier entries showed (for parse_edu.c).
 */
#ifndef DOSSIER_EDUORDER_H
#define DOSSIER_EDUORDER_H

#include "parse.h"

/* After e was read from en: *order learns from an entry whose words told
 * its lines apart (1: the degree over the school, -1: under it); a guess
 * on an entry whose words did not, against that order, is turned the
 * other way. */
void eduorder_follow(const struct ctx *, const struct entry *en, struct education *e,
    int *order);

#endif
