/*
 * dateorder: see dateorder.h.  Only a section whose dates all stand on
 * lines of their own, and whose other lines hold none, is reordered.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "dateorder.h"
#include "dateparse.h"
#include "lineword.h"
#include "xalloc.h"

struct plan {
	size_t *date;		/* the date lines, in order */
	size_t *place;		/* the place over each, or (size_t)-1 */
	size_t *start;		/* the first line of each entry */
	size_t k;
};

static int
blank(const struct layout *L, size_t i)
{
	return L->v[i].s[0] == '\0';
}

/* A highlight or a sentence: an entry's body, not its header
 * ("Tata Consultancy Services Ltd. | Mumbai" is none: its words are
 * capitalised, as names are). */
static int
body(const struct layout *L, size_t i)
{
	const char *s = L->v[i].s;
	size_t n = strlen(s);
	int words = lineword_count(s), lower = 0;

	/* "Oyak Renault Otomobil Fabrikaları A.Ş." ends in no full stop */
	if (n > 0 && s[n - 1] == '.' && words >= 3 && role_firm_score(s) == 0)
		return 1;
	for (const char *p = s; *p != '\0'; p++)
		lower += (p == s || p[-1] == ' ') && (fold_lower_at(p) ||
		    isdigit((unsigned char)*p));
	return words >= 4 && lower * 2 >= words && strpbrk(s, "|\t") == NULL;
}

/* "Aarhus, Denmark", "Woods Hole, MA, USA": a place alone on its line,
 * as a right column sets it over the dates. */
static int
place_over(const struct layout *L, size_t i)
{
	const char *s = L->v[i].s;
	int parts = 0;

	if (strlen(s) > 40 || strpbrk(s, "0123456789@|") != NULL)
		return 0;
	for (const char *p = s; p != NULL; p = strstr(p, ", "), p = p != NULL ? p + 2 : NULL)
		if (!isupper((unsigned char)*p) || ++parts > 3)
			return 0;
	return parts >= 2;
}

/* The section's date lines into p; 0 when a line outside them holds a
 * date or there are fewer than two. */
static int
dates_apart(const struct layout *L, const struct sect *s, struct plan *p)
{
	for (size_t i = s->from; i < s->to; i++) {
		struct daterange r;
		if (blank(L, i))
			continue;
		if (dateparse_only(L->v[i].s)) {
			size_t b = i;
			while (b > s->from && blank(L, b - 1))
				b--;
			p->place[p->k] = b > s->from && place_over(L, b - 1) ? b - 1 : (size_t)-1;
			p->date[p->k++] = i;
		} else if (dateparse_find(L->v[i].s, strlen(L->v[i].s), &r))
			return 0;
	}
	return p->k >= 2;
}

/* "Druckhaus Remstal, Waiblingen", "Allegro | Poznań": an employer and
 * its place, set apart. */
static int
employer_line(const char *s)
{
	return strstr(s, ", ") != NULL || strstr(s, " | ") != NULL ||
	    strstr(s, " \xc2\xb7 ") != NULL;
}

/* Whether line i opens an entry, the line before it being last: in the
 * education a degree does ("PhD in Geology, ..." after a thesis line), in
 * the work a job title after a body line, or a short line over an
 * employer and its place. */
static int
opens(const struct layout *L, enum isec sec, size_t last, size_t i, size_t to)
{
	const char *t = L->v[i].s;
	size_t next = i + 1;

	if (last == (size_t)-1)
		return 1;
	if (sec == IS_EDUCATION)
		return role_degree_score(t) > 0 && !lineword_prose(t);
	while (next < to && blank(L, next))
		next++;
	return ((role_title_score(t) > 0 || role_firm_score(t) > 0) && body(L, last)) ||
	    (lineword_count(t) <= 4 &&
	    !employer_line(t) && !lineword_prose(t) && next < to && employer_line(L->v[next].s));
}

/* The entries a run of lines [from, to) holds, k of them, each opened as
 * opens() says; failing that, when equal says so, k equal groups. */
static int
entry_starts(const struct layout *L, enum isec sec, size_t from, size_t to, struct plan *p,
    int equal)
{
	size_t n = 0, m = 0, last = (size_t)-1;

	for (size_t i = from; i < to; i++) {
		if (blank(L, i))
			continue;
		m++;
		if (opens(L, sec, last, i, to)) {
			if (n < p->k)
				p->start[n] = i;
			n++;
		}
		last = i;
	}
	if (n == p->k)
		return 1;
	/* equal 2: only when each entry is two lines, its place and dates
	 * read apart: the employer and the title */
	if (!equal || m % p->k != 0 || m / p->k > (equal == 2 ? 2 : 6))
		return 0;
	n = 0;
	for (size_t i = from, c = 0; i < to; i++)
		if (!blank(L, i) && c++ % (m / p->k) == 0)
			p->start[n++] = i;
	return 1;
}

/* Line x into the new order, once: 0 when it is there already (a plan
 * that names a line twice is no order of the section's lines). */
static int
take(struct line *v, size_t *n, char *used, const struct layout *L, size_t from, size_t x)
{
	if (used[x - from])
		return 0;
	used[x - from] = 1;
	v[(*n)++] = L->v[x];
	return 1;
}

