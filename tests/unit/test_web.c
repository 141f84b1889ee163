/*
 * The importer on web pages: a page's furniture (banners, buttons,
 * counters, footers), role cards, definition lists, sidebars, tags,
 * careers told in sentences, and jobs told in a paragraph each.
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
#include "layout.h"
#include "lexicon.h"
#include "parse.h"
#include "webchrome.h"
#include "xalloc.h"

#include "test_importer.h"

/* A job board's own links in lynx's References are not the person's site;
 * the person's site after them is. */
static void
test_board_links(void **state)
{
	struct profile *p;
	const char *page =
	    "   [1]Find Jobs | [2]Salary Tools | [3]Sign In\n\n"
	    "   Ann Lee\n\n   Data Analyst\n     * Email: ann@example.com\n"
	    "     * Website: [4]annlee.example\n\n"
	    "Work History\n\n   Data Analyst\n   Acme Ltd, Austin, TX\n"
	    "   Jan 2021 - Present\n\n"
	    "References\n\n   1. https://de.indeed.com/jobs\n"
	    "   2. https://www.indeed.com/salary\n   3. https://secure.indeed.com/login\n"
	    "   4. https://annlee.example/\n";

	(void)state;
	p = import(page);
	assert_non_null(p->basics.url);
	assert_string_equal(p->basics.url, "https://annlee.example/");
	profile_free(p);
}

static void
test_chrome_lines(void **state)
{
	(void)state;
	assert_true(webchrome_line("Connect Message More"));
	assert_true(webchrome_line("(BUTTON) Accept (BUTTON) Manage preferences"));
	assert_true(webchrome_line("486 followers \xc2\xb7 500+ connections"));
	assert_true(webchrome_line("\xc2\xb7 2nd"));
	assert_true(webchrome_line("Show all 14 skills \xe2\x86\x92"));
	assert_true(webchrome_line("\xe2\x80\xa6see more"));
	assert_true(webchrome_line("Endorsed by 12 colleagues at Allegro"));
	assert_true(webchrome_line("9 endorsements"));
	assert_true(webchrome_line("We use cookies to improve your experience. Accept all"));
	assert_true(webchrome_line("Home \xe2\x80\xba People \xe2\x80\xba Ada Obi"));
	assert_true(webchrome_line("[\t]"));
	/* what a résumé says is none of it */
	assert_false(webchrome_line("Connected 40 stores to the message bus"));
	assert_false(webchrome_line("Follow-the-sun support for 12 countries"));
	assert_false(webchrome_line("Show producer, 2019 - 2021"));
	assert_false(webchrome_line("500 engineers"));
	/* German, French, Spanish pages */
	assert_true(webchrome_line("Kontakt hinzuf\xc3\xbcgen"));
	assert_true(webchrome_line("Alle 15 Kenntnisse anzeigen"));
	assert_true(webchrome_line("Voir plus"));
	/* a site one is logged into, an applicant-tracking system's buttons */
	assert_true(webchrome_line("greenhouse | Jobs Candidates | Logged in as Recruiter"));
	assert_true(webchrome_line("Mein Profil Nachrichten Abmelden"));
	assert_true(webchrome_line("Move to next stage Disqualify Email candidate"));
	assert_false(webchrome_line("Logged in as admin to 400 routers"
	    " across three data centres to roll out the new firmware safely"));
	assert_false(webchrome_line("Advanced Excel"));
	assert_true(webchrome_footer("\xc2\xa9 2025 Jane Doe \xc2\xb7 Built with Hugo"));
	assert_true(webchrome_footer("Copyright 2024 Northfield University"));
	assert_false(webchrome_footer("Copywriter, Ogilvy, 2019 - 2021"));
}

/* The footer goes from its copyright line to the end; a banner's wrapped
 * tail goes with it; "+4 skills" goes from the list it ends. */
