/*
 * Who a résumé is about: names as labels, greetings and capitals give
 * them, and the chrome of web pages that is nobody's name.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "formhead.h"
#include "layout.h"
#include "letter.h"
#include "names.h"
#include "parse.h"

static void
expect_name(char *got, const char *want)
{
	if (want == NULL) {
		if (got != NULL)
			printf("# got '%s', want none\n", got);
		assert_null(got);
		return;
	}
	if (got == NULL)
		printf("# got none, want '%s'\n", want);
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void
test_like(void **state)
{
	(void)state;
	assert_true(names_like("Ada Quill"));
	assert_true(names_like("Dr. rer. nat. Jonas Weber"));
	assert_true(names_like("Mei-Ling O'Connor, PhD"));
	assert_false(names_like("ada@example.org"));
	assert_false(names_like("the quick brown fox"));
	assert_true(names_title_line("Curriculum Vitae"));
	assert_true(names_title_line("My CV"));
	assert_true(names_same("José Núñez", "JOSE NUNEZ"));
	expect_name(names_case("ZOË ARAÚJO-LINDQVIST"), "Zoë Araújo-Lindqvist");
	expect_name(names_case("Prof. Dr. Karin Holm"), "Karin Holm");
	expect_name(names_case("Abena Owusu-Ansah (RM)"), "Abena Owusu-Ansah");
	expect_name(names_case("Oleksandr Hnatiuk (\xd0\x9e\xd0\xbb\xd0\xb5\xd0\xba\xd1\x81\xd0\xb0\xd0\xbd\xd0\xb4\xd1\x80)"),
	    "Oleksandr Hnatiuk");
	expect_name(names_case("Engr. Chidi Okafor"), "Chidi Okafor");
}

static void
test_label(void **state)
{
	(void)state;
	expect_name(names_label("Name: Ahmed Hassan"), "Ahmed Hassan");
	expect_name(names_label("Full name:  PRIYA NAIR"), "Priya Nair");
	expect_name(names_label("Applicant: Jonas Berg"), "Jonas Berg");
	expect_name(names_label("Company name: Acme 2019"), NULL);
	expect_name(names_label("Foto de Isabel Ortega Ruiz"), "Isabel Ortega Ruiz");
	expect_name(names_label("Photo of the team"), NULL);
	expect_name(names_label("Name of the project: internal tools"), NULL);
}

static void
test_greeting(void **state)
{
	(void)state;
	expect_name(names_greeting("Hi, I'm Nadia Kowalczyk-Reyes."), "Nadia Kowalczyk-Reyes");
	expect_name(names_greeting("Hello! I\xe2\x80\x99m Tomás de la Vega, a designer"),
	    "Tomás de la Vega");
	expect_name(names_greeting("My name is Ezekiel Ambrose-Tanaka and I write firmware"),
	    "Ezekiel Ambrose-Tanaka");
	expect_name(names_greeting("Ich bin Greta Lindner."), "Greta Lindner");
	expect_name(names_greeting("hi! I'm Grace Hay, a Data Engineer based in Leeds."),
	    "Grace Hay");
	/* a job or an employer after the phrase is no name */
	expect_name(names_greeting("I am Senior Engineer at Acme"), NULL);
	expect_name(names_greeting("I'm a frontend engineer in Kraków"), NULL);
	expect_name(names_greeting("I am passionate about Rust"), NULL);
	/* the phrase must begin a word */
	expect_name(names_greeting("Jim Tam Ross"), NULL);
}

static void
test_chrome(void **state)
{
	size_t site;

	(void)state;
	assert_true(names_chrome("Home  |  Notes  |  About  |  Work", &site));
	assert_int_equal(site, 0);
	assert_true(names_chrome("Download CV", &site));
	assert_true(names_chrome("nkr.example.org posts \xc2\xb7 about \xc2\xb7 rss", &site));
	assert_int_equal(site, strlen("nkr.example.org"));
	assert_true(names_chrome("Jane Doe   About  Blog  Contact", &site));
	assert_int_equal(site, strlen("Jane Doe"));
	assert_false(names_chrome("Senior Engineer  Acme Corp", &site));
	assert_false(names_chrome("Ada Quill", &site));
	assert_false(names_chrome("Work | Acme Corp | 2019", &site));
	assert_false(names_chrome("ada@example.org | Blog | About", &site));
	assert_true(names_chrome("ngozi.cloud Posts CV Certs", &site));
}

static void
test_drop_chrome(void **state)
{
	struct layout L;

	(void)state;
	layout_build("Skip to main content\nHome\nMy Network\nJobs\nMessaging\n\n"
	    "Ada Quill\nJobs\n", &L, 0);
	names_drop_chrome(&L);
	assert_string_equal(L.v[3].s, "");	/* in the menu */
	assert_string_equal(L.v[5].s, "Ada Quill");
	assert_string_equal(L.v[6].s, "Jobs");	/* a heading, alone */
	layout_free(&L);
}

