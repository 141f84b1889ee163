/*
 * Every field of the query language against a fixture database with known
 * answers: the eight people of tests/fixtures/query, tagged, noted and seen
 * by alice and bob.  Then ranking, sorts, pages and counts, and user text
 * that would be FTS5 or SQL syntax staying text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "config.h"
#include "query.h"
#include "resume.h"
#include "store.h"
#include "test_util.h"
#include "xalloc.h"

static const char *const people[] = {
	"ada", "bruno", "chiara", "dmitri", "elodie", "farid", "greta", "hiroshi",
};
#define NPEOPLE (sizeof people / sizeof people[0])

struct fixture {
	char *dir;
	struct store *s;
	struct config cfg;
	long long id[NPEOPLE];	/* by people[] */
};

static struct fixture fx;

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s;
	long n;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	s = xmalloc((size_t)n + 1);
	assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
	s[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return s;
}

static long long
import_person(const char *who)
{
	const char *src = getenv("SRCDIR");
	char path[1024], err[ERRLEN];
	struct profile **v;
	size_t n, len;
	long long id = 0;
	enum put_result res;
	char *text;

	snprintf(path, sizeof path, "%s/tests/fixtures/query/%s.json", src ? src : ".", who);
	text = slurp(path, &len);
	assert_int_equal(resume_parse(text, len, path, &v, &n, err, sizeof err), ST_OK);
	assert_int_equal(n, 1);
	struct source s = { text, len, NULL, path, v[0]->as_of, "importer", NULL };
	assert_int_equal(store_put(fx.s, v[0], &s, &id, &res), ST_OK);
	assert_int_equal(res, PUT_INSERTED);
	profile_free(v[0]);
	free(v);
	free(text);
	return id;
}

/* Ada and Bruno were imported in June 2024, the others now. */
static void
backdate(void)
{
	struct tm tm = { .tm_year = 124, .tm_mon = 5, .tm_mday = 1, .tm_isdst = -1 };
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_prepare_v2(store_db(fx.s), "UPDATE profile SET created_at = ? "
	    "WHERE id IN (?, ?)", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, (long long)mktime(&tm));
	sqlite3_bind_int64(st, 2, fx.id[0]);
	sqlite3_bind_int64(st, 3, fx.id[1]);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
}

static int
setup(void **state)
{
	char path[512], err[ERRLEN];

	(void)state;
	fx.dir = test_tmpdir();
	snprintf(path, sizeof path, "%s/q.db", fx.dir);
	if (store_open(path, STORE_CREATE, &fx.s, err, sizeof err) != ST_OK)
		return -1;
	config_defaults(&fx.cfg);
	for (size_t i = 0; i < NPEOPLE; i++)
		fx.id[i] = import_person(people[i]);
	store_tag(fx.s, fx.id[0], "shortlist", "alice", 1);
	store_tag(fx.s, fx.id[1], "shortlist", "bob", 1);
	store_tag(fx.s, fx.id[0], "interview", "bob", 1);
	store_note(fx.s, fx.id[2], "alice", "Call back in März about the Zürich role.");
	store_note(fx.s, fx.id[6], "bob", "Strong systems background.");
	store_seen(fx.s, fx.id[0], "alice", 1);
	store_seen(fx.s, fx.id[1], "alice", 1);
	backdate();
	return 0;
}

static int
teardown(void **state)
{
	char cmd[512];

	(void)state;
	store_close(fx.s);
	config_free(&fx.cfg);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx.dir);
	free(fx.dir);
	return system(cmd) == 0 ? 0 : -1;
}

static const char *
who(long long id)
{
	for (size_t i = 0; i < NPEOPLE; i++)
		if (fx.id[i] == id)
			return people[i];
	return "?";
}

static struct query *
compile(const char *text, const char *user)
{
	struct query_env env = { user, &fx.cfg };
	struct query *q = NULL;
	char err[ERRLEN];
	int col;

	if (query_compile(text, &env, &q, err, sizeof err, &col) != ST_OK)
		fail_msg("'%s': column %d: %s", text, col, err);
	return q;
}

/* The people a query finds, in people[] order, as "ada bruno". */
static void
found(const char *text, const char *user, struct buf *b)
{
	struct query *q = compile(text, user);
	long long *ids;
	size_t n;

	assert_int_equal(query_ids(fx.s, q, user, SORT_NAME, 0, &ids, &n), ST_OK);
	for (size_t i = 0; i < NPEOPLE; i++)
		for (size_t k = 0; k < n; k++)
			if (ids[k] == fx.id[i])
				buf_addf(b, "%s%s", b->len > 0 ? " " : "", people[i]);
	free(ids);
	query_free(q);
}

