/*
 * The rules that find the fields real résumés gave trouble with: working
 * for oneself as the employer, the city of an address, letter-spaced lines
 * that lost their word gaps, the place after a school, job boards' skill
 * lists and a web page's footer.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "consent.h"
#include "footer.h"
#include "heading.h"
#include "homeplace.h"
#include "import.h"
#include "layout.h"
#include "lexicon.h"
#include "parse.h"
#include "spaced.h"

#include "test_importer.h"

/* A certificate's level is part of its name, a bracketed year is its date,
 * and semicolons part two certificates on one line. */
static void
test_certificates(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ann Lee\nann@example.com\n\nCertifications\n"
	    "\xe2\x80\xa2 AWS Certified Security \xe2\x80\x93 Specialty (2022)\n"
	    "\xe2\x80\xa2 GIAC Certified Incident Handler (GCIH) (2020)\n"
	    "\xe2\x80\xa2 Lean Six Sigma Black Belt (2008); PMP (Mar 2016)\n"
	    "\xe2\x80\xa2 Kubernetes Administrator \xe2\x80\x93 CNCF (2021)\n");
	assert_int_equal(p->ncertificates, 5);
	assert_string_equal(p->certificates[0].name,
	    "AWS Certified Security \xe2\x80\x93 Specialty");
	assert_null(p->certificates[0].issuer);
	assert_string_equal(p->certificates[0].date, "2022");
	assert_string_equal(p->certificates[1].name, "GIAC Certified Incident Handler (GCIH)");
	assert_string_equal(p->certificates[1].date, "2020");
	assert_string_equal(p->certificates[2].name, "Lean Six Sigma Black Belt");
	assert_string_equal(p->certificates[2].date, "2008");
	assert_string_equal(p->certificates[3].name, "PMP");
	assert_string_equal(p->certificates[3].date, "2016-03");
	assert_string_equal(p->certificates[4].name, "Kubernetes Administrator");
	assert_string_equal(p->certificates[4].issuer, "CNCF");
	profile_free(p);
}

/* References under Publications: the title and the venue, without the
 * authors, the volume, the pages and the year. */
static void
test_publications(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ann Lee\nann@example.com\n\nPublications\n"
	    "- A. Lee, R. Shah. Flexible quorums for geo-replicated logs. OSDI 2022.\n"
	    "- Lee, A., & Shah, R. (2020). Streaming joins at scale. Proceedings of VLDB, "
	    "13(12), 2411\xe2\x80\x93" "2420.\n"
	    "- \"Graded porosity in silicon anodes\", Journal of Power Sources, 2021\n"
	    "- Calibrating sparse transformers. Lee, A. & Shah, R., Water Research, 2019.\n"
	    "- Post-hoc calibration under shift. Medical Image Analysis 71:102\xe2\x80\x93" "118, "
	    "2021.\n");
	assert_int_equal(p->npublications, 5);
	assert_string_equal(p->publications[0].name, "Flexible quorums for geo-replicated logs");
	assert_string_equal(p->publications[0].publisher, "OSDI");
	assert_string_equal(p->publications[0].release_date, "2022");
	assert_string_equal(p->publications[1].name, "Streaming joins at scale");
	assert_string_equal(p->publications[1].publisher, "Proceedings of VLDB");
	assert_string_equal(p->publications[1].release_date, "2020");
	assert_string_equal(p->publications[2].name, "Graded porosity in silicon anodes");
	assert_string_equal(p->publications[2].publisher, "Journal of Power Sources");
	assert_string_equal(p->publications[3].name, "Calibrating sparse transformers");
	assert_string_equal(p->publications[3].publisher, "Water Research");
	assert_string_equal(p->publications[4].name, "Post-hoc calibration under shift");
	assert_string_equal(p->publications[4].publisher, "Medical Image Analysis");
	profile_free(p);
}

/* Awards with their year and giver after commas; interests listed on one
 * line; a language's level after a dash. */
