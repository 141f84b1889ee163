#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "edutable.h"
#include "names.h"
#include "pagecell.h"
#include "pages.h"
#include "parse.h"
#include "utf8.h"
#include "xalloc.h"

#define MAXCOL 400

void
pages_add(struct rawlines *R, char *s, int page)
{
	if (R->n == R->cap) {
		R->cap = R->cap ? R->cap * 2 : 128;
		R->v = xreallocarray(R->v, R->cap, sizeof *R->v);
	}
	R->v[R->n].s = s;
	R->v[R->n].page = page;
	R->n++;
}

void
pages_truncate(struct rawlines *R, size_t n)
{
	for (size_t i = n; i < R->n; i++)
		free(R->v[i].s);
	if (n < R->n)
		R->n = n;
}

void
pages_free(struct rawlines *R)
{
	pages_truncate(R, 0);
	free(R->v);
	R->v = NULL;
	R->cap = 0;
}

/* A line as columns: byte offset of each, and where its text lies. */
struct cols {
	int n;			/* columns, at most MAXCOL */
	int first, last;	/* of the nonblank ones, -1 if none */
	int too_wide;
	unsigned short off[MAXCOL + 1];
};

static void
cols_of(const char *s, struct cols *c)
{
	size_t len = strlen(s), i = 0;
	uint32_t cp;

	c->n = 0;
	c->first = c->last = -1;
	while (i < len && c->n < MAXCOL) {
		size_t k = utf8_decode(s + i, len - i, &cp);
		c->off[c->n] = (unsigned short)i;
		if (s[i] != ' ') {
			if (c->first < 0)
				c->first = c->n;
			c->last = c->n;
		}
		c->n++;
		i += k ? k : 1;
	}
	c->off[c->n] = (unsigned short)i;
	c->too_wide = i < len;
}

static int
occupied(const char *s, const struct cols *c, int x)
{
	return x >= 0 && x < c->n && s[c->off[x]] != ' ';
}

struct tally {
	int cross, straddle, left, right;
};

static void
tally_line(const char *s, const struct cols *l, int width, struct tally *t)
{
	for (int x = 8; x < width; x++) {
		if (l->too_wide || occupied(s, l, x - 1) || occupied(s, l, x))
			t[x].cross++;
		else if (l->first < x - 1 && l->last > x)
			t[x].straddle++;
		else if (l->last < x - 1)
			t[x].left++;
		else
			t[x].right++;
	}
}

static int wide_gap(const char *);

/* Where the lines of the page [from, to) below its head begin: after the
 * lines at the top with no wide gap in them, eight at most, each at the
 * page's left edge, when a line with one follows; else from. */
static size_t
page_head(const struct rawlines *R, size_t from, size_t to)
{
	size_t i = from, seen = 0;

	for (; i < to && !wide_gap(R->v[i].s); i++) {
		size_t lead = strspn(R->v[i].s, " ");
		if (R->v[i].s[lead] != '\0' && lead > 4)
			return from;	/* a column's line, set in */
		seen += R->v[i].s[lead] != '\0';
	}
	return i < to && seen <= 8 ? i : from;
}

/* Where the gutter of a page's lines [from, to) is, or -1: a column no
 * line (or hardly one) crosses, with text on both sides of it on many
 * lines, and each side holding text on a good part of the page. */
static int
gutter(const struct rawlines *R, size_t from, size_t to, const struct cols *c, int lo,
    int share)
{
	struct tally t[MAXCOL];
	int width = 0, nonblank = 0, best = -1, bestval = 0, most;
	size_t head;

	memset(t, 0, sizeof t);
	/* the name, headline and summary across the page's top, over the
	 * two columns, cross no gutter of theirs */
	head = page_head(R, from, to);
	c += head - from;
	from = head;
	for (size_t i = from; i < to; i++)
		if (c[i - from].first >= 0) {
			nonblank++;
			width = c[i - from].n > width ? c[i - from].n : width;
		}
	if (nonblank < 6)
		return -1;
	for (size_t i = from; i < to; i++)
		if (c[i - from].first >= 0)
			tally_line(R->v[i].s, &c[i - from], width, t);
	most = nonblank / 10 > 1 ? nonblank / 10 : 1;
	for (int x = lo > 8 ? lo : 8; x < width - 8; x++) {
		const struct tally *k = &t[x];
		if (k->cross > most || k->straddle < (nonblank / 6 > 3 ? nonblank / 6 : 3) ||
		    (k->straddle + k->left) * 10 < nonblank * share ||
		    (k->straddle + k->right) * 10 < nonblank * share)
			continue;
		/* fewest lines crossing it first, then most lines on both sides */
		if (best < 0 || k->cross < t[best].cross ||
		    (k->cross == t[best].cross && k->straddle > bestval)) {
			bestval = k->straddle;
			best = x;
		}
	}
	return best;
}

