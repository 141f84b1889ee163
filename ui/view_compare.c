#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../src/query.h"
#include "../src/xalloc.h"
#include "draw.h"
#include "listw.h"
#include "theme.h"
#include "timeline.h"
#include "view_card.h"
#include "view_compare.h"

#define CMP_MAX 500

struct cmp_item {
	long long id;
	char *name;
	struct tl t;
};

struct cmpv {
	struct app *app;
	char *query;		/* NULL: tag:<the first tag> */
	struct cmp_item *v;
	size_t n;
	int loaded;
	struct listw lw;
	struct tl_axis ax;
	int moved;
	int first, last;	/* months all the careers span */
	int gutter;
};

static void
cmp_drop(struct cmpv *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].name);
		tl_free(&c->v[i].t);
	}
	free(c->v);
	c->v = NULL;
	c->n = 0;
	c->loaded = 0;
}

static int
item_cmp(const void *x, const void *y)
{
	const struct cmp_item *a = x, *b = y;

	return strcasecmp(a->name, b->name);
}

/* The marked, and those the query finds, as one set of ids. */
static size_t
cmp_ids(struct app *a, struct cmpv *c, long long **out)
{
	struct query_env env = { a->user, a->cfg };
	struct marks set = { NULL, 0, 0 };
	struct query *q;
	char *text = c->query != NULL ? xstrdup(c->query) : a->cfg->ntags > 0 ?
	    xprintf("tag:%s", a->cfg->tags[0].name) : NULL;
	char err[ERRLEN];
	long long *ids;
	size_t n;
	int col;

	marks_add_many(&set, a->marks.v, a->marks.n);
	if (text != NULL && query_compile(text, &env, &q, err, sizeof err, &col) == ST_OK) {
		if (query_ids(a->store, q, a->user, SORT_NAME, 0, &ids, &n) == ST_OK) {
			marks_add_many(&set, ids, n);
			free(ids);
		}
		query_free(q);
	}
	free(text);
	*out = set.v;
	return set.n;
}

static void
cmp_add(struct app *a, struct cmpv *c, long long id)
{
	struct profile *p;
	struct cmp_item *it;

	if (store_get(a->store, id, &p) != ST_OK)
		return;
	c->v = xreallocarray(c->v, c->n + 1, sizeof *c->v);
	it = &c->v[c->n++];
	it->id = id;
	it->name = xstrdup(p->basics.name != NULL ? p->basics.name : "(no name)");
	tl_build(&it->t, p);
	profile_free(p);
	if (it->t.first < c->first)
		c->first = it->t.first;
	if (it->t.last > c->last)
		c->last = it->t.last;
	if (it->t.now > c->last)
		c->last = it->t.now;
}

static void
cmp_load(struct app *a, struct cmpv *c)
{
	long long *ids, keep = c->loaded && c->n > 0 ? c->v[c->lw.cur].id : -1;
	size_t n = cmp_ids(a, c, &ids);

	cmp_drop(c);
	c->first = 1 << 30;
	c->last = -(1 << 30);
	for (size_t i = 0; i < n && c->n < CMP_MAX; i++)
		cmp_add(a, c, ids[i]);
	if (n > CMP_MAX)
		app_msg(a, "comparing the first %d of %zu", CMP_MAX, n);
	if (c->n > 0)
		qsort(c->v, c->n, sizeof *c->v, item_cmp);
	for (size_t i = 0; i < c->n; i++)
		if (c->v[i].id == keep)
			c->lw.cur = (long long)i;
	free(ids);
	c->loaded = 1;
	c->moved = 0;
}

static long long
cmp_count_cb(void *ctx)
{
	return (long long)((struct cmpv *)ctx)->n;
}