static void
expect_as(const char *user, const char *text, const char *want)
{
	struct buf b = BUF_INIT;

	found(text, user, &b);
	if (strcmp(buf_str(&b), want) != 0)
		fail_msg("'%s' found [%s], not [%s]", text, buf_str(&b), want);
	buf_free(&b);
}

static void
expect(const char *text, const char *want)
{
	expect_as("alice", text, want);
}

static void
test_free_words(void **state)
{
	(void)state;
	expect("", "ada bruno chiara dmitri elodie farid greta hiroshi");
	expect("zurich", "ada hiroshi");		/* folds Zürich */
	expect("Zürich", "ada hiroshi");
	expect("ZURICH", "ada hiroshi");
	expect("compilers", "ada");			/* the summary */
	expect("compil", "ada");			/* a prefix */
	expect("lyon", "elodie");
	expect("go", "ada bruno chiara elodie hiroshi");	/* Go, Google, Golang */
	expect("\"machine learning\"", "elodie");
	expect("\"learning machine\"", "");
	expect("rust python", "");
	expect("rust kafka", "greta");
	expect("rust OR python", "ada bruno greta hiroshi");
	expect("-google", "dmitri elodie farid greta");
	expect("NOT google", "dmitri elodie farid greta");
	expect("engineer -staff", "bruno chiara");
	expect("(rust OR python) -skill:rust", "bruno hiroshi");
	expect("-(skill:python OR location:zurich)", "chiara dmitri elodie farid greta");
	expect("nobody", "");
}

static void
test_text_fields(void **state)
{
	(void)state;
	expect("name:ada", "ada");
	expect("name:quill", "ada");
	expect("name:elodie", "elodie");
	expect("name:zurich", "");
	expect("headline:engineer", "ada bruno chiara greta");
	expect("headline:\"staff engineer\"", "greta");
	expect("company:northwind", "ada greta");	/* anywhere in the history */
	expect("company:google", "ada bruno hiroshi");
	expect("company:\"northwind logistics\"", "ada greta");
	expect("current:northwind", "greta");		/* only the current employer */
	expect("current:google", "ada hiroshi");
	expect("-current:google company:google", "bruno");
	expect("title:scientist", "hiroshi");
	expect("title:analyst", "bruno");		/* a past title */
	expect("school:zurich", "ada");
	expect("school:münchen", "dmitri");
	expect("school:computer", "");			/* degrees are not schools */
	expect("degree:msc", "ada chiara greta");
	expect("degree:\"computer science\"", "ada greta");
	expect("degree:phd -school:tokyo", "elodie");
	expect("location:zurich", "ada hiroshi");
	expect("location:munchen", "dmitri");
	expect("location:ch", "ada hiroshi");
	expect("location:lyon", "");			/* only where they are */
	expect("location:zurich degree:msc", "ada");
	expect("location:zurich OR degree:phd", "ada elodie hiroshi");
}

static void
test_skills(void **state)
{
	(void)state;
	expect("skill:go", "ada");			/* not Golang, not Google Cloud */
	expect("skill:GO", "ada");
	expect("skill:go*", "ada chiara elodie");
	expect("skill:c", "greta");			/* not C++ */
	expect("skill:c++", "dmitri");
	expect("skill:\"google cloud\"", "chiara");
	expect("skill:python", "bruno hiroshi");
	expect("skill:rust skill:kafka", "greta");
	expect("skill:rust OR skill:java", "ada chiara greta");
	expect("-skill:python", "ada chiara dmitri elodie farid greta");
	expect("skill:kube*", "ada");
	expect("skill:Z*", "");
}

