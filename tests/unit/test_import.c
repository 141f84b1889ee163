/*
 * The importer's pieces on their own: encoding repair, heading detection,
 * the splitting of glued skill lists, places, and the importer as a whole
 * on small texts.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "glued.h"
#include "heading.h"
#include "import.h"
#include "layout.h"
#include "lexicon.h"
#include "markup.h"
#include "parse.h"
#include "ratings.h"
#include "recode.h"

#include "test_importer.h"

static char *
recode(const char *s, size_t len)
{
	struct buf b = BUF_INIT;
	char err[ERRLEN];

	assert_int_equal(recode_text(s, len, &b, err, sizeof err), ST_OK);
	return buf_detach(&b);
}

static void
expect_recode(const char *in, size_t len, const char *want)
{
	char *got = recode(in, len);

	if (strcmp(got, want) != 0)
		printf("# recode: got '%s', want '%s'\n", got, want);
	assert_string_equal(got, want);
	free(got);
}

/* A literal's bytes, NULs inside included. */
#define RECODE(in, want) expect_recode(in, sizeof(in) - 1, want)

static void
test_recode(void **state)
{
	char err[ERRLEN];
	struct buf b = BUF_INIT;

	(void)state;
	RECODE("\xef\xbb\xbfJos\xc3\xa9", "José");
	RECODE("Jos\xe9 \x96 2019", "José – 2019");		/* Windows-1252 */
	RECODE("\xff\xfeJ\0o\0s\0\xe9\0", "José");		/* UTF-16LE */
	RECODE("\xfe\xff\0J\0o\0s\0\xe9", "José");		/* UTF-16BE */
	RECODE("\xc3\xa2\xe2\x82\xac\xc2\xa2 Go", "• Go");	/* double-encoded */
	RECODE("G\xc3\x83\xc2\xb6teborg", "Göteborg");
	RECODE("a\r\nb\rc", "a\nb\nc");
	RECODE("e\xef\xac\x83" "cient", "efficient");		/* ligature */
	RECODE("a\xc2\xa0" "b\xe2\x80\x8b" "c", "a bc");		/* NBSP, ZWSP */
	RECODE("\x1b[31mred\x1b[0m\x07!", "red!");
	RECODE("x\x1b]0;title\x07y", "xy");
	RECODE("p1\fp2\t.", "p1\fp2\t.");
	RECODE("\x05\x90", "");					/* nothing left, still a string */
	RECODE("\xc2\x9b" "2Jz", "z");				/* C1 CSI */
	RECODE("\xef\x82\xb7 item", "• item");		/* Symbol bullet */
	/* letters and combining marks, as Word and macOS save them */
	RECODE("NGUYE\xcc\x82\xcc\x83N Thi\xcc\xa3 Ha\xcc\x80", "NGUY\xe1\xbb\x84N Th\xe1\xbb\x8b H\xc3\xa0");
	RECODE("Zu\xcc\x88rich, Ko\xcc\x88ln", "Z\xc3\xbcrich, K\xc3\xb6ln");
	RECODE("e\xcc\xa3\xcc\x82", "\xe1\xbb\x87");		/* two marks: ệ */
	RECODE("q\xcc\x88", "q\xcc\x88");			/* no such letter: kept */
	assert_int_equal(recode_text("a\0b", 3, &b, err, sizeof err), ST_DATA);
	assert_int_equal(recode_text("PK\003\004xx", 6, &b, err, sizeof err), ST_DATA);
	assert_non_null(strstr(err, "zip"));
	buf_free(&b);
}

static void
expect_clean(const char *in, const char *want, unsigned flags)
{
	struct strlist urls = STRLIST_INIT;
	struct markup m;
	char *got = markup_clean(in, strlen(in), 0, &urls, &m);

	if (strcmp(got, want) != 0 || m.flags != flags)
		printf("# markup: '%s' gave '%s' %#x, want '%s' %#x\n", in, got, m.flags,
		    want, flags);
	assert_string_equal(got, want);
	assert_int_equal(m.flags, flags);
	free(got);
	strlist_clear(&urls);
}

