/*
 * config_parse: what config.c and config_lists.c share while reading a file:
 * the parser's state, errors and warnings with their place, and the readers
 * of the settings that are lists or maps (tags, keys, colours, views,
 * headings).  Nothing outside src/config*.c includes it.
 */
#ifndef DOSSIER_CONFIG_PARSE_H
#define DOSSIER_CONFIG_PARSE_H

#include "config.h"
#include "doc.h"

struct config_parser {
	struct config *cfg;
	const char *file;
	char *err;
	size_t errlen;
};

extern const char config_sort_range[];

/* Sets the error "file:line:column: message"; returns -1. */
int cfg_error(struct config_parser *, const struct node *, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void cfg_warn(struct config_parser *, const struct node *, const char *what,
    const char *name);
/* The text of a scalar, or NULL with the error set. */
const char *cfg_scalar(struct config_parser *, const struct node *, const char *what);
int config_enum_valid(const char *range, const char *value);

int config_parse_tags(struct config_parser *, const struct node *);
int config_parse_keys(struct config_parser *, const struct node *);
int config_parse_colors(struct config_parser *, const struct node *);
int config_parse_views(struct config_parser *, const struct node *);
int config_parse_headings(struct config_parser *, const struct node *);

void config_tag_add(struct config *, const char *name, const char *key, const char *color,
    const char *desc);
void config_tags_clear(struct config *);
void config_view_add(struct config *, const char *name, const char *query,
    const char *sort);
void config_views_clear(struct config *);

#endif
