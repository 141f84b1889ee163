/*
 * The text of PDF résumés as pdftotext -layout gives it: what is a second
 * column and what only looks like one (a column of dates or labels, dates
 * and places set flush right), a sidebar beside the main column, the
 * Europass form in its other languages and editions, bullets whose glyph
 * the PDF lost.
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
#include "profile.h"

#include "test_importer.h"

/* Whether some line of the layout is s. */
static int
has_line(const struct layout *L, const char *s)
{
	for (size_t i = 0; i < L->n; i++)
		if (strcmp(L->v[i].s, s) == 0)
			return 1;
	return 0;
}

/* A Lebenslauf: a column of dates and labels beside the values. */
static void
test_label_column(void **state)
{
	struct layout L;

	(void)state;
	layout_build("Name                Jonas Brandt\n"
	    "Anschrift           Lindenweg 4\n"
	    "                    04109 Leipzig\n"
	    "Tel.                0341 555 12\n"
	    "Geburtsdatum        02.03.1990\n\n"
	    "Berufserfahrung\n"
	    "seit 03/2019        Teamleiter Entwicklung\n"
	    "                    Saale Software GmbH, Halle\n"
	    "10/2015 - 02/2019   Entwickler\n"
	    "                    Elster Daten AG, Leipzig\n\n"
	    "Kenntnisse\n"
	    "Programmierung      Java, Kotlin, SQL\n"
	    "Werkzeuge           Git, Jenkins, Docker\n", &L, 0);
	assert_true(has_line(&L, "seit 03/2019\tTeamleiter Entwicklung"));
	assert_true(has_line(&L, "Anschrift\tLindenweg 4"));
	assert_true(has_line(&L, "Programmierung\tJava, Kotlin, SQL"));
	layout_free(&L);
}

/* moderncv: the dates set flush right in their column. */
static void
test_dates_flush_right(void **state)
{
	struct layout L;

	(void)state;
	layout_build("      2020-present    Staff Engineer, Liffey Payments Ltd., Dublin.\n"
	    "                      Owns the SLO programme for 70 services\n"
	    "         2016-2020    Site Reliability Engineer, Corrib Games, Galway.\n"
	    "                      Built monitoring for 400 game servers\n"
	    "         2013-2016    Systems Administrator, Lagos Cloud Hosting, Lagos.\n\n"
	    "         Languages    Go, Python, Bash\n"
	    "    Infrastructure    Kubernetes, Terraform, Helm\n", &L, 0);
	assert_true(has_line(&L, "2016-2020\tSite Reliability Engineer, Corrib Games, Galway."));
	layout_free(&L);
}

/* awesome-cv: the employer's town and the dates flush right. */
static void
test_places_flush_right(void **state)
{
	struct layout L;

	(void)state;
	layout_build("Redwood Analytics, Inc.                                 San Francisco, CA\n"
	    "Senior Machine Learning Engineer                      Aug. 2021 - Present\n"
	    "   Built the real-time fraud scoring service\n"
	    "Bayline Health                                                Oakland, CA\n"
	    "Machine Learning Engineer                           Mar. 2018 - Jul. 2021\n"
	    "   Trained readmission-risk models\n"
	    "Wroclaw Institute of Technology                           Wroclaw, Poland\n"
	    "Research Assistant                                  Oct. 2015 - Jan. 2018\n"
	    "Subword units for Polish speech recognition             Interspeech 2017\n", &L, 0);
	assert_true(has_line(&L, "Bayline Health\tOakland, CA"));
	assert_true(has_line(&L, "Machine Learning Engineer\tMar. 2018 - Jul. 2021"));
	layout_free(&L);
}

/* A sidebar lower than the main column: its contacts and skills are read
 * apart, and the main column's first heading stays with its roles. */
