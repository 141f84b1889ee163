#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../src/date.h"
#include "../src/xalloc.h"
#include "draw.h"
#include "list_row.h"
#include "theme.h"

/* Widths of the columns at a width; 0 hides one.  The headline takes what
 * is left, and the columns go in the order they matter least. */
struct cols {
	int name, label, company, location, years, tags;
};

#define ROW_MARKS 4	/* ">*N " */

/* An element's attribute on this row: under the cursor or not. */
static attr_t
row_attr(const struct row_style *st, attr_t a)
{
	return st->selected ? theme_cursor(a) : a;
}

/* With list.plain the cursor's arrow, "N" and the names are plain text:
 * an attribute change costs more bytes on the way to the terminal than the
 * letters it frames, and each row that scrolls in pays for it. */
static attr_t
row_el(const struct row_style *st, enum el e)
{
	if (st->plain && (e == EL_NAME || e == EL_UNSEEN || e == EL_CURSOR))
		e = EL_DEFAULT;
	return e == EL_CURSOR ? theme(e) : row_attr(st, theme(e));
}

static int
clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static void
row_layout(int w, struct cols *c)
{
	int comp = w >= 56, loc = w >= 80, tags = 1;
	int avail = w - ROW_MARKS - 5 - 2 - comp - loc;
	int weight = 18 + 26 + 17 * comp + 13 * loc + 12 * tags;

	c->years = 4;
	c->name = clamp(avail * 18 / weight, 10, 28);
	c->company = comp ? clamp(avail * 17 / weight, 8, 26) : 0;
	c->location = loc ? clamp(avail * 13 / weight, 8, 22) : 0;
	c->tags = tags ? clamp(avail * 12 / weight, 6, 24) : 0;
	c->label = avail - c->name - c->company - c->location - c->tags;
	if (c->label < 0)
		c->label = 0;
}

static void
row_years(int months, char *out, size_t size)
{
	if (months <= 0)
		snprintf(out, size, "-");
	else
		snprintf(out, size, "%.1f", months / 12.0);
}

/* A cell: text then spaces to w, plus the gap after it. */
static int
row_cell(int y, int x, int w, const char *s, attr_t a, attr_t fill, attr_t hl,
    const struct strlist *words)
{
	int used;

	if (w <= 0)
		return x;
	used = words != NULL ? draw_text_hl(y, x, w, s != NULL ? s : "", a, hl, words) :
	    draw_text(y, x, w, s != NULL ? s : "", a);
	draw_fill(y, x + used, w - used + 1, fill);
	return x + w + 1;
}

static int
row_tags(const struct row_style *st, int y, int x, int w, const char *tags)
{
	const char *s = tags != NULL ? tags : "";
	attr_t base = row_attr(st, theme(EL_DEFAULT));
	int used = 0;

	while (*s != '\0' && used < w) {
		size_t n = strcspn(s, " ");
		char *t = xstrndup(s, n);
		if (used > 0)
			draw_fill(y, x + used++, 1, base);
		used += draw_text(y, x + used, w - used, t, row_attr(st, theme_tag_named(t)));
		free(t);
		s += n + (s[n] == ' ');
	}
	draw_fill(y, x + used, w - used, base);
	return used;
}

/* The cursor's arrow (in the cursor's colours, so a move redraws that one
 * cell), the mark, and "N" for not yet seen by me.  A blank takes the
 * attribute of what follows it where that looks the same, so "N" and a bold
 * name go out in one run: an attribute change costs more bytes than the
 * letters it frames. */
static void
row_marks(const struct row *r, const struct row_style *st, int y, int x)
{
	attr_t base = row_attr(st, theme(EL_DEFAULT));
	attr_t name = row_el(st, EL_NAME);
	attr_t unseen = r->seen ? theme_blank(name, base) : row_el(st, EL_UNSEEN);
	attr_t mark = st->marked ? row_attr(st, theme(EL_MARK)) : theme_blank(unseen, base);

	draw_text(y, x, 1, st->selected ? glyph(G_CURSOR) : " ", st->selected ?
	    row_el(st, EL_CURSOR) : base);
	draw_text(y, x + 1, 1, st->marked ? "*" : " ", mark);
	draw_text(y, x + 2, 1, r->seen ? " " : "N", r->seen ? theme_blank(name, base) : unseen);
	draw_fill(y, x + 3, 1, theme_blank(name, base));
}