/* Text to the right of a gutter that is only dates, figures, a word or
 * places: dates and places set flush right beside one column, not a
 * second column. */
static int
right_is_dates(const struct rawlines *R, size_t from, size_t to, const struct cols *c, int x)
{
	int n = 0, dates = 0;

	for (size_t i = from; i < to; i++) {
		const struct cols *l = &c[i - from];
		const char *r;
		if (l->first < 0 || l->first >= x - 1 || l->last <= x || x >= l->n)
			continue;
		r = R->v[i].s + l->off[x];
		while (*r == ' ')
			r++;
		n++;
		dates += pagecell_right(r);
	}
	return dates * 2 >= n;
}

static char *
trimmed(const char *s, size_t len)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	return xstrndup(s, len);
}

/* Text to the left of a gutter that is mostly dates ("Apr. 2017 – Sep.",
 * "2020"), or dates and labels ("seit 03/2019", "Anschrift", "Tel."), or a
 * table's labels of sections, each beside the first of its section's lines
 * and few ("Experience", "Skills"): a column of dates or labels before the
 * entries or values, not a column of its own.  A sidebar beside the text has its own wrapped lines, contact
 * details, lists: few of its lines are labels. */
static int
left_is_dates(const struct rawlines *R, size_t from, size_t to, const struct cols *c, int x)
{
	int n = 0, dates = 0, labels = 0, forms = 0, runs = 0, prev = 0;

	for (size_t i = from; i < to; i++) {
		const struct cols *l = &c[i - from];
		enum pagecell k;
		char *t, *d;
		if (l->first < 0)
			continue;
		if (l->first >= x - 1 || l->last <= x || x >= l->n ||
		    l->too_wide || occupied(R->v[i].s, l, x - 1) || occupied(R->v[i].s, l, x)) {
			prev = 0;
			continue;
		}
		runs += prev;
		prev = 1;
		t = trimmed(R->v[i].s, l->off[x]);
		/* a column of dates may be set flush right */
		d = t + strspn(t, " ");
		n++;
		k = pagecell_left(d);
		dates += k == PC_DATES;
		labels += k == PC_FORM || k == PC_LABEL;
		forms += k == PC_FORM;
		free(t);
	}
	/* a sidebar's list has a line for each item, one under the other; a
	 * form's labels too, but they are a form's, and it may ask what no
	 * other form asks ("State of Origin") */
	return (dates >= 3 && dates * 2 >= n) ||
	    (dates >= 2 && n >= 6 && (dates + labels) * 10 >= n * 9) ||
	    (labels >= 4 && (dates + labels) * 10 >= n * 9 && runs * 2 <= n) ||
	    (forms >= 3 && (dates + labels) * 4 >= n * 3);
}

static int
near_gap(const char *s, const struct cols *l, int x)
{
	for (int d = 0; d <= 6; d++)
		for (int sign = -1; sign <= 1; sign += 2) {
			int g = x + sign * d;
			if (g > 0 && !occupied(s, l, g - 1) && !occupied(s, l, g))
				return g;
		}
	return -1;
}

/* Whether s could be a heading: a word or two, capitalised, no stop. */
static int
heading_like(const char *s)
{
	int words = 1;

	if (!isupper((unsigned char)*s) || strpbrk(s, ".,:;|@()0123456789") != NULL)
		return 0;
	for (const char *p = s; *p != '\0'; p++)
		words += *p == ' ';
	return words <= 3;
}

/* A profile export's sidebar ("Contact", "Top Skills") left of the
 * person's name, headline and place at the top of the main column: the
 * lines of the main column up to its first heading, 0 if it starts with
 * no name. */
