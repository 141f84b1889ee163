#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "query.h"
#include "xalloc.h"

const char *const sort_names[SORT__COUNT] = {
	[SORT_RANK] = "rank",
	[SORT_NAME] = "name",
	[SORT_YEARS] = "years",
	[SORT_IMPORTED] = "imported",
	[SORT_UPDATED] = "updated",
};

struct param {
	int is_int;
	long long i;
	char *s;
};

struct query {
	struct buf where;	/* "1" when nothing narrows */
	struct buf match;	/* the FTS5 expression, when there are words */
	struct param *params;
	size_t nparams;
	int sort;		/* a view's sort, or -1 */
};

int
sort_find(const char *name)
{
	for (int i = 0; i < SORT__COUNT; i++)
		if (strcmp(sort_names[i], name) == 0)
			return i;
	return -1;
}

static int
query_param(struct query *q, const char *s)
{
	q->params = xreallocarray(q->params, q->nparams + 1, sizeof *q->params);
	q->params[q->nparams].is_int = 0;
	q->params[q->nparams].s = xstrdup(s);
	return (int)++q->nparams;
}

/* Adds a condition; "?" in sql stands for parameter number param. */
static void
query_and(struct query *q, const char *sql, int param)
{
	if (q->where.len > 0)
		buf_adds(&q->where, " AND ");
	for (; *sql != '\0'; sql++) {
		if (*sql == '?')
			buf_addf(&q->where, "?%d", param);
		else
			buf_addc(&q->where, *sql);
	}
}

/* A word as an FTS5 string, matched as a prefix. */
static void
match_word(struct buf *m, const char *w, size_t len)
{
	if (m->len > 0)
		buf_addc(m, ' ');
	buf_addc(m, '"');
	for (size_t i = 0; i < len; i++) {
		if (w[i] == '"')
			buf_addc(m, '"');
		buf_addc(m, w[i]);
	}
	buf_adds(m, "\"*");
}

enum status
query_compile(const char *text, const struct query_env *env, struct query **out, char *err,
    size_t errlen, int *errcol)
{
	struct query *q = xcalloc(1, sizeof *q);
	const char *s = text != NULL ? text : "";

	(void)env;
	q->sort = -1;
	*errcol = 0;
	while (*s != '\0') {
		const char *w;
		size_t len;
		while (isspace((unsigned char)*s))
			s++;
		if (*s == '\0')
			break;
		for (w = s; *s != '\0' && !isspace((unsigned char)*s); s++)
			;
		len = (size_t)(s - w);
		if (len > 4 && strncmp(w, "tag:", 4) == 0) {
			char *tag = xstrndup(w + 4, len - 4);
			query_and(q, "EXISTS (SELECT 1 FROM profile_tag t WHERE "
			    "t.profile_id = p.id AND t.tag = ?)", query_param(q, tag));
			free(tag);
		} else if (len == 4 && strncmp(w, "tag:", 4) == 0) {
			snprintf(err, errlen, "tag: needs a tag name");
			*errcol = (int)(w - text) + 5;
			query_free(q);
			return ST_USAGE;
		} else
			match_word(&q->match, w, len);
	}
	if (q->match.len > 0)
		query_and(q, "f.profile_fts MATCH ?", query_param(q, buf_str(&q->match)));
	*out = q;
	return ST_OK;
}

void
query_free(struct query *q)
{
	if (q == NULL)
		return;
	for (size_t i = 0; i < q->nparams; i++)
		free(q->params[i].s);
	free(q->params);
	buf_free(&q->where);
	buf_free(&q->match);
	free(q);
}

int
query_view_sort(const struct query *q)
{
	return q->sort;
}

int
query_has_words(const struct query *q)
{
	return q->match.len > 0;
}

static void
query_from(const struct query *q, struct buf *sql)
{
	buf_adds(sql, " FROM profile p");
	if (query_has_words(q))
		buf_adds(sql, " JOIN profile_fts f ON f.rowid = p.id");
	buf_addf(sql, " WHERE %s", q->where.len > 0 ? buf_str(&q->where) : "1");
}

