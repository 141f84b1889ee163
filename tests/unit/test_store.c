/*
 * The store: a profile with every section survives a round trip; an empty
 * file is migrated; tags and notes are attributed; the same text is skipped
 * and the same person updated; delete erases; nothing unsafe is stored.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "resume.h"
#include "sha256.h"
#include "store.h"
#include "test_util.h"

struct fixture {
	char *dir, *path;
	struct store *s;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	char err[ERRLEN];

	f->dir = test_tmpdir();
	if (asprintf(&f->path, "%s/t.db", f->dir) < 0)
		return -1;
	if (store_open(f->path, STORE_CREATE, &f->s, err, sizeof err) != ST_OK) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	char cmd[512];

	store_close(f->s);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	if (system(cmd) != 0)
		return -1;
	free(f->path);
	free(f->dir);
	free(f);
	return 0;
}

static long long
put(struct store *s, const struct profile *p, const char *raw, enum put_result *res)
{
	struct source src = { raw, strlen(raw), raw, "test.txt", "2026-05", "alice", NULL };
	long long id = 0;

	assert_int_equal(store_put(s, p, &src, &id, res), ST_OK);
	return id;
}

static void
test_roundtrip_every_section(void **state)
{
	struct fixture *f = *state;
	struct profile *p = test_full_profile(), *q;
	struct buf a = BUF_INIT, b = BUF_INIT;
	enum put_result res;
	long long id = put(f->s, p, "raw text of maria", &res);

	assert_int_equal(res, PUT_INSERTED);
	assert_int_equal(store_get(f->s, id, &q), ST_OK);
	resume_json(p, &a, 1);
	resume_json(q, &b, 1);
	assert_string_equal(a.s, b.s);
	for (int s = 0; s < SEC__COUNT; s++)
		assert_int_equal(profile_count(q, s), 2);
	buf_free(&a);
	buf_free(&b);
	profile_free(p);
	profile_free(q);
}

static void
test_migrates_empty_file(void **state)
{
	struct fixture *f = *state;
	char *path, err[ERRLEN];
	struct store *s;
	FILE *fp;
	sqlite3_stmt *q;
	struct stat sb;

	(void)state;
	assert_true(asprintf(&path, "%s/empty.db", f->dir) > 0);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fclose(fp);
	chmod(path, 0600);
	assert_int_equal(store_open(path, 0, &s, err, sizeof err), ST_OK);
	assert_int_equal(sqlite3_prepare_v2(store_db(s), "PRAGMA user_version", -1, &q, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(q, 0), STORE_VERSION);
	sqlite3_finalize(q);
	assert_int_equal(sqlite3_prepare_v2(store_db(s), "PRAGMA journal_mode", -1, &q, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(q, 0), "wal");
	sqlite3_finalize(q);
	store_close(s);
	assert_int_equal(stat(f->path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	free(path);
}

static void
test_tags_and_notes_attributed(void **state)
{
	struct fixture *f = *state;
	struct profile *p = test_full_profile();
	enum put_result res;
	long long id = put(f->s, p, "raw", &res);
	struct tag_mark *t;
	struct note_mark *n;
	struct event_mark *e;
	size_t nt, nn, ne;

	assert_int_equal(store_tag(f->s, id, "shortlist", "alice", 1), ST_OK);
	assert_int_equal(store_tag(f->s, id, "shortlist", "bob", 1), ST_EXISTS);
	assert_int_equal(store_tag(f->s, id, "maybe", "bob", 1), ST_OK);
	assert_int_equal(store_tag(f->s, id, "maybe", "carol", 0), ST_OK);
	assert_int_equal(store_tag(f->s, 999, "maybe", "carol", 1), ST_NOTFOUND);
	assert_int_equal(store_note(f->s, id, "bob", "call back on Monday"), ST_OK);
	assert_int_equal(store_tags(f->s, id, &t, &nt), ST_OK);
	assert_int_equal(nt, 1);
	assert_string_equal(t[0].tag, "shortlist");
	assert_string_equal(t[0].user, "alice");
	assert_true(t[0].at > 1700000000);
	assert_int_equal(store_notes(f->s, id, &n, &nn), ST_OK);
	assert_int_equal(nn, 1);
	assert_string_equal(n[0].user, "bob");
	assert_string_equal(n[0].text, "call back on Monday");
	assert_int_equal(store_events(f->s, id, &e, &ne), ST_OK);
	assert_int_equal(ne, 5);	/* import, tag, tag, untag, note */
	assert_string_equal(e[3].action, "untag");
	assert_string_equal(e[3].user, "carol");
	assert_false(store_is_seen(f->s, id, "alice"));
	assert_int_equal(store_seen(f->s, id, "alice", 1), ST_OK);
	assert_true(store_is_seen(f->s, id, "alice"));
	assert_false(store_is_seen(f->s, id, "bob"));
	store_tags_free(t, nt);
	store_notes_free(n, nn);
	store_events_free(e, ne);
	profile_free(p);
}

