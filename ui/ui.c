/*
 * The browser's entry and its loop: read a key, let the view have it, else
 * do what it means everywhere, draw what changed.  While no key comes the
 * loop wakes every POLL_MS to ask the database whether someone else wrote
 * (PRAGMA data_version); nothing is drawn, so nothing is sent, unless they
 * did.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/cli.h"
#include "../src/config.h"
#include "../src/xalloc.h"
#include "app.h"
#include "command.h"
#include "draw.h"
#include "frame.h"
#include "help.h"
#include "keymap.h"
#include "menu.h"
#include "note.h"
#include "prompt.h"
#include "term.h"
#include "theme.h"
#include "ui.h"
#include "view_card.h"
#include "view_compare.h"
#include "view_list.h"
#include "view_timeline.h"

#define POLL_MS 1500

static void
ui_search_changed(struct app *a, const char *text, char *err, size_t errlen, int *col)
{
	list_set_query(a, text, err, errlen, col);
}

/* The list narrows as the query is typed; Esc puts it back as it was. */
static void
ui_search(struct app *a)
{
	char *old = list_query(a) != NULL ? xstrdup(list_query(a)) : NULL, *line, err[ERRLEN];
	long long id = list_cursor_id(a);
	int col;

	app_show(a, VIEW_LIST);
	line = prompt_read(a, "/", old, &a->hsearch, ui_search_changed);
	if (line == NULL || list_set_query(a, line, err, sizeof err, &col) != 0) {
		if (line != NULL)
			app_error(a, "query: column %d: %s", col, err);
		list_set_query(a, old, err, sizeof err, &col);
		if (id >= 0)
			list_select(a, id);
	}
	free(line);
	free(old);
}

static void
ui_mark_matching(struct app *a)
{
	char *line = prompt_read(a, "mark matching: ", NULL, &a->hsearch,
	    command_check_query);
	char *cmd;

	if (line == NULL)
		return;
	cmd = xprintf("mark %s", line);
	command_run(a, cmd);
	free(cmd);
	free(line);
}

static void
ui_mark(struct app *a)
{
	long long id = app_cursor_id(a);

	if (a->apply_marked) {
		app_msg(a, "%zu unmarked", a->marks.n);
		marks_clear(&a->marks);
	} else if (id < 0)
		app_error(a, "no candidate here");
	else {
		marks_toggle(&a->marks, id);
		/* as in mutt: mark, and on to the next */
		if (a->view == VIEW_LIST)
			list_step(a, 1);
	}
	compare_changed(a);
}

static void
ui_next_view(struct app *a)
{
	switch (a->view) {
	case VIEW_LIST: app_show(a, VIEW_CARD); break;
	case VIEW_CARD: app_show(a, VIEW_TIMELINE); break;
	default: app_show(a, VIEW_LIST); break;
	}
}

/* The list's keys work from anywhere: they act on it and show it. */
static void
ui_list_action(struct app *a, enum action act)
{
	app_show(a, VIEW_LIST);
	app_views[VIEW_LIST]->action(a, act);
}

static int
ui_view_action(struct app *a, enum action act)
{
	switch (act) {
	case A_NEXT_VIEW: ui_next_view(a); return 1;
	case A_VIEW_LIST: app_show(a, VIEW_LIST); return 1;
	case A_VIEW_CARD: app_show(a, VIEW_CARD); return 1;
	case A_VIEW_TIMELINE: app_show(a, VIEW_TIMELINE); return 1;
	case A_VIEW_COMPARE: app_show(a, VIEW_COMPARE); return 1;
	case A_VIEWS: app_push(a, VIEW_MENU); return 1;
	case A_HELP: app_push(a, VIEW_HELP); return 1;
	case A_BACK: app_back(a); return 1;
	case A_QUIT: a->quit = 1; return 1;
	case A_DENSITY: case A_SORT: case A_SORT_REVERSE: ui_list_action(a, act); return 1;
	default: return 0;
	}
}