static void
query_order(const struct query *q, enum sort_key sort, int reverse, struct buf *sql)
{
	const char *dir = reverse ? "DESC" : "ASC", *rdir = reverse ? "ASC" : "DESC";

	if (sort == SORT_RANK && !query_has_words(q))
		sort = SORT_NAME;
	switch (sort) {
	case SORT_RANK:
		buf_addf(sql, " ORDER BY bm25(profile_fts, 10.0, 5.0, 4.0, 4.0, 6.0, 3.0, 2.0, "
		    "1.0) %s, p.id", dir);
		break;
	case SORT_NAME:
		buf_addf(sql, " ORDER BY p.name COLLATE NOCASE %s, p.id %s", dir, dir);
		break;
	case SORT_YEARS:
		buf_addf(sql, " ORDER BY p.months %s, p.name COLLATE NOCASE", rdir);
		break;
	case SORT_IMPORTED:
		buf_addf(sql, " ORDER BY p.created_at %s, p.id %s", rdir, rdir);
		break;
	default:
		buf_addf(sql, " ORDER BY p.updated_at %s, p.id %s", rdir, rdir);
		break;
	}
}

static sqlite3_stmt *
query_prepare(struct store *s, const struct query *q, const char *sql, const char *user)
{
	sqlite3_stmt *st = NULL;
	int n;

	if (sqlite3_prepare_v2(store_db(s), sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	for (size_t i = 0; i < q->nparams; i++) {
		if (q->params[i].is_int)
			sqlite3_bind_int64(st, (int)i + 1, q->params[i].i);
		else
			sqlite3_bind_text(st, (int)i + 1, q->params[i].s, -1, SQLITE_STATIC);
	}
	if ((n = sqlite3_bind_parameter_index(st, "?900")) > 0)
		sqlite3_bind_text(st, n, user != NULL ? user : "", -1, SQLITE_TRANSIENT);
	return st;
}

enum status
query_count(struct store *s, const struct query *q, const char *user, long long *n)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *st;
	int rc;

	buf_adds(&sql, "SELECT count(*)");
	query_from(q, &sql);
	st = query_prepare(s, q, buf_str(&sql), user);
	buf_free(&sql);
	if (st == NULL)
		return ST_FAIL;
	rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? ST_OK : ST_FAIL;
}

static char *
col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *v = sqlite3_column_text(st, i);

	return v != NULL ? xstrdup((const char *)v) : NULL;
}

enum status
query_rows(struct store *s, const struct query *q, const char *user, enum sort_key sort,
    int reverse, long long offset, long long limit, struct row **out, size_t *n)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *st;
	int rc;

	*out = NULL;
	*n = 0;
	buf_adds(&sql, "SELECT p.id, p.name, p.label, p.company, p.title, p.location, "
	    "p.months, (SELECT group_concat(tag, ' ') FROM (SELECT tag FROM profile_tag t "
	    "WHERE t.profile_id = p.id ORDER BY tag)), EXISTS (SELECT 1 FROM seen v WHERE "
	    "v.profile_id = p.id AND v.user = ?900), p.created_at, p.updated_at");
	query_from(q, &sql);
	query_order(q, sort, reverse, &sql);
	buf_addf(&sql, " LIMIT %lld OFFSET %lld", limit < 0 ? -1LL : limit, offset);
	st = query_prepare(s, q, buf_str(&sql), user);
	buf_free(&sql);
	if (st == NULL)
		return ST_FAIL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct row *r;
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		r = &(*out)[(*n)++];
		r->id = sqlite3_column_int64(st, 0);
		r->name = col_dup(st, 1);
		r->label = col_dup(st, 2);
		r->company = col_dup(st, 3);
		r->title = col_dup(st, 4);
		r->location = col_dup(st, 5);
		r->months = sqlite3_column_int(st, 6);
		r->tags = col_dup(st, 7);
		r->seen = sqlite3_column_int(st, 8);
		r->created = sqlite3_column_int64(st, 9);
		r->updated = sqlite3_column_int64(st, 10);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? ST_OK : ST_FAIL;
}

enum status
query_ids(struct store *s, const struct query *q, const char *user, enum sort_key sort,
    int reverse, long long **ids, size_t *n)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *st;
	int rc;

	*ids = NULL;
	*n = 0;
	buf_adds(&sql, "SELECT p.id");
	query_from(q, &sql);
	query_order(q, sort, reverse, &sql);
	st = query_prepare(s, q, buf_str(&sql), user);
	buf_free(&sql);
	if (st == NULL)
		return ST_FAIL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if ((*n & (*n - 1)) == 0)
			*ids = xreallocarray(*ids, *n ? *n * 2 : 1, sizeof **ids);
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? ST_OK : ST_FAIL;
}

void
rows_free(struct row *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].label);
		free(v[i].company);
		free(v[i].title);
		free(v[i].location);
		free(v[i].tags);
	}
	free(v);
}
