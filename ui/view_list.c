#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../src/xalloc.h"
#include "draw.h"
#include "list_row.h"
#include "listw.h"
#include "theme.h"
#include "view_card.h"
#include "view_list.h"

struct listv {
	struct app *app;
	char *text;		/* the query as typed; NULL: everyone */
	struct query *q;
	int view_sort;		/* the order a saved view asked for, or -1 */
	int sort, reverse, sort_set;
	int dense;
	long long count;	/* -1: not counted since the last change */
	struct listw lw;
	struct row *rows;	/* the fetched window: rows off, off + 1, ... */
	size_t nrows;
	long long off;
	int fetched;
	struct strlist words;	/* the query's words, lit up in the rows */
};

static long long
list_count_cb(void *ctx)
{
	struct listv *l = ctx;
	struct app *a = l->app;

	/* everyone: the store keeps the number, no need to count 100,000 rows */
	if (l->count < 0 && l->text == NULL && store_count(a->store, &l->count) == ST_OK)
		return l->count;
	if (l->count < 0 && query_count(a->store, l->q, a->user, &l->count) != ST_OK) {
		app_error(a, "cannot count the candidates: %s",
		    sqlite3_errmsg(store_db(a->store)));
		l->count = 0;
	}
	return l->count;
}

static enum sort_key
list_order(const struct listv *l)
{
	if (l->sort_set)
		return (enum sort_key)l->sort;
	if (l->view_sort >= 0)
		return (enum sort_key)l->view_sort;
	if (query_view_sort(l->q) >= 0)
		return (enum sort_key)query_view_sort(l->q);
	if (query_has_words(l->q))
		return SORT_RANK;
	return (enum sort_key)l->sort;
}

static void
list_drop(struct listv *l)
{
	rows_free(l->rows, l->nrows);
	l->rows = NULL;
	l->nrows = 0;
	l->fetched = 0;
}

/* Fetches n rows from first with up to a page either side, so a line's
 * scroll seldom queries (at the top there is nothing above to fetch). */
static void
list_fetch(struct listv *l, long long first, long long n)
{
	struct app *a = l->app;
	long long from = first - n > 0 ? first - n : 0;

	list_drop(l);
	if (query_rows(a->store, l->q, a->user, list_order(l), l->reverse, from,
	    first + 2 * n - from, &l->rows, &l->nrows) != ST_OK)
		app_error(a, "cannot read the list: %s", sqlite3_errmsg(store_db(a->store)));
	l->off = from;
	l->fetched = 1;
}

static void
list_window_cb(void *ctx, long long first, long long n)
{
	struct listv *l = ctx;
	long long end = l->off + (long long)l->nrows;

	if (l->fetched && first >= l->off && (first + n <= end || end >= l->count))
		return;
	list_fetch(l, first, n > 0 ? n : 1);
}

static const struct row *
list_row(struct listv *l, long long i)
{
	if (!l->fetched || i < l->off || i >= l->off + (long long)l->nrows)
		list_window_cb(l, i, l->lw.rows > 0 ? l->lw.rows : 1);
	if (i < l->off || i >= l->off + (long long)l->nrows)
		return NULL;
	return &l->rows[i - l->off];
}

static void
list_draw_cb(void *ctx, long long i, int y, int x, int w, int selected)
{
	struct listv *l = ctx;
	const struct row *r = list_row(l, i);
	struct row_style s = {
		.selected = selected,
		.marked = r != NULL && marks_has(&l->app->marks, r->id),
		.words = &l->words,
		.plain = l->app->cfg->list_plain,
	};

	if (r == NULL) {
		for (int k = 0; k < l->lw.lines; k++)
			draw_fill(y + k, x, w, theme(EL_DEFAULT));
		return;
	}
	if (l->dense)
		row_draw_dense(r, &s, y, x, w);
	else
		row_draw(r, &s, y, x, w);
}

static const struct listw_ops list_ops = {
	.count = list_count_cb,
	.window = list_window_cb,
	.draw = list_draw_cb,
};

/* The words of a query, to light up: not field:value, not -word, not @view. */
static void
list_find_words(struct listv *l)
{
	const char *s = l->text != NULL ? l->text : "";

	strlist_clear(&l->words);
	while (*s != '\0') {
		size_t n;
		s += strspn(s, " \t\"");
		n = strcspn(s, " \t\"");
		if (n > 0 && memchr(s, ':', n) == NULL && *s != '-' && *s != '@' &&
		    !(n == 2 && strncmp(s, "OR", 2) == 0))
			strlist_addn(&l->words, s, n);
		s += n;
	}
}

