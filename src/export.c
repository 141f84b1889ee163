#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "card.h"
#include "career.h"
#include "export.h"
#include "resume.h"
#include "xalloc.h"

const char *const export_format_names[EXPORT__COUNT] = {
	[EXPORT_JSON] = "json",
	[EXPORT_YAML] = "yaml",
	[EXPORT_CSV] = "csv",
	[EXPORT_MARKDOWN] = "markdown",
};

int
export_format_find(const char *name)
{
	for (int i = 0; i < EXPORT__COUNT; i++)
		if (strcmp(export_format_names[i], name) == 0)
			return i;
	if (strcmp(name, "md") == 0)
		return EXPORT_MARKDOWN;
	if (strcmp(name, "yml") == 0)
		return EXPORT_YAML;
	return -1;
}

int
export_format_guess(const char *path)
{
	const char *dot = strrchr(path, '.');

	return dot != NULL ? export_format_find(dot + 1) : -1;
}

void
export_csv_field(struct buf *b, const char *v)
{
	int quote;

	if (v == NULL)
		return;
	quote = strpbrk(v, ",\"\n\r") != NULL;
	if (quote)
		buf_addc(b, '"');
	if (v[0] == '=' || v[0] == '@' || ((v[0] == '+' || v[0] == '-') &&
	    !(v[1] >= '0' && v[1] <= '9') && v[1] != ' ' && v[1] != '('))
		buf_addc(b, '\'');
	for (const char *c = v; *c != '\0'; c++) {
		if (*c == '"')
			buf_addc(b, '"');
		buf_addc(b, *c);
	}
	if (quote)
		buf_addc(b, '"');
}

static const char *const csv_columns[] = {
	"id", "name", "headline", "email", "phone", "location", "company", "title",
	"years", "tags",
};

static char *
tag_names(struct store *s, long long id)
{
	struct tag_mark *t;
	size_t n;
	struct buf b = BUF_INIT;

	if (store_tags(s, id, &t, &n) != ST_OK)
		return NULL;
	for (size_t i = 0; i < n; i++)
		buf_addf(&b, "%s%s", i > 0 ? " " : "", t[i].tag);
	store_tags_free(t, n);
	return b.len > 0 ? buf_detach(&b) : NULL;
}

static void
export_csv_row(struct store *s, long long id, const struct profile *p, struct buf *b)
{
	struct career k;
	char idtxt[24], years[16];
	char *loc = profile_location_str(p), *tags = tag_names(s, id);
	const struct work *cur;

	career_compute(p, &k);
	cur = k.current >= 0 ? &p->work[k.current] : NULL;
	snprintf(idtxt, sizeof idtxt, "%lld", id);
	snprintf(years, sizeof years, "%.1f", k.total_months / 12.0);
	const char *v[] = { idtxt, p->basics.name, p->basics.label, p->basics.email,
	    p->basics.phone, loc, cur ? cur->name : NULL, cur ? cur->position : NULL,
	    years, tags };
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		if (i > 0)
			buf_addc(b, ',');
		export_csv_field(b, v[i]);
	}
	buf_adds(b, "\r\n");
	career_free(&k);
	free(loc);
	free(tags);
}

static void
export_markdown(struct store *s, long long id, const struct profile *p, struct buf *b)
{
	struct card c;
	struct card_marks m = { NULL, 0, NULL, 0 };
	struct tag_mark *tags = NULL;
	struct note_mark *notes = NULL;

	store_tags(s, id, &tags, &m.ntags);
	store_notes(s, id, &notes, &m.nnotes);
	m.tags = tags;
	m.notes = notes;
	card_build(&c, p, &m);
	for (size_t i = 0; i < c.n; i++) {
		const struct card_line *l = &c.v[i];
		switch (l->style) {
		case CS_NAME: buf_addf(b, "## %s (#%lld)\n", l->text, id); break;
		case CS_HEADING: buf_addf(b, "### %s\n", l->text); break;
		case CS_SUBHEAD: buf_addf(b, "%*s- **%s**\n", l->indent > 2 ? l->indent - 2 : 0,
		    "", l->text); break;
		case CS_BULLET: buf_addf(b, "%*s- %s\n", l->indent, "", l->text + 4); break;
		default:
			if (l->text[0] == '\0')
				buf_addc(b, '\n');
			else if (l->indent > 0)
				buf_addf(b, "%*s- %s\n", l->indent, "", l->text);
			else
				buf_addf(b, "%s  \n", l->text);
		}
	}
	buf_adds(b, "\n");
	card_free(&c);
	store_tags_free(tags, m.ntags);
	store_notes_free(notes, m.nnotes);
}

static void
export_one(struct store *s, long long id, const struct profile *p, enum export_format f,
    size_t i, struct buf *b)
{
	switch (f) {
	case EXPORT_JSON:
		if (i > 0)
			buf_adds(b, ",\n");
		resume_json(p, b, 1);
		break;
	case EXPORT_YAML:
		resume_yaml(p, b);
		break;
	case EXPORT_CSV:
		export_csv_row(s, id, p, b);
		break;
	default:
		export_markdown(s, id, p, b);
		break;
	}
}

static int
flush(struct buf *b, FILE *out)
{
	int ok = b->len == 0 || fwrite(b->s, 1, b->len, out) == b->len;

	buf_reset(b);
	return ok;
}

enum status
export_profiles(struct store *s, const long long *ids, size_t n, enum export_format f,
    FILE *out, char *err, size_t errlen)
{
	struct buf b = BUF_INIT;
	enum status st = ST_OK;
	int ok = 1;

	if (f == EXPORT_JSON)
		buf_adds(&b, "[\n");
	if (f == EXPORT_CSV) {
		for (size_t i = 0; i < sizeof csv_columns / sizeof csv_columns[0]; i++)
			buf_addf(&b, "%s%s", i > 0 ? "," : "", csv_columns[i]);
		buf_adds(&b, "\r\n");
	}
	for (size_t i = 0; i < n && ok; i++) {
		struct profile *p;
		if ((st = store_get(s, ids[i], &p)) != ST_OK) {
			snprintf(err, errlen, "profile %lld: %s", ids[i], status_str(st));
			break;
		}
		export_one(s, ids[i], p, f, i, &b);
		profile_free(p);
		ok = flush(&b, out);
	}
	if (st == ST_OK && f == EXPORT_JSON)
		buf_adds(&b, n > 0 ? "\n]\n" : "]\n");
	ok = ok && flush(&b, out) && fflush(out) == 0;
	buf_free(&b);
	if (st == ST_OK && !ok) {
		snprintf(err, errlen, "write error");
		st = ST_IO;
	}
	return st;
}
