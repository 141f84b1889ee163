/*
 * eduzip: "Educational institutions attended with dates" and, apart,
 * "Academic and professional qualifications with dates", as Nigerian
 * CVs set them: a school read with its dates and no degree takes the
 * qualification dated the year it ended that names a degree ("B.Sc.
 * Accounting (Second Class Upper Division)", 2011), which is then no
 * certificate.
 */
#ifndef DOSSIER_EDUZIP_H
#define DOSSIER_EDUZIP_H

#include "parse.h"

void eduzip_apply(struct profile *);

#endif