static void
test_awards_interests_languages(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ann Lee\nann@example.com\n\nAwards\n"
	    "- Engineering Award, 2022\n- Best Paper, DEBS 2019\n"
	    "- Young Professional Award, International Water Association, 2014\n\n"
	    "Languages\nHindi \xe2\x80\x93 B2, Tamil \xe2\x80\x93 native, French\n\n"
	    "Interests\nBouldering, chess, film photography\n");
	assert_int_equal(p->nawards, 3);
	assert_string_equal(p->awards[0].title, "Engineering Award");
	assert_null(p->awards[0].awarder);
	assert_string_equal(p->awards[0].date, "2022");
	assert_string_equal(p->awards[1].title, "Best Paper");
	assert_string_equal(p->awards[1].awarder, "DEBS");
	assert_string_equal(p->awards[2].title, "Young Professional Award");
	assert_string_equal(p->awards[2].awarder, "International Water Association");
	assert_int_equal(p->nlanguages, 3);
	assert_string_equal(p->languages[0].fluency, "B2");
	assert_string_equal(p->languages[1].fluency, "native");
	assert_null(p->languages[2].fluency);
	assert_int_equal(p->ninterests, 3);
	assert_string_equal(p->interests[2].name, "film photography");
	profile_free(p);
}

/* A consent to the processing of personal data, or a declaration, closing
 * a CV is no part of the section before it; Italian "Patente di guida" is
 * a driving licence, no patent. */
static void
test_consent(void **state)
{
	struct profile *p;

	(void)state;
	assert_true(consent_line("Wyra\xc5\xbc" "am zgod\xc4\x99 na przetwarzanie moich danych"));
	assert_true(consent_line("I hereby declare that the above is true."));
	assert_true(consent_line("Dati personali trattati ai sensi del GDPR 2016/679"));
	assert_false(consent_line("GDPR compliance audits for 40 clients"));
	assert_false(consent_line("I declared 3 patents"));
	p = import("Anna Nowak\nanna@example.com\n\nUmiej\xc4\x99tno\xc5\x9b" "ci\n"
	    "Excel, Symfonia, Comarch Optima\n\n"
	    "Wyra\xc5\xbc" "am zgod\xc4\x99 na przetwarzanie moich danych osobowych dla "
	    "potrzeb\nrekrutacji zgodnie z Rozporz\xc4\x85" "dzeniem (UE) 2016/679 (RODO).\n\n"
	    "Patente di guida\nB\n\n"
	    "Autorizzo il trattamento dei miei dati personali ai sensi del GDPR.\n");
	assert_int_equal(p->nskills, 1);
	assert_int_equal(p->skills[0].keywords.n, 3);
	assert_int_equal(p->npatents, 0);
	profile_free(p);
}

/* "Systemadministrator, Alster IT-Service GmbH, Hamburg": an unknown
 * title before a firm and a city that is also a region is a role, not the
 * last employer's place. */
static void
test_firm_not_place(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Lukas Brandt\nlukas@example.com\n\nBerufserfahrung\n"
	    "05/2022 \xe2\x80\x93 heute   DevOps Engineer, Elbwerk Logistik GmbH, Hamburg\n"
	    "- Betrieb von Clustern\n\n"
	    "08/2019 \xe2\x80\x93 04/2022   Systemadministrator, Alster IT-Service GmbH, "
	    "Hamburg\n- Migration von VMs\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[1].name, "Alster IT-Service GmbH");
	assert_string_equal(p->work[1].position, "Systemadministrator");
	assert_string_equal(p->work[1].location, "Hamburg");
	profile_free(p);
}

/* Text a PDF viewer flattened onto one line: headings in capitals or
 * title case without a colon, "▪" bullets running on into the next role,
 * and a date range ending each role's header. */