static void
test_markup(void **state)
{
	(void)state;
	/* an empty line is an empty line */
	expect_clean("", "", 0);
	/* icons before contact details go; between two they part them */
	expect_clean("\xf0\x9f\x93\xa7 talia@example.org", "talia@example.org", MK_ICON);
	expect_clean("\xe2\x98\x8e\xef\xb8\x8f +47 555 0100", "+47 555 0100", MK_ICON);
	expect_clean("\xe2\x9c\x86 555 0100 \xe2\x9c\x89 a@example.org",
	    "555 0100 | a@example.org", MK_ICON);
	expect_clean("Shipped v2 \xe2\x9c\x85", "Shipped v2", 0);
	/* a line drawn in a box is no table; a bullet in it is a bullet */
	expect_clean("|    OSWIN PRATT    |", "OSWIN PRATT", 0);
	expect_clean("| * Led the team |", "Led the team", MK_BULLET);
	expect_clean("| Go | Rust |", "Go | Rust", MK_TABLE);
	expect_clean(">> TOOLS", "TOOLS", 0);
	expect_clean("o   Wrote the test plan", "Wrote the test plan", MK_BULLET);
	/* HTML in a README: headings and images go, a break parts */
	expect_clean("<h1 align=\"center\">Ana Ruiz</h1>", "Ana Ruiz", 0);
	expect_clean("<p><b>iOS Developer</b><br>Lisbon</p>", "iOS Developer | Lisbon", 0);
	expect_clean("1. **VoltGrid** (Paris)", "VoltGrid (Paris)", MK_NUMBERED);
}

static enum isec
heading_of(const char *text, unsigned flags)
{
	struct line l = { (char *)text, 0, 0, flags };
	struct heading_hit hit;

	return heading_match(&lx.headings, &l, &hit) ? hit.sec : IS_NONE;
}

static void
test_headings(void **state)
{
	struct line l = { (char *)"Skills: C, Go", 0, 0, 0 };
	struct heading_hit hit;
	struct config cfg;
	struct headings own;
	struct heading_def def = { (char *)"experience", (char *)"Where I have worked" };

	(void)state;
	assert_int_equal(heading_of("Experience", 0), IS_EXPERIENCE);
	assert_int_equal(heading_of("WORK EXPERIENCE", 0), IS_EXPERIENCE);
	assert_int_equal(heading_of("Employment History:", 0), IS_EXPERIENCE);
	assert_int_equal(heading_of("Berufserfahrung", 0), IS_EXPERIENCE);
	assert_int_equal(heading_of("Expérience professionnelle", 0), IS_EXPERIENCE);
	assert_int_equal(heading_of("EXPERIENCIA LABORAL", 0), IS_EXPERIENCE);
	assert_int_equal(heading_of("—— Education ——", 0), IS_EDUCATION);
	assert_int_equal(heading_of("Formación académica", 0), IS_EDUCATION);
	assert_int_equal(heading_of("Licenses & Certifications", 0), IS_CERTIFICATES);
	assert_int_equal(heading_of("Honors and Awards", 0), IS_AWARDS);
	assert_int_equal(heading_of("Sprachkenntnisse", 0), IS_LANGUAGES);
	assert_int_equal(heading_of("Patents Granted", 0), IS_PATENTS);
	/* looks: a known wording inside an ALL CAPS or Markdown heading */
	assert_int_equal(heading_of("PROFESSIONAL EXPERIENCE & LEADERSHIP", 0), IS_EXPERIENCE);
	assert_int_equal(heading_of("Selected Open Source Projects", MK_HEADING), IS_PROJECTS);
	/* not headings */
	assert_int_equal(heading_of("Gained experience in leading teams", 0), IS_NONE);
	assert_int_equal(heading_of("Experience", MK_BULLET), IS_NONE);
	assert_int_equal(heading_of("SONY", 0), IS_NONE);
	/* a bullet before a wording that stands out is a decoration */
	assert_int_equal(heading_of("PROFILE", MK_BULLET), IS_SUMMARY);
	assert_int_equal(heading_of("**Experience**", MK_BULLET | MK_BOLD), IS_EXPERIENCE);
	/* the wordings of personal pages; some only as the whole line */
	assert_int_equal(heading_of("where I've worked", MK_HEADING), IS_EXPERIENCE);
	assert_int_equal(heading_of("school", MK_HEADING), IS_EDUCATION);
	assert_int_equal(heading_of("Things I've built", 0), IS_PROJECTS);
	assert_int_equal(heading_of("Trayectoria", 0), IS_EXPERIENCE);
	assert_int_equal(heading_of("Academic Qualification:", 0), IS_EDUCATION);
	assert_int_equal(heading_of("Academic appointments", 0), IS_EXPERIENCE);
	/* a wording with its content after a colon, however long the content */
	assert_int_equal(heading_of("Digital skills: AWS Security, Splunk, Sigma, Burp Suite, "
	    "Python, Terraform, Kubernetes security", 0), IS_SKILLS);
	assert_int_equal(heading_of("Certs: OSCP (2019)", 0), IS_CERTIFICATES);
	assert_int_equal(heading_of("Grants and awards", 0), IS_AWARDS);
	/* a word wrapped onto a line of its own is no heading */
	assert_int_equal(heading_of("service", 0), IS_NONE);
	assert_int_equal(heading_of("service", LN_BLANK), IS_OTHER);
	assert_int_equal(heading_of("experience", 0), IS_NONE);
	assert_int_equal(heading_of("Engineering Manager \xe2\x80\x94 Developer Experience",
	    MK_BOLD), IS_NONE);
	assert_int_equal(heading_of("Stack", 0), IS_SKILLS);
	assert_int_equal(heading_of("The data stack of Fjordline", MK_HEADING), IS_NONE);
	/* a wording with its content on the line */
	assert_true(heading_match(&lx.headings, &l, &hit));
	assert_int_equal(hit.sec, IS_SKILLS);
	assert_string_equal(l.s + hit.rest, "C, Go");
	/* import.headings adds wordings */
	config_defaults(&cfg);
	cfg.headings = &def;
	cfg.nheadings = 1;
	headings_init(&own, &cfg);
	l.s = (char *)"WHERE I HAVE WORKED";
	assert_true(heading_match(&own, &l, &hit));
	assert_int_equal(hit.sec, IS_EXPERIENCE);
	headings_free(&own);
	cfg.headings = NULL;
	cfg.nheadings = 0;
	config_free(&cfg);
}

