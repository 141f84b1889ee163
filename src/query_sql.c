/*
 * From tree to SQL.  Three indexes answer words: profile_fts (the profile's
 * text, ranked), profile_facet (school, degree, current employer, place)
 * and note_fts; the rest are the structured tables.  FTS5 has no unary NOT
 * ("a NOT b" only), so a negated word joins its siblings' MATCH when there
 * is a positive one and becomes NOT IN otherwise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query_sql.h"
#include "xalloc.h"

enum fts { FTS_NONE, FTS_MAIN, FTS_FACET };

static const char *const fts_tables[] = { NULL, "profile_fts", "profile_facet" };

static const struct {
	enum qfield field;
	enum fts table;
	const char *column;	/* NULL: every column */
} fts_fields[] = {
	{ QF_TEXT, FTS_MAIN, NULL },
	{ QF_NAME, FTS_MAIN, "name" },
	{ QF_HEADLINE, FTS_MAIN, "label" },
	{ QF_COMPANY, FTS_MAIN, "company" },
	{ QF_TITLE, FTS_MAIN, "title" },
	{ QF_SCHOOL, FTS_FACET, "school" },
	{ QF_DEGREE, FTS_FACET, "degree" },
	{ QF_LOCATION, FTS_FACET, "place" },
	{ QF_CURRENT, FTS_FACET, "employer" },
};

#define NFTS_FIELDS (sizeof fts_fields / sizeof fts_fields[0])

struct gen {
	struct query_sql *q;
	const char *user;
	const char *id;		/* the candidate's id: p.id, or +f.rowid when ranked */
	int probe;		/* skills and tags as EXISTS on the row */
};

static void emit(struct gen *, const struct qnode *, struct buf *);

static int
param_push(struct qparam **v, size_t *n, int is_int, long long i, const char *s)
{
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[*n].is_int = is_int;
	(*v)[*n].i = i;
	(*v)[*n].s = s != NULL ? xstrdup(s) : NULL;
	return (int)++*n;
}

static int
param_text(struct query_sql *q, const char *s)
{
	return param_push(&q->params, &q->nparams, 0, 0, s);
}

static int
param_int(struct query_sql *q, long long v)
{
	return param_push(&q->params, &q->nparams, 1, v, NULL);
}

static enum fts
term_fts(const struct qnode *n, const char **column)
{
	for (size_t i = 0; i < NFTS_FIELDS; i++)
		if (fts_fields[i].field == n->field) {
			if (column != NULL)
				*column = fts_fields[i].column;
			return fts_fields[i].table;
		}
	return FTS_NONE;
}

/* Whether one FTS5 expression on table t can say n. */
static int
fts_pure(const struct qnode *n, enum fts t)
{
	size_t pos = 0;

	if (n->kind == QN_TERM)
		return term_fts(n, NULL) == t;
	if (n->kind == QN_NOT)
		return 0;
	for (size_t i = 0; i < n->nkids; i++) {
		const struct qnode *k = n->kids[i];
		if (n->kind == QN_AND && k->kind == QN_NOT) {
			if (!fts_pure(k->kids[0], t))
				return 0;
		} else if (!fts_pure(k, t))
			return 0;
		else
			pos++;
	}
	return n->kind == QN_OR || pos > 0;
}

/* Whether kid of group goes into the group's MATCH on t. */
static int
in_match(const struct qnode *group, const struct qnode *kid, enum fts t)
{
	if (fts_pure(kid, t))
		return 1;
	if (group->kind != QN_AND || kid->kind != QN_NOT || !fts_pure(kid->kids[0], t))
		return 0;
	for (size_t i = 0; i < group->nkids; i++)
		if (fts_pure(group->kids[i], t))
			return 1;
	return 0;
}

/* A word or phrase as an FTS5 string: quoted, quotes doubled. */
static void
fts_string(struct buf *b, const char *s)
{
	buf_addc(b, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			buf_addc(b, '"');
		buf_addc(b, *s);
	}
	buf_addc(b, '"');
}

static void
fts_term(const struct qnode *n, struct buf *b)
{
	const char *column = NULL;

	term_fts(n, &column);
	if (column != NULL)
		buf_addf(b, "%s : ", column);
	fts_string(b, n->text);
	if (n->prefix)
		buf_addc(b, '*');
}

static void fts_expr(const struct qnode *, enum fts, struct buf *);

