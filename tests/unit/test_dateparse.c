/*
 * The date parser against the forms résumés use: one row a form, with the
 * range it must read ("open" for an ongoing end, "" for none).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "datelex.h"
#include "datewords.h"
#include "dateparse.h"

struct row {
	const char *text, *start, *end;
};

static const struct row rows[] = {
	/* month names, English */
	{ "Jun 2019 - Present", "2019-06", "open" },
	{ "June 2019 – May 2021", "2019-06", "2021-05" },
	{ "Sept. 2015 — Jan. 2018", "2015-09", "2018-01" },
	{ "Sep 2022Present", "2022-09", "open" },
	{ "Oct 2016Aug 2024", "2016-10", "2024-08" },
	{ "Jan 2008Jan 2012", "2008-01", "2012-01" },
	{ "Sep 2022Present · 3 yrs 8 mos", "2022-09", "open" },
	{ "March 2010 to April 2012", "2010-03", "2012-04" },
	{ "Feb 2014 until Nov 2016", "2014-02", "2016-11" },
	{ "Aug 2011 till date", "2011-08", "open" },
	{ "From: 01/2019 To: Present", "2019-01", "open" },
	{ "Eyl\xc3\xbcl 2018 - Devam Ediyor", "2018-09", "open" },
	{ "From: 10/2016 To: 12/2018", "2016-10", "2018-12" },
	{ "Aug 2011 to date", "2011-08", "open" },
	{ "Aug 2011 - Till Now", "2011-08", "open" },
	{ "Jul 2020 – Current", "2020-07", "open" },
	{ "Jul 2020 - Now", "2020-07", "open" },
	{ "Jul 2020 - today", "2020-07", "open" },
	{ "Jul 2020 – ongoing", "2020-07", "open" },
	{ "Dec 2019 – Currently", "2019-12", "open" },
	{ "Jun '19 – Aug '21", "2019-06", "2021-08" },
	{ "Jun ’19 – Present", "2019-06", "open" },
	{ "JAN 2001 - DEC 2003", "2001-01", "2003-12" },
	{ "january 2001 - december 2003", "2001-01", "2003-12" },
	{ "May 2018 - Jun 2019", "2018-05", "2019-06" },
	{ "Jun – Aug 2019", "2019-06", "2019-08" },
	{ "Nov – Feb 2020", "2019-11", "2020-02" },
	{ "June 19, 2019 – March 3, 2021", "2019-06", "2021-03" },
	{ "15 Jun 2019 - 1 Mar 2021", "2019-06", "2021-03" },
	{ "Mar-2019 to Apr-2020", "2019-03", "2020-04" },
	{ "Apr. 2016 - Present (4 years 2 months)", "2016-04", "open" },
	{ "Fevereiro de 2018 até ao presente", "2018-02", "open" },
	{ "Setembro de 2012 a Janeiro de 2018", "2012-09", "2018-01" },
	{ "od 06.2021 do chwili obecnej", "2021-06", "open" },
	/* numeric */
	{ "06/2019 - 08/2021", "2019-06", "2021-08" },
	{ "6/2019 – 8/2021", "2019-06", "2021-08" },
	{ "2019-06 – 2021-08", "2019-06", "2021-08" },
	{ "2019.06 - 2021.08", "2019-06", "2021-08" },
	{ "06.2019 - 08.2021", "2019-06", "2021-08" },
	{ "6/19 - 8/21", "2019-06", "2021-08" },
	{ "01/2015 – present", "2015-01", "open" },
	{ "2019/06 - 2020/01", "2019-06", "2020-01" },
	{ "2019-06-15 to 2020-01-31", "2019-06", "2020-01" },
	{ "15.06.2019 - 31.01.2020", "2019-06", "2020-01" },
	{ "06-2019 - 01-2020", "2019-06", "2020-01" },
	/* years */
	{ "2004 - 2007", "2004", "2007" },
	{ "2004  2007", "2004", "2007" },
	{ "2004–2007", "2004", "2007" },
	{ "2004 to 2007", "2004", "2007" },
	{ "2018 - Present", "2018", "open" },
	{ "2018-", "2018", "open" },
	{ "2018 –", "2018", "open" },
	{ "(2018 - )", "2018", "open" },
	{ "Since 2020", "2020", "open" },
	{ "since March 2020", "2020-03", "open" },
	{ "2005-06", "2005", "2006" },
	{ "2018-19", "2018", "2019" },
	{ "From 2012 to 2014", "2012", "2014" },
	{ "1998 – 2002", "1998", "2002" },
	/* reversed, split over lines by PDFs */
	{ "Now | 2019 Jun", "2019-06", "open" },
	{ "2019 Jun | 2014 Aug", "2014-08", "2019-06" },
	{ "2011 | 2007", "2007", "2011" },
	{ "Present - Jan 2020", "2020-01", "open" },
	/* seasons and quarters */
	{ "Summer 2019", "2019-05", "2019-08" },
	{ "Март 2019 — по настоящее время", "2019-03", "open" },
	{ "Étés 2009 et 2010", "2009-05", "2010-08" },
	{ "Summers 2016 and 2017", "2016-05", "2017-08" },
	{ "Winter 2023 and Winter 2024", "2023-01", "2024-03" },
	{ "Fall 2017 – Spring 2019", "2017-09", "2019-03" },
	{ "Autumn 2015 - Winter 2016", "2015-09", "2016-01" },
	{ "Q3 2019 – Q1 2020", "2019-07", "2020-01" },
	/* German */
	{ "Januar 2019 – heute", "2019-01", "open" },
	{ "2018 – d.d.", "2018", "open" },
	/* Hungarian: the year and the month, each with its dot */
	{ "2019. 09. – jelenleg", "2019-09", "open" },
	/* French "de" elided before a month */
	{ "D’avril à juin 2015", "2015-04", "2015-06" },
	{ "d'octobre 2019 à mars 2020", "2019-10", "2020-03" },
	{ "2016. 02. – 2017. 06.", "2016-02", "2017-06" },
	{ "09.2015. \xe2\x80\x93 02.2019.", "2015-09", "2019-02" },
	{ "od 09.2015. do 09.2016.", "2015-09", "2016-09" },
	/* a Myanmar form's words in brackets */
	{ "(From) 03/2017 (To) Present", "2017-03", "open" },
	{ "(From) 07/2012 (To) 12/2013", "2012-07", "2013-12" },
	{ "14.05.2019. \xe2\x80\x93 20.06.2020.", "2019-05", "2020-06" },
	{ "Sept. 2021 – à ce jour", "2021-09", "open" },
	{ "Mars 2017 – à nos jours", "2017-03", "open" },
	{ "Janeiro de 2018 até à presente data", "2018-01", "open" },
	{ "Da ottobre 2008 a marzo 2011", "2008-10", "2011-03" },
	{ "2016 – til dato", "2016", "open" },
	{ "Mart 2021 - Halen", "2021-03", "open" },
	{ "aug. 2019 – d.d", "2019-08", "open" },
	{ "März 2017 - Dezember 2018", "2017-03", "2018-12" },
	{ "Okt. 2015 bis Mai 2017", "2015-10", "2017-05" },
	{ "seit 2021", "2021", "open" },
	{ "seit Juni 2021", "2021-06", "open" },
	{ "04/2018 – aktuell", "2018-04", "open" },
	{ "Jänner 2010 - Juli 2012", "2010-01", "2012-07" },
	/* French */
	{ "janvier 2019 – aujourd'hui", "2019-01", "open" },
	{ "septembre 2021 – aujourd’hui", "2021-09", "open" },	/* a typographic apostrophe */
	{ "Février 2014 - Août 2016", "2014-02", "2016-08" },
	{ "déc. 2012 – actuel", "2012-12", "open" },
	{ "depuis 2019", "2019", "open" },
	{ "De sept. 2010 à juin 2013", "2010-09", "2013-06" },
	{ "juil. 2018 - présent", "2018-07", "open" },
	/* Spanish */
	{ "enero 2018 - actualidad", "2018-01", "open" },
	{ "septiembre de 2015 – marzo de 2018", "2015-09", "2018-03" },
	{ "05 de septiembre de 2016 – 15 de febrero de 2019", "2016-09", "2019-02" },
	{ "01 de marzo de 2019 – actualmente", "2019-03", "open" },
	{ "ago 2014 - dic 2016", "2014-08", "2016-12" },
	{ "desde 2017", "2017", "open" },
	{ "Mayo 2012 - Presente", "2012-05", "open" },
	/* Italian */
	{ "gennaio 2016 - oggi", "2016-01", "open" },
	{ "settembre 2012 – luglio 2015", "2012-09", "2015-07" },
	{ "giu 2011 - attuale", "2011-06", "open" },
	/* Portuguese */
	{ "fevereiro 2019 - atual", "2019-02", "open" },
	{ "outubro 2010 – dezembro 2013", "2010-10", "2013-12" },
	/* Dutch */
	{ "maart 2014 - heden", "2014-03", "open" },
	{ "mei 2011 – okt 2013", "2011-05", "2013-10" },
	/* Polish, Romanian, Scandinavian */
	{ "styczeń 2018 – obecnie", "2018-01", "open" },
	{ "października 2016 - maja 2018", "2016-10", "2018-05" },
	{ "ianuarie 2017 - Prezent", "2017-01", "open" },
	{ "januari 2015 – augusti 2017", "2015-01", "2017-08" },
	{ "maj 2016 - idag", "2016-05", "open" },
	/* dates inside text */
	{ "Senior Engineer, Acme Corp    Jan 2019 – Present", "2019-01", "open" },
	{ "Acme Corp | Engineer | 2015 - 2018", "2015", "2018" },
	{ "Engineer (2015–2018)", "2015", "2018" },
	{ "Graduated May 2012", "2012-05", "" },
	{ "B.Sc. Physics, 2010", "2010", "" },
	{ "Class of 2009", "2009", "" },
	{ "Jun 2019", "2019-06", "" },
	{ "2019", "2019", "" },
	{ "Present – 2021", "2021", "open" },
	{ "Dates: 2012 → 2014", "2012", "2014" },
	{ "2012 ~ 2014", "2012", "2014" },
	{ "Nov 2019 – Dec 2019", "2019-11", "2019-12" },
	{ "2010 - Sep 2012", "2010", "2012-09" },
	/* doubled dashes, dot ranges and dot leaders */
	{ "2016.04 -- 2019.03", "2016-04", "2019-03" },
	{ "[2020-05 .. now]", "2020-05", "open" },
	{ "Acme Corp ........ 2019 - 2021", "2019", "2021" },
	{ "mar/2019 \xe2\x80\x93 atual", "2019-03", "open" },
	{ "seit 03/2019", "2019-03", "open" },
	/* a terse column: a dash glued to the year, then a gap, is open */
	{ "2023\xe2\x80\x93    Python developer, Acme", "2023", "open" },
	{ "2019\xe2\x80\x93" "22  Support engineer", "2019", "2022" },
	{ "1999-00", "1999", "2000" },
	/* a profile page's length of stay glued on */
	{ "10/2015 - 02/20193 Jahre, 5 Monate", "2015-10", "2019-02" },
	{ "03/2019 - heute5 Jahre, 3 Monate", "2019-03", "open" },
	{ "From 2020 up to date", "2020", "open" },
	/* a Bolivian CV's fiscal years, "gestión" */
	{ "Gesti\xc3\xb3n 2019 \xe2\x80\x93 2021", "2019", "2021" },
	{ "Gesti\xc3\xb3n 2015", "2015", "" },
	{ "De mars 2015 \xc3\xa0 d\xc3\xa9" "cembre 2018", "2015-03", "2018-12" },
	{ "Ao\xc3\xbbt \xe2\x80\x93 Septembre 2013", "2013-08", "2013-09" },
	/* open ends of two words, and more languages' */
	{ "2019 – in corso", "2019", "open" },
	{ "09/2021 – en cours", "2021-09", "open" },
	{ "marzo 2018 – la actualidad", "2018-03", "open" },
	{ "03/2020 - Hi\xe1\xbb\x87n t\xe1\xba\xa1i", "2020-03", "open" },
	{ "01/2021 - nay", "2021-01", "open" },
	{ "set 2017 – em curso", "2017-09", "open" },
	{ "marts 2019 – i dag", "2019-03", "open" },
	{ "2016 – nuvarande", "2016", "open" },
	{ "sedan 2020", "2020", "open" },
	{ "vanaf 2020", "2020", "open" },
	{ "Jan 2019 to the present", "2019-01", "open" },
	{ "2019 onwards", "2019", "open" },
	{ "jan 2012 – atualidade", "2012-01", "open" },
	{ "mar 2019 at\xc3\xa9 o momento", "2019-03", "open" },
	/* Indonesian and Malay */
	{ "Maret 2021 - Sekarang", "2021-03", "open" },
	{ "Agustus 2019 - Februari 2021", "2019-08", "2021-02" },
	{ "Ogos 2018 hingga Disember 2020", "2018-08", "2020-12" },
	{ "Jan 2020 - saat ini", "2020-01", "open" },
	/* Chinese, Japanese and Korean */
	{ "2019年3月 - 2021年5月", "2019-03", "2021-05" },
	{ "2020.07 - 至今", "2020-07", "open" },
	{ "2018年4月～現在", "2018-04", "open" },
	{ "2016년 3월 ~ 2019년 2월", "2016-03", "2019-02" },
	{ "2019年3月加入", "2019-03", "" },
	/* Russian and Ukrainian */
	{ "Апрель 2019 — по настоящее время", "2019-04", "open" },
	{ "Январь 2016 — Март 2019", "2016-01", "2019-03" },
	{ "сент. 2014 – дек. 2015", "2014-09", "2015-12" },
	{ "Січень 2016 – Березень 2019", "2016-01", "2019-03" },
	{ "вересень 2021 – дотепер", "2021-09", "open" },
	/* Bulgarian and Lithuanian */
	{ "Септември 2012 – Февруари 2018", "2012-09", "2018-02" },
	{ "01.03.2018 – до момента", "2018-03", "open" },
	{ "2019 m. rugsėjo mėn. – dabar", "2019-09", "open" },
	{ "2015 m. spalio mėn. – 2019 m. gegužės mėn.", "2015-10", "2019-05" },
	{ "2015 – 2017 M.Sc. Informatik", "2015", "2017" },
	{ "abril 2020 - hasta el momento", "2020-04", "open" },
	{ "2018 \xe2\x80\x93 al presente", "2018", "open" },
	/* Turkish, Czech and Finnish months and open ends */
	{ "Eyl\xc3\xbcl 2020 - Halen", "2020-09", "open" },
	{ "\xc5\x9e" "ubat 2016 - A\xc4\x9f" "ustos 2020", "2016-02", "2020-08" },
	{ "b\xc5\x99" "ezen 2018 \xe2\x80\x93 dosud", "2018-03", "open" },
	{ "\xc4\x8d" "ervenec 2015 \xe2\x80\x93 \xc5\x99\xc3\xad" "jen 2017", "2015-07", "2017-10" },
	{ "toukokuu 2019 \xe2\x80\x93 nykyään", "2019-05", "open" },
};