static void
ui_action(struct app *a, enum action act)
{
	if (ui_view_action(a, act))
		return;
	switch (act) {
	case A_SEARCH: ui_search(a); break;
	case A_COMMAND: command_prompt(a); break;
	case A_MARK: ui_mark(a); break;
	case A_MARK_MATCHING: ui_mark_matching(a); break;
	case A_APPLY_MARKED:
		a->apply_marked = 1;
		app_msg(a, "; the next action is for all %zu marked", a->marks.n);
		break;
	case A_NOTE: note_prompt(a); break;
	case A_NOTE_EDITOR: note_editor(a); break;
	case A_TOGGLE_SEEN: app_toggle_seen(a); break;
	case A_RELOAD:
		app_changed(a);
		app_msg(a, "reloaded");
		break;
	case A_REDRAW: clearok(curscr, TRUE); break;
	default:
		app_msg(a, "%s: nothing to do in the %s", actions[act].name,
		    app_views[a->view]->title);
		break;
	}
}

static void
ui_mouse(struct app *a)
{
	MEVENT ev;
	const struct view_ops *v = app_views[a->view];
	int y, h;

	frame_view(a, &y, &h);
	if (getmouse(&ev) != OK || term_too_small())
		return;
	if (ev.bstate & BUTTON4_PRESSED)
		v->wheel(a, -3);
	else if (ev.bstate & BUTTON5_PRESSED)
		v->wheel(a, 3);
	else if (!(ev.bstate & (BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED)))
		return;
	else if (frame_tab_at(ev.y, ev.x) >= 0)
		app_show(a, (enum view_id)frame_tab_at(ev.y, ev.x));
	else if (ev.y >= y && ev.y < y + h)
		v->click(a, ev.y - y, ev.x, (ev.bstate & BUTTON1_DOUBLE_CLICKED) != 0);
}

static void
ui_key(struct app *a, int k)
{
	int apply = a->apply_marked;
	struct binding b;
	char name[32];

	if (k == KEYFN(KEY_RESIZE))
		return;
	if (k == KEYFN(KEY_MOUSE)) {
		ui_mouse(a);
		return;
	}
	b = keymap_lookup(k);
	if (term_too_small() && b.action != A_BACK && b.action != A_QUIT)
		return;
	a->msg[0] = '\0';
	if (b.tag >= 0 && (a->view == VIEW_HELP || a->view == VIEW_MENU))
		app_msg(a, "tags are for candidates: q goes back to them");
	else if (b.tag >= 0)
		app_toggle_tag(a, (size_t)b.tag);
	else if (b.action == A_NONE) {
		keymap_name(k, name, sizeof name);
		app_error(a, "%s does nothing (? lists the keys)", name);
	} else if (!app_views[a->view]->action(a, b.action))
		ui_action(a, b.action);
	if (apply && b.action != A_APPLY_MARKED)
		a->apply_marked = 0;
}

static void
ui_loop(struct app *a)
{
	int dirty = 1, k;

	while (!a->quit) {
		if (dirty)
			frame_draw(a);
		dirty = 0;
		if ((k = term_key(POLL_MS)) == K_QUIT)
			break;
		if (k == K_NONE)
			dirty = app_poll(a);
		else {
			ui_key(a, k);
			dirty = 1;
		}
	}
}

static void
ui_views_free(struct app *a)
{
	list_free(a->list);
	card_view_free(a->card);
	timeline_free(a->tl);
	compare_free(a->cmp);
	help_free(a->help);
	menu_free(a->menu);
}

/* The : and / prompts remember across sessions; notes only in this one
 * (they are in the database, and may be private). */
static void
ui_history_open(struct app *a)
{
	char *path = config_state_path("history");

	history_open(&a->hsearch, '/', path);
	history_open(&a->hcommand, ':', path);
	history_open(&a->hnote, 0, NULL);
	free(path);
}

int
ui_main(struct cli *c, const char *query)
{
	struct app a;
	char err[ERRLEN];
	int rc;

	if ((rc = cli_config(c)) != 0)
		return rc;
	app_init(&a, c);
	ui_history_open(&a);
	if (term_start(c->cfg.ascii, c->cfg.mouse, err, sizeof err) != 0) {
		cli_error("%s", err);
		app_free(&a);
		return status_exit(ST_IO);
	}
	draw_init(term_ascii());
	theme_init(&c->cfg, term_colors());
	keymap_init(&c->cfg);
	if (c->cfg.warnings.n > 0)
		app_error(&a, "%s", c->cfg.warnings.v[0]);
	list_new(&a, query);
	card_new(&a);
	timeline_new(&a);
	compare_new(&a);
	help_new(&a);
	menu_new(&a);
	ui_loop(&a);
	term_end();
	ui_views_free(&a);
	keymap_free();
	theme_free();
	app_free(&a);
	return 0;
}