static void
test_flattened(void **state)
{
	struct profile *p;

	(void)state;
	p = import("ZAWADI OTIENO Operations Analyst Mombasa | zawadi.otieno@example.com | "
	    "+254 700 555 123 EXPERIENCE Bandari Freight Ltd Operations Analyst Jun 2022 "
	    "\xe2\x80\x93 Present \xe2\x96\xaa Cut container dwell time by 12% with a "
	    "berth planning model \xe2\x96\xaa Built the weekly KPI pack in Power BI Logistics "
	    "Coordinator Feb 2019 \xe2\x80\x93 May 2022 \xe2\x96\xaa Booked 400 shipments a "
	    "month for twelve clients EDUCATION Technical University of Mombasa BSc Logistics "
	    "2014 \xe2\x80\x93 2018 Languages English (fluent) Swahili (native) "
	    "SKILLS Power BI, SQL, Excel\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].start, "2022-06");
	assert_int_equal(p->work[0].highlights.n, 2);
	assert_string_equal(p->work[0].highlights.v[1], "Built the weekly KPI pack in Power BI");
	assert_string_equal(p->work[1].position, "Logistics Coordinator");
	assert_string_equal(p->work[1].end, "2022-05");
	assert_int_equal(p->neducation, 1);
	assert_int_equal(p->nlanguages, 2);
	assert_string_equal(p->languages[1].fluency, "native");
	profile_free(p);
}

/* Headings in Turkish, Danish, Finnish, Czech and Brazilian Portuguese. */
static void
test_more_headings(void **state)
{
	struct profile *p;
	static const char *const texts[] = {
		"\xc4\xb0\xc5\x9f Deneyimleri\nAcme A.\xc5\x9e.  May\xc4\xb1s 2020 - Halen\n"
		    "M\xc3\xbch" "endis\n\nE\xc4\x9fitim\nAnkara \xc3\x9cniversitesi 2010 - 2015\n",
		"Arbejdserfaring\nAcme A/S  maj 2020 \xe2\x80\x93 nu\nIngeni\xc3\xb8r\n\n"
		    "Uddannelse\nAarhus Universitet 2010 - 2015\n",
		"Ty\xc3\xb6kokemus\nAcme Oy  toukokuu 2020 \xe2\x80\x93 nyky\xc3\xa4\xc3\xa4n\n"
		    "Insin\xc3\xb6\xc3\xb6ri\n\nKoulutus\nAalto-yliopisto 2010 - 2015\n",
		"Pracovn\xc3\xad zku\xc5\xa1" "enosti\nAcme s.r.o.  kv\xc4\x9b" "ten 2020 \xe2\x80\x93 "
		    "dosud\nIn\xc5\xbe" "en\xc3\xbdr\n\nVzd\xc4\x9blan\xc3\xad\n"
		    "\xc4\x8cVUT v Praze 2010 - 2015\n",
		"Experi\xc3\xaancia Profissional\nAcme Ltda.  mai 2020 \xe2\x80\x93 atual\n"
		    "Engenheira\n\nForma\xc3\xa7\xc3\xa3o Acad\xc3\xaamica\n"
		    "Universidade de S\xc3\xa3o Paulo 2010 - 2015\n",
	};
	char buf[600];

	(void)state;
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		snprintf(buf, sizeof buf, "Ann Lee\nann@example.com\n\n%s", texts[i]);
		p = import(buf);
		assert_int_equal(p->nwork, 1);
		assert_non_null(p->work[0].start);
		assert_string_equal(p->work[0].start, "2020-05");
		assert_null(p->work[0].end);
		assert_int_equal(p->neducation, 1);
		profile_free(p);
	}
}

/* A table whose left column labels the sections beside their first line
 * (pdftotext -layout of a bordered Word CV): the labels head the sections,
 * no sidebar read apart. */
