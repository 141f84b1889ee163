/* Unit tests of scorememo, and of the role scores it keeps: a score asked
 * for again is the one first computed, whatever was asked in between. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "parse.h"
#include "scorememo.h"

static struct scorememo memo;

static void
test_get_put(void **state)
{
	unsigned h = 0, h2 = 0;
	int score = -1;

	(void)state;
	assert_false(scorememo_get(&memo, "Staff Engineer", 14, &h, &score));
	scorememo_put(&memo, "Staff Engineer", 14, h, 3);
	assert_true(scorememo_get(&memo, "Staff Engineer", 14, &h2, &score));
	assert_int_equal(h, h2);
	assert_int_equal(score, 3);
	/* the bytes count, not only the hash and the length */
	assert_false(scorememo_get(&memo, "Staff EngineeR", 14, &h, &score));
	assert_false(scorememo_get(&memo, "Staff Engineer", 13, &h, &score));
	/* empty and long texts are never kept */
	scorememo_put(&memo, "", 0, 0, 1);
	assert_false(scorememo_get(&memo, "", 0, &h, &score));
}

static void
test_long(void **state)
{
	char text[SCOREMEMO_TEXT + 2];
	unsigned h = 0;
	int score = 0;

	(void)state;
	memset(text, 'a', sizeof text - 1);
	text[sizeof text - 1] = '\0';
	assert_false(scorememo_get(&memo, text, sizeof text - 1, &h, &score));
	scorememo_put(&memo, text, sizeof text - 1, h, 5);
	assert_false(scorememo_get(&memo, text, sizeof text - 1, &h, &score));
}

/* Scores asked for in turn, many times over, with texts enough to wrap
 * the memo's slots, stay what they were the first time. */
static void
test_role_scores_repeat(void **state)
{
	static const char *const parts[] = { "Staff Engineer", "Fabrikam Systems GmbH",
		"University of Leeds", "BSc Computer Science", "Softwareentwicklerin",
		"Universitätsklinikum Erlangen", "QA Engineer", "Berlin, Germany" };
	int first[8][4];
	char extra[32];

	(void)state;
	for (int i = 0; i < 8; i++) {
		first[i][0] = role_title_score(parts[i]);
		first[i][1] = role_company_score(parts[i]);
		first[i][2] = role_school_score(parts[i]);
		first[i][3] = role_degree_score(parts[i]);
	}
	assert_true(first[0][0] > 0);
	assert_true(first[1][1] > 0);
	assert_true(first[2][2] > 0);
	for (int round = 0; round < 3; round++) {
		for (int k = 0; k < 200; k++) {
			snprintf(extra, sizeof extra, "Engineer %d", k);
			(void)role_title_score(extra);
			(void)role_company_score(extra);
		}
		for (int i = 0; i < 8; i++) {
			assert_int_equal(role_title_score(parts[i]), first[i][0]);
			assert_int_equal(role_company_score(parts[i]), first[i][1]);
			assert_int_equal(role_school_score(parts[i]), first[i][2]);
			assert_int_equal(role_degree_score(parts[i]), first[i][3]);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_get_put),
		cmocka_unit_test(test_long),
		cmocka_unit_test(test_role_scores_repeat),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
