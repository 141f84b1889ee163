/*
 * query_field: the fields of the query language (skill:, years:>5, ...):
 * their names, and their values checked and converted into a query_ast
 * term.  Adding a field is a row here and a case in query_sql.
 */
#ifndef DOSSIER_QUERY_FIELD_H
#define DOSSIER_QUERY_FIELD_H

#include <stddef.h>

#include "query_ast.h"
#include "query_lex.h"

/* Fills term n from a QT_FIELD token; on a mistake sets err and *errcol. */
void query_field_parse(const struct qtoken *, struct qnode *, char *err, size_t errlen,
    int *errcol);
/* Fills term n from a QT_WORD or QT_PHRASE token. */
void query_field_words(const struct qtoken *, struct qnode *);
/* Whether text has a letter or digit the full-text index would keep. */
int query_field_searchable(const char *s, size_t len);
/* The name of a field, as typed before the colon. */
const char *query_field_name(enum qfield);

#endif