static void
test_years(void **state)
{
	(void)state;
	expect("years:>5", "ada bruno chiara greta");	/* Hiroshi has exactly 5 */
	expect("years:>=5", "ada bruno chiara greta hiroshi");
	expect("years:<2", "farid");
	expect("years:<=2", "dmitri farid");
	expect("years:3..8", "bruno elodie greta hiroshi");
	expect("years:8", "bruno greta");
	expect("years:..2", "dmitri farid");
	expect("years:10..", "ada chiara");
	expect("years:>3.9", "ada bruno chiara greta hiroshi");
	expect("years:>5 skill:rust", "ada greta");
	expect("years:>10 OR skill:c++", "ada chiara dmitri");
	/* beside required words, through the indexes rather than the rows */
	expect("rust years:>5", "ada greta");
	expect("rust -years:>100", "ada greta");
	expect("engineer has:phone", "ada chiara greta");
	expect("engineer -has:email", "chiara greta");
	expect("zurich since:2025-01", "hiroshi");
}

static void
test_marks(void **state)
{
	(void)state;
	expect("tag:shortlist", "ada bruno");
	expect("tag:interview", "ada");
	expect("-tag:shortlist", "chiara dmitri elodie farid greta hiroshi");
	expect("tag:nothing", "");
	expect("by:bob", "ada bruno");
	expect("by:alice", "ada");
	expect("tag:shortlist by:bob", "bruno");	/* bob's shortlist */
	expect("tag:shortlist by:alice", "ada");
	expect("tag:interview by:alice", "");
	expect("is:tagged", "ada bruno");
	expect("-is:tagged", "chiara dmitri elodie farid greta hiroshi");
	expect("note:marz", "chiara");			/* folds März */
	expect("note:\"call back\"", "chiara");
	expect("note:zurich", "chiara");		/* Ada's Zürich is no note */
	expect("note:strong", "greta");
	expect("has:note", "chiara greta");
	expect("has:email", "ada bruno dmitri elodie hiroshi");
	expect("has:phone", "ada chiara greta");
	expect("-has:email", "chiara farid greta");
	expect("has:email has:phone", "ada");
	expect("is:new", "chiara dmitri elodie farid greta hiroshi");
	expect("is:seen", "ada bruno");
	expect_as("bob", "is:new", "ada bruno chiara dmitri elodie farid greta hiroshi");
	expect("since:2025-01", "chiara dmitri elodie farid greta hiroshi");
	expect("since:2024", "ada bruno chiara dmitri elodie farid greta hiroshi");
	expect("since:2024-06-02", "chiara dmitri elodie farid greta hiroshi");
	expect("since:30d", "chiara dmitri elodie farid greta hiroshi");
	expect("since:2099-01", "");
	expect("skill:kafka OR location:paris OR tag:interview", "ada elodie greta");
	expect("(company:google -current:google) OR (years:<3 has:email)", "bruno dmitri");
}

static void
test_views(void **state)
{
	struct query *q;

	(void)state;
	expect("@seniors", "ada chiara");
	expect("@shortlist", "ada bruno");
	expect("@new", "chiara dmitri elodie farid greta hiroshi");
	expect("@shortlist skill:go", "ada");
	q = compile("@seniors", "alice");
	assert_int_equal(query_view_sort(q), SORT_YEARS);
	query_free(q);
	q = compile("rust", "alice");
	assert_int_equal(query_view_sort(q), -1);
	query_free(q);
}

static void
ids_of(const char *text, enum sort_key sort, int reverse, long long **ids, size_t *n)
{
	struct query *q = compile(text, "alice");

	assert_int_equal(query_ids(fx.s, q, "alice", sort, reverse, ids, n), ST_OK);
	query_free(q);
}

/* A name above the text: Greta is named Lindqvist, Bruno's summary names one. */
static void
test_rank(void **state)
{
	struct query *q;
	long long *ids;
	size_t n;

	(void)state;
	q = compile("lindqvist", "alice");
	assert_true(query_has_words(q));
	query_free(q);
	ids_of("lindqvist", SORT_RANK, 0, &ids, &n);
	assert_int_equal(n, 2);
	assert_string_equal(who(ids[0]), "greta");
	assert_string_equal(who(ids[1]), "bruno");
	free(ids);
	ids_of("lindqvist", SORT_NAME, 0, &ids, &n);	/* an explicit sort wins */
	assert_string_equal(who(ids[0]), "bruno");
	free(ids);
	ids_of("lindqvist", SORT_RANK, 1, &ids, &n);
	assert_string_equal(who(ids[0]), "bruno");
	free(ids);
	/* words only under OR with a field: no rank, so by name */
	q = compile("rust OR skill:java", "alice");
	assert_false(query_has_words(q));
	query_free(q);
	ids_of("rust OR skill:java", SORT_RANK, 0, &ids, &n);
	assert_int_equal(n, 3);
	assert_string_equal(who(ids[0]), "ada");
	free(ids);
}

