#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "consent.h"
#include "flathead.h"
#include "flatname.h"
#include "dateparse.h"
#include "datewords.h"
#include "fold.h"
#include "names.h"
#include "parse.h"
#include "unflatten.h"
#include "wordlist.h"
#include "xalloc.h"

#define LONG_LINE 300

/* "09/2019 - Present": the dash of a range, not a bullet's. */
static int
range_dash(const char *s, size_t i)
{
	size_t n;
	int v;

	if (i < 2 || s[i] != '-' || !isdigit((unsigned char)s[i - 2]))
		return 0;
	n = strcspn(s + i + 2, " \t,;.)");
	return n > 0 && datewords_find(s + i + 2, n, &v) == DW_OPEN;
}

static int
bullet_at(const char *s)
{
	static const char *const glyphs[] = { "\xe2\x80\xa2", "\xe2\x97\x8f",
		"\xe2\x96\xaa", "\xe2\x96\xa0", "\xe2\x97\xa6", "\xe2\x80\xa3",
		"\xe2\x96\xba", "\xe2\x9e\xa2", "\xe2\x9c\x93", NULL };

	return ((s[0] == '-' || s[0] == '*') && s[1] == ' ' && isupper((unsigned char)s[2])) ||
	    wordlist_prefix(glyphs, s) > 0;
}

static void
piece(struct layout *out, const char *s, size_t len, unsigned flags)
{
	layout_add_trimmed(out, s, len, flags);
}

/* The next date at or after s[pos], its bytes made absolute; read through
 * a window that moves on, so that a long line costs no more than its
 * length (a range is far shorter than the window's overlap). */
static int
date_from(const char *s, size_t len, size_t pos, struct daterange *r)
{
	enum { WINDOW = 256, OVERLAP = 64 };

	while (pos < len) {
		size_t n = len - pos < WINDOW ? len - pos : WINDOW;
		int found = dateparse_find(s + pos, n, r);
		/* a date near the window's end may go on past it: read again
		 * from where it starts */
		if (found && (pos + n == len || r->to + OVERLAP <= n || r->from == 0)) {
			r->from += pos;
			r->to += pos;
			return 1;
		}
		if (pos + n == len)
			return 0;
		pos += found ? r->from : WINDOW - OVERLAP;
	}
	return 0;
}

/* "GPA: 3.7/4.0 Bachelor of ...": a grade after an entry's dates, a line
 * of its own before the next entry; where the rest starts. */
static size_t
grade_off(struct layout *out, const char *s, size_t len, size_t at)
{
	static const char *const labels[] = { "gpa", "cgpa", "grade", "grades", "score",
		"percentage", "nota", "note", "media", "promedio", "voto", NULL };
	size_t w = strcspn(s + at, " :"), e;
	char key[16];

	if (w == 0 || w >= sizeof key || at + w >= len)
		return at;
	fold_key(s + at, w, key, sizeof key);
	if (!wordlist_has(labels, key))
		return at;
	e = at + w + strspn(s + at + w, " :");
	if (e >= len || !isdigit((unsigned char)s[e]))
		return at;
	e += strcspn(s + e, " ");
	if (e >= len || !isupper((unsigned char)s[e + strspn(s + e, " ")]))
		return at;
	piece(out, s + at, e - at, 0);
	return e + strspn(s + e, " ");
}

/* "Summer Nurse Extern The Ohio State University ..., May 2018 – August
 * 2018", "Patient Care Technician (STNA) Mount Carmel East, ...": where a
 * header whose line breaks were lost goes from the job to the firm, at
 * "The" inside it or after the initials in brackets that end the title;
 * 0 if it shows none.  The header runs to d, its dates. */