void
row_draw(const struct row *r, const struct row_style *st, int y, int x, int w)
{
	struct cols c;
	attr_t base = row_attr(st, theme(EL_DEFAULT)), hl = row_attr(st, theme(EL_MATCH));
	char years[16];
	int end = x + w, yw;

	row_layout(w, &c);
	row_years(r->months, years, sizeof years);
	yw = draw_width(years);
	row_marks(r, st, y, x);
	x += ROW_MARKS;
	x = row_cell(y, x, c.name, r->name, row_el(st, EL_NAME), base, hl, st->words);
	x = row_cell(y, x, c.label, r->label, base, base, hl, st->words);
	x = row_cell(y, x, c.company, r->company, base, base, hl, st->words);
	x = row_cell(y, x, c.location, r->location, base, base, hl, st->words);
	draw_fill(y, x, c.years - yw, base);
	x = row_cell(y, x + c.years - yw, yw, years, base, base, hl, NULL);
	if (c.tags > 0) {
		row_tags(st, y, x, c.tags, r->tags);
		x += c.tags;
	}
	draw_fill(y, x, end - x, base);
}

static void
row_line(struct buf *b, const char *part)
{
	if (part == NULL || *part == '\0')
		return;
	if (b->len > 0)
		buf_addf(b, " %s ", glyph(G_SEP));
	buf_adds(b, part);
}

/* name  headline ........ tags */
static void
row_dense_top(const struct row *r, const struct row_style *st, int y, int x, int w)
{
	attr_t base = row_attr(st, theme(EL_DEFAULT)), hl = row_attr(st, theme(EL_MATCH));
	int tw = w / 3, used;

	used = draw_text_hl(y, x, w - tw, r->name, row_el(st, EL_NAME), hl,
	    st->words);
	if (r->label != NULL && used + 3 < w - tw) {
		draw_fill(y, x + used, 2, base);
		used += 2 + draw_text_hl(y, x + used + 2, w - tw - used - 2, r->label, base, hl,
		    st->words);
	}
	draw_fill(y, x + used, w - used - tw, base);
	row_tags(st, y, x + w - tw, tw, r->tags);
}

void
row_draw_dense(const struct row *r, const struct row_style *st, int y, int x, int w)
{
	attr_t base = row_attr(st, theme(EL_DEFAULT));
	struct buf b = BUF_INIT;
	char years[24], when[24];
	time_t t = (time_t)r->created;

	row_marks(r, st, y, x);
	row_dense_top(r, st, y, x + ROW_MARKS, w - ROW_MARKS);
	date_span_format(r->months, years, sizeof years);
	if (r->title != NULL && r->company != NULL)
		buf_addf(&b, "%s at %s", r->title, r->company);
	else
		row_line(&b, r->title != NULL ? r->title : r->company);
	row_line(&b, r->location);
	row_line(&b, r->months > 0 ? years : NULL);
	draw_fill(y + 1, x, ROW_MARKS, base);
	draw_field(y + 1, x + ROW_MARKS, w - ROW_MARKS, buf_str(&b), base);
	strftime(when, sizeof when, "%Y-%m-%d", localtime(&t));
	buf_reset(&b);
	buf_addf(&b, "#%lld %s imported %s", r->id, glyph(G_SEP), when);
	draw_fill(y + 2, x, ROW_MARKS, base);
	draw_field(y + 2, x + ROW_MARKS, w - ROW_MARKS, buf_str(&b), row_attr(st,
	    theme(EL_DIM)));
	buf_free(&b);
}

void
row_header(int y, int x, int w, const char *name_arrow, const char *years_arrow)
{
	struct cols c;
	attr_t a = theme(EL_HEADER);
	char name[32], yrs[16];
	int x0 = x;

	row_layout(w, &c);
	snprintf(name, sizeof name, "Name%s", name_arrow != NULL ? name_arrow : "");
	snprintf(yrs, sizeof yrs, "%sYrs", years_arrow != NULL ? years_arrow : "");
	draw_fill(y, x, ROW_MARKS, a);
	x += ROW_MARKS;
	x = row_cell(y, x, c.name, name, a, a, a, NULL);
	x = row_cell(y, x, c.label, "Headline", a, a, a, NULL);
	x = row_cell(y, x, c.company, "Company", a, a, a, NULL);
	x = row_cell(y, x, c.location, "Location", a, a, a, NULL);
	draw_fill(y, x, c.years - draw_width(yrs), a);
	x = row_cell(y, x + c.years - draw_width(yrs), draw_width(yrs), yrs, a, a, a, NULL);
	if (c.tags > 0)
		draw_field(y, x, w - (x - x0), "Tags", a);
	else
		draw_fill(y, x, w - (x - x0), a);
}
