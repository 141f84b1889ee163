#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "datewrap.h"
#include "edudegree.h"
#include "fold.h"
#include "headplace.h"
#include "markup.h"
#include "yearnote.h"
#include "lineclass.h"
#include "lineword.h"
#include "roleline.h"
#include "rowbody.h"
#include "wordlist.h"
#include "xalloc.h"

static struct row *
row_add(struct rows *R, char *s, enum kind kind, int blank)
{
	struct row *r;

	if (R->n == R->cap) {
		R->cap = R->cap ? R->cap * 2 : 32;
		R->v = xreallocarray(R->v, R->cap, sizeof *R->v);
	}
	r = &R->v[R->n++];
	memset(r, 0, sizeof *r);
	r->s = s;
	r->kind = kind;
	r->blank = blank;
	return r;
}

static int
words(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t' && (s[1] == ' ' || s[1] == '\t' || s[1] == '\0'))
			n++;
	return n;
}

static int
edge_char(char c)
{
	return c == ' ' || c == '\t' || c == '|' || c == ',' || c == '-' || c == ':' ||
	    c == ';' || c == '/' || c == '(' || c == ')' || c == '[' || c == ']';
}

/* The full-width forms Chinese and Japanese set dates off with: a wave
 * dash (～, 〜), a full-width colon (：), and the bracket given by its last
 * byte (\x88 "（", \x89 "）"). */
static int
wide_sep(const char *s, const char *bracket)
{
	return (strncmp(s, "\xef\xbc", 2) == 0 && (s[2] == bracket[0] || s[2] == '\x9a')) ||
	    strncmp(s, "\xef\xbd\x9e", 3) == 0 || strncmp(s, "\xe3\x80\x9c", 3) == 0;
}

/* The length of a separator (ASCII, or an en or em dash, a middle dot or
 * a bullet) ending at s[end], or 0. */
static size_t
sep_before(const char *s, size_t end)
{
	if (end > 0 && edge_char(s[end - 1]) && s[end - 1] != ')' && s[end - 1] != ']')
		return 1;
	/* a dot leader: "Acme ........ 2019" */
	if (end > 1 && s[end - 1] == '.' && s[end - 2] == '.') {
		size_t n = 0;
		while (n < end && s[end - 1 - n] == '.')
			n++;
		return n;
	}
	if (end >= 3 && memcmp(s + end - 3, "\xe2\x80", 2) == 0 &&
	    (s[end - 1] == '\x93' || s[end - 1] == '\x94' || s[end - 1] == '\xa2'))
		return 3;
	if (end >= 2 && memcmp(s + end - 2, "\xc2\xb7", 2) == 0)
		return 2;
	if (end >= 3 && wide_sep(s + end - 3, "\x88"))	/* （ */
		return 3;
	return 0;
}

static size_t
sep_after(const char *s, size_t at)
{
	if (wide_sep(s + at, "\x89"))	/* ） */
		return 3;
	if (edge_char(s[at]) && s[at] != '(' && s[at] != '[')
		return 1;
	if (s[at] == '.' && s[at + 1] == '.')
		return strspn(s + at, ".");
	if (memcmp(s + at, "\xe2\x80", 2) == 0 &&
	    (s[at + 2] == '\x93' || s[at + 2] == '\x94' || s[at + 2] == '\xa2'))
		return 3;
	if (memcmp(s + at, "\xc2\xb7", 2) == 0)
		return 2;
	return 0;
}

/* s without the bytes [from, to), the separators left at the cut and at
 * the ends trimmed; a tab marks where the cut was. */
static char *
cut(const char *s, size_t from, size_t to)
{
	size_t a = from, b = to, len = strlen(s), k;
	struct buf out = BUF_INIT;
	char *t;

	while ((k = sep_before(s, a)) > 0)
		a -= k;
	while (b < len && (k = sep_after(s, b)) > 0)
		b += k;
	if (b + 1 == len && s[b] == '.')
		b++;	/* "..., 2021 – 2025." */
	buf_add(&out, s, a);
	if (a > 0 && b < len)
		buf_adds(&out, "\t");
	buf_add(&out, s + b, len - b);
	t = parse_trim(buf_str(&out), out.len);
	buf_free(&out);
	return t;
}