int
list_set_query(struct app *a, const char *text, char *err, size_t errlen, int *col)
{
	struct listv *l = a->list;
	struct query_env env = { a->user, a->cfg };
	struct query *q;

	/* @views are the parser's: their mistakes point into what was typed */
	*col = 0;
	if (query_compile(text, &env, &q, err, errlen, col) != ST_OK)
		return -1;
	query_free(l->q);
	l->q = q;
	free(l->text);
	l->text = text != NULL && *text != '\0' ? xstrdup(text) : NULL;
	l->view_sort = query_view_sort(q);
	list_find_words(l);
	l->count = -1;
	list_drop(l);
	listw_forget(&l->lw);
	l->lw.cur = l->lw.top = 0;
	return 0;
}

struct listv *
list_new(struct app *a, const char *query)
{
	struct listv *l = xcalloc(1, sizeof *l);
	char err[ERRLEN];
	int col;

	a->list = l;
	l->app = a;
	l->count = -1;
	l->view_sort = -1;
	l->sort = a->cfg->list_sort != NULL ? sort_find(a->cfg->list_sort) : SORT_NAME;
	if (l->sort < 0)
		l->sort = SORT_NAME;
	l->dense = a->cfg->list_dense;
	listw_init(&l->lw, &list_ops, l, l->dense ? ROW_DENSE_LINES : 1);
	if (list_set_query(a, query, err, sizeof err, &col) != 0) {
		app_error(a, "query: column %d: %s", col, err);
		list_set_query(a, NULL, err, sizeof err, &col);
	}
	return l;
}

void
list_free(struct listv *l)
{
	if (l == NULL)
		return;
	list_drop(l);
	query_free(l->q);
	free(l->text);
	strlist_clear(&l->words);
	free(l);
}

const char *
list_query(const struct app *a)
{
	return a->list->text;
}

const struct strlist *
list_words(const struct app *a)
{
	return &a->list->words;
}

void
list_set_sort(struct app *a, int sort, int reverse)
{
	struct listv *l = a->list;
	long long id = list_cursor_id(a);

	if (sort >= 0) {
		l->sort = sort;
		l->sort_set = 1;
	}
	l->reverse = reverse;
	l->count = -1;
	list_drop(l);
	listw_forget(&l->lw);
	if (id < 0 || list_select(a, id) != 0)
		l->lw.cur = l->lw.top = 0;
}

void
list_next_sort(struct app *a)
{
	struct listv *l = a->list;
	int s = (int)list_order(l) + 1;

	if (s >= SORT__COUNT)
		s = query_has_words(l->q) ? SORT_RANK : SORT_NAME;
	if (s == SORT_RANK && !query_has_words(l->q))
		s = SORT_NAME;
	list_set_sort(a, s, 0);
	app_msg(a, "sorted by %s", sort_names[s]);
}

void
list_toggle_dense(struct app *a)
{
	struct listv *l = a->list;

	l->dense = !l->dense;
	l->lw.lines = l->dense ? ROW_DENSE_LINES : 1;
	listw_forget(&l->lw);
	listw_clamp(&l->lw);
}

long long
list_count(struct app *a)
{
	return list_count_cb(a->list);
}

long long
list_cursor_id(struct app *a)
{
	struct listv *l = a->list;
	const struct row *r;

	if (list_count(a) == 0)
		return -1;
	listw_clamp(&l->lw);
	r = list_row(l, l->lw.cur);
	return r != NULL ? r->id : -1;
}

void
list_position(struct app *a, long long *i, long long *n)
{
	*n = list_count(a);
	*i = *n > 0 ? a->list->lw.cur + 1 : 0;
}

int
list_select(struct app *a, long long id)
{
	struct listv *l = a->list;
	long long *ids;
	size_t n;

	for (size_t i = 0; l->fetched && i < l->nrows; i++)
		if (l->rows[i].id == id) {
			listw_set(&l->lw, l->off + (long long)i);
			return 0;
		}
	if (list_ids(a, &ids, &n) != ST_OK)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (ids[i] == id) {
			listw_set(&l->lw, (long long)i);
			free(ids);
			return 0;
		}
	free(ids);
	return -1;
}

int
list_step(struct app *a, int delta)
{
	struct listv *l = a->list;
	long long to = l->lw.cur + delta;

	if (to < 0 || to >= list_count(a))
		return -1;
	listw_set(&l->lw, to);
	return 0;
}