static void
test_sidebar_heading(void **state)
{
	struct layout L;
	size_t h = 0, role = 0, skills = 0;

	(void)state;
	layout_build("                            Anna Lehmann\n"
	    "                            Data Scientist\n\n"
	    "                            BERUFSERFAHRUNG\n"
	    "KONTAKT                     seit 04/2021        Senior Data Scientist\n"
	    "+49 341 555 72 09                               Handelsgruppe GmbH, Leipzig\n"
	    "anna@example.de                                   Aufbau einer Nachfrageprognose\n"
	    "Karl-Liebknecht-Str. 88                           Betrieb der Modelle mit MLflow\n"
	    "04275 Leipzig               01/2018 - 03/2021   Data Scientist\n"
	    "KENNTNISSE                                      Vision Systems GmbH, Dresden\n"
	    "Python                                            Bildverarbeitung mit PyTorch\n"
	    "PyTorch                     10/2016 - 12/2017   Werkstudentin Datenanalyse\n"
	    "SQL                                             Verkehrsbetriebe, Leipzig\n",
	    &L, 0);
	for (size_t i = 0; i < L.n; i++) {
		h = strcmp(L.v[i].s, "BERUFSERFAHRUNG") == 0 ? i : h;
		role = strncmp(L.v[i].s, "seit 04/2021", 12) == 0 ? i : role;
		skills = strcmp(L.v[i].s, "KENNTNISSE") == 0 ? i : skills;
	}
	assert_true(skills < h);
	assert_true(h < role);
	assert_true(has_line(&L, "Python"));
	layout_free(&L);
}

/* The Polish form of a later edition ("Okres", "Stanowisko"), its grid of
 * language levels, an employer with its street address, the name given
 * surname first, the headline above the form. */
static void
test_europass_polish(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Curriculum Vitae              Kowal, Jan\n"
	    "Europass                      Tester oprogramowania\n\n"
	    "Informacje osobiste\n"
	    "Imi\xc4\x99 (imiona) / Nazwisko(-a)  Kowal, Jan\n"
	    "Adres(-y)                     ul. D\xc5\x82uga 17, 31-147 Krak\xc3\xb3w\n"
	    "E-mail(e)                     jan.kowal@example.pl\n\n"
	    "Do\xc5\x9bwiadczenie zawodowe\n"
	    "Okres                         10.2017 \xe2\x80\x93 05.2021\n"
	    "Stanowisko                    Praktykantka w dziale QA\n"
	    "Nazwa i adres pracodawcy      Wawel Fintech Sp. z o.o., ul. Lubicz 23, Krak\xc3\xb3w\n\n"
	    "Umiej\xc4\x99tno\xc5\x9b" "ci i kompetencje osobiste\n"
	    "J\xc4\x99zyk(i) ojczysty(e)          polski\n"
	    "Samoocena                     Rozumienie    M\xc3\xb3wienie    Pisanie\n"
	    "                    angielski   C1    C1    B2    B2    B2\n\n"
	    "Umiej\xc4\x99tno\xc5\x9b" "ci i kompetencje   Playwright, Selenium, Postman\n"
	    "techniczne\n");
	assert_string_equal(p->basics.name, "Jan Kowal");
	assert_string_equal(p->basics.label, "Tester oprogramowania");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].name, "Wawel Fintech Sp. z o.o.");
	assert_string_equal(p->work[0].position, "Praktykantka w dziale QA");
	assert_string_equal(p->work[0].start, "2017-10");
	assert_int_equal(p->nskills, 1);
	assert_string_equal(p->skills[0].name,
	    "Umiej\xc4\x99tno\xc5\x9b" "ci i kompetencje techniczne");
	assert_int_equal(p->skills[0].keywords.n, 3);
	profile_free(p);
}

/* "Occupazione" / "desiderata/Settore" / "professionale": a label over
 * three lines, its value beside the first. */
static void
test_europass_three_lines(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Informazioni personali\n"
	    "Nome(i) / Cognome(i)       Giulia Ferraro\n"
	    "E-mail                     giulia@example.it\n\n"
	    "         Occupazione       Sviluppatrice backend Java\n"
	    "  desiderata/Settore\n"
	    "       professionale\n"
	    "Esperienza professionale\n"
	    "Date                       Marzo 2019 \xe2\x86\x92 oggi\n"
	    "Lavoro o posizione ricoperti   Senior Backend Developer\n"
	    "Nome e indirizzo del datore di lavoro   Mole Pagamenti S.p.A., Torino\n");
	assert_string_equal(p->basics.label, "Sviluppatrice backend Java");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].start, "2019-03");
	assert_null(p->work[0].end);
	profile_free(p);
}

/* pdftotext without -layout: the labels of a part, then its values; the
 * grid of levels a cell a line, which is no pair of labels and lists. */
