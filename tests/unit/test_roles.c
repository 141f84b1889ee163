/*
 * Role lines of CVs that are not in English or not US-shaped: which part is
 * the title and which the employer (by job words, legal forms and
 * organisation words), what after the employer is a place, parental leave,
 * promotions on one line, names wrapped over two lines, header lines a
 * bullet glyph made body, and the employer a raw Europass form reads last.
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

static void
test_role_words(void **state)
{
	(void)state;
	assert_true(role_title_score("Gesundheits- und Krankenpflegerin") > 0);
	assert_true(role_title_score("Functioneel applicatiebeheerder") > 0);
	assert_true(role_title_score("Redovisningsekonom") > 0);
	assert_true(role_title_score("Specjalistka ds. kadr i p\xc5\x82" "ac") > 0);
	assert_true(role_title_score("T\xc3\xa9" "cnica de Calidad") > 0);
	assert_true(role_title_score("Attach\xc3\xa9" "e de presse") > 0);
	/* Finnish and Nordic compounds, a title word at their end */
	assert_true(role_title_score("Varastop\xc3\xa4\xc3\xa4llikk\xc3\xb6") > 0);
	assert_true(role_title_score("Sairaanhoitaja") > 0);
	assert_true(role_title_score("Afdelingsleder") > 0);
	assert_true(role_title_score("Murersvend") > 0);
	assert_true(role_title_score("R\xc3\xb8rleggerl\xc3\xa6rling") > 0);
	assert_true(role_title_score("Kauppakeskus Ideapark") == 0);
	assert_true(role_company_score("Gemeente Utrecht") > 0);
	assert_true(role_company_score("Sundsvalls kommun") > 0);
	assert_true(role_company_score("Universit\xc3\xa4tsklinikum Leipzig") > 0);
	assert_true(role_company_score("Helios Park-Klinikum Leipzig") > 0);
	assert_true(role_company_score("Solaris Bus & Coach Sp. z o.o.") > 0);
	assert_true(role_company_score("Vasakronan AB") > 0);
	assert_true(role_company_score("Maersk A/S") > 0);
	/* an organisation's word beside a job names the job's place */
	assert_int_equal(role_company_score("Hospital Pharmacist"), 0);
	/* short forms count only capitalised */
	assert_int_equal(role_company_score("as a tester"), 0);
	/* the note after a job is no firm's last word */
	assert_int_equal(role_company_score("Kitchen Porter (agency)"), 0);
	/* the organisation's words make no firm a town goes with */
	assert_int_equal(role_firm_score("Universit\xc3\xa4tsklinikum"), 0);
}

static void
expect_job(const struct profile *p, size_t i, const char *name, const char *position)
{
	assert_true(i < p->nwork);
	assert_non_null(p->work[i].name);
	assert_non_null(p->work[i].position);
	assert_string_equal(p->work[i].name, name);
	assert_string_equal(p->work[i].position, position);
}

/* Title first or employer first, told apart by their words. */
static void
test_role_order(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Pieter de Vries\npieter@example.nl\n\nWerkervaring\n\n"
	    "Functioneel applicatiebeheerder\nGemeente Utrecht\njan 2020 - heden\n\n"
	    "Sundsvalls kommun\nEkonomiassistent\n2016 - 2019\n\n"
	    "Specjalistka ds. kadr\nSolaris Bus & Coach Sp. z o.o., Bolechowo\n"
	    "2014 - 2016\n\n"
	    "T\xc3\xa9" "cnica de Calidad\nEstrella de Levante, Espinardo\n2012 - 2014\n");
	assert_int_equal(p->nwork, 4);
	expect_job(p, 0, "Gemeente Utrecht", "Functioneel applicatiebeheerder");
	expect_job(p, 1, "Sundsvalls kommun", "Ekonomiassistent");
	expect_job(p, 2, "Solaris Bus & Coach Sp. z o.o.", "Specjalistka ds. kadr");
	assert_string_equal(p->work[2].location, "Bolechowo");
	expect_job(p, 3, "Estrella de Levante", "T\xc3\xa9" "cnica de Calidad");
	profile_free(p);
}

/* Parental leave in Swedish, Polish, Dutch is no job. */
/* "Org (Job)" on one line; "Org, Department of X" over roles dated
 * within its dates: the unit is no job, the firm heads the roles. */
static void
test_org_parens_unit(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ola Probe\nola@example.com\n\nExperience\n\n"
	    "Northfield Council, Department of Housing      Mar 2017 - Present\n"
	    "  Senior Planner, Jan 2022 - Present\n    > Led the housing plan\n"
	    "  Planner, Mar 2017 - Dec 2021\n    > Drew up site briefs\n\n"
	    "Harbour Homes (Graduate Planner)      Aug 2015 - Feb 2017\n");
	assert_int_equal(p->nwork, 3);
	assert_string_equal(p->work[0].name, "Northfield Council");
	assert_string_equal(p->work[0].position, "Senior Planner");
	assert_string_equal(p->work[1].position, "Planner");
	assert_string_equal(p->work[2].name, "Harbour Homes");
	assert_string_equal(p->work[2].position, "Graduate Planner");
	profile_free(p);
}

/* An employer's line over its roles as list items, each dated, their
 * duties one level down (one dated by a year alone): a role each. */
static void
test_employer_items(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Aino Probe\naino@example.fi\n\nExperience\n----------\n\n"
	    "**Kesko Lielahti**, Tampere\n\n* **Store Manager** (03/2020 - now)\n"
	    "    * Launched click and collect 2021\n"
	    "* **Department Head, home goods** (01/2017 - 02/2020)\n"
	    "    * Ran seasonal campaigns\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Kesko Lielahti");
	assert_string_equal(p->work[1].name, "Kesko Lielahti");
	assert_string_equal(p->work[1].start, "2017-01");
	assert_int_equal(p->work[0].highlights.n, 1);
	profile_free(p);
}