enum status
list_ids(struct app *a, long long **ids, size_t *n)
{
	struct listv *l = a->list;

	return query_ids(a->store, l->q, a->user, list_order(l), l->reverse, ids, n);
}

void
list_changed(struct app *a)
{
	struct listv *l = a->list;
	long long id = l->fetched ? list_cursor_id(a) : -1;
	long long page = l->lw.rows > 0 ? l->lw.rows : 20;

	l->count = -1;
	list_drop(l);
	listw_forget(&l->lw);
	listw_clamp(&l->lw);
	if (id < 0 || list_count(a) == 0)
		return;
	/* others' writes move rows about: stay on the same candidate if it is
	 * still near */
	list_fetch(l, l->lw.cur, page);
	for (size_t i = 0; i < l->nrows; i++)
		if (l->rows[i].id == id) {
			listw_set(&l->lw, l->off + (long long)i);
			return;
		}
}

static void
list_header(struct listv *l, int y, int w)
{
	enum sort_key s = list_order(l);
	const char *arrow = glyph(l->reverse ? G_UP : G_DOWN);

	if (s == SORT_NAME)
		arrow = glyph(l->reverse ? G_DOWN : G_UP);
	row_header(y, 0, w, s == SORT_NAME ? arrow : NULL, s == SORT_YEARS ? arrow : NULL);
}

static void
list_empty(struct app *a, int y, int h, int w)
{
	const char *q = list_query(a);
	char *msg = q != NULL ? xprintf("No candidate matches \"%s\".", q) :
	    xstrdup("No candidates yet.");
	const char *hint = q != NULL ? "/ and an empty query show everyone." :
	    "Import resumes with: dossier import FILE...";

	for (int r = 0; r < h; r++)
		draw_fill(y + r, 0, w, theme(EL_DEFAULT));
	draw_text(y + h / 3, 2, w - 4, msg, theme(EL_HEADER));
	draw_text(y + h / 3 + 1, 2, w - 4, hint, theme(EL_DIM));
	free(msg);
}

static void
list_draw(struct app *a, int y, int h, int w)
{
	struct listv *l = a->list;

	if (list_count(a) == 0) {
		list_empty(a, y, h, w);
		return;
	}
	if (!l->dense) {
		list_header(l, y, w);
		y++;
		h--;
	}
	listw_draw(&l->lw, y, 0, h, w);
}

static int
list_action(struct app *a, enum action act)
{
	struct listv *l = a->list;

	if (listw_action(&l->lw, act))
		return 1;
	switch (act) {
	case A_OPEN:
		if (list_cursor_id(a) < 0)
			return 0;
		a->nav = NAV_LIST;
		card_rewind(a);
		app_show(a, VIEW_CARD);
		return 1;
	case A_DENSITY:
		list_toggle_dense(a);
		return 1;
	case A_SORT:
		list_next_sort(a);
		return 1;
	case A_SORT_REVERSE:
		list_set_sort(a, -1, !l->reverse);
		app_msg(a, "sorted by %s%s", sort_names[list_order(l)],
		    l->reverse ? ", reversed" : "");
		return 1;
	default:
		return 0;
	}
}

static void
list_status(struct app *a, struct buf *left, struct buf *right)
{
	struct listv *l = a->list;
	long long n = list_count(a);

	(void)right;
	buf_addf(left, "%lld candidate%s", n, n == 1 ? "" : "s");
	if (l->text != NULL)
		buf_addf(left, " %s /%s", glyph(G_SEP), l->text);
	buf_addf(left, " %s sort %s%s", glyph(G_SEP), sort_names[list_order(l)],
	    l->reverse ? " (reversed)" : "");
}

static void
list_click(struct app *a, int row, int col, int twice)
{
	struct listv *l = a->list;
	long long i = listw_at(&l->lw, row - (l->dense ? 0 : 1));

	(void)col;
	if (i < 0)
		return;
	if (twice || i == l->lw.cur) {
		listw_set(&l->lw, i);
		list_action(a, A_OPEN);
		return;
	}
	listw_set(&l->lw, i);
}

static void
list_wheel(struct app *a, int lines)
{
	listw_scroll(&a->list->lw, lines);
}

const struct view_ops list_view_ops = {
	.title = "List",
	.help = AV_LIST,
	.draw = list_draw,
	.action = list_action,
	.status = list_status,
	.click = list_click,
	.wheel = list_wheel,
};