static void
test_label_column(void **state)
{
	struct profile *p;

	(void)state;
	p = import("                         Liam Ferris\n"
	    "                      Site Electrician\n\n"
	    "Contact          Geelong VIC 3220 | M: 0412 555 777 | E: liam@example.com.au\n"
	    "Profile          Licensed A-grade electrician with eight years on commercial\n"
	    "                 fit-outs.\n"
	    "Experience       Barwon Electrical Services                     Mar 2020 \xe2\x80\x93 current\n"
	    "                 Site Electrician\n"
	    "                 \xe2\x80\x93 Led fit-outs of three medical centres\n\n"
	    "                 Coastline Power                                02/2016 \xe2\x80\x93 02/2020\n"
	    "                 Apprentice Electrician\n"
	    "Education        Certificate III in Electrotechnology, Gordon TAFE          2016\n"
	    "Skills           Switchboards \xc2\xb7 Fault finding \xc2\xb7 Solar PV\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Barwon Electrical Services");
	assert_string_equal(p->work[0].position, "Site Electrician");
	assert_string_equal(p->work[1].position, "Apprentice Electrician");
	assert_int_equal(p->neducation, 1);
	assert_int_equal(p->nskills, 1);
	assert_int_equal(p->skills[0].keywords.n, 3);
	profile_free(p);
}

static void
test_self_employed(void **state)
{
	struct profile *p;

	(void)state;
	assert_true(role_self_employed("Self-employed"));
	assert_true(role_self_employed("FREELANCE"));
	assert_true(role_self_employed("Freiberuflich"));
	assert_true(role_self_employed("Autónomo"));
	assert_true(role_self_employed("Independent Consultant"));
	assert_false(role_self_employed("Freelance Data Engineer"));
	assert_false(role_self_employed("Independent Bank"));
	p = import("Ann Lee\nann@example.com\n\nExperience\n\n"
	    "Senior Engineer\nAcme Ltd - Austin, TX\nJan 2021 to Present\n- Led the API\n\n"
	    "Software Engineer\nSelf-employed - Austin, TX\nJun 2018 to Dec 2020\n- Client sites\n\n"
	    "Consultora de datos \xe2\x80\x94 Aut\xc3\xb3nomo\nmarzo 2016 \xe2\x80\x93 mayo 2018\n"
	    "- Proyectos\n");
	assert_int_equal(p->nwork, 3);
	assert_string_equal(p->work[1].name, "Self-employed");
	assert_string_equal(p->work[1].position, "Software Engineer");
	assert_string_equal(p->work[2].name, "Aut\xc3\xb3nomo");
	assert_string_equal(p->work[2].position, "Consultora de datos");
	profile_free(p);
	/* on a profile page, the kind of contract after the firm's name */
	p = import("Ann Lee\nann@example.com\n\nExperience\nUX Designer\n"
	    "Kanaalstroom Media \xc2\xb7 Freelance\nJan 2020 - Present\n");
	assert_string_equal(p->work[0].name, "Kanaalstroom Media");
	profile_free(p);
}

static void
test_compound_titles(void **state)
{
	(void)state;
	assert_true(role_title_score("Softwarearchitektin") > 0);
	assert_true(role_title_score("Projektleiter") > 0);
	assert_true(role_title_score("Cheffe de projet digital") > 0);
	assert_int_equal(role_title_score("Elbwerk"), 0);
	assert_true(role_company_score("Brazos Valley Credit Union") > 0);
}

static void
expect_city(const char *s, const char *city)
{
	struct layout L;
	struct ctx c = { &lx, NULL, &L };
	struct location loc;

	memset(&loc, 0, sizeof loc);
	if (city == NULL) {
		assert_false(homeplace_find(&c, s, &loc));
		return;
	}
	assert_true(homeplace_find(&c, s, &loc));
	assert_non_null(loc.city);
	assert_string_equal(loc.city, city);
	record_free(&loc, profile_location_fields, profile_nlocation_fields);
}

