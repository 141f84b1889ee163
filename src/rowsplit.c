/*
 * rowsplit: see rowsplit.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "headdate.h"
#include "lineword.h"
#include "roleline.h"
#include "rowsplit.h"
#include "wordlist.h"
#include "xalloc.h"

/* The length of a dash between words ("-", an en or em dash) and the
 * space after it, or 0. */
static size_t
dash_at(const char *s)
{
	size_t k = *s == '-' ? 1 : (strncmp(s, "\xe2\x80\x93", 3) == 0 ||
	    strncmp(s, "\xe2\x80\x94", 3) == 0) ? 3 : 0;

	return k > 0 && s[k] == ' ' ? k + 1 : 0;
}

/* Where the body of a one-line entry starts after its dates: the colon
 * after a range, or the dash after dates in brackets ("Feira Livre (2019)
 * — an app for street markets"); the byte before the body, or NULL. */
static const char *
body_sep(const char *s, const struct daterange *r)
{
	const char *after = s + r->to + strspn(s + r->to, " ");
	size_t k;

	if ((s[r->from - 1] == '(' || s[r->from - 1] == '[') &&
	    (*after == ')' || *after == ']') && after[1] == ' ') {
		after += 1 + strspn(after + 1, " ");
		if ((k = dash_at(after)) > 0)
			return after + k - 1;
		return NULL;
	}
	return (r->single && !r->open) || *after != ':' ? NULL : after;
}

/* "Senior Frontend Engineer, Kraków office. Working on ...": after a
 * firm and its dates in brackets and a dash, a sentence opened by a job
 * title is the rest of the header; its length (up to the full stop), or 0
 * when the text after the dash opens with no title ("an app for street
 * markets"). */
static size_t sentence_stop(const char *);

static size_t
title_sentence(const char *body)
{
	size_t clause = strcspn(body, ",.;"), stop = sentence_stop(body);
	char *first = parse_trim(body, clause);
	int ok = lineword_count(first) <= 6 && role_title_score(first) > 0 &&
	    role_company_score(first) == 0 && !lineword_past_verb(first);

	free(first);
	if (!ok)
		return 0;
	return stop > 0 ? stop : strlen(body);
}

/* "Coordinate KS5 mathematics since September 2021: schemes of ...": a
 * date a word in lower case leads into, in a sentence, no header's. */
static int
worded_date(const char *s, const struct daterange *r)
{
	size_t a = r->from;

	while (a > 0 && s[a - 1] == ' ')
		a--;
	/* "Data analyst, 2021 – now:" sets the date apart */
	if (a == r->from || a == 0 || !isalpha((unsigned char)s[a - 1]))
		return 0;
	while (a > 0 && s[a - 1] != ' ')
		a--;
	return fold_lower_at(s + a);
}

/* "Acme — Developer, 2023 – now: built the API": a one-line entry, its
 * header and dates before a colon, its body after. */
int
rowsplit_colon(const char *s, struct rows *R, int blank)
{
	struct daterange r;
	struct row *row;
	const char *after, *body;
	char *head;
	size_t title;

	if (!dateparse_find(s, strlen(s), &r) || r.from == 0 || worded_date(s, &r) ||
	    (after = body_sep(s, &r)) == NULL || after[1 + strspn(after + 1, " ")] == '\0')
		return 0;
	head = xstrndup(s, r.from);
	if (lineword_count(head) > 14) {
		free(head);
		return 0;
	}
	body = after + 1 + strspn(after + 1, " ");
	if (*after != ':' && (title = title_sentence(body)) > 0) {
		char *h = headdate_cut(head, strlen(head), strlen(head)), *t = parse_trim(body, title);
		free(head);
		head = xprintf("%s\t%s", h, t);
		free(h);
		free(t);
		body += title + strspn(body + title, ". ");
	} else {
		char *h = headdate_cut(head, strlen(head), strlen(head));
		free(head);
		head = h;
	}
	row = lineclass_row_add(R, head, K_HEAD, blank);
	row->dated = 1;
	row->colon = 1;
	row->when = r;
	if (*body != '\0')
		lineclass_row_add(R, xstrdup(body), K_BULLET, 0);
	return 1;
}

/* "Govt. Boys' High School", "Prof. Rao", "Univ. of Leeds", "Eidg.
 * dipl. Experte": a word cut short, not a sentence's end. */
