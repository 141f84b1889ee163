/*
 * dateparse: the dates of résumés, as people write them.
 *
 * Month names (full and abbreviated, in English and the common European
 * languages), numeric forms (06/2019, 2019-06, 2019.06, 6/19), years alone,
 * two-digit years (Jun '19), seasons and quarters; ranges joined by dashes,
 * "to", "until", "bis", a bar, or nothing at all ("Oct 2016Aug 2024"), in
 * either order; open ends (Present, Now, heute, actuel, "2018-", "Since
 * 2020"); and the durations profile pages print beside them ("3 yrs 8
 * mos").  Placeholders such as 20xx are not dates.
 */
#ifndef DOSSIER_DATEPARSE_H
#define DOSSIER_DATEPARSE_H

#include <stddef.h>

#include "date.h"

struct daterange {
	struct ym start, end;	/* end.y == 0: no end written */
	int open;		/* the end is "present" */
	int single;		/* one date, not a range */
	int months;		/* a duration written beside it, else -1 */
	size_t from, to;	/* the bytes of the text it was read from */
};

/* The first date or range in s[0..len): 1 when found. */
int dateparse_find(const char *s, size_t len, struct daterange *);
/* One date filling s (surrounding spaces and punctuation allowed). */
int dateparse_date(const char *s, struct ym *);
/* Whether s holds dates and nothing else but separators and durations. */
int dateparse_only(const char *s);
/* Whether s holds nothing but pieces of dates (month names, years, open
 * ends, separators): a line a PDF split a range into. */
int dateparse_fragment(const char *s);
/* The first stated duration in s[0..len) ("3 yrs 8 mos", "2 Jahre"), in
 * months, with its span; -1 when there is none. */
int dateparse_duration(const char *s, size_t len, size_t *from, size_t *to);
/* Whether s names a month (any language, any case). */
int dateparse_month(const char *word, size_t len);

#endif
