/*
 * color: colour specifications as the config writes them, "bold yellow on
 * blue", "reverse", "color208 on default", and the screen elements they
 * colour.  Parsed here (no curses) so the config can check them; the UI turns
 * them into curses pairs.
 */
#ifndef DOSSIER_COLOR_H
#define DOSSIER_COLOR_H

enum {
	CA_BOLD = 1,
	CA_DIM = 2,
	CA_UNDERLINE = 4,
	CA_REVERSE = 8,
	CA_ITALIC = 16,
	CA_BLINK = 32,
};

#define COLOR_DEFAULT (-1)

struct color_spec {
	int fg, bg;	/* 0..255, or COLOR_DEFAULT */
	int attrs;	/* CA_* */
};

/* 0 if spec parses, else -1 with why (at least 64 bytes) filled in. */
int color_parse(const char *spec, struct color_spec *, char *why, size_t whylen);

/* The elements a theme can colour, with their defaults. */
struct color_element {
	const char *name;
	const char *def;	/* with colour */
	const char *mono;	/* without colour (NO_COLOR, vt100) */
	const char *help;
};

extern const struct color_element color_elements[];
extern const int color_nelements;
int color_element_find(const char *name);

#endif
