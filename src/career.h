/*
 * career: the figures a hiring manager reads off a profile at a glance:
 * total experience as the union of role intervals (overlaps counted once),
 * average tenure per employer, the current role, and gaps between roles.
 *
 * "Present" means the profile's as-of date.  Intervals are half-open in
 * months (Jun 2019 - Aug 2019 is two months; a role that starts and ends in
 * the same month counts one), year-only dates count from January.
 */
#ifndef DOSSIER_CAREER_H
#define DOSSIER_CAREER_H

#include "date.h"
#include "profile.h"

struct gap {
	struct ym from, to;
	int months;
};

struct career {
	int total_months;
	int avg_tenure_months;
	int nemployers;
	int current;		/* index into profile->work of the current role, or -1 */
	struct ym first, last;	/* span of the career */
	struct gap *gaps;	/* gaps of more than 3 months, oldest first */
	size_t ngaps;
};

/* The as-of date of a profile: its own, else now. */
struct ym career_as_of(const struct profile *);
/* Interval of a dated entry in months [*from, *to); -1 if it has no start. */
int career_interval(const char *start, const char *end, struct ym as_of, int *from, int *to);
void career_compute(const struct profile *, struct career *);
void career_free(struct career *);

#endif