static size_t
firm_start(const char *s, size_t d)
{
	size_t comma = strcspn(s, ",");

	if (comma > d)
		comma = d;
	for (size_t i = 1; i + 5 < comma; i++) {
		if (s[i - 1] != ' ')
			continue;
		if (strncmp(s + i, "The ", 4) == 0 && isupper((unsigned char)s[i + 4]) && i >= 6)
			return i;
		if (s[i] == '(' && i >= 6) {
			size_t caps = strspn(s + i + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
			if (caps >= 2 && caps <= 8 && s[i + 1 + caps] == ')' &&
			    s[i + 2 + caps] == ' ' && isupper((unsigned char)s[i + 3 + caps]) &&
			    i + 3 + caps < comma) {
				char *t = xstrndup(s, i - 1);
				int title = role_title_score(t) > 0 && role_company_score(t) == 0;
				free(t);
				if (title)
					return i + 3 + caps;
			}
		}
	}
	return 0;
}

/* A header's piece, the job and the firm set apart where firm_start
 * finds them. */
static void
head_piece(struct layout *out, const char *s, size_t len, size_t d, unsigned flags)
{
	size_t f = firm_start(s, d);
	char *t;

	if (f == 0) {
		piece(out, s, len, flags);
		return;
	}
	t = xprintf("%.*s | %.*s", (int)(f - 1), s, (int)(len - f), s + f);
	piece(out, t, strlen(t), flags);
	free(t);
}

/* "Fern-Hochschule 2014 - 2018 Ausbildung zum ...": a range of dates ends
 * an entry's header line; what runs on after it is a line of its own. */
static void
dated_pieces(struct layout *out, const char *s, size_t len, unsigned flags)
{
	struct daterange r;
	size_t start = 0, pos = 0;
	int found = 0;

	while (pos < len && date_from(s, len, pos, &r)) {
		size_t end = r.to;
		found = 1;
		end += strspn(s + end, " ),:;");
		if (!r.single && end < len && isalpha((unsigned char)s[end])) {
			head_piece(out, s + start, end - start, r.from - start, flags);
			flags = 0;
			start = end;
			end = grade_off(out, s, len, end);
			start = end;
		}
		pos = end > pos ? end : pos + 1;
	}
	/* the last piece, ended by its range (the last date read): a
	 * header too */
	if (found && r.from >= start && !r.single && r.to + 3 >= len)
		head_piece(out, s + start, len - start, r.from - start, flags);
	else
		piece(out, s + start, len - start, flags);
}

/* "... workshops Security Analyst at Wadi Bank (Jul 2017 — Feb 2021)": the
 * role that opens an entry, found back from its " at " and its dates. */
/* "CS 3345": the number of a course after its code in capitals, the
 * word s[w, e). */
static int
course_number(const char *s, size_t w, size_t e)
{
	return e > w && e - w <= 5 && strspn(s + w, "0123456789") == e - w && w >= 2 &&
	    s[w - 1] == ' ' && isupper((unsigned char)s[w - 2]);
}

static size_t
entry_start(const char *s, size_t len)
{
	struct daterange r;
	const char *at;
	size_t i;

	if (!dateparse_find(s, len, &r) || r.single || r.from == 0)
		return 0;
	for (at = NULL, i = 0; i + 4 < r.from; i++)
		if (strncmp(s + i, " at ", 4) == 0 || strncmp(s + i, " @ ", 3) == 0)
			at = s + i;
	if (at == NULL)
		return 0;
	i = (size_t)(at - s);
	while (i > 0) {
		size_t w = i;
		while (w > 0 && s[w - 1] != ' ')
			w--;
		if (!isupper((unsigned char)s[w]) && strncmp(s + w, "of ", 3) != 0 &&
		    strncmp(s + w, "& ", 2) != 0 && !course_number(s, w, i))
			break;
		i = w > 0 ? w - 1 : 0;
		if (w == 0)
			return 0;
	}
	return i > 0 ? i + 1 : 0;
}

/* "... the KPI pack in Power BI Logistics Coordinator Feb 2019": a known
 * skill of one to three words ending the sentence is no part of the
 * header that starts at s[start]; where the header starts past it. */
static size_t
skill_tail(const struct lexicon *lx, const char *s, size_t start, size_t d)
{
	size_t best = start, e = start;

	for (int words = 0; words < 3 && e < d; words++) {
		e += strcspn(s + e, " ");
		if (e >= d)
			break;
		if (lexicon_skill(lx, s + start, e - start))
			best = e + strspn(s + e, " ");
		e += strspn(s + e, " ");
	}
	if (best > start && best < d) {
		/* "Software Engineering Intern": the skill names the job the
		 * title's word after it ends */
		char *w = xstrndup(s + best, strcspn(s + best, " "));
		int title = role_title_score(w) > 0 && role_company_score(w) == 0;
		free(w);
		if (title)
			return start;
	}
	return best < d && isupper((unsigned char)s[best]) ? best : start;
}

/* "... with 1,200 SKUs Pharmacy Intern – ...": the plural of an acronym
 * ending the sentence is no part of the header at s[start]; where the
 * header starts past it. */
static size_t
acronyms_off(const char *s, size_t start, size_t d)
{
	for (;;) {
		size_t n = strcspn(s + start, " "), caps = strspn(s + start, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
		if (caps < 2 || n != caps + 1 || s[start + caps] != 's' || start + n >= d)
			return start;
		start += n + strspn(s + start + n, " ");
	}
}

/* "... The American University in Cairo, 2015–2016": capitals after a
 * small word in lower case that a name or a sentence goes on over ("in",
 * "for", "to"), no header's start. */
static int
after_preposition(const char *s, size_t start)
{
	static const char *const small[] = { "in", "for", "to", "from", "with", "by", "on",
		NULL };
	size_t e = start, w;
	char key[8];

	while (e > 0 && s[e - 1] == ' ')
		e--;
	for (w = e; w > 0 && s[w - 1] != ' ';)
		w--;
	if (e == w || e - w >= sizeof key || !islower((unsigned char)s[w]))
		return 0;
	memcpy(key, s + w, e - w);
	key[e - w] = '\0';
	return wordlist_has(small, key);
}

/* "... stored procedures. Freelance – Desarrollador web Mar. 2014": a
 * header with words in small letters, its firm and title apart by a dash,
 * after the sentence before it ended; where it starts, or 0. */
static size_t
sentence_head(const char *s, size_t d)
{
	for (size_t i = d; i > 3 && d - i < 90; i--) {
		const char *dash;
		/* not after an initial's stop ("J. Smith") */
		if (s[i - 1] != ' ' || s[i - 2] != '.' || !isupper((unsigned char)s[i]) ||
		    isupper((unsigned char)s[i - 3]))
			continue;
		dash = memmem(s + i, d - i, " \xe2\x80\x93 ", 5);
		return dash != NULL ? i : 0;
	}
	return 0;
}

/* "... in the first quarter Growth Marketing Associate Sep 2021 – Apr
 * 2023": the capitalised words before a range of dates that a bullet's
 * sentence ran into; where they start, or 0. */
static size_t
header_before(const struct lexicon *lx, const char *s, size_t len)
{
	static const char *const joins[] = { "of", "and", "&", "at", "de", "du", "der", "fur",
		"y", "e", "-", "\xe2\x80\x93", "|", "del", "la", "las", "los", "en", "da", "do",
		"dos", "das", "di", "della", "von", "van", "des", "et", "in", "for", NULL };
	struct daterange r;
	size_t pos = 0;

	while (pos < len && date_from(s, len, pos, &r)) {
		size_t d = r.from, start = d, caps = 0;
		if (r.single) {		/* "... survey (2022) Community Pharmacist" */
			pos = r.to > pos ? r.to : pos + 1;
			continue;
		}
		while (start > 0) {
			size_t e = start, w;
			char key[8];
			while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '('))
				e--;
			for (w = e; w > 0 && s[w - 1] != ' ';)
				w--;
			fold_key(s + w, e - w, key, sizeof key);
			/* "CS 3345 Data Structures": a course's number */
			/* "&" and "/" fold to nothing: they are looked at as they are */
			if (e == w || !(isupper((unsigned char)s[w]) || wordlist_has(joins, key) ||
			    (e - w == 1 && (s[w] == '&' || s[w] == '/')) ||
			    (strchr("(.", s[w]) != NULL && isupper((unsigned char)s[w + 1])) ||
			    strncmp(s + w, "\xe2\x80\x93", 3) == 0 || course_number(s, w, e)))
				break;
			caps += isupper((unsigned char)s[w]) != 0;
			start = w;
		}
		/* "... pack in Power BI ...": a header opens with no small word */
		while (start < d && islower((unsigned char)s[start]) &&
		    start + strcspn(s + start, " ") < d)
			start += strcspn(s + start, " ") + 1;
		start = skill_tail(lx, s, start, d);
		start = acronyms_off(s, start, d);
		/* "... patient care in Epic Summer Nurse Extern The Ohio State
		 * University ...": the name after the small word is the
		 * sentence's; the header starts at the capitals after it */
		if (caps > 1 && start >= 10 && start < d && after_preposition(s, start)) {
			size_t next = start + strcspn(s + start, " ");
			next += strspn(s + next, " ");
			if (next < d && isupper((unsigned char)s[next]) && !after_preposition(s, next))
				start = next;
		}
		if (caps > 0 && start >= 10 && start < d && !after_preposition(s, start))
			return start;
		if ((start = sentence_head(s, d)) > 0)
			return start;
		pos = r.to;
	}
	return 0;
}

