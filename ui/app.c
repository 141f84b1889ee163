#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/xalloc.h"
#include "app.h"
#include "help.h"
#include "menu.h"
#include "view_card.h"
#include "view_compare.h"
#include "view_list.h"
#include "view_timeline.h"

const struct view_ops *const app_views[VIEW__COUNT] = {
	[VIEW_LIST] = &list_view_ops,
	[VIEW_CARD] = &card_view_ops,
	[VIEW_TIMELINE] = &timeline_view_ops,
	[VIEW_COMPARE] = &compare_view_ops,
	[VIEW_HELP] = &help_view_ops,
	[VIEW_MENU] = &menu_view_ops,
};

void
app_init(struct app *a, struct cli *c)
{
	memset(a, 0, sizeof *a);
	a->cli = c;
	a->store = c->store;
	a->cfg = &c->cfg;
	a->user = cli_user(c);
	a->cur.id = -1;
	a->seen_id = -1;
	a->data_version = store_data_version(a->store);
}

static void
current_free(struct current *c)
{
	profile_free(c->p);
	store_tags_free(c->tags, c->ntags);
	store_notes_free(c->notes, c->nnotes);
	c->p = NULL;
	c->tags = NULL;
	c->notes = NULL;
	c->ntags = c->nnotes = 0;
	c->id = -1;
}

void
app_free(struct app *a)
{
	current_free(&a->cur);
	marks_clear(&a->marks);
	history_close(&a->hsearch);
	history_close(&a->hcommand);
	history_close(&a->hnote);
}

void
app_msg(struct app *a, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(a->msg, sizeof a->msg, fmt, ap);
	va_end(ap);
	a->msg_error = 0;
}

void
app_error(struct app *a, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(a->msg, sizeof a->msg, fmt, ap);
	va_end(ap);
	a->msg_error = 1;
}

static int
view_is_candidate(enum view_id v)
{
	return v == VIEW_CARD || v == VIEW_TIMELINE || v == VIEW_COMPARE;
}

void
app_push(struct app *a, enum view_id v)
{
	if (v == a->view)
		return;
	if (a->view == VIEW_COMPARE && (v == VIEW_CARD || v == VIEW_TIMELINE))
		a->nav = NAV_COMPARE;
	else if (a->view == VIEW_LIST)
		a->nav = NAV_LIST;
	if (a->nback == (int)(sizeof a->back / sizeof a->back[0]))
		memmove(a->back, a->back + 1, sizeof a->back - sizeof a->back[0]), a->nback--;
	a->back[a->nback++] = a->view;
	a->view = v;
}

/* Going to a view already on the stack goes back to it; between the card,
 * the timeline and the comparison it is a switch, not a step deeper. */
void
app_show(struct app *a, enum view_id v)
{
	/* the help and the menu are passing: leaving them is leaving them */
	if ((a->view == VIEW_HELP || a->view == VIEW_MENU) && v != a->view && a->nback > 0)
		a->view = a->back[--a->nback];
	if (v == a->view)
		return;
	for (int i = 0; i < a->nback; i++)
		if (a->back[i] == v) {
			a->nback = i;
			a->view = v;
			if (v == VIEW_LIST)
				a->nav = NAV_LIST;
			return;
		}
	if (view_is_candidate(a->view) && view_is_candidate(v)) {
		if (a->view == VIEW_COMPARE)
			a->nav = NAV_COMPARE;
		a->view = v;
		return;
	}
	app_push(a, v);
}

void
app_back(struct app *a)
{
	if (a->nback == 0) {
		a->quit = 1;
		return;
	}
	a->view = a->back[--a->nback];
	if (a->view == VIEW_LIST)
		a->nav = NAV_LIST;
}

int
app_action_anywhere(enum action a)
{
	switch (a) {
	case A_BACK: case A_QUIT: case A_HELP: case A_NEXT_VIEW: case A_VIEW_LIST:
	case A_VIEW_CARD: case A_VIEW_TIMELINE: case A_VIEW_COMPARE: case A_SEARCH:
	case A_COMMAND: case A_RELOAD: case A_REDRAW: case A_VIEWS:
		return 1;
	default:
		return 0;
	}
}

long long
app_cursor_id(struct app *a)
{
	return a->nav == NAV_COMPARE ? compare_cursor_id(a) : list_cursor_id(a);
}

void
app_position(struct app *a, long long *i, long long *n)
{
	if (a->nav == NAV_COMPARE)
		compare_position(a, i, n);
	else
		list_position(a, i, n);
}

static int
current_load(struct app *a, long long id)
{
	struct current *c = &a->cur;
	enum status st;

	current_free(c);
	if ((st = store_get(a->store, id, &c->p)) != ST_OK) {
		if (st == ST_NOTFOUND)
			app_error(a, "#%lld is no longer in the database", id);
		else
			app_error(a, "#%lld: %s", id, store_error(a->store));
		c->p = NULL;
		return -1;
	}
	store_tags(a->store, id, &c->tags, &c->ntags);
	store_notes(a->store, id, &c->notes, &c->nnotes);
	c->id = id;
	c->stale = 0;
	c->gen++;
	return 0;
}

/* Opening a candidate marks it seen, once a visit, so U can take it back. */
static void
current_seen(struct app *a)
{
	if (a->seen_id == a->cur.id)
		return;
	a->seen_id = a->cur.id;
	if (store_is_seen(a->store, a->cur.id, a->user))
		return;
	if (store_seen(a->store, a->cur.id, a->user, 1) == ST_OK)
		list_changed(a);
}

const struct current *
app_current(struct app *a, int seen)
{
	long long id = app_cursor_id(a);

	if (id < 0)
		return NULL;
	if ((id != a->cur.id || a->cur.stale) && current_load(a, id) != 0)
		return NULL;
	if (seen)
		current_seen(a);
	return &a->cur;
}

int
app_step(struct app *a, int delta)
{
	return a->nav == NAV_COMPARE ? compare_step(a, delta) : list_step(a, delta);
}

void
app_changed(struct app *a)
{
	list_changed(a);
	compare_changed(a);
	a->cur.stale = 1;
	a->data_version = store_data_version(a->store);
}

int
app_poll(struct app *a)
{
	long long v = store_data_version(a->store);

	if (v == a->data_version)
		return 0;
	app_changed(a);
	return 1;
}