/* Rebuilds [from, to): before each entry start its date, with a blank.
 * The bullets of highlights are drawn, not text, so an entry's lines
 * after its title and employer that read as a body become bullets.  A
 * plan that would not put every line in once is left unapplied. */
static void
apply(struct layout *L, const struct sect *s, const struct plan *p)
{
	size_t len = s->to - s->from, n = 0, nth = 0;
	struct line *v = xreallocarray(NULL, len, sizeof *v);
	char *isdate = xcalloc(len, 1), *used = xcalloc(len, 1);
	unsigned *flags = xreallocarray(NULL, len, sizeof *flags);
	int ok = 1;

	for (size_t i = 0; i < len; i++)
		flags[i] = L->v[s->from + i].flags;
	for (size_t j = 0; j < p->k; j++) {
		isdate[p->date[j] - s->from] = 1;
		if (p->place[j] != (size_t)-1)
			isdate[p->place[j] - s->from] = 1;
	}
	for (size_t i = s->from; i < s->to && ok; i++) {
		size_t place = (size_t)-1;
		for (size_t j = 0; j < p->k && ok; j++)
			if (p->start[j] == i) {
				if ((ok = take(v, &n, used, L, s->from, p->date[j])))
					v[n - 1].flags |= LN_BLANK;
				place = p->place[j];
				L->v[i].flags &= ~(unsigned)LN_BLANK;
				nth = 0;
			}
		if (!ok || isdate[i - s->from])
			continue;
		/* the place after the entry's first line, as it stood beside it */
		if (place != (size_t)-1) {
			ok = take(v, &n, used, L, s->from, i) &&
			    take(v, &n, used, L, s->from, place);
			if (ok)
				v[n - 1].flags &= ~(unsigned)LN_BLANK;
			nth++;
			continue;
		}
		if (!blank(L, i) && nth++ >= 2 && lineword_count(L->v[i].s) >= 3 &&
		    role_title_score(L->v[i].s) == 0)
			L->v[i].flags |= MK_BULLET;
		ok = take(v, &n, used, L, s->from, i);
	}
	if (ok && n == len)
		memcpy(L->v + s->from, v, n * sizeof *v);
	else
		for (size_t i = 0; i < len; i++)
			L->v[s->from + i].flags = flags[i];
	free(flags);
	free(used);
	free(isdate);
	free(v);
}

/* The k dates lead, or close, the section: the entries are the rest. */
static int
dates_together(const struct layout *L, const struct sect *s, struct plan *p)
{
	size_t first = p->date[0], last = p->date[p->k - 1], from = s->from, to = s->to;
	size_t j = 0;

	for (size_t i = first; i <= last; i++) {
		while (j < p->k && p->date[j] < i)
			j++;
		if (!blank(L, i) && !dateparse_only(L->v[i].s) && (j == p->k || p->place[j] != i))
			return 0;
	}
	if (p->place[0] != (size_t)-1)
		first = p->place[0];
	else
		for (size_t k = 0; k < p->k; k++)
			p->place[k] = (size_t)-1;
	for (size_t i = s->from; i < first; i++)
		if (!blank(L, i))
			from = (size_t)-1;
	for (size_t i = last + 1; i < s->to; i++)
		if (!blank(L, i))
			to = (size_t)-1;
	if (from == (size_t)-1 && to == (size_t)-1)
		return 0;
	/* dates after the entries are left to entries.c unless each
	 * entry's title is plain; equal groups only after leading dates */
	return from != (size_t)-1 ? entry_starts(L, s->sec, last + 1, s->to, p, 1) :
	    entry_starts(L, s->sec, s->from, first, p, p->place[0] != (size_t)-1 ? 2 : 0);
}

static size_t
lines_in(const struct layout *L, size_t from, size_t to)
{
	size_t n = 0;

	for (size_t i = from; i < to; i++)
		n += !blank(L, i);
	return n;
}

/* Each date after its entry's body: the entry starts after the previous
 * date.  The first date and most of the others follow a body line. */
static int
dates_after(const struct layout *L, const struct sect *s, struct plan *p)
{
	size_t after_body = 0, prev = s->from;

	for (size_t j = 0; j < p->k; j++) {
		size_t i = p->date[j], b = i;
		while (b > prev && blank(L, b - 1))
			b--;
		if (b == prev)
			return 0;
		after_body += body(L, b - 1);
		if (j == 0 && (!body(L, b - 1) || lines_in(L, prev, i) < 3))
			return 0;
		p->start[j] = prev;
		while (blank(L, p->start[j]))
			p->start[j]++;
		prev = i + 1;
	}
	for (size_t i = prev; i < s->to; i++)
		if (!blank(L, i))
			return 0;
	return after_body * 2 >= p->k;
}

int
dateorder_fix(struct layout *L, const struct sect *s)
{
	struct plan p;
	int ok;

	if (s->to <= s->from)
		return 0;
	p.date = xreallocarray(NULL, s->to - s->from, sizeof *p.date);
	p.place = xreallocarray(NULL, s->to - s->from, sizeof *p.place);
	p.start = xreallocarray(NULL, s->to - s->from, sizeof *p.start);
	p.k = 0;
	ok = dates_apart(L, s, &p) && (dates_together(L, s, &p) || dates_after(L, s, &p));
	if (ok)
		apply(L, s, &p);
	free(p.date);
	free(p.place);
	free(p.start);
	return ok;
}