static void
test_homeplace(void **state)
{
	(void)state;
	expect_city("Austin, TX 78701", "Austin");
	expect_city("Invalidenstra\xc3\x9f" "e 44, 10115 Berlin", "Berlin");
	expect_city("18 rue Oberkampf, 75011 Paris", "Paris");
	expect_city("Keizersgracht 220, 1016 DZ Amsterdam", "Amsterdam");
	expect_city("14 Ancoats Street, Manchester M4 5AB", "Manchester");
	expect_city("42, 3rd Main Road, Indiranagar, Bengaluru - 560038", "Bengaluru");
	expect_city("Plot 14, Ahmadu Bello Way, Garki, Abuja, FCT, Nigeria.", "Abuja");
	expect_city("Based in Lisbon, Portugal", "Lisbon");
	expect_city("Remote (Lisbon)", "Lisbon");
	expect_city("Porto (remote)", "Porto");
	expect_city("Ikeja, Lagos", "Ikeja");
	expect_city("Didsbury, Manchester", "Manchester");
	expect_city("Kondapur, Hyderabad", "Hyderabad");
	expect_city("Lagos State, Nigeria", "Lagos");
	/* addresses: the town among streets, districts, regions and codes */
	expect_city("No. 14 Elelenwo Street, GRA Phase 2, Port Harcourt, Rivers State",
	    "Port Harcourt");
	expect_city("Kamiyashiro, Meito-ku, Nagoya-shi, Aichi", "Nagoya");
	expect_city("Jalan Kristal 7/69, 40000 Shah Alam, Selangor", "Shah Alam");
	expect_city("Antofagasta, Regi\xc3\xb3n de Antofagasta", "Antofagasta");
	expect_city("Mill Road, Ennis, Co. Clare", "Ennis");
	expect_city("Worms All\xc3\xa9 1, 8000 Aarhus C", "Aarhus");
	expect_city("Barangay Kapitolyo, Pasig City, Metro Manila, Philippines", "Pasig City");
	expect_city("Nasr City, Cairo, Egypt", "Cairo");
	expect_city("Kumasi, Ashanti Region, Ghana", "Kumasi");
	expect_city("Based in the cloud", NULL);
	/* a figure is no postcode: the words after it are no town */
	expect_city("Account Executive, $1M+ Quota Carrier, SaaS Sales", NULL);
	expect_city("Python, Lagos", NULL);
}

static void
test_header_city(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Marcus Dale\nAustin, TX 78701\nmarcus@example.net\n"
	    "Authorized to work in the US for any employer\n\nSkills\nGo\n");
	assert_string_equal(p->basics.location.city, "Austin");
	assert_null(p->basics.label);
	profile_free(p);
	p = import("Camille Roy\nCheffe de projet\n"
	    "Paris \xe2\x80\xa2 06 12 48 90 33 \xe2\x80\xa2 camille@example.fr\n\nSkills\nJira\n");
	assert_string_equal(p->basics.location.city, "Paris");
	assert_string_equal(p->basics.label, "Cheffe de projet");
	profile_free(p);
	p = import("Tom Hart\nJunior Front-End Developer based in Manchester. tom@example.com "
	    "\xc2\xb7 07700 900461\n\nSkills\nCSS\n");
	assert_string_equal(p->basics.label, "Junior Front-End Developer");
	assert_string_equal(p->basics.location.city, "Manchester");
	profile_free(p);
}

static void
expect_label(const char *in, const char *want)
{
	struct profile *p = import(in);

	if (want == NULL)
		assert_null(p->basics.label);
	else
		assert_string_equal(p->basics.label, want);
	profile_free(p);
}

/* Credentials and years of experience beside the job are not the job; a
 * form's address is no headline. */