static void
test_leave(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Anna Berg\nanna@example.se\n\nErfarenhet\n\n"
	    "Vasakronan AB, Stockholm\nRedovisningsekonom\n2021 - nu\n\n"
	    "F\xc3\xb6r\xc3\xa4ldraledig\n2019 - 2021\n\n"
	    "Urlop macierzy\xc5\x84ski\n2018 - 2019\n\n"
	    "Ouderschapsverlof\n2017 - 2018\n\n"
	    "SCA AB\nControllerassistent\n2014 - 2016\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 0, "Vasakronan AB", "Redovisningsekonom");
	expect_job(p, 1, "SCA AB", "Controllerassistent");
	profile_free(p);
}

/* A town after the comma, ending in a full stop; "City WA"; a place in
 * the organisation's name kept. */
static void
test_place_cuts(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Lucy Fern\nlucy@example.com\n\nExperience\n\n"
	    "Ingeniera de Procesos\nRepsol S.A., Cartagena.\n2019 - 2024\n\n"
	    "Line Cook\nRockpool Bar & Grill, Perth.\n2017 - 2019\n\n"
	    "Administration Officer - Department of Health\nPerth WA\n2015 - 2017\n\n"
	    "Krankenpflegerin\nUniversit\xc3\xa4tsklinikum Leipzig\n2013 - 2015\n");
	assert_int_equal(p->nwork, 4);
	expect_job(p, 0, "Repsol S.A.", "Ingeniera de Procesos");
	assert_string_equal(p->work[0].location, "Cartagena");
	expect_job(p, 1, "Rockpool Bar & Grill", "Line Cook");
	expect_job(p, 2, "Department of Health", "Administration Officer");
	assert_string_equal(p->work[2].location, "Perth WA");
	expect_job(p, 3, "Universit\xc3\xa4tsklinikum Leipzig", "Krankenpflegerin");
	assert_null(p->work[3].location);
	profile_free(p);
}

/* The address between the firm's name and its town (a park, a quarter, a
 * building, a unit, a state's postcode) goes with the town; a name the
 * town is part of stays with the firm. */
static void
test_address_cuts(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ana Ruiz\nana@example.com\n\nExperience\n\n"
	    "Team Leader\nConcentrix, Cebu IT Park, Lahug, Cebu City\n"
	    "August 2021 \xe2\x80\x93 Present\n\n"
	    "Supply Sergeant\nU.S. Army, 1st Cavalry Division, Fort Hood, TX 76544\n"
	    "March 2012 \xe2\x80\x93 August 2017\n\n"
	    "Logistics Specialist\nDefense Logistics Agency, Building 5190, Lackland, TX 78236\n"
	    "March 2010 \xe2\x80\x93 August 2011\n\n"
	    "Research Assistant\nAutonomous Systems Lab, ETH Z\xc3\xbcrich, Z\xc3\xbcrich.\n"
	    "March 2008 \xe2\x80\x93 August 2009\n");
	assert_int_equal(p->nwork, 4);
	expect_job(p, 0, "Concentrix", "Team Leader");
	assert_string_equal(p->work[0].location, "Cebu IT Park, Lahug, Cebu City");
	expect_job(p, 1, "U.S. Army", "Supply Sergeant");
	expect_job(p, 2, "Defense Logistics Agency", "Logistics Specialist");
	expect_job(p, 3, "Autonomous Systems Lab, ETH Z\xc3\xbcrich", "Research Assistant");
	profile_free(p);
}

/* Neither line's words tell the title from the firm: the order of the
 * section's other entries does, title first here; the line beside the
 * dates tells nothing of it. */
static void
test_section_order(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Rosa Vidal\nrosa@example.com\n\nExperience\n\n"
	    "Export Manager\nBodega Altos\nMar 2019 - Present\n\n"
	    "Sales Executive\nBodega Norton\nJun 2016 - Feb 2019\n\n"
	    "Cellar Hand\nCloudy Bay Vineyards\nFeb 2015 - May 2015\n");
	assert_int_equal(p->nwork, 3);
	expect_job(p, 0, "Bodega Altos", "Export Manager");
	expect_job(p, 2, "Cloudy Bay Vineyards", "Cellar Hand");
	profile_free(p);
	p = import("Rosa Vidal\nrosa@example.com\n\nExperience\n\n"
	    "Software Engineering Co-op        Jan 2025 - Aug 2025\n"
	    "Electronic Arts                   Burnaby, BC\n\n"
	    "Software Developer Co-op          May 2024 - Aug 2024\n"
	    "Clio                              Vancouver, BC\n\n"
	    "Teaching Assistant                Sep 2023 - Apr 2024\n"
	    "Department of Computer Science    Vancouver, BC\n");
	assert_int_equal(p->nwork, 3);
	expect_job(p, 0, "Electronic Arts", "Software Engineering Co-op");
	expect_job(p, 1, "Clio", "Software Developer Co-op");
	profile_free(p);
	/* both lines with an organisation's word */
	p = import("Rhys Owen\nrhys@example.com\n\nEmployment\n\n"
	    "Sept 2019 - to date   Head of Science\n"
	    "                      Glan Ffrwd Academy, Cardiff\n\n"
	    "Sept 2015 - Aug 2019  Second in Department (Science)\n"
	    "                      Hedley High School, Merthyr Tydfil\n\n"
	    "Sept 2012 - Aug 2015  Teacher of Chemistry\n"
	    "                      Cyres School, Penarth\n");
	assert_int_equal(p->nwork, 3);
	expect_job(p, 1, "Hedley High School", "Second in Department (Science)");
	profile_free(p);
}

/* Beside the job's own line, what follows the firm's name after a dash
 * is its site or its trade; an organisation's second name stays. */
