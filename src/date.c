#include <stdio.h>
#include <string.h>

#include "date.h"

static int
digits(const char *s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int
date_iso_parse(const char *s, struct ym *out)
{
	struct ym d = { 0, 0 };
	int day;

	if (s == NULL || digits(s, 4, &d.y) != 0 || d.y < 1000)
		return -1;
	s += 4;
	if (*s == '-') {
		if (digits(s + 1, 2, &d.m) != 0 || d.m < 1 || d.m > 12)
			return -1;
		s += 3;
		if (*s == '-') {
			if (digits(s + 1, 2, &day) != 0 || day < 1 || day > 31)
				return -1;
			s += 3;
			/* a time after the day, as JSON writers add, is ignored */
			if (*s == 'T')
				s += strlen(s);
		}
	}
	if (*s != '\0')
		return -1;
	*out = d;
	return 0;
}

void
date_iso_format(struct ym d, char *out)
{
	unsigned y = (unsigned)d.y % 10000, m = (unsigned)d.m % 13;

	if (m > 0)
		snprintf(out, 8, "%04u-%02u", y, m);
	else
		snprintf(out, 8, "%04u", y);
}

int
date_valid(struct ym d)
{
	return d.y >= 1000 && d.y <= 9999 && d.m >= 0 && d.m <= 12;
}

int
date_index(struct ym d)
{
	return d.y * 12 + (d.m > 0 ? d.m - 1 : 0);
}

struct ym
date_from_index(int i)
{
	struct ym d = { i / 12, i % 12 + 1 };

	return d;
}

struct ym
date_from_time(time_t t)
{
	struct tm tm;
	struct ym d = { 0, 0 };

	if (localtime_r(&t, &tm) != NULL) {
		d.y = tm.tm_year + 1900;
		d.m = tm.tm_mon + 1;
	}
	return d;
}

int
date_cmp(struct ym a, struct ym b)
{
	int ia = date_index(a), ib = date_index(b);

	return (ia > ib) - (ia < ib);
}

void
date_span_format(int months, char *out, size_t size)
{
	int y = months / 12, m = months % 12;

	if (months <= 0)
		snprintf(out, size, "0 mos");
	else if (y == 0)
		snprintf(out, size, "%d mo%s", m, m == 1 ? "" : "s");
	else if (m == 0)
		snprintf(out, size, "%d yr%s", y, y == 1 ? "" : "s");
	else
		snprintf(out, size, "%d yr%s %d mo%s", y, y == 1 ? "" : "s", m, m == 1 ? "" : "s");
}