static void
test_europass_raw_grid(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Informaci\xc3\xb3n personal\nNombre(s) / Apellido(s)\n"
	    "Correo(s) electr\xc3\xb3nico(s)\n\nAna Ruiz\nana@example.es\n\n"
	    "Experiencia laboral\nFechas\nPuesto o cargo ocupado\n"
	    "Nombre y direcci\xc3\xb3n de la empresa o empleador\n\n"
	    "01/2020 - 12/2022\nAnalista de datos\nTuria Datos S.L., Valencia\n\n"
	    "Capacidades y competencias personales\nLengua(s) materna(s)\n"
	    "Otro(s) idioma(s)\nAutoevaluaci\xc3\xb3n\n\nEspa\xc3\xb1ol\nIngl\xc3\xa9s\n\n"
	    "C1 Usuario\nB2 Usuario\n\ncompetente\nindependiente\n\n"
	    "T\xc3\xa9" "cnicas\nInform\xc3\xa1ticas\n\nAirflow, Spark\nPython, SQL\n");
	assert_int_equal(p->nwork, 1);
	assert_int_equal(p->nskills, 2);
	assert_string_equal(p->skills[0].name, "T\xc3\xa9" "cnicas");
	assert_string_equal(p->skills[1].keywords.v[0], "Python");
	profile_free(p);
}

/* The Europass of the online editor: a place in labels after the firm or
 * the school, and other labels after it. */
static void
test_europass_place_labels(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ana Ruiz\nana@example.es\n\nEXPERIENCIA LABORAL\n"
	    "[ 01/04/2021 \xe2\x80\x93 Actual ]\nIngeniera de datos\n"
	    "Turia Datos S.L. Ciudad: Valencia | Pa\xc3\xads: Espa\xc3\xb1" "a\n\n"
	    "EDUCACI\xc3\x93N Y FORMACI\xc3\x93N\n[ 2012 \xe2\x80\x93 2016 ]\n"
	    "Grado en Matem\xc3\xa1ticas\n"
	    "Universidad de Murcia Ciudad: Murcia | Pa\xc3\xads: Espa\xc3\xb1" "a | "
	    "Nota final: 8,1\n");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].name, "Turia Datos S.L.");
	assert_int_equal(p->neducation, 1);
	assert_non_null(strstr(p->education[0].institution, "Universidad de Murcia"));
	assert_null(strstr(p->education[0].institution, "Nota"));
	profile_free(p);
}

/* A bullet whose glyph the PDF lost, ending its sentence with a year, is
 * no role of that year. */
static void
test_lost_bullet_year(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Marta Nowak\n\nExperience\n"
	    "Senior Engineer, Redwood Analytics, Inc.          Aug. 2021 - Present\n"
	    "   Built the real-time fraud scoring service for card payments\n"
	    "   Introduced shadow deployments and drift alerts, catching 3 silent "
	    "regressions in 2023\n"
	    "Engineer, Bayline Health                          Mar. 2018 - Jul. 2021\n");
	assert_int_equal(p->nwork, 2);
	profile_free(p);
	/* its sentence wrapped: the rest in lower case goes on with it */
	p = import("Marta Nowak\n\nExperience\n"
	    "Senior Engineer, Redwood Analytics, Inc.          Aug. 2021 - Present\n"
	    "   Rebuilt the shipment-tracking API in Go; 4x throughput on half the\n"
	    "   servers\n"
	    "   Led the move to Azure SQL with zero downtime\n");
	assert_int_equal(p->nwork, 1);
	assert_int_equal(p->work[0].highlights.n, 2);
	assert_string_equal(p->work[0].highlights.v[0],
	    "Rebuilt the shipment-tracking API in Go; 4x throughput on half the servers");
	profile_free(p);
}

/* A footer repeated at the foot of every page goes from the first too. */
static void
test_first_footer(void **state)
{
	struct layout L;

	(void)state;
	layout_build("Jan Kowal\nExperience\nTester, Acme\n"
	    "Strona 1 / 2 - Curriculum vitae Kowal Jan\n\f"
	    "Skills\nPython\nStrona 2 / 2 - Curriculum vitae Kowal Jan\n\f", &L, 0);
	for (size_t i = 0; i < L.n; i++)
		assert_null(strstr(L.v[i].s, "Strona"));
	layout_free(&L);
}

/* A form's labels beside their values, over the first role: the labels
 * are no sidebar, whatever language asks them. */
