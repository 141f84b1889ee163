/*
 * fuzz_query: any text as a query.  It compiles or says where it is wrong;
 * a query that compiles runs against a real (small) database without an SQL
 * error, since no user value is ever spliced into the SQL.
 */
#include <unistd.h>

#include "config.h"
#include "fuzz.h"
#include "query.h"
#include "store.h"

static struct store *store;
static struct config cfg;
static char dir[] = "/tmp/dossier-fuzz-query.XXXXXX";
static char path[sizeof dir + 16];

static void
fuzz_done(void)
{
	static const char *const ext[] = { "", "-wal", "-shm" };
	char f[sizeof path + 8];

	store_close(store);
	config_free(&cfg);
	for (size_t i = 0; i < 3; i++) {
		snprintf(f, sizeof f, "%s%s", path, ext[i]);
		unlink(f);
	}
	rmdir(dir);
}

/* One database for the whole run, with a candidate to find, tagged. */
static void
fuzz_setup(void)
{
	char err[ERRLEN];
	struct profile *p = profile_new();
	struct source src = { "text", 4, "Ada Quill engineer", "-", "2024-06", "fuzz", NULL };
	enum put_result res;
	long long id;

	FUZZ_CHECK(mkdtemp(dir) != NULL, "no temporary folder");
	snprintf(path, sizeof path, "%s/q.db", dir);
	atexit(fuzz_done);
	FUZZ_CHECK(store_open(path, STORE_CREATE, &store, err, sizeof err) == ST_OK, err);
	profile_set(&p->basics.name, "Ada Quill");
	FUZZ_CHECK(store_put(store, p, &src, &id, &res) == ST_OK, "cannot store");
	FUZZ_CHECK(store_tag(store, id, "shortlist", "fuzz", 1) == ST_OK, "cannot tag");
	profile_free(p);
	config_defaults(&cfg);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct query_env env = { "fuzz", &cfg };
	struct query *q = NULL;
	char err[ERRLEN], *text = fuzz_cstr(data, size);
	int col = 0;
	long long n;
	enum status st;

	if (store == NULL)
		fuzz_setup();
	err[0] = '\0';
	st = query_compile(text, &env, &q, err, sizeof err, &col);
	if (st != ST_OK) {
		FUZZ_CHECK(err[0] != '\0', "a query error without a message");
		FUZZ_CHECK(col >= 0 && (size_t)col <= strlen(text) + 1,
		    "a query error points outside the query");
	} else {
		struct row *rows = NULL;
		size_t nrows = 0;
		st = query_count(store, q, "fuzz", &n);
		FUZZ_CHECK(st == ST_OK, store_error(store));
		st = query_rows(store, q, "fuzz", SORT_RANK, 0, 0, 5, &rows, &nrows);
		FUZZ_CHECK(st == ST_OK, store_error(store));
		FUZZ_CHECK((long long)nrows <= n, "more rows than the count");
		rows_free(rows, nrows);
		query_free(q);
	}
	free(text);
	return 0;
}
