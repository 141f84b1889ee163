/*
 * The person's header as the whole importer reads it: the name, the
 * headline and the city, past the titles, labels and furniture around them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "profile.h"
#include "test_importer.h"

static void
expect_header(const char *text, const char *name, const char *label, const char *city)
{
	struct profile *p = import(text);
	const char *got[3] = { p->basics.name, p->basics.label, p->basics.location.city };
	const char *want[3] = { name, label, city };

	for (int i = 0; i < 3; i++) {
		if (want[i] == NULL) {
			if (got[i] != NULL)
				printf("# got '%s', want none\n", got[i]);
			assert_null(got[i]);
			continue;
		}
		if (got[i] == NULL || strcmp(got[i], want[i]) != 0)
			printf("# got '%s', want '%s'\n", got[i] ? got[i] : "(none)", want[i]);
		assert_non_null(got[i]);
		assert_string_equal(got[i], want[i]);
	}
	profile_free(p);
}

static void
test_faculty_titles(void **state)
{
	(void)state;
	expect_header("Associate Professor Jane Holloway\nLecturer in Statistics\nGlasgow, UK\n\n"
	    "Experience\nLecturer, University of Glasgow, 2019 - present\n",
	    "Jane Holloway", "Lecturer in Statistics", "Glasgow");
	expect_header("Assoc. Prof. Jane Holloway\nLecturer in Statistics\nGlasgow, UK\n\n"
	    "Experience\nLecturer, University of Glasgow, 2019 - present\n",
	    "Jane Holloway", "Lecturer in Statistics", "Glasgow");
	/* a job's title alone is no name */
	expect_header("Professor of Statistics\nJane Holloway\nGlasgow, UK\n\n"
	    "Experience\nLecturer, University of Glasgow, 2019 - present\n",
	    "Jane Holloway", NULL, "Glasgow");
}

static void
test_form_labels(void **state)
{
	(void)state;
	expect_header("Dane osobowe\nImię i nazwisko: Agnieszka Wróbel\n"
	    "Adres: ul. Długa 5, 31-147 Kraków\nStanowisko: Księgowa\n\n"
	    "Doświadczenie zawodowe\n2018 - obecnie  Księgowa, Biuro Rachunkowe Lex, Kraków\n",
	    "Agnieszka Wróbel", "Księgowa", "Kraków");
	expect_header("Persoonlijke gegevens\nNaam\nJoost Verhoeven\nWoonplaats\nUtrecht\n"
	    "Functie\nLogistiek medewerker\n\nWerkervaring\n"
	    "2019 - heden  Logistiek medewerker, PostNL, Utrecht\n",
	    "Joost Verhoeven", "Logistiek medewerker", "Utrecht");
	/* the column of labels set apart from the values, in their order */
	expect_header("CURRICULUM VITAE\n\nName:\nTel:\nPosition:\n\nKenji Mori\n"
	    "+81 44-555-0199\nFirmware Engineer\n\n[Summary]\nTen years of camera firmware.\n",
	    "Kenji Mori", "Firmware Engineer", NULL);
	/* the column of labels before the next heading, the values after it,
	 * an address over two lines among them; the surname first in capitals
	 * stays first, as written */
	expect_header("INFORMAZIONI PERSONALI\nNome\nIndirizzo\nTelefono\nNazionalit\xc3\xa0\n"
	    "OCCUPAZIONE DESIDERATA\nESPERIENZA PROFESSIONALE\n03/2019 \xe2\x80\x93 oggi\n\n"
	    "BIANCHI Lucia\nVia Po 12\n10123 Torino (Italia)\n+39 011 555 4411\nItaliana\n"
	    "Farmacista ospedaliera\n\nFarmacista\nOspedale Molinette, Torino\n",
	    "BIANCHI Lucia", "Farmacista ospedaliera", "Torino");
	/* no blank line ends the values: the job sought is the line naming a
	 * job; a heading in a column of its own is no value */
	expect_header("Informa\xc3\xa7\xc3\xb5" "es pessoais\nNome\nMorada\nTelem\xc3\xb3vel\n"
	    "Correio eletr\xc3\xb3nico\nEmprego pretendido\nExperi\xc3\xaancia profissional\n"
	    "2018 \xe2\x80\x93 presente\n\nMarta Silva Duarte\n"
	    "Rua de Santa Catarina 200, 4000-442 Porto (Portugal)\n+351 912 555 777\n"
	    "marta.duarte@example.pt\nEngenheira civil\nEngenheira civil\nMota-Engil, Porto\n",
	    "Marta Silva Duarte", "Engenheira civil", "Porto");
}