static void
test_site_after_firm(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Rosa Vidal\nrosa@example.com\n\nExperience\n\n"
	    "Mantenedor Electromec\xc3\xa1nico Senior\n"
	    "Komatsu Cummins Chile \xe2\x80\x93 Faena Minera Escondida\nMar 2019 - Present\n\n"
	    "Export Sales Executive\nBodega Norton - Vinos y bebidas\nJun 2016 - Feb 2019\n\n"
	    "Research Assistant\nTechnion \xe2\x80\x93 Israel Institute of Technology\n"
	    "Feb 2014 - May 2016\n");
	assert_int_equal(p->nwork, 3);
	expect_job(p, 0, "Komatsu Cummins Chile", "Mantenedor Electromec\xc3\xa1nico Senior");
	assert_string_equal(p->work[0].location, "Faena Minera Escondida");
	expect_job(p, 1, "Bodega Norton", "Export Sales Executive");
	assert_null(p->work[1].location);
	expect_job(p, 2, "Technion - Israel Institute of Technology", "Research Assistant");
	profile_free(p);
}

/* The terms of the work in brackets after the title (two notes, hours or
 * weeks counted, a pay grade's code) are no part of it; a note on the job
 * itself stays. */
static void
test_terms_note(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Jo Kell\njo@example.com\n\nExperience\n\n"
	    "Office Coordinator (part-time, 25 hrs/wk)\nSt. Brendan Parish School\n2022 - Present\n\n"
	    "Audit Intern (24 weeks)\nKPMG PLT\n2020 - 2021\n\n"
	    "Supply Systems Analyst (GS-2003-11)\nDefense Logistics Agency\n2017 - 2020\n\n"
	    "Senior Supply Sergeant (92Y)\nU.S. Army\n2012 - 2017\n\n"
	    "Sales Assistant (part-time)\nKohl's\n2008 - 2011\n");
	assert_int_equal(p->nwork, 5);
	expect_job(p, 0, "St. Brendan Parish School", "Office Coordinator");
	expect_job(p, 1, "KPMG PLT", "Audit Intern");
	expect_job(p, 2, "Defense Logistics Agency", "Supply Systems Analyst");
	expect_job(p, 3, "U.S. Army", "Senior Supply Sergeant (92Y)");
	expect_job(p, 4, "Kohl's", "Sales Assistant (part-time)");
	profile_free(p);
}

/* A Japanese career sheet: the firm in lenticular brackets over its facts
 * (bulleted or not), its roles dated inside its dates, each a unit and a
 * title cut at a dash. */
static void
test_firm_sheet(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Haru Ishi\nharu@example.com\n\nWork History\n\n"
	    "\xe3\x80\x90Kanto Thermal Co., Ltd.\xe3\x80\x91 April 2013 \xe2\x80\x93 March 2022\n"
	    "  Business: automotive components\n"
	    "  Location: Kariya, Aichi\n\n"
	    "  Apr. 2019 \xe2\x80\x93 Mar. 2022 HVAC Module Design Group \xe2\x80\x94 Senior Engineer (team of 5)\n"
	    "  - Reduced module weight by 8%.\n\n"
	    "  Apr. 2013 \xe2\x80\x93 Mar. 2019 Thermal Systems Engineering Division \xe2\x80\x94 Design Engineer\n"
	    "  - Designed duct parts in CATIA V5.\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 0, "Kanto Thermal Co., Ltd.", "Senior Engineer");
	expect_job(p, 1, "Kanto Thermal Co., Ltd.", "Design Engineer");
	profile_free(p);
}

/* A firm's line with what the firm is beside its name, no job, heads the
 * roles dated inside its dates. */
static void
test_group_described(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Mei Tan\nmei@example.com\n\nExperience\n\n"
	    "Straits Commerce\n\n"
	    "   E-commerce marketplace \xc2\xb7 Singapore \xc2\xb7 04/2015 \xe2\x80\x93 06/2019\n\n"
	    "Lead Data Scientist\n\n"
	    "   02/2017 \xe2\x80\x93 06/2019\n"
	    "     * Built the search-ranking team.\n\n"
	    "Data Scientist\n\n"
	    "   04/2015 \xe2\x80\x93 01/2017\n"
	    "     * Built churn models.\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 0, "Straits Commerce", "Lead Data Scientist");
	expect_job(p, 1, "Straits Commerce", "Data Scientist");
	profile_free(p);
}

/* A form's labels, each over its value: what they say is the title and
 * what the employer holds, whatever the words would guess; the labels
 * on the lines themselves as much. */
static void
test_form_labels_settle(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ana Garza\nana@example.com\n\nExperiencia laboral\n\n"
	    "   Puesto\n          Contadora Sr. de Impuestos\n\n"
	    "   Empresa\n          FEMSA Comercio\n\n"
	    "   Periodo\n          ene 2019 \xe2\x80\x93 Actualmente\n\n"
	    "   Puesto\n          Auditora Semisenior\n\n"
	    "   Empresa\n          Deloitte M\xc3\xa9xico\n\n"
	    "   Periodo\n          jul 2015 \xe2\x80\x93 dic 2018\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 1, "Deloitte M\xc3\xa9xico", "Auditora Semisenior");
	profile_free(p);
	p = import("Ana Garza\nana@example.com\n\nExperience\n\n"
	    "Empresa: Contadora Sr. de Impuestos\nPuesto: Direcci\xc3\xb3n General\n2019 - 2021\n");
	assert_int_equal(p->nwork, 1);
	expect_job(p, 0, "Contadora Sr. de Impuestos", "Direcci\xc3\xb3n General");
	profile_free(p);
}

/* An unknown town after the firm's comma when a line above is the title;
 * working remotely in several languages. */