/* "Qualification  Board/University  Year of Passing  Percentage": the
 * header row of a table, every cell a column's name. */
static int
column_heads(const char *s)
{
	static const char *const words[] = { "board", "college", "company", "course",
		"degree", "designation", "duration", "from", "grade", "institute", "institution",
		"marks", "of", "or", "passing", "percentage", "period", "qualification", "role",
		"school", "to", "university", "year", "cgpa", "gpa", "class", "examination",
		"exam", "organisation", "organization", "employer", "position", NULL };
	char key[160], *w, *save = NULL;
	int cells = 1;

	for (const char *p = s; *p != '\0'; p++)
		cells += *p == '\t';
	if (cells < 3)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save)) {
		if (!wordlist_has(words, w))
			return 0;
	}
	return 1;
}

static int
skippable(const char *s)
{
	size_t from, to;

	if (s[0] == '\0' || role_noise(s) || lineword_proficiency(s) || lineword_body_label(s) || column_heads(s))
		return 1;
	if (dateparse_duration(s, strlen(s), &from, &to) >= 0) {
		char *rest = cut(s, from, to);
		int skip = rest[0] == '\0' || role_noise(rest);
		free(rest);
		return skip;
	}
	return 0;
}

static int
skills_line(const struct ctx *c, const char *s)
{
	struct strlist parts = STRLIST_INIT;
	size_t known = 0;
	char key[16];

	/* "Skills: Python · XGBoost", as profile pages set it in every
	 * language, under a job */
	static const char *const labels[] = { "skills", "competencias", "competences",
		"kenntnisse", "aptitudes", "habilidades", "umiejetnosci", "vaardigheden",
		"competenze", "fahigkeiten", "tech stack", "technologies", "tecnologias", NULL };

	fold_key(s, strcspn(s, ":"), key, sizeof key);
	if (strchr(s, ':') != NULL && wordlist_has(labels, key))
		return 1;
	if (strchr(s, ',') == NULL && strlen(s) < 300)
		parse_unglue(c->lx, s, strlen(s), &parts);
	for (size_t i = 0; i < parts.n; i++)
		known += lexicon_skill(c->lx, parts.v[i], strlen(parts.v[i]));
	known = parts.n >= 3 && known == parts.n;
	strlist_clear(&parts);
	return (int)known;
}

/* A date in a header line: a range, or a date with a month, or a year at
 * either end of the line. */
/* "Medisquare (acquired by Doctolib, 2017)": a year in a bracketed note
 * that words in lower case lead into tells of the firm, it dates no
 * entry. */
static int
in_note(const char *s, const struct daterange *r)
{
	size_t open = r->from, lower = 0;

	while (open > 0 && s[open - 1] != '(' && s[open - 1] != ')')
		open--;
	if (open == 0 || s[open - 1] != '(')
		return 0;
	for (size_t i = open; i < r->from; i++)
		if ((i == open || s[i - 1] == ' ') && islower((unsigned char)s[i]) &&
		    strcspn(s + i, " ,;") >= 3)
			lower++;
	return lower > 0;
}

/* "Roster: 2/1 FIFO ex Perth, then residential Kalgoorlie from 2020": a
 * date opened by a word ("from", "since") after words in lower case is
 * part of a sentence, no header's. */
