/*
 * The configuration: built-in defaults, the shipped file (which must say the
 * same as the defaults), a valid file, and every error with its place.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "color.h"
#include "config.h"

static void
test_defaults(void **state)
{
	struct config c;

	(void)state;
	config_defaults(&c);
	assert_null(c.file);
	assert_null(c.database);
	assert_string_equal(c.shared, "none");
	assert_string_equal(c.list_sort, "name");
	assert_int_equal(c.max_file_size, 10 * 1024 * 1024);
	assert_int_equal(c.max_lines, 100000);
	assert_true(c.mouse);
	assert_int_equal(c.ntags, 4);
	assert_string_equal(config_tag(&c, "shortlist")->key, "s");
	assert_string_equal(config_tag(&c, "maybe")->key, "m");
	assert_string_equal(config_tag(&c, "reject")->key, "x");
	assert_string_equal(config_tag(&c, "interview")->key, "i");
	assert_non_null(config_view(&c, "new"));
	config_free(&c);
}

/* The shipped file parses cleanly and changes nothing but documents. */
static void
test_shipped_file_is_the_defaults(void **state)
{
	struct config a, b;
	char err[ERRLEN];

	(void)state;
	config_defaults(&a);
	config_defaults(&b);
	assert_int_equal(config_parse(&b, config_default_text, strlen(config_default_text),
	    "dossier.yaml", err, sizeof err), ST_OK);
	assert_int_equal(b.warnings.n, 0);
	assert_string_equal(a.shared, b.shared);
	assert_string_equal(a.list_sort, b.list_sort);
	assert_int_equal(a.list_dense, b.list_dense);
	assert_int_equal(a.max_file_size, b.max_file_size);
	assert_int_equal(a.max_lines, b.max_lines);
	assert_int_equal(a.mouse, b.mouse);
	assert_int_equal(a.ascii, b.ascii);
	assert_int_equal(a.ntags, b.ntags);
	for (size_t i = 0; i < a.ntags; i++) {
		assert_string_equal(a.tags[i].name, b.tags[i].name);
		assert_string_equal(a.tags[i].key, b.tags[i].key);
		assert_string_equal(a.tags[i].color, b.tags[i].color);
	}
	assert_int_equal(a.nviews, b.nviews);
	for (size_t i = 0; i < a.nviews; i++) {
		assert_string_equal(a.views[i].name, b.views[i].name);
		assert_string_equal(a.views[i].query, b.views[i].query);
	}
	/* key bindings in the file are the built-in ones */
	for (size_t i = 0; i < b.nkeys; i++)
		assert_non_null(strstr(actions[b.keys[i].action].keys, b.keys[i].key));
	/* colours in the file are the built-in ones */
	for (size_t i = 0; i < b.ncolors; i++)
		assert_string_equal(color_elements[color_element_find(b.colors[i].element)].def,
		    b.colors[i].spec);
	config_free(&a);
	config_free(&b);
}

static void
test_valid_file(void **state)
{
	const char *text =
	    "database: ~/cands.db\n"
	    "shared: group\n"
	    "list: {sort: years, dense: yes}\n"
	    "import:\n"
	    "  max_file_size: 512K\n"
	    "  max_lines: 2000\n"
	    "  headings:\n"
	    "    experience: [Stations, Werdegang]\n"
	    "tags:\n"
	    "  - {name: hot, key: h, color: bold red, description: call today}\n"
	    "keys:\n"
	    "  down: [j, C-n]\n"
	    "  none: q\n"
	    "colors:\n"
	    "  status: white on color24\n"
	    "views:\n"
	    "  - {name: go, query: 'skill:go', sort: name}\n";
	struct config c;
	char err[ERRLEN];

	(void)state;
	config_defaults(&c);
	assert_int_equal(config_parse(&c, text, strlen(text), "v.yaml", err, sizeof err), ST_OK);
	assert_string_equal(c.database, "~/cands.db");
	assert_string_equal(c.shared, "group");
	assert_string_equal(c.list_sort, "years");
	assert_true(c.list_dense);
	assert_int_equal(c.max_file_size, 512 * 1024);
	assert_int_equal(c.max_lines, 2000);
	assert_int_equal(c.nheadings, 2);
	assert_string_equal(c.headings[1].text, "Werdegang");
	assert_int_equal(c.ntags, 1);
	assert_string_equal(c.tags[0].name, "hot");
	assert_int_equal(c.nkeys, 3);
	assert_int_equal(c.keys[1].action, A_DOWN);
	assert_string_equal(c.keys[1].key, "C-n");
	assert_int_equal(c.keys[2].action, A_NONE);
	assert_int_equal(c.ncolors, 1);
	assert_int_equal(c.nviews, 1);
	assert_string_equal(config_view(&c, "go")->query, "skill:go");
	assert_int_equal(c.warnings.n, 0);
	config_free(&c);
}