/* In a section whose entries open with their dates ("09/2016 – 12/2019
 * Associate, Studio Legale ..."): where the next such date begins, a
 * word in capitals after it, past s[0]; 0 if none. */
static size_t
date_opens(const char *s, size_t len)
{
	struct daterange r;
	size_t lead = strspn(s, " "), pos = lead + 1;

	/* past the dates that open s */
	if (date_from(s, len, lead, &r) && r.from == lead)
		pos = r.to;
	while (pos < len && date_from(s, len, pos, &r)) {
		size_t after = r.to + strspn(s + r.to, " ");
		/* "D.Lgs. 231/2001 09/2016 – 12/2019": a date read from inside
		 * a number is read again past its start */
		if (r.from > lead && s[r.from - 1] != ' ') {
			pos = r.from + 1;
			continue;
		}
		if (r.from > lead && after < len && isupper((unsigned char)s[after]))
			return r.from;
		pos = r.to > pos ? r.to : pos + 1;
	}
	return 0;
}

/* "... MSNCB – 2022 Basic Life Support (BLS), ... – exp. 03/2026
 * Advanced ...": certificates run together, each ended by its date; the
 * words in capitals after a date start the next. */
static void
dated_items(struct layout *out, const char *s, size_t len, unsigned flags)
{
	struct daterange r;
	size_t start = 0, pos = 0;

	while (pos < len && date_from(s, len, pos, &r)) {
		size_t end = r.to + strspn(s + r.to, " )");
		if (end < len && end > r.to && isupper((unsigned char)s[end]) &&
		    isalpha((unsigned char)s[end + 1])) {
			piece(out, s + start, end - start, flags);
			start = end;
		}
		pos = end > pos ? end : pos + 1;
	}
	piece(out, s + start, len - start, flags);
}

