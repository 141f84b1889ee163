/*
 * query_lex: cuts query text into tokens for query_ast.
 *
 * Every token knows its column (1-based, in characters, not bytes) so an
 * error can point at it in the CLI and under the browser's prompt.  The
 * lexer never fails: an unclosed quote is a token of its own kind, and the
 * parser turns it into an error with the right column.
 */
#ifndef DOSSIER_QUERY_LEX_H
#define DOSSIER_QUERY_LEX_H

#include <stddef.h>

enum qtok {
	QT_END,
	QT_WORD,	/* a bare word */
	QT_PHRASE,	/* "quoted words", quotes excluded */
	QT_FIELD,	/* name:value; value may be empty or quoted */
	QT_VIEW,	/* @name */
	QT_LPAREN,
	QT_RPAREN,
	QT_MINUS,	/* '-' right before a term */
	QT_OR,
	QT_AND,
	QT_NOT,
	QT_UNCLOSED,	/* a quote with no closing one */
};

struct qtoken {
	enum qtok kind;
	const char *s;		/* the text (word, phrase, view or field name) */
	size_t len;
	int col;
	const char *val;	/* QT_FIELD: the value */
	size_t vlen;
	int vcol;
	int vquoted;		/* the value was "quoted" */
};

struct qlex {
	const char *text;
	const char *p;
	const char *mark;	/* a position whose column is known, */
	int markcol;		/* so columns are counted from there */
};

void query_lex_init(struct qlex *, const char *text);
void query_lex_next(struct qlex *, struct qtoken *);
/* The column of a position in the text. */
int query_lex_col(struct qlex *, const char *at);

#endif
