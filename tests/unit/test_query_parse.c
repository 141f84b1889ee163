/*
 * The query parser: valid queries give the tree they should (shown in a
 * compact form), invalid ones the message and the column they should, and
 * no input whatever makes it crash or compile into failing SQL.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "buf.h"
#include "config.h"
#include "query.h"
#include "query_ast.h"
#include "query_field.h"

/* (AND a* (NOT skill=go)), years=61.., "new york" */
static void
dump(const struct qnode *n, struct buf *b)
{
	static const char *const kinds[] = { "AND", "OR", "NOT" };

	if (n == NULL) {
		buf_adds(b, "ALL");
		return;
	}
	if (n->kind != QN_TERM) {
		buf_addf(b, "(%s", kinds[n->kind]);
		for (size_t i = 0; i < n->nkids; i++) {
			buf_addc(b, ' ');
			dump(n->kids[i], b);
		}
		buf_addc(b, ')');
		return;
	}
	if (n->field == QF_YEARS) {
		buf_adds(b, "years=");
		if (n->lo >= 0)
			buf_addf(b, "%lld", n->lo);
		buf_adds(b, "..");
		if (n->hi >= 0)
			buf_addf(b, "%lld", n->hi);
		return;
	}
	if (n->field == QF_HAS || n->field == QF_IS) {
		buf_addf(b, "%s=%d", query_field_name(n->field), n->what);
		return;
	}
	if (n->field != QF_TEXT)
		buf_addf(b, "%s=", query_field_name(n->field));
	buf_addf(b, "%s%s", n->text != NULL ? n->text : "?", n->prefix ? "*" : "");
}

static struct config cfg;

static void
expect_tree(const char *query, const char *want)
{
	struct qnode *root = NULL;
	const char *vsort;
	char err[ERRLEN] = "";
	int col = -1;
	struct buf b = BUF_INIT;

	if (query_ast_parse(query, &cfg, &root, &vsort, err, sizeof err, &col) != ST_OK)
		fail_msg("'%s' failed at column %d: %s", query, col, err);
	assert_int_equal(col, 0);
	dump(root, &b);
	if (strcmp(buf_str(&b), want) != 0)
		fail_msg("'%s' gave %s, not %s", query, buf_str(&b), want);
	buf_free(&b);
	query_ast_free(root);
}

static void
expect_error(const char *query, int want_col, const char *want_msg)
{
	struct qnode *root = NULL;
	const char *vsort;
	char err[ERRLEN] = "";
	int col = 0;

	if (query_ast_parse(query, &cfg, &root, &vsort, err, sizeof err, &col) != ST_USAGE)
		fail_msg("'%s' was accepted", query);
	assert_null(root);
	if (col != want_col || strstr(err, want_msg) == NULL)
		fail_msg("'%s': column %d: %s; wanted column %d: %s", query, col, err, want_col,
		    want_msg);
}

static void
test_words(void **state)
{
	(void)state;
	expect_tree("", "ALL");
	expect_tree("   ", "ALL");
	expect_tree("rust", "rust*");
	expect_tree("rust go", "(AND rust* go*)");
	expect_tree("c", "c");			/* one letter: only itself */
	expect_tree("kube*", "kube*");
	expect_tree("\"New York\"", "New York");	/* a phrase: no prefix */
	expect_tree("Zürich", "Zürich*");
	expect_tree("12:30", "12:30*");		/* digits before ':' are no field */
	expect_tree("a & b", "(AND a b)");	/* nothing to search for in '&' */
	expect_tree("& -", "ALL");
	expect_tree("c++ node.js", "(AND c++* node.js*)");
}