/* "Thesis: Factors associated with ... County BSc Biology, Cuttington
 * University, 2012": a note on the school before, its label first, runs
 * into the next school's degree; where that degree's word starts, or 0. */
static size_t
note_end(const char *s, size_t len)
{
	static const char *const small[] = { "of", "in", "a", "an", "the", "for", "and",
		"my", "his", "her", NULL };
	size_t colon = strcspn(s, ":"), prev = 0, spaces = 0;

	for (size_t i = 0; i < colon && i < len; i++)
		spaces += s[i] == ' ';
	if (colon >= len || colon > 24 || spaces > 2)
		return 0;
	for (size_t i = colon + 1; i < len; i++) {
		size_t n = strcspn(s + i, " ,");
		char *w, key[8];
		int degree;
		if (s[i - 1] != ' ' || !isupper((unsigned char)s[i])) {
			if (s[i - 1] == ' ')
				prev = i;
			continue;
		}
		w = xstrndup(s + i, n);
		degree = strchr(w, '.') == NULL && n <= 10 && role_degree_score(w) > 0 &&
		    role_school_score(w) == 0;
		free(w);
		fold_key(s + prev, strcspn(s + prev, " "), key, sizeof key);
		if (degree && !wordlist_has(small, key))
			return i;
		prev = i;
	}
	return 0;
}

/* Schools run together, each ended by its year after a comma ("...,
 * University of Liberia, 2017 Thesis: ... BSc Biology, ..., 2012
 * WASSCE, ..."): a line each, a note's run into the next degree cut off. */
static void
school_items(struct layout *out, const char *s, size_t len, unsigned flags)
{
	struct daterange r;
	size_t start = 0, pos = 0, k;

	while (pos < len && date_from(s, len, pos, &r)) {
		size_t end = r.to + strspn(s + r.to, " )");
		if (r.single && r.from >= start + 2 && s[r.from - 2] == ',' && end < len &&
		    end > r.to && isupper((unsigned char)s[end])) {
			dated_pieces(out, s + start, end - start, flags);
			start = end;
			flags = 0;
			if ((k = note_end(s + start, len - start)) > 0) {
				piece(out, s + start, k, 0);
				start += k;
			}
		}
		pos = end > pos ? end : pos + 1;
	}
	dated_pieces(out, s + start, len - start, flags);
}

/* A bullet's text, cut before the next entry's role when it runs on. */
static void
bullet_piece(const struct lexicon *lx, struct layout *out, const char *s, size_t len,
    int dates_first)
{
	size_t k = dates_first ? date_opens(s, len) : entry_start(s, len);

	if (k == 0 && !dates_first)
		k = header_before(lx, s, len);
	if (k > 0) {
		piece(out, s, k, MK_BULLET);
		dated_pieces(out, s + k, len - k, 0);
	} else
		piece(out, s, len, MK_BULLET);
}