static void
test_sorts(void **state)
{
	long long *ids;
	size_t n;

	(void)state;
	ids_of("", SORT_YEARS, 0, &ids, &n);
	assert_int_equal(n, NPEOPLE);
	assert_string_equal(who(ids[0]), "chiara");
	assert_string_equal(who(ids[n - 1]), "farid");
	free(ids);
	ids_of("", SORT_YEARS, 1, &ids, &n);
	assert_string_equal(who(ids[0]), "farid");
	free(ids);
	ids_of("", SORT_IMPORTED, 1, &ids, &n);	/* oldest first: the backdated two */
	assert_true(strcmp(who(ids[0]), "ada") == 0 || strcmp(who(ids[0]), "bruno") == 0);
	free(ids);
	ids_of("", SORT_NAME, 0, &ids, &n);
	for (size_t i = 0; i < n; i++)	/* Élodie among the E's */
		assert_string_equal(who(ids[i]), people[i]);
	free(ids);
}

/* Pages of rows agree with the ids, and count with both. */
static void
test_rows_and_count(void **state)
{
	struct query *q = compile("-farid", "alice");
	struct row *rows;
	long long *ids, count;
	size_t n, nids, seen = 0;

	(void)state;
	assert_int_equal(query_count(fx.s, q, "alice", &count), ST_OK);
	assert_int_equal(count, 7);
	assert_int_equal(query_ids(fx.s, q, "alice", SORT_YEARS, 0, &ids, &nids), ST_OK);
	assert_int_equal(nids, 7);
	for (long long off = 0; off < 7; off += 3) {
		assert_int_equal(query_rows(fx.s, q, "alice", SORT_YEARS, 0, off, 3, &rows, &n),
		    ST_OK);
		assert_true(n <= 3);
		for (size_t i = 0; i < n; i++)
			assert_int_equal(rows[i].id, ids[seen++]);
		rows_free(rows, n);
	}
	assert_int_equal(seen, 7);
	assert_int_equal(query_rows(fx.s, q, "alice", SORT_YEARS, 0, 0, -1, &rows, &n), ST_OK);
	assert_int_equal(n, 7);
	assert_string_equal(rows[0].name, "Chiara Rossi");
	assert_int_equal(rows[0].months, 168);
	assert_string_equal(rows[1].name, "Ada Quill");
	assert_string_equal(rows[1].tags, "interview shortlist");
	assert_int_equal(rows[1].seen, 1);
	assert_int_equal(rows[0].seen, 0);
	rows_free(rows, n);
	free(ids);
	query_free(q);
}

/* FTS5 and SQL syntax typed by a user is text: no error, no effect. */
static void
test_inert_syntax(void **state)
{
	static const char *const texts[] = {
		"NEAR(rust go)", "name : ada", "{name}:ada", "^rust", "rust*", "*",
		"'; DROP TABLE profile; --", "\"a\"\"b\"", "skill:'go'", "tag:x' OR '1'='1",
		"by:\" OR 1", "note:\"NEAR(a b)\"", "location:\"zurich\"\"", "company:a:b",
		"rust AND", "+", "col:rust", "\"\"",
	};
	long long count;

	(void)state;
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		struct query_env env = { "alice", &fx.cfg };
		struct query *q = NULL;
		char err[ERRLEN];
		int col;
		if (query_compile(texts[i], &env, &q, err, sizeof err, &col) != ST_OK)
			continue;
		if (query_count(fx.s, q, "alice", &count) != ST_OK)
			fail_msg("'%s' failed in SQL: %s", texts[i], store_error(fx.s));
		query_free(q);
	}
	expect("NEAR(rust go)", "");		/* the words near, rust and go */
	expect("{name}:ada", "");
	expect("'; DROP TABLE profile; --", "");
	assert_int_equal(store_count(fx.s, &count), ST_OK);
	assert_int_equal(count, NPEOPLE);
}

static void
exec_sql(struct store *s, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(store_db(s), sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg);
}

static long long
count_of(struct store *s, const char *text)
{
	struct query_env env = { "alice", NULL };
	struct query *q;
	char err[ERRLEN];
	long long n = -1;
	int col;

	assert_int_equal(query_compile(text, &env, &q, err, sizeof err, &col), ST_OK);
	assert_int_equal(query_count(s, q, "alice", &n), ST_OK);
	query_free(q);
	return n;
}

