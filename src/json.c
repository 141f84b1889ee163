#include <stdio.h>
#include <string.h>

#include "json.h"
#include "utf8.h"

void
json_init(struct json *j, struct buf *out, int pretty)
{
	memset(j, 0, sizeof *j);
	j->out = out;
	j->pretty = pretty;
}

static void
json_newline(struct json *j)
{
	if (!j->pretty)
		return;
	buf_addc(j->out, '\n');
	for (int i = 0; i < j->depth; i++)
		buf_adds(j->out, "  ");
}

/* Separator and indentation before a value or a key. */
static void
json_prefix(struct json *j)
{
	if (j->after_key) {
		j->after_key = 0;
		return;
	}
	if (j->depth > 0) {
		if (j->count[j->depth] > 0)
			buf_addc(j->out, ',');
		json_newline(j);
	}
	if (j->depth < JSON_MAXDEPTH)
		j->count[j->depth]++;
}

static void
json_open(struct json *j, int c)
{
	json_prefix(j);
	buf_addc(j->out, c);
	if (j->depth + 1 < JSON_MAXDEPTH)
		j->count[j->depth + 1] = 0;
	j->depth++;
}

static void
json_close(struct json *j, int c)
{
	int empty = j->depth < JSON_MAXDEPTH && j->count[j->depth] == 0;

	j->depth--;
	if (!empty)
		json_newline(j);
	buf_addc(j->out, c);
}

void
json_object_begin(struct json *j)
{
	json_open(j, '{');
}

void
json_object_end(struct json *j)
{
	json_close(j, '}');
}

void
json_array_begin(struct json *j)
{
	json_open(j, '[');
}

void
json_array_end(struct json *j)
{
	json_close(j, ']');
}

void
json_quote(struct buf *b, const char *s)
{
	size_t len = strlen(s);
	uint32_t cp;
	char enc[4];

	buf_addc(b, '"');
	for (size_t i = 0; i < len;) {
		size_t n = 0;
		/* a run of printable ASCII other than the two escaped goes as is */
		while (i + n < len && (unsigned char)s[i + n] >= 0x20 &&
		    (unsigned char)s[i + n] < 0x7f && s[i + n] != '"' && s[i + n] != '\\')
			n++;
		if (n > 0) {
			buf_add(b, s + i, n);
			i += n;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			cp = 0xfffd;
			n = 1;
		}
		i += n;
		switch (cp) {
		case '"': buf_adds(b, "\\\""); break;
		case '\\': buf_adds(b, "\\\\"); break;
		case '\n': buf_adds(b, "\\n"); break;
		case '\t': buf_adds(b, "\\t"); break;
		case '\r': buf_adds(b, "\\r"); break;
		default:
			/* YAML, and so our own reader, refuses U+FFFE and U+FFFF
			 * as raw characters but takes them escaped */
			if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) ||
			    cp == 0x2028 || cp == 0x2029 || cp == 0xfffe || cp == 0xffff)
				buf_addf(b, "\\u%04x", (unsigned)cp);
			else
				buf_add(b, enc, utf8_encode(cp, enc));
		}
	}
	buf_addc(b, '"');
}

void
json_key(struct json *j, const char *key)
{
	json_prefix(j);
	json_quote(j->out, key);
	buf_adds(j->out, j->pretty ? ": " : ":");
	j->after_key = 1;
}

void
json_string(struct json *j, const char *s)
{
	if (s == NULL) {
		json_null(j);
		return;
	}
	json_prefix(j);
	json_quote(j->out, s);
}

void
json_int(struct json *j, long long v)
{
	json_prefix(j);
	buf_addf(j->out, "%lld", v);
}

void
json_bool(struct json *j, int v)
{
	json_prefix(j);
	buf_adds(j->out, v ? "true" : "false");
}

void
json_null(struct json *j)
{
	json_prefix(j);
	buf_adds(j->out, "null");
}

void
json_member(struct json *j, const char *key, const char *value)
{
	if (value == NULL)
		return;
	json_key(j, key);
	json_string(j, value);
}