/* The kids of group that go into its MATCH on t: "(a AND b) NOT c". */
static void
fts_group(const struct qnode *group, enum fts t, struct buf *b)
{
	const char *op = group->kind == QN_AND ? " AND " : " OR ";
	size_t start = b->len, npos = 0;

	buf_addc(b, '(');
	for (size_t i = 0; i < group->nkids; i++) {
		const struct qnode *k = group->kids[i];
		if (!in_match(group, k, t) || k->kind == QN_NOT)
			continue;
		buf_adds(b, npos++ > 0 ? op : "");
		fts_expr(k, t, b);
	}
	buf_addc(b, ')');
	for (size_t i = 0; i < group->nkids && npos > 0; i++) {
		const struct qnode *k = group->kids[i];
		if (k->kind != QN_NOT || !in_match(group, k, t))
			continue;
		buf_adds(b, " NOT ");
		fts_expr(k->kids[0], t, b);
	}
	if (npos == 0)
		buf_truncate(b, start);
}

static void
fts_expr(const struct qnode *n, enum fts t, struct buf *b)
{
	if (n->kind == QN_TERM)
		fts_term(n, b);
	else {
		buf_addc(b, '(');
		fts_group(n, t, b);
		buf_addc(b, ')');
	}
}

static void
emit_match(struct gen *g, enum fts t, const char *expr, struct buf *out)
{
	int i = param_text(g->q, expr);

	buf_addf(out, "%s IN (SELECT rowid FROM %s WHERE %s MATCH ?%d)", g->id, fts_tables[t],
	    fts_tables[t], i);
}

/* Whether group has a positive term of field f. */
static int
has_term(const struct qnode *group, enum qfield f)
{
	for (size_t i = 0; group != NULL && i < group->nkids; i++)
		if (group->kids[i]->kind == QN_TERM && group->kids[i]->field == f)
			return 1;
	return 0;
}

/* tag:NAME; by:USER beside it in the same group says whose tag it is. */
static void
emit_tag(struct gen *g, const struct qnode *n, const struct qnode *group, struct buf *out)
{
	if (g->probe)
		buf_addf(out, "EXISTS (SELECT 1 FROM profile_tag WHERE profile_id = p.id AND "
		    "tag = ?%d", param_text(g->q, n->text));
	else
		buf_addf(out, "%s IN (SELECT profile_id FROM profile_tag WHERE tag = ?%d", g->id,
		    param_text(g->q, n->text));
	for (size_t i = 0; group != NULL && i < group->nkids; i++) {
		const struct qnode *k = group->kids[i];
		if (k->kind == QN_TERM && k->field == QF_BY)
			buf_addf(out, " AND user = ?%d", param_text(g->q, k->text));
	}
	buf_addc(out, ')');
}

