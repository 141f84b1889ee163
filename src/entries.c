/*
 * entries: the lines of a dated section into entries.
 *
 * The lines come classed by lineclass.c: dates, header lines, bullets,
 * prose, skills, chrome.  Each date anchors one entry.  Whether an entry's header comes before or after
 * its date is read from the first entry; where entries have no body to
 * separate them, the header lines between two dates are shared out so that
 * each entry gets as many as the first one had.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "edufacts.h"
#include "fold.h"
#include "parse.h"
#include "lineclass.h"
#include "lineword.h"
#include "xalloc.h"

static struct entry *
entry_new(struct entries *E)
{
	if (E->n == E->cap) {
		E->cap = E->cap ? E->cap * 2 : 8;
		E->v = xreallocarray(E->v, E->cap, sizeof *E->v);
	}
	memset(&E->v[E->n], 0, sizeof E->v[0]);
	return &E->v[E->n++];
}

static void
entry_sub(struct entry *e, const struct row *r)
{
	e->subs = xreallocarray(e->subs, e->nsubs + 1, sizeof *e->subs);
	e->subs[e->nsubs].name = xstrdup(r->sub);
	e->subs[e->nsubs].when = r->when;
	e->nsubs++;
}

/* "Keeping the books and taxes", "Ведение бухгалтерского учета": under a
 * header that has two lines already (a firm, a title), a line of three
 * words or more, most of them in lower case, naming no job, firm or
 * school, tells what the job was: the body's first line.  So does a
 * sentence with a third of its words in lower case ("Empresa contratista
 * de mantenimiento para faena Minera Cerro Dorado, Sierra Gorda."). */
static int
duty_line(const struct entry *e, const char *s)
{
	int words, lower = 0, sentence;

	if (e->head.n < 2 || !fold_upper_at(s) || (words = lineword_count(s)) < 3 ||
	    strpbrk(s, "|\t@0123456789") != NULL)
		return 0;
	for (const char *p = s; *p != '\0'; p++)
		lower += (p == s || p[-1] == ' ') && fold_lower_at(p);
	sentence = s[strlen(s) - 1] == '.' && lower >= 3 && lower * 3 >= words;
	if (sentence)
		return 1;
	return lower * 2 >= words + 1 && role_title_score(s) == 0 &&
	    role_company_score(s) == 0 && role_school_score(s) == 0;
}

/* "Part-time Lecturer, Yerevan State University, Yerevan.": a header of
 * three parts or more set apart by commas and closed by a full stop, as
 * a LaTeX CV's entry prints title, firm and town; what comes under it
 * tells of the job ("Faculty of Informatics and Applied Mathematics."). */
static int
full_head(const struct entry *e)
{
	const char *s, *p;
	int commas = 0, lower = 0;

	if (e->head.n != 1)
		return 0;
	s = e->head.v[0];
	if (s[0] == '\0' || s[strlen(s) - 1] != '.')
		return 0;
	for (p = s; *p != '\0'; p++) {
		commas += p[0] == ',' && p[1] == ' ';
		lower += (p == s || p[-1] == ' ') && fold_lower_at(p);
	}
	return commas >= 2 && lower <= 1;
}

/* A row's text into an entry: header, body or skills. */
static void
entry_take(struct entry *e, struct row *r, int body_started)
{
	switch (r->kind) {
	case K_HEAD:
		if (r->dated && e->aside == NULL && lineclass_aside(r->s)) {
			e->aside = xstrdup(r->s);
			break;
		}
		/* "Oyu Tolgoi LLC | Senior Mine Planning Engineer" over its
		 * dates over "Khanbogd soum, Ömnögovi": the header whole, the
		 * place under the dates stands beside them */
		if (r->place && e->aside == NULL && e->head.n == 1 &&
		    strstr(e->head.v[0], " | ") != NULL) {
			e->aside = xstrdup(r->s);
			break;
		}
		if (r->s[0] != '\0')
			strlist_add(body_started || duty_line(e, r->s) || full_head(e) ?
			    &e->prose : &e->head, r->s);
		break;
	case K_BULLET:
		if (!r->project)
			strlist_add(&e->bullets, r->s);
		if (r->sub != NULL)
			entry_sub(e, r);
		break;
	case K_PROSE:
		strlist_add(&e->prose, r->s);
		break;
	case K_SKILLS:
		strlist_add(&e->skills, r->s);
		break;
	default:
		break;
	}
}