static void
expect_list(const char *in, const char *const *want)
{
	struct strlist out = STRLIST_INIT;
	struct layout L;
	struct ctx c = { &lx, NULL, &L };
	size_t n = 0;

	parse_skill_list(&c, in, &out);
	while (want[n] != NULL)
		n++;
	for (size_t i = 0; i < out.n; i++)
		printf("# [%zu] %s\n", i, out.v[i]);
	assert_int_equal(out.n, n);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(out.v[i], want[i]);
	strlist_clear(&out);
}

static void
test_glued(void **state)
{
	(void)state;
	expect_list("Data CentersCloud ComputingProgrammingLinuxCData StructuresShell "
	    "ScriptingC++PythonAlgorithmsPerforceKernel ProgrammingOperating SystemsXenKernel "
	    "Debugging", (const char *const[]){ "Data Centers", "Cloud Computing", "Programming",
	    "Linux", "C", "Data Structures", "Shell Scripting", "C++", "Python", "Algorithms",
	    "Perforce", "Kernel Programming", "Operating Systems", "Xen", "Kernel Debugging",
	    NULL });
	expect_list("VirtualizationDevice Drivers",
	    (const char *const[]){ "Virtualization", "Device Drivers", NULL });
	/* a name one piece of which the vocabulary does not know stays whole */
	expect_list("Cisco Viptela, VeloCloud",
	    (const char *const[]){ "Cisco Viptela", "VeloCloud", NULL });
	/* names that look glued but are one word stay whole */
	expect_list("JavaScript, PostgreSQL, dSPACE, SiC MOSFETs, McKinsey",
	    (const char *const[]){ "JavaScript", "PostgreSQL", "dSPACE", "SiC MOSFETs",
	    "McKinsey", NULL });
	/* separators of every kind; parentheses keep their commas */
	expect_list("Go | Rust · Python; C (C99, C11) • Lua",
	    (const char *const[]){ "Go", "Rust", "Python", "C (C99, C11)", "Lua", NULL });
}

