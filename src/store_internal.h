/*
 * Shared between the store's files; nothing outside src/store*.c includes it.
 */
#ifndef DOSSIER_STORE_INTERNAL_H
#define DOSSIER_STORE_INTERNAL_H

#include "store.h"

struct store {
	sqlite3 *db;
	char *path;
	int readonly;
	int depth;	/* nested store_begin calls */
	int erased;	/* a profile was deleted: store_scrub is due */
	char err[ERRLEN];
};

sqlite3_stmt *store_prepare(struct store *, const char *sql);
/* Runs a statement that returns no rows; finalises it. */
enum status store_run(struct store *, sqlite3_stmt *);
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
/* Rewrites the derived rows (work, education, skills, the search indexes);
 * store_unindex erases them.  In store_index.c. */
enum status store_index(struct store *, long long id, const struct profile *, const char *text);
enum status store_unindex(struct store *, long long id);

#endif