static int
is_body(const struct row *r)
{
	return r->kind == K_BULLET || r->kind == K_PROSE || r->kind == K_SKILLS;
}

/* No dates: an entry is a run of header lines and the body after it. */
static void
group_undated(struct rows *R, struct entries *E)
{
	struct entry *e = NULL;
	int body = 0;

	for (size_t i = 0; i < R->n; i++) {
		struct row *r = &R->v[i];
		if (r->kind == K_SKIP)
			continue;
		if (e == NULL || (r->kind == K_HEAD && body)) {
			e = entry_new(E);
			body = 0;
		}
		entry_take(e, r, body || e->prose.n > 0);
		body |= is_body(r);
	}
}

/* A line short enough for a header, not ended as a sentence. */
static int
short_head(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && n <= 90 && strchr(".;:!?", s[n - 1]) == NULL;
}

/* Whether the rows after i, up to a bullet, are a header's two at most. */
static int
next_bullet(const struct rows *R, size_t i)
{
	for (size_t j = i + 1; j < R->n && j <= i + 2; j++)
		if (R->v[j].kind == K_BULLET)
			return 1;
		else if (R->v[j].dated || R->v[j].blank)
			return 0;
	return 0;
}

/* Whether the row after i is a header line, undated: "2016 – 2018" over
 * "Diplomuddannelse i offentlig forvaltning og administration" over "VIA
 * University College": the first line under dates alone is the header's
 * when one follows it. */
static int
next_head(const struct rows *R, size_t i)
{
	return i + 1 < R->n && R->v[i + 1].kind == K_HEAD && !R->v[i + 1].dated &&
	    !R->v[i + 1].blank;
}

/* Dates first: each date opens its entry; what follows belongs to it. */
static void
group_date_first(struct rows *R, struct entries *E)
{
	struct entry *e = NULL;
	int body = 0, alone = 0;
	size_t lead = 0;

	for (size_t i = 0; i < R->n; i++) {
		struct row *r = &R->v[i];
		if (r->dated) {
			e = entry_new(E);
			e->when = r->when;
			e->dated = 1;
			body = 0;
			alone = r->kind == K_DATE;
			/* hh.ru's "Высшее" over the first date: the first
			 * entry's level */
			for (; E->n == 1 && lead < i; lead++)
				if (R->v[lead].kind == K_HEAD)
					entry_take(e, &R->v[lead], 0);
		} else if (r->opens && e != NULL && body) {
			e = entry_new(E);
			body = 0;
		}
		if (e == NULL || r->kind == K_SKIP)
			continue;
		/* "07/2013 – 08/2015" over "Fakturantka / asistentka účetní
		 * (při studiu, zkrácený úvazek)" over the firm: under dates
		 * alone, the lines before the body, or the first line over
		 * another header line, are the header, however many small
		 * words they have */
		if (r->kind == K_PROSE && alone && !body && e->prose.n == 0 && e->head.n < 2 &&
		    e->aside == NULL && short_head(r->s) && (next_bullet(R, i) ||
		    (e->head.n == 0 && next_head(R, i)))) {
			r->kind = K_HEAD;
		}
		entry_take(e, r, body || e->prose.n > 0);
		body |= is_body(r);
	}
}

static void
give(struct entry *e, struct row *r)
{
	entry_take(e, r, e->bullets.n > 0 || e->prose.n > 0 || e->skills.n > 0);
}

/* A row after the entry's dates: when they stood alone on their line
 * under a header of two lines or more (title, employer), a short line
 * is its body too. */
static void
give_after(struct entry *e, struct row *r, int alone)
{
	entry_take(e, r, e->bullets.n > 0 || e->prose.n > 0 || e->skills.n > 0 ||
	    (alone && e->head.n >= 2));
}

/* Header rows among [from, to) that hold text. */
static size_t
heads_in(const struct rows *R, size_t from, size_t to)
{
	size_t n = 0;

	for (size_t j = from; j < to; j++)
		n += R->v[j].kind == K_HEAD;
	return n;
}