static void
test_form_labels(void **state)
{
	struct layout L;

	(void)state;
	layout_build("   Juha Virtanen\n   Varastopäällikkö\n\n Henkilötiedot\n"
	    "Syntymäaika                  03.04.1988\n"
	    "Osoite                       Hämeenkatu 5 A 12\n"
	    "Puhelin                      040 555 1234\n"
	    "Sähköposti                   juha.v@example.fi\n"
	    "Siviilisääty                 naimisissa\n"
	    "Ajokortti                    C-luokka\n\n"
	    " Työkokemus\n"
	    "Kesko Oyj                                            05/2019 – nykyään\n"
	    "Varastopäällikkö · Tampere\n"
	    "   Vastaan 40 hengen tiimistä\n"
	    "   Otin käyttöön uuden varastojärjestelmän\n"
	    "   Vähensin hävikkiä 15 %\n", &L, 0);
	assert_true(has_line(&L, "Syntymäaika\t03.04.1988"));
	assert_true(has_line(&L, "Ajokortti\tC-luokka"));
	layout_free(&L);
	/* labels set off by colons, of any wording */
	layout_build("   Ana Horvat\n\nOsobni podaci\n"
	    "Datum i mjesto rođenja: 2. 5. 1990., Split\n"
	    "Adresa stanovanja:      Ilica 10 Zagreb\n"
	    "Broj mobitela:          091 555 2233\n"
	    "Bračno stanje:          udana\n"
	    "Vozačka dozvola:        kategorija B\n\n"
	    "Radno iskustvo\n"
	    "Konzum plus d.o.o.                                   2019 – danas\n"
	    "Voditeljica prodavaonice\n"
	    "   Vodi tim od 12 ljudi u smjeni\n"
	    "   Planira narudžbe i zalihe\n"
	    "   Uvela novi raspored smjena\n", &L, 0);
	assert_true(has_line(&L, "Bračno stanje:\tudana"));
	layout_free(&L);
}

/* A profile site's date column: each range with its length under it. */
static void
test_durations_under_dates(void **state)
{
	struct layout L;

	(void)state;
	layout_build(" SKILLS\n"
	    "    Logistics planning        SAP EWM   Forklift licence   Lean\n"
	    "    Kaizen           Dispatch\n\n"
	    " EXPERIENCE\n"
	    " 05/2019 – today                 Warehouse Manager\n"
	    " 5 years, 2 months               Nordlager AB · Malmö\n"
	    "                                   Runs a team of 40\n"
	    " 01/2015 – 04/2019               Shift Lead\n"
	    " 4 years, 4 months               Nordlager AB · Malmö\n"
	    " 08/2012 – 12/2014               Forklift Driver\n"
	    " 2 years, 5 months               Hamnlogistik · Helsingborg\n\n"
	    " LANGUAGES\n"
	    " Swedish                         Native\n"
	    " English                         Fluent\n", &L, 0);
	assert_true(has_line(&L, "05/2019 – today\tWarehouse Manager"));
	assert_true(has_line(&L, "5 years, 2 months\tNordlager AB · Malmö"));
	layout_free(&L);
}

/* A narrow date column: the range's end year under its month, the
 * header one space after the month. */
static void
test_year_under_month(void **state)
{
	struct layout L;

	(void)state;
	layout_build(" mar. 2017 – okt.  Murersvend, Hansen & Co ApS, Vejle\n"
	    " 2021               ■ Facader og tilbygninger\n"
	    " jun. 2013 – feb. Murerlærling, Vejle Murerforretning, Vejle\n"
	    " 2017\n", &L, 0);
	assert_true(has_line(&L, "mar. 2017 – okt. 2021\tMurersvend, Hansen & Co ApS, Vejle"));
	assert_true(has_line(&L, "jun. 2013 – feb. 2017 Murerlærling, Vejle Murerforretning, Vejle"));
	layout_free(&L);
}

/* A project's dates pdftotext read at the foot of the page, after the
 * skills: a labelled list over them is no job. */
static void
test_stray_date_under_list(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Rin Takahashi\n\nTechnical Skills\n"
	    "Languages: Go, Python, SQL\n"
	    "Developer Tools: Git, Docker, Terraform\n\n"
	    "Mar. 2022 – Jun. 2022\n");
	assert_int_equal(p->nwork, 0);
	profile_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_label_column),
		cmocka_unit_test(test_dates_flush_right),
		cmocka_unit_test(test_places_flush_right),
		cmocka_unit_test(test_sidebar_heading),
		cmocka_unit_test(test_europass_polish),
		cmocka_unit_test(test_europass_three_lines),
		cmocka_unit_test(test_europass_raw_grid),
		cmocka_unit_test(test_europass_place_labels),
		cmocka_unit_test(test_lost_bullet_year),
		cmocka_unit_test(test_first_footer),
		cmocka_unit_test(test_form_labels),
		cmocka_unit_test(test_durations_under_dates),
		cmocka_unit_test(test_year_under_month),
		cmocka_unit_test(test_stray_date_under_list),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
