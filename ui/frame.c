#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "frame.h"
#include "prompt.h"
#include "theme.h"

static void
frame_small(void)
{
	char msg[96];
	int y = LINES / 2, w = COLS;

	erase();
	snprintf(msg, sizeof msg, "terminal too small: %dx%d, need %dx%d", COLS, LINES,
	    TERM_MIN_COLS, TERM_MIN_LINES);
	if (w > (int)strlen(msg))
		draw_text(y, (w - (int)strlen(msg)) / 2, w, msg, theme(EL_ERROR));
	else
		draw_text(0, 0, w, msg, theme(EL_ERROR));
}

static const enum view_id tabs[] = { VIEW_LIST, VIEW_CARD, VIEW_TIMELINE, VIEW_COMPARE };
#define NTABS (sizeof tabs / sizeof tabs[0])
static int tab_x[NTABS + 1];	/* where each tab starts, and where the last ends */
static int title_y;		/* the title line's row; -1 while scrolled away */
static int status_shown = 1;	/* 0 while the status line is scrolled away */

static void
frame_title(struct app *a, int y, int w)
{
	attr_t t = theme(EL_TITLE);
	int x;
	char tab[32];

	title_y = y;
	draw_fill(y, 0, w, t);
	x = draw_text(y, 1, w - 1, "dossier", t) + 3;
	for (size_t i = 0; i < NTABS; i++) {
		tab_x[i] = x;
		snprintf(tab, sizeof tab, " %zu %s ", i + 1, app_views[tabs[i]]->title);
		if (x < w)
			x += draw_text(y, x, w - x, tab, a->view == tabs[i] ? t | A_REVERSE : t);
	}
	tab_x[NTABS] = x;
	if (a->view == VIEW_HELP || a->view == VIEW_MENU)
		x += draw_text(y, x + 1, w - x - 1, app_views[a->view]->title,
		    t | A_REVERSE) + 1;
	if (w - x > 16)
		draw_text(y, w - 15, 14, "? help  q back", t);
}

int
frame_tab_at(int y, int x)
{
	if (y != title_y)
		return -1;
	for (size_t i = 0; i < NTABS; i++)
		if (x >= tab_x[i] && x < tab_x[i + 1] && tab_x[i + 1] > tab_x[i])
			return (int)tabs[i];
	return -1;
}

int
frame_on_top(const struct app *a)
{
	return a->cfg->ui_status == NULL || strcmp(a->cfg->ui_status, "bottom") != 0;
}

/* The lines under the view: the prompt's, and below the status line the
 * message line when there is no prompt. */
static int
frame_below(const struct app *a)
{
	int n = a->prompt != NULL ? prompt_lines(a->prompt) : 0;

	if (!frame_on_top(a))
		n = (n > 1 ? n : 1) + 1;
	return n;
}

void
frame_view(const struct app *a, int *y, int *h)
{
	int top = frame_on_top(a);

	*y = top ? 2 : 1;
	*h = LINES - *y - frame_below(a);
}

/* The left of the status line: what the view says, and with the status
 * line on top the message, at the right end of it when both fit, else
 * instead of it. */
static void
frame_left(struct app *a, int y, int w, const char *view, attr_t s)
{
	const char *msg = frame_on_top(a) ? a->msg : "";
	attr_t ms = a->msg_error ? s | A_BOLD : s;
	int mw = draw_width(msg);

	if (*msg != '\0' && draw_width(view) + 2 + mw > w)
		draw_text(y, 1, w, msg, ms);
	else {
		draw_text(y, 1, w, view, s);
		if (*msg != '\0')
			draw_text(y, 1 + w - mw, mw, msg, ms);
	}
}

static void
frame_status(struct app *a, int y, int w)
{
	struct buf left = BUF_INIT, right = BUF_INIT;
	attr_t s = theme(EL_STATUS);
	int rw;

	app_views[a->view]->status(a, &left, &right);
	if (a->marks.n > 0)
		buf_addf(&right, "%s%zu marked", right.len > 0 ? "  " : "", a->marks.n);
	if (a->apply_marked)
		buf_addf(&right, "%s; to all marked", right.len > 0 ? "  " : "");
	buf_addf(&right, "%s%s ", right.len > 0 ? "  " : "", a->user);
	rw = draw_width(buf_str(&right));
	if (rw > w / 2)
		rw = w / 2;
	draw_fill(y, 0, w, s);
	frame_left(a, y, w - rw - 2, buf_str(&left), s);
	draw_text(y, w - rw, rw, buf_str(&right), s);
	buf_free(&left);
	buf_free(&right);
}

/* The prompt on the last lines of the h, or (with the status line at the
 * bottom, or scrolled away) the message line.  The terminal's cursor shows
 * only in the prompt; elsewhere it stays where the last change left it,
 * which costs nothing to send. */
static void
frame_bottom(struct app *a, int h, int w)
{
	int y = h - 1;

	if (a->prompt != NULL) {
		int x;
		y = h - prompt_lines(a->prompt);
		x = prompt_draw(a->prompt, y, w);
		leaveok(stdscr, FALSE);
		curs_set(1);
		move(y, x);
		return;
	}
	if (!frame_on_top(a) || (!status_shown && a->msg[0] != '\0'))
		draw_field(y, 0, w, a->msg, theme(a->msg_error ? EL_ERROR : EL_DEFAULT));
	leaveok(stdscr, TRUE);
	curs_set(0);
}

static unsigned serial = 1;

unsigned
frame_serial(void)
{
	return serial;
}

/* The view, and the title and status lines where it left them. */
static void
frame_lines(struct app *a, int w)
{
	const struct view_ops *v = app_views[a->view];
	int y, vh, shown;

	frame_view(a, &y, &vh);
	/* the view first: its status may depend on what it laid out */
	if (v->draw_page != NULL && frame_on_top(a))
		shown = v->draw_page(a, y, y + vh, w);
	else {
		v->draw(a, y, vh, w);
		shown = y;
	}
	title_y = -1;
	if (shown == y)
		frame_title(a, 0, w);
	status_shown = !frame_on_top(a) || shown > 0;
	if (status_shown)
		frame_status(a, frame_on_top(a) ? shown - 1 : y + vh, w);
}

void
frame_draw(struct app *a)
{
	int w = COLS, h = LINES;

	serial++;
	if (term_too_small())
		frame_small();
	else {
		frame_lines(a, w);
		frame_bottom(a, h, w);
	}
	wnoutrefresh(stdscr);
	doupdate();
}