/* Texts that hold no date. */
static const char *const nodates[] = {
	"20xx - 20xx",
	"YYYY - Present",
	"Managed 30K+ VMs",
	"Present results to the board",
	"May the best team win",
	"Current Experience",
	"Worked on 3 projects",
	"Version 10.5",
	"Room 101",
	"au cours de l'entretien",
	"in corso di laurea",
	"Supply Systems Analyst (GS-2003-11)",
	"Form SF-2019 filed",
	"proračun prema BAS EN 1998-1 (Eurokod 8)",
	"designed to IEC 2010 and ISO 1999 rules",
	"CGPA: 8.2/10",
	"GPA 3.5/10 scale",
	NULL,
};

static void
format(struct ym d, char *out)
{
	if (d.y == 0)
		strcpy(out, "");
	else
		date_iso_format(d, out);
}

static void
test_forms(void **state)
{
	int failed = 0;

	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct daterange r;
		char s[8], e[8];
		const char *want_end = rows[i].end;
		if (!dateparse_find(rows[i].text, strlen(rows[i].text), &r)) {
			printf("# no date in '%s'\n", rows[i].text);
			failed++;
			continue;
		}
		format(r.start, s);
		if (r.open)
			strcpy(e, "open");
		else
			format(r.end, e);
		if (strcmp(s, rows[i].start) != 0 || strcmp(e, want_end) != 0) {
			printf("# '%s': got %s .. %s, want %s .. %s\n", rows[i].text, s, e,
			    rows[i].start, want_end);
			failed++;
		}
	}
	printf("# %zu forms, %d wrong\n", sizeof rows / sizeof rows[0], failed);
	assert_int_equal(failed, 0);
}

