#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../src/card.h"
#include "../src/xalloc.h"
#include "draw.h"
#include "theme.h"
#include "timeline.h"

#define TL_MAX_LANES 8

/* floor() without libm */
static int
tl_floor(double v)
{
	int i = (int)v;

	return v < i ? i - 1 : i;
}

static char *
tl_dates(const char *start, const char *end)
{
	char a[24], b[24];

	card_date(start, a, sizeof a);
	card_date(end, b, sizeof b);
	return start != NULL ? xprintf("%s %s %s", a, "\xe2\x80\x93", b) : xstrdup(b);
}

/* An entry with a start runs to its end (or now); one with only an end is a
 * month's mark at it, so a degree dated by its year still shows; one with no
 * date is kept for the list under the chart, in no lane. */
static void
tl_add(struct tl *t, enum tl_kind kind, const char *start, const char *end,
    struct ym as_of, const char *name, const char *what)
{
	struct tl_bar *b;
	struct ym e;
	int from = INT_MIN, to = INT_MIN, dated = 1;

	if (career_interval(start, end, as_of, &from, &to) != 0) {
		if (start == NULL && end != NULL && date_iso_parse(end, &e) == 0) {
			from = date_index(e);
			to = from + 1;
		} else
			dated = 0, from = to = INT_MIN;
	}
	t->v = xreallocarray(t->v, t->n + 1, sizeof *t->v);
	b = &t->v[t->n++];
	memset(b, 0, sizeof *b);
	b->from = from;
	b->to = to;
	b->kind = kind;
	b->lane = dated ? 0 : -1;
	b->ongoing = start != NULL && end == NULL;
	b->name = xstrdup(name != NULL ? name : "");
	b->what = what != NULL ? xstrdup(what) : NULL;
	b->dates = dated ? tl_dates(start, end) : xstrdup("no dates");
	if (dated && from < t->first)
		t->first = from;
	if (dated && to > t->last)
		t->last = to;
}

static int
bar_cmp(const void *x, const void *y)
{
	const struct tl_bar *a = x, *b = y;

	if (a->kind != b->kind)
		return (int)a->kind - (int)b->kind;
	if (a->from != b->from)
		return (a->from > b->from) - (a->from < b->from);
	return (a->to < b->to) - (a->to > b->to);
}

/* First-fit: each bar goes in the first lane free by its start. */
static void
tl_lanes(struct tl *t, enum tl_kind kind)
{
	int ends[TL_MAX_LANES], n = 0;

	for (size_t i = 0; i < t->n; i++) {
		struct tl_bar *b = &t->v[i];
		int l = 0;
		if (b->kind != kind || b->lane < 0)
			continue;
		while (l < n && ends[l] > b->from)
			l++;
		if (l == TL_MAX_LANES)
			l = TL_MAX_LANES - 1;
		else if (l == n)
			ends[n++] = INT_MIN;
		if (b->to > ends[l])
			ends[l] = b->to;
		b->lane = l;
	}
	t->lanes[kind] = n;
}

static void
tl_groups(struct tl *t)
{
	int next = 0;

	for (size_t i = 0; i < t->n; i++) {
		t->v[i].group = next;
		for (size_t j = 0; j < i; j++)
			if (t->v[j].kind == t->v[i].kind &&
			    strcasecmp(t->v[j].name, t->v[i].name) == 0) {
				t->v[i].group = t->v[j].group;
				t->v[i].again = t->v[i].what != NULL;
				break;
			}
		if (t->v[i].group == next)
			next++;
	}
}

void
tl_build(struct tl *t, const struct profile *p)
{
	struct ym as_of = career_as_of(p);

	memset(t, 0, sizeof *t);
	t->now = date_index(as_of);
	t->first = INT_MAX;
	t->last = INT_MIN;
	career_compute(p, &t->k);
	for (size_t i = 0; i < p->nwork; i++) {
		const struct work *w = &p->work[i];
		tl_add(t, TL_WORK, w->start, w->end, as_of, w->name, w->position);
	}
	for (size_t i = 0; i < p->neducation; i++) {
		const struct education *e = &p->education[i];
		char *what = e->study_type != NULL && e->area != NULL ?
		    xprintf("%s %s", e->study_type, e->area) :
		    xstrdup(e->study_type != NULL ? e->study_type : e->area != NULL ? e->area : "");
		tl_add(t, TL_EDU, e->start, e->end, as_of, e->institution, *what ? what : NULL);
		free(what);
	}
	if (t->n > 0)
		qsort(t->v, t->n, sizeof *t->v, bar_cmp);
	tl_lanes(t, TL_WORK);
	tl_lanes(t, TL_EDU);
	tl_groups(t);
}

