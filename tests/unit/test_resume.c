/*
 * JSON Resume out and back in: every field survives JSON and YAML; the
 * document loader refuses what would make it blow up.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "doc.h"
#include "json.h"
#include "resume.h"
#include "test_util.h"

static struct profile *
roundtrip(const struct profile *p, int yaml)
{
	struct buf b = BUF_INIT;
	struct profile **v;
	size_t n;
	char err[ERRLEN];
	struct profile *out;

	if (yaml)
		resume_yaml(p, &b);
	else
		resume_json(p, &b, 1);
	assert_int_equal(resume_parse(b.s, b.len, "t", &v, &n, err, sizeof err), ST_OK);
	assert_int_equal(n, 1);
	out = v[0];
	free(v);
	buf_free(&b);
	return out;
}

static void
assert_same(const struct profile *a, const struct profile *b)
{
	struct buf x = BUF_INIT, y = BUF_INIT;

	resume_json(a, &x, 1);
	resume_json(b, &y, 1);
	assert_string_equal(x.s, y.s);
	buf_free(&x);
	buf_free(&y);
}

static void
test_json_roundtrip(void **state)
{
	struct profile *p = test_full_profile(), *q = roundtrip(p, 0);

	(void)state;
	assert_string_equal(q->basics.name, "Maria Grünewald");
	assert_int_equal(q->npatents, 2);
	assert_null(q->work[1].end);
	assert_int_equal(q->stated_months, 166);
	assert_same(p, q);
	profile_free(p);
	profile_free(q);
}

static void
test_yaml_roundtrip(void **state)
{
	struct profile *p = test_full_profile(), *q = roundtrip(p, 1);

	(void)state;
	assert_same(p, q);
	profile_free(p);
	profile_free(q);
}

static void
test_compact_json_parses(void **state)
{
	struct profile *p = test_full_profile();
	struct buf b = BUF_INIT;
	struct profile **v;
	size_t n;
	char err[ERRLEN];

	(void)state;
	resume_json(p, &b, 0);
	assert_null(strchr(b.s, '\n'));
	assert_int_equal(resume_parse(b.s, b.len, "t", &v, &n, err, sizeof err), ST_OK);
	assert_same(p, v[0]);
	profile_free(v[0]);
	free(v);
	profile_free(p);
	buf_free(&b);
}

static void
test_dates_normalised(void **state)
{
	const char *doc = "{\"basics\":{\"name\":\"X\"},\"work\":[{\"name\":\"A\","
	    "\"startDate\":\"2019-06-15\",\"endDate\":\"present\"}]}";
	struct profile **v;
	size_t n;
	char err[ERRLEN];

	(void)state;
	assert_int_equal(resume_parse(doc, strlen(doc), "t", &v, &n, err, sizeof err), ST_OK);
	assert_string_equal(v[0]->work[0].start, "2019-06");
	assert_null(v[0]->work[0].end);
	profile_free(v[0]);
	free(v);
}

static void
test_list_of_documents(void **state)
{
	const char *doc = "[{\"basics\":{\"name\":\"A\"}},{\"basics\":{\"name\":\"B\"}}]";
	struct profile **v;
	size_t n;
	char err[ERRLEN];

	(void)state;
	assert_int_equal(resume_parse(doc, strlen(doc), "t", &v, &n, err, sizeof err), ST_OK);
	assert_int_equal(n, 2);
	assert_string_equal(v[1]->basics.name, "B");
	profile_free(v[0]);
	profile_free(v[1]);
	free(v);
}

static void
test_json_escapes(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	json_quote(&b, "a\"b\\c\n\x01\xff\xc3\xa9");
	assert_string_equal(b.s, "\"a\\\"b\\\\c\\n\\u0001\xef\xbf\xbd\xc3\xa9\"");
	buf_free(&b);
}

static void
test_alias_bomb_refused(void **state)
{
	struct buf b = BUF_INIT;
	struct doc d;
	char err[ERRLEN];

	(void)state;
	buf_adds(&b, "a: &a [x, x, x, x, x, x, x, x, x, x]\n");
	for (char c = 'b'; c <= 'j'; c++)
		buf_addf(&b, "%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n",
		    c, c, c - 1, c - 1, c - 1, c - 1, c - 1, c - 1, c - 1, c - 1, c - 1, c - 1);
	assert_int_equal(doc_load(&d, b.s, b.len, "bomb", err, sizeof err), ST_DATA);
	assert_non_null(strstr(err, "aliases expand too far"));
	buf_free(&b);
}

static void
test_deep_nesting_refused(void **state)
{
	struct buf b = BUF_INIT;
	struct doc d;
	char err[ERRLEN];

	(void)state;
	for (int i = 0; i < 1000; i++)
		buf_addc(&b, '[');
	assert_int_equal(doc_load(&d, b.s, b.len, "deep", err, sizeof err), ST_DATA);
	assert_non_null(strstr(err, "deep:1:"));
	buf_free(&b);
}

static void
test_recursive_alias_refused(void **state)
{
	const char *doc = "a: &a [1, *a]\n";
	struct doc d;
	char err[ERRLEN];

	(void)state;
	assert_int_equal(doc_load(&d, doc, strlen(doc), "rec", err, sizeof err), ST_DATA);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json_roundtrip),
		cmocka_unit_test(test_yaml_roundtrip),
		cmocka_unit_test(test_compact_json_parses),
		cmocka_unit_test(test_dates_normalised),
		cmocka_unit_test(test_list_of_documents),
		cmocka_unit_test(test_json_escapes),
		cmocka_unit_test(test_alias_bomb_refused),
		cmocka_unit_test(test_deep_nesting_refused),
		cmocka_unit_test(test_recursive_alias_refused),
	};

	return cmocka_run_group_tests_name("resume", tests, NULL, NULL);
}