/* A row a lane, two at least (name, years), never more than the screen. */
static int
cmp_height_cb(void *ctx, long long i)
{
	const struct cmpv *c = ctx;
	const struct tl *t = &c->v[i].t;
	int h = t->lanes[TL_WORK] + t->lanes[TL_EDU];

	if (h < 2)
		h = 2;
	return c->lw.rows > 1 && h > c->lw.rows ? c->lw.rows : h;
}

static void
cmp_gutter(struct cmpv *c, const struct cmp_item *it, int y, int h, int selected)
{
	char line[64], total[24];
	attr_t name = theme(selected ? EL_CURSOR : EL_NAME);

	snprintf(total, sizeof total, "%.1f yrs", it->t.k.total_months / 12.0);
	if (it->t.k.ngaps > 0)
		snprintf(line, sizeof line, "%s, %zu gap%s", total, it->t.k.ngaps,
		    it->t.k.ngaps == 1 ? "" : "s");
	else
		snprintf(line, sizeof line, "%s", total);
	draw_field(y, 0, c->gutter - 1, it->name, name);
	draw_fill(y, c->gutter - 1, 1, theme(EL_DEFAULT));
	draw_field(y + 1, 0, c->gutter, line, theme(EL_DIM));
	for (int r = 2; r < h; r++)
		draw_fill(y + r, 0, c->gutter, theme(EL_DEFAULT));
}

static void
cmp_draw_cb(void *ctx, long long i, int y, int x, int w, int selected)
{
	struct cmpv *c = ctx;
	const struct cmp_item *it = &c->v[i];
	int h = cmp_height_cb(ctx, i), row = 0;

	(void)x;
	(void)w;
	cmp_gutter(c, it, y, h, selected);
	for (int l = 0; l < it->t.lanes[TL_WORK] && row < h; l++, row++)
		tl_draw_lane(&it->t, &c->ax, TL_WORK, l, l == 0, y + row, c->gutter);
	for (int l = 0; l < it->t.lanes[TL_EDU] && row < h; l++, row++)
		tl_draw_lane(&it->t, &c->ax, TL_EDU, l, 0, y + row, c->gutter);
	for (; row < h; row++)
		draw_fill(y + row, c->gutter, c->ax.w, theme(EL_DEFAULT));
}

static const struct listw_ops cmp_ops = {
	.count = cmp_count_cb,
	.draw = cmp_draw_cb,
	.height = cmp_height_cb,
};

struct cmpv *
compare_new(struct app *a)
{
	struct cmpv *c = xcalloc(1, sizeof *c);

	c->app = a;
	listw_init(&c->lw, &cmp_ops, c, 2);
	a->cmp = c;
	return c;
}

void
compare_free(struct cmpv *c)
{
	if (c == NULL)
		return;
	cmp_drop(c);
	free(c->query);
	free(c);
}

int
compare_set_query(struct app *a, const char *query)
{
	struct query_env env = { a->user, a->cfg };
	struct cmpv *c = a->cmp;
	struct query *q;
	char err[ERRLEN];
	int col;

	if (query != NULL && query_compile(query, &env, &q, err, sizeof err, &col) != ST_OK) {
		app_error(a, "query: column %d: %s", col, err);
		return -1;
	}
	if (query != NULL)
		query_free(q);
	free(c->query);
	c->query = query != NULL ? xstrdup(query) : NULL;
	c->loaded = 0;
	c->lw.cur = c->lw.top = 0;
	return 0;
}

static struct cmpv *
cmp_ready(struct app *a)
{
	if (!a->cmp->loaded)
		cmp_load(a, a->cmp);
	return a->cmp;
}

long long
compare_cursor_id(struct app *a)
{
	struct cmpv *c = cmp_ready(a);

	listw_clamp(&c->lw);
	return c->n > 0 ? c->v[c->lw.cur].id : -1;
}

void
compare_position(struct app *a, long long *i, long long *n)
{
	struct cmpv *c = cmp_ready(a);

	*n = (long long)c->n;
	*i = c->n > 0 ? c->lw.cur + 1 : 0;
}

