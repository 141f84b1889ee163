#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "datewords.h"
#include "fold.h"
#include "lineword.h"
#include "parse.h"
#include "xalloc.h"
#include "yearnote.h"

/* A dash between words ("-", an en or em dash) and a space after it. */
static int
spaced_dash(const char *s)
{
	size_t k = *s == '-' ? 1 : (strncmp(s, "\xe2\x80\x93", 3) == 0 ||
	    strncmp(s, "\xe2\x80\x94", 3) == 0) ? 3 : 0;

	return k > 0 && s[k] == ' ';
}

/* "...; went live in 2018": a year that a lower-case word leads into, in
 * a line of five words or more. */
static int
in_sentence(const char *s, const struct daterange *r)
{
	size_t a = r->from;

	while (a > 0 && s[a - 1] == ' ')
		a--;
	if (a == r->from || lineword_count(s) < 5)
		return 0;
	while (a > 0 && s[a - 1] != ' ')
		a--;
	return islower((unsigned char)s[a]);
}

/* "... used by 3,000 clinics; exit in 2017": a year that ends a bullet's
 * sentence dates no entry, nor one of a bullet whose glyph the PDF lost
 * ("catching 3 silent regressions in 2023"). */
static int
sentence_year(const char *s, const struct daterange *r, int bullet)
{
	if (!r->single || r->start.m != 0 || r->to + strspn(s + r->to, " .;)") != strlen(s))
		return 0;
	if (bullet)
		return lineword_count(s) > 8 || in_sentence(s, r);
	return lineword_count(s) >= 10 && in_sentence(s, r) &&
	    isalpha((unsigned char)s[r->from - 1 - (r->from > 1 && s[r->from - 1] == ' ')]);
}

/* Words of three letters or more in lower case. */
static int
lower_lineword_count(const char *s)
{
	int n = 0;

	for (const char *p = s; *p != '\0'; p += strcspn(p, " "), p += strspn(p, " "))
		n += fold_lower_at(p) && strcspn(p, " ,.;:)") >= 3;
	return n;
}

/* "Coordinated the redeployment from Kuwait (2014).", "Deployed to Iraq
 * 2007–2008 as warehouse NCO", "am implementat trecerea la Opera (2019)":
 * years inside a sentence of a job's body, whose glyph the PDF may have
 * lost, date an event of that job, not an entry.  A sentence: words
 * before the years, lower-case words, and the line ends in a full stop,
 * goes on in lower case after the years, or is a bullet opening in lower
 * case. */
static int
dated_sentence(const char *s, const struct daterange *r, int bullet)
{
	const char *after = s + r->to;
	size_t n = strlen(s);

	if (r->start.m != 0 || (!r->single && !r->open && r->end.m != 0))
		return 0;
	/* "magister inżynier, Informatyka — Akademia ... (2013 – 2015)": a
	 * school or a degree named is an entry of its own */
	if (r->from == 0 || lineword_count(s) < 5 || lower_lineword_count(s) < 2 || role_school_score(s) > 0 ||
	    role_degree_score(s) > 0) {
		return 0;
	} else {
		char *before = xstrndup(s, r->from);
		int k = lineword_count(before);
		free(before);
		if (k < 2)
			return 0;
	}
	after += strspn(after, " ),;");
	if (s[n - 1] == '.' || s[n - 1] == '!' || islower((unsigned char)*after))
		return 1;
	/* "lagos-bus-api — a timetable API (2019)": a name set apart by a
	 * dash or a colon heads a project, however it is cased */
	if (!bullet || !islower((unsigned char)s[0]))
		return 0;
	for (size_t i = 0; i + 1 < r->from; i++)
		if ((s[i] == ' ' && spaced_dash(s + i + 1)) || s[i] == ':' || s[i] == '|')
			return 0;
	return 1;
}

/* "Lead the migration to SAP Business One (go-live 01/2023)": one date
 * in brackets after a word in lower case, or before a colon, in a
 * sentence. */