void
tl_free(struct tl *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].name);
		free(t->v[i].what);
		free(t->v[i].dates);
	}
	free(t->v);
	career_free(&t->k);
	memset(t, 0, sizeof *t);
}

void
tl_axis_fit(struct tl_axis *ax, int first, int last, int w)
{
	double span, pad;

	if (first > last)
		first = last;
	span = last - first < 24 ? 24 : last - first;
	pad = span / 40 + 1;
	ax->w = w > 1 ? w : 1;
	ax->mpc = (span + 2 * pad) / ax->w;
	ax->fit = ax->mpc;
	ax->from = first - pad;
}

void
tl_axis_zoom(struct tl_axis *ax, int zoom, int first, int last)
{
	double center = ax->from + ax->w * ax->mpc / 2, mpc;

	if (zoom == 0) {
		tl_axis_fit(ax, first, last, ax->w);
		return;
	}
	mpc = zoom > 0 ? ax->mpc / 2 : ax->mpc * 2;
	if (mpc < 1.0 / 8)
		mpc = 1.0 / 8;
	if (mpc > ax->fit * 4)
		mpc = ax->fit * 4;
	ax->mpc = mpc;
	ax->from = center - ax->w * mpc / 2;
}

void
tl_axis_pan(struct tl_axis *ax, int dir)
{
	double step = ax->w * ax->mpc / 4;

	ax->from += dir * (step < 1 ? 1 : step);
}

int
tl_axis_col(const struct tl_axis *ax, int month)
{
	double c = (month - ax->from) / ax->mpc;

	return c < -1 ? -1 : c > ax->w ? ax->w : tl_floor(c);
}

static void
tl_axis_months(const struct tl_axis *ax, int y, int x, int year, int *free_from)
{
	static const char *const q[] = { "Apr", "Jul", "Oct" };

	for (int i = 0; i < 3; i++) {
		int c = tl_axis_col(ax, year * 12 + 3 * (i + 1));
		if (c < *free_from || c + 3 > ax->w)
			continue;
		draw_text(y, x + c, 3, q[i], theme(EL_DIM));
		*free_from = c + 4;
	}
}

void
tl_draw_axis(const struct tl_axis *ax, int y, int x, int now)
{
	static const int steps[] = { 1, 2, 5, 10, 20, 50, 100 };
	double cpy = 12 / ax->mpc;
	int step = 100, first = tl_floor(ax->from / 12), last;
	int free_from = 0, c;

	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
		if (steps[i] * cpy >= 6) {
			step = steps[i];
			break;
		}
	last = (int)((ax->from + ax->w * ax->mpc) / 12) + 1;
	draw_fill(y, x, ax->w, theme(EL_DEFAULT));
	draw_repeat(y + 1, x, ax->w, glyph(G_HLINE), theme(EL_AXIS));
	for (int yr = first - first % step; yr <= last; yr += step) {
		char label[8];
		if ((c = tl_axis_col(ax, yr * 12)) >= 0 && c < ax->w)
			draw_text(y + 1, x + c, 1, glyph(G_TICK), theme(EL_AXIS));
		snprintf(label, sizeof label, "%d", yr);
		if (c >= free_from && c >= 0 && c + 4 <= ax->w) {
			draw_text(y, x + c, 4, label, theme(EL_AXIS) | A_BOLD);
			free_from = c + 5;
		}
		if (cpy >= 48)
			tl_axis_months(ax, y, x, yr, &free_from);
	}
	if ((c = tl_axis_col(ax, now)) >= 0 && c < ax->w)
		draw_text(y + 1, x + c, 1, glyph(G_VLINE), theme(EL_PRESENT));
}

/* Inside the bar if it fits, else beside it (up to limit), else cut.  A
 * later role at the same company says its position, not the company again. */
static void
tl_label(const struct tl_bar *b, int y, int x, int v0, int v1, int limit, attr_t a,
    char *occ)
{
	const char *head = b->again ? b->what : b->name;
	char *full = b->what != NULL && !b->again ?
	    xprintf("%s %s %s", b->name, glyph(G_SEP), b->what) : xstrdup(head);
	int inside = v1 - v0 - 2, room = limit - v1 - 1, hw = draw_width(head);
	const char *text = draw_width(full) <= inside ? full : head;

	if (draw_width(text) <= inside)
		draw_text(y, x + v0 + 1, inside, text, a);
	else if (room >= 4 && room >= (hw < 8 ? hw : 8)) {
		text = draw_width(full) <= room ? full : head;
		int used = draw_text(y, x + v1 + 1, room, text, theme(EL_DEFAULT));
		memset(occ + v1, 1, (size_t)used + 1);
	} else if (inside >= 3)
		draw_text(y, x + v0 + 1, inside, head, a);
	free(full);
}

