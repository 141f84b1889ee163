/*
 * query: the one query language of the list, the CLI, marking and saved
 * views, compiled into SQL over the store with every user value bound.
 * The language is in dossier(1), QUERIES; query_lex, query_ast,
 * query_field and query_sql are its parts.
 *
 * A compiled query is a WHERE fragment with numbered parameters; the same
 * fragment counts, pages through rows (only what is on screen is fetched)
 * and lists ids for marking and export.
 */
#ifndef DOSSIER_QUERY_H
#define DOSSIER_QUERY_H

#include <stddef.h>

#include "config.h"
#include "status.h"
#include "store.h"

enum sort_key {
	SORT_RANK,	/* bm25 when the query has words, else name */
	SORT_NAME,
	SORT_YEARS,
	SORT_IMPORTED,
	SORT_UPDATED,
	SORT__COUNT
};

extern const char *const sort_names[SORT__COUNT];
/* -1 if name is no sort order. */
int sort_find(const char *name);

struct query_env {
	const char *user;		/* for is:new */
	const struct config *cfg;	/* for @view */
};

struct query;

/* On a mistake (ST_USAGE), err says what and *errcol where: 1-based, in
 * characters of text, one past the end for something missing there. */
enum status query_compile(const char *text, const struct query_env *, struct query **,
    char *err, size_t errlen, int *errcol);
void query_free(struct query *);
/* The sort of the saved view the query starts with, or -1. */
int query_view_sort(const struct query *);
/* The query requires words, so SORT_RANK ranks (else it is by name). */
int query_has_words(const struct query *);

/* A candidate as the list shows it. */
struct row {
	long long id;
	char *name, *label, *company, *title, *location, *tags;
	int months;
	int seen;
	long long created, updated;
};

enum status query_count(struct store *, const struct query *, const char *user,
    long long *n);
enum status query_rows(struct store *, const struct query *, const char *user,
    enum sort_key, int reverse, long long offset, long long limit, struct row **,
    size_t *n);
enum status query_ids(struct store *, const struct query *, const char *user,
    enum sort_key, int reverse, long long **ids, size_t *n);
void rows_free(struct row *, size_t);

#endif
