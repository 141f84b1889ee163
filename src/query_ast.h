/*
 * query_ast: the query language parsed into a tree.
 *
 *	query   = or
 *	or      = and { "OR" and }
 *	and     = unary { ["AND"] unary }
 *	unary   = ("-" | "NOT") unary | primary
 *	primary = "(" or ")" | word | "phrase" | field:value | @view
 *
 * Values are checked and converted here (years to months, dates to times)
 * so every mistake is reported with its column; query_sql then turns a tree
 * into SQL without failing.  A saved view (@name) is parsed in place from
 * the configuration.  Words with nothing to search for (a lone "&" or "-")
 * are dropped rather than matching nothing.
 */
#ifndef DOSSIER_QUERY_AST_H
#define DOSSIER_QUERY_AST_H

#include <stddef.h>

#include "config.h"
#include "status.h"

enum qfield {
	QF_TEXT,	/* a free word or phrase: anywhere in the profile */
	QF_NAME,	/* profile_fts columns */
	QF_HEADLINE,
	QF_COMPANY,
	QF_TITLE,
	QF_SCHOOL,	/* profile_facet columns */
	QF_DEGREE,
	QF_LOCATION,
	QF_CURRENT,
	QF_NOTE,	/* note_fts */
	QF_SKILL,	/* exact names */
	QF_TAG,
	QF_BY,
	QF_YEARS,
	QF_SINCE,
	QF_HAS,
	QF_IS,
};

enum qhas { QHAS_EMAIL, QHAS_PHONE, QHAS_NOTE };
enum qis { QIS_NEW, QIS_SEEN, QIS_TAGGED };

enum qkind { QN_AND, QN_OR, QN_NOT, QN_TERM };

struct qnode {
	enum qkind kind;
	int col;
	struct qnode **kids;	/* AND, OR: two or more; NOT: one */
	size_t nkids;
	enum qfield field;	/* QN_TERM */
	char *text;		/* words or a name */
	int prefix;		/* words: the last one is a prefix; skill: a prefix */
	long long lo, hi;	/* years: months lo..hi, -1 when open; since: a time */
	int what;		/* has: enum qhas; is: enum qis */
};

/*
 * *root is NULL when the query narrows nothing.  *view_sort is the sort of
 * the saved view the query starts with, else NULL.  On an error, err says
 * what and *errcol (1-based, in characters) where.
 */
enum status query_ast_parse(const char *text, const struct config *, struct qnode **root,
    const char **view_sort, char *err, size_t errlen, int *errcol);
void query_ast_free(struct qnode *);

#endif