static void
test_same_text_and_same_person(void **state)
{
	struct fixture *f = *state;
	struct profile *p = test_full_profile();
	enum put_result res;
	long long id = put(f->s, p, "version one", &res), id2, n;
	struct raw_text *v;
	size_t nv;
	char sha[65];

	assert_int_equal(store_tag(f->s, id, "shortlist", "alice", 1), ST_OK);
	id2 = put(f->s, p, "version one", &res);
	assert_int_equal(res, PUT_SKIPPED);
	assert_int_equal(id2, id);
	/* an import asks by digest before it parses */
	sha256_hex("version one", 11, sha);
	assert_int_equal(store_find_digest(f->s, sha, &id2), ST_OK);
	assert_int_equal(id2, id);
	sha256_hex("version two", 11, sha);
	assert_int_equal(store_find_digest(f->s, sha, &id2), ST_NOTFOUND);
	profile_set(&p->basics.label, "Distinguished Engineer");
	id2 = put(f->s, p, "version two", &res);
	assert_int_equal(res, PUT_UPDATED);
	assert_int_equal(id2, id);
	assert_int_equal(store_count(f->s, &n), ST_OK);
	assert_int_equal(n, 1);
	assert_int_equal(store_versions(f->s, id, &v, &nv), ST_OK);
	assert_int_equal(nv, 2);
	assert_string_equal(v[0].raw, "version two");
	assert_string_equal(v[1].raw, "version one");
	for (size_t i = 0; i < nv; i++)
		store_raw_free(&v[i]);
	free(v);
	/* the tag survived the update */
	assert_int_equal(store_tag(f->s, id, "shortlist", "bob", 1), ST_EXISTS);
	/* no email this time, the same phone written otherwise: the same person */
	profile_set(&p->basics.email, NULL);
	profile_set(&p->basics.phone, "0049 30 1234567");
	put(f->s, p, "version three", &res);
	assert_int_equal(res, PUT_UPDATED);
	/* no email, no phone, same name and earliest employer */
	profile_set(&p->basics.email, NULL);
	profile_set(&p->basics.phone, NULL);
	put(f->s, p, "version four", &res);
	assert_int_equal(res, PUT_UPDATED);
	profile_set(&p->basics.name, "Someone Else");
	put(f->s, p, "version five", &res);
	assert_int_equal(res, PUT_INSERTED);
	profile_free(p);
}

/* A weaker key never merges people whose stronger keys differ. */
static void
test_different_people_stay_apart(void **state)
{
	struct fixture *f = *state;
	struct profile *p = test_full_profile();
	enum put_result res;
	long long first, n;

	first = put(f->s, p, "maria one", &res);
	/* same name and employer, another email: a namesake */
	profile_set(&p->basics.email, "other.maria@example.org");
	profile_set(&p->basics.phone, "+49 30 7654321");
	assert_true(put(f->s, p, "maria two", &res) != first);
	assert_int_equal(res, PUT_INSERTED);
	/* same phone as the first, another email: still not the first */
	profile_set(&p->basics.email, "third@example.org");
	profile_set(&p->basics.phone, "+49 30 1234567");
	put(f->s, p, "maria three", &res);
	assert_int_equal(res, PUT_INSERTED);
	/* no email, the first's phone: the first */
	profile_set(&p->basics.email, NULL);
	assert_int_equal(put(f->s, p, "maria four", &res), first);
	assert_int_equal(res, PUT_UPDATED);
	assert_int_equal(store_count(f->s, &n), ST_OK);
	assert_int_equal(n, 3);
	profile_free(p);
}