static void
test_town_and_remote(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ola Probe\nola@example.com\n\nExperience\n\n"
	    "Line Cook\nRockpool Bar & Grill, Fremantle\nJan 2017 \xe2\x80\x93 Jun 2018\n\n"
	    "Kelnerka\nRestauracja Pod Anio\xc5\x82" "ami, Kazimierz Dolny\n"
	    "Jan 2015 \xe2\x80\x93 Jun 2016\n\n"
	    "Data Analyst (Contract)\nMu Sigma, Remote\nJan 2013 \xe2\x80\x93 Jun 2014\n\n"
	    "Backend Developer\nNetguru, zdalnie\nJan 2011 \xe2\x80\x93 Jun 2012\n");
	assert_int_equal(p->nwork, 4);
	expect_job(p, 0, "Rockpool Bar & Grill", "Line Cook");
	assert_string_equal(p->work[0].location, "Fremantle");
	expect_job(p, 1, "Restauracja Pod Anio\xc5\x82" "ami", "Kelnerka");
	expect_job(p, 2, "Mu Sigma", "Data Analyst (Contract)");
	expect_job(p, 3, "Netguru", "Backend Developer");
	profile_free(p);
}

/* "Title, What, Firm": what lies between the title and the firm goes
 * with the title, unless it names a unit of the firm. */
static void
test_title_commas(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ola Probe\nola@example.com\n\nExperience\n\n"
	    "Adjunct Instructor, Linux System Administration, Austin Community College, "
	    "Austin, TX    08/2019 \xe2\x80\x93 Present\n   Teach two courses\n"
	    "Postdoctoral Researcher, Department of Engineering, University of Cambridge"
	    "    10/2016 \xe2\x80\x93 07/2019\n   Built robots\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 0, "Austin Community College",
	    "Adjunct Instructor, Linux System Administration");
	expect_job(p, 1, "University of Cambridge", "Postdoctoral Researcher");
	profile_free(p);
}

/* A promotion on one line: the last title. */
static void
test_promotion(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Liam Kerr\nliam@example.com\n\nExperience\n\n"
	    "Line Cook -> Lead Line Cook\nRockpool Pty Ltd\n2017 - 2021\n\n"
	    "Chef de partie, promoted to Sous Chef\nThe Ledbury Ltd\n2014 - 2016\n\n"
	    "T\xc3\xa9" "cnica de Obra -> Engenheira J\xc3\xbanior\nCasais, Lda.\n2012 - 2014\n");
	assert_int_equal(p->nwork, 3);
	assert_string_equal(p->work[0].position, "Lead Line Cook");
	assert_string_equal(p->work[1].position, "Sous Chef");
	assert_string_equal(p->work[2].position, "Engenheira J\xc3\xbanior");
	profile_free(p);
	/* the rest of a note the dates were cut from */
	p = import("Liam Kerr\nliam@example.com\n\nExperience\n\n**Zalando SE**, Berlin\n"
	    "- *Software Engineer* (10/2016 \xe2\x80\x93 03/2021, incl. 6 months parental "
	    "leave in 2020)\n  - Java services for checkout\n");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].position, "Software Engineer");
	profile_free(p);
}

/* An employer's name wrapped after "and"; header lines a bullet glyph
 * made body, lifted back. */
static void
test_wrapped_and_bulleted(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Annika Vogel\nannika@example.ch\n\nExperience\n\n"
	    "Postdoctoral Researcher\n"
	    "Eawag \xe2\x80\x93 Swiss Federal Institute of Aquatic Science and\nTechnology\n"
	    "01/2022 \xe2\x80\x93 present\n\xe2\x96\xaa Modelling rivers\n");
	assert_int_equal(p->nwork, 1);
	assert_non_null(strstr(p->work[0].name, "Aquatic Science and Technology"));
	/* both parts of the name, as no part names a job */
	assert_non_null(strstr(p->work[0].name, "Eawag"));
	assert_string_equal(p->work[0].position, "Postdoctoral Researcher");
	profile_free(p);
	p = import("Jan Nowak\njan@example.com\n\nExperience\n\n"
	    "2016 \xe2\x80\x93 2019 \xe2\x9e\xa2 DHL Supply Chain GmbH, Bonn\n"
	    "\xe2\x9e\xa2 Logistics Coordinator\n\xe2\x9e\xa2 Planned the routes of 40 trucks.\n\n"
	    "2014 \xe2\x80\x93 2016 \xe2\x9e\xa2 Amazon, Swansea\n\xe2\x9e\xa2 Warehouse Operative\n\n"
	    "2012 \xe2\x80\x93 2014\n\xc2\xbb Barista\n\xc2\xbb Grind Coffee Ltd\n");
	assert_int_equal(p->nwork, 3);
	expect_job(p, 0, "DHL Supply Chain GmbH", "Logistics Coordinator");
	assert_int_equal(p->work[0].highlights.n, 1);
	expect_job(p, 1, "Amazon", "Warehouse Operative");
	expect_job(p, 2, "Grind Coffee Ltd", "Barista");
	profile_free(p);
}

/* "Title bei Firm", "chez", "presso", "bij", "hos"; "en" only before a
 * firm's name; and the job words of several languages, employer first. */
