/*
 * Tokens of the query language.  A word ends at a space, a parenthesis or
 * a quote; "name:" in front of a word (letters only before the colon) makes
 * it a field, so a time such as 12:30 stays a word.
 */
#include <string.h>

#include "query_lex.h"

void
query_lex_init(struct qlex *l, const char *text)
{
	l->text = text != NULL ? text : "";
	l->p = l->text;
	l->mark = l->text;
	l->markcol = 1;
}

int
query_lex_col(struct qlex *l, const char *at)
{
	const char *c = at >= l->mark ? l->mark : l->text;
	int col = at >= l->mark ? l->markcol : 1;

	/* count the bytes that start a character */
	for (; c < at; c++)
		if (((unsigned char)*c & 0xc0) != 0x80)
			col++;
	l->mark = at;
	l->markcol = col;
	return col;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int
is_stop(char c)
{
	return c == '\0' || is_space(c) || c == '(' || c == ')' || c == '"';
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A quoted run starting at the quote q: fills s/len, returns the end. */
static const char *
lex_quoted(const char *q, const char **s, size_t *len)
{
	const char *close = strchr(q + 1, '"');

	if (close == NULL)
		return NULL;
	*s = q + 1;
	*len = (size_t)(close - q - 1);
	return close + 1;
}

static void
lex_field(struct qlex *l, struct qtoken *t, const char *colon)
{
	const char *v = colon + 1, *end = v;

	t->kind = QT_FIELD;
	t->len = (size_t)(colon - t->s);
	t->vcol = query_lex_col(l, v);
	if (*v == '"') {
		if ((end = lex_quoted(v, &t->val, &t->vlen)) == NULL) {
			t->kind = QT_UNCLOSED;
			t->col = t->vcol;
			l->p = v + strlen(v);
			return;
		}
		t->vquoted = 1;
		l->p = end;
		return;
	}
	while (!is_stop(*end))
		end++;
	t->val = v;
	t->vlen = (size_t)(end - v);
	l->p = end;
}

static void
lex_word(struct qlex *l, struct qtoken *t)
{
	const char *s = l->p, *e = s;

	while (is_alpha(*e))
		e++;
	if (e > s && *e == ':') {
		lex_field(l, t, e);
		return;
	}
	while (!is_stop(*e))
		e++;
	t->kind = QT_WORD;
	t->len = (size_t)(e - s);
	l->p = e;
	if (t->len == 2 && strncmp(s, "OR", 2) == 0)
		t->kind = QT_OR;
	else if (t->len == 3 && strncmp(s, "AND", 3) == 0)
		t->kind = QT_AND;
	else if (t->len == 3 && strncmp(s, "NOT", 3) == 0)
		t->kind = QT_NOT;
}

void
query_lex_next(struct qlex *l, struct qtoken *t)
{
	const char *c;

	while (is_space(*l->p))
		l->p++;
	c = l->p;
	memset(t, 0, sizeof *t);
	t->s = c;
	t->col = query_lex_col(l, c);
	if (*c == '\0') {
		t->kind = QT_END;
	} else if (*c == '(' || *c == ')') {
		t->kind = *c == '(' ? QT_LPAREN : QT_RPAREN;
		t->len = 1;
		l->p++;
	} else if (*c == '"') {
		const char *end = lex_quoted(c, &t->s, &t->len);
		t->kind = end != NULL ? QT_PHRASE : QT_UNCLOSED;
		l->p = end != NULL ? end : c + strlen(c);
	} else if (*c == '-' && c[1] != '\0' && !is_space(c[1]) && c[1] != ')') {
		t->kind = QT_MINUS;
		t->len = 1;
		l->p++;
	} else if (*c == '@') {
		const char *e = c + 1;
		while (!is_stop(*e))
			e++;
		t->kind = QT_VIEW;
		t->s = c + 1;
		t->len = (size_t)(e - c - 1);
		l->p = e;
	} else
		lex_word(l, t);
}
