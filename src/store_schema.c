/*
 * The schema, as a list of forward migrations: the file's user_version says
 * how many have run.  A migration is never edited once released; a change is
 * a new one at the end.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "store_internal.h"

static const char *const migrations[] = {
	/* 1: the first schema */
	"CREATE TABLE profile ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL DEFAULT '',"
	"  label TEXT, email TEXT, phone TEXT, location TEXT,"
	"  company TEXT, title TEXT,"		/* the current role */
	"  months INTEGER NOT NULL DEFAULT 0,"	/* total experience */
	"  as_of TEXT,"
	"  email_key TEXT, phone_key TEXT, name_key TEXT,"	/* same-person matching */
	"  doc TEXT NOT NULL,"			/* JSON Resume */
	"  created_at INTEGER NOT NULL, created_by TEXT,"
	"  updated_at INTEGER NOT NULL, updated_by TEXT"
	");"
	"CREATE INDEX profile_name ON profile(name COLLATE NOCASE);"
	"CREATE INDEX profile_months ON profile(months);"
	"CREATE INDEX profile_created ON profile(created_at);"
	"CREATE INDEX profile_updated ON profile(updated_at);"
	"CREATE INDEX profile_email_key ON profile(email_key);"
	"CREATE INDEX profile_phone_key ON profile(phone_key);"
	"CREATE INDEX profile_name_key ON profile(name_key);"
	"CREATE TABLE source ("
	"  id INTEGER PRIMARY KEY,"
	"  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
	"  sha256 TEXT NOT NULL,"
	"  raw BLOB NOT NULL,"
	"  origin TEXT, as_of TEXT,"
	"  imported_at INTEGER NOT NULL, imported_by TEXT"
	");"
	"CREATE INDEX source_profile ON source(profile_id);"
	"CREATE INDEX source_sha256 ON source(sha256);"
	"CREATE TABLE work ("
	"  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
	"  seq INTEGER NOT NULL, company TEXT, title TEXT, location TEXT,"
	"  start TEXT, end TEXT, current INTEGER NOT NULL DEFAULT 0"
	");"
	"CREATE INDEX work_profile ON work(profile_id);"
	"CREATE TABLE education ("
	"  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
	"  seq INTEGER NOT NULL, institution TEXT, degree TEXT, start TEXT, end TEXT"
	");"
	"CREATE INDEX education_profile ON education(profile_id);"
	"CREATE TABLE skill ("
	"  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL COLLATE NOCASE"
	");"
	"CREATE INDEX skill_profile ON skill(profile_id);"
	"CREATE INDEX skill_name ON skill(name);"
	"CREATE TABLE profile_tag ("
	"  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
	"  tag TEXT NOT NULL, user TEXT NOT NULL, at INTEGER NOT NULL,"
	"  PRIMARY KEY (profile_id, tag)"
	") WITHOUT ROWID;"
	"CREATE INDEX profile_tag_tag ON profile_tag(tag);"
	"CREATE TABLE note ("
	"  id INTEGER PRIMARY KEY,"
	"  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
	"  user TEXT NOT NULL, at INTEGER NOT NULL, text TEXT NOT NULL"
	");"
	"CREATE INDEX note_profile ON note(profile_id);"
	"CREATE TABLE seen ("
	"  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
	"  user TEXT NOT NULL, at INTEGER NOT NULL,"
	"  PRIMARY KEY (profile_id, user)"
	") WITHOUT ROWID;"
	"CREATE TABLE event ("
	"  id INTEGER PRIMARY KEY,"
	"  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
	"  user TEXT, at INTEGER NOT NULL, action TEXT NOT NULL, detail TEXT"
	");"
	"CREATE INDEX event_profile ON event(profile_id);"
	"CREATE VIRTUAL TABLE profile_fts USING fts5("
	"  name, label, company, title, skill, school, location, body,"
	"  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
	");",
	/* 2: how many profiles there are, kept by triggers, so the browser's
	 * first screen of a large database does not wait for count(*) */
	"CREATE TABLE profile_count (n INTEGER NOT NULL);"
	"INSERT INTO profile_count SELECT count(*) FROM profile;"
	"CREATE TRIGGER profile_count_insert AFTER INSERT ON profile BEGIN"
	"  UPDATE profile_count SET n = n + 1;"
	"END;"
	"CREATE TRIGGER profile_count_delete AFTER DELETE ON profile BEGIN"
	"  UPDATE profile_count SET n = n - 1;"
	"END;",
	/* 3: for the query language.  profile_facet holds what fields search
	 * apart from the text (schools, degrees, the current employer, where
	 * the candidate is), folded like profile_fts, filled here from the
	 * derived rows and by store_index from now on; note_fts indexes notes,
	 * kept by triggers; tags by user and seen-state by user get indexes. */
	"CREATE VIRTUAL TABLE profile_facet USING fts5("
	"  school, degree, employer, place,"
	"  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
	");"
	"INSERT INTO profile_facet(rowid, school, degree, employer, place)"
	"  SELECT p.id,"
	"    (SELECT group_concat(institution, char(10)) FROM education e"
	"      WHERE e.profile_id = p.id),"
	"    (SELECT group_concat(degree, char(10)) FROM education e"
	"      WHERE e.profile_id = p.id),"
	"    p.company, p.location"
	"  FROM profile p;"
	"CREATE VIRTUAL TABLE note_fts USING fts5("
	"  text, content = 'note', content_rowid = 'id',"
	"  tokenize = 'unicode61 remove_diacritics 2'"
	");"
	"INSERT INTO note_fts(note_fts) VALUES ('rebuild');"
	"CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN"
	"  INSERT INTO note_fts(rowid, text) VALUES (new.id, new.text);"
	"END;"
	"CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN"
	"  INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.id, old.text);"
	"END;"
	"CREATE TRIGGER note_fts_update AFTER UPDATE OF text ON note BEGIN"
	"  INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.id, old.text);"
	"  INSERT INTO note_fts(rowid, text) VALUES (new.id, new.text);"
	"END;"
	"CREATE INDEX profile_tag_user ON profile_tag(user);"
	"CREATE INDEX seen_user ON seen(user);",
	/* 4: the name order folds case and accents ("Élodie" among the E's,
	 * not after "Zofia"): a key column, filled here through the SQL
	 * function store_migrate defines and by store_profile.c from now on;
	 * its index replaces the one on the name, which nothing else reads. */
	"ALTER TABLE profile ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';"
	"UPDATE profile SET sort_name = dossier_sort_name(name);"
	"CREATE INDEX profile_sort_name ON profile(sort_name);"
	"DROP INDEX profile_name;",
	/* 5: skill:NAME reads the candidates from the index alone, instead of
	 * looking up each skill row for its profile_id (skill:go on 100,000
	 * profiles: 16 ms of SQL, now 5) */
	"CREATE INDEX IF NOT EXISTS skill_name_profile"
	"  ON skill(name, profile_id);"
	"DROP INDEX IF EXISTS skill_name;",
	/* 6: the two search indexes without prefix indexes.  prefix='2 3'
	 * wrote every word three times (the word, its first two and its first
	 * three letters) for query words of two or three letters only, which
	 * FTS5 answers from the words themselves too: the same rows, the same
	 * bm25.  Copied through temporary tables: renaming an FTS5 table
	 * re-parses the schema once for each of its shadow tables. */
	"CREATE TEMP TABLE fts_6 AS SELECT rowid AS id, name, label, company, title,"
	"  skill, school, location, body FROM profile_fts;"
	"DROP TABLE profile_fts;"
	"CREATE VIRTUAL TABLE profile_fts USING fts5("
	"  name, label, company, title, skill, school, location, body,"
	"  tokenize = 'unicode61 remove_diacritics 2'"
	");"
	"INSERT INTO profile_fts(rowid, name, label, company, title, skill, school,"
	"    location, body)"
	"  SELECT id, name, label, company, title, skill, school, location, body FROM fts_6;"
	"DROP TABLE fts_6;"
	"CREATE TEMP TABLE facet_6 AS SELECT rowid AS id, school, degree, employer, place"
	"  FROM profile_facet;"
	"DROP TABLE profile_facet;"
	"CREATE VIRTUAL TABLE profile_facet USING fts5("
	"  school, degree, employer, place,"
	"  tokenize = 'unicode61 remove_diacritics 2'"
	");"
	"INSERT INTO profile_facet(rowid, school, degree, employer, place)"
	"  SELECT id, school, degree, employer, place FROM facet_6;"
	"DROP TABLE facet_6;",
};

