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
	char err[ERRLEN];
};

sqlite3_stmt *store_prepare(struct store *, const char *sql);
/* Runs a statement that returns no rows; finalises it. */
enum status store_run(struct store *, sqlite3_stmt *);
enum status store_exec(struct store *, const char *sql);
void store_bind_text(sqlite3_stmt *, int, const char *);
char *store_column_dup(sqlite3_stmt *, int);
long long store_now(void);
enum status store_event(struct store *, long long id, const char *user, const char *action,
    const char *detail);
enum status store_migrate(struct store *);
/* Rewrites the derived rows (columns, work, education, skills, index). */
enum status store_index(struct store *, long long id, const struct profile *, const char *text);

#endif