static void
test_postnominal(void **state)
{
	(void)state;
	expect_name(names_case("MICHAEL TRAN, P.E."), "Michael Tran");
	expect_name(names_case("Jane Doe, PhD, PMP"), "Jane Doe");
	expect_name(names_case("Amy Lee, CISSP"), "Amy Lee");
	expect_name(names_case("Jane Doe MSc"), "Jane Doe");
	expect_name(names_case("ROHAN KULKARNI, ACA"), "Rohan Kulkarni");
	expect_name(names_case("PRIYA PROBE, RN, BN"), "Priya Probe");
	expect_name(names_case("ROBERT J. PROBE, MHA, FACHE"), "Robert J. Probe");
	/* what brackets after the name add (a courtesy title, a nickname)
	 * is no part of it */
	expect_name(names_case("JASMINE TAN WEI LING (Ms)"), "Jasmine Tan Wei Ling");
	expect_name(names_case("Lim Boon Keng (Mdm.)"), "Lim Boon Keng");
	expect_name(names_case("Robert Smith (Bob)"), "Robert Smith");
	/* no post-nominal after the comma: the surname before it, as
	 * registers write names, goes last; a short name ending in "Ma"
	 * stays */
	expect_name(names_case("DOE, JANE"), "Jane Doe");
	expect_name(names_case("OKONKWO, CHIAMAKA GRACE (ACA)"), "Chiamaka Grace Okonkwo");
	/* particles inside the name in lower case; a last word stays */
	expect_name(names_case("NURUL AISYAH BINTI MOHD FADZIL"), "Nurul Aisyah binti Mohd Fadzil");
	expect_name(names_case("ANA DOS SANTOS"), "Ana dos Santos");
	expect_name(names_case("THANH DO"), "Thanh Do");
	/* Turkish: the dotted capital İ is i in lower case */
	expect_name(names_case("ZEYNEP AKSOY DEM\xc4\xb0RTA\xc5\x9e"), "Zeynep Aksoy Demirta\xc5\x9f");
	expect_name(names_case("Anna Ma"), "Anna Ma");
	/* a surname first, in capitals, stays first, as written */
	expect_name(names_case("ROSSI Chiara"), "ROSSI Chiara");
	expect_name(names_case("MUKESHIMANA Diane"), "MUKESHIMANA Diane");
	/* the surname in capitals last goes in Title Case too */
	expect_name(names_case("Jean DUPONT"), "Jean Dupont");
	expect_name(names_case("Haruka MORIYAMA"), "Haruka Moriyama");
	expect_name(names_case("AJ Smith"), "AJ Smith");
}

static void
test_credit(void **state)
{
	(void)state;
	assert_true(names_credit("Created with Resumio"));
	assert_true(names_credit("Erstellt mit Lebenslauf.de"));
	assert_true(names_credit("Créé avec SiteFacile"));
	assert_true(names_credit("Powered by WordPress"));
	assert_false(names_credit("Created the billing platform"));
	assert_int_equal(names_menu_lead("Home Jane Doe"), 5);
	assert_int_equal(names_menu_lead("About Jane Doe"), 6);
	assert_int_equal(names_menu_lead("About Fatima"), 0);
	assert_int_equal(names_menu_lead("Work experience"), 0);
}

static void
test_letter(void **state)
{
	char *n;

	(void)state;
	assert_int_equal(letter_line("Subject: Application - Payroll Officer"), LT_HEADER);
	assert_int_equal(letter_line("Hi Gareth,"), LT_GREETING);
	assert_int_equal(letter_line("Thanks! Jane"), LT_SIGNOFF);
	assert_int_equal(letter_line("Best,"), LT_SIGNOFF);
	assert_int_equal(letter_line("Mit freundlichen Grüßen"), LT_SIGNOFF);
	assert_int_equal(letter_line("--"), LT_DELIM);
	assert_int_equal(letter_line("Best Buy, Leeds"), LT_NONE);
	assert_int_equal(letter_line("Ola Nordmann"), LT_NONE);
	n = letter_sender("From: Tamsin Okoro <tamsin@example.com>");
	assert_non_null(n);
	assert_string_equal(n, "Tamsin Okoro");
	free(n);
	assert_null(letter_sender("To: hr@example.com"));
}

static void
test_formhead(void **state)
{
	(void)state;
	assert_int_equal(formhead_kind("PERSÖNLICHE ANGABEN", 20), FH_HEADING);
	assert_int_equal(formhead_kind("Dane osobowe", 12), FH_HEADING);
	assert_int_equal(formhead_kind("Imię i nazwisko", 16), FH_NAME);
	assert_int_equal(formhead_kind("Nombre", 6), FH_NAME);
	assert_int_equal(formhead_kind("Posizione ricoperta", 19), FH_TITLE);
	assert_int_equal(formhead_kind("Gewenste functie", 16), FH_TITLE);
	assert_int_equal(formhead_kind("Fecha de nacimiento", 19), FH_FIELD);
	assert_int_equal(formhead_kind("Berufserfahrung", 15), FH_NONE);
}

static void
test_unglue(void **state)
{
	(void)state;
	expect_name(parse_label_unglue("Seniorengineer"), "Senior Engineer");
	expect_name(parse_label_unglue("Seniordataengineer"), "Senior Data Engineer");
	expect_name(parse_label_unglue("Leadproductdesigner"), "Lead Product Designer");
	expect_name(parse_label_unglue("Programista"), NULL);
	expect_name(parse_label_unglue("Kowalczykbrenner"), NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_like),
		cmocka_unit_test(test_label),
		cmocka_unit_test(test_greeting),
		cmocka_unit_test(test_chrome),
		cmocka_unit_test(test_drop_chrome),
		cmocka_unit_test(test_postnominal),
		cmocka_unit_test(test_credit),
		cmocka_unit_test(test_letter),
		cmocka_unit_test(test_formhead),
		cmocka_unit_test(test_unglue),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