int
compare_step(struct app *a, int delta)
{
	struct cmpv *c = cmp_ready(a);
	long long to = c->lw.cur + delta;

	if (to < 0 || to >= (long long)c->n)
		return -1;
	listw_set(&c->lw, to);
	return 0;
}

void
compare_changed(struct app *a)
{
	a->cmp->loaded = 0;
}

static void
cmp_empty(int y, int h, int w)
{
	for (int r = 0; r < h; r++)
		draw_fill(y + r, 0, w, theme(EL_DEFAULT));
	draw_text(y + h / 3, 2, w - 4, "Nothing to compare.", theme(EL_HEADER));
	draw_text(y + h / 3 + 1, 2, w - 4, "Mark candidates with t (or T by a query), tag "
	    "them shortlist with s, or :compare QUERY.", theme(EL_DIM));
}

static void
cmp_draw(struct app *a, int y, int h, int w)
{
	struct cmpv *c = cmp_ready(a);
	int gutter = w / 5 < 14 ? 14 : w / 5 > 24 ? 24 : w / 5;

	if (c->n == 0) {
		cmp_empty(y, h, w);
		return;
	}
	if (!c->moved || c->ax.w != w - gutter)
		tl_axis_fit(&c->ax, c->first, c->last, w - gutter);
	c->gutter = gutter;
	draw_fill(y, 0, gutter, theme(EL_DEFAULT));
	draw_fill(y + 1, 0, gutter, theme(EL_DEFAULT));
	tl_draw_axis(&c->ax, y, gutter, c->v[0].t.now);
	listw_draw(&c->lw, y + 2, 0, h - 2, w);
}

static int
cmp_action(struct app *a, enum action act)
{
	struct cmpv *c = cmp_ready(a);

	if (listw_action(&c->lw, act))
		return 1;
	switch (act) {
	case A_OPEN:
		if (c->n == 0)
			return 0;
		card_rewind(a);
		app_push(a, VIEW_CARD);
		return 1;
	case A_NEXT: case A_PREV:
		compare_step(a, act == A_NEXT ? 1 : -1);
		return 1;
	case A_ZOOM_IN: case A_ZOOM_OUT: case A_ZOOM_FIT:
		tl_axis_zoom(&c->ax, act == A_ZOOM_IN ? 1 : act == A_ZOOM_OUT ? -1 : 0,
		    c->first, c->last);
		c->moved = act != A_ZOOM_FIT;
		return 1;
	case A_PAN_LEFT: case A_PAN_RIGHT:
		tl_axis_pan(&c->ax, act == A_PAN_LEFT ? -1 : 1);
		c->moved = 1;
		return 1;
	default:
		return 0;
	}
}

static void
cmp_status(struct app *a, struct buf *left, struct buf *right)
{
	struct cmpv *c = cmp_ready(a);

	buf_addf(left, "comparing %zu: %zu marked", c->n, a->marks.n);
	if (c->query != NULL)
		buf_addf(left, " + %s", c->query);
	else if (a->cfg->ntags > 0)
		buf_addf(left, " + tag:%s", a->cfg->tags[0].name);
	(void)right;
}

static void
cmp_click(struct app *a, int row, int col, int twice)
{
	struct cmpv *c = cmp_ready(a);
	long long i = listw_at(&c->lw, row - 2);

	(void)col;
	if (i < 0)
		return;
	if (twice || i == c->lw.cur) {
		listw_set(&c->lw, i);
		cmp_action(a, A_OPEN);
	} else
		listw_set(&c->lw, i);
}

static void
cmp_wheel(struct app *a, int lines)
{
	listw_scroll(&cmp_ready(a)->lw, lines);
}

const struct view_ops compare_view_ops = {
	.title = "Compare",
	.help = AV_TIMELINE,
	.draw = cmp_draw,
	.action = cmp_action,
	.status = cmp_status,
	.click = cmp_click,
	.wheel = cmp_wheel,
};
