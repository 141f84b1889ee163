/*
 * fedjob: the jobs of a résumé built on USAJOBS (and forms like it): the
 * title on a line of its own, then labelled lines under it, the
 * employer's among them, its address, and the dates:
 *
 *	Management and Program Analyst
 *	Agency name: U.S. Department of Housing and Urban Development
 *	451 7th Street SW
 *	Washington, DC 20410 United States
 *	Dates: 10/2019 - Present
 *	Hours per week: 40
 *
 * The title's line is written again as "Title | Employer | Town, ST |
 * dates" and the lines it took are blanked; the facts after it (hours,
 * series and grade, salary, supervisor) are left to the entry parser.
 */
#ifndef DOSSIER_FEDJOB_H
#define DOSSIER_FEDJOB_H

#include "parse.h"

/* Whether the text is the builder's: a job's "Duties, Accomplishments
 * and Related Skills:" or "Hours per week:" line; its labels are then
 * no form's to read. */
int fedjob_signs(const struct layout *);

/* Such jobs in the section written again in place; 0 when it holds none. */
int fedjob_rewrite(struct ctx *, const struct sect *);

#endif
