/*
 * pagecell: what a cell beside a page's gutter holds; see pagecell.h.
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "datelex.h"
#include "dateparse.h"
#include "fold.h"
#include "form_labels.h"
#include "formhead.h"
#include "pagecell.h"
#include "utf8.h"

/* "San Francisco, CA", "Wrocław, Poland": a place set flush right
 * beside an employer, a few capitalised words on each side of a comma;
 * "Interspeech 2017", a venue and its year. */
static int
place_cell(const char *s)
{
	const char *comma = strstr(s, ", ");
	size_t n = strlen(s);
	int words = 1;

	if (n > 32 || strstr(s, ". ") != NULL || strpbrk(s, ";:@") != NULL)
		return 0;
	for (const char *p = s; *p != '\0'; p++)
		words += *p == ' ';
	if (n > 5 && isdigit((unsigned char)s[n - 1]) && strspn(s + n - 4, "0123456789") == 4 &&
	    s[n - 5] == ' ' && words <= 3)
		return 1;
	return comma != NULL && words <= 4 && strstr(comma + 2, ", ") == NULL &&
	    isupper((unsigned char)comma[2]) && !islower((unsigned char)*s);
}

/* "Present", "heute": the end of a range wrapped onto a line of its own. */
static int
open_word(const char *s)
{
	struct toks t;
	int open;

	datelex_tokenize(s, strlen(s), &t);
	open = t.n == 1 && t.v[0].kind == TK_WORD && t.v[0].dw == DW_OPEN;
	datelex_free(&t);
	return open;
}

/* "Anschrift", "Tel.", "Programmierung", "Willing to Travel": a label of
 * a few words, in letters, that a value stands beside. */
static int
label_cell(const char *s)
{
	int words = 1, small = 0;
	uint32_t cp;

	if (utf8_decode(s, strlen(s), &cp) == 0 || !fold_isalpha(cp) || strlen(s) > 24)
		return 0;
	for (const char *p = s; *p != '\0'; p++) {
		/* "Berechnung / Simulation", "PDM / ERP": two labels in one */
		if (p[0] == ' ' && (p[1] == '/' || p[1] == '&') && p[2] == ' ') {
			p += 2;
			continue;
		}
		if (isdigit((unsigned char)*p) || strchr("@/,|", *p) != NULL)
			return 0;
		words += *p == ' ';
		small += *p == ' ' && islower((unsigned char)p[1]);
	}
	/* three words, the middle one small: "Date of Birth" */
	return words <= 2 || (words == 3 && small == 1 && islower((unsigned char)s[strlen(s) - 1]) &&
	    !islower((unsigned char)strrchr(s, ' ')[1]));
}

/* "Ulm, 12.11.2024", "London, 3 March 2025": the place and the date a
 * CV was signed, in the column of dates at its foot. */
static int
signed_cell(const char *s, const struct daterange *r)
{
	size_t n = strlen(s), spaces = 0;

	if (!r->single || r->from < 3 || r->from > 30 || r->to != n ||
	    s[r->from - 1] != ' ' || s[r->from - 2] != ',')
		return 0;
	/* "Frankfurt am Main, ..." */
	for (size_t i = 0; i < r->from - 2; i++)
		spaces += s[i] == ' ';
	return spaces <= 2;
}

/* "Nationality", "Datum narození:", "Cep Telefonu": a label of a form's
 * personal data, known by its wording or set off by a colon; "Empresa",
 * "Cargo", "Funciones": one of a job's or a school's record. */
static int
form_label(const char *s)
{
	size_t n = strlen(s);
	int words = 1;
	char key[48];

	if (n == 0 || n > 40)
		return 0;
	if (formhead_kind(s, s[n - 1] == ':' ? n - 1 : n) != FH_NONE)
		return 1;
	fold_key(s, s[n - 1] == ':' ? n - 1 : n, key, sizeof key);
	if (form_label_find(key) != F_NONE)
		return 1;
	if (s[n - 1] != ':')
		return 0;
	for (const char *p = s; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p) || *p == '@')
			return 0;
		words += *p == ' ';
	}
	return words <= 4;
}

/* "3 Jahre, 9 Monate", "(2 yrs 3 mos)": the time a role lasted, which a
 * profile site sets under its dates. */
static int
duration_cell(const char *s)
{
	size_t n = strlen(s), from, to;

	if (dateparse_duration(s, n, &from, &to) < 0)
		return 0;
	while (from > 0 && strchr(" (", s[from - 1]) != NULL)
		from--;
	while (to < n && strchr(" ).", s[to]) != NULL)
		to++;
	return from == 0 && to == n;
}

/* "2015.12 大学英语四级（CET-4）": a dated item of a list, the date
 * its start, not a cell of dates: more than twelve letters after it, a
 * CJK character (U+3000 on) counted as three. */
static int
item_after(const char *s)
{
	int letters = 0;

	for (; *s != '\0'; s++)
		letters += (unsigned char)*s >= 0xe3 ? 3 :
		    (unsigned char)*s >= 0xc0 || isalpha((unsigned char)*s);
	return letters > 12;
}

enum pagecell
pagecell_left(const char *s)
{
	struct daterange r;

	if ((dateparse_find(s, strlen(s), &r) && (r.from < 3 || signed_cell(s, &r)) &&
	    !item_after(s + r.to)) || open_word(s) || duration_cell(s))
		return PC_DATES;
	if (form_label(s))
		return PC_FORM;
	return label_cell(s) ? PC_LABEL : PC_NONE;
}

int
pagecell_right(const char *s)
{
	return dateparse_only(s) || strlen(s) < 4 || strspn(s, "0123456789.,%/ -") == strlen(s) ||
	    place_cell(s);
}