static void
test_label_asides(void **state)
{
	(void)state;
	expect_label("Mia Wong\nSenior Pharmacist | BCPS\nmia@example.com\n\nSkills\nGo\n",
	    "Senior Pharmacist");
	expect_label("Mia Wong\nPrimary School Teacher \xc2\xb7 B.Ed. (Hons)\n"
	    "mia@example.com\n\nSkills\nGo\n", "Primary School Teacher");
	expect_label("Mia Wong\nEarly Childhood Teacher \xc2\xb7 B.Ed \xc2\xb7 QCT registered\n"
	    "mia@example.com\n\nSkills\nGo\n", "Early Childhood Teacher");
	expect_label("Omar Butt\nHeavy Duty Driver \xe2\x80\x93 14 years GCC experience\n"
	    "omar@example.com\n\nSkills\nGo\n", "Heavy Duty Driver");
	/* a field of work beside it stays */
	expect_label("Mia Wong\nProduct Designer \xc2\xb7 UX / UI\nmia@example.com\n\n"
	    "Skills\nGo\n", "Product Designer \xc2\xb7 UX / UI");
	expect_label("CV\n\nName:    Aoife Byrne\nAddress: Mill Road, Ennis, Co. Clare\n"
	    "Email:   aoife@example.ie\n\nSkills\nGo\n", NULL);
	/* another field of a form is none either; "CV" in Czech neither */
	expect_label("Rodrigo Vela\nClearance: Secret (active)\nrodrigo@example.com\n\n"
	    "Skills\nGo\n", NULL);
	expect_label("\xc5\xbdIVOTOPIS\n\nJm\xc3\xa9no a p\xc5\x99\xc3\xadjmen\xc3\xad: "
	    "Bc. Petr Dvo\xc5\x99\xc3\xa1k\nTelefon: 777 555 123\n\nSkills\nGo\n", NULL);
}

/* The name after a form's label in its language, without "Bc." */
static void
test_form_names(void **state)
{
	struct profile *p;

	(void)state;
	p = import("CURRICULUM VITAE\n\nNume \xc8\x99i prenume:   DUMITRESCU Ioana\n"
	    "Stare civil\xc4\x83:   c\xc4\x83s\xc4\x83torit\xc4\x83\n\nSkills\nExcel\n");
	assert_string_equal(p->basics.name, "DUMITRESCU Ioana");
	assert_null(p->basics.label);
	profile_free(p);
	p = import("\xc5\xbdIVOTOPIS\n\nJm\xc3\xa9no a p\xc5\x99\xc3\xadjmen\xc3\xad: "
	    "Bc. Petr Dvo\xc5\x99\xc3\xa1k\nTelefon: 777 555 123\n\nSkills\nGo\n");
	assert_string_equal(p->basics.name, "Petr Dvo\xc5\x99\xc3\xa1k");
	profile_free(p);
}

static void
test_site_menus(void **state)
{
	struct profile *p;

	(void)state;
	/* a job site's one-word brand before its menu is no name */
	p = import("Jobboom | Trouver un emploi | Mon profil | Alertes | D\xc3\xa9" "connexion\n\nMarc-Andr\xc3\xa9 Gagnon\n"
	    "Technicien comptable\n\nExp\xc3\xa9rience\nTechnicien, Desjardins, 2019 - 2023\n");
	assert_string_equal(p->basics.name, "Marc-Andr\xc3\xa9 Gagnon");
	profile_free(p);
	/* a person's own site menu keeps the name before it */
	p = import("Jane Doe | About | Blog\n\nExperience\nEngineer, Acme, 2019 - 2023\n");
	assert_string_equal(p->basics.name, "Jane Doe");
	profile_free(p);
	p = import("Edit profile\nAmara Okafor\nNurse\n\nExperience\nNurse, Lagos Clinic, 2019 - 2023\n");
	assert_string_equal(p->basics.name, "Amara Okafor");
	profile_free(p);
}

static void
expect_spaced(const char *in, const char *want)
{
	struct layout L;

	layout_build(in, &L, 0);
	spaced_resplit(&lx, &L);
	assert_true(L.n >= 1);
	assert_string_equal(L.v[0].s, want);
	layout_free(&L);
}

