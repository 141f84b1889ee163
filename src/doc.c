#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "doc.h"
#include "xalloc.h"

/* Anchors by name, so that each alias costs the same however many anchors
 * a document defines (a scan of every node made documents of many aliases
 * take minutes).  Open addressing; a later anchor of a name replaces the
 * earlier, as YAML wants. */
struct anchors {
	struct node **v;
	size_t n, cap;
};

struct loader {
	struct doc *doc;
	yaml_parser_t parser;
	struct node *stack[DOC_MAXDEPTH];
	int depth;
	struct anchors anchors;
	char *err;
	size_t errlen;
};

static size_t
anchor_hash(const char *s)
{
	size_t h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The slot of name: where it is, or the empty one where it would go. */
static size_t
anchor_slot(const struct anchors *a, const char *name)
{
	size_t i = anchor_hash(name) & (a->cap - 1);

	while (a->v[i] != NULL && strcmp(a->v[i]->anchor, name) != 0)
		i = (i + 1) & (a->cap - 1);
	return i;
}

static void
anchors_put(struct anchors *a, struct node *n)
{
	if (2 * (a->n + 1) > a->cap) {
		struct anchors bigger = { NULL, 0, a->cap ? a->cap * 2 : 64 };
		bigger.v = xcalloc(bigger.cap, sizeof *bigger.v);
		for (size_t i = 0; i < a->cap; i++)
			if (a->v[i] != NULL)
				anchors_put(&bigger, a->v[i]);
		free(a->v);
		*a = bigger;
	}
	size_t i = anchor_slot(a, n->anchor);
	if (a->v[i] == NULL)
		a->n++;
	a->v[i] = n;
}

static struct node *
anchors_get(const struct anchors *a, const char *name)
{
	return a->cap > 0 ? a->v[anchor_slot(a, name)] : NULL;
}

static struct node *
loader_node(struct loader *l, enum node_kind kind, const yaml_mark_t *mark)
{
	struct doc *d = l->doc;
	struct node *n = xcalloc(1, sizeof *n);

	n->kind = kind;
	n->line = (int)mark->line + 1;
	n->column = (int)mark->column + 1;
	n->weight = 1;
	if (d->nall == d->capall) {
		d->capall = d->capall ? d->capall * 2 : 64;
		d->all = xreallocarray(d->all, d->capall, sizeof *d->all);
	}
	d->all[d->nall++] = n;
	return n;
}

static void
loader_error(struct loader *l, const yaml_mark_t *mark, const char *why)
{
	snprintf(l->err, l->errlen, "%s:%zu:%zu: %s", l->doc->name,
	    mark->line + 1, mark->column + 1, why);
}

static void
node_push_item(struct node *parent, struct node *child)
{
	if ((parent->n & (parent->n - 1)) == 0)
		parent->items = xreallocarray(parent->items,
		    parent->n ? parent->n * 2 : 1, sizeof *parent->items);
	parent->items[parent->n++] = child;
}

/* Hangs a finished node under the open container, or makes it the root. */
static int
loader_attach(struct loader *l, struct node *n, size_t weight, const yaml_mark_t *mark)
{
	if (l->depth == 0) {
		if (l->doc->root == NULL)
			l->doc->root = n;
		return 0;
	}
	node_push_item(l->stack[l->depth - 1], n);
	/* a closing container's children were counted as they came; an alias
	 * brings its whole weight */
	for (int i = 0; i < l->depth; i++)
		l->stack[i]->weight += weight;
	if (l->stack[0]->weight > DOC_MAXNODES) {
		loader_error(l, mark, "document too large (aliases expand too far)");
		return -1;
	}
	return 0;
}

static void
loader_anchor(struct loader *l, struct node *n, const yaml_char_t *anchor)
{
	if (anchor == NULL)
		return;
	n->anchor = xstrdup((const char *)anchor);
	anchors_put(&l->anchors, n);
}

static int
loader_event(struct loader *l, yaml_event_t *ev)
{
	struct node *n;

	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		n = loader_node(l, NODE_SCALAR, &ev->start_mark);
		n->value = xstrndup((const char *)ev->data.scalar.value, ev->data.scalar.length);
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		loader_anchor(l, n, ev->data.scalar.anchor);
		return loader_attach(l, n, 1, &ev->start_mark);
	case YAML_ALIAS_EVENT:
		n = anchors_get(&l->anchors, (const char *)ev->data.alias.anchor);
		if (n == NULL) {
			loader_error(l, &ev->start_mark, "unknown alias");
			return -1;
		}
		for (int i = 0; i < l->depth; i++) {
			if (l->stack[i] == n) {
				loader_error(l, &ev->start_mark, "an alias refers to its own node");
				return -1;
			}
		}
		return loader_attach(l, n, n->weight, &ev->start_mark);
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (l->depth == DOC_MAXDEPTH) {
			loader_error(l, &ev->start_mark, "nested too deeply");
			return -1;
		}
		n = loader_node(l, ev->type == YAML_SEQUENCE_START_EVENT ? NODE_SEQ : NODE_MAP,
		    &ev->start_mark);
		loader_anchor(l, n, ev->type == YAML_SEQUENCE_START_EVENT ?
		    ev->data.sequence_start.anchor : ev->data.mapping_start.anchor);
		l->stack[l->depth++] = n;
		return 0;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		n = l->stack[--l->depth];
		return loader_attach(l, n, 1, &ev->start_mark);
	default:
		return 0;
	}
}

