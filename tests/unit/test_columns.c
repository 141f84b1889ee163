/*
 * Two columns of a designed résumé that raw pdftotext wove together
 * (unweave.c), dates it read apart from their entries (dateorder.c), and
 * the wrapped lines of a narrow column's education.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "import.h"
#include "lexicon.h"
#include "lineword.h"
#include "profile.h"
#include "wovenline.h"

#include "test_importer.h"

static void
test_skill_line(void **state)
{
	(void)state;
	assert_true(wovenline_skills(&lx, "Go PostgreSQL Kafka"));
	assert_true(wovenline_skills(&lx, "Figma, Python"));
	assert_false(wovenline_skills(&lx, "Quayside Payments"));
	assert_false(wovenline_skills(&lx, "Senior Backend Engineer"));
}

static void
test_open_end(void **state)
{
	(void)state;
	assert_true(lineword_open_end("University of the West of"));
	assert_true(lineword_open_end("Hochschule f\xc3\xbcr Farbe und"));
	assert_false(lineword_open_end("University of Leeds"));
	assert_false(lineword_open_end("Leeds"));
}

/* "PROFILE" over "SKILLS": the paragraph is the summary's, the tags the
 * skills'; "Go Kafka" alone among the jobs is no employer. */
static void
test_headings_side_by_side(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Mara Quist\nmara@example.com\n\nPROFILE\n\nSKILLS\n\n"
	    "Data engineer who keeps pipelines boring and cheap to run for\n"
	    "retail analytics teams.\n\nSQL\n\nPython\n\nEXPERIENCE\n\n"
	    "Go Kafka\n\nData Engineer\nBrindle Foods\n03/2020 - Present\n\n"
	    "Analyst\nHollow Oak Retail\n01/2017 - 02/2020\n");
	assert_non_null(p->basics.summary);
	assert_non_null(strstr(p->basics.summary, "pipelines boring"));
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Brindle Foods");
	assert_int_equal(p->nskills, 1);
	assert_int_equal(p->skills[0].keywords.n, 4);
	profile_free(p);
}

/* An academic CV's column of dates read before the entries beside it. */
static void
test_date_column(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ida Brenner\nida@example.org\n\nEducation\n2016 \xe2\x80\x93 2020\n"
	    "2014 \xe2\x80\x93 2016\n\nPhD in Geology, University of Vienna\n"
	    "MSc in Geology, University of Graz\n");
	assert_int_equal(p->neducation, 2);
	assert_string_equal(p->education[0].institution, "University of Vienna");
	assert_string_equal(p->education[0].start, "2016");
	assert_string_equal(p->education[1].institution, "University of Graz");
	assert_string_equal(p->education[1].start, "2014");
	profile_free(p);
}

/* A school's name wrapped after "of" in a narrow column. */
static void
test_school_wrapped(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ida Brenner\nida@example.org\n\nEDUCATION\nMSc Geology\n"
	    "University of the West of\nEngland\n2014 \xe2\x80\x93 2016\n");
	assert_int_equal(p->neducation, 1);
	assert_string_equal(p->education[0].institution, "University of the West of England");
	profile_free(p);
}

/* Woven: "CONTACT" over "PROFILE" (the details to the contact, the
 * paragraph to the summary); a run of skills among the work goes to the
 * skills; a job's title, employer and dates read under the languages go
 * to the work. */
static void
test_jobs_beside_sidebar(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ola Berg\nTEST ENGINEER\n\nCONTACT\n\nPROFILE\n\n"
	    "ola.berg@example.org\n+47 22 55 01 89\n\n"
	    "Test engineer who builds suites that developers are glad to run on\n"
	    "every merge request.\n\nEXPERIENCE\n\nPlaywright\nSelenium\nCypress\n\n"
	    "SENIOR TEST ENGINEER\nFjordbank | Oslo\nAug 2021 \xe2\x80\x93 Present\n\n"
	    "Built the end-to-end suite for the payments flow\n\nLANGUAGES\n\n"
	    "TEST ENGINEER\nNordhandel | Bergen\n\nMar 2018 \xe2\x80\x93 Jul 2021\n\n"
	    "Norwegian Native\nEnglish Fluent\n\nSKILLS\nDocker, Jira\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Fjordbank");
	assert_string_equal(p->work[1].name, "Nordhandel");
	assert_string_equal(p->work[1].start, "2018-03");
	assert_int_equal(p->nskills, 1);
	assert_int_equal(p->skills[0].keywords.n, 5);
	assert_int_equal(p->nlanguages, 2);
	assert_null(strchr(p->basics.summary, '@'));
	profile_free(p);
}

