#include <string.h>

#include "action.h"
#include "config.h"

const struct action_desc actions[A__COUNT] = {
	[A_NONE] = { "none", "", 0, "do nothing (unbinds a key)" },
	[A_DOWN] = { "down", "j Down", AV_ALL, "move down a line" },
	[A_UP] = { "up", "k Up", AV_ALL, "move up a line" },
	[A_PAGE_DOWN] = { "page-down", "PgDn Space C-f C-d", AV_ALL, "move down a page" },
	[A_PAGE_UP] = { "page-up", "PgUp C-b C-u", AV_ALL, "move up a page" },
	[A_FIRST] = { "first", "g Home", AV_ALL, "go to the top" },
	[A_LAST] = { "last", "G End", AV_ALL, "go to the bottom" },
	[A_OPEN] = { "open", "Enter", AV_LIST, "open the candidate's card" },
	[A_BACK] = { "back", "q", AV_ALL, "go back; quit from the list" },
	[A_QUIT] = { "quit", "Q", AV_ALL, "quit at once" },
	[A_NEXT_VIEW] = { "next-view", "Tab", AV_ALL, "switch list, card, timeline" },
	[A_VIEW_LIST] = { "view-list", "1", AV_ALL, "show the list" },
	[A_VIEW_CARD] = { "view-card", "2", AV_ALL, "show the card" },
	[A_VIEW_TIMELINE] = { "view-timeline", "3", AV_ALL, "show the timeline" },
	[A_VIEW_COMPARE] = { "view-compare", "4", AV_ALL,
	    "timelines of all marked or tagged candidates on one axis" },
	[A_NEXT] = { "next", "n", AV_CARD | AV_TIMELINE, "next candidate" },
	[A_PREV] = { "prev", "p", AV_CARD | AV_TIMELINE, "previous candidate" },
	[A_SEARCH] = { "search", "/", AV_ALL, "search; the list narrows as you type" },
	[A_COMMAND] = { "command", ":", AV_ALL, "command prompt (:tag, :sort, :export, ...)" },
	[A_MARK] = { "mark", "t", AV_ALL, "mark or unmark the candidate" },
	[A_MARK_MATCHING] = { "mark-matching", "T", AV_ALL, "mark all matching a query" },
	[A_APPLY_MARKED] = { "apply-marked", ";", AV_ALL,
	    "apply the next action to all marked" },
	[A_NOTE] = { "note", "N", AV_ALL, "write a note" },
	[A_NOTE_EDITOR] = { "note-editor", "E", AV_ALL, "write a long note in $EDITOR" },
	[A_TOGGLE_SEEN] = { "toggle-seen", "U", AV_ALL, "mark seen or not seen" },
	[A_DENSITY] = { "density", "d", AV_LIST, "one line or a card of lines a candidate" },
	[A_SORT] = { "sort", "o", AV_LIST, "next sort order" },
	[A_SORT_REVERSE] = { "sort-reverse", "O", AV_LIST, "reverse the sort order" },
	[A_VIEWS] = { "views", "v", AV_ALL, "choose a saved view" },
	[A_ZOOM_IN] = { "zoom-in", "+ =", AV_TIMELINE, "zoom the timeline in" },
	[A_ZOOM_OUT] = { "zoom-out", "-", AV_TIMELINE, "zoom the timeline out" },
	[A_ZOOM_FIT] = { "zoom-fit", "0", AV_TIMELINE, "fit the whole career to the width" },
	[A_PAN_LEFT] = { "pan-left", "h Left", AV_TIMELINE, "pan the timeline earlier" },
	[A_PAN_RIGHT] = { "pan-right", "l Right", AV_TIMELINE, "pan the timeline later" },
	[A_RELOAD] = { "reload", "R", AV_ALL, "reload from the database" },
	[A_REDRAW] = { "redraw", "C-l", AV_ALL, "redraw the screen" },
	[A_HELP] = { "help", "? F1", AV_ALL, "show every key" },
};

enum action
action_find(const char *name)
{
	for (int i = 1; i < A__COUNT; i++)
		if (strcmp(actions[i].name, name) == 0)
			return (enum action)i;
	return A_NONE;
}

static const char *const key_names[] = {
	"Up", "Down", "Left", "Right", "PgUp", "PgDn", "Home", "End", "Enter",
	"Tab", "BTab", "Space", "Esc", "Backspace", "Del", "Ins",
};

int
key_name_valid(const char *k)
{
	size_t len = strlen(k);

	if (len == 1)
		return (unsigned char)k[0] > 0x20 && (unsigned char)k[0] < 0x7f;
	if (len == 3 && k[0] == 'C' && k[1] == '-')
		return (k[2] >= 'a' && k[2] <= 'z') || (k[2] >= 'A' && k[2] <= 'Z');
	if (k[0] == 'F' && len <= 3) {
		int n = 0;
		for (size_t i = 1; i < len; i++) {
			if (k[i] < '0' || k[i] > '9')
				return 0;
			n = n * 10 + (k[i] - '0');
		}
		return len > 1 && n >= 1 && n <= 12;
	}
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (strcmp(k, key_names[i]) == 0)
			return 1;
	return 0;
}

/* Whether the space-separated list has the word. */
static int
words_have(const char *list, const char *word)
{
	size_t len = strlen(word);

	for (const char *s = list; *s != '\0';) {
		size_t n = strcspn(s, " ");
		if (n == len && strncmp(s, word, n) == 0)
			return 1;
		s += n;
		s += strspn(s, " ");
	}
	return 0;
}

struct binding
action_binding(const struct config *c, const char *key)
{
	struct binding b = { A_NONE, -1 };

	for (int i = 1; i < A__COUNT; i++)
		if (words_have(actions[i].keys, key))
			b.action = (enum action)i;
	for (size_t i = 0; i < c->ntags; i++)
		if (c->tags[i].key != NULL && strcmp(c->tags[i].key, key) == 0) {
			b.action = A_NONE;
			b.tag = (int)i;
		}
	for (size_t i = 0; i < c->nkeys; i++)
		if (strcmp(c->keys[i].key, key) == 0) {
			b.action = c->keys[i].action;
			b.tag = -1;
		}
	return b;
}

static void
keys_add_if(const struct config *c, const char *key, enum action a, int t,
    struct strlist *seen, struct buf *out)
{
	struct binding b = action_binding(c, key);

	if (b.action != a || b.tag != t || strlist_find(seen, key) >= 0)
		return;
	strlist_add(seen, key);
	buf_addf(out, "%s%s", out->len > 0 ? " " : "", key);
}

void
action_keys(const struct config *c, enum action a, int t, struct buf *out)
{
	struct strlist seen = STRLIST_INIT;
	const char *s = a != A_NONE ? actions[a].keys : "";
	char word[16];

	while (*s != '\0') {
		size_t n = strcspn(s, " ");
		if (n < sizeof word) {
			memcpy(word, s, n);
			word[n] = '\0';
			keys_add_if(c, word, a, t, &seen, out);
		}
		s += n;
		s += strspn(s, " ");
	}
	if (t >= 0 && (size_t)t < c->ntags && c->tags[t].key != NULL)
		keys_add_if(c, c->tags[t].key, a, t, &seen, out);
	for (size_t i = 0; i < c->nkeys; i++)
		keys_add_if(c, c->keys[i].key, a, t, &seen, out);
	strlist_clear(&seen);
}
