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

#include "layout.h"
#include "names.h"

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_like),
		cmocka_unit_test(test_label),
		cmocka_unit_test(test_greeting),
		cmocka_unit_test(test_chrome),
		cmocka_unit_test(test_drop_chrome),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
