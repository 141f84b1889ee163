/*
 * Shared between the store's files; nothing outside src/store*.c includes it.
 */
#ifndef DOSSIER_STORE_INTERNAL_H
#define DOSSIER_STORE_INTERNAL_H

#include "store.h"

/* A statement kept for the connection's life (store_stmt.c). */
struct stmt_slot {
	char *sql;
	unsigned hash;
	int busy;	/* handed out, not yet released */
	sqlite3_stmt *st;
};

#define STORE_STMTS 48

struct fts_row;

struct store {
	sqlite3 *db;
	char *path;
	int readonly;
	int depth;	/* nested store_begin calls */
	int erased;	/* a profile was deleted: store_scrub is due */
	char err[ERRLEN];
	struct stmt_slot stmts[STORE_STMTS];
	size_t nstmts;
	struct fts_row *fts;	/* search rows queued until commit */
	size_t nfts, fts_cap;
};

/* A statement for sql, kept from an earlier call when there is one; give
 * it back with store_release (never sqlite3_finalize).  In store_stmt.c. */
sqlite3_stmt *store_prepare(struct store *, const char *sql);
void store_release(struct store *, sqlite3_stmt *);
/* Runs a statement that returns no rows; releases it. */
enum status store_run(struct store *, sqlite3_stmt *);
/* Finalises every kept statement, before the connection closes. */
void store_stmts_free(struct store *);
enum status store_exec(struct store *, const char *sql);
/* Binds a text sanitized (see utf8_sanitize), so that none stored holds a
 * control; what is written and what is compared with it are cleaned alike. */
void store_bind_text(sqlite3_stmt *, int, const char *);
/* Binds a derived key (a digest, a same-person key) as it is. */
void store_bind_exact(sqlite3_stmt *, int, const char *);
char *store_column_dup(sqlite3_stmt *, int);
long long store_now(void);
enum status store_event(struct store *, long long id, const char *user, const char *action,
    const char *detail);
enum status store_migrate(struct store *);
/* The key of the name order: the name folded (case and accents), so that
 * "Élodie" sorts among the E's (caller frees). */
char *store_sort_name(const char *name);
/* Registers dossier_rank(), bm25 for profile_fts (store_rank.c). */
enum status store_rank_register(struct store *);
/* Rewrites the derived rows (work, education, skills, the search indexes;
 * current: the index of the current role in work, or -1, as career_compute
 * says; fresh: a profile just inserted, with none to erase); store_unindex
 * erases them.  The search rows are queued: store_commit writes them with
 * store_index_flush, store_rollback drops them.  In store_index.c. */
enum status store_index(struct store *, long long id, const struct profile *, const char *text,
    int current, int fresh);
enum status store_unindex(struct store *, long long id);
enum status store_index_flush(struct store *);
void store_index_drop(struct store *);

#endif
