#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "parse.h"
#include "rowbody.h"
#include "wordlist.h"
#include "xalloc.h"

/* "* Acme ...... 2020 - now" then "  Senior Engineer" under the bullet's
 * text: a job title, a degree or an organisation there goes on the
 * header. */
static int
under_bullet(const struct row *anchor, const struct row *r)
{
	size_t n = strlen(r->s);

	return anchor->bullet && r->indent == anchor->indent + 2 && r->kind == K_HEAD &&
	    n > 0 && n < 60 && r->s[n - 1] != '.' && (role_title_score(r->s) > 0 || role_degree_score(r->s) > 0 ||
	    role_school_score(r->s) > 0 || role_company_score(r->s) > 0);
}

static int word_count(const char *);

/* "2023<gap>Python developer, Acme, Wrocław": a header that already
 * names a job and more; a line under it that names no job, degree or
 * school is its body. */
static int
full_header(const struct row *head, const struct row *r)
{
	struct strlist parts = STRLIST_INIT;
	int title;

	size_t n = strlen(r->s);

	/* "CHU de Nantes, Hôpital Bellier – Nantes (44)": a short line that
	 * names the employer is the header's too */
	if (role_title_score(r->s) > 0 || role_degree_score(r->s) > 0 ||
	    role_school_score(r->s) > 0 || (role_company_score(r->s) > 0 &&
	    word_count(r->s) <= 10 && n > 0 && r->s[n - 1] != '.'))
		return 0;
	role_parts(head->s, &parts);
	title = role_title_score(head->s) > 0 && (parts.n >= 2 || strstr(head->s, ", ") != NULL);
	strlist_clear(&parts);
	return title;
}

/* Lines set in under a dated header are its body, bullets or not. */
static int
month_before(struct ym a, struct ym b)
{
	return a.y < b.y || (a.y == b.y && a.m > 0 && b.m > 0 && a.m < b.m);
}

/* Whether the range a lies within b. */
static int
within(const struct daterange *a, const struct daterange *b)
{
	if (b->single)
		return 0;
	/* "(Sirha 2017)" in a bullet under "De septembre 2016 à août 2017" */
	if (a->single)
		return a->start.y >= b->start.y && (b->open || a->start.y <= b->end.y);
	if (month_before(a->start, b->start))
		return 0;
	if (b->open)
		return 1;
	return !a->open && !month_before(b->end, a->end);
}

/* The name before the dates of a nested bullet ("Bol.com (2023–2024):
 * Go services"): a few words, capitalised, no job title; else NULL. */
static char *
sub_name(const struct row *r)
{
	size_t n = strcspn(r->s, "\t");
	char *name;
	int words = 1;

	if (r->date_first || n == 0 || n > 60 || (r->s[n] == '\0' && !r->colon) ||
	    !(isupper((unsigned char)r->s[0]) || isdigit((unsigned char)r->s[0])))
		return NULL;
	for (size_t i = 0; i < n; i++) {
		words += r->s[i] == ' ';
		/* "Wrote the invoicing tool (2018)": a sentence, no name */
		if (i > 0 && r->s[i - 1] == ' ' && fold_lower_at(r->s + i) &&
		    strcspn(r->s + i, " \t") > 3)
			return NULL;
	}
	name = xstrndup(r->s, n);
	if (words > 6 || name[n - 1] == '.' || role_title_score(name) > 0) {
		free(name);
		return NULL;
	}
	return name;
}

/* "2016 – 2017<TAB>PGCE ..." over "<TAB><TAB>Qualified Teacher Status
 * (QTS) awarded July 2017": a line set in under a dated head's text,
 * dated once within the head's dates, is a note on that entry. */
static int
set_in_note(const struct row *parent, const struct row *r)
{
	return parent->date_first && !parent->when.single && r->when.single &&
	    !r->date_first && r->indent > parent->indent &&
	    r->when.start.y >= parent->when.start.y &&
	    (parent->when.open || r->when.start.y <= parent->when.end.y);
}

/* "mar. 2012 – jul. 2014" over "Socialrådgiver" over "Barselsvikariat,
 * fastansat fra august 2013.": a sentence dated once within the dates of
 * the entry above it is a note of that entry's, no entry. */
static int
sentence_note(const struct row *parent, const struct row *r)
{
	const char *s = r->line != NULL ? r->line : r->s;
	size_t n = strlen(s);
	int words = 1, lower = 0;

	if (parent->when.single || !r->when.single || r->date_first || n < 12 ||
	    s[n - 1] != '.' || !within(&r->when, &parent->when))
		return 0;
	for (const char *p = s; *p != '\0'; p++)
		if (*p == ' ') {
			words++;
			lower += fold_lower_at(p + 1);
		}
	return words >= 4 && lower * 2 >= words;
}

/* "Freelance, 2019 – now" over "- Bol.com (2023–2024): Go services": a
 * bullet dated within the dates of the header above it is that entry's
 * body, not an entry of its own; its name and dates are kept as an item
 * inside the entry. */
