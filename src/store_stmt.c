/*
 * The store's statements, prepared once per connection and kept.  An import
 * runs the same score of statements for every profile, and compiling one
 * costs more than running it; so store_prepare hands out a kept statement
 * and store_release resets it for the next caller.  A statement already
 * handed out and not yet released (a caller stepping through rows that asks
 * for the same SQL again) gets a fresh one, finalised on release.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"
#include "xalloc.h"

static unsigned
stmt_hash(const char *sql)
{
	unsigned h = 2166136261u;

	for (; *sql != '\0'; sql++)
		h = (h ^ (unsigned char)*sql) * 16777619u;
	return h;
}

static struct stmt_slot *
stmt_find(struct store *s, const char *sql, unsigned hash)
{
	for (size_t i = 0; i < s->nstmts; i++)
		if (s->stmts[i].hash == hash && strcmp(s->stmts[i].sql, sql) == 0)
			return &s->stmts[i];
	return NULL;
}

static sqlite3_stmt *
stmt_compile(struct store *s, const char *sql, unsigned flags)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v3(s->db, sql, -1, flags, &st, NULL) != SQLITE_OK) {
		snprintf(s->err, sizeof s->err, "%s", sqlite3_errmsg(s->db));
		sqlite3_finalize(st);
		return NULL;
	}
	return st;
}

sqlite3_stmt *
store_prepare(struct store *s, const char *sql)
{
	unsigned hash = stmt_hash(sql);
	struct stmt_slot *slot = stmt_find(s, sql, hash);

	if (slot != NULL && !slot->busy) {
		slot->busy = 1;
		return slot->st;
	}
	if (slot != NULL || s->nstmts == STORE_STMTS)
		return stmt_compile(s, sql, 0);
	slot = &s->stmts[s->nstmts];
	if ((slot->st = stmt_compile(s, sql, SQLITE_PREPARE_PERSISTENT)) == NULL)
		return NULL;
	slot->sql = xstrdup(sql);
	slot->hash = hash;
	slot->busy = 1;
	s->nstmts++;
	return slot->st;
}

void
store_release(struct store *s, sqlite3_stmt *st)
{
	if (st == NULL)
		return;
	for (size_t i = 0; i < s->nstmts; i++)
		if (s->stmts[i].st == st) {
			/* a kept statement must not hold a read transaction open */
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			s->stmts[i].busy = 0;
			return;
		}
	sqlite3_finalize(st);
}

enum status
store_run(struct store *s, sqlite3_stmt *st)
{
	int rc;

	if (st == NULL)
		return ST_FAIL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	if (rc != SQLITE_DONE) {
		enum status e = store_sqlerr(s, rc);
		store_release(s, st);
		return e;
	}
	store_release(s, st);
	return ST_OK;
}

void
store_stmts_free(struct store *s)
{
	for (size_t i = 0; i < s->nstmts; i++) {
		sqlite3_finalize(s->stmts[i].st);
		free(s->stmts[i].sql);
	}
	s->nstmts = 0;
}