static int
bracket_note(const char *s, const struct daterange *r)
{
	size_t open = r->from, k;

	if (!r->single || lineword_count(s) < 6)
		return 0;
	while (open > 0 && s[open - 1] != '(' && s[open - 1] != ')')
		open--;
	if (open == 0 || s[open - 1] != '(')
		return 0;
	k = r->to + strspn(s + r->to, " ");
	/* "... above the national average for three years (2022: 41% A*–A)":
	 * the year opens a note of a figure in a sentence */
	if (open == r->from)
		return (s[k] == ':' || s[k] == ',') && strchr(s + k, ')') != NULL &&
		    lower_lineword_count(s) >= 3;
	return s[k] == ')' && fold_lower_at(s + open) && strcspn(s + open, " ") >= 3;
}

/* "Inbound customer service for a telecom. Handled billing inquiries.
 * Rookie of the Month, March 2017.": a date in a paragraph of prose, a
 * sentence ended before it and the line ending in a stop, dates an
 * event of the job, not an entry. */
static int
prose_date(const char *s, const struct daterange *r)
{
	size_t n = strlen(s);
	int ended = 0;

	if (n == 0 || s[n - 1] != '.' || lineword_count(s) < 12 || lower_lineword_count(s) < 6)
		return 0;
	for (size_t i = 1; i + 2 < r->from && !ended; i++)
		ended = s[i] == '.' && s[i + 1] == ' ' && isupper((unsigned char)s[i + 2]) &&
		    islower((unsigned char)s[i - 1]);
	return ended;
}

/* "• Coordinate KS5 mathematics since September 2021: schemes of work":
 * a bullet's date that "since" or "from" leads into, after words of its
 * sentence and with more of it after. */
static int
led_in_bullet(const char *s, const struct daterange *r, int bullet)
{
	size_t a = r->from, b;
	enum dw_kind k;
	char *before;
	int n, v;

	/* "1) Worked as ... from Jul-2016 to Feb-2020.": the job's own
	 * dates end the line */
	if (!bullet || s[r->to + strspn(s + r->to, " .;)")] == '\0')
		return 0;
	if (isalpha((unsigned char)s[a])) {
		/* the range read with its word: "since September 2021" */
		b = a + strcspn(s + a, " ");
	} else {
		while (a > 0 && s[a - 1] == ' ')
			a--;
		b = a;
		while (a > 0 && s[a - 1] != ' ')
			a--;
	}
	/* the date words for "since" and "from", not "de" or "du" */
	k = datewords_find(s + a, b - a, &v);
	if (a == 0 || !(k == DW_SINCE || (k == DW_FROM && b - a >= 4)))
		return 0;
	before = xstrndup(s, a);
	n = lineword_count(before);
	free(before);
	return n >= 2;
}

/* "2021. gadā palielināju ...", "2019. évben ...": a bullet opening on a
 * year written as an ordinal, a sentence in small letters after it; an
 * event of the job, no entry. */
static int
ordinal_year(const char *s, const struct daterange *r, int bullet)
{
	const char *after = s + r->to;

	if (!bullet || !r->single || r->start.m != 0 || r->from != 0 || after[0] != '.' ||
	    after[1] != ' ')
		return 0;
	return fold_lower_at(after + 2) && lineword_count(s) >= 5;
}

int
yearnote_event(const char *s, const struct daterange *r, int bullet)
{
	return sentence_year(s, r, bullet) || dated_sentence(s, r, bullet) || bracket_note(s, r) ||
	    led_in_bullet(s, r, bullet) || prose_date(s, r) || ordinal_year(s, r, bullet);
}

int
yearnote_within(const char *s, const struct daterange *r, const struct daterange *above)
{
	size_t open = r->from, k = r->to + strspn(s + r->to, " ");
	int worded = 0;

	if (above == NULL || above->single || r->from == 0)
		return 0;
	while (open > 0 && s[open - 1] != '(' && s[open - 1] != ')')
		worded |= isalpha((unsigned char)s[--open]) != 0;
	if (open == 0 || s[open - 1] != '(' || s[k] != ')' ||
	    s[k + 1 + strspn(s + k + 1, " .")] != '\0')
		return 0;
	/* a note inside the bracket, or a sentence before it */
	if (!worded && (lineword_count(s) < 6 || lower_lineword_count(s) < 3))
		return 0;
	if (r->start.y < above->start.y)
		return 0;
	return above->open || (r->single ? r->start.y : r->end.y) <= above->end.y;
}