static void
nested_dates(struct rows *R)
{
	const struct row *parent = NULL;

	for (size_t i = 0; i < R->n; i++) {
		struct row *r = &R->v[i];
		if (!r->dated)
			continue;
		if (!r->bullet && parent != NULL && (set_in_note(parent, r) ||
		    sentence_note(parent, r))) {
			r->kind = K_PROSE;
			r->dated = 0;
			if (r->line != NULL) {
				free(r->s);
				r->s = r->line;
				r->line = NULL;
			}
			continue;
		}
		if (!r->bullet) {
			parent = r;
			continue;
		}
		if (parent == NULL || !within(&r->when, &parent->when))
			continue;
		r->kind = K_BULLET;
		r->dated = 0;
		r->sub = sub_name(r);
		/* "Tutora de un grupo (cursos 2020-2021 y 2021-2022).": a
		 * sentence, no item's name, keeps its dates */
		if (r->sub == NULL && r->line != NULL && !r->colon) {
			free(r->s);
			r->s = r->line;
			r->line = NULL;
		}
		if (r->colon && i + 1 < R->n) {
			char *j = xprintf("%s: %s", r->s, R->v[i + 1].s);
			free(r->s);
			r->s = j;
			R->v[i + 1].kind = K_SKIP;
			i++;
		}
	}
}

/* Body lines set in without bullets, wrapped: a line that goes on in
 * lower case after one that did not end a sentence is the same line. */
static void
wrapped_body(struct rows *R)
{
	struct row *prev = NULL;

	for (size_t i = 0; i < R->n; i++) {
		struct row *r = &R->v[i];
		size_t n;
		if (r->kind == K_SKIP)
			continue;
		if (prev != NULL && r->kind == K_BULLET && !r->bullet && !r->blank &&
		    r->indent == prev->indent && fold_lower_at(r->s) &&
		    (n = strlen(prev->s)) > 0 && strchr(".!?;", prev->s[n - 1]) == NULL) {
			char *j = xprintf("%s %s", prev->s, r->s);
			free(prev->s);
			prev->s = j;
			r->kind = K_SKIP;
			continue;
		}
		prev = r->kind == K_BULLET ? r : NULL;
	}
}

/* "2019 – present" over "<indent>Professor, Northfield University": a
 * definition list's term, the dates alone, and its definition set in
 * under it, which is the header the dates belong to, not their body;
 * unless a header stood before the dates. */
static int
term_date(const struct rows *R, size_t i)
{
	const struct row *r = &R->v[i], *next = i + 1 < R->n ? &R->v[i + 1] : NULL;
	const struct row *prev = i > 0 ? &R->v[i - 1] : NULL;

	if (r->kind != K_DATE || next == NULL || next->kind != K_HEAD || next->dated ||
	    next->blank || next->bullet || next->indent <= r->indent + 1)
		return 0;
	return prev == NULL || r->blank || !(prev->kind == K_HEAD && !prev->dated &&
	    prev->indent <= r->indent);
}

static size_t next_row(const struct rows *, size_t);

/* "Senior Software Engineer, Picsart, Yerevan." over "Core Imaging team
 * – photo and video editing platform ..." over "• Lead a team of 5": a
 * line set in with no bullet, first under the header and over bulleted
 * ones, tells of the job; it is no duty of the list. */
static void
lead_prose(struct rows *R)
{
	for (size_t i = 1; i < R->n; i++) {
		struct row *r = &R->v[i];
		size_t next = next_row(R, i);
		if (r->kind == K_BULLET && !r->bullet && !r->blank &&
		    R->v[i - 1].kind == K_HEAD && next < R->n && R->v[next].kind == K_BULLET &&
		    R->v[next].bullet && !R->v[next].blank)
			r->kind = K_PROSE;
	}
}