/* skill:go is the skill Go, not Google; skill:go* is every skill from "go". */
static void
emit_skill(struct gen *g, const struct qnode *n, struct buf *out)
{
	char *hi;
	size_t len;

	if (g->probe)
		buf_adds(out, "EXISTS (SELECT 1 FROM skill WHERE profile_id = p.id AND ");
	else
		buf_addf(out, "%s IN (SELECT profile_id FROM skill WHERE ", g->id);
	if (!n->prefix) {
		buf_addf(out, "name = ?%d)", param_text(g->q, n->text));
		return;
	}
	/* name is NOCASE, which folds ASCII only: a range of lower case */
	hi = xstrdup(n->text);
	for (char *c = hi; *c != '\0'; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	buf_addf(out, "name >= ?%d", param_text(g->q, hi));
	len = strlen(hi);
	while (len > 0 && (unsigned char)hi[len - 1] == 0xff)
		hi[--len] = '\0';
	if (len > 0) {
		hi[len - 1] = (char)((unsigned char)hi[len - 1] + 1);
		buf_addf(out, " AND name < ?%d", param_text(g->q, hi));
	}
	buf_addc(out, ')');
	free(hi);
}

/*
 * A condition on the profile row.  Beside required words, the candidates
 * come from the index of words, and the condition is asked of the row's
 * own indexes (months, created_at, email_key, phone_key) rather than read
 * from every matching row, wide with its document.  Alone it is a test on
 * the row as the list's order index is read, which ends with the page when
 * the condition is common, as experience and contact details are; since:
 * is usually rare and always goes through its index.
 */
static void
emit_row(struct gen *g, const char *cond, int rare, struct buf *out)
{
	if (g->q->ranked || rare)
		buf_addf(out, "%s IN (SELECT p.id FROM profile p WHERE %s)", g->id, cond);
	else
		buf_addf(out, "(%s)", cond);
}

static void
emit_years(struct gen *g, const struct qnode *n, struct buf *out)
{
	struct buf cond = BUF_INIT;

	if (n->lo >= 0 && n->hi >= 0)
		buf_addf(&cond, "p.months >= ?%d AND p.months <= ?%d", param_int(g->q, n->lo),
		    param_int(g->q, n->hi));
	else if (n->lo >= 0)
		buf_addf(&cond, "p.months >= ?%d", param_int(g->q, n->lo));
	else
		buf_addf(&cond, "p.months <= ?%d", param_int(g->q, n->hi));
	emit_row(g, buf_str(&cond), 0, out);
	buf_free(&cond);
}

static void
emit_note(struct gen *g, const struct qnode *n, struct buf *out)
{
	struct buf expr = BUF_INIT;

	fts_string(&expr, n->text);
	if (n->prefix)
		buf_addc(&expr, '*');
	buf_addf(out, "%s IN (SELECT n.profile_id FROM note n JOIN note_fts ON note_fts.rowid "
	    "= n.id WHERE note_fts MATCH ?%d)", g->id, param_text(g->q, buf_str(&expr)));
	buf_free(&expr);
}

static void
emit_flag(struct gen *g, const struct qnode *n, struct buf *out)
{
	if (n->field == QF_HAS && n->what == QHAS_NOTE)
		buf_addf(out, "%s IN (SELECT profile_id FROM note)", g->id);
	else if (n->field == QF_HAS)	/* a key is NULL without one (a phone: 7 digits) */
		emit_row(g, n->what == QHAS_EMAIL ? "p.email_key IS NOT NULL" :
		    "p.phone_key IS NOT NULL", 0, out);
	else if (n->what == QIS_TAGGED)
		buf_addf(out, "%s IN (SELECT profile_id FROM profile_tag)", g->id);
	else
		buf_addf(out, "%s %sIN (SELECT profile_id FROM seen WHERE user = ?%d)", g->id,
		    n->what == QIS_NEW ? "NOT " : "", param_text(g->q, g->user));
}

static void
emit_term(struct gen *g, const struct qnode *n, const struct qnode *group, struct buf *out)
{
	switch (n->field) {
	case QF_SKILL: emit_skill(g, n, out); break;
	case QF_TAG: emit_tag(g, n, group, out); break;
	case QF_BY:
		buf_addf(out, "%s IN (SELECT profile_id FROM profile_tag WHERE user = ?%d)", g->id,
		    param_text(g->q, n->text));
		break;
	case QF_NOTE: emit_note(g, n, out); break;
	case QF_YEARS: emit_years(g, n, out); break;
	case QF_SINCE: {
		char cond[48];
		snprintf(cond, sizeof cond, "p.created_at >= ?%d", param_int(g->q, n->lo));
		emit_row(g, cond, 1, out);
		break;
	}
	default: emit_flag(g, n, out); break;
	}
}

/*
 * An AND or OR: what each FTS5 table can answer as one MATCH, then the
 * rest.  At the top (top set), the MATCH on profile_fts is the joined f.
 */
static void
emit_group(struct gen *g, const struct qnode *group, struct buf *out, int top)
{
	const char *op = group->kind == QN_AND ? " AND " : " OR ";
	size_t start = out->len;

	for (enum fts t = FTS_MAIN; t <= FTS_FACET; t++) {
		struct buf expr = BUF_INIT;
		fts_group(group, t, &expr);
		if (expr.len > 0) {
			buf_adds(out, out->len > start ? op : "");
			if (top && t == FTS_MAIN)
				buf_addf(out, "f.profile_fts MATCH ?%d", param_text(g->q, buf_str(&expr)));
			else
				emit_match(g, t, buf_str(&expr), out);
		}
		buf_free(&expr);
	}
	for (size_t i = 0; i < group->nkids; i++) {
		const struct qnode *k = group->kids[i];
		if (in_match(group, k, FTS_MAIN) || in_match(group, k, FTS_FACET))
			continue;
		/* by: beside a tag: went into the tag's condition */
		if (group->kind == QN_AND && k->kind == QN_TERM && k->field == QF_BY &&
		    has_term(group, QF_TAG))
			continue;
		buf_adds(out, out->len > start ? op : "");
		if (k->kind == QN_TERM)
			emit_term(g, k, group->kind == QN_AND ? group : NULL, out);
		else
			emit(g, k, out);
	}
}

static void
emit(struct gen *g, const struct qnode *n, struct buf *out)
{
	for (enum fts t = FTS_MAIN; t <= FTS_FACET; t++)
		if (fts_pure(n, t)) {
			struct buf expr = BUF_INIT;
			fts_expr(n, t, &expr);
			emit_match(g, t, buf_str(&expr), out);
			buf_free(&expr);
			return;
		}
	if (n->kind == QN_NOT) {
		buf_adds(out, "NOT ");
		emit(g, n->kids[0], out);
	} else if (n->kind == QN_TERM) {
		buf_addc(out, '(');
		emit_term(g, n, NULL, out);
		buf_addc(out, ')');
	} else {
		buf_addc(out, '(');
		emit_group(g, n, out, 0);
		buf_addc(out, ')');
	}
}

/*
 * A page in the list's order reads that order's index and tests each row
 * until the page is full.  A common skill or tag is then cheaper asked of
 * each row read, through its index, than gathered whole before the first
 * row (20,000 candidates of 100,000 for a common skill: milliseconds); a
 * rare one is the other way round, the reading going on through most of
 * the index.  query.c decides from guess: each term's candidates counted,
 * the count stopped at GUESS_CAP, as a share of all profiles, the shares
 * multiplied (an AND) or added (an OR).
 */
#define GUESS_CAP 8192

static int
guess_term(struct query_sql *q, const struct qnode *n, struct buf *out)
{
	const char *table = n->field == QF_SKILL ? "skill WHERE name" : "profile_tag WHERE tag";
	size_t start = out->len;

	if (n->kind == QN_TERM && (n->field == QF_TAG || (n->field == QF_SKILL && !n->prefix))) {
		buf_addf(out, "(SELECT count(*) FROM (SELECT 1 FROM %s = ?%d LIMIT %d)) / c.n",
		    table, param_push(&q->gparams, &q->ngparams, 0, 0, n->text), GUESS_CAP);
		return 1;
	}
	if (n->kind != QN_OR)
		return 0;
	buf_addc(out, '(');
	for (size_t i = 0; i < n->nkids; i++) {
		buf_adds(out, i > 0 ? " + " : "");
		if (!guess_term(q, n->kids[i], out)) {
			buf_truncate(out, start);
			return 0;
		}
	}
	buf_addc(out, ')');
	return 1;
}

/* Whether n is a condition on the profile row alone. */
static int
row_term(const struct qnode *n)
{
	return n->kind == QN_TERM && (n->field == QF_YEARS || n->field == QF_SINCE ||
	    (n->field == QF_HAS && n->what != QHAS_NOTE));
}

static void
guess_build(const struct qnode *root, struct query_sql *q)
{
	size_t nkids = root->kind == QN_AND ? root->nkids : 1;
	int nguess = 0, others = 0;

	buf_adds(&q->guess, "WITH c(n) AS (SELECT max(n, 1) * 1.0 FROM profile_count) SELECT c.n");
	for (size_t i = 0; i < nkids; i++) {
		const struct qnode *k = root->kind == QN_AND ? root->kids[i] : root;
		buf_adds(&q->guess, " * ");
		if (guess_term(q, k, &q->guess))
			nguess++;
		else {
			buf_truncate(&q->guess, q->guess.len - 3);
			others += !row_term(k);
		}
	}
	buf_adds(&q->guess, ", c.n FROM c");
	q->alone = others == 0 && nguess == 1;
	if (nguess == 0)
		buf_truncate(&q->guess, 0);
}

/* Whether the query requires words of profile_fts, which then rank. */
static int
sql_ranked(const struct qnode *root)
{
	if (root == NULL || fts_pure(root, FTS_MAIN))
		return root != NULL;
	if (root->kind != QN_AND)
		return 0;
	for (size_t i = 0; i < root->nkids; i++)
		if (fts_pure(root->kids[i], FTS_MAIN))
			return 1;
	return 0;
}

static void
where_build(struct gen *g, const struct qnode *root, struct buf *out)
{
	if (fts_pure(root, FTS_MAIN)) {
		struct buf expr = BUF_INIT;
		fts_expr(root, FTS_MAIN, &expr);
		buf_addf(out, "f.profile_fts MATCH ?%d", param_text(g->q, buf_str(&expr)));
		buf_free(&expr);
	} else if (root->kind == QN_AND)
		emit_group(g, root, out, 1);
	else
		emit(g, root, out);
}

void
query_sql_build(const struct qnode *root, const char *user, struct query_sql *q)
{
	struct gen g = { q, user != NULL ? user : "", "p.id", 0 };

	memset(q, 0, sizeof *q);
	/* Ranked, f must be read through its MATCH, the only way FTS5 can
	 * answer it: "+" keeps SQLite from reading f by the rowid lists of
	 * other conditions (under an OR, it would), which leaves MATCH with no
	 * index to go to. */
	q->ranked = sql_ranked(root);
	if (q->ranked)
		g.id = "+f.rowid";
	if (root == NULL)
		return;
	where_build(&g, root, &q->where);
	if (q->ranked)
		return;
	guess_build(root, q);
	if (q->guess.len > 0) {
		/* the same walk numbers the parameters alike: its copies go */
		struct query_sql again = { 0 };
		struct gen gp = { &again, g.user, "p.id", 1 };
		where_build(&gp, root, &q->probe);
		query_sql_free(&again);
	}
}

void
query_sql_free(struct query_sql *q)
{
	for (size_t i = 0; i < q->nparams; i++)
		free(q->params[i].s);
	free(q->params);
	for (size_t i = 0; i < q->ngparams; i++)
		free(q->gparams[i].s);
	free(q->gparams);
	buf_free(&q->where);
	buf_free(&q->probe);
	buf_free(&q->guess);
	memset(q, 0, sizeof *q);
}
