/*
 * The query module's face: compile (query_ast, then query_sql) and run the
 * result as a count, a page of rows, or every id.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "query.h"
#include "query_ast.h"
#include "query_sql.h"
#include "xalloc.h"

const char *const sort_names[SORT__COUNT] = {
	[SORT_RANK] = "rank",
	[SORT_NAME] = "name",
	[SORT_YEARS] = "years",
	[SORT_IMPORTED] = "imported",
	[SORT_UPDATED] = "updated",
};

struct query {
	struct query_sql sql;
	int sort;	/* a view's sort, or -1 */
};

int
sort_find(const char *name)
{
	for (int i = 0; i < SORT__COUNT; i++)
		if (strcmp(sort_names[i], name) == 0)
			return i;
	return -1;
}

enum status
query_compile(const char *text, const struct query_env *env, struct query **out, char *err,
    size_t errlen, int *errcol)
{
	struct qnode *root;
	const char *vsort;
	enum status st;

	*out = NULL;
	st = query_ast_parse(text, env != NULL ? env->cfg : NULL, &root, &vsort, err, errlen,
	    errcol);
	if (st != ST_OK)
		return st;
	*out = xcalloc(1, sizeof **out);
	query_sql_build(root, env != NULL ? env->user : NULL, &(*out)->sql);
	(*out)->sort = vsort != NULL ? sort_find(vsort) : -1;
	query_ast_free(root);
	return ST_OK;
}

void
query_free(struct query *q)
{
	if (q == NULL)
		return;
	query_sql_free(&q->sql);
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
	return q->sql.ranked;
}

/*
 * How an unranked list in an index's order is read (query_sql.h, guess):
 * that index with each condition a probe into the list its subquery made
 * (SCAN), that index with skills and tags asked of each row (PROBE, a page
 * of common ones), or the few candidates found first, then sorted (SET).
 */
enum plan { PLAN_SCAN, PLAN_PROBE, PLAN_SET };

/*
 * FROM and WHERE.  with_p: the profile's columns are wanted.  index: read
 * p in that index's order, as plan says, and a page stops after its last
 * row instead of reading every candidate found to sort them.
 */
static void
query_from(const struct query *q, int with_p, const char *index, enum plan plan,
    struct buf *sql)
{
	const struct buf *where = plan == PLAN_PROBE ? &q->sql.probe : &q->sql.where;

	if (!q->sql.ranked)
		buf_adds(sql, " FROM profile p");
	else if (with_p)	/* CROSS: f first, through its MATCH */
		buf_adds(sql, " FROM profile_fts f CROSS JOIN profile p ON p.id = f.rowid");
	else
		buf_adds(sql, " FROM profile_fts f");
	if (!q->sql.ranked && index != NULL && plan != PLAN_SET)
		buf_addf(sql, " INDEXED BY %s", index);
	if (where->len > 0)
		buf_addf(sql, " WHERE %s", buf_str(where));
}

/*
 * Every order is two keys, k1 and k2, selected as columns so the page of
 * rows can be sorted again by them after the join that fetches the rest.
 * bm25's weights put the name and skills above the résumé text: name,
 * headline, companies, titles, skills, schools, places, text.
 */
static const struct {
	const char *k1, *k2;
	int desc;		/* newest or most first */
	const char *index;	/* in k1 order */
} orders[SORT__COUNT] = {
	[SORT_RANK] = { "dossier_rank(f.profile_fts, 10.0, 5.0, 4.0, 4.0, 6.0, 3.0, 2.0, "
	    "1.0)",
	    "f.rowid", 0, NULL },
	/* the name folded (store_sort_name): "Élodie" among the E's */
	[SORT_NAME] = { "p.sort_name", "p.id", 0, "profile_sort_name" },
	[SORT_YEARS] = { "p.months", "p.sort_name", 1, "profile_months" },
	[SORT_IMPORTED] = { "p.created_at", "p.id", 1, "profile_created" },
	[SORT_UPDATED] = { "p.updated_at", "p.id", 1, "profile_updated" },
};

