#include <stdlib.h>

#include "draw.h"
#include "frame.h"
#include "listw.h"
#include "theme.h"

void
listw_init(struct listw *l, const struct listw_ops *ops, void *ctx, int lines)
{
	l->ops = ops;
	l->ctx = ctx;
	l->cur = l->top = 0;
	l->lines = lines > 0 ? lines : 1;
	l->rows = 0;
	listw_forget(l);
}

void
listw_forget(struct listw *l)
{
	l->shown_top = l->shown_cur = -1;
}

static long long
listw_count(const struct listw *l)
{
	return l->ops->count(l->ctx);
}

static int
listw_height(const struct listw *l, long long i)
{
	int h = l->ops->height != NULL ? l->ops->height(l->ctx, i) : l->lines;

	return h > 0 ? h : 1;
}

/* How many items from first fit in rows (at least one). */
static long long
listw_fit(const struct listw *l, long long first, int rows)
{
	long long n = listw_count(l), k = 0;
	int used = 0;

	if (l->ops->height == NULL)
		return rows / l->lines > 0 ? rows / l->lines : 1;
	while (first + k < n && used + listw_height(l, first + k) <= rows)
		used += listw_height(l, first + k++);
	return k > 0 ? k : 1;
}

void
listw_clamp(struct listw *l)
{
	long long n = listw_count(l), page;

	if (l->cur >= n)
		l->cur = n - 1;
	if (l->cur < 0)
		l->cur = 0;
	if (l->top > l->cur)
		l->top = l->cur;
	if (l->rows <= 0)
		return;
	while (l->top < l->cur && l->cur >= l->top + listw_fit(l, l->top, l->rows))
		l->top = l->ops->height == NULL ?
		    l->cur - listw_fit(l, l->top, l->rows) + 1 : l->top + 1;
	/* no empty rows below the last item while there are items above */
	page = listw_fit(l, l->top, l->rows);
	if (l->ops->height == NULL && l->top + page > n)
		l->top = n - page > 0 ? n - page : 0;
	if (l->top < 0)
		l->top = 0;
}

/* A move that scrolls: the old cursor row loses its mark before the
 * terminal scrolls, sent on its own while the terminal's cursor is still
 * beside it (a carriage return and a blank), rather than after the scroll,
 * when reaching it is a trip across the screen.  Only when the list was on
 * the terminal in the frame before, and its items take a line each, so the
 * row is known without asking the owner. */
static void
listw_unmark(struct listw *l, int y, int x, int h, int w)
{
	long long row = (l->shown_cur - l->shown_top) * l->lines;

	if (l->ops->height != NULL || l->shown_top < 0 || l->shown_y != y ||
	    l->shown_frame + 1 != frame_serial() ||
	    l->rows != h || l->top == l->shown_top || l->cur == l->shown_cur ||
	    row < 0 || row + l->lines > h || llabs(l->top - l->shown_top) >= h)
		return;	/* nothing to scroll, or a page: all of it is drawn anew */
	l->ops->draw(l->ctx, l->shown_cur, y + (int)row, x, w, 0);
	wnoutrefresh(stdscr);
	doupdate();
}

void
listw_draw(struct listw *l, int y, int x, int h, int w)
{
	long long n, i;
	int row = 0;

	listw_clamp(l);
	listw_unmark(l, y, x, h, w);
	l->rows = h;
	listw_clamp(l);
	n = listw_count(l);
	if (l->ops->window != NULL && n > 0)
		l->ops->window(l->ctx, l->top, listw_fit(l, l->top, h));
	for (i = l->top; i < n && row < h; i++) {
		int ih = listw_height(l, i);
		if (row + ih > h && row > 0)
			break;
		l->ops->draw(l->ctx, i, y + row, x, w, i == l->cur);
		row += ih;
	}
	for (; row < h; row++)
		draw_fill(y + row, x, w, theme(EL_DEFAULT));
	l->shown_top = l->top;
	l->shown_cur = l->cur;
	l->shown_y = y;
	l->shown_frame = frame_serial();
}

int
listw_action(struct listw *l, enum action a)
{
	long long n = listw_count(l), page = listw_fit(l, l->top, l->rows);

	switch (a) {
	case A_DOWN: l->cur++; break;
	case A_UP: l->cur--; break;
	case A_PAGE_DOWN:
		/* the view moves a page with the cursor, as in less */
		if (l->top + page < n)
			l->top += page;
		l->cur += page;
		break;
	case A_PAGE_UP:
		l->top -= page;
		l->cur -= page;
		if (l->top < 0)
			l->top = 0;
		break;
	case A_FIRST: l->cur = 0; break;
	case A_LAST: l->cur = n - 1; break;
	default: return 0;
	}
	listw_clamp(l);
	return 1;
}

void
listw_set(struct listw *l, long long i)
{
	l->cur = i;
	listw_clamp(l);
}

long long
listw_at(const struct listw *l, int row)
{
	long long n = listw_count(l);
	int used = 0;

	if (row < 0)
		return -1;
	for (long long i = l->top; i < n; i++) {
		used += listw_height(l, i);
		if (row < used)
			return i;
		if (used >= l->rows)
			break;
	}
	return -1;
}

void
listw_scroll(struct listw *l, int lines)
{
	long long n = listw_count(l), page = listw_fit(l, l->top, l->rows);

	l->top += lines;
	if (l->top + page > n)
		l->top = n - page;
	if (l->top < 0)
		l->top = 0;
	page = listw_fit(l, l->top, l->rows);
	if (l->cur < l->top)
		l->cur = l->top;
	if (l->cur >= l->top + page)
		l->cur = l->top + page - 1;
	listw_clamp(l);
}
