/*
 * eventlog: a history written as dated events, one a line, as Japanese
 * résumés (rirekisho) set it out, in English too:
 *
 *	Apr 2012 Entered Waseda University, School of Commerce
 *	Mar 2016 Graduated from Waseda University, School of Commerce
 *	Apr 2016 Joined Hoshino Trading Co., Ltd.
 *	Apr 2016 Assigned to Overseas Sales Division as Sales Assistant
 *	Mar 2019 Left the company (career change)
 *	Currently employed
 *	End
 *
 * Each entering or joining opens an entry, each graduating or leaving
 * closes it; the lines are written again in the shape the rest of the
 * importer reads ("Sales Assistant | Hoshino Trading Co., Ltd. | Apr 2016
 * – Mar 2019"), the bullets under them left where they are.
 *
 * rirekisho.c reads the same kind of history when it is the form's own
 * table, dated by figures in columns ("2013   4   Joined ..."), over the
 * whole text and with no bullets; this reads it inside the work and
 * education sections, dated by month names, with bullets under the jobs.
 * The two should become one reader.
 */
#ifndef DOSSIER_EVENTLOG_H
#define DOSSIER_EVENTLOG_H

#include "parse.h"

/* Such a history in the section (schools when school is set, else jobs)
 * written again in place; 0 when the section holds none. */
int eventlog_rewrite(struct ctx *, const struct sect *, int school);

#endif