static enum sort_key
query_sort(const struct query *q, enum sort_key sort)
{
	if ((int)sort < 0 || sort >= SORT__COUNT || (sort == SORT_RANK && !q->sql.ranked))
		return SORT_NAME;
	return sort;
}

static void
query_keys(enum sort_key sort, struct buf *sql)
{
	buf_addf(sql, ", %s AS k1, %s AS k2", orders[sort].k1, orders[sort].k2);
}

/* ORDER BY over the k1 and k2 of a select; table is "" or "r.". */
static void
query_order(enum sort_key sort, int reverse, const char *table, struct buf *sql)
{
	const char *d1 = orders[sort].desc != reverse ? "DESC" : "ASC";
	const char *d2 = sort == SORT_YEARS ? "ASC" : d1;

	buf_addf(sql, " ORDER BY %sk1 %s, %sk2 %s", table, d1, table, d2);
}

/* sql prepared and its parameters bound; NULL if it would not prepare. */
static sqlite3_stmt *
sql_bound(struct store *s, const struct qparam *params, size_t nparams, const char *sql)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(store_db(s), sql, -1, &st, NULL) != SQLITE_OK) {
		sqlite3_finalize(st);
		return NULL;
	}
	for (size_t i = 0; i < nparams; i++) {
		const struct qparam *p = &params[i];
		if (p->is_int)
			sqlite3_bind_int64(st, (int)i + 1, p->i);
		else
			sqlite3_bind_text(st, (int)i + 1, p->s, -1, SQLITE_STATIC);
	}
	return st;
}

/* SQL failures land in the store's error, for store_error(). */
static sqlite3_stmt *
query_prepare(struct store *s, const struct query *q, const char *sql)
{
	sqlite3_stmt *st = sql_bound(s, q->sql.params, q->sql.nparams, sql);

	if (st == NULL)
		store_sqlerr(s, sqlite3_errcode(store_db(s)));
	return st;
}

/* A page (paged) or every row, in an index's order; a failed guess is
 * no reason to fail the query, which then reads as it always could. */
static enum plan
query_plan(struct store *s, const struct query *q, int paged)
{
	sqlite3_stmt *st;
	enum plan plan = PLAN_SCAN;

	if (q->sql.ranked || q->sql.guess.len == 0)
		return PLAN_SCAN;
	st = sql_bound(s, q->sql.gparams, q->sql.ngparams, buf_str(&q->sql.guess));
	if (st != NULL && sqlite3_step(st) == SQLITE_ROW) {
		double left = sqlite3_column_double(st, 0), all = sqlite3_column_double(st, 1);
		if (left * 500 >= all)
			plan = paged ? PLAN_PROBE : PLAN_SCAN;
		else if (q->sql.alone)
			plan = PLAN_SET;
	}
	sqlite3_finalize(st);
	return plan;
}

static enum status
query_done(struct store *s, sqlite3_stmt *st, int rc)
{
	enum status r = rc == SQLITE_DONE ? ST_OK : store_sqlerr(s, rc);

	sqlite3_finalize(st);
	return r;
}

enum status
query_count(struct store *s, const struct query *q, const char *user, long long *n)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *st;
	int rc;

	(void)user;
	*n = 0;
	buf_adds(&sql, "SELECT count(*)");
	query_from(q, 0, NULL, PLAN_SCAN, &sql);
	st = query_prepare(s, q, buf_str(&sql));
	buf_free(&sql);
	if (st == NULL)
		return ST_FAIL;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*n = sqlite3_column_int64(st, 0);
		rc = SQLITE_DONE;
	}
	return query_done(s, st, rc);
}

static char *
col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *v = sqlite3_column_text(st, i);

	return v != NULL ? xstrdup((const char *)v) : NULL;
}

