/*
 * rirekisho_row: the rows of a rirekisho's history table; see
 * rirekisho_row.h.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "rirekisho_row.h"
#include "utf8.h"
#include "xalloc.h"

#define YEAR_KANJI "\xe5\xb9\xb4"	/* 年 */
#define MONTH_KANJI "\xe6\x9c\x88"	/* 月 */

enum part { PART_ANY, PART_SCHOOL, PART_JOB };

struct head {
	size_t text, off;	/* the line the words begin on, and where */
	struct ym when;
};

static int
blank(const struct layout *L, size_t i)
{
	return L->v[i].s[0] == '\0';
}

static size_t
next_line(const struct layout *L, size_t i)
{
	while (i < L->n && blank(L, i))
		i++;
	return i;
}

/* The year, 1940 to 2099, of the four digits s opens with; else 0. */
static int
year_at(const char *s)
{
	int y = 0;

	for (int k = 0; k < 4; k++) {
		if (!isdigit((unsigned char)s[k]))
			return 0;
		y = y * 10 + s[k] - '0';
	}
	return !isdigit((unsigned char)s[4]) && y >= 1940 && y <= 2099 ? y : 0;
}

/* After a year: separators, a month of one or two digits, 月; how far
 * that goes (the month in *m), else 0. */
static size_t
month_after(const char *s, int *m)
{
	size_t i = strspn(s, " \t./-"), k;

	if (strncmp(s + i, YEAR_KANJI, 3) == 0)
		i += 3 + strspn(s + i + 3, " ");
	if (i == 0)
		return 0;
	k = i + strspn(s + i, "0123456789");
	if (k == i || k - i > 2 || atoi(s + i) < 1 || atoi(s + i) > 12)
		return 0;
	*m = atoi(s + i);
	if (strncmp(s + k, MONTH_KANJI, 3) == 0)
		k += 3;
	return s[k] == '\0' || s[k] == ' ' || s[k] == '\t' ? k : 0;
}

/* A line that is a month alone ("4", "11月"). */
static int
month_alone(const char *s, int *m)
{
	size_t k = strspn(s, "0123456789");

	if (k == 0 || k > 2 || (s[k] != '\0' && strcmp(s + k, MONTH_KANJI) != 0))
		return 0;
	*m = atoi(s);
	return *m >= 1 && *m <= 12;
}

/* Whether a row begins on line i: its date and where its words are. */
static int
head_at(const struct layout *L, size_t i, struct head *h)
{
	const char *s = L->v[i].s;
	int y = year_at(s), m = 0;
	size_t k, j;

	if (y == 0)
		return 0;
	h->when = (struct ym){ y, 0 };
	if ((k = month_after(s + 4, &m)) > 0 || s[4] == ' ') {
		const char *t = s + 4 + k + strspn(s + 4 + k, " \t");
		h->when.m = m;
		h->text = i, h->off = (size_t)(t - s);
		if (*t != '\0')
			return 1;
	} else if (s[4] != '\0' && strcmp(s + 4, YEAR_KANJI) != 0)
		return 0;
	else if ((j = next_line(L, i + 1)) < L->n && month_alone(L->v[j].s, &m))
		h->when.m = m, i = j;
	else
		return 0;
	j = next_line(L, i + 1);
	if (j >= L->n || year_at(L->v[j].s) != 0)
		return 0;
	h->text = j, h->off = 0;
	return 1;
}

/* Lines over and inside the table that name its parts. */
static int
subheading(const char *s, enum part *part)
{
	static const struct { const char *w; enum part part; } subs[] = {
		{ "academic background", PART_SCHOOL }, { "academic history", PART_SCHOOL },
		{ "career history", PART_JOB }, { "education", PART_SCHOOL },
		{ "education and work history", PART_ANY },
		{ "education and employment history", PART_ANY },
		{ "employment", PART_JOB }, { "employment history", PART_JOB },
		{ "professional experience", PART_JOB }, { "work experience", PART_JOB },
		{ "work history", PART_JOB }, { "学歴", PART_SCHOOL },
		{ "学歴・職歴", PART_ANY }, { "学歴 職歴", PART_ANY }, { "職歴", PART_JOB },
	};

	for (size_t i = 0; i < sizeof subs / sizeof *subs; i++)
		if (strcasecmp(s, subs[i].w) == 0) {
			*part = subs[i].part;
			return 1;
		}
	return 0;
}

