/*
 * p11rec: see p11rec.h.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "p11rec.h"
#include "xalloc.h"

enum { COL_SCHOOL, COL_DATES, COL_DEGREE, COL_FIELD, COL_OTHER, COL_N };

/* "03/2019", "2019", "Present": a date of the form's boxes. */
static int
date_word(const char *s, size_t n)
{
	static const char *const open[] = { "present", "current", "now", "date", "ongoing" };
	int digits = 0;

	for (size_t i = 0; i < sizeof open / sizeof open[0]; i++)
		if (n == strlen(open[i]) && strncasecmp(s, open[i], n) == 0)
			return 1;
	for (size_t i = 0; i < n; i++) {
		if (isdigit((unsigned char)s[i]))
			digits++;
		else if (strchr("/.-", s[i]) == NULL)
			return 0;
	}
	return digits >= 2;
}

int
p11rec_item(const struct frow *r)
{
	const char *s;
	size_t d;

	if (r->n == 0 || r->c[0].col > 6)
		return 0;
	s = r->c[0].s;
	d = strspn(s, "0123456789");
	if (d > r->c[0].n)
		d = r->c[0].n;
	if (d >= 1 && d <= 2 && d + 1 < r->c[0].n && s[d] == '.' && s[d + 1] == ' ')
		return 1;
	/* "B. PREVIOUS POSTS" */
	return r->c[0].n > 4 && isupper((unsigned char)s[0]) && s[1] == '.' && s[2] == ' ' &&
	    isupper((unsigned char)s[3]) && isupper((unsigned char)s[4]);
}

int
p11rec_foot(const struct frow *r)
{
	const char *p;

	if (r->n != 1 || (p = formcells_find(r->c[0].s, r->c[0].n, "page ")) == NULL)
		return 0;
	return p + 5 < r->c[0].s + r->c[0].n && isdigit((unsigned char)p[5]);
}

/* "From Mo./Year 03/2019   To Mo./Year Present": a post's first row. */
static int
from_row(const struct frow *r)
{
	if (r->n == 0 || r->c[0].n < 5 || strncasecmp(r->c[0].s, "from", 4) != 0 ||
	    (r->c[0].s[4] != ' ' && r->c[0].s[4] != ':'))
		return 0;
	for (size_t i = 1; i < r->n; i++)
		if (r->c[i].n > 3 && strncasecmp(r->c[i].s, "to", 2) == 0 &&
		    (r->c[i].s[2] == ' ' || r->c[i].s[2] == ':'))
			return 1;
	return formcells_find(r->c[0].s, r->c[0].n, " to ") != NULL;
}

/* The first date of the row after the word it follows ("From", "To"). */
static char *
date_after(const struct frow *r, const char *word)
{
	char *s = formcells_join(r, 0, r->n), *out = NULL;
	int seen = 0;

	for (char *w = strtok(s, " :"); w != NULL && out == NULL; w = strtok(NULL, " :")) {
		if (strcasecmp(w, word) == 0)
			seen = 1;
		else if (seen && date_word(w, strlen(w)))
			out = xstrdup(w);
	}
	free(s);
	return out;
}

/* Adds text to b, a word broken at the line's end ("commu-" / "nity")
 * joined again. */
static void
join_on(struct buf *b, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (b->len > 1 && b->s[b->len - 1] == '-' && isalpha((unsigned char)b->s[b->len - 2]) &&
	    islower((unsigned char)s[0]))
		buf_truncate(b, b->len - 1);
	else if (b->len > 0)
		buf_addc(b, ' ');
	buf_add(b, s, n);
}

/* The cells of rows [from, to) whose columns are in [lo, hi), joined;
 * the box's label ("Exact title of your post") left out. */
static void
column_text(const struct frows *R, size_t from, size_t to, int lo, int hi, struct buf *b)
{
	for (size_t i = from; i < to; i++)
		for (size_t k = 0; k < R->v[i].n; k++)
			if (R->v[i].c[k].col >= lo && R->v[i].c[k].col < hi &&
			    formcells_find(R->v[i].c[k].s, R->v[i].c[k].n, "title of") == NULL)
				join_on(b, R->v[i].c[k].s, R->v[i].c[k].n);
}

/* The row in [from, to) with a cell holding label, and the cell. */
static size_t
label_row(const struct frows *R, size_t from, size_t to, const char *label, int *cell)
{
	for (size_t i = from; i < to; i++)
		if ((*cell = formcells_cell(&R->v[i], 0, label)) >= 0)
			return i;
	return to;
}

/* A labelled box's value: the cells after the label up to the next label
 * (at stop, or none), and those of the rows under it, indented past the
 * label, in the same columns. */