static void
row_read(sqlite3_stmt *st, struct row *r)
{
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

#define ROW_COLUMNS "p.id, p.name, p.label, p.company, p.title, p.location, p.months, " \
	"(SELECT group_concat(tag, ' ') FROM (SELECT tag FROM profile_tag t " \
	"WHERE t.profile_id = p.id ORDER BY tag)), EXISTS (SELECT 1 FROM seen v WHERE " \
	"v.profile_id = p.id AND v.user = ?%d), p.created_at, p.updated_at"

/* The ids in order, with their keys; ranked by relevance, this reads the
 * index alone. */
static void
ids_sql(const struct query *q, enum sort_key sort, int reverse, enum plan plan,
    struct buf *sql)
{
	int by_rank = q->sql.ranked && sort == SORT_RANK;

	buf_addf(sql, "SELECT %s AS id", q->sql.ranked ? "f.rowid" : "p.id");
	query_keys(sort, sql);
	query_from(q, !by_rank, orders[sort].index, plan, sql);
	query_order(sort, reverse, "", sql);
}

/*
 * A page is chosen and sorted on ids and keys alone, so only its rows pay
 * for the columns, tags and seen-state; every row at once is one sort of
 * whole rows, which is cheaper than sorting twice.
 */
static void
rows_sql(const struct query *q, enum sort_key sort, int reverse, int paged, enum plan plan,
    struct buf *sql)
{
	int n = (int)q->sql.nparams;

	buf_adds(sql, "SELECT ");
	buf_addf(sql, ROW_COLUMNS, n + 1);
	if (!paged) {
		query_keys(sort, sql);
		query_from(q, 1, NULL, PLAN_SCAN, sql);
		query_order(sort, reverse, "", sql);
		return;
	}
	buf_adds(sql, " FROM (");
	ids_sql(q, sort, reverse, plan, sql);
	buf_addf(sql, " LIMIT ?%d OFFSET ?%d) r JOIN profile p ON p.id = r.id", n + 2, n + 3);
	query_order(sort, reverse, "r.", sql);
}

enum status
query_rows(struct store *s, const struct query *q, const char *user, enum sort_key sort,
    int reverse, long long offset, long long limit, struct row **out, size_t *n)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *st;
	int rc, paged, np = (int)q->sql.nparams;

	*out = NULL;
	*n = 0;
	sort = query_sort(q, sort);
	paged = limit >= 0 || offset > 0;
	rows_sql(q, sort, reverse, paged, paged ? query_plan(s, q, 1) : PLAN_SCAN, &sql);
	st = query_prepare(s, q, buf_str(&sql));
	buf_free(&sql);
	if (st == NULL)
		return ST_FAIL;
	sqlite3_bind_text(st, np + 1, user != NULL ? user : "", -1, SQLITE_TRANSIENT);
	if (limit >= 0 || offset > 0) {
		sqlite3_bind_int64(st, np + 2, limit < 0 ? -1 : limit);
		sqlite3_bind_int64(st, np + 3, offset < 0 ? 0 : offset);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if ((*n & (*n - 1)) == 0)
			*out = xreallocarray(*out, *n ? *n * 2 : 1, sizeof **out);
		row_read(st, &(*out)[(*n)++]);
	}
	return query_done(s, st, rc);
}

enum status
query_ids(struct store *s, const struct query *q, const char *user, enum sort_key sort,
    int reverse, long long **ids, size_t *n)
{
	struct buf sql = BUF_INIT;
	sqlite3_stmt *st;
	int rc;

	(void)user;
	*ids = NULL;
	*n = 0;
	sort = query_sort(q, sort);
	ids_sql(q, sort, reverse, query_plan(s, q, 0), &sql);
	st = query_prepare(s, q, buf_str(&sql));
	buf_free(&sql);
	if (st == NULL)
		return ST_FAIL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if ((*n & (*n - 1)) == 0)
			*ids = xreallocarray(*ids, *n ? *n * 2 : 1, sizeof **ids);
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	return query_done(s, st, rc);
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