/* Takes migration 4 back: no sort_name, the index on the name again. */
static void
schema_before_sort_name(struct store *s)
{
	exec_sql(s, "DROP INDEX profile_sort_name; ALTER TABLE profile DROP COLUMN sort_name;"
	    "CREATE INDEX profile_name ON profile(name COLLATE NOCASE);"
	    "PRAGMA user_version = 3;");
}

/* Puts a profile of that name (and email, which makes it the same person
 * as an earlier one); the result is want. */
static void
put_named(struct store *s, const char *name, const char *email, enum put_result want)
{
	struct profile *p = profile_new();
	struct source src = { name, strlen(name), name, "test", "2025-03", "alice", NULL };
	enum put_result res;
	long long id = 0;

	profile_set(&p->basics.name, name);
	profile_set(&p->basics.email, email);
	assert_int_equal(store_put(s, p, &src, &id, &res), ST_OK);
	assert_int_equal(res, want);
	profile_free(p);
}

/* The names in the name order, reversed or not, as "a,b,c,". */
static void
names_in_order(struct store *s, int reverse, char *out, size_t size)
{
	struct query_env env = { "alice", NULL };
	struct query *q;
	struct row *rows;
	char err[ERRLEN];
	size_t n;
	int col;

	assert_int_equal(query_compile("", &env, &q, err, sizeof err, &col), ST_OK);
	assert_int_equal(query_rows(s, q, "alice", SORT_NAME, reverse, 0, 100, &rows, &n),
	    ST_OK);
	*out = '\0';
	for (size_t i = 0; i < n; i++)
		snprintf(out + strlen(out), size - strlen(out), "%s,", rows[i].name);
	rows_free(rows, n);
	query_free(q);
}

/*
 * The name order folds case and accents: "Élodie" among the E's, not after
 * "Zofia", and "émile" beside "Émile".  A database from before the key
 * (schema 3) gets it filled by the migration; new and updated candidates
 * get theirs from the store.
 */
static void
test_name_order_folds(void **state)
{
	static const char *const names[] = { "Zofia Nowak", "émile Roux", "Ödön Varga",
	    "ada Quill", "Élodie Moreau", "Bruno Ferreira", "Ebba Lind" };
	const char *want = "ada Quill,Bruno Ferreira,Ebba Lind,Élodie Moreau,émile Roux,"
	    "Ödön Varga,Zofia Nowak,";
	char path[512], err[ERRLEN], got[512];
	struct store *s;

	(void)state;
	snprintf(path, sizeof path, "%s/names.db", fx.dir);
	assert_int_equal(store_open(path, STORE_CREATE, &s, err, sizeof err), ST_OK);
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		put_named(s, names[i], NULL, PUT_INSERTED);
	names_in_order(s, 0, got, sizeof got);
	assert_string_equal(got, want);
	names_in_order(s, 1, got, sizeof got);
	assert_string_equal(got, "Zofia Nowak,Ödön Varga,émile Roux,Élodie Moreau,Ebba Lind,"
	    "Bruno Ferreira,ada Quill,");
	schema_before_sort_name(s);
	store_close(s);
	assert_int_equal(store_open(path, 0, &s, err, sizeof err), ST_OK);
	names_in_order(s, 0, got, sizeof got);
	assert_string_equal(got, want);
	put_named(s, "Zed Åberg", "zed@example.org", PUT_INSERTED);
	names_in_order(s, 0, got, sizeof got);
	assert_true(strstr(got, "Ödön Varga,Zed Åberg,Zofia Nowak,") != NULL);
	put_named(s, "Åsa Berg", "zed@example.org", PUT_UPDATED);
	names_in_order(s, 0, got, sizeof got);
	assert_true(strncmp(got, "ada Quill,Åsa Berg,Bruno", 24) == 0);
	store_close(s);
}

/*
 * A database from before the query language (schema 2) gets its facets and
 * note index from the rows it has; notes deleted with their profile leave
 * the index consistent.
 */
