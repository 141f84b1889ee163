/*
 * The parser: recursive descent over query_lex tokens, one function a rule
 * of the grammar in query_ast.h.  The first error stops it; the tree built
 * so far is freed.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query_ast.h"
#include "query_field.h"
#include "query_lex.h"
#include "xalloc.h"

#define MAX_DEPTH 32	/* parentheses and negations inside one another */
#define MAX_TERMS 256
#define MAX_VIEWS 8	/* views inside views */

struct parser {
	struct qlex lex;
	struct qtoken tok;
	const struct config *cfg;
	const char *views[MAX_VIEWS];	/* the views being expanded, outermost first */
	int nviews;
	int depth;
	int *nterms;		/* shared with the parsers of views */
	char *err;
	size_t errlen;
	int errcol;		/* 0 until an error */
};

static struct qnode *parse_or(struct parser *);

static void
perr(struct parser *p, int col, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void
perr(struct parser *p, int col, const char *fmt, ...)
{
	va_list ap;

	if (p->errcol > 0)
		return;
	va_start(ap, fmt);
	vsnprintf(p->err, p->errlen, fmt, ap);
	va_end(ap);
	p->errcol = col;
}

static void
next(struct parser *p)
{
	query_lex_next(&p->lex, &p->tok);
}

void
query_ast_free(struct qnode *n)
{
	if (n == NULL)
		return;
	for (size_t i = 0; i < n->nkids; i++)
		query_ast_free(n->kids[i]);
	free(n->kids);
	free(n->text);
	free(n);
}

static struct qnode *
node_new(enum qkind kind, int col)
{
	struct qnode *n = xcalloc(1, sizeof *n);

	n->kind = kind;
	n->col = col;
	n->lo = n->hi = -1;
	return n;
}

/* Adds kid to an AND or OR, taking in the kids of one of the same kind. */
static void
node_add(struct qnode *n, struct qnode *kid)
{
	if (kid == NULL)
		return;
	if (kid->kind == n->kind) {
		for (size_t i = 0; i < kid->nkids; i++)
			node_add(n, kid->kids[i]);
		kid->nkids = 0;
		query_ast_free(kid);
		return;
	}
	n->kids = xreallocarray(n->kids, n->nkids + 1, sizeof *n->kids);
	n->kids[n->nkids++] = kid;
}

/* An AND or OR of one is that one; of none, nothing. */
static struct qnode *
node_close(struct qnode *n)
{
	struct qnode *only;

	if (n->nkids > 1)
		return n;
	only = n->nkids == 1 ? n->kids[0] : NULL;
	n->nkids = 0;
	query_ast_free(n);
	return only;
}

static int
starts_term(enum qtok k)
{
	return k != QT_END && k != QT_RPAREN && k != QT_OR;
}

static const char *
tok_name(const struct qtoken *t)
{
	switch (t->kind) {
	case QT_OR: return "OR";
	case QT_AND: return "AND";
	case QT_NOT: return "NOT";
	default: return "-";
	}
}

static struct qnode *
parse_view_text(struct parser *p, const struct view_def *v, int col)
{
	struct parser sub;
	struct qnode *n;
	char err[ERRLEN];

	memset(&sub, 0, sizeof sub);
	memcpy(sub.views, p->views, sizeof sub.views);
	sub.nviews = p->nviews;
	sub.views[sub.nviews++] = v->name;
	sub.cfg = p->cfg;
	sub.depth = p->depth;
	sub.nterms = p->nterms;
	sub.err = err;
	sub.errlen = sizeof err;
	query_lex_init(&sub.lex, v->query);
	next(&sub);
	n = parse_or(&sub);
	if (sub.errcol == 0 && sub.tok.kind != QT_END)
		perr(&sub, sub.tok.col, "unexpected ')'");
	if (sub.errcol > 0) {
		perr(p, col, "in view '@%s': column %d: %s", v->name, sub.errcol, err);
		query_ast_free(n);
		return NULL;
	}
	return n;
}

static struct qnode *
parse_view(struct parser *p)
{
	const struct view_def *v;
	char *name = xstrndup(p->tok.s, p->tok.len);
	int col = p->tok.col;

	v = p->cfg != NULL ? config_view(p->cfg, name) : NULL;
	if (p->tok.len == 0)
		perr(p, col + 1, "expected a view name after '@'");
	else if (v == NULL)
		perr(p, col, "no saved view '@%s'", name);
	for (int i = 0; i < p->nviews && v != NULL; i++)
		if (strcmp(p->views[i], v->name) == 0)
			perr(p, col, "view '@%s' uses itself", name);
	if (v != NULL && p->nviews == MAX_VIEWS)
		perr(p, col, "views nested too deeply at '@%s'", name);
	free(name);
	if (p->errcol > 0)
		return NULL;
	next(p);
	return parse_view_text(p, v, col);
}

static struct qnode *
parse_term(struct parser *p)
{
	struct qnode *n = node_new(QN_TERM, p->tok.col);

	if (++*p->nterms > MAX_TERMS) {
		perr(p, p->tok.col, "too many terms (at most %d)", MAX_TERMS);
	} else if (p->tok.kind == QT_FIELD) {
		query_field_parse(&p->tok, n, p->err, p->errlen, &p->errcol);
	} else if (!query_field_searchable(p->tok.s, p->tok.len)) {
		query_ast_free(n);	/* nothing to search for: dropped */
		n = NULL;
	} else
		query_field_words(&p->tok, n);
	if (p->errcol > 0) {
		query_ast_free(n);
		return NULL;
	}
	next(p);
	return n;
}

static struct qnode *
parse_group(struct parser *p)
{
	struct qnode *n;
	int col = p->tok.col;

	next(p);
	if (p->tok.kind == QT_RPAREN) {
		perr(p, col, "nothing inside the parentheses");
		return NULL;
	}
	n = parse_or(p);
	if (p->errcol == 0 && p->tok.kind != QT_RPAREN)
		perr(p, col, "unclosed '('");
	if (p->errcol > 0) {
		query_ast_free(n);
		return NULL;
	}
	next(p);
	return n;
}

static struct qnode *
parse_primary(struct parser *p)
{
	switch (p->tok.kind) {
	case QT_LPAREN:
		return parse_group(p);
	case QT_VIEW:
		return parse_view(p);
	case QT_WORD:
	case QT_PHRASE:
	case QT_FIELD:
		return parse_term(p);
	case QT_UNCLOSED:
		perr(p, p->tok.col, "unclosed quote");
		return NULL;
	default:
		perr(p, p->tok.col, "expected a word, a field or '('");
		return NULL;
	}
}

static struct qnode *
parse_unary(struct parser *p)
{
	struct qnode *n, *kid;
	struct qtoken op = p->tok;

	if (op.kind != QT_MINUS && op.kind != QT_NOT)
		return parse_primary(p);
	if (++p->depth > MAX_DEPTH) {
		perr(p, op.col, "the query is nested too deeply");
		return NULL;
	}
	next(p);
	if (!starts_term(p->tok.kind) || p->tok.kind == QT_AND) {
		perr(p, p->tok.col, "expected a term after '%s'", tok_name(&op));
		return NULL;
	}
	kid = parse_unary(p);
	p->depth--;
	if (kid == NULL)
		return NULL;
	if (kid->kind == QN_NOT) {	/* - -x is x */
		n = kid->kids[0];
		kid->nkids = 0;
		query_ast_free(kid);
		return n;
	}
	n = node_new(QN_NOT, op.col);
	node_add(n, kid);
	return n;
}

static struct qnode *
parse_and(struct parser *p)
{
	struct qnode *n = node_new(QN_AND, p->tok.col);

	while (p->errcol == 0 && starts_term(p->tok.kind)) {
		if (p->tok.kind == QT_AND) {
			struct qtoken op = p->tok;
			next(p);
			if (!starts_term(p->tok.kind) || p->tok.kind == QT_AND) {
				perr(p, p->tok.col, "expected a term after '%s'", tok_name(&op));
				break;
			}
		}
		node_add(n, parse_unary(p));
	}
	if (p->errcol > 0) {
		query_ast_free(n);
		return NULL;
	}
	return node_close(n);
}

static struct qnode *
parse_or(struct parser *p)
{
	struct qnode *n = node_new(QN_OR, p->tok.col);

	if (++p->depth > MAX_DEPTH) {
		perr(p, p->tok.col, "the query is nested too deeply");
		query_ast_free(n);
		return NULL;
	}
	if (p->tok.kind == QT_OR)
		perr(p, p->tok.col, "expected a term before 'OR'");
	while (p->errcol == 0) {
		node_add(n, parse_and(p));
		if (p->errcol > 0 || p->tok.kind != QT_OR)
			break;
		next(p);
		if (!starts_term(p->tok.kind) || p->tok.kind == QT_AND)
			perr(p, p->tok.col, "expected a term after 'OR'");
	}
	p->depth--;
	if (p->errcol > 0) {
		query_ast_free(n);
		return NULL;
	}
	return node_close(n);
}

/* The sort of the view the query starts with. */
static const char *
leading_view_sort(const char *text, const struct config *cfg)
{
	struct qlex l;
	struct qtoken t;
	const struct view_def *v;
	char *name;

	query_lex_init(&l, text);
	query_lex_next(&l, &t);
	if (t.kind != QT_VIEW || cfg == NULL)
		return NULL;
	name = xstrndup(t.s, t.len);
	v = config_view(cfg, name);
	free(name);
	return v != NULL ? v->sort : NULL;
}

enum status
query_ast_parse(const char *text, const struct config *cfg, struct qnode **root,
    const char **view_sort, char *err, size_t errlen, int *errcol)
{
	struct parser p;
	int nterms = 0;

	memset(&p, 0, sizeof p);
	p.cfg = cfg;
	p.nterms = &nterms;
	p.err = err;
	p.errlen = errlen;
	query_lex_init(&p.lex, text);
	next(&p);
	*root = parse_or(&p);
	if (p.errcol == 0 && p.tok.kind != QT_END)
		perr(&p, p.tok.col, "unexpected ')'");
	*errcol = p.errcol;
	*view_sort = NULL;
	if (p.errcol > 0) {
		query_ast_free(*root);
		*root = NULL;
		return ST_USAGE;
	}
	*view_sort = leading_view_sort(text, cfg);
	return ST_OK;
}
