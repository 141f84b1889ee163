/*
 * action: the one table of named things a key can do in the browser.
 *
 * It drives the default key map, the help screen, the names the YAML `keys:`
 * section accepts, and `dossier keys` (from which the man page section is
 * checked), so none of them can drift from the others.  Key names are
 * written as in the config: "j", "G", "C-f", "Enter", "PgDn", "F1"; the UI
 * turns them into terminal key codes.
 */
#ifndef DOSSIER_ACTION_H
#define DOSSIER_ACTION_H

#include "buf.h"

enum action {
	A_NONE,
	A_DOWN,
	A_UP,
	A_PAGE_DOWN,
	A_PAGE_UP,
	A_FIRST,
	A_LAST,
	A_OPEN,
	A_BACK,
	A_QUIT,
	A_NEXT_VIEW,
	A_VIEW_LIST,
	A_VIEW_CARD,
	A_VIEW_TIMELINE,
	A_VIEW_COMPARE,
	A_NEXT,
	A_PREV,
	A_SEARCH,
	A_COMMAND,
	A_MARK,
	A_MARK_MATCHING,
	A_APPLY_MARKED,
	A_NOTE,
	A_NOTE_EDITOR,
	A_TOGGLE_SEEN,
	A_DENSITY,
	A_SORT,
	A_SORT_REVERSE,
	A_VIEWS,
	A_ZOOM_IN,
	A_ZOOM_OUT,
	A_ZOOM_FIT,
	A_PAN_LEFT,
	A_PAN_RIGHT,
	A_RELOAD,
	A_REDRAW,
	A_HELP,
	A__COUNT
};

/* Where an action means something; the help screen groups by it. */
enum {
	AV_LIST = 1,
	AV_CARD = 2,
	AV_TIMELINE = 4,
	AV_ALL = 7,
};

struct action_desc {
	const char *name;	/* as in the YAML keys: section */
	const char *keys;	/* default keys, space-separated */
	int views;
	const char *help;
};

extern const struct action_desc actions[A__COUNT];

struct config;

/* What a key does once the config has had its say: an action, or (action
 * A_NONE, tag >= 0) toggling config->tags[tag]. */
struct binding {
	enum action action;
	int tag;
};

/* A_NONE if there is no such action. */
enum action action_find(const char *name);
/* Whether a single key name is one dossier understands. */
int key_name_valid(const char *);
/* The binding of one key name: the defaults, then the tags' keys, then the
 * config's keys: section, the last word winning. */
struct binding action_binding(const struct config *, const char *key);
/* Every key name bound to action a (or to tag t when a is A_NONE), space
 * separated, in the order of the defaults then the config. */
void action_keys(const struct config *, enum action a, int t, struct buf *out);

#endif
