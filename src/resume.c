#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "date.h"
#include "json.h"
#include "resume.h"
#include "xalloc.h"

static void
emit_member(const struct emitter *e, const char *key, const char *value)
{
	if (value == NULL)
		return;
	e->key(e->ctx, key);
	e->str(e->ctx, value);
}

static void
emit_record(const struct emitter *e, void *rec, const struct field_desc *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (f[i].type != FT_LIST) {
			emit_member(e, f[i].key, *field_str(rec, &f[i]));
			continue;
		}
		struct strlist *l = field_list(rec, &f[i]);
		if (l->n == 0)
			continue;
		e->key(e->ctx, f[i].key);
		e->seq_begin(e->ctx);
		for (size_t j = 0; j < l->n; j++)
			e->str(e->ctx, l->v[j]);
		e->seq_end(e->ctx);
	}
}

static void
emit_basics(const struct profile *p, const struct emitter *e)
{
	const struct basics *b = &p->basics;

	e->key(e->ctx, "basics");
	e->map_begin(e->ctx);
	emit_record(e, (void *)b, profile_basics_fields, profile_nbasics_fields);
	if (!record_empty((void *)&b->location, profile_location_fields,
	    profile_nlocation_fields)) {
		e->key(e->ctx, "location");
		e->map_begin(e->ctx);
		emit_record(e, (void *)&b->location, profile_location_fields,
		    profile_nlocation_fields);
		e->map_end(e->ctx);
	}
	if (b->nprofiles > 0) {
		e->key(e->ctx, "profiles");
		e->seq_begin(e->ctx);
		for (size_t i = 0; i < b->nprofiles; i++) {
			e->map_begin(e->ctx);
			emit_record(e, &b->profiles[i], profile_social_fields,
			    profile_nsocial_fields);
			e->map_end(e->ctx);
		}
		e->seq_end(e->ctx);
	}
	e->map_end(e->ctx);
}

void
resume_emit(const struct profile *p, const struct emitter *e)
{
	e->map_begin(e->ctx);
	emit_basics(p, e);
	for (int s = 0; s < SEC__COUNT; s++) {
		const struct section_desc *d = &profile_sections[s];
		size_t n = profile_count(p, s);
		if (n == 0)
			continue;
		e->key(e->ctx, d->key);
		e->seq_begin(e->ctx);
		for (size_t i = 0; i < n; i++) {
			e->map_begin(e->ctx);
			emit_record(e, profile_item(p, s, i), d->fields, d->nfields);
			e->map_end(e->ctx);
		}
		e->seq_end(e->ctx);
	}
	if (p->as_of != NULL || p->stated_months >= 0) {
		e->key(e->ctx, "meta");
		e->map_begin(e->ctx);
		emit_member(e, "asOf", p->as_of);
		if (p->stated_months >= 0) {
			e->key(e->ctx, "statedMonths");
			e->num(e->ctx, p->stated_months);
		}
		e->map_end(e->ctx);
	}
	e->map_end(e->ctx);
}

/* JSON */

static void j_map_begin(void *c) { json_object_begin(c); }
static void j_map_end(void *c) { json_object_end(c); }
static void j_seq_begin(void *c) { json_array_begin(c); }
static void j_seq_end(void *c) { json_array_end(c); }
static void j_key(void *c, const char *k) { json_key(c, k); }
static void j_str(void *c, const char *s) { json_string(c, s); }
static void j_num(void *c, long long v) { json_int(c, v); }

void
resume_json(const struct profile *p, struct buf *out, int pretty)
{
	struct json j;
	struct emitter e = { j_map_begin, j_map_end, j_seq_begin, j_seq_end, j_key,
	    j_str, j_num, &j };

	json_init(&j, out, pretty);
	resume_emit(p, &e);
}

/* YAML, through libyaml's emitter so quoting is always right */

static int
y_write(void *data, unsigned char *s, size_t n)
{
	buf_add(data, s, n);
	return 1;
}

static void
y_emit(void *c, yaml_event_t *ev)
{
	yaml_emitter_emit(c, ev);
}

static void
y_map_begin(void *c)
{
	yaml_event_t ev;

	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
	y_emit(c, &ev);
}

static void
y_map_end(void *c)
{
	yaml_event_t ev;

	yaml_mapping_end_event_initialize(&ev);
	y_emit(c, &ev);
}

static void
y_seq_begin(void *c)
{
	yaml_event_t ev;

	yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE);
	y_emit(c, &ev);
}

static void
y_seq_end(void *c)
{
	yaml_event_t ev;

	yaml_sequence_end_event_initialize(&ev);
	y_emit(c, &ev);
}

static void
y_str(void *c, const char *s)
{
	yaml_event_t ev;

	yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s),
	    1, 1, YAML_ANY_SCALAR_STYLE);
	y_emit(c, &ev);
}

static void
y_num(void *c, long long v)
{
	char s[32];
	yaml_event_t ev;

	snprintf(s, sizeof s, "%lld", v);
	yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s),
	    1, 0, YAML_PLAIN_SCALAR_STYLE);
	y_emit(c, &ev);
}

void
resume_yaml(const struct profile *p, struct buf *out)
{
	yaml_emitter_t em;
	yaml_event_t ev;
	struct emitter e = { y_map_begin, y_map_end, y_seq_begin, y_seq_end, y_str,
	    y_str, y_num, &em };

	yaml_emitter_initialize(&em);
	yaml_emitter_set_output(&em, y_write, out);
	yaml_emitter_set_unicode(&em, 1);
	yaml_emitter_set_width(&em, -1);
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	y_emit(&em, &ev);
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 0);
	y_emit(&em, &ev);
	resume_emit(p, &e);
	yaml_document_end_event_initialize(&ev, 1);
	y_emit(&em, &ev);
	yaml_stream_end_event_initialize(&ev);
	y_emit(&em, &ev);
	yaml_emitter_flush(&em);
	yaml_emitter_delete(&em);
}