static void
test_no_dates(void **state)
{
	(void)state;
	for (int i = 0; nodates[i] != NULL; i++) {
		struct daterange r;
		if (dateparse_find(nodates[i], strlen(nodates[i]), &r))
			printf("# a date in '%s' at %zu..%zu\n", nodates[i], r.from, r.to);
		assert_false(dateparse_find(nodates[i], strlen(nodates[i]), &r));
	}
}

static void
test_span_and_duration(void **state)
{
	const char *s = "Senior Engineer   Oct 2016Aug 2024 · 7 yrs 10 mos";
	struct daterange r;
	size_t from, to;

	(void)state;
	assert_true(dateparse_find(s, strlen(s), &r));
	assert_int_equal(r.from, strlen("Senior Engineer   "));
	assert_int_equal(r.to, strlen(s));
	assert_int_equal(r.months, 7 * 12 + 10);
	assert_int_equal(dateparse_duration("13 yrs 10 mos experience", 24, &from, &to), 166);
	assert_int_equal(from, 0);
	assert_int_equal(to, strlen("13 yrs 10 mos"));
	assert_int_equal(dateparse_duration("2 Jahre 3 Monate", 16, &from, &to), 27);
	assert_int_equal(dateparse_duration("11 months", 9, &from, &to), 11);
	/* "and" between years and months, in several languages */
	assert_int_equal(dateparse_duration("(5 años y 5 meses)", 19, &from, &to), 65);
	assert_int_equal(to, 18);
	assert_int_equal(dateparse_duration("2 years and 3 months", 20, &from, &to), 27);
	assert_int_equal(dateparse_duration("1 ano e 6 meses", 15, &from, &to), 18);
	assert_int_equal(dateparse_duration("no duration", 11, &from, &to), -1);
}

