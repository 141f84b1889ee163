#include <stdio.h>
#include <stdlib.h>

#include "../src/date.h"
#include "../src/xalloc.h"
#include "draw.h"
#include "theme.h"
#include "timeline.h"
#include "view_timeline.h"

#define GUTTER 6
/* The legend's columns: the dates with how long (Sep 2014 - Dec 2017 (3 yrs
 * 3 mos)), the dates alone, and the least the role and company beside them
 * are given before the lengths go. */
#define LEGEND_DATES 34
#define LEGEND_DATES_ONLY 20
#define LEGEND_MIN 40

struct tlv {
	struct tl t;
	long long id;		/* laid out for this candidate and load */
	unsigned gen;
	struct tl_axis ax;
	int moved;		/* zoomed or panned: keep it when the width changes */
	int top;		/* rows scrolled under the axis */
	int rows;		/* shown under the axis at the last draw */
};

struct tlv *
timeline_new(struct app *a)
{
	struct tlv *v = xcalloc(1, sizeof *v);

	v->id = -1;
	a->tl = v;
	return v;
}

void
timeline_free(struct tlv *v)
{
	if (v == NULL)
		return;
	tl_free(&v->t);
	free(v);
}

static int
tlv_work_rows(const struct tlv *v)
{
	return v->t.lanes[TL_WORK] > 0 ? v->t.lanes[TL_WORK] : 1;
}

/* Lanes, the gaps, the studies, a blank, then a line a bar. */
static int
tlv_total(const struct tlv *v)
{
	return tlv_work_rows(v) + (v->t.k.ngaps > 0) + v->t.lanes[TL_EDU] + 1 + (int)v->t.n;
}

static void
tlv_layout(struct tlv *v, const struct current *c, int w)
{
	tl_free(&v->t);
	tl_build(&v->t, c->p);
	if (c->id != v->id) {
		v->moved = 0;
		v->top = 0;
	}
	if (!v->moved || v->ax.w != w)
		tl_axis_fit(&v->ax, v->t.first, v->t.last > v->t.now ? v->t.last : v->t.now, w);
	v->id = c->id;
	v->gen = c->gen;
}

static void
tlv_header(const struct tlv *v, const struct current *c, int y, int w)
{
	struct buf b = BUF_INIT;
	char total[24], asof[24];
	struct ym now = date_from_index(v->t.now);
	int used;

	date_span_format(v->t.k.total_months, total, sizeof total);
	snprintf(asof, sizeof asof, "%d-%02d", now.y, now.m);
	used = draw_text(y, 1, w - 1, c->p->basics.name != NULL ? c->p->basics.name :
	    "(no name)", theme(EL_NAME));
	buf_addf(&b, "  %s of experience %s %zu gap%s %s as of %s", total, glyph(G_SEP),
	    v->t.k.ngaps, v->t.k.ngaps == 1 ? "" : "s", glyph(G_SEP), asof);
	draw_field(y, 1 + used, w - 1 - used, buf_str(&b), theme(EL_FIGURE));
	draw_fill(y, 0, 1, theme(EL_DEFAULT));
	buf_free(&b);
}

/* The bar the legend's line j stands for: work, latest first, then studies. */
static const struct tl_bar *
tlv_legend_bar(const struct tlv *v, int j)
{
	int nw = 0;

	for (size_t i = 0; i < v->t.n; i++)
		nw += v->t.v[i].kind == TL_WORK;
	if (j < nw)
		return &v->t.v[nw - 1 - j];
	return &v->t.v[(int)v->t.n - 1 - (j - nw)];
}

static void
tlv_legend(const struct tlv *v, int j, int y, int w)
{
	const struct tl_bar *b = tlv_legend_bar(v, j);
	attr_t a = theme(b->kind == TL_EDU ? EL_BAR_EDU : b->group % 2 ? EL_BAR_ALT : EL_BAR);
	struct buf line = BUF_INIT;
	char span[24];
	/* how long each lasted, while the role and the company beside it keep
	 * LEGEND_MIN columns; on a narrow terminal they matter more */
	int spans = w - 4 - LEGEND_DATES >= LEGEND_MIN;
	int dw = spans ? LEGEND_DATES : LEGEND_DATES_ONLY;

	if (dw > w - 4)
		dw = w - 4;
	date_span_format(b->to - b->from, span, sizeof span);
	draw_fill(y, 0, 1, theme(EL_DEFAULT));
	draw_fill(y, 1, 2, b->lane >= 0 ? a : theme(EL_DEFAULT));
	draw_fill(y, 3, 1, theme(EL_DEFAULT));
	if (b->lane >= 0 && spans)
		buf_addf(&line, "%s (%s)", b->dates, span);
	else
		buf_adds(&line, b->dates);
	draw_field(y, 4, dw, buf_str(&line), theme(EL_DIM));
	buf_reset(&line);
	if (b->what != NULL)
		buf_addf(&line, "%s %s ", b->what, glyph(G_SEP));
	buf_adds(&line, b->name);
	draw_field(y, 4 + dw, w - 4 - dw, buf_str(&line), theme(EL_DEFAULT));
	buf_free(&line);
}