/* "Year Month", 年 月, alone (1) or before a heading (the heading's
 * offset); else 0. */
static size_t
colhead(const char *s)
{
	static const char *const pairs[][2] = { { "Year", "Month" },
		{ YEAR_KANJI, MONTH_KANJI } };

	for (size_t i = 0; i < 2; i++) {
		size_t a = strlen(pairs[i][0]), b = strlen(pairs[i][1]), k;
		if (strcasecmp(s, pairs[i][0]) == 0 || strcasecmp(s, pairs[i][1]) == 0)
			return 1;
		if (strncasecmp(s, pairs[i][0], a) != 0 || (k = strspn(s + a, " \t")) == 0)
			continue;
		k += a;
		if (strncasecmp(s + k, pairs[i][1], b) != 0)
			continue;
		k += b;
		if (s[k] == '\0')
			return 1;
		if (s[k] == ' ' || s[k] == '\t')
			return k + strspn(s + k, " \t");
	}
	return 0;
}

/* The length of s[0..n) without the spaces and the particle ("に",
 * "として") before a Japanese verb. */
static size_t
particle_off(const char *s, size_t n)
{
	static const char *const particles[] = { "として", "に", "へ", "を", NULL };

	while (n > 0 && s[n - 1] == ' ')
		n--;
	for (size_t i = 0; particles[i] != NULL; i++) {
		size_t k = strlen(particles[i]);
		if (n > k && strncmp(s + n - k, particles[i], k) == 0)
			return n - k;
	}
	return n;
}

/* The event a row's words tell; *what is where its object begins, and
 * *wlen how long it is. */
static enum rirekisho_ev
event_of(const char *s, const char **what, size_t *wlen)
{
	static const struct { const char *w; enum rirekisho_ev ev; } leads[] = {
		{ "admitted to ", EV_SCHOOL_IN }, { "appointed as ", EV_ROLE },
		{ "appointed ", EV_ROLE }, { "completed ", EV_SCHOOL_OUT },
		{ "enrolled at ", EV_SCHOOL_IN }, { "enrolled in ", EV_SCHOOL_IN },
		{ "entered ", EV_ENTER }, { "graduated from ", EV_SCHOOL_OUT },
		{ "hired by ", EV_JOB_IN }, { "joined ", EV_JOB_IN },
		{ "left ", EV_JOB_OUT }, { "promoted to ", EV_ROLE },
		{ "resigned from ", EV_JOB_OUT }, { "retired from ", EV_JOB_OUT },
		{ "transferred to ", EV_ROLE },
	};
	static const struct { const char *w; enum rirekisho_ev ev; } tails[] = {
		{ "入学", EV_SCHOOL_IN }, { "卒業", EV_SCHOOL_OUT }, { "修了", EV_SCHOOL_OUT },
		{ "入社", EV_JOB_IN }, { "入行", EV_JOB_IN }, { "入所", EV_JOB_IN },
		{ "入庁", EV_JOB_IN }, { "退社", EV_JOB_OUT }, { "退職", EV_JOB_OUT },
		{ "昇進", EV_ROLE }, { "昇格", EV_ROLE }, { "現在に至る", EV_STILL },
		{ "在職中", EV_STILL }, { "以上", EV_END },
	};
	static const char *const still[] = { "Currently employed", "Still employed",
		"To present", "Present", "To date", NULL };
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
		n--;
	*what = s, *wlen = n;
	if (n == 3 && strncasecmp(s, "end", 3) == 0)
		return EV_END;
	for (size_t i = 0; still[i] != NULL; i++)
		if (strlen(still[i]) == n && strncasecmp(s, still[i], n) == 0)
			return EV_STILL;
	for (size_t i = 0; i < sizeof leads / sizeof *leads; i++) {
		size_t k = strlen(leads[i].w);
		if (n > k && strncasecmp(s, leads[i].w, k) == 0) {
			*what = s + k, *wlen = n - k;
			return leads[i].ev;
		}
	}
	for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
		size_t k = strlen(tails[i].w);
		if (n >= k && strncmp(s + n - k, tails[i].w, k) == 0) {
			*wlen = particle_off(s, n - k);
			return tails[i].ev;
		}
	}
	return EV_NONE;
}

