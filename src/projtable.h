/*
 * projtable: projects set as a table whose first row names its columns,
 * as Gulf and Indian résumés list the projects under a job:
 *
 *	Sl. No.  Project Name           Client          Consultant     Period
 *	1        G+12 Tower, Al Barsha  Noor Holdings   Design Axis    09/2021 – 11/2023
 *
 * Each row is a project: its name, the client (or employer) as its
 * entity, the period as its dates; what other columns say ("Consultant:
 * Design Axis") is its description.  The serial number goes, and so does
 * a label just over the header ("Projects Handled:").  Under a job, the
 * table is read out of the work section and the job's body goes on.
 */
#ifndef DOSSIER_PROJTABLE_H
#define DOSSIER_PROJTABLE_H

#include "parse.h"

/* The rows of such tables in the section, read into the profile's
 * projects; the lines they took are blanked.  0 when there is none. */
int projtable_read(struct ctx *, const struct sect *);
/* Whether the next line after L's line i that is not blank is such a
 * table's header. */
int projtable_below(const struct layout *L, size_t i);

#endif
