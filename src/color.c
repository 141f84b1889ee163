#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "color.h"

const struct color_element color_elements[] = {
	{ "default", "default", "normal", "ordinary text" },
	{ "title", "bold", "bold", "the title bar" },
	{ "status", "black on cyan", "reverse", "the status line" },
	{ "header", "bold", "bold", "column headers and card headings" },
	{ "cursor", "reverse", "reverse", "the marker of the selected row (the list's with list.plain: false)" },
	{ "cursor-row", "normal", "normal",
	  "added to the rest of the selected row (reverse: a full-width bar, two rows "
	  "redrawn a move)" },
	{ "name", "bold", "bold", "candidate names (in the list with list.plain: false)" },
	{ "dim", "dim", "dim", "secondary text" },
	{ "unseen", "bold green", "bold", "the not-yet-seen mark (with list.plain: false)" },
	{ "mark", "bold magenta", "bold", "marked candidates" },
	{ "tag", "yellow", "underline", "tags" },
	{ "match", "bold yellow", "underline", "search matches" },
	{ "bar", "black on green", "reverse", "timeline bars of roles" },
	{ "bar-alt", "black on cyan", "bold reverse", "alternate role bars" },
	{ "bar-education", "black on blue", "underline", "timeline bars of education" },
	{ "gap", "red", "dim", "gaps in a career" },
	{ "figure", "cyan", "normal", "the computed figures on the card" },
	{ "company", "bold", "bold", "companies and schools on the card" },
	{ "present", "bold red", "bold", "the present on a timeline" },
	{ "axis", "dim", "normal", "the timeline axis" },
	{ "error", "bold red", "bold", "error messages" },
	{ "prompt", "bold", "bold", "the prompt" },
};
const int color_nelements = (int)(sizeof color_elements / sizeof color_elements[0]);

static const char *const color_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};

static const struct {
	const char *name;
	int attr;
} attr_names[] = {
	{ "normal", 0 }, { "bold", CA_BOLD }, { "dim", CA_DIM },
	{ "underline", CA_UNDERLINE }, { "reverse", CA_REVERSE },
	{ "italic", CA_ITALIC }, { "blink", CA_BLINK },
};

int
color_element_find(const char *name)
{
	for (int i = 0; i < color_nelements; i++)
		if (strcmp(color_elements[i].name, name) == 0)
			return i;
	return -1;
}

static int
color_word(const char *w, int *out)
{
	if (strcmp(w, "default") == 0) {
		*out = COLOR_DEFAULT;
		return 0;
	}
	for (int i = 0; i < 8; i++) {
		if (strcmp(w, color_names[i]) == 0) {
			*out = i;
			return 0;
		}
		if (strncmp(w, "bright", 6) == 0 && strcmp(w + 6, color_names[i]) == 0) {
			*out = i + 8;
			return 0;
		}
	}
	if (strncmp(w, "color", 5) == 0 || strncmp(w, "colour", 6) == 0) {
		const char *d = w + (w[5] == 'r' ? 6 : 5);
		char *end;
		long n = strtol(d, &end, 10);
		if (*d != '\0' && *end == '\0' && n >= 0 && n <= 255) {
			*out = (int)n;
			return 0;
		}
	}
	return -1;
}

static int
attr_word(const char *w, int *attrs)
{
	for (size_t i = 0; i < sizeof attr_names / sizeof attr_names[0]; i++) {
		if (strcmp(w, attr_names[i].name) == 0) {
			*attrs |= attr_names[i].attr;
			return 0;
		}
	}
	return -1;
}

int
color_parse(const char *spec, struct color_spec *c, char *why, size_t whylen)
{
	char word[32];
	int on = 0, have_fg = 0, n;

	c->fg = c->bg = COLOR_DEFAULT;
	c->attrs = 0;
	while (sscanf(spec, " %31s%n", word, &n) == 1) {
		int col;
		spec += n;
		if (strcmp(word, "on") == 0 && !on)
			on = 1;
		else if (attr_word(word, &c->attrs) == 0 && !on)
			;
		else if (color_word(word, &col) == 0 && (on || !have_fg)) {
			if (on) {
				c->bg = col;
				on = 2;
			} else {
				c->fg = col;
				have_fg = 1;
			}
		} else {
			snprintf(why, whylen, "'%s' is not a colour or attribute here "
			    "(e.g. \"bold yellow on blue\")", word);
			return -1;
		}
	}
	if (on == 1) {
		snprintf(why, whylen, "'on' needs a background colour after it");
		return -1;
	}
	return 0;
}