static void
tl_draw_bar(const struct tl_axis *ax, const struct tl_bar *b, int limit, int y, int x,
    char *occ)
{
	int c0 = tl_axis_col(ax, b->from), c1 = tl_axis_col(ax, b->to), v0, v1;
	attr_t a = theme(b->kind == TL_EDU ? EL_BAR_EDU : b->group % 2 ? EL_BAR_ALT : EL_BAR);

	if (c1 <= c0)
		c1 = c0 + 1;
	if (c1 <= 0 || c0 >= ax->w)
		return;
	v0 = c0 < 0 ? 0 : c0;
	v1 = c1 > ax->w ? ax->w : c1;
	draw_fill(y, x + v0, v1 - v0, a);
	memset(occ + v0, 1, (size_t)(v1 - v0));
	tl_label(b, y, x, v0, v1, limit, a, occ);
	if (b->ongoing && c1 <= ax->w && c1 - 1 > v0)
		draw_text(y, x + c1 - 1, 1, glyph(G_ONGOING), a);
}

static void
tl_present(const struct tl_axis *ax, int now, int y, int x, const char *occ)
{
	int c = tl_axis_col(ax, now);

	if (c >= 0 && c < ax->w && !occ[c])
		draw_text(y, x + c, 1, glyph(G_VLINE), theme(EL_PRESENT));
}

static void
tl_gap_marks(const struct tl *t, const struct tl_axis *ax, int y, int x, const char *occ)
{
	for (size_t i = 0; i < t->k.ngaps; i++) {
		int c0 = tl_axis_col(ax, date_index(t->k.gaps[i].from));
		int c1 = tl_axis_col(ax, date_index(t->k.gaps[i].to));
		for (int c = c0 < 0 ? 0 : c0; c < c1 && c < ax->w; c++)
			if (!occ[c])
				draw_text(y, x + c, 1, glyph(G_GAP), theme(EL_GAP));
	}
}

void
tl_draw_lane(const struct tl *t, const struct tl_axis *ax, enum tl_kind kind, int lane,
    int gaps, int y, int x)
{
	char *occ = xcalloc((size_t)ax->w + 2, 1);

	draw_fill(y, x, ax->w, theme(EL_DEFAULT));
	for (size_t i = 0; i < t->n; i++) {
		const struct tl_bar *b = &t->v[i];
		int limit = ax->w;
		if (b->kind != kind || b->lane != lane)
			continue;
		for (size_t j = i + 1; j < t->n; j++)
			if (t->v[j].kind == kind && t->v[j].lane == lane) {
				limit = tl_axis_col(ax, t->v[j].from);
				break;
			}
		tl_draw_bar(ax, b, limit < ax->w ? limit : ax->w, y, x, occ);
	}
	if (gaps)
		tl_gap_marks(t, ax, y, x, occ);
	tl_present(ax, t->now, y, x, occ);
	free(occ);
}

void
tl_draw_gaps(const struct tl *t, const struct tl_axis *ax, int y, int x)
{
	char *occ = xcalloc((size_t)ax->w + 2, 1);

	draw_fill(y, x, ax->w, theme(EL_DEFAULT));
	for (size_t i = 0; i < t->k.ngaps; i++) {
		const struct gap *g = &t->k.gaps[i];
		int c0 = tl_axis_col(ax, date_index(g->from)), c1 = tl_axis_col(ax, date_index(g->to));
		char span[24], label[40];
		if (c1 <= c0)
			c1 = c0 + 1;
		if (c1 <= 0 || c0 >= ax->w)
			continue;
		c0 = c0 < 0 ? 0 : c0;
		c1 = c1 > ax->w ? ax->w : c1;
		draw_repeat(y, x + c0, c1 - c0, glyph(G_GAP), theme(EL_GAP));
		memset(occ + c0, 1, (size_t)(c1 - c0));
		date_span_format(g->months, span, sizeof span);
		snprintf(label, sizeof label, "gap %s", span);
		if (draw_width(label) + 2 <= c1 - c0)
			draw_text(y, x + c0 + (c1 - c0 - draw_width(label)) / 2, c1 - c0, label,
			    theme(EL_GAP));
		else if (c1 + 1 + draw_width(span) <= ax->w)
			draw_text(y, x + c1 + 1, draw_width(span), span, theme(EL_GAP));
	}
	tl_present(ax, t->now, y, x, occ);
	free(occ);
}