static void
test_places(void **state)
{
	struct layout L;
	struct ctx c = { &lx, NULL, &L };
	struct location loc;

	(void)state;
	memset(&loc, 0, sizeof loc);
	assert_true(role_place(&c, "Pune, Maharashtra, India", &loc));
	assert_string_equal(loc.city, "Pune");
	assert_string_equal(loc.region, "Maharashtra");
	assert_string_equal(loc.country_code, "IN");
	record_free(&loc, profile_location_fields, profile_nlocation_fields);
	memset(&loc, 0, sizeof loc);
	assert_true(role_place(&c, "San Francisco, CA", &loc));
	assert_string_equal(loc.country_code, "US");
	record_free(&loc, profile_location_fields, profile_nlocation_fields);
	memset(&loc, 0, sizeof loc);
	assert_true(role_place(&c, "Utrecht, NL", &loc));
	assert_null(loc.region);
	assert_string_equal(loc.country_code, "NL");
	record_free(&loc, profile_location_fields, profile_nlocation_fields);
	assert_true(role_place(&c, "Leeds, UK", NULL));
	assert_true(role_place(&c, "Bangalore", NULL));
	assert_false(role_place(&c, "Albufera Digital, Valencia", NULL));
	assert_false(role_place(&c, "Lakeshore Freight Technologies, Chicago, IL", NULL));
	assert_int_equal(role_trailing_city(&c, "System Engineer Bangalore"),
	    strlen("System Engineer "));
	assert_int_equal(role_trailing_city(&c, "Senior Engineer"), 0);
}

static void
test_roles(void **state)
{
	(void)state;
	assert_true(role_title_score("Senior Software Engineer") > 0);
	assert_true(role_title_score("Développeuse principale") > 0);
	assert_true(role_title_score("Analyste-programmeuse") > 0);
	assert_int_equal(role_title_score("Hewlett Packard Enterprise"), 0);
	assert_true(role_company_score("Acme Software GmbH") > 0);
	assert_int_equal(role_company_score("Software Engineer"), 0);
	assert_true(role_school_score("Universitat Politècnica de València") > 0);
	assert_true(role_degree_score("B.Sc. in Physics") > 0);
	assert_int_equal(role_degree_score("be me"), 0);
	assert_true(role_tables_sorted());
	assert_true(role_school_score("MIT") > 0);
	assert_int_equal(role_school_score("Firmware mit FreeRTOS"), 0);
	/* schools named by compounds: Finnish, Danish, Turkish, Estonian */
	assert_true(role_school_score("Tampereen ammattikorkeakoulu") > 0);
	assert_true(role_school_score("Tampereen lyseon lukio") > 0);
	assert_true(role_school_score("Aarhus Tekniske Skole") > 0);
	assert_true(role_school_score("Kadikoy Anadolu Lisesi") > 0);
	assert_true(role_school_score("Tartu \xc3\x9clikool") > 0);
	assert_int_equal(role_school_score("Myym\xc3\xa4l\xc3\xa4p\xc3\xa4\xc3\xa4llikk\xc3\xb6"), 0);
	assert_true(role_degree_score("Tradenomi (AMK), Liiketalous") > 0);
	assert_true(role_degree_score("Ausbildung zum Mechatroniker") > 0);
	assert_int_equal(role_degree_score("Phil Carter"), 0);
	assert_true(role_noise("3 roles"));
	assert_true(role_noise("Show all 7 skills"));
}

static void
expect_glued(const char *in, const char *want)
{
	struct layout L;

	memset(&L, 0, sizeof L);
	layout_add(&L, in, strlen(in), 0, 0);
	glued_split(&lx, &L);
	assert_string_equal(L.v[0].s, want);
	layout_free(&L);
}