/* Whether line j may be a row's words going on: nothing the table is
 * made of, and either indented under the words or followed soon by more
 * of the table. */
static int
marker(const struct layout *L, size_t j)
{
	struct head h;
	enum part part;
	const char *w;
	size_t n;
	enum rirekisho_ev ev;

	if (j >= L->n)
		return 0;
	ev = event_of(L->v[j].s, &w, &n);
	return head_at(L, j, &h) || subheading(L->v[j].s, &part) ||
	    colhead(L->v[j].s) || ev == EV_STILL || ev == EV_END;
}

static int
goes_on(const struct layout *L, size_t j, int indent)
{
	size_t k;

	if (j >= L->n || blank(L, j) || marker(L, j))
		return 0;
	if (L->v[j].indent >= indent + 6)
		return 1;
	k = next_line(L, j + 1);
	return marker(L, k) || (k < L->n && marker(L, next_line(L, k + 1)));
}

static void
row_add(struct rirekisho_table *t, struct ym when, enum rirekisho_ev ev,
    const char *what, size_t n)
{
	struct rirekisho_row *r;

	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->v = xreallocarray(t->v, t->cap, sizeof *t->v);
	}
	r = &t->v[t->n++];
	r->when = when, r->ev = ev;
	r->what = xstrndup(what, n);
}

/* "Entered X": a school or a firm, as the part of the table says, else as
 * X reads. */
static enum rirekisho_ev
entered(enum part part, const char *what)
{
	if (part == PART_SCHOOL)
		return EV_SCHOOL_IN;
	if (part == PART_JOB)
		return EV_JOB_IN;
	return role_school_score(what) >= role_company_score(what) ? EV_SCHOOL_IN : EV_JOB_IN;
}

/* A copied table's rows with an empty first cell join the row above
 * ("... 卒業 職歴", "... 昇進 現在に至る 以上"): such a line's words come
 * off the end of the row's, the part they name in *part, an end in *end. */
static void
row_peel(struct buf *words, enum part *part, int *end)
{
	static const char *const tails[] = { " 以上", " End", " 現在に至る", " 在職中",
		" Currently employed", " 職歴", " 学歴", " Work History", " Education", NULL };
	int again = 1;

	while (again) {
		again = 0;
		for (size_t i = 0; tails[i] != NULL; i++) {
			size_t k = strlen(tails[i]), n = words->len;
			if (n <= k || strcmp(buf_str(words) + n - k, tails[i]) != 0)
				continue;
			words->s[n - k] = '\0', words->len = n - k;
			*end |= i < 2;
			subheading(tails[i] + 1, part);
			again = 1;
		}
	}
}

/* The row at line h->text with its words gone on over the lines after;
 * the line after it. */
static size_t
row_read(const struct layout *L, const struct head *h, enum part *part,
    struct rirekisho_table *t, int *end)
{
	struct buf words = BUF_INIT;
	size_t j = h->text + 1, n;
	const char *w;
	enum rirekisho_ev ev;
	enum part next = *part;

	buf_adds(&words, L->v[h->text].s + h->off);
	for (int k = 0; k < 3 && goes_on(L, j, L->v[h->text].indent); k++, j++) {
		buf_addc(&words, ' ');
		buf_adds(&words, L->v[j].s);
	}
	row_peel(&words, &next, end);
	ev = event_of(buf_str(&words), &w, &n);
	if (ev != EV_NONE) {
		char *what = xstrndup(w, n);
		row_add(t, h->when, ev == EV_ENTER ? entered(*part, what) : ev, what, n);
		free(what);
	}
	*part = next;
	buf_free(&words);
	return j;
}

/* The sub-headings and column headers just over line i: the part they
 * name (the nearest), their lines kept to be blanked. */
static enum part
table_pre(const struct layout *L, size_t i, struct rirekisho_table *t)
{
	enum part part = PART_ANY, p;
	int named = 0;

	for (size_t k = i, seen = 0; k-- > 0 && seen < RIREKISHO_PRE; seen++) {
		size_t h = blank(L, k) ? 0 : colhead(L->v[k].s);
		if (blank(L, k))
			continue;
		if (subheading(L->v[k].s + (h > 1 ? h : 0), &p)) {
			if (!named)
				part = p, named = 1;
		} else if (h != 1)
			continue;
		t->pre[t->npre++] = k;
	}
	return part;
}

