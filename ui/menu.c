#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/xalloc.h"
#include "draw.h"
#include "listw.h"
#include "menu.h"
#include "theme.h"
#include "view_list.h"

struct menuv {
	struct app *app;
	struct listw lw;
};

/* Item 0 is everyone; the config's views follow. */
static long long
menu_count_cb(void *ctx)
{
	return (long long)((struct menuv *)ctx)->app->cfg->nviews + 1;
}

static void
menu_draw_cb(void *ctx, long long i, int y, int x, int w, int selected)
{
	struct menuv *m = ctx;
	const struct view_def *v = i > 0 ? &m->app->cfg->views[i - 1] : NULL;
	attr_t base = theme(selected ? EL_CURSOR : EL_DEFAULT);
	char *what = v != NULL ? xprintf("%s%s%s", v->query != NULL ? v->query : "",
	    v->sort != NULL ? "   sort " : "", v->sort != NULL ? v->sort : "") :
	    xstrdup("every candidate");
	int nw = w / 4 < 12 ? 12 : w / 4;

	draw_fill(y, x, 2, base);
	draw_field(y, x + 2, nw, v != NULL ? v->name : "(all)", selected ? base :
	    theme(EL_NAME));
	draw_field(y, x + 2 + nw, w - 2 - nw, what, selected ? base : theme(EL_DIM));
	free(what);
}

static const struct listw_ops menu_ops = {
	.count = menu_count_cb,
	.draw = menu_draw_cb,
};

struct menuv *
menu_new(struct app *a)
{
	struct menuv *m = xcalloc(1, sizeof *m);

	m->app = a;
	listw_init(&m->lw, &menu_ops, m, 1);
	a->menu = m;
	return m;
}

void
menu_free(struct menuv *m)
{
	free(m);
}

static void
menu_draw(struct app *a, int y, int h, int w)
{
	draw_field(y, 0, w, "  Saved views: Enter shows one, q goes back", theme(EL_HEADER));
	listw_draw(&a->menu->lw, y + 1, 0, h - 1, w);
}

static void
menu_pick(struct app *a)
{
	long long i = a->menu->lw.cur;
	char err[ERRLEN], *q = i > 0 ? xprintf("@%s", a->cfg->views[i - 1].name) : NULL;
	int col;

	if (list_set_query(a, q, err, sizeof err, &col) != 0)
		app_error(a, "view: column %d: %s", col, err);
	else
		app_msg(a, "%s", i > 0 ? a->cfg->views[i - 1].name : "every candidate");
	free(q);
	app_show(a, VIEW_LIST);
}

static int
menu_action(struct app *a, enum action act)
{
	if (listw_action(&a->menu->lw, act))
		return 1;
	if (act == A_OPEN || act == A_VIEWS) {
		if (act == A_OPEN)
			menu_pick(a);
		else
			app_back(a);
		return 1;
	}
	if (app_action_anywhere(act))
		return 0;
	app_msg(a, "%s: pick a view with Enter, or q", actions[act].name);
	return 1;
}

static void
menu_status(struct app *a, struct buf *left, struct buf *right)
{
	(void)right;
	buf_addf(left, "%zu saved views", a->cfg->nviews);
}

static void
menu_click(struct app *a, int row, int col, int twice)
{
	long long i = listw_at(&a->menu->lw, row - 1);

	(void)col;
	if (i < 0)
		return;
	listw_set(&a->menu->lw, i);
	if (twice)
		menu_pick(a);
}

static void
menu_wheel(struct app *a, int lines)
{
	listw_scroll(&a->menu->lw, lines);
}

const struct view_ops menu_view_ops = {
	.title = "Views",
	.help = AV_LIST,
	.draw = menu_draw,
	.action = menu_action,
	.status = menu_status,
	.click = menu_click,
	.wheel = menu_wheel,
};
