/*
 * The settings of the configuration that are lists or maps: tags, key
 * bindings, colours, saved views and heading wordings.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "color.h"
#include "config_parse.h"
#include "wordlist.h"
#include "xalloc.h"

int
cfg_error(struct config_parser *p, const struct node *n, const char *fmt, ...)
{
	char msg[ERRLEN];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	snprintf(p->err, p->errlen, "%s:%d:%d: %s", p->file, n->line, n->column, msg);
	return -1;
}

void
cfg_warn(struct config_parser *p, const struct node *n, const char *what, const char *name)
{
	char *w = xprintf("%s:%d:%d: warning: %s '%s' (ignored)", p->file, n->line,
	    n->column, what, name);

	strlist_take(&p->cfg->warnings, w);
}

void
config_tag_add(struct config *c, const char *name, const char *key, const char *color,
    const char *desc)
{
	struct tag_def *t;

	c->tags = xreallocarray(c->tags, c->ntags + 1, sizeof *c->tags);
	t = &c->tags[c->ntags++];
	t->name = xstrdup(name);
	t->key = key != NULL ? xstrdup(key) : NULL;
	t->color = color != NULL ? xstrdup(color) : NULL;
	t->description = desc != NULL ? xstrdup(desc) : NULL;
}

void
config_tags_clear(struct config *c)
{
	for (size_t i = 0; i < c->ntags; i++) {
		free(c->tags[i].name);
		free(c->tags[i].key);
		free(c->tags[i].color);
		free(c->tags[i].description);
	}
	free(c->tags);
	c->tags = NULL;
	c->ntags = 0;
}

void
config_view_add(struct config *c, const char *name, const char *query, const char *sort)
{
	struct view_def *v;

	c->views = xreallocarray(c->views, c->nviews + 1, sizeof *c->views);
	v = &c->views[c->nviews++];
	v->name = xstrdup(name);
	v->query = xstrdup(query);
	v->sort = sort != NULL ? xstrdup(sort) : NULL;
}

void
config_views_clear(struct config *c)
{
	for (size_t i = 0; i < c->nviews; i++) {
		free(c->views[i].name);
		free(c->views[i].query);
		free(c->views[i].sort);
	}
	free(c->views);
	c->views = NULL;
	c->nviews = 0;
}

const char *
cfg_scalar(struct config_parser *p, const struct node *n, const char *what)
{
	if (n->kind != NODE_SCALAR) {
		cfg_error(p, n, "%s must be a single value, not %s", what, node_kind_str(n->kind));
		return NULL;
	}
	return n->value;
}

static int
tag_name_valid(const char *s)
{
	if (*s == '\0' || strlen(s) > 32)
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' ||
		    *s == '_'))
			return 0;
	return 1;
}

static int
parse_tag(struct config_parser *p, const struct node *m)
{
	const char *f[4] = { NULL, NULL, NULL, NULL };
	static const char *const keys[4] = { "name", "key", "color", "description" };
	struct color_spec cs;
	char why[128];

	if (m->kind != NODE_MAP)
		return cfg_error(p, m, "each tag must be a mapping with name and key");
	for (size_t i = 0; i + 1 < m->n; i += 2) {
		const char *k = m->items[i]->value;
		int j;
		for (j = 0; j < 4 && strcmp(k != NULL ? k : "", keys[j]) != 0; j++)
			;
		if (j == 4) {
			cfg_warn(p, m->items[i], "unknown tag field", k != NULL ? k : "?");
			continue;
		}
		if ((f[j] = cfg_scalar(p, m->items[i + 1], keys[j])) == NULL)
			return -1;
	}
	if (f[0] == NULL || !tag_name_valid(f[0]))
		return cfg_error(p, m, "a tag needs a name of lower-case letters, digits, - or _");
	if (config_tag(p->cfg, f[0]) != NULL)
		return cfg_error(p, m, "tag '%s' is defined twice", f[0]);
	if (f[1] != NULL && !key_name_valid(f[1]))
		return cfg_error(p, m, "tag '%s': '%s' is not a key name", f[0], f[1]);
	for (size_t i = 0; f[1] != NULL && i < p->cfg->ntags; i++)
		if (p->cfg->tags[i].key != NULL && strcmp(p->cfg->tags[i].key, f[1]) == 0)
			return cfg_error(p, m, "tags '%s' and '%s' share the key '%s'",
			    p->cfg->tags[i].name, f[0], f[1]);
	if (f[2] != NULL && color_parse(f[2], &cs, why, sizeof why) != 0)
		return cfg_error(p, m, "tag '%s': %s", f[0], why);
	config_tag_add(p->cfg, f[0], f[1], f[2], f[3]);
	return 0;
}

int
config_parse_tags(struct config_parser *p, const struct node *n)
{
	if (n->kind != NODE_SEQ)
		return cfg_error(p, n, "tags must be a list");
	config_tags_clear(p->cfg);
	for (size_t i = 0; i < n->n; i++)
		if (parse_tag(p, n->items[i]) != 0)
			return -1;
	return 0;
}

static int
key_add(struct config_parser *p, const struct node *n, enum action a)
{
	struct config *c = p->cfg;
	const char *k = cfg_scalar(p, n, "a key");

	if (k == NULL)
		return -1;
	if (!key_name_valid(k))
		return cfg_error(p, n, "'%s' is not a key name (e.g. j, C-f, PgDn, F1, Enter)", k);
	c->keys = xreallocarray(c->keys, c->nkeys + 1, sizeof *c->keys);
	c->keys[c->nkeys].key = xstrdup(k);
	c->keys[c->nkeys].action = a;
	c->nkeys++;
	return 0;
}

int
config_parse_keys(struct config_parser *p, const struct node *n)
{
	if (n->kind != NODE_MAP)
		return cfg_error(p, n, "keys must be a mapping of action to keys");
	for (size_t i = 0; i + 1 < n->n; i += 2) {
		const struct node *k = n->items[i], *v = n->items[i + 1];
		enum action a = k->kind == NODE_SCALAR ? action_find(k->value) : A_NONE;
		if (a == A_NONE && (k->kind != NODE_SCALAR || strcmp(k->value, "none") != 0))
			return cfg_error(p, k, "unknown action '%s' (see dossier keys)",
			    k->kind == NODE_SCALAR ? k->value : "?");
		if (v->kind == NODE_SEQ) {
			for (size_t j = 0; j < v->n; j++)
				if (key_add(p, v->items[j], a) != 0)
					return -1;
		} else if (key_add(p, v, a) != 0)
			return -1;
	}
	return 0;
}

int
config_parse_colors(struct config_parser *p, const struct node *n)
{
	struct config *c = p->cfg;
	struct color_spec cs;
	char why[128];

	if (n->kind != NODE_MAP)
		return cfg_error(p, n, "colors must be a mapping of element to colour");
	for (size_t i = 0; i + 1 < n->n; i += 2) {
		const struct node *k = n->items[i], *v = n->items[i + 1];
		const char *spec;
		if (k->kind != NODE_SCALAR || color_element_find(k->value) < 0) {
			cfg_warn(p, k, "unknown colour element", k->kind == NODE_SCALAR ?
			    k->value : "?");
			continue;
		}
		if ((spec = cfg_scalar(p, v, k->value)) == NULL)
			return -1;
		if (color_parse(spec, &cs, why, sizeof why) != 0)
			return cfg_error(p, v, "%s", why);
		c->colors = xreallocarray(c->colors, c->ncolors + 1, sizeof *c->colors);
		c->colors[c->ncolors].element = xstrdup(k->value);
		c->colors[c->ncolors].spec = xstrdup(spec);
		c->ncolors++;
	}
	return 0;
}

static int
parse_view(struct config_parser *p, const struct node *m)
{
	struct config *c = p->cfg;
	const struct node *name = node_get(m, "name"), *query = node_get(m, "query");
	const struct node *sort = node_get(m, "sort");

	if (m->kind != NODE_MAP || name == NULL || query == NULL)
		return cfg_error(p, m, "each view needs a name and a query");
	if (cfg_scalar(p, name, "name") == NULL || cfg_scalar(p, query, "query") == NULL ||
	    (sort != NULL && cfg_scalar(p, sort, "sort") == NULL))
		return -1;
	if (sort != NULL && !config_enum_valid(config_sort_range, sort->value))
		return cfg_error(p, sort, "sort must be one of %s", config_sort_range);
	if (config_view(c, name->value) != NULL)
		return cfg_error(p, name, "view '%s' is defined twice", name->value);
	config_view_add(c, name->value, query->value, sort != NULL ? sort->value : NULL);
	return 0;
}

int
config_parse_views(struct config_parser *p, const struct node *n)
{
	if (n->kind != NODE_SEQ)
		return cfg_error(p, n, "views must be a list");
	config_views_clear(p->cfg);
	for (size_t i = 0; i < n->n; i++)
		if (parse_view(p, n->items[i]) != 0)
			return -1;
	return 0;
}

static int
heading_section_valid(const char *s)
{
	return wordlist_has(config_heading_sections, s);
}

int
config_parse_headings(struct config_parser *p, const struct node *n)
{
	struct config *c = p->cfg;

	if (n->kind != NODE_MAP)
		return cfg_error(p, n, "import.headings must be a mapping of section to wordings");
	for (size_t i = 0; i + 1 < n->n; i += 2) {
		const struct node *k = n->items[i], *v = n->items[i + 1];
		if (k->kind != NODE_SCALAR || !heading_section_valid(k->value))
			return cfg_error(p, k, "unknown section '%s' (one of summary, experience, "
			    "education, skills, projects, ...)", k->kind == NODE_SCALAR ?
			    k->value : "?");
		if (v->kind != NODE_SEQ)
			return cfg_error(p, v, "headings of %s must be a list", k->value);
		for (size_t j = 0; j < v->n; j++) {
			const char *t = cfg_scalar(p, v->items[j], "a heading");
			if (t == NULL)
				return -1;
			c->headings = xreallocarray(c->headings, c->nheadings + 1,
			    sizeof *c->headings);
			c->headings[c->nheadings].section = xstrdup(k->value);
			c->headings[c->nheadings].text = xstrdup(t);
			c->nheadings++;
		}
	}
	return 0;
}