static int
table_good(const struct rirekisho_table *t)
{
	int starts = 0, events = 0;

	for (size_t i = 0; i < t->n; i++) {
		starts += t->v[i].ev == EV_SCHOOL_IN || t->v[i].ev == EV_JOB_IN;
		events += t->v[i].ev != EV_STILL && t->v[i].ev != EV_END;
	}
	return starts > 0 && events >= 3;
}

int
rirekisho_table_read(const struct ctx *c, size_t i, struct rirekisho_table *t)
{
	const struct layout *L = c->L;
	struct head h;
	enum part part, p;
	int end = 0;
	const char *w;
	size_t k = i, n;

	memset(t, 0, sizeof *t);
	if (!head_at(L, i, &h))
		return 0;
	part = table_pre(L, i, t);
	t->first = i;
	while (!end && (k = next_line(L, k)) < L->n) {
		enum rirekisho_ev ev = event_of(L->v[k].s, &w, &n);
		t->last = k;
		if (head_at(L, k, &h))
			k = row_read(L, &h, &part, t, &end), t->last = k - 1;
		else if (subheading(L->v[k].s, &p))
			part = p, k++;
		else if (ev == EV_STILL)
			k++;
		else {
			if (ev != EV_END)
				t->last = k - 1;
			break;
		}
	}
	if (table_good(t))
		return 1;
	rirekisho_table_free(t);
	return 0;
}

void
rirekisho_table_blank(struct layout *L, const struct rirekisho_table *t)
{
	for (size_t i = t->first; i <= t->last && i < L->n; i++)
		L->v[i].s[0] = '\0';
	for (size_t i = 0; i < t->npre; i++)
		L->v[t->pre[i]].s[0] = '\0';
}

void
rirekisho_table_free(struct rirekisho_table *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].what);
	free(t->v);
	memset(t, 0, sizeof *t);
}

/* A line of kana alone: the name as it is read, over the name. */
static int
kana_only(const char *s)
{
	size_t n = strlen(s), k;
	int kana = 0;

	for (size_t i = 0; i < n; i += k) {
		uint32_t cp;
		k = utf8_decode(s + i, n - i, &cp);
		if (k == 0)
			return 0;
		if (cp >= 0x3040 && cp <= 0x30ff)
			kana++;
		else if (cp != ' ' && cp != 0x3000)
			return 0;
	}
	return kana > 0;
}

/* The form's other dated rows ("2008   8   Ordinary Motor Vehicle
 * License"): year and month made one date the other parsers read
 * ("2008-08 Ordinary ..."); a month on its own line joins its year's. */
static void
date_columns(struct layout *L, size_t i)
{
	char *s = L->v[i].s, date[16];
	const char *t = NULL;
	int y = year_at(s), m = 0;
	size_t k, j;

	if (y == 0)
		return;
	if ((k = month_after(s + 4, &m)) > 0)
		t = s + 4 + k + strspn(s + 4 + k, " \t");
	else if (s[4] == '\0' && (j = next_line(L, i + 1)) < L->n &&
	    month_alone(L->v[j].s, &m)) {
		L->v[j].s[0] = '\0';
		t = s + 4;
		j = next_line(L, j + 1);
		if (j < L->n && year_at(L->v[j].s) == 0) {
			s[0] = '\0';	/* the words go on the next line, after the date */
			i = j, s = L->v[j].s, t = s;
		}
	} else
		return;
	snprintf(date, sizeof date, "%04d-%02d%s", y, m, *t != '\0' ? " " : "");
	L->v[i].s = xmalloc(strlen(date) + strlen(t) + 1);
	strcpy(L->v[i].s, date);
	strcat(L->v[i].s, t);
	free(s);
}

void
rirekisho_headers(struct layout *L)
{
	for (size_t i = 0; i < L->n; i++) {
		char *s = L->v[i].s;
		size_t k = colhead(s);
		date_columns(L, i);
		s = L->v[i].s;
		if (k == 1 || kana_only(s) || strncasecmp(s, "furigana", 8) == 0 ||
		    strncmp(s, "ふりがな", strlen("ふりがな")) == 0 ||
		    strncmp(s, "フリガナ", strlen("フリガナ")) == 0)
			s[0] = '\0';
		else if (k > 1)
			memmove(s, s + k, strlen(s + k) + 1);
	}
}