static int
in_sentence(const char *s, const struct daterange *r)
{
	static const char *const opens[] = { "from", "since", "seit", "desde", "depuis",
		"dal", "sinds", "siden", NULL };
	static const char *const before[] = { "in", "on", "by", "during", "after", "before",
		"until", "till", NULL };
	char key[8];
	int lower = 0;
	size_t w = r->from - 1;

	if (r->from == 0)
		return 0;
	fold_key(s + r->from, strcspn(s + r->from, " "), key, sizeof key);
	if (!isalpha((unsigned char)s[r->from]) || !wordlist_has(opens, key)) {
		/* "... confirmed as Junior Engineer in Jul 2018.": one date
		 * after a word that places it in a sentence, at its end */
		if (!r->single || s[w] != ' ' || w == 0 || strcmp(s + r->to, ".") != 0)
			return 0;
		while (w > 0 && s[w - 1] != ' ')
			w--;
		if (!islower((unsigned char)s[w]) || r->from - 1 - w >= sizeof key)
			return 0;
		memcpy(key, s + w, r->from - 1 - w);
		key[r->from - 1 - w] = '\0';
		if (!wordlist_has(before, key))
			return 0;
	}
	for (size_t i = 0; i < r->from; i++)
		if ((i == 0 || s[i - 1] == ' ') && islower((unsigned char)s[i]) &&
		    strcspn(s + i, " ,;") >= 3)
			lower++;
	return lower >= 2;
}

static int
head_date(const char *s, struct daterange *r)
{
	size_t len = strlen(s), k;

	if (!dateparse_find(s, len, r) || in_sentence(s, r))
		return 0;
	if (!r->single || r->start.m > 0)
		return 1;
	if (in_note(s, r)) {
		/* "CLOUDMERE (acquired by Titan in 2018) · Seattle   2012 – 2019":
		 * the dates after the note */
		const char *close = strchr(s + r->to, ')');
		size_t at;
		if (close == NULL)
			return 0;
		at = (size_t)(close + 1 - s);
		if (!dateparse_find(s + at, len - at, r) || (r->single && r->start.m == 0 &&
		    r->to + at < len))
			return 0;
		r->from += at;
		r->to += at;
		return 1;
	}
	/* "MISRA C:2012", "ISO/IEC 27001:2013": a year glued to a name */
	if (r->from >= 2 && (s[r->from - 1] == ':' || s[r->from - 1] == '/') &&
	    isalnum((unsigned char)s[r->from - 2]))
		return 0;
	{
		/* a year alone between separators: "B.Tech – Mumbai University – 2020" */
		size_t a = r->from, b = r->to;
		while (a > 0 && s[a - 1] == ' ')
			a--;
		while (b < len && s[b] == ' ')
			b++;
		/* "... – Universidad de Antioquia – 2017 (120 horas)": a note
		 * in brackets ends the line after the year */
		if (b < len && s[b] == '(' && strchr(s + b, ')') == s + len - 1)
			b = len;
		if (a > 0 && b < len && sep_before(s, a) > 0 && sep_after(s, b) > 0)
			return 1;
		if (a > 0 && b >= len && sep_before(s, a) > 0)
			return 1;
	}
	while (r->to < len && (k = sep_after(s, r->to)) > 0)
		r->to += k;
	return r->from == 0 || r->to >= len || s[r->from - 1] == '\t';
}

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
	int ok = words(first) <= 6 && role_title_score(first) > 0 &&
	    role_company_score(first) == 0 && !lineword_past_verb(first);

	free(first);
	if (!ok)
		return 0;
	return stop > 0 ? stop : strlen(body);
}

/* "Acme — Developer, 2023 – now: built the API": a one-line entry, its
 * header and dates before a colon, its body after. */
static int
dated_colon(const char *s, struct rows *R, int blank)
{
	struct daterange r;
	struct row *row;
	const char *after, *body;
	char *head;
	size_t title;

	if (!dateparse_find(s, strlen(s), &r) || r.from == 0 ||
	    (after = body_sep(s, &r)) == NULL || after[1 + strspn(after + 1, " ")] == '\0')
		return 0;
	head = xstrndup(s, r.from);
	if (words(head) > 14) {
		free(head);
		return 0;
	}
	body = after + 1 + strspn(after + 1, " ");
	if (*after != ':' && (title = title_sentence(body)) > 0) {
		char *h = cut(head, strlen(head), strlen(head)), *t = parse_trim(body, title);
		free(head);
		head = xprintf("%s\t%s", h, t);
		free(h);
		free(t);
		body += title + strspn(body + title, ". ");
	} else {
		char *h = cut(head, strlen(head), strlen(head));
		free(head);
		head = h;
	}
	row = row_add(R, head, K_HEAD, blank);
	row->dated = 1;
	row->colon = 1;
	row->when = r;
	if (*body != '\0')
		row_add(R, xstrdup(body), K_BULLET, 0);
	return 1;
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
		while (w > s && w[-1] != ' ' && w[-1] != ',')
			w--;
		if (p - w < 3 || (size_t)(p - w) + 2 > sizeof word || words(s) < 3 ||
		    !(isupper((unsigned char)p[2]) || (unsigned char)p[2] >= 0xc3))
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
	row_add(R, xstrdup(rest), K_PROSE, 0);
	return 1;
}