#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

char *
store_sort_name(const char *name)
{
	struct buf b = BUF_INIT;

	fold_add(&b, name != NULL ? name : "", name != NULL ? strlen(name) : 0);
	return buf_detach(&b);
}

/* store_sort_name for SQL, for migration 4. */
static void
schema_sort_name(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	char *k = store_sort_name((const char *)sqlite3_value_text(argv[0]));

	(void)argc;
	sqlite3_result_text(ctx, k, -1, free);
}

static int
store_version(struct store *s)
{
	sqlite3_stmt *st = store_prepare(s, "PRAGMA user_version");
	int v = -1;

	if (st != NULL && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	store_release(s, st);
	return v;
}

enum status
store_migrate(struct store *s)
{
	enum status st;
	char sql[64];
	int v = store_version(s);

	if (v < 0)
		return ST_DATA;
	if (v > NMIGRATIONS) {
		snprintf(s->err, sizeof s->err, "database schema %d is newer than this "
		    "dossier understands (%d)", v, NMIGRATIONS);
		return ST_DATA;
	}
	if (v == NMIGRATIONS)
		return ST_OK;
	if (s->readonly) {
		snprintf(s->err, sizeof s->err, "database needs upgrading; open it writable once");
		return ST_IO;
	}
	if (sqlite3_create_function(s->db, "dossier_sort_name", 1, SQLITE_UTF8 |
	    SQLITE_DETERMINISTIC, NULL, schema_sort_name, NULL, NULL) != SQLITE_OK)
		return store_sqlerr(s, sqlite3_errcode(s->db));
	if ((st = store_begin(s)) != ST_OK)
		return st;
	/* another process may have migrated while we waited for the lock */
	for (v = store_version(s); v < NMIGRATIONS; v++) {
		snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v + 1);
		if ((st = store_exec(s, migrations[v])) != ST_OK ||
		    (st = store_exec(s, sql)) != ST_OK) {
			store_rollback(s);
			return st;
		}
	}
	return store_commit(s);
}