/* A blank line between entries says where the new one starts when the
 * header's lines after it stand together (a page dump with a blank after
 * every line says nothing): the row of that blank line, else start. */
static size_t
blank_cut(const struct rows *R, size_t start, size_t a)
{
	for (size_t j = a; j-- > start && R->v[j].kind == K_HEAD;)
		if (R->v[j].blank) {
			if (j + 1 < a && R->v[j + 1].kind == K_HEAD && !R->v[j + 1].blank)
				return j;
			break;
		}
	return start;
}

/* "2009 - 2012 (S1-S4 plus in-service training)": a note in brackets
 * after the dates, no header of their own. */
static int
bracketed(const char *s)
{
	size_t n = strlen(s);

	return n > 2 && s[0] == '(' && s[n - 1] == ')' && strchr(s + 1, '(') == NULL;
}

/* The first entry's shape when a line of prose stands between its header
 * and its dates ("MERIDIAN PACKAGING, Charlotte, NC" over "$640M maker of
 * packaging ..." over "Vice President of Operations March 2019 –
 * Present"): how many such rows, 0 when the shape is another. */
static size_t
lead_prose(const struct rows *R, size_t first)
{
	size_t j = first, n = 0;

	while (j > 0 && (R->v[j - 1].kind == K_PROSE || R->v[j - 1].kind == K_SKIP))
		n += R->v[--j].kind == K_PROSE;
	return j > 0 && R->v[j - 1].kind == K_HEAD && n <= 2 ? n : 0;
}

/* After the previous entry's body, its last rows may be the next entry's
 * header and prose of the first entry's shape (k header rows, then at
 * most kp of prose): the row after which they start, else lastbody. */
static size_t
lead_cut(const struct rows *R, size_t start, size_t lastbody, size_t k, size_t kp)
{
	size_t i = lastbody + 1, np = 0, nh = 0;

	if (kp == 0 || R->v[lastbody].kind != K_PROSE)
		return lastbody;
	while (i > start && (R->v[i - 1].kind == K_PROSE || R->v[i - 1].kind == K_SKIP))
		np += R->v[--i].kind == K_PROSE;
	while (i > start && R->v[i - 1].kind == K_HEAD && !R->v[i - 1].dated)
		nh++, i--;
	if (np == 0 || np > kp || nh != k || i <= start || !is_body(&R->v[i - 1]))
		return lastbody;
	return i - 1;
}

/* Rows [start, a) before anchor a: the previous entry keeps its body and
 * what came before it; of the header rows after the last body, the last k
 * open the new entry (k: how many the first entry had before its date;
 * kp: how many rows of prose followed them). */