static const struct {
	const char *text, *error;
} bad[] = {
	{ "shared: everyone\n", "e.yaml:1:9: shared must be one of none|group, not 'everyone'" },
	{ "list:\n  dense: maybe\n", "e.yaml:2:10: list.dense must be true or false" },
	{ "import:\n  max_file_size: huge\n", "e.yaml:2:18: import.max_file_size must be a size" },
	{ "import:\n  max_file_size: 2G\n", "e.yaml:2:18: import.max_file_size must be in 1K..1G" },
	{ "import:\n  max_lines: 5\n", "e.yaml:2:14: import.max_lines must be in 10..10000000" },
	{ "import:\n  max_lines: -3\n", "e.yaml:2:14: import.max_lines must be a number" },
	{ "list: 3\n", "e.yaml:1:7: list must be a mapping" },
	{ "database: [a, b]\n", "e.yaml:1:11: database must be a single value, not a list" },
	{ "tags: {shortlist: s}\n", "e.yaml:1:7: tags must be a list" },
	{ "tags:\n  - key: s\n", "e.yaml:2:5: a tag needs a name" },
	{ "tags:\n  - name: Short List\n", "e.yaml:2:5: a tag needs a name of lower-case" },
	{ "tags:\n  - {name: a}\n  - {name: a}\n", "e.yaml:3:5: tag 'a' is defined twice" },
	{ "tags:\n  - {name: a, key: Ctrl-X}\n", "e.yaml:2:5: tag 'a': 'Ctrl-X' is not a key name" },
	{ "tags:\n  - {name: a, color: plaid}\n", "e.yaml:2:5: tag 'a': 'plaid' is not a colour" },
	{ "keys: [j]\n", "e.yaml:1:7: keys must be a mapping of action to keys" },
	{ "keys:\n  fly: f\n", "e.yaml:2:3: unknown action 'fly'" },
	{ "keys:\n  down: [j, Hyper-J]\n", "e.yaml:2:13: 'Hyper-J' is not a key name" },
	{ "colors:\n  status: black on\n", "e.yaml:2:11: 'on' needs a background colour" },
	{ "colors:\n  status: neon\n", "e.yaml:2:11: 'neon' is not a colour" },
	{ "views:\n  - {name: x}\n", "e.yaml:2:5: each view needs a name and a query" },
	{ "views:\n  - {name: x, query: y, sort: random}\n", "e.yaml:2:31: sort must be one of" },
	{ "import:\n  headings:\n    hobbies: [Fun]\n", "e.yaml:3:5: unknown section 'hobbies'" },
	{ "import:\n  headings:\n    skills: Toolbox\n", "e.yaml:3:13: headings of skills must be a list" },
	{ "list: [\n", "e.yaml:2:1: " },
	{ "a: *nowhere\n", "e.yaml:1:4: unknown alias" },
	{ "\tlist: x\n", "e.yaml:1:1: " },
};

static void
test_errors_name_line_and_column(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct config c;
		char err[ERRLEN] = "";
		enum status st;
		config_defaults(&c);
		st = config_parse(&c, bad[i].text, strlen(bad[i].text), "e.yaml", err, sizeof err);
		if (st != ST_CONFIG || strncmp(err, bad[i].error, strlen(bad[i].error)) != 0)
			fail_msg("case %zu: %s\n  got:  %s\n  want: %s", i, bad[i].text, err,
			    bad[i].error);
		config_free(&c);
	}
}

static void
test_unknown_keys_warn(void **state)
{
	const char *text = "theme: dark\nlist:\n  colour: red\ncolors:\n  sparkle: red\n";
	struct config c;
	char err[ERRLEN];

	(void)state;
	config_defaults(&c);
	assert_int_equal(config_parse(&c, text, strlen(text), "w.yaml", err, sizeof err), ST_OK);
	assert_int_equal(c.warnings.n, 3);
	assert_string_equal(c.warnings.v[0], "w.yaml:1:1: warning: unknown setting 'theme' (ignored)");
	assert_string_equal(c.warnings.v[1],
	    "w.yaml:3:3: warning: unknown setting 'list.colour' (ignored)");
	assert_string_equal(c.warnings.v[2],
	    "w.yaml:5:3: warning: unknown colour element 'sparkle' (ignored)");
	config_free(&c);
}

static void
test_empty_file_is_defaults(void **state)
{
	struct config c;
	char err[ERRLEN];

	(void)state;
	config_defaults(&c);
	assert_int_equal(config_parse(&c, "", 0, "empty.yaml", err, sizeof err), ST_OK);
	assert_int_equal(config_parse(&c, "# only a comment\n", 17, "c.yaml", err, sizeof err),
	    ST_OK);
	assert_int_equal(c.ntags, 4);
	config_free(&c);
}

static void
test_missing_file(void **state)
{
	struct config c;
	char err[ERRLEN];

	(void)state;
	config_defaults(&c);
	assert_int_equal(config_load(&c, "/nonexistent/d.yaml", 0, err, sizeof err), ST_OK);
	assert_null(c.file);
	assert_int_equal(config_load(&c, "/nonexistent/d.yaml", 1, err, sizeof err), ST_CONFIG);
	assert_non_null(strstr(err, "/nonexistent/d.yaml: No such file"));
	config_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_shipped_file_is_the_defaults),
		cmocka_unit_test(test_valid_file),
		cmocka_unit_test(test_errors_name_line_and_column),
		cmocka_unit_test(test_unknown_keys_warn),
		cmocka_unit_test(test_empty_file_is_defaults),
		cmocka_unit_test(test_missing_file),
	};

	return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