static int
words_in(const char *s)
{
	int n = 0;

	for (const char *p = s; *p != '\0'; p++)
		n += *p != ' ' && (p == s || p[-1] == ' ');
	return n;
}

static size_t
name_block(const struct rawlines *left, const struct rawlines *right)
{
	size_t i = 0, j = 0;

	const char *name;

	while (i < right->n && right->v[i].s[strspn(right->v[i].s, " ")] == '\0')
		i++;
	while (j < left->n && left->v[j].s[strspn(left->v[j].s, " ")] == '\0')
		j++;
	if (i == right->n || j == left->n)
		return 0;
	name = right->v[i].s + strspn(right->v[i].s, " ");
	if (!heading_like(left->v[j].s + strspn(left->v[j].s, " ")) || !names_like(name) ||
	    strchr(name, ' ') == NULL)
		return 0;
	/* "PERFIL PROFESIONAL" over a paragraph: a heading, no name */
	for (size_t k = i + 1; k < right->n && k < i + 3; k++)
		if (words_in(right->v[k].s) > 8)
			return 0;
	for (i++; i < right->n; i++) {
		const char *s = right->v[i].s + strspn(right->v[i].s, " ");
		const char *before = right->v[i - 1].s + strspn(right->v[i - 1].s, " ");
		if (*s != '\0' && *before == '\0' && heading_like(s))
			return i;
	}
	return 0;
}

/* A later page whose main column goes on from the page before ("• ...
 * per mail," over its wrapped line, then the next role) beside a sidebar
 * that opens with a heading ("TALEN"): the main column's lines up to its
 * first heading after a blank, read before the sidebar; 0 if none. */
static size_t
carried_on(const struct rawlines *left, const struct rawlines *right)
{
	size_t j = 0, text = 0;

	while (j < left->n && left->v[j].s[strspn(left->v[j].s, " ")] == '\0')
		j++;
	if (j == left->n || !heading_like(left->v[j].s + strspn(left->v[j].s, " ")))
		return 0;
	for (size_t i = 0; i < right->n; i++) {
		const char *s = right->v[i].s + strspn(right->v[i].s, " ");
		if (*s == '\0')
			continue;
		if (heading_like(s) && parse_all_caps(s) &&
		    (i == 0 || right->v[i - 1].s[strspn(right->v[i - 1].s, " ")] == '\0'))
			return text > 0 ? i : 0;
		text++;
	}
	return text > 0 ? right->n : 0;
}

/* The two columns read so far, left then right; first when they are the
 * page's first. */
static void
flush(struct rawlines *left, struct rawlines *right, struct rawlines *out, int page,
    int first)
{
	size_t top = page == 0 ? name_block(left, right) : first ? carried_on(left, right) : 0;

	for (size_t i = 0; i < top; i++)
		if (right->v[i].s[strspn(right->v[i].s, " ")] != '\0')
			pages_add(out, right->v[i].s, page);
		else
			free(right->v[i].s);
	if (top > 0) {
		pages_add(out, xstrdup(""), page);
		memmove(right->v, right->v + top, (right->n - top) * sizeof right->v[0]);
		right->n -= top;
	}
	for (size_t i = 0; i < left->n; i++)
		pages_add(out, left->v[i].s, page);
	if (left->n > 0 && right->n > 0)
		pages_add(out, xstrdup(""), page);
	for (size_t i = 0; i < right->n; i++)
		pages_add(out, right->v[i].s, page);
	left->n = right->n = 0;
}

/* "JONAS WETTERAUER" centred over both columns, crossing the gutter but
 * with nothing in the left column: a header of the page. */
static int
centred(const char *s, const struct cols *l, int x)
{
	int g = l->too_wide ? -1 : near_gap(s, l, x);

	return (occupied(s, l, x - 1) || occupied(s, l, x)) && g >= 0 && l->first >= g;
}

/* Whether s, where a line would be cut, opens with a separator of parts
 * ("| +27 82 ..."). */
static int
bar_at(const char *s)
{
	s += strspn(s, " ");
	return s[0] == '|' && s[1] == ' ';
}

/* "Ingénieur Agronome" over "Chef de projet ..." right of the gutter,
 * a blank under the name and the left column not begun: the headline, when
 * a heading in capitals ("PROFIL") comes after it; how many lines. */