static void
test_migration(void **state)
{
	struct store *saved = fx.s;
	char path[512], err[ERRLEN];
	long long ada, chiara;

	(void)state;
	snprintf(path, sizeof path, "%s/old.db", fx.dir);
	assert_int_equal(store_open(path, STORE_CREATE, &fx.s, err, sizeof err), ST_OK);
	ada = import_person("ada");
	chiara = import_person("chiara");
	exec_sql(fx.s, "DROP TABLE profile_facet; DROP TABLE note_fts; DROP INDEX seen_user;"
	    "DROP INDEX profile_tag_user; DROP TRIGGER note_fts_insert;"
	    "DROP TRIGGER note_fts_delete; DROP TRIGGER note_fts_update;"
	    "DROP INDEX skill_name_profile; CREATE INDEX skill_name ON skill(name);");
	schema_before_sort_name(fx.s);
	exec_sql(fx.s, "PRAGMA user_version = 2;");
	assert_int_equal(store_note(fx.s, chiara, "alice", "Call back in März"), ST_OK);
	store_close(fx.s);
	assert_int_equal(store_open(path, 0, &fx.s, err, sizeof err), ST_OK);
	assert_int_equal(count_of(fx.s, "location:zurich"), 1);
	assert_int_equal(count_of(fx.s, "current:fabrikam degree:msc"), 1);
	assert_int_equal(count_of(fx.s, "school:eth"), 1);
	assert_int_equal(count_of(fx.s, "note:marz"), 1);
	assert_int_equal(store_delete(fx.s, chiara), ST_OK);
	assert_int_equal(count_of(fx.s, "note:marz"), 0);
	exec_sql(fx.s, "INSERT INTO note_fts(note_fts) VALUES ('integrity-check');"
	    "INSERT INTO profile_facet(profile_facet) VALUES ('integrity-check');");
	assert_int_equal(store_delete(fx.s, ada), ST_OK);
	assert_int_equal(count_of(fx.s, "location:zurich"), 0);
	store_close(fx.s);
	fx.s = saved;
}

/*
 * Mixed trees run without an SQL error in every way they are asked: words
 * under OR beside fields, next to required words that rank.  (The first
 * one is what fuzz-query found: FTS5 rowid lists under an OR let SQLite
 * read f by rowid, and MATCH then had no index to go to.)
 */
static void
test_mixed_trees(void **state)
{
	static const char *const texts[] = {
		"(a@ OR bN\177S &*w -tag:reject naR b) a",
		"(rust OR skill:java) go",
		"(rust OR skill:java) (kafka OR -tag:x) engineer",
		"zurich (school:eth OR years:>10) -(note:marz OR has:phone)",
		"(a OR (b c -d)) -(e OR f) g",
		"rust OR skill:go OR location:paris OR -is:tagged",
	};
	static const enum sort_key sorts[] = { SORT_RANK, SORT_NAME, SORT_YEARS };

	(void)state;
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		struct query *q = compile(texts[i], "alice");
		for (size_t k = 0; k < sizeof sorts / sizeof sorts[0]; k++) {
			struct row *rows;
			long long *ids, count;
			size_t n, nids;
			if (query_count(fx.s, q, "alice", &count) != ST_OK ||
			    query_ids(fx.s, q, "alice", sorts[k], 0, &ids, &nids) != ST_OK ||
			    query_rows(fx.s, q, "alice", sorts[k], 0, 0, 5, &rows, &n) != ST_OK)
				fail_msg("'%s' (sort %zu): %s", texts[i], k, store_error(fx.s));
			assert_int_equal((long long)nids, count);
			assert_true(n <= nids);
			rows_free(rows, n);
			free(ids);
			assert_int_equal(query_rows(fx.s, q, "alice", sorts[k], 0, 0, -1, &rows, &n),
			    ST_OK);
			assert_int_equal((long long)n, count);
			rows_free(rows, n);
		}
		query_free(q);
	}
	expect("(rust OR skill:java) go", "ada chiara");
	expect("zurich (school:eth OR years:>10) -(note:marz OR has:phone)", "");
	expect("zurich (school:eth OR years:>4) -(note:marz OR has:phone)", "hiroshi");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_free_words),
		cmocka_unit_test(test_text_fields),
		cmocka_unit_test(test_skills),
		cmocka_unit_test(test_years),
		cmocka_unit_test(test_marks),
		cmocka_unit_test(test_views),
		cmocka_unit_test(test_rank),
		cmocka_unit_test(test_sorts),
		cmocka_unit_test(test_rows_and_count),
		cmocka_unit_test(test_inert_syntax),
		cmocka_unit_test(test_migration),
		cmocka_unit_test(test_name_order_folds),
		cmocka_unit_test(test_mixed_trees),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
