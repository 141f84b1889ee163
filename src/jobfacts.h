/*
 * jobfacts: the facts a job board files under each job and about the
 * seeker, a label alone on its line over its value ("Industry" over
 * "Transportation / Logistics", "Position Level" over "Senior
 * Executive", "Expected Salary" over "SGD 8,000").  They are the site's
 * classification, no duty, skill or title of the person's; jobfacts_drop
 * takes a run of two such pairs or more out.
 */
#ifndef DOSSIER_JOBFACTS_H
#define DOSSIER_JOBFACTS_H

#include "layout.h"

void jobfacts_drop(struct layout *);
/* hh.ru's filing of a firm under its name ("Перевозки, логистика" over
 * "• Авиаперевозки", before the title) goes, and so does the firm's site
 * after its town ("Алматы, airastana.com"). */
void jobfacts_industry_drop(struct layout *);
/* Whether the word tables are sorted (unit tests). */
int jobfacts_tables_sorted(void);

#endif