static size_t
headline_block(const struct rawlines *R, size_t from, size_t to, const struct cols *c, int x)
{
	size_t n = 0;

	while (from + n < to && c[n].first >= x - 1 && !parse_all_caps(R->v[from + n].s +
	    strspn(R->v[from + n].s, " ")))
		n++;
	if (n == 0 || n > 3)
		return 0;
	for (size_t i = from + n; i < to; i++) {
		if (c[i - from].first < 0)
			continue;
		return c[i - from].first >= x - 1 &&
		    parse_all_caps(R->v[i].s + strspn(R->v[i].s, " ")) ? n : 0;
	}
	return 0;
}

static void
split_page(const struct rawlines *R, size_t from, size_t to, const struct cols *c, int x,
    struct rawlines *out)
{
	struct rawlines left = { NULL, 0, 0 }, right = { NULL, 0, 0 };
	int page = R->v[from].page, first = 1;

	/* "Lorena Castro Rincón<gap>Hoja de vida" atop a later page, a
	 * blank under it: the page's running header, across both columns
	 * (not two headings side by side, "INTERESSEN<gap>AUSBILDUNG") */
	for (; page > 0 && from < to && c[0].first < 0; from++, c++)
		pages_add(out, xstrdup(R->v[from].s), page);
	if (page > 0 && from + 1 < to && c[0].first < x - 1 && c[0].last > x &&
	    c[1].first < 0 && !parse_all_caps(R->v[from].s)) {
		pages_add(out, xstrdup(R->v[from].s), page);
		from++;
		c++;
	}

	/* what stands above the left column (a centred name, a headline) is
	 * read first and whole; after a blank line, what stands there right
	 * of the gutter ("BERUFSERFAHRUNG" over its first role) begins the
	 * right column */
	for (int blank = 0, seen = 0, told = 0; from < to && (c[0].first < 0 ||
	    c[0].first >= x - 1 || (!blank && centred(R->v[from].s, &c[0], x))); from++, c++) {
		/* ...but a headline right under the name stays with it */
		int under = !seen && from + 1 < to && c[0].first >= x - 1 && c[1].first >= 0 &&
		    c[1].first < x - 1 && !centred(R->v[from + 1].s, &c[1], x);
		size_t h;
		blank |= seen && c[0].first < 0;
		seen |= c[0].first >= 0;
		/* ...and so does one a blank under it, before the first heading */
		if (blank && !told && right.n == 0 && c[0].first >= 0 &&
		    (h = headline_block(R, from, to, c, x)) > 0) {
			for (size_t k = 0; k < h; k++)
				pages_add(out, xstrdup(R->v[from + k].s), page);
			from += h - 1;
			c += h - 1;
			told = 1;
			continue;
		}
		told |= c[0].first >= 0 && blank;
		/* "PERFIL PROFESIONAL" right of the gutter with the left
		 * column's first line right under it: the right column's
		 * heading, no line above both */
		if ((blank || under) && (c[0].first >= 0 || right.n > 0))
			pages_add(&right, xstrdup(c[0].first >= 0 ? R->v[from].s + c[0].off[x - 1] :
			    ""), page);
		else
			pages_add(out, xstrdup(R->v[from].s), page);
	}
	for (size_t i = from; i < to; i++) {
		const struct cols *l = &c[i - from];
		const char *s = R->v[i].s;
		int g = x;
		if (l->first < 0) {
			pages_add(&left, xstrdup(""), page);
			pages_add(&right, xstrdup(""), page);
			continue;
		}
		if (l->too_wide || occupied(s, l, x - 1) || occupied(s, l, x))
			g = l->too_wide ? -1 : near_gap(s, l, x);
		/* "mail   |   phone   |   town": one row, its parts set apart */
		if (g >= 0 && g < l->n && bar_at(s + l->off[g]))
			g = -1;
		if (g < 0) {
			flush(&left, &right, out, page, first);
			first = 0;
			pages_add(out, xstrdup(s), page);
			continue;
		}
		pages_add(&left, trimmed(s, g < l->n ? l->off[g] : strlen(s)), page);
		pages_add(&right, xstrdup(g < l->n ? s + l->off[g] : ""), page);
	}
	flush(&left, &right, out, page, first);
	free(left.v);
	free(right.v);
}