/* The header row and the body row of such a line, rest taken; 0 when it
 * is none. */
static int
head_then_sentence(struct rows *R, char *rest, int blank, const struct daterange *r,
    int date_first)
{
	size_t stop = sentence_stop(rest);
	struct row *row;

	if (stop == 0 || words(rest + stop) < 3)
		return 0;
	if (dates_up(R, rest, stop, blank, r, date_first)) {
		free(rest);
		return 1;
	}
	row = row_add(R, xstrndup(rest, stop), K_HEAD, blank);
	row->dated = 1;
	row->when = *r;
	row->date_first = date_first;
	row_add(R, xstrdup(rest + stop + 2), K_PROSE, 0);
	free(rest);
	return 1;
}

/* "* Agent of the Month, September 2016" among jobs dated by ranges: a
 * bullet that ends in one date after a comma is a line of the job above,
 * no job of its own. */
static int
dated_note(const char *s, const struct daterange *r, const struct rows *R)
{
	size_t k;

	if (!r->single || r->from < 3 || s[r->to + strspn(s + r->to, " .)")] != '\0')
		return 0;
	for (k = r->from; k > 0 && s[k - 1] == ' ';)
		k--;
	if (k == 0 || s[k - 1] != ',')
		return 0;
	for (size_t i = R->n; i-- > 0;)
		if (R->v[i].dated)
			return !R->v[i].when.single;
	return 0;
}

static void
classify(const struct ctx *c, const struct line *l, struct rows *R)
{
	const char *s = l->s;
	int blank = (l->flags & LN_BLANK) != 0, bullet = (l->flags & (MK_BULLET | MK_NUMBERED)) != 0;
	struct daterange r;
	struct row *row;
	char *rest, *grade = NULL;

	/* a fact of the job, but not a bullet's "Owns payments: 9M a month" */
	if (skippable(s) || (!bullet && roleline_fact(s))) {
		row_add(R, xstrdup(s), K_SKIP, blank);
		return;
	}
	if (!bullet && dateparse_only(s) && dateparse_find(s, strlen(s), &r)) {
		row = row_add(R, xstrdup(""), K_DATE, blank);
		row->dated = 1;
		row->when = r;
		return;
	}
	if (!bullet && skills_line(c, s)) {
		row_add(R, xstrdup(s), K_SKILLS, blank);
		return;
	}
	if (dated_colon(s, R, blank))
		return;
	if ((!bullet || words(s) <= 18) && head_date(s, &r) && !yearnote_event(s, &r, bullet) &&
	    !(bullet && dated_note(s, &r, R))) {
		const char *after = s + r.to + strspn(s + r.to, " \t");
		int numbered;
		size_t b;
		if (r.from == 0 && (b = markup_bullet(after, &numbered)) > 0 && !numbered &&
		    strchr("-*+", *after) == NULL && strncmp(after, "\xc2\xb7", 2) != 0 &&
		    strncmp(after, "\xe2\x80\x93", 3) != 0 && strncmp(after, "\xe2\x80\x94", 3) != 0) {
			/* a column of dates beside a column of bullets */
			row = row_add(R, xstrdup(""), K_DATE, blank);
			row->dated = 1;
			row->when = r;
			row_add(R, xstrdup(after + b), K_BULLET, 0);
			return;
		}
		rest = cut(s, r.from, r.to);
		if (!bullet && roleline_fact(rest))
			rest[0] = '\0';	/* "07/2020 – Present | Hours per week: 40" */
		/* "2005 – 2010 · Promedio: 8,72": dates alone, then a grade */
		if (!bullet && rest[0] != '\0' && r.from == 0 && edudegree_grade_only(rest) &&
		    edudegree_score(rest, &grade)) {
			free(grade);
			row = row_add(R, xstrdup(""), K_DATE, blank);
			row->dated = 1;
			row->when = r;
			row_add(R, rest, K_PROSE, 0);
			return;
		}
		if (!bullet && head_then_sentence(R, rest, blank, &r, r.from == strspn(s, "[( ")))
			return;
		/* a bullet's words, the dates aside; a school's long name
		 * with its degree ("Diplôme d'ingénieur, Statistique ... —
		 * École nationale de la statistique et de ...") */
		if (words(rest) <= (bullet ? 14 : 16) || (!bullet && words(rest) <= 32 &&
		    role_degree_score(rest) > 0 && role_school_score(rest) > 0)) {
			row = row_add(R, rest, K_HEAD, blank);
			row->dated = 1;
			row->when = r;
			row->date_first = r.from == strspn(s, "[( ");
			return;
		}
		free(rest);
	}
	if (bullet)
		row_add(R, xstrdup(s), K_BULLET, blank);
	else if (lineword_prose(s) && !(l->flags & MK_HEADING))	/* "## BME Department of ..." */
		row_add(R, xstrdup(s), K_PROSE, blank);
	else
		row_add(R, xstrdup(s), K_HEAD, blank);
}

