/* Unit tests of wordlist: the lookups in a NULL-terminated list and in a
 * sorted table, and the importer's sorted tables being sorted. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "coltable.h"
#include "form_labels.h"
#include "formhead.h"
#include "nameparts.h"
#include "names.h"
#include "parse.h"
#include "jobfacts.h"
#include "webchrome.h"
#include "webrows.h"
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

static const char *const sorted_v[] = { "heute", "pres", "present", "to date" };
static const struct wordtab sorted = WORDTAB(sorted_v);
static const struct wordtab none = { NULL, 0 };

static void
test_tab_has(void **state)
{
	(void)state;
	assert_true(wordtab_has(&sorted, "heute"));
	assert_true(wordtab_has(&sorted, "pres"));
	assert_true(wordtab_has(&sorted, "present"));
	assert_true(wordtab_has(&sorted, "to date"));
	assert_false(wordtab_has(&sorted, "prese"));
	assert_false(wordtab_has(&sorted, "presents"));
	assert_false(wordtab_has(&sorted, "a"));
	assert_false(wordtab_has(&sorted, "zz"));
	assert_false(wordtab_has(&sorted, ""));
	assert_false(wordtab_has(&none, "heute"));
	/* the n bytes are the word, whatever follows them */
	assert_true(wordtab_has_n(&sorted, "present day", 7));
	assert_true(wordtab_has_n(&sorted, "present", 4));
	assert_false(wordtab_has_n(&sorted, "present", 3));
	assert_false(wordtab_has_n(&sorted, "present", 0));
}

static void
test_tab_sorted(void **state)
{
	static const char *const unsorted_v[] = { "pres", "heute" };
	static const char *const twice_v[] = { "heute", "heute" };
	const struct wordtab unsorted = WORDTAB(unsorted_v), twice = WORDTAB(twice_v);

	(void)state;
	assert_true(wordtab_sorted(&sorted));
	assert_false(wordtab_sorted(&unsorted));
	assert_false(wordtab_sorted(&twice));
	/* the importer's tables, looked up by halves */
	assert_true(formhead_tables_sorted());
	assert_true(nameparts_sorted());
	assert_true(names_menu_tables_sorted());
	assert_true(names_tables_sorted());
	assert_true(parse_tongues_sorted());
	assert_true(webchrome_tables_sorted());
	assert_true(jobfacts_tables_sorted());
	assert_true(coltable_tables_sorted());
	assert_true(webrows_tables_sorted());
}

/* The form labels, found by halves in a table kept in groups. */
static void
test_form_labels(void **state)
{
	(void)state;
	assert_true(form_labels_unique());
	assert_int_equal(form_label_find("name"), F_NAME);
	assert_int_equal(form_label_find("job title"), F_TITLE);
	assert_int_equal(form_label_find("voto"), F_SKIP);
	assert_int_equal(form_label_find("company name"), F_EMPLOYER);
	assert_int_equal(form_label_find("name of"), F_NONE);
	assert_int_equal(form_label_find(""), F_NONE);
	assert_int_equal(form_label_find("zzz"), F_NONE);
}

static void
test_wordlen(void **state)
{
	static const struct wordlen ends[] = { WORDLEN("leiter"), WORDLEN("chef") };
	static const struct wordlen seps[] = { WORDLEN(" | "), WORDLEN("|"),
		WORDLEN(" - "), WORDLEN(" -- ") };

	(void)state;
	assert_true(wordlen_ends(ends, 2, "projektleiter", 13, 4));
	assert_true(wordlen_ends(ends, 2, "projektchef", 11, 4));
	/* fewer than `more` bytes before the end */
	assert_false(wordlen_ends(ends, 2, "abcleiter", 9, 4));
	assert_true(wordlen_ends(ends, 2, "abcdleiter", 10, 4));
	assert_false(wordlen_ends(ends, 2, "leiter", 6, 1));
	assert_false(wordlen_ends(ends, 2, "projektleiterin", 15, 0));
	/* the first listed wins, as with wordlist_prefix */
	assert_int_equal(wordlen_prefix(seps, 4, " | b"), 3);
	assert_int_equal(wordlen_prefix(seps, 4, "| b"), 1);
	assert_int_equal(wordlen_prefix(seps, 4, " -- b"), 4);
	assert_int_equal(wordlen_prefix(seps, 4, " - b"), 3);
	assert_int_equal(wordlen_prefix(seps, 4, " -"), 0);
	assert_int_equal(wordlen_prefix(seps, 4, ""), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_has),
		cmocka_unit_test(test_form_labels),
		cmocka_unit_test(test_has_n),
		cmocka_unit_test(test_prefix),
		cmocka_unit_test(test_tab_has),
		cmocka_unit_test(test_tab_sorted),
		cmocka_unit_test(test_wordlen),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