static void
test_chrome_drop(void **state)
{
	struct layout L;

	(void)state;
	layout_build("We use cookies to improve your experience. By continuing you agree to our\n"
	    "Policy.\nAda Obi\nSkills: Go \xc2\xb7 Kafka \xc2\xb7 +4 skills\nShow more\n\n"
	    "Python, SQL\n\n\xc2\xa9 2025 Ada Obi \xc2\xb7 Privacy\nRSS \xc2\xb7 Mastodon\n", &L, 0);
	webchrome_drop(&L);
	assert_int_equal(L.n, 3);
	assert_string_equal(L.v[0].s, "Ada Obi");
	assert_string_equal(L.v[1].s, "Skills: Go \xc2\xb7 Kafka");
	assert_string_equal(L.v[2].s, "Python, SQL");
	layout_free(&L);
}

/* A job site's page: the brand over its menu, role cards, a "Skills:"
 * line under a role, people also viewed. */
static void
test_profile_page(void **state)
{
	struct profile *p;

	(void)state;
	p = import("LinkUp\nHome My Network Jobs Messaging Notifications\n\nAda Obi\n\xc2\xb7 2nd\n"
	    "Data Engineer at Acme\nLagos, Nigeria\nConnect Message More\n\nExperience\n\n"
	    "  \xe2\x80\xa2 Data Engineer\n    Acme \xc2\xb7 Full-time\n    Jan 2021 - Present \xc2\xb7 4 yrs\n"
	    "    Skills: Spark \xc2\xb7 Airflow \xc2\xb7 +3 skills\n"
	    "  \xe2\x80\xa2 Analyst\n    Initech \xc2\xb7 Internship\n    Jun 2019 - Dec 2020\n\n"
	    "People also viewed\n\nBola Ade \xc2\xb7 2nd\nEngineer at Acme\nConnect\n");
	assert_string_equal(p->basics.name, "Ada Obi");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].position, "Data Engineer");
	assert_string_equal(p->work[0].name, "Acme");
	assert_string_equal(p->work[0].start, "2021-01");
	assert_string_equal(p->work[1].name, "Initech");
	assert_string_equal(p->work[1].end, "2020-12");
	profile_free(p);
}

/* Dates as a definition list's terms, the role set in under them. */
static void
test_definition_list(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Obi\n\nAppointments\n\n   2019 \xe2\x80\x93 present\n"
	    "          Professor of Physics, Northfield University, Leeds\n"
	    "   2013 \xe2\x80\x93 2019\n          Lecturer, University of York, York\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Northfield University");
	assert_string_equal(p->work[0].position, "Professor of Physics");
	assert_string_equal(p->work[0].start, "2019");
	assert_null(p->work[0].end);
	assert_string_equal(p->work[1].position, "Lecturer");
	profile_free(p);
	/* a school's name of long hyphened words is read by its parts */
	assert_true(role_school_score("Friedrich-Alexander-Universit\xc3\xa4t Erlangen") > 0);
}

/* A form's records as a table of labels and values without colons, the
 * widest label one space from its value; roles nested under one employer
 * by repeated titles with dates of their own. */
static void
test_form_table(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Application\n\nFirst Name   Ana\nLast Name    Ruiz\n"
	    "Email        ana.ruiz@mail.example\n\nEmployment\n\n"
	    "Company Name Acme Foods International\nTitle        Senior Category Buyer\n"
	    "Start Date   05/2021\nEnd Date     Current\n\nCompany Name Brill Ltd\n"
	    "Title        Purchasing Clerk\nStart Date   01/2019\nEnd Date     04/2021\n");
	assert_string_equal(p->basics.name, "Ana Ruiz");
	assert_null(p->basics.label);
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Acme Foods International");
	assert_string_equal(p->work[0].position, "Senior Category Buyer");
	assert_string_equal(p->work[1].start, "2019-01");
	profile_free(p);
	p = import("Ana Ruiz\n\nEmpresa: Acme Foods\nPeriodo: 2015 - 2024\n"
	    "Puesto: Jefa de compras (2020 - 2024)\n- Compras de fruta\n"
	    "Puesto: Analista de compras (2015 - 2019)\n- Compras de verdura\n"
	    "Empresa: Brill Ltd\nPeriodo: 2012 - 2014\nPuesto: Auxiliar\n");
	assert_int_equal(p->nwork, 3);
	assert_string_equal(p->work[1].name, "Acme Foods");
	assert_string_equal(p->work[1].position, "Analista de compras");
	assert_string_equal(p->work[1].start, "2015");
	assert_string_equal(p->work[0].start, "2020");
	profile_free(p);
}