static size_t
share_gap(struct rows *R, size_t start, size_t a, struct entry *prev, size_t k, size_t kp)
{
	size_t lastbody = a, m, keep;
	/* dates alone on their line, the body straight under them */
	int after_date, alone = start > 0 && R->v[start - 1].kind == K_DATE && start < a &&
	    !R->v[start].blank;

	/* the place under the previous job's dates is that job's */
	if (prev != NULL && start < a && R->v[start].place)
		give(prev, &R->v[start++]);
	for (size_t j = start; j < a; j++)
		if (is_body(&R->v[j]))
			lastbody = j;
	if (prev == NULL) {
		/* an introduction in sentences opening the section, before the
		 * first entry's header lines, is none of its body ("I have
		 * spent the last decade ..." over "Art Director — Nordform"
		 * over "2018 – 2022") */
		size_t j = start;
		while (j < a && (R->v[j].kind == K_PROSE || R->v[j].kind == K_SKIP))
			j++;
		if (j > start && R->v[j - 1].kind == K_PROSE && heads_in(R, j, a) > 0 &&
		    heads_in(R, j, a) == a - j)
			start = j;
		/* the first entry: at most a few header rows before its date */
		for (m = heads_in(R, start, a); m > 4 && start < a; start++)
			m -= R->v[start].kind == K_HEAD;
		return start;
	}
	if (lastbody < a && lead_cut(R, start, lastbody, k, kp) < lastbody) {
		for (lastbody = lead_cut(R, start, lastbody, k, kp); start <= lastbody; start++)
			give_after(prev, &R->v[start], alone);
		return start;
	}
	if (lastbody < a) {
		for (; start <= lastbody; start++)
			give_after(prev, &R->v[start], alone);
		/* body lines without bullets, some short enough to pass for
		 * header lines, run on from the body: those above the blank
		 * line that opens a header of the first entry's shape are the
		 * body's too */
		size_t cut = blank_cut(R, start, a);
		for (size_t j = start; j < cut; j++)
			if (R->v[j].blank || R->v[j].kind != K_HEAD)
				cut = start;
		if (cut > start && heads_in(R, cut, a) != k)
			cut = start;
		for (; start < cut; start++)
			give_after(prev, &R->v[start], alone);
		return start;
	}
	m = heads_in(R, start, a);
	keep = m > k ? m - k : 0;
	/* a blank line right after a date alone on its line: what follows
	 * is the next entry's, however many header rows the first had */
	after_date = start > 0 && R->v[start - 1].kind == K_DATE;
	while (start < a && R->v[start].kind == K_SKIP && R->v[start].s[0] == '\0')
		start++;
	if (after_date && start < a && R->v[start].blank && R->v[start].kind == K_HEAD)
		keep = 0;
	/* a blank line between entries says where the new one starts,
	 * whatever the count of the first, when the header's lines stand
	 * together (a page dump with a blank after every line says nothing) */
	if (blank_cut(R, start, a) > start)
		keep = heads_in(R, start, blank_cut(R, start, a));
	/* dates alone on their line close an entry whose header came first */
	if (R->v[a].kind == K_DATE && m > 0 && keep >= m)
		keep = m - 1;
	/* an anchor that opens its own line with its header ("May 2013 - Feb
	 * 2016  Sous Chef") takes nothing from before it */
	if (R->v[a].date_first && R->v[a].kind == K_HEAD && R->v[a].s[0] != '\0' &&
	    !lineclass_aside(R->v[a].s) && !bracketed(R->v[a].s))
		keep = m;
	for (; start < a && keep > 0; start++) {
		keep -= R->v[start].kind == K_HEAD;
		give_after(prev, &R->v[start], alone);
	}
	return start;
}

/* Whether the rows from start on are header lines alone, as many as the
 * first entry's and its dated line together, after an entry with no body
 * whose dates share their line with its header; none a label's ("Major:
 * Economics"), which would be that entry's details. */
static int
undated_tail(const struct rows *R, size_t start, size_t k, const struct entry *e)
{
	size_t heads = 0;

	/* dates alone on their line: what follows them is their entry's */
	if (k == 0 || start == 0 || R->v[start - 1].kind != K_HEAD ||
	    e->bullets.n > 0 || e->prose.n > 0 || e->skills.n > 0)
		return 0;
	for (size_t j = start; j < R->n; j++)
		if (R->v[j].kind == K_HEAD && !R->v[j].dated && R->v[j].s[0] != '\0' &&
		    strchr(R->v[j].s, ':') == NULL)
			heads++;
		else if (R->v[j].kind != K_SKIP)
			return 0;
	return heads == k + 1;
}

static void
group_date_after(struct rows *R, struct entries *E)
{
	struct entry *e = NULL;
	size_t start = 0, k = 0, kp, first = R->n;

	for (size_t i = 0; i < R->n && first == R->n; i++)
		if (R->v[i].dated)
			first = i;
	k = heads_in(R, 0, first);
	k = k > 3 ? 3 : k;
	kp = first < R->n ? lead_prose(R, first) : 0;
	for (size_t a = first; a < R->n; a++) {
		if (!R->v[a].dated)
			continue;
		start = share_gap(R, start, a, e, k, kp);
		e = entry_new(E);
		e->when = R->v[a].when;
		e->dated = 1;
		for (; start < a; start++)
			give(e, &R->v[start]);
		/* the dated line after the firm's description is the header's
		 * title, not its body */
		entry_take(e, &R->v[a], e->bullets.n > 0 || e->skills.n > 0 ||
		    (e->prose.n > 0 && kp == 0));
		start = a + 1;
	}
	/* "Bachelor of Science, Industrial Engineering" over "North Carolina
	 * State University, Raleigh, NC" after the last dated entry, with no
	 * body between: an entry of the first one's shape, its date left out */
	if (e != NULL && undated_tail(R, start, k, e))
		e = entry_new(E);
	for (; e != NULL && start < R->n; start++) {
		/* "2. CampusConnect" after the dated project's body: a project
		 * of its own, undated */
		if (R->v[start].opens && !R->v[start].dated && start > first + 1)
			e = entry_new(E);
		give(e, &R->v[start]);
	}
}