static void
test_layout_cells(void **state)
{
	struct layout L;

	(void)state;
	/* a label's colon set apart stays with the label; gaps part cells */
	layout_build("Role          : Lead Engineer\nAcme    2019\n", &L, LAYOUT_ONECOLUMN);
	assert_int_equal(L.n, 2);
	assert_string_equal(L.v[0].s, "Role: Lead Engineer");
	assert_string_equal(L.v[1].s, "Acme\t2019");
	layout_free(&L);
	/* a table of lists under the names of its columns: a line a column */
	layout_build("| Talen | Infra |\n|---|---|\n| Go, C# | Kubernetes, GKE |\n"
	    "\n| Year | Company |\n|---|---|\n| 2020 | Acme |\n", &L, 0);
	assert_int_equal(L.n, 3);
	assert_string_equal(L.v[0].s, "Talen: Go, C#");
	assert_string_equal(L.v[1].s, "Infra: Kubernetes, GKE");
	assert_string_equal(L.v[2].s, "2020 | Acme");	/* no lists: the row stays */
	layout_free(&L);
	/* letter-spaced, two capitals kerned together now and then */
	layout_build("E D U C AT I O N\nI T A M Q A\n", &L, LAYOUT_ONECOLUMN);
	assert_string_equal(L.v[0].s, "EDUCATION");
	layout_free(&L);
}

static void
test_glued_words(void **state)
{
	(void)state;
	expect_glued("Brennholz GmbHMünchen", "Brennholz GmbH München");
	expect_glued("Kessler AGAugsburg", "Kessler AG Augsburg");
	expect_glued("DeutschMuttersprache", "Deutsch Muttersprache");
	expect_glued("McLaren, JavaScript, PayPal", "McLaren, JavaScript, PayPal");
}

/* A freelancer's clients, dated within the job: projects of the job. */
static void
test_nested_clients(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ines Varga\n\nExperience\n"
	    "Varga Consulting (sole trader) — Freelance developer\nJan 2018 – Present\n"
	    "- Telekom (2021 – 2023): billing API\n- Senior Developer (2019 – 2020): mentoring\n"
	    "- Wrote the invoicing tool (2018 – 2019) for a bakery chain in Pécs and Győr\n");
	assert_int_equal(p->nwork, 1);
	assert_int_equal(p->nprojects, 1);
	assert_string_equal(p->projects[0].name, "Telekom");
	assert_string_equal(p->projects[0].entity, "Varga Consulting");
	assert_string_equal(p->projects[0].start, "2021");
	assert_string_equal(p->projects[0].end, "2023");
	assert_int_equal(p->work[0].highlights.n, 3);
	profile_free(p);
}

/* "Name (2019) — what it is": one project a line, however long the text
 * after the dash; a year alone is when it began. */
static void
test_project_lines(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Tomasz Wrona\n\nProjects\n"
	    "* Tramwaj Now (2019) — Shows when the next tram leaves any stop in Kraków, "
	    "with alerts for delays and a widget for the home screen.\n"
	    "* Paragon (2021–2022) — scans shop receipts into a budget.\n");
	assert_int_equal(p->nprojects, 2);
	assert_string_equal(p->projects[0].name, "Tramwaj Now");
	assert_string_equal(p->projects[0].start, "2019");
	assert_string_equal(p->projects[0].end, "2019");	/* a year alone: when it ran */
	assert_string_equal(p->projects[1].name, "Paragon");
	assert_string_equal(p->projects[1].end, "2022");
	profile_free(p);
}

/* A title ending in a word firms end in ("Systems"), over a firm. */
static void
test_title_beside_firm(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Lena Brandt\n\nBerufserfahrung\n\n04/2013 - 09/2013\n"
	    "Praktikantin Embedded Systems\nHolzner Antriebstechnik GmbH Erlangen\n");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].name, "Holzner Antriebstechnik GmbH");
	assert_string_equal(p->work[0].position, "Praktikantin Embedded Systems");
	profile_free(p);
}

/* Dates at the head of an award or certificate line are its date. */
static void
test_dated_awards(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ana Roy\n\nAwards\n2023  NWO Veni grant\n2021 Best Paper Award, ICSE\n"
	    "\nCertifications\n2022 \xe2\x80\x93 Kubernetes Administrator \xe2\x80\x93 CNCF\n");
	assert_int_equal(p->nawards, 2);
	assert_string_equal(p->awards[0].title, "NWO Veni grant");
	assert_string_equal(p->awards[0].date, "2023");
	assert_null(p->awards[0].awarder);
	assert_string_equal(p->awards[1].title, "Best Paper Award");
	assert_string_equal(p->awards[1].awarder, "ICSE");
	assert_int_equal(p->ncertificates, 1);
	assert_string_equal(p->certificates[0].name, "Kubernetes Administrator");
	assert_string_equal(p->certificates[0].issuer, "CNCF");
	assert_string_equal(p->certificates[0].date, "2022");
	profile_free(p);
}

