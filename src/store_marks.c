/*
 * What people do to profiles: tags, notes, seen-state, and the event log of
 * who did what and when.  Each write is its own transaction and names its
 * user; tagging is idempotent so two managers tagging at once agree.
 */
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"
#include "xalloc.h"

enum status
store_event(struct store *s, long long id, const char *user, const char *action,
    const char *detail)
{
	sqlite3_stmt *q = store_prepare(s, "INSERT INTO event(profile_id, user, at, action, "
	    "detail) VALUES (?,?,?,?,?)");

	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, id);
	store_bind_text(q, 2, user);
	sqlite3_bind_int64(q, 3, store_now());
	store_bind_text(q, 4, action);
	store_bind_text(q, 5, detail);
	return store_run(s, q);
}

static enum status
store_write_tag(struct store *s, long long id, const char *tag, const char *user, int on)
{
	sqlite3_stmt *q = store_prepare(s, on ?
	    "INSERT OR IGNORE INTO profile_tag(profile_id, tag, user, at) VALUES (?,?,?,?)" :
	    "DELETE FROM profile_tag WHERE profile_id = ? AND tag = ?");
	enum status st;

	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, id);
	store_bind_text(q, 2, tag);
	if (on) {
		store_bind_text(q, 3, user);
		sqlite3_bind_int64(q, 4, store_now());
	}
	if ((st = store_run(s, q)) != ST_OK)
		return st;
	if (sqlite3_changes(s->db) == 0)
		return ST_EXISTS;
	return store_event(s, id, user, on ? "tag" : "untag", tag);
}

enum status
store_tag(struct store *s, long long id, const char *tag, const char *user, int on)
{
	enum status st;

	if ((st = store_begin(s)) != ST_OK)
		return st;
	if ((st = store_exists(s, id)) != ST_OK) {
		store_rollback(s);
		return st;
	}
	st = store_write_tag(s, id, tag, user, on);
	if (st != ST_OK && st != ST_EXISTS) {
		store_rollback(s);
		return st;
	}
	enum status cst = store_commit(s);
	return cst != ST_OK ? cst : st;
}

enum status
store_note(struct store *s, long long id, const char *user, const char *text)
{
	sqlite3_stmt *q;
	enum status st;

	if ((st = store_begin(s)) != ST_OK)
		return st;
	if ((st = store_exists(s, id)) != ST_OK) {
		store_rollback(s);
		return st;
	}
	q = store_prepare(s, "INSERT INTO note(profile_id, user, at, text) VALUES (?,?,?,?)");
	if (q != NULL) {
		sqlite3_bind_int64(q, 1, id);
		store_bind_text(q, 2, user);
		sqlite3_bind_int64(q, 3, store_now());
		store_bind_text(q, 4, text);
	}
	if ((st = store_run(s, q)) != ST_OK ||
	    (st = store_event(s, id, user, "note", NULL)) != ST_OK) {
		store_rollback(s);
		return st;
	}
	return store_commit(s);
}

enum status
store_seen(struct store *s, long long id, const char *user, int seen)
{
	sqlite3_stmt *q = store_prepare(s, seen ?
	    "INSERT OR IGNORE INTO seen(profile_id, user, at) "
	    "SELECT id, ?2, ?3 FROM profile WHERE id = ?1" :
	    "DELETE FROM seen WHERE profile_id = ?1 AND user = ?2");

	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, id);
	store_bind_text(q, 2, user);
	if (seen)
		sqlite3_bind_int64(q, 3, store_now());
	return store_run(s, q);
}

int
store_is_seen(struct store *s, long long id, const char *user)
{
	sqlite3_stmt *q = store_prepare(s, "SELECT 1 FROM seen WHERE profile_id = ? AND user = ?");
	int seen;

	if (q == NULL)
		return 0;
	sqlite3_bind_int64(q, 1, id);
	store_bind_text(q, 2, user);
	seen = sqlite3_step(q) == SQLITE_ROW;
	store_release(s, q);
	return seen;
}

enum status
store_tags(struct store *s, long long id, struct tag_mark **out, size_t *n)
{
	sqlite3_stmt *q = store_prepare(s, "SELECT tag, user, at FROM profile_tag "
	    "WHERE profile_id = ? ORDER BY at, tag");
	int rc;

	*out = NULL;
	*n = 0;
	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct tag_mark *t;
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		t = &(*out)[(*n)++];
		t->tag = store_column_dup(q, 0);
		t->user = store_column_dup(q, 1);
		t->at = sqlite3_column_int64(q, 2);
	}
	store_release(s, q);
	return rc == SQLITE_DONE ? ST_OK : store_sqlerr(s, rc);
}

enum status
store_notes(struct store *s, long long id, struct note_mark **out, size_t *n)
{
	sqlite3_stmt *q = store_prepare(s, "SELECT id, user, at, text FROM note "
	    "WHERE profile_id = ? ORDER BY at, id");
	int rc;

	*out = NULL;
	*n = 0;
	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct note_mark *m;
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		m = &(*out)[(*n)++];
		m->id = sqlite3_column_int64(q, 0);
		m->user = store_column_dup(q, 1);
		m->at = sqlite3_column_int64(q, 2);
		m->text = store_column_dup(q, 3);
	}
	store_release(s, q);
	return rc == SQLITE_DONE ? ST_OK : store_sqlerr(s, rc);
}

enum status
store_events(struct store *s, long long id, struct event_mark **out, size_t *n)
{
	sqlite3_stmt *q = store_prepare(s, "SELECT user, at, action, detail FROM event "
	    "WHERE profile_id = ? ORDER BY id");
	int rc;

	*out = NULL;
	*n = 0;
	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct event_mark *e;
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		e = &(*out)[(*n)++];
		e->user = store_column_dup(q, 0);
		e->at = sqlite3_column_int64(q, 1);
		e->action = store_column_dup(q, 2);
		e->detail = store_column_dup(q, 3);
	}
	store_release(s, q);
	return rc == SQLITE_DONE ? ST_OK : store_sqlerr(s, rc);
}

enum status
store_tag_counts(struct store *s, struct tag_count **out, size_t *n)
{
	sqlite3_stmt *q = store_prepare(s, "SELECT tag, count(*) FROM profile_tag "
	    "GROUP BY tag ORDER BY tag");
	int rc;

	*out = NULL;
	*n = 0;
	if (q == NULL)
		return ST_FAIL;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[*n].tag = store_column_dup(q, 0);
		(*out)[*n].n = sqlite3_column_int64(q, 1);
		(*n)++;
	}
	store_release(s, q);
	return rc == SQLITE_DONE ? ST_OK : store_sqlerr(s, rc);
}

void
store_tags_free(struct tag_mark *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].tag);
		free(v[i].user);
	}
	free(v);
}

void
store_notes_free(struct note_mark *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].user);
		free(v[i].text);
	}
	free(v);
}

void
store_events_free(struct event_mark *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].user);
		free(v[i].action);
		free(v[i].detail);
	}
	free(v);
}

void
store_tag_counts_free(struct tag_count *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].tag);
	free(v);
}