/* A long line being cut into lines. */
struct cut {
	const struct lexicon *lx;
	struct layout *out;
	const char *s;
	unsigned flags;		/* of the piece that runs from start */
	int top;		/* it is the name's */
	enum isec kind;		/* the section's, by its heading */
	int dates_first;	/* its entries open with their dates */
	int fresh;		/* nothing of the section cut off yet */
};

static void
flush(struct cut *k, size_t from, size_t to)
{
	if (to <= from)
		return;
	k->fresh = 0;
	if (k->flags & MK_BULLET)
		bullet_piece(k->lx, k->out, k->s + from, to - from, k->dates_first);
	else if (k->top)
		flatname_piece(k->lx, k->out, k->s + from, to - from);
	else if (k->kind == IS_SUMMARY)
		piece(k->out, k->s + from, to - from, k->flags);	/* "... dal 2017, ..." */
	else if (k->kind == IS_CERTIFICATES || k->kind == IS_AWARDS)
		dated_items(k->out, k->s + from, to - from, k->flags);
	else if (k->kind == IS_EDUCATION && !k->dates_first)
		school_items(k->out, k->s + from, to - from, k->flags);
	else if (k->dates_first) {
		size_t d;
		while ((d = date_opens(k->s + from, to - from)) > 0) {
			dated_pieces(k->out, k->s + from, d, k->flags);
			from += d;
		}
		dated_pieces(k->out, k->s + from, to - from, k->flags);
	} else
		dated_pieces(k->out, k->s + from, to - from, k->flags);
}

/* What the heading s[0, hlen) opens, and whether its first entry opens
 * with dates. */
static void
section_set(struct cut *k, const char *s, size_t hlen, size_t hn)
{
	char key[96];
	struct daterange r;
	const char *after = s + hn + strspn(s + hn, " ");

	fold_key(s, hlen, key, sizeof key);
	k->kind = heading_lookup(&k->lx->headings, key);
	k->dates_first = date_from(after, strlen(after) < 64 ? strlen(after) : 64, 0, &r) &&
	    r.from == 0;
	k->fresh = 1;
}

/* The word before s[i] (s[i - 1] is a space). */
static const char *
prev_word(const char *s, size_t i)
{
	size_t w = i - 1;

	while (w > 0 && (s[w - 1] == ' ' || s[w - 1] == '\t'))
		w--;
	while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\t')
		w--;
	return s + w;
}

/* "Tel. +39 347 ...", "E-mail: a@b": the label before a contact. */
static size_t
contact_label(const char *s, size_t i)
{
	static const char *const labels[] = { "tel", "tel.", "tel:", "phone", "phone:",
		"mobile", "mobile:", "mob", "mob.", "mob:", "cell", "cell:", "telefono",
		"telefono:", "telefon", "telefon:", "telephone", "telephone:", "email", "email:",
		"e-mail", "e-mail:", "mail", "mail:", "cellulare", "cellulare:", "handy", "handy:",
		"tlf", "tlf.", "tel.:", NULL };
	const char *w = prev_word(s, i);
	char key[16];
	size_t n = (size_t)(s + i - w);

	while (n > 0 && w[n - 1] == ' ')
		n--;
	if (n == 0 || n >= sizeof key)
		return i;
	memcpy(key, w, n);
	key[n] = '\0';
	for (char *c = key; *c != '\0'; c++)
		*c = (char)tolower((unsigned char)*c);
	return wordlist_has(labels, key) ? (size_t)(w - s) : i;
}

static int
contact_at(const char *s)
{
	size_t n = strcspn(s, " ");

	return memchr(s, '@', n) != NULL || (s[0] == '+' && isdigit((unsigned char)s[1]));
}

/* "SUMMARY ... EXPERIENCE ...": how many headings in capitals s has. */
static size_t
caps_headings(const struct lexicon *lx, const char *s)
{
	size_t caps = 0, hlen, n;

	for (size_t i = 0; s[i] != '\0'; i++)
		if ((i == 0 || s[i - 1] == ' ') && isupper((unsigned char)s[i]) &&
		    flathead_bare(lx, s + i, i > 0 ? prev_word(s, i) : "", &hlen, 1) > 0) {
			for (n = 0; n < hlen && !islower((unsigned char)s[i + n]); n++)
				;
			caps += n == hlen;
		}
	return caps;
}

