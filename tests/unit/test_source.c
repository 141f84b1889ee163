/*
 * The importer on résumés pasted as their typesetting source: a LaTeX
 * template's macros and a CV class's header commands, a Typst file's
 * header variables, template settings and calls.
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
#include "source.h"

#include "test_importer.h"

/* A macro's groups print as rows of two cells; commands of look give
 * their text; "--", "\%" and "\\" are what they set. */
static void
test_latex_text(void **state)
{
	char *s;

	(void)state;
	s = source_plain("\\documentclass{article}\n\\name{Ana}{Ruiz}\n"
	    "\\begin{document}\n% a comment\n\\section{Experience}\n"
	    "\\resumeSubheading\n  {Buyer}{Jan. 2020 -- Present}\n  {Acme}{Leeds}\n"
	    "\\resumeItem{Cut costs by 12\\%}\n\\textbf{Tools}{: Excel} \\\\\n"
	    "\\end{document}\n");
	assert_non_null(s);
	assert_non_null(strstr(s, "Ana Ruiz\n"));
	assert_non_null(strstr(s, "\nExperience\n"));
	assert_non_null(strstr(s, "\nBuyer   Jan. 2020 \xe2\x80\x93 Present\nAcme   Leeds\n"));
	assert_non_null(strstr(s, "\n- Cut costs by 12%\n"));
	assert_non_null(strstr(s, "\nTools: Excel\n"));
	assert_null(strstr(s, "comment"));
	free(s);
	/* prose with a backslash or two is no source */
	assert_null(source_plain("Ana Ruiz\nC:\\Users\\ana\nBuyer at Acme\n"));
}

/* Typst: the header from the variables and the template's settings, a
 * call's arguments as labelled lines, "=" headings. */
static void
test_typst(void **state)
{
	struct profile *p;

	(void)state;
	p = import("#import \"@preview/cv:0.1.0\": *\n#let name = \"Ana Ruiz\"\n"
	    "#let email = \"ana@mail.example\"\n#show: cv.with(\n  font: \"Inter\",\n)\n\n"
	    "= Experience\n\n#job(\n  position: \"Senior Buyer\",\n  employer: \"Acme Foods\",\n"
	    "  dates: range(\"Jan 2020\", \"Present\"),\n)\n- Cut costs by 12%\n");
	assert_string_equal(p->basics.name, "Ana Ruiz");
	assert_string_equal(p->basics.email, "ana@mail.example");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].name, "Acme Foods");
	assert_string_equal(p->work[0].position, "Senior Buyer");
	assert_string_equal(p->work[0].start, "2020-01");
	assert_null(p->work[0].end);
	profile_free(p);
}

/* Org mode: headlines as Markdown's without their tags, a :noexport:
 * subtree, settings, drawers and comments gone, the author as the
 * header; a plain résumé with star bullets is no Org document. */
static void
test_org(void **state)
{
	char *s;

	(void)state;
	s = source_plain("#+TITLE: CV\n#+AUTHOR: Ana Ruiz\n#+OPTIONS: toc:nil\n\n"
	    "* Private   :noexport:\n  call Rui\n** more\n"
	    "* Experience   :work:\n** Acme, Leeds\n   /Jan 2020 \xe2\x80\x93 present/\n"
	    "   :PROPERTIES:\n   :ID: x\n   :END:\n# a comment\n"
	    "   - Tools :: [[https://excel.example][Excel]], SQL\n");
	assert_non_null(s);
	assert_non_null(strstr(s, "Ana Ruiz\n"));
	assert_null(strstr(s, "CV\n"));
	assert_null(strstr(s, "Rui\n"));
	assert_null(strstr(s, "more"));
	assert_non_null(strstr(s, "\n# Experience\n## Acme, Leeds\n   Jan 2020 \xe2\x80\x93 present\n"));
	assert_non_null(strstr(s, "\n   - Tools: Excel, SQL\n"));
	assert_null(strstr(s, "ID"));
	assert_null(strstr(s, "comment"));
	assert_null(strstr(s, "work"));
	free(s);
	assert_null(source_plain("Ana Ruiz\n\n* Experience\n* Acme, Leeds\n"));
}

/* AsciiDoc: titles as Markdown's headings a level up, the document's
 * title first; attributes, conditionals, comments and block attributes
 * gone; a table with a header row as Markdown's; marks and icons off. */
static void
test_adoc(void **state)
{
	char *s;

	(void)state;
	s = source_plain("= Ana Ruiz\n:doctype: article\nifdef::backend-pdf[:notitle:]\n"
	    "////\nnotes\n////\n[.lead]\n*Buyer* \xc2\xb7 icon:phone[] +44 20 5550 1234\n\n"
	    "== Experience\n\n=== Buyer \xe2\x80\x94 Acme\n_Jan 2020 \xe2\x80\x93 present_ | Leeds\n"
	    "// a comment\n\n== Education\n[cols=\"1,1\",options=\"header\"]\n|===\n|Degree |School\n"
	    "|BSc |Leeds\n|===\n\nTools:: https://excel.example[Excel], SQL\n");
	assert_non_null(s);
	assert_true(strncmp(s, "Ana Ruiz\n", 9) == 0);
	assert_non_null(strstr(s, "\nBuyer \xc2\xb7 +44 20 5550 1234\n"));
	assert_non_null(strstr(s, "\n# Experience\n"));
	assert_non_null(strstr(s, "\n## Buyer \xe2\x80\x94 Acme\nJan 2020 \xe2\x80\x93 present | Leeds\n"));
	assert_non_null(strstr(s, "\n| Degree | School |\n| --- | --- |\n| BSc | Leeds |\n"));
	assert_non_null(strstr(s, "\nTools: Excel, SQL\n"));
	assert_null(strstr(s, "doctype"));
	assert_null(strstr(s, "notes"));
	assert_null(strstr(s, "comment"));
	assert_null(strstr(s, "==="));
	free(s);
	assert_null(source_plain("Ana Ruiz\n\n== Experience\nAcme, Leeds\n"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_latex_text),
		cmocka_unit_test(test_typst),
		cmocka_unit_test(test_org),
		cmocka_unit_test(test_adoc),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
