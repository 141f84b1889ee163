#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/xalloc.h"
#include "command.h"
#include "draw.h"
#include "help.h"
#include "pager.h"
#include "theme.h"

struct helpv {
	struct pager pg;
	int width;
	int for_views;	/* laid out for the view help was opened from */
};

#define KEYS_W 18

struct helpv *
help_new(struct app *a)
{
	struct helpv *h = xcalloc(1, sizeof *h);

	a->help = h;
	return h;
}

void
help_free(struct helpv *h)
{
	if (h == NULL)
		return;
	pager_free(&h->pg);
	free(h);
}

static void
help_row(struct pager *pg, const char *keys, const char *name, const char *text, int w)
{
	char *line = xprintf("%-*s %-14s %s", KEYS_W, keys, name, text);

	pager_add(pg, EL_DEFAULT, 2, KEYS_W + 16, line, w);
	free(line);
}

/* The actions that mean something in views (and not in skip). */
static void
help_actions(struct app *a, struct pager *pg, const char *title, int views, int skip, int w)
{
	int first = 1;

	for (int i = 1; i < A__COUNT; i++) {
		struct buf keys = BUF_INIT;
		if (!(actions[i].views & views) || (actions[i].views & skip))
			continue;
		if (first)
			pager_add(pg, EL_HEADER, 0, 0, title, w);
		first = 0;
		action_keys(a->cfg, (enum action)i, -1, &keys);
		help_row(pg, keys.len > 0 ? buf_str(&keys) : "(none)", actions[i].name,
		    actions[i].help, w);
		buf_free(&keys);
	}
	if (!first)
		pager_add(pg, EL_DEFAULT, 0, 0, "", w);
}

static void
help_tags(struct app *a, struct pager *pg, int w)
{
	pager_add(pg, EL_HEADER, 0, 0, "Tags (toggle on the candidate; after ; on all marked)",
	    w);
	for (size_t i = 0; i < a->cfg->ntags; i++) {
		struct buf keys = BUF_INIT;
		char *text = xprintf("%s%s%s", a->cfg->tags[i].name,
		    a->cfg->tags[i].description != NULL ? ": " : "",
		    a->cfg->tags[i].description != NULL ? a->cfg->tags[i].description : "");
		action_keys(a->cfg, A_NONE, (int)i, &keys);
		help_row(pg, keys.len > 0 ? buf_str(&keys) : "(none)", "tag", text, w);
		buf_free(&keys);
		free(text);
	}
	pager_add(pg, EL_DEFAULT, 0, 0, "", w);
}

static void
help_commands(struct pager *pg, int w)
{
	pager_add(pg, EL_HEADER, 0, 0, "Commands (after :, a unique prefix will do)", w);
	for (size_t i = 0; i < ui_ncommands; i++) {
		char *use = xprintf(":%s%s%s", ui_commands[i].name,
		    ui_commands[i].args[0] != '\0' ? " " : "", ui_commands[i].args);
		char *line = xprintf("%s %s %s", use, glyph(G_SEP), ui_commands[i].help);
		pager_add(pg, EL_DEFAULT, 2, 4, line, w);
		free(use);
		free(line);
	}
	pager_add(pg, EL_DEFAULT, 0, 0, "", w);
	pager_add(pg, EL_HEADER, 0, 0, "Prompts", w);
	pager_add(pg, EL_DEFAULT, 2, 4, "Enter accepts, but not a query with a mistake: a "
	    "caret under the prompt points at it; Esc gives up (a search puts the "
	    "list back); Left, Right, C-a, C-e move; C-u, C-k, C-w delete; Up and Down "
	    "recall earlier lines; Tab completes commands, tags, orders and views.", w);
	pager_add(pg, EL_DEFAULT, 0, 0, "", w);
	pager_add(pg, EL_HEADER, 0, 0, "Mouse (ui.mouse)", w);
	pager_add(pg, EL_DEFAULT, 2, 4, "The wheel scrolls; a click selects a candidate, a "
	    "second click or a double click opens it.", w);
}

static void
help_layout(struct app *a, struct helpv *h, int views, int w)
{
	pager_clear(&h->pg);
	pager_add(&h->pg, EL_DIM, 0, 0, "Every key as this configuration binds it (keys: in "
	    "dossier.yaml); q or ? leaves.", w);
	pager_add(&h->pg, EL_DEFAULT, 0, 0, "", w);
	help_actions(a, &h->pg, "Here", views, 0, w);
	help_actions(a, &h->pg, "In the other views", AV_ALL, views, w);
	help_tags(a, &h->pg, w);
	help_commands(&h->pg, w);
	h->width = w;
	h->for_views = views;
}

static void
help_draw(struct app *a, int y, int hgt, int w)
{
	struct helpv *h = a->help;
	enum view_id from = a->nback > 0 ? a->back[a->nback - 1] : VIEW_LIST;
	int views = app_views[from]->help;

	if (h->width != w - 1 || h->for_views != views)
		help_layout(a, h, views, w - 1);
	for (int r = 0; r < hgt; r++)
		draw_fill(y + r, 0, 1, theme(EL_DEFAULT));
	pager_draw(&h->pg, y, 1, hgt, w - 1);
}

static int
help_action(struct app *a, enum action act)
{
	if (act == A_HELP) {
		app_back(a);
		return 1;
	}
	if (pager_action(&a->help->pg, act))
		return 1;
	if (app_action_anywhere(act))
		return 0;
	app_msg(a, "%s: q goes back to the candidates first", actions[act].name);
	return 1;
}

static void
help_status(struct app *a, struct buf *left, struct buf *right)
{
	buf_adds(left, "help");
	if (pager_more(&a->help->pg))
		buf_addf(right, "more %s", glyph(G_MORE));
}

static void
help_wheel(struct app *a, int lines)
{
	pager_scroll(&a->help->pg, lines);
}

static void
help_click(struct app *a, int row, int col, int twice)
{
	(void)a;
	(void)row;
	(void)col;
	(void)twice;
}

const struct view_ops help_view_ops = {
	.title = "Help",
	.help = AV_ALL,
	.draw = help_draw,
	.action = help_action,
	.status = help_status,
	.click = help_click,
	.wheel = help_wheel,
};