/* Rating bars beside skills are drawn, not words; columns keep their
 * places. */
static void
test_rating_bars(void **state)
{
	struct profile *p;
	char *bare;

	(void)state;
	bare = ratings_blank("Figma \xe2\x97\x8f\xe2\x97\x8f\xe2\x97\x8b   Lyon\n");
	assert_string_equal(bare, "Figma       Lyon\n");
	free(bare);
	assert_null(ratings_blank("\xe2\x97\x8f Figma \xe2\x97\x8f SQL\n"));
	p = import("Ana Roy\n\nSkills\nFigma \xe2\x97\x8f\xe2\x97\x8f\xe2\x97\x8f\xe2\x97\x8b\n"
	    "Excel \xe2\x96\xa0\xe2\x96\xa0\xe2\x96\xa1\n"
	    "SQL \xe2\x98\x85 \xe2\x98\x85 \xe2\x98\x86\n");
	assert_int_equal(p->nskills, 1);
	assert_int_equal(p->skills[0].keywords.n, 3);
	assert_string_equal(p->skills[0].keywords.v[1], "Excel");
	assert_string_equal(p->skills[0].keywords.v[2], "SQL");
	profile_free(p);
}

/* "Project #1 / Client : / Duration :" blocks under the jobs: a block
 * goes to the job it starts with, else it is a project. */
static void
test_project_blocks(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ravi Kumar\n\nProfessional Experience:\n"
	    "1) Working as Developer in Tata Elxsi Ltd., Bangalore from Jan-2017 to till date.\n\n"
	    "Project #1\nClient   : Nordic bank\nDuration : Jan-2017 - Dec-2018\n"
	    "Responsibilities:\n- Wrote the ledger sync\n\n"
	    "Project 2: Fleet Tracker\nClient   : Logistics firm\nRole     : Developer\n"
	    "Duration : Mar-2019 - Jun-2020\n- Built the map view\n");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].name, "Tata Elxsi Ltd.");
	assert_int_equal(p->work[0].highlights.n, 1);
	assert_string_equal(p->work[0].highlights.v[0], "Wrote the ledger sync");
	assert_int_equal(p->nprojects, 1);
	assert_string_equal(p->projects[0].name, "Fleet Tracker");
	assert_string_equal(p->projects[0].entity, "Logistics firm");
	assert_string_equal(p->projects[0].start, "2019-03");
	assert_string_equal(p->projects[0].end, "2020-06");
	assert_string_equal(p->projects[0].highlights.v[0], "Built the map view");
	profile_free(p);
}

/* Two degrees under one school's name; its name in another language
 * goes, an acronym stays. */
static void
test_degrees_under_school(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Jan Nowak\n\nEducation\n\n"
	    "Gdansk University of Technology (Politechnika Gdanska)\n"
	    "MSc Computer Science, 2013 - 2015\nBSc Computer Science, 2009 - 2013\n\n"
	    "Technical University of Denmark (DTU)\nPhD Physics, 2015 - 2019\n");
	assert_int_equal(p->neducation, 3);
	assert_string_equal(p->education[0].institution, "Gdansk University of Technology");
	assert_non_null(p->education[1].institution);
	assert_string_equal(p->education[1].institution, "Gdansk University of Technology");
	assert_string_equal(p->education[1].start, "2009");
	assert_string_equal(p->education[2].institution, "Technical University of Denmark (DTU)");
	profile_free(p);
}

/* A year in a note on the firm dates no entry; the note is no name. */
static void
test_firm_notes(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Lise Moreau\n\nExperience\n\n"
	    "CTO & co-founder \xe2\x80\x94 Kinesia (acquired by Withings, 2019)\n\n"
	    "Lyon \xc2\xb7 Mar 2014 \xe2\x80\x93 Dec 2019\n- Built the product\n\n"
	    "Sales Assistant (part-time) \xe2\x80\x94 Fnac\n\n"
	    "Lyon \xc2\xb7 Sep 2011 \xe2\x80\x93 Feb 2014\n");
	assert_int_equal(p->nwork, 2);
	assert_string_equal(p->work[0].name, "Kinesia");
	assert_string_equal(p->work[0].start, "2014-03");
	assert_string_equal(p->work[0].end, "2019-12");
	assert_string_equal(p->work[1].position, "Sales Assistant (part-time)");
	profile_free(p);
}

