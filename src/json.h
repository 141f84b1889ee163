/*
 * json: a small streaming JSON writer (two-space indented, or compact).
 *
 * Strings are written as UTF-8; invalid bytes become U+FFFD and control
 * characters are escaped, so whatever a profile holds, the output parses.
 */
#ifndef DOSSIER_JSON_H
#define DOSSIER_JSON_H

#include "buf.h"

#define JSON_MAXDEPTH 32

struct json {
	struct buf *out;
	int pretty;
	int depth;
	int count[JSON_MAXDEPTH];	/* values written at each depth */
	int after_key;
};

void json_init(struct json *, struct buf *, int pretty);
void json_object_begin(struct json *);
void json_object_end(struct json *);
void json_array_begin(struct json *);
void json_array_end(struct json *);
void json_key(struct json *, const char *);
void json_string(struct json *, const char *);
void json_int(struct json *, long long);
void json_bool(struct json *, int);
void json_null(struct json *);
/* key and string in one, skipped when the value is NULL */
void json_member(struct json *, const char *key, const char *value);
/* Appends s as a quoted JSON string. */
void json_quote(struct buf *, const char *s);

#endif
