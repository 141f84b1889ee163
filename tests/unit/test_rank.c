/*
 * dossier_rank against FTS5's own bm25, on rows written straight into the
 * search tables: the same scores for a query of several phrases, the same
 * order for one, with the row lengths read through its blob handle, on
 * few rows and on many, and on a table whose lengths it does not know
 * (where FTS5 is asked), bm25's scores still.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "buf.h"
#include "store.h"
#include "test_util.h"

#define WEIGHTS "10.0, 5.0, 4.0, 4.0, 6.0, 3.0, 2.0, 1.0"

static char *dir;
static struct store *s;

static void
exec(const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(store_db(s), sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg);
}

/* Rows of differing lengths and counts of the words, so that scores differ. */
static void
fill(int nrows)
{
	sqlite3_stmt *st, *facet;
	struct buf body = BUF_INIT;

	exec("BEGIN");
	assert_int_equal(sqlite3_prepare_v2(store_db(s), "INSERT INTO profile_fts(rowid, "
	    "name, title, body) VALUES (?, ?, ?, ?)", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(store_db(s), "INSERT INTO profile_facet(rowid, "
	    "school, place) VALUES (?, ?, ?)", -1, &facet, NULL), SQLITE_OK);
	for (int i = 1; i <= nrows; i++) {
		buf_reset(&body);
		for (int k = 0; k < i % 5 + 1; k++)
			buf_adds(&body, "alpha ");
		for (int k = 0; k < i % 13; k++)
			buf_adds(&body, "filler words ");
		if (i % 3 == 0)
			buf_adds(&body, "beta");
		sqlite3_bind_int(st, 1, i);
		sqlite3_bind_text(st, 2, i % 7 == 0 ? "Alpha Quill" : "Ada Quill", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, i % 4 == 0 ? "beta engineer" : "engineer", -1,
		    SQLITE_STATIC);
		sqlite3_bind_text(st, 4, buf_str(&body), -1, SQLITE_TRANSIENT);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_reset(st);
		sqlite3_bind_int(facet, 1, i);
		sqlite3_bind_text(facet, 2, i % 2 ? "alpha college" : "beta school of alpha",
		    -1, SQLITE_STATIC);
		sqlite3_bind_text(facet, 3, body.s + (i % 3) * 6, -1, SQLITE_TRANSIENT);
		assert_int_equal(sqlite3_step(facet), SQLITE_DONE);
		sqlite3_reset(facet);
	}
	sqlite3_finalize(st);
	sqlite3_finalize(facet);
	buf_free(&body);
	exec("COMMIT");
}

static long long
count(const char *sql)
{
	sqlite3_stmt *st;
	long long n;

	assert_int_equal(sqlite3_prepare_v2(store_db(s), sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* The rowids a ranked query gives, in order, as "3 1 2". */
static void
order(const char *rank, const char *match, struct buf *out)
{
	char sql[512];
	sqlite3_stmt *st;

	snprintf(sql, sizeof sql, "SELECT rowid FROM profile_fts WHERE profile_fts MATCH '%s' "
	    "ORDER BY %s(profile_fts, " WEIGHTS "), rowid", match, rank);
	assert_int_equal(sqlite3_prepare_v2(store_db(s), sql, -1, &st, NULL), SQLITE_OK);
	buf_reset(out);
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_addf(out, "%lld ", sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
}

static void
same_as_bm25(int nrows)
{
	struct buf a = BUF_INIT, b = BUF_INIT;
	static const char *const one[] = { "alpha", "\"alpha\"*", "beta", "name : alpha",
		"\"filler words\"", "title : beta" };

	fill(nrows);
	/* several phrases: the very same doubles */
	assert_int_equal(count("SELECT count(*) FROM profile_fts WHERE profile_fts MATCH "
	    "'alpha OR beta' AND dossier_rank(profile_fts, " WEIGHTS ") != "
	    "bm25(profile_fts, " WEIGHTS ")"), 0);
	assert_int_equal(count("SELECT count(*) FROM profile_fts WHERE profile_fts MATCH "
	    "'(alpha AND engineer) NOT beta' AND dossier_rank(profile_fts) != "
	    "bm25(profile_fts)"), 0);
	/* one phrase: the same order */
	for (size_t i = 0; i < sizeof one / sizeof one[0]; i++) {
		order("dossier_rank", one[i], &a);
		order("bm25", one[i], &b);
		assert_true(a.len > 0);
		assert_string_equal(buf_str(&a), buf_str(&b));
	}
	/* another table: its own lengths, never profile_fts's */
	assert_int_equal(count("SELECT count(*) FROM profile_facet WHERE profile_facet MATCH "
	    "'alpha OR school' AND dossier_rank(profile_facet, 2.0, 1.0) != "
	    "bm25(profile_facet, 2.0, 1.0)"), 0);
	buf_free(&a);
	buf_free(&b);
}

static int
setup(void **state)
{
	char path[512], err[ERRLEN];

	(void)state;
	dir = test_tmpdir();
	snprintf(path, sizeof path, "%s/r.db", dir);
	return store_open(path, STORE_CREATE, &s, err, sizeof err) == ST_OK ? 0 : -1;
}

static int
teardown(void **state)
{
	char cmd[512];

	(void)state;
	store_close(s);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	free(dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Few rows. */
static void
test_few_rows(void **state)
{
	(void)state;
	same_as_bm25(40);
}

/* Many rows, the handle moved from each to the next. */
static void
test_many_rows(void **state)
{
	(void)state;
	same_as_bm25(2500);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_few_rows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_many_rows, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