static void
test_only_and_fragments(void **state)
{
	struct ym d;

	(void)state;
	assert_true(dateparse_only("Jun 2019 – Present"));
	assert_true(dateparse_only("(2015 - 2018)"));
	assert_true(dateparse_only("Sep 2022Present · 3 yrs 8 mos"));
	assert_false(dateparse_only("Acme Corp, 2015 - 2018"));
	assert_false(dateparse_only("Present"));
	assert_true(dateparse_fragment("Now"));
	assert_true(dateparse_fragment("|"));
	assert_true(dateparse_fragment("2019"));
	assert_true(dateparse_fragment("Jun"));
	assert_false(dateparse_fragment("Flipkart"));
	assert_false(dateparse_fragment("72%"));
	assert_true(dateparse_date("Mar 2019", &d));
	assert_int_equal(d.y, 2019);
	assert_int_equal(d.m, 3);
	assert_false(dateparse_date("Mar 2019 Acme", &d));
	assert_int_equal(dateparse_month("Février", strlen("Février")), 2);
	assert_int_equal(dateparse_month("OKT", 3), 10);
	assert_true(datewords_sorted());
}

/* The tokens of lines asked about in turn, more lines than the lexer
 * keeps, are each time those of the line tokenized afresh. */
static void
test_tokenize_again(void **state)
{
	static const char *const lines[] = { "Jan 2019 - Present", "03/2017 – 12/2018",
		"Since 2020", "seit Oktober 2016", "2015 - 2017 (2 yrs)", "Acme GmbH, Berlin",
		"Oct 2016Aug 2024", "2019 – in corso", "Now | 2019 Jun", "12.2010 - heute",
		"Staff Engineer", "" };
	struct toks first[12], again;
	size_t n = sizeof lines / sizeof lines[0];

	(void)state;
	for (size_t i = 0; i < n; i++)
		datelex_tokenize(lines[i], strlen(lines[i]), &first[i]);
	for (int round = 0; round < 3; round++)
		for (size_t i = 0; i < n; i += (size_t)round + 1) {
			datelex_tokenize(lines[i], strlen(lines[i]), &again);
			assert_int_equal(again.n, first[i].n);
			for (size_t k = 0; k < again.n; k++) {
				assert_int_equal(again.v[k].kind, first[i].v[k].kind);
				assert_int_equal(again.v[k].from, first[i].v[k].from);
				assert_int_equal(again.v[k].to, first[i].v[k].to);
				assert_int_equal(again.v[k].val, first[i].v[k].val);
				assert_int_equal(again.v[k].dw, first[i].v[k].dw);
				assert_int_equal(again.v[k].dwval, first[i].v[k].dwval);
				assert_int_equal(again.v[k].space, first[i].v[k].space);
			}
			datelex_free(&again);
		}
	for (size_t i = 0; i < n; i++)
		datelex_free(&first[i]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokenize_again),
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_no_dates),
		cmocka_unit_test(test_span_and_duration),
		cmocka_unit_test(test_only_and_fragments),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