static void
tlv_row(const struct tlv *v, int i, int y, int w)
{
	int nw = tlv_work_rows(v), ng = v->t.k.ngaps > 0, ne = v->t.lanes[TL_EDU];
	const char *gutter = i == 0 ? "Work" : i == nw && ng ? "Gaps" :
	    i == nw + ng && ne > 0 ? "Study" : "";

	if (i >= nw + ng + ne) {
		if (i == nw + ng + ne)
			draw_fill(y, 0, w, theme(EL_DEFAULT));
		else
			tlv_legend(v, i - (nw + ng + ne + 1), y, w);
		return;
	}
	draw_field(y, 0, GUTTER, gutter, theme(EL_HEADER));
	if (i < nw)
		tl_draw_lane(&v->t, &v->ax, TL_WORK, i, 0, y, GUTTER);
	else if (i < nw + ng)
		tl_draw_gaps(&v->t, &v->ax, y, GUTTER);
	else
		tl_draw_lane(&v->t, &v->ax, TL_EDU, i - nw - ng, 0, y, GUTTER);
}

static void
tlv_draw(struct app *a, int y, int h, int w)
{
	struct tlv *v = a->tl;
	const struct current *c = app_current(a, 1);
	int total;

	if (c == NULL) {
		for (int r = 0; r < h; r++)
			draw_fill(y + r, 0, w, theme(EL_DEFAULT));
		draw_text(y + h / 3, 2, w - 4, "No candidate to show: the list is empty.",
		    theme(EL_DIM));
		return;
	}
	if (c->id != v->id || c->gen != v->gen || v->ax.w != w - GUTTER)
		tlv_layout(v, c, w - GUTTER);
	tlv_header(v, c, y, w);
	draw_fill(y + 1, 0, GUTTER, theme(EL_DEFAULT));
	draw_fill(y + 2, 0, GUTTER, theme(EL_DEFAULT));
	tl_draw_axis(&v->ax, y + 1, GUTTER, v->t.now);
	v->rows = h - 3;
	total = tlv_total(v);
	if (v->top > total - v->rows)
		v->top = total - v->rows > 0 ? total - v->rows : 0;
	for (int r = 0; r < v->rows; r++) {
		if (v->top + r < total)
			tlv_row(v, v->top + r, y + 3 + r, w);
		else
			draw_fill(y + 3 + r, 0, w, theme(EL_DEFAULT));
	}
}

static void
tlv_scroll(struct tlv *v, int lines)
{
	int max = tlv_total(v) - v->rows;

	v->top += lines;
	if (v->top > max)
		v->top = max;
	if (v->top < 0)
		v->top = 0;
}

static int
tlv_action(struct app *a, enum action act)
{
	struct tlv *v = a->tl;
	int last = v->t.last > v->t.now ? v->t.last : v->t.now;

	switch (act) {
	case A_DOWN: tlv_scroll(v, 1); return 1;
	case A_UP: tlv_scroll(v, -1); return 1;
	case A_PAGE_DOWN: tlv_scroll(v, v->rows > 1 ? v->rows - 1 : 1); return 1;
	case A_PAGE_UP: tlv_scroll(v, v->rows > 1 ? -(v->rows - 1) : -1); return 1;
	case A_FIRST: v->top = 0; return 1;
	case A_LAST: tlv_scroll(v, tlv_total(v)); return 1;
	case A_ZOOM_IN: case A_ZOOM_OUT: case A_ZOOM_FIT:
		tl_axis_zoom(&v->ax, act == A_ZOOM_IN ? 1 : act == A_ZOOM_OUT ? -1 : 0,
		    v->t.first, last);
		v->moved = act != A_ZOOM_FIT;
		return 1;
	case A_PAN_LEFT: case A_PAN_RIGHT:
		tl_axis_pan(&v->ax, act == A_PAN_LEFT ? -1 : 1);
		v->moved = 1;
		return 1;
	case A_NEXT: case A_PREV:
		app_step(a, act == A_NEXT ? 1 : -1);
		return 1;
	default:
		return 0;
	}
}

static void
tlv_status(struct app *a, struct buf *left, struct buf *right)
{
	struct tlv *v = a->tl;

	app_status_position(a, v->id, left);
	if (v->ax.mpc > 0)
		buf_addf(right, "%s", v->moved ? "zoomed: 0 fits" : "+ - zoom, h l pan");
}

static void
tlv_wheel(struct app *a, int lines)
{
	tlv_scroll(a->tl, lines);
}

static void
tlv_click(struct app *a, int row, int col, int twice)
{
	(void)a;
	(void)row;
	(void)col;
	(void)twice;
}

const struct view_ops timeline_view_ops = {
	.title = "Timeline",
	.help = AV_TIMELINE,
	.draw = tlv_draw,
	.action = tlv_action,
	.status = tlv_status,
	.click = tlv_click,
	.wheel = tlv_wheel,
};
