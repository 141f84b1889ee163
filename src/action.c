#include <string.h>

#include "action.h"

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