static char *
box_value(const struct frows *R, size_t i, int cell, const char *stop, size_t end)
{
	const struct frow *r = &R->v[i];
	struct buf b = BUF_INIT;
	int k = stop != NULL ? formcells_cell(r, (size_t)cell + 1, stop) : -1;
	int lo, hi = k >= 0 ? r->c[k].col - 2 : INT_MAX;

	if ((size_t)cell + 1 >= r->n || (k >= 0 && k == cell + 1))
		return NULL;
	lo = r->c[cell + 1].col - 2;
	column_text(R, i, i + 1, lo, hi, &b);
	for (size_t j = i + 1; j < end; j++) {
		if (R->v[j].n == 0 || R->v[j].c[0].col <= r->c[cell].col + 2)
			break;
		column_text(R, j, j + 1, lo, hi, &b);
	}
	return buf_detach(&b);
}

/* The prose under "Description of your duties", over a page's break. */
static void
duties(const struct frows *R, size_t i, int cell, struct buf *b)
{
	for (size_t k = (size_t)cell + 1; k < R->v[i].n; k++)
		join_on(b, R->v[i].c[k].s, R->v[i].c[k].n);
	for (size_t j = i + 1; j < R->n; j++) {
		const struct frow *r = &R->v[j];
		if (r->n == 0 || p11rec_foot(r))
			continue;
		if (from_row(r) || p11rec_item(r) || formcells_has(r, "name of employer"))
			break;
		for (size_t k = 0; k < r->n; k++)
			join_on(b, r->c[k].s, r->c[k].n);
	}
}

/* A part of an address naming a country or a region ("Jonglei State"). */
static int
region_part(const struct lexicon *lx, const char *s, size_t n)
{
	static const char *const words[] = { "state", "province", "region", "county",
	    "district", "governorate", "prefecture", "department" };
	const char *w = s + n;
	char cc[3];

	if (lexicon_place(lx, s, n, PLACE_COUNTRY, cc) || lexicon_place(lx, s, n, PLACE_REGION, cc))
		return 1;
	while (w > s && w[-1] != ' ')
		w--;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if ((size_t)(s + n - w) == strlen(words[i]) && strncasecmp(w, words[i], strlen(words[i])) == 0)
			return 1;
	return 0;
}

/* The town in one part of an address: the part, or a known town at either
 * end of it ("UNHCR Sub-Office Malakal"), or the name before "Town"; NULL
 * if it names none. */
static char *
part_town(const struct lexicon *lx, const char *s, size_t n)
{
	const char *last = s + n, *sp = memchr(s, ' ', n);
	size_t words = 1;
	char cc[3];

	if (lexicon_place(lx, s, n, PLACE_CITY, cc))
		return xstrndup(s, n);
	while (last > s && last[-1] != ' ')
		last--;
	if (last > s && lexicon_place(lx, last, (size_t)(s + n - last), PLACE_CITY, cc))
		return xstrndup(last, (size_t)(s + n - last));
	if (sp != NULL && lexicon_place(lx, s, (size_t)(sp - s), PLACE_CITY, cc))
		return xstrndup(s, (size_t)(sp - s));
	if (last > s && strncasecmp(last, "town", 4) == 0 && s + n - last == 4)
		return xstrndup(s, (size_t)(last - 1 - s));
	for (size_t i = 0; i < n; i++) {
		if (isdigit((unsigned char)s[i]))
			return NULL;
		words += s[i] == ' ';
	}
	return words <= 2 && isupper((unsigned char)s[0]) ? xstrndup(s, n) : NULL;
}

/* The town of an employer's address ("DRC Bor Field Office, Hai Malakal,
 * Bor, Jonglei State, South Sudan"): the last part that is no region nor
 * country. */
static char *
address_town(const struct lexicon *lx, const char *addr)
{
	const char *end = addr + strlen(addr);

	while (end > addr) {
		const char *p = end;
		while (p > addr && p[-1] != ',')
			p--;
		const char *s = p + strspn(p, " ");
		size_t n = (size_t)(end - s);
		while (n > 0 && s[n - 1] == ' ')
			n--;
		if (n > 0 && !region_part(lx, s, n))
			return part_town(lx, s, n);
		end = p > addr ? p - 1 : addr;
	}
	return NULL;
}

static void
job_write(const struct lexicon *lx, const struct frows *R, size_t i, size_t end, struct buf *out)
{
	char *from = date_after(&R->v[i], "from"), *to = date_after(&R->v[i], "to");
	struct buf title = BUF_INIT, desc = BUF_INIT;
	int tc = formcells_cell(&R->v[i], 1, "title"), ec = -1, ac = -1, dc = -1;
	size_t e = label_row(R, i + 1, end, "name of employer", &ec);
	size_t a = label_row(R, i + 1, end, "address of employer", &ac);
	size_t d = label_row(R, i + 1, end, "description of", &dc);
	char *employer = e < end ? box_value(R, e, ec, "type of", end) : NULL;
	char *address = a < end ? box_value(R, a, ac, NULL, end) : NULL;
	char *town = address != NULL ? address_town(lx, address) : NULL;

	if (tc >= 0)
		column_text(R, i + 1, e, R->v[i].c[tc].col - 2, INT_MAX, &title);
	if (d < end)
		duties(R, d, dc, &desc);
	buf_addc(out, '\n');
	if (title.len > 0)
		buf_addf(out, "Position: %s\n", title.s);
	if (employer != NULL && employer[0] != '\0')
		buf_addf(out, "Employer: %s\n", employer);
	if (town != NULL)
		buf_addf(out, "Location: %s\n", town);
	if (from != NULL)
		buf_addf(out, "Period: %s - %s\n", from, to != NULL ? to : "");
	if (desc.len > 0)
		buf_addf(out, "Duties: %s\n", desc.s);
	buf_free(&title);
	buf_free(&desc);
	free(employer);
	free(address);
	free(town);
	free(from);
	free(to);
}