/* A job board's block of what the person looks for next is no headline
 * and no job, in the languages of the headings. */
static void
test_wishes(void **state)
{
	static const char *const heads[] = { "What I'm looking for", "Ce que je recherche",
		"Job jeg s\xc3\xb8ger", "Jag s\xc3\xb6ker", "Was ich suche", NULL };

	(void)state;
	for (size_t i = 0; heads[i] != NULL; i++) {
		char *text = xprintf("Ana Ruiz\nLeeds \xc2\xb7 ana@mail.example\n\n%s\n"
		    "Buyer or category manager, full time, 2024 - 2025\n\nExperience\n"
		    "Buyer\nAcme Foods Ltd, Leeds\nMar 2019 - Present\n", heads[i]);
		struct profile *p = import(text);
		assert_null(p->basics.label);
		assert_int_equal(p->nwork, 1);
		assert_string_equal(p->work[0].position, "Buyer");
		profile_free(p);
		free(text);
	}
}

/* Tags side by side; a heading's anchor. */
static void
test_tags_anchors(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Obi #\n\nSkills \xc2\xb6\n\nTypeScript React Ruby on Rails GraphQL\n");
	assert_string_equal(p->basics.name, "Ada Obi");
	assert_int_equal(p->nskills, 1);
	assert_int_equal(p->skills[0].keywords.n, 4);
	assert_string_equal(p->skills[0].keywords.v[2], "Ruby on Rails");
	profile_free(p);
	/* a name the vocabulary lacks, among four it knows */
	p = import("Ada Obi\n\nSkills\n\nKotlin Swift Jetpack Compose SwiftUI Flutter Firebase\n");
	assert_int_equal(p->skills[0].keywords.n, 6);
	assert_string_equal(p->skills[0].keywords.v[2], "Jetpack Compose");
	profile_free(p);
	/* a sentence is no list */
	p = import("Ada Obi\n\nSkills\n\nPython and Go for the backend services\n");
	assert_int_equal(p->skills[0].keywords.n, 1);
	profile_free(p);
}

/* A career told in sentences. */
static void
test_prose(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Leah Goldberg\n\nAbout me\n\nSince 2019 I have led the platform team at Wix, "
	    "where we run the fleet. Before that I spent four years as a backend engineer at "
	    "Check Point, working on the API, and two years as a software developer at Intel "
	    "in Haifa.\n\nI studied computer science at the Technion (BSc, 2011) and later did "
	    "an MBA at Tel Aviv University (2018).\n");
	assert_int_equal(p->nwork, 3);
	assert_string_equal(p->work[0].name, "Wix");
	assert_string_equal(p->work[0].start, "2019");
	assert_null(p->work[0].end);
	assert_string_equal(p->work[1].name, "Check Point");
	assert_string_equal(p->work[1].position, "Backend Engineer");
	assert_string_equal(p->work[2].location, "Haifa");
	assert_int_equal(p->neducation, 2);
	assert_string_equal(p->education[0].institution, "Technion");
	assert_string_equal(p->education[0].study_type, "BSc");
	assert_string_equal(p->education[0].end, "2011");
	assert_string_equal(p->education[1].institution, "Tel Aviv University");
	assert_string_equal(p->education[1].study_type, "MBA");
	profile_free(p);
	/* a listed career is not read again from the summary */
	p = import("Ada Obi\n\nSummary\n\nI worked as an analyst at Initech.\n\nExperience\n\n"
	    "Data Engineer, Acme, 2021 - 2024\n");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].name, "Acme");
	profile_free(p);
}