/* Reading */

static const char *
scalar(const struct node *n)
{
	if (n == NULL || n->kind != NODE_SCALAR || node_is_null(n))
		return NULL;
	return n->value;
}

/* Dates become month precision; "present" and friends mean ongoing. */
static void
read_date(char **slot, const char *v)
{
	struct ym d;
	char iso[8];

	if (v == NULL || date_iso_parse(v, &d) != 0)
		return;
	date_iso_format(d, iso);
	profile_set(slot, iso);
}

static void
read_record(const struct node *map, void *rec, const struct field_desc *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct node *v = node_get(map, f[i].key);
		if (v == NULL)
			continue;
		if (f[i].type == FT_STR)
			profile_set(field_str(rec, &f[i]), scalar(v));
		else if (f[i].type == FT_DATE)
			read_date(field_str(rec, &f[i]), scalar(v));
		else if (v->kind == NODE_SEQ) {
			for (size_t j = 0; j < v->n; j++)
				if (scalar(v->items[j]) != NULL && *scalar(v->items[j]) != '\0')
					strlist_add(field_list(rec, &f[i]), scalar(v->items[j]));
		}
	}
}

static void
read_basics(const struct node *b, struct profile *p)
{
	const struct node *loc = node_get(b, "location");
	const struct node *soc = node_get(b, "profiles");

	read_record(b, &p->basics, profile_basics_fields, profile_nbasics_fields);
	if (loc != NULL && loc->kind == NODE_MAP)
		read_record(loc, &p->basics.location, profile_location_fields,
		    profile_nlocation_fields);
	if (soc != NULL && soc->kind == NODE_SEQ)
		for (size_t i = 0; i < soc->n; i++)
			if (soc->items[i]->kind == NODE_MAP)
				read_record(soc->items[i], profile_add_social(p),
				    profile_social_fields, profile_nsocial_fields);
}

static void
read_meta(const struct node *m, struct profile *p)
{
	const char *v;
	struct ym d;
	char iso[8];

	if ((v = scalar(node_get(m, "asOf"))) != NULL && date_iso_parse(v, &d) == 0) {
		date_iso_format(d, iso);
		profile_set(&p->as_of, iso);
	}
	if ((v = scalar(node_get(m, "statedMonths"))) != NULL) {
		char *end;
		long months = strtol(v, &end, 10);
		if (*end == '\0' && months >= 0 && months < 12 * 100)
			p->stated_months = (int)months;
	}
}

enum status
resume_from_node(const struct node *root, struct profile **out, char *err, size_t errlen)
{
	struct profile *p;

	if (root == NULL || root->kind != NODE_MAP) {
		snprintf(err, errlen, "%d:%d: a JSON Resume document is a mapping",
		    root ? root->line : 1, root ? root->column : 1);
		return ST_DATA;
	}
	p = profile_new();
	if (node_get(root, "basics") != NULL)
		read_basics(node_get(root, "basics"), p);
	for (int s = 0; s < SEC__COUNT; s++) {
		const struct section_desc *d = &profile_sections[s];
		const struct node *seq = node_get(root, d->key);
		if (seq == NULL || seq->kind != NODE_SEQ)
			continue;
		for (size_t i = 0; i < seq->n; i++) {
			void *rec;
			if (seq->items[i]->kind != NODE_MAP)
				continue;
			rec = profile_append(p, s);
			read_record(seq->items[i], rec, d->fields, d->nfields);
			if (record_empty(rec, d->fields, d->nfields))
				profile_remove(p, s, profile_count(p, s) - 1);
		}
	}
	if (node_get(root, "meta") != NULL)
		read_meta(node_get(root, "meta"), p);
	*out = p;
	return ST_OK;
}

enum status
resume_parse(const char *text, size_t len, const char *name, struct profile ***out,
    size_t *n, char *err, size_t errlen)
{
	struct doc d;
	enum status st;
	const struct node *root;
	size_t count;

	*out = NULL;
	*n = 0;
	if ((st = doc_load(&d, text, len, name, err, errlen)) != ST_OK)
		return st;
	root = d.root;
	if (root == NULL) {
		snprintf(err, errlen, "%s: empty document", name);
		doc_free(&d);
		return ST_DATA;
	}
	count = root->kind == NODE_SEQ ? root->n : 1;
	*out = xcalloc(count, sizeof **out);
	for (size_t i = 0; i < count && st == ST_OK; i++) {
		const struct node *item = root->kind == NODE_SEQ ? root->items[i] : root;
		char why[ERRLEN];
		if ((st = resume_from_node(item, &(*out)[i], why, sizeof why)) != ST_OK)
			snprintf(err, errlen, "%s:%s", name, why);
		else
			(*n)++;
	}
	doc_free(&d);
	if (st != ST_OK) {
		for (size_t i = 0; i < *n; i++)
			profile_free((*out)[i]);
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return st;
}

int
resume_sniff(const char *text, size_t len)
{
	size_t i = 0;

	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
	    text[i] == '\r'))
		i++;
	if (i < len && (text[i] == '{' || text[i] == '['))
		return memmem(text, len, "\"basics\"", 8) != NULL ||
		    memmem(text, len, "\"work\"", 6) != NULL;
	if (len - i >= 3 && memcmp(text + i, "---", 3) == 0)
		return memmem(text, len, "\nbasics:", 8) != NULL ||
		    memmem(text, len, "\n  basics:", 10) != NULL ||
		    memmem(text, len, "- basics:", 9) != NULL;
	return 0;
}
