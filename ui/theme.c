#include <stdlib.h>
#include <string.h>

#include "../src/color.h"
#include "../src/xalloc.h"
#include "theme.h"

static const char *const el_names[EL__COUNT] = {
	"default", "title", "status", "header", "cursor", "cursor-row", "name", "dim", "unseen",
	"mark", "tag", "match", "bar", "bar-alt", "bar-education", "gap", "present",
	"axis", "error", "prompt", "figure", "company",
};

static attr_t attrs[EL__COUNT];
static attr_t *tag_attrs;
static size_t ntag_attrs;
static const struct config *cfg;
static int use_color, default_colors;
static short npairs;

static attr_t
ca_attr(int ca)
{
	attr_t a = A_NORMAL;

	if (ca & CA_BOLD)
		a |= A_BOLD;
	if (ca & CA_DIM)
		a |= A_DIM;
	if (ca & CA_UNDERLINE)
		a |= A_UNDERLINE;
	if (ca & CA_REVERSE)
		a |= A_REVERSE;
	if (ca & CA_ITALIC)
		a |= A_ITALIC;
	if (ca & CA_BLINK)
		a |= A_BLINK;
	return a;
}

/* A colour the terminal has: bright ones fold onto the eight, the 256-colour
 * cube and greys onto the nearest of the eight. */
static int
color_fit(int c)
{
	if (c == COLOR_DEFAULT)
		return default_colors ? -1 : -2;
	if (c < COLORS)
		return c;
	if (c < 16)
		return c - 8;
	if (c < 232) {
		int r = (c - 16) / 36, g = (c - 16) / 6 % 6, b = (c - 16) % 6;
		return (r >= 3) | (g >= 3) << 1 | (b >= 3) << 2;
	}
	return c < 244 ? COLOR_BLACK : COLOR_WHITE;
}

static attr_t
color_pair(int fg, int bg)
{
	short f, b;

	fg = color_fit(fg);
	bg = color_fit(bg);
	f = (short)(fg == -2 ? COLOR_WHITE : fg);
	b = (short)(bg == -2 ? COLOR_BLACK : bg);
	if (f == -1 && b == -1)
		return A_NORMAL;
	for (short i = 1; i <= npairs; i++) {
		short pf, pb;
		pair_content(i, &pf, &pb);
		if (pf == f && pb == b)
			return COLOR_PAIR(i);
	}
	if (npairs + 1 >= COLOR_PAIRS || npairs >= 255)
		return A_NORMAL;
	init_pair(++npairs, f, b);
	return COLOR_PAIR(npairs);
}

/* spec: the configured one or NULL; def, mono: the element's defaults. */
static attr_t
theme_resolve(const char *spec, const char *def, const char *mono)
{
	struct color_spec cs, ms;
	char why[128];
	int ok = spec != NULL && color_parse(spec, &cs, why, sizeof why) == 0;

	if (use_color) {
		if (!ok && color_parse(def, &cs, why, sizeof why) != 0)
			return A_NORMAL;
		return ca_attr(cs.attrs) | color_pair(cs.fg, cs.bg);
	}
	/* "black on cyan" says nothing without colours: use the mono default */
	if (ok && cs.attrs != 0)
		return ca_attr(cs.attrs);
	if (color_parse(mono, &ms, why, sizeof why) != 0)
		return A_NORMAL;
	return ca_attr(ms.attrs);
}

static const char *
configured(const char *element)
{
	for (size_t i = 0; i < cfg->ncolors; i++)
		if (strcmp(cfg->colors[i].element, element) == 0)
			return cfg->colors[i].spec;
	return NULL;
}

void
theme_init(const struct config *c, int colors)
{
	cfg = c;
	use_color = colors;
	npairs = 0;
	if (use_color) {
		start_color();
		default_colors = use_default_colors() == OK;
	}
	for (int i = 0; i < EL__COUNT; i++) {
		int k = color_element_find(el_names[i]);
		attrs[i] = k < 0 ? A_NORMAL : theme_resolve(configured(el_names[i]),
		    color_elements[k].def, color_elements[k].mono);
	}
	free(tag_attrs);
	ntag_attrs = c->ntags;
	tag_attrs = xcalloc(ntag_attrs + 1, sizeof *tag_attrs);
	for (size_t i = 0; i < c->ntags; i++)
		tag_attrs[i] = c->tags[i].color != NULL && use_color ?
		    theme_resolve(c->tags[i].color, "yellow", "underline") : attrs[EL_TAG];
}

void
theme_free(void)
{
	free(tag_attrs);
	tag_attrs = NULL;
	ntag_attrs = 0;
}

attr_t
theme(enum el e)
{
	return attrs[e];
}

attr_t
theme_cursor(attr_t a)
{
	attr_t c = attrs[EL_CURSOR_ROW];

	if (c & A_COLOR)
		return (a & ~A_COLOR) | c;
	return a | c;
}

static short
theme_background(attr_t a)
{
	short fg, bg;

	if (PAIR_NUMBER(a) == 0 || pair_content((short)PAIR_NUMBER(a), &fg, &bg) != OK)
		return -1;
	return bg;
}

attr_t
theme_blank(attr_t a, attr_t base)
{
	attr_t seen = A_REVERSE | A_STANDOUT | A_UNDERLINE;

	if ((a & seen) != (base & seen) || theme_background(a) != theme_background(base))
		return base;
	return a;
}

attr_t
theme_tag(size_t i)
{
	return i < ntag_attrs ? tag_attrs[i] : attrs[EL_TAG];
}

attr_t
theme_tag_named(const char *name)
{
	for (size_t i = 0; i < ntag_attrs; i++)
		if (strcmp(cfg->tags[i].name, name) == 0)
			return tag_attrs[i];
	return attrs[EL_TAG];
}