/* "About Fatima", and the whole name only in the email. */
static void
test_about_name(void **state)
{
	struct profile *p;

	(void)state;
	p = import("fatimabello.design   Work   Writing   About\n\nAbout Fatima\n\n"
	    "I design calm software for banks.\n\nCareer so far\n\n"
	    "Monzo, London, 2022 - now\nSenior Product Designer\n\nSay hello\n\n"
	    "fatima.bello@example.com\n");
	assert_string_equal(p->basics.name, "Fatima Bello");
	assert_int_equal(p->nwork, 1);
	profile_free(p);
	/* an address that is not the name's gives none */
	p = import("About Fatima\n\nI design calm software for banks.\n\nExperience\n\n"
	    "Monzo, London, 2022 - now\nSenior Product Designer\n\nhello@example.com\n");
	assert_null(p->basics.name);
	profile_free(p);
}

/* A first sentence that is a job and a place; a page's links to itself. */
static void
test_headline_sentence(void **state)
{
	struct profile *p;

	(void)state;
	p = import("   [1]Skip to content\n\n                Tom Hargreaves\n\n"
	    "   Junior Front-End Developer based in Manchester. I retrained after teaching "
	    "maths.\n\nSkills\n\n   HTML, CSS, TypeScript\n\nReferences\n\n"
	    "   1. file:///home/tom/site.html#main\n");
	assert_string_equal(p->basics.name, "Tom Hargreaves");
	assert_string_equal(p->basics.label, "Junior Front-End Developer");
	assert_string_equal(p->basics.location.city, "Manchester");
	assert_null(p->basics.url);
	profile_free(p);
}

/* Highlights listed apart from the jobs go to the job they name. */
static void
test_highlights_apart(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Obi\n\nExperience\n\nProduct Designer \xc2\xb7 Clip\nMarch 2021 - Present\n\n"
	    "UX Designer \xc2\xb7 Rappi\nJune 2018 - February 2021\n\nHighlights\n\n"
	    "- Raised checkout conversion at Clip by 14%\n- Built Rappi's first design system\n"
	    "- Speaker at Config Mexico 2023\n- Moved from Rappi to Clip in 2021\n");
	assert_int_equal(p->nwork, 2);
	assert_int_equal(p->work[0].highlights.n, 1);
	assert_string_equal(p->work[0].highlights.v[0], "Raised checkout conversion at Clip by 14%");
	assert_int_equal(p->work[1].highlights.n, 1);
	assert_string_equal(p->work[1].highlights.v[0], "Built Rappi's first design system");
	profile_free(p);
}

/* A short sentence under a job is its body, not the next job's header. */
static void
test_short_sentence(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Obi\n\nWork history\n\nPaystack, Senior Developer, 2022 - Present\n\n"
	    "Payments ledger in Elixir.\n\nHubtel, Backend Developer, 2019 - 2022\n\n"
	    "Node.js services for payouts.\n\nAndela, Developer, 2017 - 2019\n");
	assert_int_equal(p->nwork, 3);
	assert_string_equal(p->work[1].name, "Hubtel");
	assert_string_equal(p->work[2].name, "Andela");
	profile_free(p);
}

