/*
 * query_sql: a query_ast tree as SQL over the store.
 *
 * The result is a condition on the profile table p with numbered
 * parameters (?1, ?2, ...) and their values; no user text is ever part of
 * the SQL.  Words become FTS5 expressions, themselves bound values with
 * every word quoted as an FTS5 string, so FTS5 syntax typed by a user is
 * only text.  Terms one FTS5 table can answer together go into one MATCH.
 */
#ifndef DOSSIER_QUERY_SQL_H
#define DOSSIER_QUERY_SQL_H

#include <stddef.h>

#include "buf.h"
#include "query_ast.h"

struct qparam {
	int is_int;
	long long i;
	char *s;
};

/*
 * The condition is on profile_fts f when ranked (the query requires words:
 * f MATCH them, f.rowid is the candidate), else on profile p (p.id); it
 * reads nothing else of p, so a count or a page of ids never touches the
 * wide profile rows.
 */
struct query_sql {
	struct buf where;	/* empty when nothing narrows */
	struct qparam *params;
	size_t nparams;
	int ranked;
	/*
	 * Unranked, skills and tags (and ORs of them) at the top of the query
	 * can be asked two ways: where gathers each one's candidates first,
	 * probe (the same condition, the same parameters) asks each row read
	 * with EXISTS.  guess is a SELECT of two numbers, with its own
	 * parameters: about how many candidates those terms leave, and how
	 * many there are; empty when the query has no such term.  alone: one
	 * such term, beside nothing but conditions on the row (years:, has:).
	 */
	struct buf probe;
	struct buf guess;
	struct qparam *gparams;
	size_t ngparams;
	int alone;
};

/* user is who "is:new" is about. */
void query_sql_build(const struct qnode *root, const char *user, struct query_sql *);
void query_sql_free(struct query_sql *);

#endif
