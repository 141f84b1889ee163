/* Unit tests of wordlist: the three lookups in a NULL-terminated list. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "wordlist.h"

static const char *const words[] = { "heute", "present", "pres", "to date", NULL };
static const char *const empty[] = { NULL };

static void
test_has(void **state)
{
	(void)state;
	assert_true(wordlist_has(words, "present"));
	assert_true(wordlist_has(words, "to date"));
	assert_false(wordlist_has(words, "presents"));
	assert_false(wordlist_has(words, "prese"));
	assert_false(wordlist_has(words, ""));
	assert_false(wordlist_has(empty, "present"));
}

static void
test_has_n(void **state)
{
	(void)state;
	/* the n bytes are the word, whatever follows them */
	assert_true(wordlist_has_n(words, "heute und morgen", 5));
	assert_true(wordlist_has_n(words, "present", 4));
	assert_false(wordlist_has_n(words, "present", 3));
	assert_false(wordlist_has_n(words, "heuter", 6));
	assert_false(wordlist_has_n(empty, "heute", 5));
}

static void
test_prefix(void **state)
{
	(void)state;
	/* the first entry listed wins: "present" before "pres" */
	assert_int_equal(wordlist_prefix(words, "present day"), 7);
	assert_int_equal(wordlist_prefix(words, "preset"), 4);
	assert_int_equal(wordlist_prefix(words, "to date."), 7);
	assert_int_equal(wordlist_prefix(words, "today"), 0);
	assert_int_equal(wordlist_prefix(words, ""), 0);
	assert_int_equal(wordlist_prefix(empty, "heute"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_has),
		cmocka_unit_test(test_has_n),
		cmocka_unit_test(test_prefix),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