static void
test_operators(void **state)
{
	(void)state;
	expect_tree("a OR b", "(OR a b)");
	expect_tree("ab OR cd ef", "(OR ab* (AND cd* ef*))");
	expect_tree("ab cd OR ef", "(OR (AND ab* cd*) ef*)");
	expect_tree("ab AND cd", "(AND ab* cd*)");
	expect_tree("ab or cd", "(AND ab* or* cd*)");	/* lower case is a word */
	expect_tree("-ab", "(NOT ab*)");
	expect_tree("NOT ab", "(NOT ab*)");
	expect_tree("--ab", "ab*");
	expect_tree("- ab", "ab*");
	expect_tree("-\"a b\"", "(NOT a b)");
	expect_tree("(ab OR cd) (ef OR gh)", "(AND (OR ab* cd*) (OR ef* gh*))");
	expect_tree("((ab))", "ab*");
	expect_tree("-(ab OR cd) ef", "(AND (NOT (OR ab* cd*)) ef*)");
	expect_tree("ab OR (cd OR ef)", "(OR ab* cd* ef*)");
	expect_tree("ab(cd)", "(AND ab* cd*)");
}

static void
test_fields(void **state)
{
	(void)state;
	expect_tree("skill:go", "skill=go");
	expect_tree("Skill:Go", "skill=Go");
	expect_tree("skill:go*", "skill=go*");
	expect_tree("skill:\"machine learning\"", "skill=machine learning");
	expect_tree("skill:c++", "skill=c++");
	expect_tree("company:north", "company=north*");
	expect_tree("company:\"Northwind Logistics\"", "company=Northwind Logistics");
	expect_tree("name:a", "name=a");
	expect_tree("tag:shortlist -tag:rejected",
	    "(AND tag=shortlist (NOT tag=rejected))");
	expect_tree("by:alice", "by=alice");
	expect_tree("note:call", "note=call*");
	expect_tree("location:zurich current:google title:staff school:eth degree:msc "
	    "headline:lead", "(AND location=zurich* current=google* title=staff* school=eth* "
	    "degree=msc* headline=lead*)");
	expect_tree("has:email has:PHONE has:note", "(AND has=0 has=1 has=2)");
	expect_tree("is:new is:seen is:tagged", "(AND is=0 is=1 is=2)");
}

static void
test_years(void **state)
{
	(void)state;
	expect_tree("years:>5", "years=61..");
	expect_tree("years:>=5", "years=60..");
	expect_tree("years:<5", "years=..59");
	expect_tree("years:<=5", "years=..60");
	expect_tree("years:5", "years=60..71");
	expect_tree("years:3..8", "years=36..107");
	expect_tree("years:3..", "years=36..");
	expect_tree("years:..8", "years=..107");
	expect_tree("years:>2.5", "years=31..");
	expect_tree("years:1.5..2.5", "years=18..30");
	expect_tree("years:0", "years=0..11");
}

static void
test_views(void **state)
{
	struct qnode *root;
	const char *vsort;
	char err[ERRLEN];
	int col;

	(void)state;
	expect_tree("@seniors", "years=121..");
	expect_tree("@seniors rust", "(AND years=121.. rust*)");
	expect_tree("@shortlist OR @new", "(OR tag=shortlist is=0)");
	assert_int_equal(query_ast_parse("@seniors rust", &cfg, &root, &vsort, err, sizeof err,
	    &col), ST_OK);
	assert_string_equal(vsort, "years");
	query_ast_free(root);
	assert_int_equal(query_ast_parse("rust @seniors", &cfg, &root, &vsort, err, sizeof err,
	    &col), ST_OK);
	assert_null(vsort);
	query_ast_free(root);
}