static void
test_broken_name(void **state)
{
	(void)state;
	/* a second surname over the headline, in a designed PDF's raw text */
	expect_header("Marina Castell\nRoig\nDirectora de Operaciones\nGirona, España\n"
	    "marina@example.es\n\nExperiencia\nDirectora de Operaciones, Textil Roca, Girona, "
	    "2019 - actualidad\n", "Marina Castell Roig", "Directora de Operaciones", "Girona");
	/* the same after a heading the sidebar put first */
	expect_header("PERFIL\nMarina Castell\nRoig\n\nDirectora de Operaciones (Head of\n"
	    "Operations)\n\nGirona, España\nmarina@example.es\n\nExperiencia\n"
	    "Directora de Operaciones, Textil Roca, Girona, 2019 - actualidad\n",
	    "Marina Castell Roig", "Directora de Operaciones (Head of Operations)", "Girona");
	/* a place under a name is no surname */
	expect_header("Marina Castell\nBarcelona\nDirectora de Operaciones\n\nExperiencia\n"
	    "Directora de Operaciones, Textil Roca, Girona, 2019 - actualidad\n",
	    "Marina Castell", "Directora de Operaciones", "Barcelona");
}

static void
test_designed_pdf(void **state)
{
	(void)state;
	/* the contact lines with their icons fell after the headings */
	expect_header("Maja Lindholm\nQA ENGINEER\nCONTACT\nPROFILE\n"
	    "\xe2\x98\x8f +46 8 555 012 34\n\xe2\x9c\x89 maja@example.se\n"
	    "\xe2\x9a\xb2 Uppsala, Sweden\nTester of payment systems since 2016.\n",
	    "Maja Lindholm", "QA ENGINEER", "Uppsala");
	/* a form's first name, a note, the surname in a cell of its own */
	expect_header("Felix\tNationality: German Phone number: (+49) 40 555 01923\n(Mobile)\n\n"
	    "Hoffmann\tEmail address: felix@example.org\n"
	    "Address: Schanzenstra\xc3\x9f" "e 41, 20357, Hamburg, Germany (Home)\n\n"
	    "ABOUT MYSELF\nSecurity engineer.\n", "Felix Hoffmann", NULL, "Hamburg");
	/* a letter-spaced headline cut at its wide gap */
	expect_header("ANA SOUZA\nPRODUCT\n\nDESIGNER\n\nana@example.com.br \xc2\xb7 "
	    "S\xc3\xa3o Paulo, Brazil\n\nExperience\nProduct Designer, Nubank, S\xc3\xa3o Paulo, "
	    "2020 - present\n", "Ana Souza", "PRODUCT DESIGNER", "S\xc3\xa3o Paulo");
	/* a menu's item under the name is no surname */
	expect_header("Jane Doe\nPortfolio\nData Scientist\nBerlin, Germany\n\nExperience\n"
	    "Data Scientist, Zalando, Berlin, 2020 - present\n", "Jane Doe", "Data Scientist",
	    "Berlin");
	/* the fields after the job are part of the headline */
	expect_header("Fatima Bello\nSenior Product Designer \xc2\xb7 UX / UI / Design Systems\n"
	    "London, UK\n\nExperience\nProduct Designer, Monzo, London, 2020 - present\n",
	    "Fatima Bello", "Senior Product Designer \xc2\xb7 UX / UI / Design Systems", "London");
}

/* A paragraph under the name and headline, its lines of any length, is
 * the summary whole; a headline on the line above it stays the headline. */
static void
test_summary_paragraph(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Kiri Probe\nkiri@example.co.nz\n\nSenior GIS Analyst \xc2\xb7 Wellington, New Zealand\n\n"
	    "Geospatial analyst working on flood hazard, land use and environmental\n"
	    "monitoring data for local and central government. I automate the boring\n"
	    "parts with Python.\n\nExperience\n\nGIS Analyst, LINZ, Wellington\n2017 - 2020\n");
	assert_string_equal(p->basics.summary, "Geospatial analyst working on flood hazard, land use "
	    "and environmental monitoring data for local and central government. I automate the "
	    "boring parts with Python.");
	assert_string_equal(p->basics.label, "Senior GIS Analyst");
	profile_free(p);
	p = import("Kostas Probe\nOPERATIONS MANAGER \xe2\x80\x93 DRY BULK\n"
	    "Shipping professional with 12+ years in dry bulk chartering and operations,\n"
	    "running post-fixture operations for a fleet of 19 vessels trading worldwide.\n"
	    "WORK HISTORY\n2020-01 \xe2\x80\x93 Current\nOperations Manager\nAegean Bulk, Piraeus\n");
	assert_string_equal(p->basics.label, "OPERATIONS MANAGER \xe2\x80\x93 DRY BULK");
	assert_non_null(strstr(p->basics.summary, "Shipping professional"));
	profile_free(p);
}