/* Only pages with several wide gaps inside lines can have two columns;
 * fewer will do (least) beside a sidebar carried on from the page before. */
static int
worth_trying(const struct rawlines *R, size_t from, size_t to, int least)
{
	int gaps = 0;

	if (to - from > 3000)
		return 0;
	for (size_t i = from; i < to; i++) {
		const char *s = R->v[i].s, *g;
		while (*s == ' ')
			s++;
		g = strstr(s, "   ");
		gaps += g != NULL && g[strspn(g, " ")] != '\0';
	}
	return gaps >= least;
}

static int
wide_gap(const char *s)
{
	const char *g;

	s += strspn(s, " ");
	g = strstr(s, "   ");
	return g != NULL && g[strspn(g, " ")] != '\0';
}

/*
 * A web page's sidebar beside the top of its main column ("Contact",
 * "Links" to the left of the appointments), dumped by w3m: the two
 * columns share only the lines at the top, and the main column goes on
 * alone below, so the whole page shows no gutter.  The block of lines
 * with wide gaps that starts near the top is tried on its own; *a and *b
 * are its bounds.
 */
static int
sidebar_block(const struct rawlines *R, size_t from, size_t to, const struct cols *c,
    size_t *a, size_t *b)
{
	size_t seen = 0, without = 0, i;
	int x;

	for (i = from; i < to && !wide_gap(R->v[i].s); i++)
		seen += R->v[i].s[0] != '\0';
	if (i == to || seen > 6)
		return -1;
	*a = *b = i;
	for (; i < to && without <= 3; i++) {
		if (wide_gap(R->v[i].s)) {
			*b = i + 1;
			without = 0;
		} else
			without += R->v[i].s[0] != '\0';
	}
	x = gutter(R, *a, *b, c + (*a - from), 0, 3);
	if (x >= 0 && (right_is_dates(R, *a, *b, c + (*a - from), x) ||
	    left_is_dates(R, *a, *b, c + (*a - from), x)))
		x = -1;
	return x;
}

/* The gutter between two columns of text.  A column of dates or places
 * set flush right beside the main column ("04/2019 - Present<gap>
 * Birmingham") is no second column, but a sidebar may stand further
 * right still, beside only the top of the page: the gutters right of a
 * rejected one are tried too, a fifth of the lines on each side enough. */
static int
page_gutter(const struct rawlines *R, size_t from, size_t to, const struct cols *c)
{
	int x = gutter(R, from, to, c, 0, 3);

	for (int tries = 0; x >= 0 && tries < 4; tries++) {
		if (!right_is_dates(R, from, to, c, x) && !left_is_dates(R, from, to, c, x))
			return x;
		x = gutter(R, from, to, c, x + 2, 2);
	}
	return -1;
}

/* Whether a line of the page heads a table of schools ("Qualification
 * Board/University  Institute  Year of Passing"): its columns are a
 * table's, no page's. */
int
pages_table_head(const struct rawlines *R, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		struct buf b = BUF_INIT;
		const char *gap = strstr(R->v[i].s, "  ");
		int is;
		/* a header's first cell names a column: most lines are none */
		if (gap == NULL || gap - R->v[i].s > 24 || !isalpha((unsigned char)R->v[i].s[0]) ||
		    !edutable_column(R->v[i].s, (size_t)(gap - R->v[i].s)))
			continue;
		for (const char *p = R->v[i].s; *p != '\0'; p++) {
			if (*p == '\t' || (p[0] == ' ' && p[1] == ' ')) {
				p += strspn(p, " \t") - 1;
				if (b.len > 0)
					buf_addc(&b, '\t');
			} else
				buf_addc(&b, *p);
		}
		is = b.len > 0 && edutable_header(buf_str(&b));
		buf_free(&b);
		if (is)
			return 1;
	}
	return 0;
}

/* A line of prose across the whole page: long, no gap inside. */
static int
full_width(const char *s)
{
	s += strspn(s, " ");
	return strlen(s) >= 60 && !wide_gap(s);
}