static void
test_at_words(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ola Probe\nola@example.com\n\nExperience\n\n"
	    "Projektleiterin bei Continental AG, Hannover\n2020 \xe2\x80\x93 2023\n\n"
	    "Cheffe de projet chez Decathlon SA, Lille\n2018 \xe2\x80\x93 2020\n\n"
	    "Ingeniero de software en Telef\xc3\xb3nica S.A., Madrid\n2016 \xe2\x80\x93 2018\n\n"
	    "Adviseur bij Gemeente Rotterdam\n2012 \xe2\x80\x93 2014\n\n"
	    "Systemutvecklare hos Spotify AB, Stockholm\n2010 \xe2\x80\x93 2012\n");
	assert_int_equal(p->nwork, 5);
	expect_job(p, 0, "Continental AG", "Projektleiterin");
	expect_job(p, 1, "Decathlon SA", "Cheffe de projet");
	expect_job(p, 2, "Telef\xc3\xb3nica S.A.", "Ingeniero de software");
	expect_job(p, 3, "Gemeente Rotterdam", "Adviseur");
	expect_job(p, 4, "Spotify AB", "Systemutvecklare");
	profile_free(p);
	/* "Indra, Madrid": no town before the region, the employer */
	p = import("Ola Probe\nola@example.com\n\nExperience\n\n"
	    "T\xc3\xa9" "cnico en Sistemas\nIndra, Madrid\n2008 \xe2\x80\x93 2010\n\n"
	    "Comune di Bergamo\nAddetta all'ufficio tributi\n2006 \xe2\x80\x93 2008\n\n"
	    "Kreissparkasse K\xc3\xb6ln\nBankkauffrau\n2004 \xe2\x80\x93 2006\n\n"
	    "Pflegedienstleitung\nCaritas-Altenzentrum St. Josef, Bonn\n2002 \xe2\x80\x93 2004\n\n"
	    "Camarera en Cervecer\xc3\xad" "a La Tapa, Murcia\n2000 \xe2\x80\x93 2002\n");
	assert_int_equal(p->nwork, 5);
	expect_job(p, 0, "Indra", "T\xc3\xa9" "cnico en Sistemas");
	assert_string_equal(p->work[0].location, "Madrid");
	expect_job(p, 1, "Comune di Bergamo", "Addetta all'ufficio tributi");
	expect_job(p, 2, "Kreissparkasse K\xc3\xb6ln", "Bankkauffrau");
	expect_job(p, 3, "Caritas-Altenzentrum St. Josef", "Pflegedienstleitung");
	/* "en" before a name and its town */
	expect_job(p, 4, "Cervecer\xc3\xad" "a La Tapa", "Camarera");
	profile_free(p);
}

/* Headers of one line and of two, blank lines between the entries; a
 * date column whose range wraps after its dash; a highlight that lost its
 * bullet is no employer. */
static void
test_entry_shapes(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ola Probe\nola@example.com\n\nExperience\n\n"
	    "Systemutvecklare hos Spotify AB, Stockholm\n2010 \xe2\x80\x93 2012\n\n"
	    "F\xc3\xb6r\xc3\xa4ldraledig\n2008 \xe2\x80\x93 2010\n\n"
	    "Ekonomiassistent\nSundsvalls kommun\nLeverant\xc3\xb6rsreskontra och attestfl\xc3\xb6" "den.\n"
	    "2006 \xe2\x80\x93 2008\n\n"
	    "Controllerassistent\nSCA AB, \xc3\x96strand\n2004 \xe2\x80\x93 2006\n");
	assert_int_equal(p->nwork, 3);
	expect_job(p, 0, "Spotify AB", "Systemutvecklare");
	expect_job(p, 1, "Sundsvalls kommun", "Ekonomiassistent");
	expect_job(p, 2, "SCA AB", "Controllerassistent");
	profile_free(p);
	p = import("Camille Probe\ncamille@example.fr\n\nExp\xc3\xa9riences\n\n"
	    "Septembre 2017 \xe2\x80\x93       Boiron SA, Messimy\n"
	    "mars 2020              Assistante communication\n"
	    "                         R\xc3\xa9" "daction des communiqu\xc3\xa9s de presse\n"
	    "Janvier 2016 \xe2\x80\x93 ao\xc3\xbbt    Agence Rumeur Publique, Villeurbanne\n"
	    "2017                   Attach\xc3\xa9" "e de presse (CDD)\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 0, "Boiron SA", "Assistante communication");
	assert_string_equal(p->work[0].end, "2020-03");
	expect_job(p, 1, "Agence Rumeur Publique", "Attach\xc3\xa9" "e de presse (CDD)");
	profile_free(p);
	p = import("Liam Probe\nliam@example.com\n\nWork History\n"
	    "Site Supervisor \xe2\x80\x93 Fortescue Metals Group      March 2021 \xe2\x80\x93 Present\n"
	    "   Supervised a crew of 14 on a 2:1 roster\n"
	    "   Zero lost-time injuries over 30 months\n"
	    "Line Cook                                  February 2017 \xe2\x80\x93 February 2021\n"
	    "Rockpool Bar & Grill, Perth.\n"
	    "  Ran the grill section for 250-cover services\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 1, "Rockpool Bar & Grill", "Line Cook");
	profile_free(p);
}

/* Years inside the sentences of a job's body, its bullets lost or kept,
 * date events of the job and open no entry; a school's line with its
 * years, or a project's name before a dash, keeps them. */
static void
test_years_in_sentences(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Nadia Probe\nnadia@example.com\n\nExperience\n"
	    "Site Engineer\nBouygues Construction, Lyon\nMarch 2019 \xe2\x80\x93 Present\n"
	    "  Supervised the pouring of 40 floor slabs for the hospital wing (2021).\n"
	    "  Seconded to the Geneva office for six months (2022) to support a tender.\n"
	    "  Deployed to Marseille 2020\xe2\x80\x93" "2021 as the site's quality lead.\n"
	    "- handled the handover of the metro station in 2023\n"
	    "Junior Engineer\nVinci Energies, Grenoble\nJune 2016 \xe2\x80\x93 February 2019\n"
	    "  Drew the cable routes of two data centres.\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 0, "Bouygues Construction", "Site Engineer");
	assert_int_equal(p->work[0].highlights.n, 4);
	expect_job(p, 1, "Vinci Energies", "Junior Engineer");
	profile_free(p);
	p = import("Nadia Probe\nnadia@example.com\n\nProjects\n"
	    "- tram-times \xe2\x80\x94 an unofficial timetable API for Lyon (2019 \xe2\x80\x93 2020)\n\n"
	    "Education\n"
	    "magister in\xc5\xbcynier, Informatyka \xe2\x80\x94 Politechnika Gda\xc5\x84ska (2013 \xe2\x80\x93 2015)\n");
	assert_int_equal(p->nprojects, 1);
	assert_int_equal(p->neducation, 1);
	assert_string_equal(p->education[0].end, "2015");
	profile_free(p);
}

/* A contract's client is its employer; a form's facts of the job (hours,
 * pay, a supervisor's phone) beside the dates or under them are no part of
 * its header, but a title labelled with its dates is. */
static void
test_client_and_facts(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Rui Probe\nrui@example.pt\n\nExperience\n"
	    "Client: Arup\nBIM Coordinator\nMar 2021 \xe2\x80\x93 Present | Hours per week: 40 | Salary: $71,000\n"
	    "Supervisor: Ana Lopes, (21) 555 0199\n- Ran the clash detection of the hospital model.\n\n"
	    "Bentley Systems\nBIM Modeller\nJan 2018 \xe2\x80\x93 Feb 2021\n"
	    "- Modelled the MEP services of two schools.\n\n"
	    "Site Assistant: Jun 2016 \xe2\x80\x93 Dec 2017\nMota-Engil\n");
	assert_int_equal(p->nwork, 3);
	expect_job(p, 0, "Arup", "BIM Coordinator");
	expect_job(p, 1, "Bentley Systems", "BIM Modeller");
	assert_string_equal(p->work[2].start, "2016-06");
	profile_free(p);
	/* a course of study labelled in small words, its school named, is an
	 * entry, no fact */
	p = import("Anna Probe\n\nWykszta\xc5\x82" "cenie\n"
	    "2018 \xe2\x80\x93 Studia podyplomowe: Prawo pracy, Uniwersytet Jagiello\xc5\x84ski\n"
	    "2011\xe2\x80\x93" "2013 \xe2\x80\x93 Magister, Ekonomia, Uniwersytet Ekonomiczny w Krakowie\n");
	assert_int_equal(p->neducation, 2);
	assert_string_equal(p->education[0].end, "2018");
	profile_free(p);
}