enum status
doc_load(struct doc *d, const char *text, size_t len, const char *name, char *err,
    size_t errlen)
{
	struct loader l;
	yaml_event_t ev;
	int done = 0, rc = 0;

	memset(d, 0, sizeof *d);
	memset(&l, 0, sizeof l);
	d->name = xstrdup(name);
	l.doc = d;
	l.err = err;
	l.errlen = errlen;
	if (!yaml_parser_initialize(&l.parser))
		return ST_NOMEM;
	yaml_parser_set_input_string(&l.parser, (const unsigned char *)text, len);
	while (!done && rc == 0) {
		if (!yaml_parser_parse(&l.parser, &ev)) {
			loader_error(&l, &l.parser.problem_mark, l.parser.problem != NULL ?
			    l.parser.problem : "syntax error");
			rc = -1;
			break;
		}
		rc = loader_event(&l, &ev);
		done = ev.type == YAML_STREAM_END_EVENT || ev.type == YAML_DOCUMENT_END_EVENT;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&l.parser);
	free(l.anchors.v);
	if (rc != 0) {
		doc_free(d);
		return ST_DATA;
	}
	return ST_OK;
}

void
doc_free(struct doc *d)
{
	for (size_t i = 0; i < d->nall; i++) {
		free(d->all[i]->value);
		free(d->all[i]->items);
		free(d->all[i]->anchor);
		free(d->all[i]);
	}
	free(d->all);
	free(d->name);
	memset(d, 0, sizeof *d);
}

struct node *
node_get(const struct node *map, const char *key)
{
	if (map == NULL || map->kind != NODE_MAP)
		return NULL;
	for (size_t i = 0; i + 1 < map->n; i += 2) {
		const struct node *k = map->items[i];
		if (k->kind == NODE_SCALAR && strcmp(k->value, key) == 0)
			return map->items[i + 1];
	}
	return NULL;
}

int
node_is_null(const struct node *n)
{
	if (n == NULL)
		return 1;
	if (n->kind != NODE_SCALAR || !n->plain)
		return 0;
	return n->value[0] == '\0' || strcmp(n->value, "~") == 0 ||
	    strcmp(n->value, "null") == 0 || strcmp(n->value, "Null") == 0 ||
	    strcmp(n->value, "NULL") == 0;
}

const char *
node_kind_str(enum node_kind k)
{
	switch (k) {
	case NODE_SCALAR: return "a scalar";
	case NODE_SEQ: return "a list";
	case NODE_MAP: return "a mapping";
	}
	return "?";
}