/*
 * Where a paragraph across both columns at the foot of a page begins (a
 * consent to the processing of one's data under the two columns), or
 * to if there is none: two or more such lines after a blank one, with at
 * most a footer's line or two below them.  Its lines cross any gutter.
 */
static size_t
wide_foot(const struct rawlines *R, size_t from, size_t to)
{
	size_t i = to, end, other = 0;

	while (i > from && (R->v[i - 1].s[0] == '\0' || !full_width(R->v[i - 1].s))) {
		other += R->v[i - 1].s[0] != '\0';
		if (other > 2)
			return to;
		i--;
	}
	end = i;
	while (i > from && full_width(R->v[i - 1].s))
		i--;
	if (end - i < 2 || i == from || R->v[i - 1].s[strspn(R->v[i - 1].s, " ")] != '\0' ||
	    (i - from) * 3 < (to - from))
		return to;
	return i;
}

/* The gutter x of the page before, if this page's lines keep to it: a
 * sidebar that goes on over a page with only a few lines ("INTERESSEN"
 * and its two beside the schools), too few for a gutter of their own.
 * Hardly a line crosses x, and two or more have text left of it. */
static int
carried_gutter(const struct rawlines *R, size_t from, size_t to, const struct cols *c, int x)
{
	int nonblank = 0, cross = 0, left = 0;

	if (x < 0)
		return -1;
	for (size_t i = from; i < to; i++) {
		const struct cols *l = &c[i - from];
		if (l->first < 0)
			continue;
		nonblank++;
		if (l->too_wide || occupied(R->v[i].s, l, x - 1) || occupied(R->v[i].s, l, x))
			cross++;
		else if (l->first < x - 1)
			left++;
	}
	return nonblank >= 6 && cross * 10 <= nonblank && left >= 2 ? x : -1;
}

static void
columns_page(struct rawlines *R, size_t from, size_t to, struct rawlines *out, int paged,
    int *last_x)
{
	struct cols *c = NULL;
	int x = -1, bx = -1;
	size_t a = from, b = from, foot = to;

	if (worth_trying(R, from, to, *last_x >= 0 ? 3 : 4) && !pages_table_head(R, from, to)) {
		c = xcalloc(to - from, sizeof *c);
		for (size_t i = from; i < to; i++)
			cols_of(R->v[i].s, &c[i - from]);
		x = page_gutter(R, from, to, c);
		if (x < 0 && (foot = wide_foot(R, from, to)) < to)
			x = page_gutter(R, from, foot, c);
		/* the sidebar's gutter kept, not the dates' column right of it */
		if ((x < 0 || x > *last_x + 4) && foot == to &&
		    carried_gutter(R, from, to, c, *last_x) >= 0)
			x = *last_x;
		if (x < 0) {
			foot = to;
			if (!paged)
				bx = sidebar_block(R, from, to, c, &a, &b);
		}
	}
	*last_x = x;
	if (x >= 0) {
		split_page(R, from, foot, c, x, out);
		for (size_t i = foot; i < to; i++)
			pages_add(out, xstrdup(R->v[i].s), R->v[i].page);
	}
	else if (bx >= 0) {
		for (size_t i = from; i < a; i++)
			pages_add(out, xstrdup(R->v[i].s), R->v[i].page);
		split_page(R, a, b, c + (a - from), bx, out);
		/* the main column goes on alone, where it stood */
		for (size_t i = b; i < to; i++) {
			const struct cols *l = &c[i - from];
			if (l->first >= 0 && l->first < bx - 1)
				bx = INT_MAX;
			pages_add(out, xstrdup(bx < l->n ? R->v[i].s + l->off[bx] : R->v[i].s),
			    R->v[i].page);
		}
	} else
		for (size_t i = from; i < to; i++)
			pages_add(out, xstrdup(R->v[i].s), R->v[i].page);
	free(c);
}

void
pages_columns(struct rawlines *R)
{
	struct rawlines out = { NULL, 0, 0 };
	size_t from = 0;

	int paged = R->n > 0 && R->v[R->n - 1].page > 0, last_x = -1;

	for (size_t i = 1; i <= R->n; i++)
		if (i == R->n || R->v[i].page != R->v[from].page) {
			columns_page(R, from, i, &out, paged, &last_x);
			from = i;
		}
	pages_free(R);
	*R = out;
}