static void
test_errors(void **state)
{
	(void)state;
	expect_error("years:>", 8, "expected a number after 'years:>'");
	expect_error("rust years:>x", 13, "expected a number after 'years:>'");
	expect_error("Zürich years:>=x", 16, "expected a number after 'years:>='");
	expect_error("years:5x", 8, "unexpected 'x' after the number");
	expect_error("years:8..3", 7, "the range 8..3 is backwards");
	expect_error("years:..", 9, "expected a number after '..'");
	expect_error("years:abc", 7, "expected a number, a range");
	expect_error("skill:", 7, "expected a value after 'skill:'");
	expect_error("skill:\"\"", 7, "expected a value after 'skill:'");
	expect_error("skill:*", 7, "expected the start of a skill before '*'");
	expect_error("company:&", 9, "expected letters or digits after 'company:'");
	expect_error("foo:bar", 1, "unknown field 'foo:'");
	expect_error("go skills:rust", 4, "did you mean 'skill:'?");
	expect_error("since:2025-13", 7, "expected a date");
	expect_error("since:yesterday", 7, "expected a date");
	expect_error("has:fax", 5, "has: takes email, phone or note");
	expect_error("is:old", 4, "is: takes new, seen or tagged");
	expect_error("(rust", 1, "unclosed '('");
	expect_error("a (b (c)", 3, "unclosed '('");
	expect_error("rust)", 5, "unexpected ')'");
	expect_error("()", 1, "nothing inside the parentheses");
	expect_error("\"abc", 1, "unclosed quote");
	expect_error("name:\"abc", 6, "unclosed quote");
	expect_error("a OR", 5, "expected a term after 'OR'");
	expect_error("OR a", 1, "expected a term before 'OR'");
	expect_error("a OR OR b", 6, "expected a term after 'OR'");
	expect_error("a (OR b)", 4, "expected a term before 'OR'");
	expect_error("a AND", 6, "expected a term after 'AND'");
	expect_error("NOT", 4, "expected a term after 'NOT'");
	expect_error("-)", 2, "unexpected ')'");
	expect_error("a -OR b", 4, "expected a term after '-'");
	expect_error("@", 2, "expected a view name after '@'");
	expect_error("rust @nope", 6, "no saved view '@nope'");
	expect_error("@broken", 1, "in view '@broken': column 8: expected a number");
	expect_error("@loop", 1, "uses itself");
}

static void
test_limits(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	for (int i = 0; i < 40; i++)
		buf_addc(&b, '(');
	buf_adds(&b, "rust");
	for (int i = 0; i < 40; i++)
		buf_addc(&b, ')');
	expect_error(buf_str(&b), 33, "nested too deeply");
	buf_reset(&b);
	for (int i = 0; i < 300; i++)
		buf_addf(&b, "w%d ", i);
	expect_error(buf_str(&b), (int)(strstr(buf_str(&b), " w256 ") - buf_str(&b)) + 2,
	    "too many terms");
	buf_free(&b);
}

/* Every query compiles or fails with a column inside it; none crashes. */
static void
test_random_queries(void **state)
{
	static const char *const bits[] = {
		"rust", "go", " ", " ", "\"", "(", ")", "-", "OR", "AND", "NOT", "*", ":",
		"skill:", "years:", ">", "..", "5", "@", "@seniors", "tag:", "ü", "{", "^",
		"NEAR", "'", ";", "since:", "has:", "is:new", "name:", "é", "\\", "+",
	};
	struct query_env env = { "alice", &cfg };
	unsigned seed = 12345;

	(void)state;
	for (int i = 0; i < 5000; i++) {
		struct buf b = BUF_INIT;
		struct query *q = NULL;
		char err[ERRLEN];
		int col = -1, n = (int)((seed = seed * 1103515245 + 12345) >> 16) % 12;
		for (int k = 0; k < n; k++) {
			seed = seed * 1103515245 + 12345;
			buf_adds(&b, bits[(seed >> 16) % (sizeof bits / sizeof bits[0])]);
		}
		enum status st = query_compile(buf_str(&b), &env, &q, err, sizeof err, &col);
		if (st == ST_OK)
			assert_non_null(q);
		else if (st != ST_USAGE || col < 1 || col > (int)b.len + 1)
			fail_msg("'%s': status %d, column %d: %s", buf_str(&b), st, col, err);
		query_free(q);
		buf_free(&b);
	}
}

static int
setup(void **state)
{
	static const char yaml[] =
	    "views:\n"
	    "  - {name: shortlist, query: \"tag:shortlist\", sort: name}\n"
	    "  - {name: new, query: \"is:new\", sort: imported}\n"
	    "  - {name: seniors, query: \"years:>10\", sort: years}\n"
	    "  - {name: broken, query: \"years:>x\"}\n"
	    "  - {name: loop, query: \"rust @loop2\"}\n"
	    "  - {name: loop2, query: \"@loop\"}\n";
	char err[ERRLEN];

	(void)state;
	config_defaults(&cfg);
	if (config_parse(&cfg, yaml, sizeof yaml - 1, "test.yaml", err, sizeof err) != ST_OK) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	config_free(&cfg);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_operators),
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_years),
		cmocka_unit_test(test_views),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_random_queries),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
