/*
 * Career figures: experience is the union of role intervals (overlaps
 * counted once), ongoing roles run to the as-of date, tenure is per
 * employer, gaps over three months are found.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "career.h"
#include "date.h"

static void
role(struct profile *p, const char *company, const char *start, const char *end)
{
	struct work *w = profile_append(p, SEC_WORK);

	profile_set(&w->name, company);
	profile_set(&w->start, start);
	profile_set(&w->end, end);
}

static void
test_union_counts_overlaps_once(void **state)
{
	struct profile *p = profile_new();
	struct career c;

	(void)state;
	profile_set(&p->as_of, "2024-01");
	role(p, "A", "2020-01", "2022-01");	/* 24 months */
	role(p, "B", "2021-01", "2023-01");	/* overlaps A for 12 */
	role(p, "C", "2023-06", NULL);		/* ongoing: 7 months to the as-of date */
	career_compute(p, &c);
	assert_int_equal(c.total_months, 36 + 7);
	assert_int_equal(c.current, 2);
	assert_int_equal(c.ngaps, 1);
	assert_int_equal(c.gaps[0].months, 5);
	assert_int_equal(c.gaps[0].from.y, 2023);
	assert_int_equal(c.gaps[0].from.m, 1);
	assert_int_equal(c.nemployers, 3);
	career_free(&c);
	profile_free(p);
}

static void
test_tenure_per_employer(void **state)
{
	struct profile *p = profile_new();
	struct career c;

	(void)state;
	profile_set(&p->as_of, "2024-01");
	role(p, "Nvidia", "2022-01", NULL);		/* 24, promoted */
	role(p, "NVIDIA", "2018-01", "2022-01");	/* 48, same employer */
	role(p, "Acme", "2016-01", "2018-01");		/* 24 */
	career_compute(p, &c);
	assert_int_equal(c.nemployers, 2);
	assert_int_equal(c.avg_tenure_months, (72 + 24) / 2);
	assert_int_equal(c.total_months, 96);
	assert_int_equal(c.ngaps, 0);
	career_free(&c);
	profile_free(p);
}

static void
test_short_gaps_and_years(void **state)
{
	struct profile *p = profile_new();
	struct career c;

	(void)state;
	profile_set(&p->as_of, "2024-01");
	role(p, "A", "2019", "2021");		/* year-only: 24 months */
	role(p, "B", "2021-04", "2021-04");	/* one month; a 3-month gap is no gap */
	role(p, "C", NULL, "2015");		/* no start: not counted */
	career_compute(p, &c);
	assert_int_equal(c.total_months, 25);
	assert_int_equal(c.ngaps, 0);
	assert_int_equal(c.current, -1);
	career_free(&c);
	profile_free(p);
}

static void
test_dates(void **state)
{
	struct ym d;
	char s[24];

	(void)state;
	assert_int_equal(date_iso_parse("2019-06", &d), 0);
	assert_int_equal(d.y * 100 + d.m, 201906);
	assert_int_equal(date_iso_parse("2019", &d), 0);
	assert_int_equal(d.m, 0);
	assert_int_equal(date_iso_parse("2019-06-30", &d), 0);
	assert_int_equal(date_iso_parse("2019-13", &d), -1);
	assert_int_equal(date_iso_parse("19-06", &d), -1);
	assert_int_equal(date_iso_parse("2019-6", &d), -1);
	date_span_format(166, s, sizeof s);
	assert_string_equal(s, "13 yrs 10 mos");
	date_span_format(1, s, sizeof s);
	assert_string_equal(s, "1 mo");
	date_span_format(24, s, sizeof s);
	assert_string_equal(s, "2 yrs");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_union_counts_overlaps_once),
		cmocka_unit_test(test_tenure_per_employer),
		cmocka_unit_test(test_short_gaps_and_years),
		cmocka_unit_test(test_dates),
	};

	return cmocka_run_group_tests_name("career", tests, NULL, NULL);
}