static void
test_spaced(void **state)
{
	(void)state;
	expect_spaced("Q A A U T O M AT I O N E N G I N E E R / S D E T\n",
	    "QA AUTOMATION ENGINEER / SDET");
	expect_spaced("W O R K E X P E R I E N C E\n", "WORK EXPERIENCE");
	expect_spaced("S E N I O R D A T A A N A L Y S T\n", "SENIOR DATA ANALYST");
	/* with its gaps, the words were never lost */
	expect_spaced("D A T A   A N A L Y S T\n", "DATA ANALYST");
	/* a name the words do not cover stays whole */
	expect_spaced("O W E N P R I T C H A R D\n", "OWENPRITCHARD");
}

static void
test_school_place(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Owen Pritch\nowen@example.co.uk\n\nEducation\n\n"
	    "UNIVERSITY OF LEEDS\tLeeds, UK\nBSc Computer Science, 2013 - 2016\n\n"
	    "Northwestern University \xe2\x80\x94 Evanston, IL\nMSc Analytics, 2016 - 2017\n\n"
	    "University of California, Berkeley\nBA Economics, 2009 - 2013\n\n"
	    "Uppsala University, Sweden\nMSc Physics, 2013 - 2015\n");
	assert_int_equal(p->neducation, 4);
	assert_string_equal(p->education[3].institution, "Uppsala University");
	assert_string_equal(p->education[0].institution, "UNIVERSITY OF LEEDS");
	assert_string_equal(p->education[1].institution, "Northwestern University");
	/* a comma with a city alone after it may be the school's own name */
	assert_string_equal(p->education[2].institution, "University of California, Berkeley");
	profile_free(p);
	/* USAJOBS: the town after the school, no separator, then the state
	 * and the country; "at Austin" is the school's own */
	p = import("Owen Pritch\nowen@example.com\n\nEducation\n\n"
	    "Central Texas College Killeen, TX United States\nAssociate degree 12/2012\n\n"
	    "Harlandale High School San Antonio, TX\nHigh School or equivalent 05/2004\n\n"
	    "University of Texas at Austin, TX\nBachelor's degree 05/2008\n\n"
	    "Job Related Training\n\nForklift Operator Certificate (2019)\n");
	assert_int_equal(p->neducation, 3);
	assert_string_equal(p->education[0].institution, "Central Texas College");
	assert_string_equal(p->education[1].institution, "Harlandale High School");
	assert_string_equal(p->education[2].institution, "University of Texas at Austin");
	profile_free(p);
}

static void
expect_keywords(const char *text, const char *const *want)
{
	struct profile *p = import(text);
	size_t n = 0;

	assert_int_equal(p->nskills, 1);
	for (; want[n] != NULL; n++) {
		assert_true(n < p->skills[0].keywords.n);
		assert_string_equal(p->skills[0].keywords.v[n], want[n]);
	}
	assert_int_equal(p->skills[0].keywords.n, n);
	profile_free(p);
}

static void
test_skill_lists(void **state)
{
	static const char *const years[] = { "Go", "PostgreSQL", "Python", "SQL", NULL };
	static const char *const spaced[] = { "Kotlin", "Swift", "Jetpack Compose", "SwiftUI",
		"Flutter", "Firebase", "GraphQL", "CI with Bitrise", NULL };
	static const char *const glued[] = { "Product Strategy", "Payments", "UPI", NULL };
	static const char *const slashed[] = { "After Effects", "Cinema 4D", "Premiere Pro",
		"DaVinci Resolve", "Illustrator", "Blender", NULL };

	(void)state;
	expect_keywords("Ann Lee\nann@example.com\n\nSkills\n\xe2\x80\xa2 Go (5 years)\n"
	    "\xe2\x80\xa2 PostgreSQL (less than 1 year)\nPython - 8 years, SQL (3+ years)\n", years);
	expect_keywords("Ann Lee\nann@example.com\n\nSkills\n"
	    "Kotlin Swift Jetpack Compose SwiftUI Flutter Firebase GraphQL CI with Bitrise\n",
	    spaced);
	expect_keywords("Ann Lee\nann@example.com\n\nTop Skills\nProduct StrategyPaymentsUPI\n",
	    glued);
	/* a long list of slashes is a list, whatever its count of words */
	expect_keywords("Ann Lee\nann@example.com\n\nTools\n"
	    "After Effects / Cinema 4D / Premiere Pro / DaVinci Resolve / Illustrator / Blender\n",
	    slashed);
}