/* A profile export's sidebar left of the name, the headline and the
 * place: the main column's top is the header, the sidebar's sections
 * stay whole. */
static void
test_sidebar_left_of_name(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Contact                                   Ada Probe\n"
	    "+353 87 555 0111 (Mobile)\n"
	    "ada.probe@example.com\n"
	    "                                          Senior Product Manager at Brightwell\n"
	    "www.linkedin.com/in/ada-probe\n"
	    "                                          Dublin, County Dublin, Ireland\n"
	    "\n"
	    "Top Skills                                Summary\n"
	    "Product Strategy\n"
	    "Payments                                  Product manager with nine years in fintech, turning\n"
	    "SQL                                       messy regulatory problems into products.\n"
	    "\n"
	    "Languages                                 Experience\n"
	    "English (Native or Bilingual)             Brightwell Payments\n"
	    "Igbo (Native or Bilingual)                Senior Product Manager\n"
	    "French (Elementary)                       March 2021 - Present (3 years 4 months)\n"
	    "                                          Dublin, Ireland\n");
	assert_string_equal(p->basics.name, "Ada Probe");
	assert_string_equal(p->basics.location.city, "Dublin");
	assert_int_equal(p->nlanguages, 3);
	assert_string_equal(p->languages[1].language, "Igbo");
	assert_int_equal(p->nwork, 1);
	profile_free(p);
}

/* A job board's brand before its menu, a page's title ("Resume
 * Preview", "CAREER HISTORY SHEET", "Europass") are no name. */
static void
test_page_titles(void **state)
{
	(void)state;
	expect_header("Jobstreet by SEEK \xc2\xb7 Job search \xc2\xb7 Profile \xc2\xb7 Career advice\n\n"
	    "Jasmine Probe\n\nSingapore \xc2\xb7 jasmine@example.sg\n", "Jasmine Probe", NULL, "Singapore");
	expect_header("CAREER HISTORY SHEET\nName: Haruka Probe\n\nCareer Summary\n"
	    "Nine years designing HVAC modules for passenger cars.\n", "Haruka Probe", NULL, NULL);
	expect_header("Resume Preview\n\nRodrigo Probe\nSan Antonio, TX\nrodrigo@example.com\n",
	    "Rodrigo Probe", NULL, "San Antonio");
}

/* The whole name from its pieces: a double surname broken at its
 * hyphen over two lines; a README's greeting and the email a badge's
 * link holds. */
static void
test_name_pieces(void **state)
{
	struct profile *p;

	(void)state;
	expect_header("Liam\nFitzgerald-\nProbe\nHEAD CHEF\nliam@example.com\n\n"
	    "Experience\nHead Chef, Bistro Nord, Melbourne, 2019 - 2024\n",
	    "Liam Fitzgerald-Probe", "HEAD CHEF", NULL);
	p = import("<h1 align=\"center\">Hi, I'm Yusuf</h1>\n\n"
	    "<a href=\"mailto:yusuf.probe%40example.ch\"><img src=\"https://img.example/badge\"></a>\n\n"
	    "## About me\n\n- Robotics software engineer in Zurich\n");
	assert_string_equal(p->basics.email, "yusuf.probe@example.ch");
	assert_string_equal(p->basics.name, "Yusuf Probe");
	profile_free(p);
}

/* What stands beside the headline: the town with no separator before
 * it, the pay asked, a profile's "Edit" link. */
static void
test_headline_beside(void **state)
{
	(void)state;
	expect_header("Wanjiru Probe\nProduct Marketing Manager Nairobi, Kenya\nwanjiru@example.com\n\n"
	    "Experience\nMarketing Manager, Acme, Nairobi, 2019 - 2024\n",
	    "Wanjiru Probe", "Product Marketing Manager", "Nairobi");
	expect_header("Lucia Probe\nGerente de Impuestos \xc2\xb7 Sueldo deseado: $55,000 MXN mensuales\n"
	    "lucia@example.mx\n\nExperience\nGerente, Acme, 2019 - 2024\n",
	    "Lucia Probe", "Gerente de Impuestos", NULL);
	expect_header("Jasmine Probe\n\nEdit\n\nSenior Pharmacist\nSingapore\n",
	    "Jasmine Probe", "Senior Pharmacist", "Singapore");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_faculty_titles),
		cmocka_unit_test(test_form_labels),
		cmocka_unit_test(test_broken_name),
		cmocka_unit_test(test_designed_pdf),
		cmocka_unit_test(test_summary_paragraph),
		cmocka_unit_test(test_sidebar_left_of_name),
		cmocka_unit_test(test_page_titles),
		cmocka_unit_test(test_name_pieces),
		cmocka_unit_test(test_headline_beside),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
