/*
 * doc: a YAML (and so JSON) document loaded into a small tree through
 * libyaml, every node with its line and column for error messages.
 *
 * Loading is bounded: nesting deeper than DOC_MAXDEPTH, or a document whose
 * aliases would expand past DOC_MAXNODES nodes, is refused with a message
 * rather than walked; aliases share the anchored node instead of copying it.
 */
#ifndef DOSSIER_DOC_H
#define DOSSIER_DOC_H

#include <stddef.h>

#include "status.h"

#define DOC_MAXDEPTH 64
#define DOC_MAXNODES 200000

enum node_kind {
	NODE_SCALAR,
	NODE_SEQ,
	NODE_MAP,
};

struct node {
	enum node_kind kind;
	char *value;		/* scalar text */
	int plain;		/* an unquoted scalar: may be null, a number, ... */
	struct node **items;	/* sequence items, or map keys and values alternating */
	size_t n;		/* items (a map holds n/2 pairs) */
	int line, column;	/* 1-based */
	size_t weight;		/* nodes under this one, aliases expanded */
	char *anchor;
};

struct doc {
	struct node *root;	/* NULL for an empty document */
	struct node **all;	/* every node, for freeing */
	size_t nall, capall;
	char *name;
};

/* Loads text; on failure err holds "name:line:column: why". */
enum status doc_load(struct doc *, const char *text, size_t len, const char *name,
    char *err, size_t errlen);
void doc_free(struct doc *);

/* The value under key in a map, or NULL. */
struct node *node_get(const struct node *map, const char *key);
/* A scalar that is YAML's null (~, null, empty and unquoted). */
int node_is_null(const struct node *);
const char *node_kind_str(enum node_kind);

#endif