/* "R$ 38 milhões", "$2.4M", "€300k", "40%": a sum or a figure opens s. */
static int
sum_start(const char *s)
{
	static const char *const signs[] = { "R$", "$", "US$", "\xe2\x82\xac", "\xc2\xa3",
		"\xc2\xa5", "\xe2\x82\xb9", NULL };

	for (size_t i = 0; signs[i] != NULL; i++)
		if (strncmp(s, signs[i], strlen(signs[i])) == 0)
			return 1;
	return isdigit((unsigned char)s[0]) && dateparse_only(s) == 0;
}

/* Whether s ends in a word that joins it to more ("and", "y", "und",
 * a comma). */
static int
joined_on(const char *s)
{
	/* past the words lineword_open_end knows */
	static const char *const joins[] = { "i", "och", "og", "or", "o", "oder", "ou", "em",
		"on", "at", "to", "from", "since", "until", "im", "am", "seit", "ab", "w", "z",
		"na", "no", "dal", "nel", "dans", "depuis", "desde", NULL };
	size_t n = strlen(s), w;

	if (n == 0)
		return 0;
	if (s[n - 1] == ',' || lineword_open_end(s))
		return 1;
	for (w = n; w > 0 && s[w - 1] != ' ';)
		w--;
	return w > 0 && n - w < 7 && wordlist_has(joins, s + w);
}

/* Whether s leaves a bracket open. */
static int
open_bracket(const char *s)
{
	const char *open = strrchr(s, '(');

	return open != NULL && strchr(open, ')') == NULL;
}

