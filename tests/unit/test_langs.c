/*
 * Résumés in Russian and Ukrainian (hh.ru, work.ua): their headings, a
 * heading with the time it sums up, months and open ends, firms' legal
 * forms, job titles and places; and a job's duties written without bullets
 * under its header.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "import.h"
#include "lexicon.h"
#include "parse.h"

#include "test_importer.h"

/* "Опыт работы — 9 лет 2 месяца" heads the jobs; "по настоящее время" is
 * an open end whose second word is no place. */
static void
test_russian(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Петров Иван\nivan@example.ru\n\nОпыт работы — 9 лет 2 месяца\n"
	    "Апрель 2019 — по настоящее время\nООО «Ромашка»\nСанкт-Петербург\n"
	    "Ведущий инженер\n\nЗнание языков\nАнглийский — B2\n");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].name, "ООО «Ромашка»");
	assert_string_equal(p->work[0].position, "Ведущий инженер");
	assert_string_equal(p->work[0].location, "Санкт-Петербург");
	assert_string_equal(p->work[0].start, "2019-04");
	assert_null(p->work[0].end);
	assert_int_equal(p->nlanguages, 1);
	assert_string_equal(p->languages[0].language, "Английский");
	profile_free(p);
}

/* The same in English: "Experience (8 years)". */
static void
test_heading_with_duration(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ann Lee\nann@example.com\n\nWork Experience (8 years)\n"
	    "Jan 2017 - Present\nAcme Ltd\nAccountant\n");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].name, "Acme Ltd");
	assert_string_equal(p->work[0].start, "2017-01");
	profile_free(p);
}

/* Under a header of a firm and a title, lines in lower case telling the
 * work are its highlights, not more header. */
static void
test_duties_unbulleted(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ann Lee\nann@example.com\n\nExperience\nApril 2019 - Present\n"
	    "Acme Ltd\nChief Accountant\nKeeping the books and taxes\nPreparing IFRS reports\n");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].position, "Chief Accountant");
	assert_int_equal(p->work[0].highlights.n, 2);
	assert_string_equal(p->work[0].highlights.v[0], "Keeping the books and taxes");
	profile_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_russian),
		cmocka_unit_test(test_heading_with_duration),
		cmocka_unit_test(test_duties_unbulleted),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