/* "Bodega Norton | Luján de Cuyo, Mendoza": an unknown town before a
 * known region, after the firm's name, is the place; the firm stays
 * alone.  A lower-case department before "Firm, Town" keeps the firm. */
static void
test_town_region(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ana Probe\nana@example.ar\n\nExperience\n\n"
	    "Export Sales Executive\nBodega Norton | Luj\xc3\xa1n de Cuyo, Mendoza\nJun 2016 - Feb 2019\n\n"
	    "Intern\nBodega Ruca | Tupungato, Mendoza\nJan 2015 - May 2016\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 0, "Bodega Norton", "Export Sales Executive");
	assert_string_equal(p->work[0].location, "Luj\xc3\xa1n de Cuyo, Mendoza");
	expect_job(p, 1, "Bodega Ruca", "Intern");
	assert_string_equal(p->work[1].location, "Tupungato, Mendoza");
	profile_free(p);
}

/* A column of dates beside each entry's second line: the sentence there
 * is the body, the header above takes the dates. */
static void
test_dates_beside_body(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ana Probe\nana@example.no\n\nExperience\n\n"
	    "Senior Motion Designer, Anti Hamar, Oslo\n"
	    "2019\xe2\x80\x93" "2021 Led motion for the rebrand launch campaign. Built the template library.\n"
	    "Motion Designer, Kolon Studio, Bergen\n"
	    "2015\xe2\x80\x93" "2019 Animated content for thirty clients. Ran the studio's edit suite.\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 0, "Anti Hamar", "Senior Motion Designer");
	assert_string_equal(p->work[0].start, "2019");
	expect_job(p, 1, "Kolon Studio", "Motion Designer");
	assert_string_equal(p->work[1].end, "2019");
	profile_free(p);
}

/* A firm over the roles held there: a note with a year in brackets
 * after its name, a line telling what it is, its own range; each role
 * takes the firm and its place. */
static void
test_firm_over_roles(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Dan Probe\ndan@example.com\n\nPROFESSIONAL EXPERIENCE\n"
	    "CLOUDMERE, INC. (acquired by Titan Systems in 2018) \xc2\xb7 Seattle, WA          2012 \xe2\x80\x93 2019\n"
	    "B2B data-integration SaaS; grew from $10M to $120M ARR.\n"
	    "Senior Director, Platform Engineering (2016 \xe2\x80\x93 2019)\n"
	    "\xe2\x80\xa2 Owned infrastructure for 110 engineers.\n"
	    "Director of Engineering (2014 \xe2\x80\x93 2016)\n"
	    "\xe2\x80\xa2 Built the connectors organization.\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 0, "CLOUDMERE, INC.", "Senior Director, Platform Engineering");
	expect_job(p, 1, "CLOUDMERE, INC.", "Director of Engineering");
	assert_string_equal(p->work[1].location, "Seattle, WA");
	assert_string_equal(p->work[1].start, "2014");
	profile_free(p);
}

/* The job's title under the line that tells what the firm is; earlier
 * roles run in after a label, one after another, wrapped. */
static void
test_title_under_firm(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Dan Probe\ndan@example.com\n\nPROFESSIONAL EXPERIENCE\n"
	    "BRIGHTWATER ROBOTICS, INC. \xc2\xb7 San Francisco, CA          2019 \xe2\x80\x93 Present\n"
	    "Series C autonomous warehouse robotics company; 400 employees.\n"
	    "Vice President of Engineering\n"
	    "Lead all engineering: 6 directors, 250 engineers. Report to the CEO.\n"
	    "\xe2\x80\xa2 Grew engineering from 70 to 250.\n\n"
	    "Earlier roles: Senior Software Engineer, Pinecrest Software, Portland, OR (2005 \xe2\x80\x93 2012); Software\n"
	    "Engineer, Northgate Labs, Boston, MA (2003 \xe2\x80\x93 2005).\n");
	assert_int_equal(p->nwork, 3);
	expect_job(p, 0, "BRIGHTWATER ROBOTICS, INC.", "Vice President of Engineering");
	expect_job(p, 1, "Pinecrest Software", "Senior Software Engineer");
	expect_job(p, 2, "Northgate Labs", "Software Engineer");
	assert_string_equal(p->work[2].start, "2003");
	profile_free(p);
}

