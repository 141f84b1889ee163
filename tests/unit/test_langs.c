/*
 * Résumés in Russian and Ukrainian (hh.ru, work.ua), Chinese and Korean:
 * their headings, a heading with the time it sums up, months and open
 * ends, firms' legal forms and words, job titles, schools and places; a
 * firm and a title either side of a spaced slash; and a job's duties
 * written without bullets under its header.
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

/* Chinese: a job's words at the end of a title, a firm's inside its
 * name, no spaces between words; "至今" is an open end, "2019年3月" a
 * month. */
static void
test_chinese(void **state)
{
	struct profile *p;

	(void)state;
	p = import("\xe6\x9d\x8e\xe5\xa8\x9c\nli.na@example.cn\n\n"
	    "\xe5\xb7\xa5\xe4\xbd\x9c\xe7\xbb\x8f\xe5\x8e\x86\n"	/* 工作经历 */
	    "2019\xe5\xb9\xb4" "3\xe6\x9c\x88 - \xe8\x87\xb3\xe4\xbb\x8a\t"	/* 2019年3月 - 至今 */
	    "\xe6\xb7\xb1\xe5\x9c\xb3\xe5\xb8\x82\xe8\x93\x9d\xe6\xb5\xb7"
	    "\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8\t"	/* 深圳市蓝海有限公司 */
	    "\xe6\xb5\x8b\xe8\xaf\x95\xe5\xb7\xa5\xe7\xa8\x8b\xe5\xb8\x88\n");	/* 测试工程师 */
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].name,
	    "\xe6\xb7\xb1\xe5\x9c\xb3\xe5\xb8\x82\xe8\x93\x9d\xe6\xb5\xb7"
	    "\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8");
	assert_string_equal(p->work[0].position,
	    "\xe6\xb5\x8b\xe8\xaf\x95\xe5\xb7\xa5\xe7\xa8\x8b\xe5\xb8\x88");
	assert_string_equal(p->work[0].start, "2019-03");
	assert_null(p->work[0].end);
	profile_free(p);
}

/* "Firm / Title" parts at a spaced slash; "Sales / Marketing Manager", a
 * title, stays whole. */
static void
test_slash(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ann Lee\nann@example.com\n\nExperience\n"
	    "09.2020 - 06.2024\nKaya Otomotiv A.S. / Quality Engineer\n\n"
	    "01.2018 - 08.2020\nAcme Ltd\nSales / Marketing Manager\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Kaya Otomotiv A.S.");
	assert_string_equal(p->work[0].position, "Quality Engineer");
	assert_string_equal(p->work[1].name, "Acme Ltd");
	assert_string_equal(p->work[1].position, "Sales / Marketing Manager");
	profile_free(p);
}

/* A table's row of school, field and degree, as Chinese and Korean
 * résumés set them: the field before a degree of one word. */
static void
test_field_then_degree(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ann Lee\nann@example.com\n\nEducation\n"
	    "2013.09 - 2017.06    Zhejiang University    Computer Science    Bachelor\n");
	assert_int_equal(p->neducation, 1);
	assert_string_equal(p->education[0].institution, "Zhejiang University");
	assert_string_equal(p->education[0].study_type, "Bachelor");
	assert_string_equal(p->education[0].area, "Computer Science");
	profile_free(p);
}

/* hh.ru's education: a level no degree word names ("Высшее"), the year,
 * the school, then its faculty and field: the field is the area. */
static void
test_level_then_field(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Петров Иван\nivan@example.ru\n\nОбразование\nВысшее\n2015\n"
	    "Московский государственный университет\nЭкономический, Финансы и кредит\n");
	assert_int_equal(p->neducation, 1);
	assert_string_equal(p->education[0].institution, "Московский государственный университет");
	assert_string_equal(p->education[0].study_type, "Высшее");
	assert_string_equal(p->education[0].area, "Экономический, Финансы и кредит");
	profile_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_russian),
		cmocka_unit_test(test_heading_with_duration),
		cmocka_unit_test(test_duties_unbulleted),
		cmocka_unit_test(test_chinese),
		cmocka_unit_test(test_slash),
		cmocka_unit_test(test_field_then_degree),
		cmocka_unit_test(test_level_then_field),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