static int
short_form(const char *w, size_t n)
{
	static const char *const forms[] = { "approx", "assn", "asst", "assoc", "dept",
		"dipl", "eidg", "engg", "gepr", "govt", "inkl", "intl", "kaufm", "mgmt",
		"natl", "prof", "staatl", "techn", "univ", NULL };
	char key[8];

	if (n >= sizeof key)
		return 0;
	fold_key(w, n, key, sizeof key);
	return wordlist_has(forms, key);
}

/* The letters from w to end, a letter of several bytes counted once. */
static size_t
letters(const char *w, const char *end)
{
	size_t n = 0;

	for (; w < end; w++)
		n += ((unsigned char)*w & 0xc0) != 0x80;
	return n;
}

/* "И. Раззакова", "J. Smith": an initial, a letter and its stop. */
static int
initial_at(const char *s)
{
	size_t k = (unsigned char)*s < 0x80 ? 1 : (unsigned char)*s < 0xe0 ? 2 : 3;

	return strncmp(s + k, ". ", 2) == 0 || (s[k] == '.' && s[k + 1] == '\0');
}

/* "Compagnon menuisier, Ateliers Favre, Chambéry. Restauration de ...":
 * a job told in a short paragraph, its header the first sentence.  The
 * end of that sentence: a full stop after a word of three letters or
 * more, no firm's short form ("Ltd."), then a capital; 0 if none. */
static size_t
sentence_stop(const char *s)
{
	for (const char *p = strstr(s, ". "); p != NULL; p = strstr(p + 1, ". ")) {
		const char *w = p;
		char word[48];
		while (w > s && w[-1] != ' ' && w[-1] != ',' && w[-1] != '\t')
			w--;
		if (letters(w, p) < 3 || short_form(w, (size_t)(p - w)) ||
		    (size_t)(p - w) + 2 > sizeof word || lineword_count(s) < 3 ||
		    !(isupper((unsigned char)p[2]) || (unsigned char)p[2] >= 0xc3) ||
		    initial_at(p + 2))
			continue;
		memcpy(word, w, (size_t)(p - w) + 1);
		word[p - w + 1] = '\0';
		/* "Ltd.", "Inc.", "Co.": a firm's form, not a sentence's end;
		 * "Kraków office." ends one */
		if (strchr(word, '.') < word + (p - w) ||
		    (p - w <= 4 && role_company_score(word) > 0))
			continue;
		return (size_t)(p - s);
	}
	return 0;
}

/* "Senior Motion Designer, Anti Hamar, Oslo" over "2019–2021 Led motion
 * for the rebrand. Built ...": a column of dates set beside an entry's
 * second line; the header above, undated, takes the dates when the
 * sentence beside them names no job nor firm and reads as one (half its
 * words in lower case). */
static int
dates_up(struct rows *R, const char *rest, size_t stop, int blank,
    const struct daterange *r, int date_first)
{
	struct row *prev = R->n > 0 ? &R->v[R->n - 1] : NULL;
	char *head;
	int n, lower = 0, ok;

	if (prev == NULL || blank || !date_first || prev->kind != K_HEAD || prev->dated ||
	    strchr(prev->s, ',') == NULL)
		return 0;
	head = xstrndup(rest, stop);
	n = lineword_count(head);
	for (const char *p = head; *p != '\0'; p++)
		lower += (p == head || p[-1] == ' ') && fold_lower_at(p);
	ok = n >= 4 && lower * 2 >= n && role_title_score(head) == 0 &&
	    role_company_score(head) == 0;
	free(head);
	if (!ok)
		return 0;
	prev->dated = 1;
	prev->when = *r;
	prev->date_first = 1;
	lineclass_row_add(R, xstrdup(rest), K_PROSE, 0);
	return 1;
}

/* The header row and the body row of such a line, rest taken; 0 when it
 * is none. */
int
rowsplit_sentence(struct rows *R, char *rest, int blank, const struct daterange *r,
    int date_first)
{
	size_t stop = sentence_stop(rest);
	struct row *row;

	if (stop == 0 || lineword_count(rest + stop) < 3)
		return 0;
	if (dates_up(R, rest, stop, blank, r, date_first)) {
		free(rest);
		return 1;
	}
	row = lineclass_row_add(R, xstrndup(rest, stop), K_HEAD, blank);
	row->dated = 1;
	row->when = *r;
	row->date_first = date_first;
	lineclass_row_add(R, xstrdup(rest + stop + 2), K_PROSE, 0);
	free(rest);
	return 1;
}