/*
 * pdftotext (raw) may read a column of right-aligned dates after all the
 * entries beside it: the headers and bodies first, then the dates alone.
 * When there are as many dates at the end as header lines before them,
 * and no other date, each date goes before its header.
 */
static void
detached_dates(struct rows *R)
{
	size_t end = R->n, dates = 0, heads = 0, k = 0, o = 0;
	struct row *v;

	while (end > 0 && (R->v[end - 1].kind == K_DATE || R->v[end - 1].kind == K_SKIP))
		dates += R->v[--end].kind == K_DATE;
	for (size_t i = 0; i < end; i++) {
		if (R->v[i].dated || R->v[i].kind == K_DATE)
			return;
		heads += R->v[i].kind == K_HEAD;
	}
	if (dates < 2 || heads != dates)
		return;
	v = xreallocarray(NULL, R->n, sizeof *v);
	for (size_t i = 0; i < end; i++) {
		if (R->v[i].kind == K_HEAD) {
			while (R->v[end + k].kind != K_DATE)
				k++;
			v[o++] = R->v[end + k++];
		}
		v[o++] = R->v[i];
	}
	for (size_t i = end; i < R->n; i++)
		if (R->v[i].kind != K_DATE)
			v[o++] = R->v[i];
	free(R->v);
	R->v = v;
	R->cap = R->n;
}

/* "Высшее" over "2017" over the school: a job board's level of
 * schooling over entries whose dates come first. */
static int
level_over_dates(const struct sect *sec, const struct rows *R, size_t first)
{
	char level[32];

	return sec->sec == IS_EDUCATION && first + 1 < R->n && R->v[first].kind == K_HEAD &&
	    !R->v[first].dated && edufacts_level(R->v[first].s, level, sizeof level) &&
	    R->v[first + 1].dated && R->v[first + 1].kind == K_DATE;
}

void
entries_split(const struct ctx *c, const struct sect *sec, struct entries *E)
{
	struct rows R;
	size_t first = 0;

	memset(E, 0, sizeof *E);
	lineclass_build(c, sec, &R);
	detached_dates(&R);
	while (first < R.n && R.v[first].kind == K_SKIP)
		first++;
	if (first == R.n)
		;
	else if ((R.v[first].dated && (R.v[first].kind == K_DATE || R.v[first].date_first)) ||
	    level_over_dates(sec, &R, first))
		group_date_first(&R, E);
	else {
		size_t dated = 0;
		for (size_t i = 0; i < R.n; i++)
			dated += R.v[i].dated;
		if (dated > 0)
			group_date_after(&R, E);
		else
			group_undated(&R, E);
	}
	lineclass_free(&R);
}

void
entries_free(struct entries *E)
{
	for (size_t i = 0; i < E->n; i++) {
		strlist_clear(&E->v[i].head);
		strlist_clear(&E->v[i].bullets);
		strlist_clear(&E->v[i].prose);
		strlist_clear(&E->v[i].skills);
		free(E->v[i].aside);
		for (size_t k = 0; k < E->v[i].nsubs; k++)
			free(E->v[i].subs[k].name);
		free(E->v[i].subs);
	}
	free(E->v);
	memset(E, 0, sizeof *E);
}

void
entries_aside_to_head(struct entries *E)
{
	for (size_t i = 0; i < E->n; i++)
		if (E->v[i].aside != NULL) {
			strlist_add(&E->v[i].head, E->v[i].aside);
			free(E->v[i].aside);
			E->v[i].aside = NULL;
		}
}