/* Jobs under a heading no dictionary knows: the first job's header over
 * its dates is no part of the top, a header like a list ("Club · Owner /
 * Chef") over dates no list of skills. */
static void
test_unnamed_section(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Dana Probe \xe2\x80\x94 Sous Chef, Portland\ndana@example.com\n\nKitchens\n\n"
	    "Ember & Oak \xc2\xb7 Sous Chef\n\nAugust 2021 \xe2\x80\x93 now \xc2\xb7 Portland, OR\n\n"
	    "  \xe2\x80\xa2 Run the line on 180-cover nights\n\n"
	    "Whitfield Supper Club \xc2\xb7 Owner / Chef\n\n2020 \xe2\x80\x93 now\n\n"
	    "Pine State Biscuits \xc2\xb7 Prep Cook\n\nJune 2015 \xe2\x80\x93 May 2017\n");
	assert_int_equal(p->nwork, 3);
	expect_job(p, 0, "Ember & Oak", "Sous Chef");
	expect_job(p, 1, "Whitfield Supper Club", "Owner / Chef");
	expect_job(p, 2, "Pine State Biscuits", "Prep Cook");
	assert_int_equal(p->nskills, 0);
	profile_free(p);
}

/* "Duties and Related Skills:" run in over a job's bullets heads no skills
 * section: the jobs after it stay jobs. */
static void
test_run_in_label(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Rui Probe\nrui@example.pt\n\nExperience\n"
	    "Arup\nBIM Coordinator\n03/2021 - Present\n\nDuties and Related Skills:\n\n"
	    "  \xe2\x80\xa2 Ran the clash detection of the hospital model.\n\n"
	    "Bentley Systems\nBIM Modeller\n01/2018 - 02/2021\n\nKey Skills Used:\n"
	    "  \xe2\x80\xa2 Modelled the MEP services of two schools.\n\n"
	    "Skills\nRevit, Navisworks\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 1, "Bentley Systems", "BIM Modeller");
	assert_int_equal(p->work[0].highlights.n, 1);
	assert_int_equal(p->nskills, 1);
	profile_free(p);
}

/* The profile the importer makes of the text printf would print. */
static struct profile *importf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static struct profile *
importf(const char *fmt, ...)
{
	char text[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	return import(text);
}

/* A Lebenslauf's and other CVs' headings of schooling: their rows are no
 * jobs. */
static void
test_education_headings(void **state)
{
	static const char *const headings[] = { "Schulische Ausbildung", "Berufsausbildung",
		"Hochschulstudium", "Schul- und Berufsausbildung", "Aus- und Weiterbildung",
		"Opleiding en cursussen", "Utbildningar", "Wykszta\xc5\x82" "cenie i kursy",
		"Percorso formativo", "ANTECEDENTES ACAD\xc3\x89MICOS", "Educational Attainment",
		"H\xe1\xbb\x8c" "C V\xe1\xba\xa4N", "Tr\xc3\xacnh \xc4\x91\xe1\xbb\x99 h\xe1\xbb\x8d" "c v\xe1\xba\xa5n",
		"Opleidingen en diploma's", NULL };

	(void)state;
	for (int i = 0; headings[i] != NULL; i++) {
		struct profile *p = importf("Tobias Probe\ntobias@example.de\n\n"
		    "Berufserfahrung\n\n01/2020 \xe2\x80\x93 12/2022  Controller\n"
		    "                   Stadtwerke Erfurt GmbH\n\n%s\n\n"
		    "10/2009 \xe2\x80\x93 07/2014  Universit\xc3\xa4t Jena\n"
		    "                   Master of Science BWL\n", headings[i]);
		assert_int_equal(p->nwork, 1);
		assert_int_equal(p->neducation, 1);
		profile_free(p);
	}
}

/* Headings of work after the schooling: their rows are jobs. */
static void
test_work_headings(void **state)
{
	static const char *const headings[] = { "Anst\xc3\xa4llningar", "Erhvervserfaring",
		"Przebieg kariery", "Percurso profissional", "Loopbaan",
		"Besch\xc3\xa4" "ftigungsverlauf", "Esperienze di lavoro", "Antecedentes laborales",
		"KINH NGHI\xe1\xbb\x86M L\xc3\x80M VI\xe1\xbb\x86" "C", NULL };

	(void)state;
	for (int i = 0; headings[i] != NULL; i++) {
		struct profile *p = importf("Tobias Probe\ntobias@example.de\n\n"
		    "Ausbildung\n\n2009 \xe2\x80\x93 2014  Universit\xc3\xa4t Jena\n"
		    "             Master of Science BWL\n\n%s\n\n"
		    "01/2020 \xe2\x80\x93 12/2022  Controller\n"
		    "                   Stadtwerke Erfurt GmbH\n", headings[i]);
		assert_int_equal(p->nwork, 1);
		assert_int_equal(p->neducation, 1);
		profile_free(p);
	}
}

/* Headings of courses and of voluntary work: their rows are no jobs. */
static void
test_other_headings(void **state)
{
	static const char *const headings[] = { "Ehrenamtliche T\xc3\xa4tigkeiten",
		"Engagement associatif", "Zertifikate und Weiterbildungen",
		"Kurse und Zertifikate", "Corsi di formazione", "Kurser och certifieringar",
		"Cursos y capacitaciones", "Ch\xe1\xbb\xa9ng ch\xe1\xbb\x89", NULL };

	(void)state;
	for (int i = 0; headings[i] != NULL; i++) {
		struct profile *p = importf("Tobias Probe\ntobias@example.de\n\n"
		    "Berufserfahrung\n\n01/2020 \xe2\x80\x93 12/2022  Controller\n"
		    "                   Stadtwerke Erfurt GmbH\n\n%s\n\n"
		    "10/2009 \xe2\x80\x93 07/2014  Jugendtrainer\n"
		    "                   TSV Jena 1880 e.V.\n", headings[i]);
		assert_int_equal(p->nwork, 1);
		assert_int_equal(p->nvolunteer + p->ncertificates, 1);
		profile_free(p);
	}
}

/* Labels of the employer and the title in other languages: a form of
 * them, or a few among the header lines. */
static void
test_labels(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Luc\xc3\xad" "a Probe\nlucia@example.es\n\nExperiencia profesional\n\n"
	    "Empresa: Mercadona S.A.\nCargo: Jefa de secci\xc3\xb3n\nFechas: 03/2018 - actualidad\n\n"
	    "Empresa: El Corte Ingl\xc3\xa9s, Valencia\nPuesto: Dependienta\n"
	    "Periodo: 06/2014 - 02/2018\n\n"
	    "Arbeitgeber: Lidl Dienstleistung GmbH & Co. KG\nPosition: Filialleiterin\n"
	    "Zeitraum: 01/2012 - 05/2014\n\n"
	    "Werkgever: Albert Heijn B.V.\nFunctie: Teamleider\nPeriode: 2010 - 2011\n");
	assert_int_equal(p->nwork, 4);
	expect_job(p, 0, "Mercadona S.A.", "Jefa de secci\xc3\xb3n");
	expect_job(p, 1, "El Corte Ingl\xc3\xa9s", "Dependienta");
	expect_job(p, 2, "Lidl Dienstleistung GmbH & Co. KG", "Filialleiterin");
	expect_job(p, 3, "Albert Heijn B.V.", "Teamleider");
	profile_free(p);
	p = import("Ola Probe\nola@example.com\n\nExperiencia\n\n"
	    "Empresa: Mercadona S.A., Valencia\nCargo: Jefa de secci\xc3\xb3n\n03/2018 - actualidad\n\n"
	    "Empresa: Lidl Supermercados S.A.U.\nCargo: Cajera\n06/2014 - 02/2018\n");
	assert_int_equal(p->nwork, 2);
	expect_job(p, 0, "Mercadona S.A.", "Jefa de secci\xc3\xb3n");
	expect_job(p, 1, "Lidl Supermercados S.A.U.", "Cajera");
	profile_free(p);
}