/* A line that goes on with the bullet before it: wrapped text. */
static int
continues(const struct row *prev, const struct row *r, const struct line *l, int prev_indent)
{
	size_t n = strlen(prev->s);
	char last = n > 0 ? prev->s[n - 1] : '.';

	if (r->kind == K_HEAD && !r->dated && !r->blank && prev->kind == K_HEAD &&
	    l->s[0] == '(' && l->s[strlen(l->s) - 1] == ')' && strlen(l->s) < 40)
		return 1;	/* "(Ensai)" under the school it abbreviates */
	if ((prev->kind != K_BULLET && prev->kind != K_PROSE) || r->blank || r->dated ||
	    (r->kind != K_HEAD && r->kind != K_PROSE))
		return 0;
	if (prev->kind == K_BULLET && l->indent > prev_indent && !(l->flags & LN_CELLS))
		return 1;
	/* "... DFMEA for 4 customer projects (German and" over "French
	 * OEMs).": a bullet cut inside its bracket or after a joining word */
	if (prev->kind == K_BULLET && (open_bracket(prev->s) || joined_on(prev->s)) &&
	    lineword_count(l->s) <= 14 && !(l->flags & LN_CELLS))
		return 1;
	/* "... que somavam" over "R$ 38 milhões.": a sum or a figure goes
	 * on with the bullet's sentence */
	if (prev->kind == K_BULLET && strchr(".!?;:", last) == NULL && sum_start(l->s) &&
	    lineword_count(l->s) <= 8)
		return 1;
	/* a sentence wrapped, of a bullet or of one whose glyph the PDF lost */
	return islower((unsigned char)l->s[0]) && strchr(".!?", last) == NULL &&
	    (prev->kind == K_BULLET || (l->indent == prev_indent && !(l->flags & LN_CELLS)));
}

/* "* Store Manager (2020 - now)" over "    * Web shop launch 2021": a
 * list item one level under a dated row, dated by one date alone, is a
 * line of that entry's body, no entry of its own; so is one dated by a
 * range under a role that is a list item itself ("* 2019-present:
 * Professor" over "  * Head of section (2020-2023)"). */
static void
sub_item(struct rows *R, const struct line *l)
{
	struct row *r = &R->v[R->n - 1];

	if (!r->dated || !(l->flags & MK_BULLET))
		return;
	for (size_t k = R->n - 1; k-- > 0;)
		if (R->v[k].dated) {
			if (R->v[k].indent < l->indent && !R->v[k].when.single &&
			    (r->when.single || R->v[k].bullet)) {
				free(r->s);
				r->s = xstrdup(l->s);
				r->kind = K_BULLET;
				r->dated = 0;
			}
			return;
		}
}

/* Each role of a run-in list of earlier roles as a line of its own. */
static void
earlier_rows(const struct ctx *c, const struct line *l, struct strlist *pieces,
    struct rows *R)
{
	for (size_t k = 0; k < pieces->n; k++) {
		struct line one = *l;
		size_t first = R->n;
		one.s = pieces->v[k];
		one.flags = k == 0 ? (l->flags & LN_BLANK) : 0;
		classify(c, &one, R);
		for (size_t j = first; j < R->n; j++) {
			R->v[j].indent = l->indent;
			R->v[j].bullet = 0;
		}
	}
	strlist_clear(pieces);
}

