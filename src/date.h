/*
 * date: the month-precision dates of the profile model.
 *
 * A date is a year and a month; month 0 means only the year is known.  Dates
 * are stored as ISO strings ("2019-06", "2019") and compared as a count of
 * months since year 0.  Parsing the many ways résumés write dates is the
 * importer's business (dateparse.h); this module only speaks ISO.
 */
#ifndef DOSSIER_DATE_H
#define DOSSIER_DATE_H

#include <time.h>

struct ym {
	int y;	/* 0: unknown */
	int m;	/* 1..12, 0: year only */
};

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the day is dropped): 0, else -1. */
int date_iso_parse(const char *, struct ym *);
/* Writes "YYYY-MM" or "YYYY" into out (at least 8 bytes). */
void date_iso_format(struct ym, char *out);
int date_valid(struct ym);
/* Months since year 0; a year-only date counts as its January. */
int date_index(struct ym);
struct ym date_from_index(int);
struct ym date_from_time(time_t);
int date_cmp(struct ym, struct ym);
/* "3 yrs 8 mos", "11 mos", "2 yrs": in out (at least 24 bytes). */
void date_span_format(int months, char *out, size_t size);

#endif