/* A headline that stops short goes on on the next line. */
static void
test_wrapped_headline(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Chlo\xc3\xa9 Bertin\nResponsable produit senior \xe2\x80\x93\n"
	    "Plateformes logistiques\nchloe@example.fr\n\nSkills\nSQL\n");
	assert_string_equal(p->basics.label,
	    "Responsable produit senior \xe2\x80\x93 Plateformes logistiques");
	profile_free(p);
	p = import("Marta Gil\nJefa de Datos (Head of\nData)\nmarta@example.es\n\nSkills\nSQL\n");
	assert_string_equal(p->basics.label, "Jefa de Datos (Head of Data)");
	profile_free(p);
	p = import("Ivo Saar\nData Engineer\nTallinn\nivo@example.ee\n\nSkills\nSQL\n");
	assert_string_equal(p->basics.label, "Data Engineer");
	profile_free(p);
}

/* "Cloud Engineer · Yaba, Lagos": a district before a known city. */
static void
test_headline_town(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Tunde Bello\nCloud Engineer \xc2\xb7 Yaba, Lagos\ntunde@example.org\n\nSkills\nSQL\n");
	assert_string_equal(p->basics.label, "Cloud Engineer");
	assert_string_equal(p->basics.location.city, "Yaba");
	assert_string_equal(p->basics.location.region, "Lagos");
	assert_string_equal(p->basics.location.country_code, "NG");
	profile_free(p);
	p = import("Tunde Bello\nBackend Engineer \xc2\xb7 Python, Lagos\ntunde@example.org\n");
	assert_null(p->basics.location.city);
	profile_free(p);
}

/* A firm over the roles held at it, each dated within the firm's dates. */
static void
test_role_group(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Dana Holt\n\nEXPERIENCE\n\n"
	    "BRIGHTWAVE, Denver, CO                                  2016 - present\n\n"
	    "  Head of Engineering, Billing                          Jan 2021 - present\n"
	    "  - Led four teams\n\n"
	    "  Engineering Manager                                   Mar 2016 - Dec 2020\n"
	    "  - Built the billing team\n\n"
	    "NORTHPOINT LABS, Boulder, CO\n\n"
	    "  Software Engineer                                     Jun 2012 - Feb 2016\n"
	    "  - Wrote the search service\n");
	assert_int_equal(p->nwork, 3);
	assert_string_equal(p->work[0].name, "BRIGHTWAVE");
	assert_string_equal(p->work[0].position, "Head of Engineering, Billing");
	assert_string_equal(p->work[1].name, "BRIGHTWAVE");
	assert_string_equal(p->work[1].position, "Engineering Manager");
	assert_string_equal(p->work[2].position, "Software Engineer");
	profile_free(p);
}

/* "[Foto]" where a picture stood beside the name is no headline. */
static void
test_photo_slot(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Lena Brandt                                        [Foto]\n"
	    "Maschinenbauingenieurin\nlena@example.de\n\nSkills\nCAD\n");
	assert_string_equal(p->basics.name, "Lena Brandt");
	assert_string_equal(p->basics.label, "Maschinenbauingenieurin");
	profile_free(p);
}

