/*
 * app: what the views share and what any of them may ask for.  The store
 * and the user, the candidate on show, the marks, the message line, the
 * stack of views q goes back through; saying something, switching views,
 * noticing the database changed, stepping to the next candidate, tagging.
 */
#ifndef DOSSIER_UI_APP_H
#define DOSSIER_UI_APP_H

#include "../src/action.h"
#include "../src/buf.h"
#include "../src/cli.h"
#include "../src/history.h"
#include "../src/profile.h"
#include "../src/store.h"
#include "marks.h"

enum view_id {
	VIEW_LIST,
	VIEW_CARD,
	VIEW_TIMELINE,
	VIEW_COMPARE,
	VIEW_HELP,
	VIEW_MENU,
	VIEW__COUNT
};

struct app;

/* A view, as tig's view_ops: the main loop knows views only by these. */
struct view_ops {
	const char *title;
	int help;	/* AV_*: the actions the help shows first */
	void (*draw)(struct app *, int y, int h, int w);
	/* A view read as a page (the card), whose head the frame's top lines
	 * are: they scroll away with it, so that a one-line scroll is one for
	 * the whole terminal.  Draws rows 0 to h - 1 but for the first head
	 * ones while they show, and says how many do.  NULL: the frame's
	 * lines stay where they are. */
	int (*draw_page)(struct app *, int head, int h, int w);
	/* 1 if the view did something with a */
	int (*action)(struct app *, enum action a);
	void (*status)(struct app *, struct buf *left, struct buf *right);
	void (*click)(struct app *, int row, int col, int twice);
	void (*wheel)(struct app *, int lines);
};

/* The candidate the card and the timeline show. */
struct current {
	long long id;
	struct profile *p;
	struct tag_mark *tags;
	size_t ntags;
	struct note_mark *notes;
	size_t nnotes;
	int stale;	/* reload before showing */
	unsigned gen;	/* counts loads, so views know to lay out again */
};

/* Where n and p step: the list, or the candidates being compared. */
enum nav {
	NAV_LIST,
	NAV_COMPARE,
};

struct prompt;

struct app {
	struct cli *cli;
	struct store *store;
	const struct config *cfg;
	const char *user;
	enum view_id view;
	enum view_id back[8];
	int nback;
	enum nav nav;
	struct listv *list;
	struct cardv *card;
	struct tlv *tl;
	struct cmpv *cmp;
	struct helpv *help;
	struct menuv *menu;
	struct current cur;
	long long seen_id;	/* marked seen on this visit already */
	struct marks marks;
	int apply_marked;	/* ; was pressed: the next action is for all marked */
	char msg[512];
	int msg_error;
	long long data_version;
	int quit;
	struct prompt *prompt;	/* open: it owns the bottom line */
	struct history hsearch, hcommand, hnote;	/* of the prompts */
};

extern const struct view_ops *const app_views[VIEW__COUNT];

void app_init(struct app *, struct cli *);
void app_free(struct app *);

void app_msg(struct app *, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void app_error(struct app *, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Shows a view one step deeper: q comes back to the one before. */
void app_push(struct app *, enum view_id);
/* Goes to a view: back to it when it is on the way back, beside the one
 * shown when both show candidates (card, timeline, compare), else deeper. */
void app_show(struct app *, enum view_id);
/* q: back to the view before, or quit from the list. */
void app_back(struct app *);

/* The id of the candidate under the cursor where n and p step; -1 if none. */
long long app_cursor_id(struct app *);
/* Whether a means something on a screen without candidates (help, menu):
 * leaving, switching views, searching, commands. */
int app_action_anywhere(enum action a);
/* Where the cursor is among how many (1-based). */
void app_position(struct app *, long long *i, long long *n);
/* The candidate under the cursor, loaded (and marked seen when seen); NULL
 * if there is none, with a message said. */
const struct current *app_current(struct app *, int seen);
/* Steps to the next (delta 1) or previous candidate; 0 if there was one,
 * else it says so. */
int app_step(struct app *, int delta);
/* "Name · i of n" on a status line, for the view showing candidate id. */
void app_status_position(struct app *, long long id, struct buf *left);

/* The database changed (ours or someone else's write): every view drops
 * what it cached. */
void app_changed(struct app *);
/* Checks PRAGMA data_version; 1 if someone else wrote. */
int app_poll(struct app *);

/* The ids an action applies to: every marked one after ;, else the one
 * under the cursor.  Caller frees; 0 if there is none (message said). */
size_t app_targets(struct app *, long long **ids);
/* Toggles config->tags[t] on the targets. */
void app_toggle_tag(struct app *, size_t t);
/* Puts (on) or takes off (!on) a tag on the targets. */
void app_set_tag(struct app *, const char *tag, int on);
void app_add_note(struct app *, const char *text);
void app_toggle_seen(struct app *);

#endif
