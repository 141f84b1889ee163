/*
 * The importer on the structure of web pages as w3m and lynx draw them:
 * tables without borders, lists of roles with their dates below, the
 * headings of personal pages, a contact line under a list of tools.
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
#include "parse.h"

#include "test_importer.h"

/* lynx pads columns to their widest cell: one space may part two cells. */
static void
test_table_tight(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Obi\n\nWork history\n\n"
	    "         Dates                     Role                    Company        Location\n"
	    "   01/2019 \xe2\x80\x93 03/2024 Senior Site Reliability Engineer Quarry Labs Inc.   Denver, CO\n"
	    "   06/2015 \xe2\x80\x93 12/2018 Systems Engineer                 Bluepeak Networks  Boulder, CO\n"
	    "\nEducation\n\n"
	    "   2009 Doctorado en Biolog\xc3\xad" "a    Universidad de Sevilla\n"
	    "   2004 Licenciatura en Biolog\xc3\xad" "a Universidad de Sevilla\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Quarry Labs Inc.");
	assert_string_equal(p->work[0].position, "Senior Site Reliability Engineer");
	assert_string_equal(p->work[0].start, "2019-01");
	assert_string_equal(p->work[1].name, "Bluepeak Networks");
	assert_int_equal(p->neducation, 2);
	assert_string_equal(p->education[1].institution, "Universidad de Sevilla");
	profile_free(p);
}

/* w3m wraps a cell over the lines below, the first column's dates too. */
static void
test_table_wrapped(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Obi\n\nWork history\n\n"
	    "  Dates            Role          Company   Location\n"
	    "01/2019 \xe2\x80\x93  Senior Site          Quarry     Denver,\n"
	    "03/2024    Reliability Engineer Labs Inc.  CO\n"
	    "06/2015 \xe2\x80\x93  Systems Engineer     Bluepeak   Boulder,\n"
	    "12/2018                         Networks   CO\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Quarry Labs Inc.");
	assert_string_equal(p->work[0].position, "Senior Site Reliability Engineer");
	assert_string_equal(p->work[0].end, "2024-03");
	assert_string_equal(p->work[1].name, "Bluepeak Networks");
	assert_string_equal(p->work[1].start, "2015-06");
	profile_free(p);
	/* a column of dates beside one of text is no such table */
	p = import("Ada Obi\n\nCareer so far\n\n2022 \xe2\x80\x93 now  Monzo, London\n"
	    "            Senior Product Designer\n\n2019 \xe2\x80\x93      NHS Digital, Leeds\n"
	    "2022        Product Designer\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[1].start, "2019");
	assert_string_equal(p->work[1].end, "2022");
	profile_free(p);
}

/* Roles as list items, each over its dates; "... I've worked in". */
static void
test_role_items(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Obi\n\nPlaces I've worked in\n\n"
	    "  \xe2\x80\xa2 Senior Product Designer \xe2\x80\x94 Monzo (payments team)\n\n"
	    "    2017 \xe2\x80\x93 2020\n\n"
	    "  \xe2\x80\xa2 UX Designer \xe2\x80\x94 Kinetic Digital\n\n    2014 \xe2\x80\x93 2017\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Monzo");
	assert_string_equal(p->work[0].position, "Senior Product Designer");
	assert_string_equal(p->work[1].name, "Kinetic Digital");
	profile_free(p);
	/* sentences opening the section introduce it: no job's body */
	p = import("Ada Obi\n\nExperience\n\nI have spent the last decade helping cultural "
	    "institutions and small brands find a voice,\nfirst in agencies and then on my own.\n\n"
	    "Art Director \xe2\x80\x94 Nordform (agency)\n2018 \xe2\x80\x93 2022\n\n"
	    "Designer \xe2\x80\x94 Studio Kvist\n2015 \xe2\x80\x93 2018\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Nordform");
	assert_string_equal(p->work[0].position, "Art Director");
	profile_free(p);
}