/* pdftotext without -layout on a Europass form: the second job's sector
 * left blank, its employer the last value; the third's employer read
 * after the values of the next block. */
static void
test_europass_late_employer(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Informaci\xc3\xb3n personal\nNombre(s) / Apellido(s)\n"
	    "Correo(s) electr\xc3\xb3nico(s)\n\nAna Ruiz\nana@example.es\n\n"
	    "Experiencia laboral\nFechas\nPuesto o cargo ocupado\n"
	    "Principales actividades y\nresponsabilidades\n"
	    "Nombre y direcci\xc3\xb3n de la empresa o\nempleador\n"
	    "Tipo de empresa o sector\n\n"
	    "01/2020 - 12/2022\nAnalista de datos\nInformes para la direcci\xc3\xb3n\n"
	    "Turia Datos S.L., Valencia\nSeguros\n\n"
	    "Fechas\nPuesto o cargo ocupado\nPrincipales actividades y\nresponsabilidades\n"
	    "Nombre y direcci\xc3\xb3n de la empresa o\nempleador\nTipo de empresa o sector\n\n"
	    "09/2015 - 12/2019\nDesarrolladora de informes\nCuadros de mando en Power BI\n"
	    "Modelos de ventas en SQL Server\nHorta Retail Group S.L., Paterna\n\n"
	    "Fechas\nPuesto o cargo ocupado\nPrincipales actividades y\nresponsabilidades\n"
	    "Nombre y direcci\xc3\xb3n de la empresa o\nempleador\n\n"
	    "03/2014 - 08/2015\nBecaria de an\xc3\xa1lisis\nLimpieza de datos de sensores\n\n"
	    "Distribuci\xc3\xb3n minorista\n\n"
	    "Instituto Tecnol\xc3\xb3gico de Movilidad Urbana, Valencia\n");
	assert_int_equal(p->nwork, 3);
	assert_string_equal(p->work[1].name, "Horta Retail Group S.L.");
	assert_string_equal(p->work[2].name, "Instituto Tecnol\xc3\xb3gico de Movilidad Urbana");
	profile_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_words),
		cmocka_unit_test(test_role_order),
		cmocka_unit_test(test_leave),
		cmocka_unit_test(test_place_cuts),
		cmocka_unit_test(test_address_cuts),
		cmocka_unit_test(test_section_order),
		cmocka_unit_test(test_site_after_firm),
		cmocka_unit_test(test_terms_note),
		cmocka_unit_test(test_firm_sheet),
		cmocka_unit_test(test_group_described),
		cmocka_unit_test(test_form_labels_settle),
		cmocka_unit_test(test_town_and_remote),
		cmocka_unit_test(test_title_commas),
		cmocka_unit_test(test_promotion),
		cmocka_unit_test(test_wrapped_and_bulleted),
		cmocka_unit_test(test_at_words),
		cmocka_unit_test(test_entry_shapes),
		cmocka_unit_test(test_years_in_sentences),
		cmocka_unit_test(test_client_and_facts),
		cmocka_unit_test(test_run_in_label),
		cmocka_unit_test(test_town_region),
		cmocka_unit_test(test_dates_beside_body),
		cmocka_unit_test(test_firm_over_roles),
		cmocka_unit_test(test_title_under_firm),
		cmocka_unit_test(test_unnamed_section),
		cmocka_unit_test(test_education_headings),
		cmocka_unit_test(test_work_headings),
		cmocka_unit_test(test_other_headings),
		cmocka_unit_test(test_labels),
		cmocka_unit_test(test_org_parens_unit),
		cmocka_unit_test(test_employer_items),
		cmocka_unit_test(test_europass_late_employer),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