static void
test_delete_erases(void **state)
{
	struct fixture *f = *state;
	struct profile *p = test_full_profile(), *q;
	enum put_result res;
	long long id = put(f->s, p, "to be deleted", &res), n;
	sqlite3_stmt *st;

	store_tag(f->s, id, "shortlist", "alice", 1);
	store_note(f->s, id, "alice", "note");
	assert_int_equal(store_count(f->s, &n), ST_OK);
	assert_int_equal(n, 1);
	assert_int_equal(store_delete(f->s, id), ST_OK);
	assert_int_equal(store_count(f->s, &n), ST_OK);
	assert_int_equal(n, 0);
	assert_int_equal(store_get(f->s, id, &q), ST_NOTFOUND);
	assert_int_equal(store_delete(f->s, id), ST_NOTFOUND);
	assert_int_equal(sqlite3_prepare_v2(store_db(f->s), "SELECT (SELECT count(*) FROM "
	    "profile_tag) + (SELECT count(*) FROM note) + (SELECT count(*) FROM source) + "
	    "(SELECT count(*) FROM work) + (SELECT count(*) FROM profile_fts) + "
	    "(SELECT count(*) FROM event)", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	assert_int_equal(n, 0);
	profile_free(p);
}

/* Whatever a caller hands the store, no control reaches a stored text; the
 * raw bytes are kept as they came. */
static void
test_stores_nothing_unsafe(void **state)
{
	struct fixture *f = *state;
	struct profile *p = profile_new(), *q;
	static const char raw[] = "Eve \033]52;c;eA==\007Evil\n";
	struct source src = { raw, sizeof raw - 1, "Eve \033[2J\xe2\x80\xae text",
	    "a\033]0;t\007.txt", "2026-05", "mallory\xc2\x9b", NULL };
	struct note_mark *n;
	struct raw_text r;
	enum put_result res;
	long long id;
	size_t nn;

	profile_set(&p->basics.name, "Eve \033]52;c;eA==\007Evil");
	profile_set(&p->basics.summary, "line\b\b\xc2\x85 two\n\xe2\x80\xaeright");
	assert_false(profile_clean(p));
	assert_int_equal(store_put(f->s, p, &src, &id, &res), ST_OK);
	assert_int_equal(store_get(f->s, id, &q), ST_OK);
	assert_string_equal(q->basics.name, "Eve ]52;c;eA==Evil");
	assert_string_equal(q->basics.summary, "line two\nright");
	/* what came back is clean; a summary keeps its lines, a name may not */
	assert_true(profile_clean(q));
	profile_set(&q->basics.name, "Eve\nEvil");
	assert_false(profile_clean(q));
	profile_sanitize(q);
	assert_true(profile_clean(q));
	assert_string_equal(q->basics.name, "Eve Evil");
	assert_int_equal(store_note(f->s, id, "bob\xe2\x80\xae", "a \033[31mred\033[0m note"),
	    ST_OK);
	assert_int_equal(store_notes(f->s, id, &n, &nn), ST_OK);
	assert_string_equal(n[0].text, "a [31mred[0m note");
	assert_string_equal(n[0].user, "bob");
	assert_int_equal(store_raw(f->s, id, &r), ST_OK);
	assert_int_equal(r.len, sizeof raw - 1);
	assert_memory_equal(r.raw, raw, r.len);
	assert_string_equal(r.origin, "a]0;t.txt");
	store_raw_free(&r);
	store_notes_free(n, nn);
	profile_free(p);
	profile_free(q);
}

static void
test_data_version_sees_other_writers(void **state)
{
	struct fixture *f = *state;
	struct store *other;
	struct profile *p = test_full_profile();
	enum put_result res;
	char err[ERRLEN];
	long long v0, id = put(f->s, p, "x", &res);

	assert_int_equal(store_open(f->path, 0, &other, err, sizeof err), ST_OK);
	v0 = store_data_version(f->s);
	assert_int_equal(store_data_version(f->s), v0);
	assert_int_equal(store_tag(other, id, "maybe", "bob", 1), ST_OK);
	assert_true(store_data_version(f->s) != v0);
	store_close(other);
	profile_free(p);
}

static void
test_refuses_world_writable(void **state)
{
	struct fixture *f = *state;
	struct store *s;
	char err[ERRLEN];

	chmod(f->path, 0666);
	assert_int_equal(store_open(f->path, 0, &s, err, sizeof err), ST_IO);
	assert_non_null(strstr(err, "world-writable"));
	chmod(f->path, 0600);
}

/* The candidates of skill:NAME come from an index alone (migration 4). */
static void
test_skill_lookup_index_only(void **state)
{
	struct fixture *f = *state;
	sqlite3_stmt *q;
	const char *plan;

	assert_int_equal(sqlite3_prepare_v2(store_db(f->s), "EXPLAIN QUERY PLAN SELECT "
	    "profile_id FROM skill WHERE name = 'go'", -1, &q, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	plan = (const char *)sqlite3_column_text(q, 3);
	assert_non_null(strstr(plan, "COVERING INDEX skill_name_profile"));
	sqlite3_finalize(q);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_roundtrip_every_section, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrates_empty_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tags_and_notes_attributed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_same_text_and_same_person, setup, teardown),
		cmocka_unit_test_setup_teardown(test_different_people_stay_apart, setup, teardown),
		cmocka_unit_test_setup_teardown(test_delete_erases, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stores_nothing_unsafe, setup, teardown),
		cmocka_unit_test_setup_teardown(test_data_version_sees_other_writers, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_refuses_world_writable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_skill_lookup_index_only, setup, teardown),
	};

	return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