/* A page's contact line under the tools is no skill. */
static void
test_tools_contact(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Obi\n\nToolkit\n\nFigma \xc2\xb7 Framer \xc2\xb7 Protopie\n\n"
	    "hello@studio.example \xc2\xb7 Bristol, UK\n");
	assert_int_equal(p->nskills, 1);
	assert_string_equal(p->skills[0].name, "Toolkit");
	assert_int_equal(p->skills[0].keywords.n, 3);
	profile_free(p);
}

/* "What I do" in sentences, a heading not known after the list, the
 * menu again at the foot, when the page was updated. */
static void
test_skills_prose(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Obi\n\nWhat I do\n\nI build fast, accessible websites for small shops.\n"
	    "Design systems, performance audits and a bit of teaching.\n\nSkills\n\n"
	    "JavaScript \xc2\xb7 TypeScript \xc2\xb7 Vue\n\nSelected writing\n\n"
	    "Why your cookie banner is slow\nA field guide to container queries\n\n"
	    "Home \xc2\xb7 About \xc2\xb7 Work \xc2\xb7 Contact\n\nLast updated March 2025.\n");
	assert_int_equal(p->nskills, 1);
	assert_string_equal(p->skills[0].name, "Skills");
	assert_int_equal(p->skills[0].keywords.n, 3);
	profile_free(p);
}

/* A job told in a short paragraph: its first sentence the header; an
 * open end in Italian; a freelancer's "Portfolio". */
static void
test_job_paragraph(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Obi\n\nParcours\n\n2010 \xe2\x80\x93 2016 \xe2\x80\x94 Compagnon menuisier, "
	    "Ateliers Favre & Fils. Restauration de mobilier ancien et fabrication de fen\xc3\xaatres.\n\n"
	    "Esperienza\n\nData Analyst, Banca Felsinea\n2019 \xe2\x80\x93 in corso \xc2\xb7 Modena\n\n"
	    "Portfolio\n\n\xe2\x80\xa2 ShopLite \xe2\x80\x94 a storefront template (2022)\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Ateliers Favre & Fils");
	assert_string_equal(p->work[0].position, "Compagnon menuisier");
	assert_int_equal(p->work[0].highlights.n + (p->work[0].summary != NULL), 1);
	assert_string_equal(p->work[1].name, "Banca Felsinea");
	assert_string_equal(p->work[1].start, "2019");
	assert_null(p->work[1].end);
	assert_int_equal(p->nprojects, 1);
	assert_int_equal(strncmp(p->projects[0].name, "ShopLite", 8), 0);
	profile_free(p);
}

/* A table's one row of education, its cells one space apart. */
static void
test_education_row(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Obi\n\nEducation\n\n2008 \xe2\x80\x93 2012 B.S. Computer Science "
	    "Colorado State University\n\n2004 \xe2\x80\x93 2008 University of Lagos B.Sc. Physics\n");
	assert_int_equal(p->neducation, 2);
	assert_string_equal(p->education[0].institution, "Colorado State University");
	assert_string_equal(p->education[1].institution, "University of Lagos");
	profile_free(p);
	/* a field before the school; a degree's word before an unknown
	 * school; "Degree, Field" stays so */
	p = import("Ada Obi\n\nEducation\n\n2022 PhD, Computer Science Graz University of Technology\n\n"
	    "2010 Brevet professionnel Menuisier, CFA du B\xc3\xa2timent, Chamb\xc3\xa9ry\n\n"
	    "2008 Magister, Informatyka\n");
	assert_int_equal(p->neducation, 3);
	assert_string_equal(p->education[0].institution, "Graz University of Technology");
	assert_string_equal(p->education[1].institution, "CFA du B\xc3\xa2timent");
	assert_null(p->education[2].institution);
	profile_free(p);
	/* one sidebar's skills a line: no list, so no heading ends it */
	p = import("Ada Obi\n\nSkills\n\nFigma\n\nDesign Systems\nUser Research\n");
	assert_int_equal(p->nskills, 1);
	assert_int_equal(p->skills[0].keywords.n, 3);
	profile_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_tight),
		cmocka_unit_test(test_table_wrapped),
		cmocka_unit_test(test_role_items),
		cmocka_unit_test(test_tools_contact),
		cmocka_unit_test(test_skills_prose),
		cmocka_unit_test(test_job_paragraph),
		cmocka_unit_test(test_education_row),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