/* A column of dates read first, a thesis line under the first degree:
 * each degree opens its entry. */
static void
test_date_column_thesis(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ida Brenner\nida@example.org\n\nEducation\n2016 \xe2\x80\x93 2020\n\n"
	    "2013 \xe2\x80\x93 2016\n2010 \xe2\x80\x93 2013\n\n"
	    "PhD in Geology, University of Vienna\n"
	    "Thesis: Slow faults in the eastern Alps. Advisor: Prof. Lena Hofer.\n"
	    "MSc Geology, University of Graz\nBSc Earth Sciences, University of Innsbruck\n");
	assert_int_equal(p->neducation, 3);
	assert_string_equal(p->education[1].institution, "University of Graz");
	assert_string_equal(p->education[1].start, "2013");
	assert_string_equal(p->education[2].start, "2010");
	profile_free(p);
}

/* Woven: labelled groups of the sidebar's skills among the jobs and the
 * education ("Outils" over rated tools, "Méthodes" over a list) go to the
 * skills under their labels; no label becomes an employer. */
static void
test_skill_groups_among_jobs(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Lise Morel\nlise@example.fr\n\nCOMP\xc3\x89TENCES\n\nPROFIL\n"
	    "Product manager depuis huit ans, d abord ing\xc3\xa9nieure logiciel, qui aime les "
	    "produits B2B.\n\nEXP\xc3\x89RIENCE\nProduct Manager \xc2\xb7 Rh\xc3\xb4neval, Lyon\n"
	    "depuis mars 2020\n\nOutils\nJira \xe2\x97\x8f\xe2\x97\x8f\xe2\x97\x8f\n"
	    "Figma \xe2\x97\x8f\xe2\x97\x8f\xe2\x97\x8b\nSQL \xe2\x97\x8f\xe2\x97\x8b\xe2\x97\x8b\n\n"
	    "Product Owner \xc2\xb7 Trajecto, Lyon\nsept. 2016 \xe2\x80\x93 f\xc3\xa9vr. 2020\n\n"
	    "FORMATION\n\nM\xc3\xa9thodes\nScrum, Kanban, Jira\n\nMaster Informatique\n"
	    "Universit\xc3\xa9 Lumi\xc3\xa8re Lyon 2\n2014 \xe2\x80\x93 2016\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[1].name, "Trajecto");
	assert_int_equal(p->nskills, 2);
	assert_string_equal(p->skills[0].name, "Outils");
	assert_int_equal(p->skills[0].keywords.n, 3);
	assert_string_equal(p->education[0].study_type, "Master");
	assert_string_equal(p->education[0].area, "Informatique");
	profile_free(p);
}

/* The dates of the jobs read after all of them; a short line over an
 * employer and its place opens each job. */
static void
test_dates_after_jobs(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Jonas Weber\njonas@example.de\n\nBERUFSERFAHRUNG\nSenior Mediengestalter\n"
	    "Neckarblau GmbH, Stuttgart\nBetreuung von Corporate-Design-Projekten\n"
	    "Einarbeitung neuer Kollegen\nMediengestalter\nDruckhaus Remstal, Waiblingen\n"
	    "Druckvorstufe f\xc3\xbcr Kataloge und Zeitschriften\n\n02/2019 \xe2\x80\x93 heute\n\n"
	    "08/2015 \xe2\x80\x93 01/2019\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Neckarblau GmbH");
	assert_int_equal(p->work[0].highlights.n, 2);
	assert_string_equal(p->work[0].start, "2019-02");
	assert_int_equal(p->work[1].highlights.n, 1);
	assert_string_equal(p->work[1].start, "2015-08");
	profile_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_skill_line),
		cmocka_unit_test(test_open_end),
		cmocka_unit_test(test_headings_side_by_side),
		cmocka_unit_test(test_date_column),
		cmocka_unit_test(test_school_wrapped),
		cmocka_unit_test(test_jobs_beside_sidebar),
		cmocka_unit_test(test_date_column_thesis),
		cmocka_unit_test(test_skill_groups_among_jobs),
		cmocka_unit_test(test_dates_after_jobs),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