/* A sidebar beside the top of the main column, as w3m sets it. */
static void
test_sidebar(void **state)
{
	struct layout L;
	const char *page =
	    "Photo of Ada Obi               Professor Ada Obi\n"
	    "Contact                        Professor of Physics\n"
	    "Room 4.12, Turing Building     My research is on the physics of\n"
	    "Email:                         soft matter and of foams.\n"
	    "ada@example.org                \n"
	    "Leeds, United Kingdom          Appointments\n"
	    "Links                          2019 - present\n"
	    "  * Scholar                        Professor of Physics, Leeds\n"
	    "  * ORCID                      2013 - 2019\n"
	    "                                   Lecturer, University of York\n"
	    "                               Education\n";
	size_t appointments = 0;

	(void)state;
	layout_build(page, &L, 0);
	assert_string_equal(L.v[0].s, "Photo of Ada Obi");
	assert_string_equal(L.v[1].s, "Contact");
	for (size_t i = 0; i < L.n; i++)
		if (strcmp(L.v[i].s, "Appointments") == 0)
			appointments = i;
	assert_true(appointments > 0);
	assert_string_equal(L.v[L.n - 1].s, "Education");
	/* below the sidebar, the main column stands where it stood */
	assert_int_equal(L.v[L.n - 1].indent, L.v[appointments].indent);
	layout_free(&L);
}

/* A drawn table's first row names its columns: it goes; a first row
 * that holds a list is a row. */
static void
test_drawn_header(void **state)
{
	struct layout L;

	(void)state;
	layout_build("\xe2\x94\x8c\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\n"
	    "| Year | Degree | Institution |\n+------+------+------+\n"
	    "| 2022 | PhD, Physics | TU Wien |\n+------+------+------+\n", &L, 0);
	assert_int_equal(L.n, 1);
	assert_string_equal(L.v[0].s, "2022 | PhD, Physics | TU Wien");
	layout_free(&L);
	layout_build("+------+------+\n| Cloud | AWS, Azure |\n+------+------+\n", &L, 0);
	assert_int_equal(L.n, 1);
	assert_string_equal(L.v[0].s, "Cloud | AWS, Azure");
	layout_free(&L);
}

/* "Firm (dates) — Title, place. What was done ...": the sentence a title
 * opens after the dash is the header's; what follows it, the body.  A
 * dash before words naming no job ("— an app for street markets") opens
 * the body at once, as before. */
static void
test_paragraph_entries(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ann Lee\nann@example.com\n\nExperience\n\n"
	    "Northwind Labs (Oct 2022 \xe2\x80\x93 now) \xe2\x80\x94 Senior Frontend Engineer, "
	    "Berlin office. Built the design system used by six teams.\n\n"
	    "Contoso Ltd. (Jul 2018 \xe2\x80\x93 Feb 2020) \xe2\x80\x94 Junior JavaScript Developer. "
	    "Admin panels and REST integrations.\n\n"
	    "Fabrikam (2016 \xe2\x80\x93 2017) \xe2\x80\x94 Built admin panels, REST integrations.\n\n"
	    "Projects\n\nFeira Livre (2019) \xe2\x80\x94 an app for street markets\n");
	assert_int_equal(p->nwork, 3);
	assert_string_equal(p->work[0].name, "Northwind Labs");
	assert_string_equal(p->work[0].position, "Senior Frontend Engineer, Berlin office");
	assert_string_equal(p->work[0].highlights.v[0],
	    "Built the design system used by six teams.");
	assert_string_equal(p->work[1].name, "Contoso Ltd.");
	assert_string_equal(p->work[1].position, "Junior JavaScript Developer");
	assert_null(p->work[2].position);	/* a sentence begun with a verb */
	assert_int_equal(p->nprojects, 1);
	assert_string_equal(p->projects[0].name, "Feira Livre");
	profile_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_chrome_lines),
		cmocka_unit_test(test_chrome_drop),
		cmocka_unit_test(test_profile_page),
		cmocka_unit_test(test_definition_list),
		cmocka_unit_test(test_form_table),
		cmocka_unit_test(test_wishes),
		cmocka_unit_test(test_tags_anchors),
		cmocka_unit_test(test_prose),
		cmocka_unit_test(test_about_name),
		cmocka_unit_test(test_headline_sentence),
		cmocka_unit_test(test_highlights_apart),
		cmocka_unit_test(test_short_sentence),
		cmocka_unit_test(test_sidebar),
		cmocka_unit_test(test_drawn_header),
		cmocka_unit_test(test_board_links),
		cmocka_unit_test(test_paragraph_entries),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