static void
cut_line(const struct lexicon *lx, const char *s, struct layout *out, int first, int caps)
{
	struct cut k = { lx, out, s, 0, first, IS_NONE, 0, 0 };
	size_t start = 0, len = strlen(s), hn, hlen;

	for (size_t i = 0; i < len;) {
		/* "Name<gap>Headline<gap>Town<gap>Cel. ...": a wide gap parts
		 * the fields of a flattened text */
		if (s[i] == '\t') {
			flush(&k, start, i);
			start = ++i;
			k.flags = 0;
			k.top = 0;
			continue;
		}
		if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\t') {
			i++;
			continue;
		}
		if ((hn = flathead_colon(lx, s + i, &hlen)) > 0 ||
		    (hn = flathead_bare(lx, s + i, i > 0 ? prev_word(s, i) : "", &hlen,
		    caps)) > 0) {
			flush(&k, start, i);
			piece(out, s + i, hlen, LN_BLANK);
			section_set(&k, s + i, hlen, hn);
			i += hn;
			start = i;
			k.flags = k.top = 0;
		} else if (bullet_at(s + i) && !range_dash(s, i)) {
			/* "CLINICAL SKILLS Epic EHR • IV insertion • ...": the
			 * list's first item, its bullet lost with the break */
			if (k.fresh && (k.kind == IS_SKILLS || k.kind == IS_INTERESTS ||
			    k.kind == IS_LANGUAGES))
				k.flags = MK_BULLET;
			flush(&k, start, i);
			i += s[i] == '-' || s[i] == '*' ? 2 : 3;
			start = i;
			k.flags = MK_BULLET;
			k.top = 0;
		} else if (k.top && i > 0 && contact_at(s + i)) {
			size_t at = contact_label(s, i);
			if (at < start)
				at = i;
			flush(&k, start, at);
			start = at;
			i++;
			k.top = 0;
		} else if (i > 0 && isupper((unsigned char)s[i]) && consent_opens(s + i)) {
			/* "... 2021 Autorizzo il trattamento dei dati ..." */
			flush(&k, start, i);
			start = i++;
			k.flags = k.top = 0;
		} else
			i++;
	}
	flush(&k, start, len);
}

/* "Dallas, TXMay 2020 – Aug 2020": a month glued to the capitals of a
 * state's code before it, a space put back between them; a new string. */
static char *
month_apart(const char *s)
{
	struct buf b = BUF_INIT;
	size_t len = strlen(s);

	for (size_t i = 0; i < len; i++) {
		struct daterange r;
		if (i >= 2 && isupper((unsigned char)s[i - 2]) && isupper((unsigned char)s[i - 1]) &&
		    isupper((unsigned char)s[i]) && islower((unsigned char)s[i + 1]) &&
		    dateparse_find(s + i, len - i < 24 ? len - i : 24, &r) && r.from == 0 &&
		    r.start.m > 0)
			buf_addc(&b, ' ');
		buf_addc(&b, s[i]);
	}
	return b.s != NULL ? buf_detach(&b) : xstrdup("");
}

int
unflatten(const struct lexicon *lx, struct layout *L)
{
	struct layout out;
	size_t longest = 0, total = 0, in_long = 0, caps = 0;

	/* a few lines, or lines most of whose text is in long ones */
	for (size_t i = 0; i < L->n; i++) {
		size_t n = strlen(L->v[i].s);
		longest = n > longest ? n : longest;
		total += n;
		in_long += n >= LONG_LINE / 2 ? n : 0;
	}
	if (longest < LONG_LINE || L->n > 24 || (L->n > 8 && in_long * 10 < total * 7))
		return 0;
	memset(&out, 0, sizeof out);
	/* where the headings are in capitals, two or more, a word in title
	 * case is a job's or a firm's ("Software Engineer") */
	for (size_t i = 0; i < L->n; i++)
		caps += caps_headings(lx, L->v[i].s);
	for (size_t i = 0; i < L->n; i++) {
		if (strlen(L->v[i].s) >= LONG_LINE / 2) {
			char *t = month_apart(L->v[i].s);
			cut_line(lx, t, &out, i == 0, caps >= 2);
			free(t);
		} else
			layout_add(&out, L->v[i].s, strlen(L->v[i].s), L->v[i].indent,
			    L->v[i].flags);
	}

	out.urls = L->urls;
	L->urls = (struct strlist)STRLIST_INIT;
	layout_free(L);
	*L = out;
	return 1;
}
