/*
 * The Japanese résumé form (履歴書): its history table of dated events read
 * into schools and jobs, as pdftotext gives it without -layout (year, month
 * and words on lines of their own) and in Japanese; the form's labels,
 * postcode and certificate dates around it.
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

/* pdftotext without -layout: each cell a line, the words wrapped. */
static void
test_raw_cells(void **state)
{
	struct profile *p;

	(void)state;
	p = import("RIREKISHO\n\nName\n\nMORI Aya\n\nCurrent address\n\n"
	    "\xe3\x80\x92" "060-0042 1-2-3 Odori, Chuo-ku, Sapporo\n\nE-mail\n\naya.mori@example.jp\n\n"
	    "Year\n\nMonth\n\nEducation and Work History\nEducation\n\n"
	    "2005\n\n4\n\nEntered Hokkaido University, Faculty of Agriculture,\nDepartment of Food Science\n\n"
	    "2009\n\n3\n\nGraduated from Hokkaido University (Bachelor of Agriculture)\n\n"
	    "Work History\n\n2009\n\n4\n\nJoined Sapporo Dairy Co., Ltd. (Sapporo) as Quality Inspector\n\n"
	    "2015\n\n1\n\nPromoted to Quality Assurance Manager\n\n"
	    "Currently employed\nEnd\n");
	assert_string_equal(p->basics.name, "MORI Aya");
	assert_null(p->basics.phone);	/* the postcode after 〒 is none */
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Sapporo Dairy Co., Ltd.");
	assert_string_equal(p->work[0].position, "Quality Assurance Manager");
	assert_string_equal(p->work[0].start, "2015-01");
	assert_null(p->work[0].end);
	assert_string_equal(p->work[1].position, "Quality Inspector");
	assert_string_equal(p->work[1].location, "Sapporo");
	assert_string_equal(p->work[1].start, "2009-04");
	assert_string_equal(p->work[1].end, "2014-12");	/* the month before */
	assert_int_equal(p->neducation, 1);
	assert_string_equal(p->education[0].institution, "Hokkaido University");
	assert_string_equal(p->education[0].area, "Food Science");
	assert_string_equal(p->education[0].study_type, "Bachelor of Agriculture");
	assert_string_equal(p->education[0].start, "2005-04");
	assert_string_equal(p->education[0].end, "2009-03");
	profile_free(p);
}

/* In Japanese: the verb after its object, a particle before it, and the
 * name after a full-width colon. */
static void
test_japanese(void **state)
{
	struct profile *p;

	(void)state;
	p = import("\xe5\xb1\xa5\xe6\xad\xb4\xe6\x9b\xb8\n"	/* 履歴書 */
	    "\xe6\xb0\x8f\xe5\x90\x8d\xef\xbc\x9a\xe4\xbd\x90\xe8\x97\xa4 \xe8\x8a\xb1\xe5\xad\x90\n"
	    "E-mail: hanako@example.jp\n\n"
	    "2012\xe5\xb9\xb4" "4\xe6\x9c\x88 \xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe"
	    "\xe3\x81\x82\xe3\x81\x8a\xe3\x81\xb0 \xe5\x85\xa5\xe7\xa4\xbe\n"	/* 株式会社あおば 入社 */
	    "2016\xe5\xb9\xb4" "10\xe6\x9c\x88 \xe8\xaa\xb2\xe9\x95\xb7\xe3\x81\xab"
	    "\xe6\x98\x87\xe9\x80\xb2\n"	/* 課長に昇進 */
	    "2020\xe5\xb9\xb4" "3\xe6\x9c\x88 \xe4\xb8\x80\xe8\xba\xab\xe4\xb8\x8a\xe3\x81\xae"
	    "\xe9\x83\xbd\xe5\x90\x88\xe3\x81\xab\xe3\x82\x88\xe3\x82\x8a\xe9\x80\x80\xe8\x81\xb7\n"
	    "\xe4\xbb\xa5\xe4\xb8\x8a\n");	/* 以上 */
	assert_string_equal(p->basics.name, "\xe4\xbd\x90\xe8\x97\xa4 \xe8\x8a\xb1\xe5\xad\x90");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].position, "\xe8\xaa\xb2\xe9\x95\xb7");	/* 課長 */
	assert_string_equal(p->work[0].start, "2016-10");
	assert_string_equal(p->work[0].end, "2020-03");
	assert_string_equal(p->work[1].name,
	    "\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe\xe3\x81\x82\xe3\x81\x8a\xe3\x81\xb0");
	assert_string_equal(p->work[1].end, "2016-09");
	profile_free(p);
}

/* Dated rows of no event, and fewer than three events, are no table. */
static void
test_not_a_table(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ann Lee\nann@example.com\n\nExperience\n"
	    "2019 3 Joined the hiking club\n2020 1 Wrote a blog\n\n"
	    "Certifications\n2010-08 \xe6\x99\xae\xe9\x80\x9a\xe5\x85\x8d\xe8\xa8\xb1\n");
	assert_int_equal(p->neducation, 0);
	for (size_t i = 0; i < p->nwork; i++)	/* what the table would make of it */
		assert_true(p->work[i].name == NULL ||
		    strcmp(p->work[i].name, "the hiking club") != 0);
	/* a date before a script with no case goes from the name */
	assert_int_equal(p->ncertificates, 1);
	assert_string_equal(p->certificates[0].name, "\xe6\x99\xae\xe9\x80\x9a\xe5\x85\x8d\xe8\xa8\xb1");
	assert_string_equal(p->certificates[0].date, "2010-08");
	profile_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_raw_cells),
		cmocka_unit_test(test_japanese),
		cmocka_unit_test(test_not_a_table),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