static void
test_skill_groups(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ann Lee\nann@example.com\n\nKenntnisse und F\xc3\xa4higkeiten\nJava, Kotlin\n\n"
	    "Toolbox\n   languages ..... C++, HLSL\n   apis .......... Vulkan, Metal\n\n"
	    "SPOKEN\nPolish\nEnglish\n");
	assert_int_equal(p->nskills, 3);
	assert_string_equal(p->skills[0].name, "Kenntnisse und F\xc3\xa4higkeiten");
	assert_string_equal(p->skills[1].name, "languages");
	assert_string_equal(p->skills[2].name, "apis");
	assert_int_equal(p->nlanguages, 2);
	assert_string_equal(p->languages[0].language, "Polish");
	profile_free(p);
}

static void
test_footer(void **state)
{
	struct profile *p;

	(void)state;
	assert_true(footer_line("\xc2\xa9 2026 Monster Worldwide | Privacy | Terms of Use"));
	assert_true(footer_line("Privacy | Terms of Use | Cookies"));
	assert_true(footer_line("Built with Hugo. RSS"));
	assert_false(footer_line("Privacy engineering, GDPR"));
	p = import("Find Jobs | Salary Tools | Career Advice | Sign In\nTheresa Ode\n"
	    "Supply Chain Analyst\nteresa@example.com\n\nSkills\nPython\nSQL\n\n"
	    "\xc2\xa9 2026 Monster Worldwide | Privacy | Terms of Use\n");
	assert_string_equal(p->basics.name, "Theresa Ode");
	assert_int_equal(p->skills[0].keywords.n, 2);
	profile_free(p);
}

static void
test_career_break(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ann Lee\nann@example.com\n\nExperience\n\n"
	    "Data Analyst \xe2\x80\x94 Mobilitix, Villeurbanne\nJan 2022 \xe2\x80\x93 Present\n"
	    "- Dashboards\n\nCareer break\nJun 2021 \xe2\x80\x93 Dec 2021\n- Retraining\n\n"
	    "BI Intern \xe2\x80\x94 CaixaBank\nJune 2020 \xe2\x80\x93 May 2021 (summer internship)\n"
	    "- Reports\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Mobilitix");
	assert_string_equal(p->work[0].location, "Villeurbanne");
	assert_string_equal(p->work[1].name, "CaixaBank");
	profile_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_certificates),
		cmocka_unit_test(test_consent),
		cmocka_unit_test(test_firm_not_place),
		cmocka_unit_test(test_flattened),
		cmocka_unit_test(test_more_headings),
		cmocka_unit_test(test_label_column),
		cmocka_unit_test(test_label_asides),
		cmocka_unit_test(test_form_names),
		cmocka_unit_test(test_site_menus),
		cmocka_unit_test(test_publications),
		cmocka_unit_test(test_awards_interests_languages),
		cmocka_unit_test(test_self_employed),
		cmocka_unit_test(test_compound_titles),
		cmocka_unit_test(test_homeplace),
		cmocka_unit_test(test_header_city),
		cmocka_unit_test(test_spaced),
		cmocka_unit_test(test_school_place),
		cmocka_unit_test(test_skill_lists),
		cmocka_unit_test(test_skill_groups),
		cmocka_unit_test(test_footer),
		cmocka_unit_test(test_career_break),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