static void
test_whole(void **state)
{
	struct profile *p;

	(void)state;
	p = import("Ada Quill\nPlatform Engineer\nada@example.org\n\nExperience\n"
	    "Northwind — Staff Engineer\nMar 2019 – Present\n- Runs the platform\n\n"
	    "Skills\nGo, Kubernetes\n");
	assert_string_equal(p->basics.name, "Ada Quill");
	assert_string_equal(p->basics.label, "Platform Engineer");
	assert_int_equal(p->nwork, 1);
	assert_string_equal(p->work[0].name, "Northwind");
	assert_string_equal(p->work[0].position, "Staff Engineer");
	assert_string_equal(p->work[0].start, "2019-03");
	assert_null(p->work[0].end);
	assert_string_equal(p->skills[0].name, "Skills");
	assert_int_equal(p->skills[0].keywords.n, 2);
	assert_string_equal(p->as_of, "2025-06");
	profile_free(p);
	p = import("K A R L   B E R G\nkarl@example.se\nStockholm, Sweden\n"
	    "Highly experienced: 13 yrs 10 mos experience\n");
	assert_string_equal(p->basics.name, "Karl Berg");
	assert_string_equal(p->basics.location.city, "Stockholm");
	assert_string_equal(p->basics.location.country_code, "SE");
	assert_int_equal(p->stated_months, 166);
	profile_free(p);
	/* groups of skills run on in one paragraph, wrapped after a label */
	p = import("Jo Quill\n\nSkills\nHDL: Verilog, VHDL. Verification: UVM. Tools:\n"
	    "Vivado, Quartus. Scripting: Python, Tcl.\n");
	assert_int_equal(p->nskills, 4);
	assert_string_equal(p->skills[1].name, "Verification");
	assert_string_equal(p->skills[2].name, "Tools");
	assert_string_equal(p->skills[2].keywords.v[0], "Vivado");
	assert_string_equal(p->skills[3].keywords.v[1], "Tcl");
	profile_free(p);
	/* addresses: a postcode's letters, a Japanese city's suffix */
	p = import("Jo Quill\nAddress: Science Park 900, 1098 XH Amsterdam, The Netherlands\n");
	assert_string_equal(p->basics.location.city, "Amsterdam");
	profile_free(p);
	p = import("Jo Quill\nAddress: 2-14-5 Nakahara-ku, Kawasaki-shi, Kanagawa 211-0004, "
	    "Japan\n");
	assert_string_equal(p->basics.location.city, "Kawasaki");
	profile_free(p);
	/* the headline without its label, its place or its employer */
	p = import("Jo Quill\nPosition: Data Engineer\njo@example.org\n");
	assert_string_equal(p->basics.label, "Data Engineer");
	profile_free(p);
	p = import("Ada Byrne\nAssistant Professor \xc2\xb7 University of Leeds\n");
	assert_string_equal(p->basics.label, "Assistant Professor");
	profile_free(p);
	p = import("Ada Byrne\nHead of Data \xc2\xb7 Eindhoven, the Netherlands \xc2\xb7\n");
	assert_string_equal(p->basics.label, "Head of Data");
	assert_string_equal(p->basics.location.city, "Eindhoven");
	profile_free(p);
}

/* Hostile input: a 1 MB line and 100,000 short lines stay bounded. */
static void
test_hostile(void **state)
{
	size_t n = 1 << 20;
	char *big = malloc(n + 1);
	struct profile *p;

	(void)state;
	memcpy(big, "Jane Doe\n", 9);
	for (size_t i = 9; i < n; i++)
		big[i] = "ab Cd, 2019 - 2020 ef"[i % 21];
	big[n] = '\0';
	p = import(big);
	assert_string_equal(p->basics.name, "Jane Doe");
	profile_free(p);
	memcpy(big, "Jane Doe\n", 9);
	for (size_t i = 9; i + 10 < n; i += 10)
		memcpy(big + i, "Skills\nC\n\n", 10);
	p = import(big);
	assert_string_equal(p->basics.name, "Jane Doe");
	profile_free(p);
	free(big);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_recode),
		cmocka_unit_test(test_markup),
		cmocka_unit_test(test_headings),
		cmocka_unit_test(test_glued),
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_layout_cells),
		cmocka_unit_test(test_glued_words),
		cmocka_unit_test(test_whole),
		cmocka_unit_test(test_nested_clients),
		cmocka_unit_test(test_project_lines),
		cmocka_unit_test(test_title_beside_firm),
		cmocka_unit_test(test_dated_awards),
		cmocka_unit_test(test_rating_bars),
		cmocka_unit_test(test_project_blocks),
		cmocka_unit_test(test_degrees_under_school),
		cmocka_unit_test(test_firm_notes),
		cmocka_unit_test(test_wrapped_headline),
		cmocka_unit_test(test_headline_town),
		cmocka_unit_test(test_role_group),
		cmocka_unit_test(test_photo_slot),
		cmocka_unit_test(test_hostile),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