static void
build_rows(const struct ctx *c, const struct sect *sec, struct rows *R)
{
	int prev_indent = 0;
	char *joined_cell, *rest;

	for (size_t i = sec->from; i < sec->to; i++) {
		const struct line *l = &c->L->v[i];
		struct daterange mr;
		size_t merged = datewrap_merged(c->L, i, sec->to, &mr), earlier;
		struct strlist pieces = STRLIST_INIT;
		struct row *r;
		size_t first = R->n;
		struct line head;
		if (roleline_numbered_head(c->L, i, sec->to)) {
			head = *l;
			head.flags &= ~(unsigned)MK_NUMBERED;
			l = &head;
		}
		if ((earlier = roleline_earlier(c->L, i, sec->to, &pieces)) > 0) {
			earlier_rows(c, l, &pieces, R);
			i += earlier - 1;
			prev_indent = l->indent;
			continue;
		}
		/* "➢ ... pick accuracy rose to" over "     99.92%.": a bullet's
		 * text wrapped under it, whatever it reads like */
		if (R->n > 0 && R->v[R->n - 1].kind == K_BULLET && l->indent > prev_indent &&
		    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED | LN_CELLS)) && merged == 0 &&
		    strlen(l->s) < 40 && !dateparse_only(l->s)) {
			char *j = xprintf("%s %s", R->v[R->n - 1].s, l->s);
			free(R->v[R->n - 1].s);
			R->v[R->n - 1].s = j;
			continue;
		}
		/* "... la cuota anual en 2021, 2022 y" over "2023": a bullet's
		 * list of years wrapped before its last */
		if (R->n > 0 && R->v[R->n - 1].kind == K_BULLET && joined_on(R->v[R->n - 1].s) &&
		    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED)) && strlen(l->s) <= 12 &&
		    dateparse_only(l->s)) {
			char *j = xprintf("%s %s", R->v[R->n - 1].s, l->s);
			free(R->v[R->n - 1].s);
			R->v[R->n - 1].s = j;
			continue;
		}
		if (merged > 0) {
			r = row_add(R, xstrdup(""), K_DATE, (l->flags & LN_BLANK) != 0);
			r->dated = 1;
			r->when = mr;
			i += merged - 1;
			continue;
		}
		if ((joined_cell = datewrap_cell(c->L, i, sec->to, &rest)) != NULL) {
			struct line joined = *l;
			joined.s = joined_cell;
			classify(c, &joined, R);
			free(joined_cell);
			if (rest != NULL) {
				joined = c->L->v[i + 1];
				joined.s = rest;
				joined.flags &= ~(unsigned)LN_BLANK;
				classify(c, &joined, R);
				free(rest);
			}
			i++;
		} else if (datewrap_line(c->L, i, sec->to)) {
			/* "(Sep 2020 –" then "Present)": one line */
			struct line joined = *l;
			joined.s = xprintf("%s %s", l->s, c->L->v[i + 1].s);
			classify(c, &joined, R);
			free(joined.s);
			i++;
		} else
			classify(c, l, R);
		for (size_t k = first; k < R->n; k++) {
			R->v[k].indent = l->indent;
			R->v[k].bullet = (l->flags & (MK_BULLET | MK_NUMBERED)) != 0;
		}
		r = &R->v[R->n - 1];
		if (first + 1 == R->n)
			sub_item(R, l);
		if (R->n > 1 && continues(&R->v[R->n - 2], r, l, prev_indent)) {
			struct row *prev = &R->v[R->n - 2];
			char *j = xprintf("%s %s", prev->s, l->s);
			free(prev->s);
			prev->s = j;
			free(r->s);
			R->n--;
			continue;
		}
		prev_indent = l->indent;
	}
}

/* "Poznań, Poland", "São Paulo, Brasil · Híbrida": a place, perhaps with
 * the way the job was worked, and nothing else. */
static int
place_alone(const struct ctx *c, const char *s)
{
	const char *dot = strstr(s, " \xc2\xb7 ");
	char *left;
	int ok;

	if (s[0] == '\0' || strlen(s) > 60 || strpbrk(s, "0123456789.;:") != NULL)
		return 0;
	if (dot == NULL)
		return role_place(c, s, NULL);
	if (!headplace_remote(dot + 4))
		return 0;
	left = xstrndup(s, (size_t)(dot - s));
	ok = role_place(c, left, NULL);
	free(left);
	return ok;
}

void
lineclass_build(const struct ctx *c, const struct sect *sec, struct rows *R)
{
	memset(R, 0, sizeof *R);
	build_rows(c, sec, R);
	rowbody_heads(R);
	rowbody_mark(R);
	/* "January 2019 - February 2021" over "Poznań, Wielkopolskie,
	 * Poland": a place alone under dates alone */
	for (size_t i = 1; i < R->n; i++) {
		struct row *r = &R->v[i];
		r->place = R->v[i - 1].kind == K_DATE && r->kind == K_HEAD && !r->dated &&
		    !r->blank && place_alone(c, r->s);
	}
}

void
lineclass_free(struct rows *R)
{
	for (size_t i = 0; i < R->n; i++) {
		free(R->v[i].s);
		free(R->v[i].sub);
	}
	free(R->v);
	memset(R, 0, sizeof *R);
}

int
lineclass_aside(const char *s)
{
	return s[0] != '\0' && words(s) <= 3 && role_title_score(s) == 0 &&
	    role_company_score(s) == 0 && role_school_score(s) == 0 &&
	    role_degree_score(s) == 0 && !role_noise(s);
}