void
rowbody_mark(struct rows *R)
{
	int anchor = -1, cell = -1;
	const struct row *head = NULL;

	nested_dates(R);

	for (size_t i = 0; i < R->n; i++) {
		struct row *r = &R->v[i];
		if (r->blank && !r->dated)
			anchor = cell = -1;	/* a blank line ends what was set in */
		if (r->dated)
			cell = -1;
		else if (cell >= 0 && r->indent > cell && (r->kind == K_HEAD || r->kind == K_PROSE)) {
			/* set in deeper than the header's cell: its body */
			r->kind = K_BULLET;
			continue;
		} else if (cell >= 0 && r->indent < cell)
			cell = -1;
		if (r->dated) {
			/* "2023<gap>Course" then "<gap>School": the next line
			 * stands under the header's cell, not set in */
			anchor = (r->date_first && r->kind == K_HEAD && r->s[0] != '\0') ||
			    term_date(R, i) ? -1 : r->indent;
			head = r;
		} else if (anchor >= 0 && under_bullet(head, r))
			continue;
		else if (anchor < 0 && head != NULL && head->date_first && i > 0 &&
		    R->v[i - 1].dated && !r->blank && r->indent > head->indent + 1 &&
		    (r->kind == K_HEAD || r->kind == K_PROSE) && full_header(head, r)) {
			r->kind = K_BULLET;
			anchor = head->indent;
		}
		else if (anchor < 0 && head != NULL && head->date_first && i > 0 &&
		    R->v[i - 1].dated && !r->blank && r->indent > head->indent + 1 &&
		    r->kind == K_HEAD)
			cell = r->indent;	/* the next part of the header, in its cell */
		else if ((r->kind == K_HEAD || r->kind == K_PROSE) && anchor >= 0 && !r->blank &&
		    i > 0 &&
		    (r->indent > anchor + 1 || (r->indent > anchor &&
		    (R->v[i - 1].kind == K_BULLET || R->v[i - 1].kind == K_PROSE ||
		    R->v[i - 1].kind == K_SKIP))))
			r->kind = K_BULLET;
		else if (r->kind == K_HEAD && r->indent <= anchor &&
		    !(i > 0 && &R->v[i - 1] == head && !r->blank && !r->dated))
			anchor = -1;	/* the employer right under a dated title keeps it */
	}
	wrapped_body(R);
	lead_prose(R);
}

/* How many words s has. */
static int
word_count(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		n += *s != ' ' && (s[1] == ' ' || s[1] == '\0');
	return n;
}

/* The row after i that is not skipped, R->n if none. */
static size_t
next_row(const struct rows *R, size_t i)
{
	for (i++; i < R->n && R->v[i].kind == K_SKIP; i++)
		;
	return i;
}

/* "• Senior Product Designer — Monzo (payments team)" over "2017 – 2020":
 * a list of roles, each an item with its dates on the line below.  When
 * a section opens so, each item that names a job or a firm, with no full
 * stop, over dates alone is a header. */
void
rowbody_heads(struct rows *R)
{
	size_t first = next_row(R, (size_t)-1), n;

	if (first >= R->n || R->v[first].kind != K_BULLET ||
	    (n = next_row(R, first)) >= R->n || R->v[n].kind != K_DATE)
		return;
	for (size_t i = first; i < R->n; i++) {
		struct row *r = &R->v[i];
		size_t len = strlen(r->s);
		if (r->kind != K_BULLET || (n = next_row(R, i)) >= R->n ||
		    R->v[n].kind != K_DATE || len == 0 || r->s[len - 1] == '.' || word_count(r->s) > 14)
			continue;
		if (role_title_score(r->s) > 0 || role_company_score(r->s) > 0)
			r->kind = K_HEAD;
	}
}

/* Whether s labels a job's list of projects: "Projects:", "Key
 * Projects:", "Projects Handled:". */
static int
projects_label(const char *s)
{
	static const char *const labels[] = { "projects", "key projects", "major projects",
		"main projects", "notable projects", "selected projects", "projects handled",
		"projects executed", "projects involved", "projects worked on", "projekte",
		"proyectos", "projets", "projetos", NULL };
	size_t n = strlen(s);
	char key[32];

	if (n < 2 || s[n - 1] != ':' || n >= sizeof key)
		return 0;
	fold_key(s, n - 1, key, sizeof key);
	return wordlist_has(labels, key);
}

/* The project's name: the item up to its first bracket, its ", Client:",
 * or a dash before what it was ("R7 Residential District – 14
 * residential buildings"); a dash before more of the name ("Capital
 * Business Park – Towers C3 & C4") stays. */
static char *
project_name(const char *s)
{
	static const char *const dashes[] = { " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL };
	size_t n = strcspn(s, "(:");

	for (int i = 0; dashes[i] != NULL; i++) {
		const char *d = strstr(s, dashes[i]);
		const char *after = d != NULL ? d + strlen(dashes[i]) : NULL;
		if (d != NULL && (size_t)(d - s) < n &&
		    (isdigit((unsigned char)*after) || fold_lower_at(after)))
			n = (size_t)(d - s);
	}
	for (const char *c = strstr(s, ", "); c != NULL && (size_t)(c - s) < n;
	    c = strstr(c + 1, ", "))
		if (strncmp(c + 2, "Client", 6) == 0 || strncmp(c + 2, "client", 6) == 0) {
			n = (size_t)(c - s);
			break;
		}
	while (n > 0 && strchr(" ,;", s[n - 1]) != NULL)
		n--;
	return n > 0 ? xstrndup(s, n) : NULL;
}

void
rowbody_projects(struct rows *R)
{
	int under = 0;

	for (size_t i = 0; i < R->n; i++) {
		struct row *r = &R->v[i];
		if (r->kind == K_SKIP && projects_label(r->s)) {
			under = 1;
			continue;
		}
		if (!under)
			continue;
		if (r->kind != K_BULLET || !r->bullet || r->dated || r->sub != NULL) {
			under = 0;
			continue;
		}
		if ((r->sub = project_name(r->s)) != NULL)
			r->project = 1;
	}
}