void
p11rec_jobs(const struct lexicon *lx, const struct frows *R, struct buf *out)
{
	int any = 0;

	for (size_t i = 0; i < R->n; i++) {
		size_t end = i + 1;
		if (!from_row(&R->v[i]))
			continue;
		while (end < R->n && !from_row(&R->v[end]) && !p11rec_item(&R->v[end]))
			end++;
		if (!any)
			buf_adds(out, "\nEMPLOYMENT RECORD\n");
		any = 1;
		job_write(lx, R, i, end, out);
		i = end - 1;
	}
}

struct school {
	struct buf t[COL_N];
	struct strlist dates;
};

static int
column_kind(const struct fcell *c)
{
	static const struct { const char *word; int kind; } v[] = {
		{ "name", COL_SCHOOL }, { "degree", COL_DEGREE }, { "certificate", COL_DEGREE },
		{ "diploma", COL_DEGREE }, { "course", COL_FIELD }, { "study", COL_FIELD },
		{ "subject", COL_FIELD }, { "attended", COL_DATES }, { "from", COL_DATES },
	};

	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		if (formcells_find(c->s, c->n, v[i].word) != NULL)
			return v[i].kind;
	return COL_OTHER;
}

/* "Name, place and country   Attended From/To   Degrees, Academic ...". */
static int
header_row(const struct frow *r)
{
	return r->n >= 3 && formcells_find(r->c[0].s, r->c[0].n, "name") != NULL &&
	    formcells_has(r, "attended");
}

static void
school_write(struct school *s, struct buf *out)
{
	const char *name = s->t[COL_SCHOOL].s, *degree = s->t[COL_DEGREE].s;

	if (name != NULL) {
		buf_addf(out, "\nInstitution: %s\n", name);
		/* "Bachelor of Science (Honours), Upper Second" of "Economics":
		 * the field after the degree's name, before its distinction */
		if (degree != NULL && s->t[COL_FIELD].s != NULL && strstr(degree, " in ") == NULL) {
			int n = (int)strcspn(degree, ",");
			buf_addf(out, "Qualification: %.*s in %s%s\n", n, degree, s->t[COL_FIELD].s,
			    degree + n);
		} else if (degree != NULL)
			buf_addf(out, "Qualification: %s\n", degree);
		else if (s->t[COL_FIELD].s != NULL)
			buf_addf(out, "Field of study: %s\n", s->t[COL_FIELD].s);
		if (s->dates.n > 0)
			buf_addf(out, "Period: %s - %s\n", s->dates.v[0],
			    s->dates.n > 1 ? s->dates.v[s->dates.n - 1] : "");
	}
	for (size_t k = 0; k < COL_N; k++)
		buf_free(&s->t[k]);
	strlist_clear(&s->dates);
}

static void
school_cell(struct school *s, int kind, const struct fcell *c)
{
	char *t;

	if (kind != COL_DATES) {
		join_on(&s->t[kind], c->s, c->n);
		return;
	}
	t = xstrndup(c->s, c->n);
	for (char *w = strtok(t, " "); w != NULL; w = strtok(NULL, " "))
		if (date_word(w, strlen(w)))
			strlist_add(&s->dates, w);
	free(t);
}

/* One table of schools from its header row h; the row after it. */
static size_t
table_read(const struct frows *R, size_t h, struct buf *out)
{
	const struct frow *H = &R->v[h];
	struct school s;
	size_t i = h + 1;

	memset(&s, 0, sizeof s);
	/* the header's second row, nothing under the school's column */
	while (i < R->n && R->v[i].n > 0 && R->v[i].c[0].col > H->c[0].col + 2)
		i++;
	for (; i < R->n; i++) {
		const struct frow *r = &R->v[i];
		if (p11rec_foot(r))
			continue;
		if (p11rec_item(r) || header_row(r))
			break;
		if (r->n == 0)
			school_write(&s, out);
		for (size_t k = 0; k < r->n; k++) {
			size_t col = 0;
			for (size_t j = 0; j < H->n; j++)
				if (H->c[j].col <= r->c[k].col + 2)
					col = j;
			school_cell(&s, column_kind(&H->c[col]), &r->c[k]);
		}
	}
	school_write(&s, out);
	return i;
}

void
p11rec_schools(const struct frows *R, struct buf *out)
{
	int any = 0;

	for (size_t i = 0; i < R->n; i++) {
		if (!header_row(&R->v[i]))
			continue;
		if (!any)
			buf_adds(out, "\nEDUCATION\n");
		any = 1;
		i = table_read(R, i, out) - 1;
	}
}
