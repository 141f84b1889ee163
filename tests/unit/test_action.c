/*
 * The one table of actions and how a configuration rebinds it: defaults,
 * then the tags' keys, then keys:, the last word winning; none frees a key.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "action.h"
#include "config.h"

static void
parse(struct config *c, const char *yaml)
{
	char err[ERRLEN];

	config_defaults(c);
	assert_int_equal(config_parse(c, yaml, strlen(yaml), "t.yaml", err, sizeof err),
	    ST_OK);
}

static void
keys_of(const struct config *c, enum action a, int t, char *out, size_t size)
{
	struct buf b = BUF_INIT;

	action_keys(c, a, t, &b);
	snprintf(out, size, "%s", buf_str(&b));
	buf_free(&b);
}

static void
test_defaults(void **state)
{
	struct config c;
	struct binding b;
	char k[64];

	(void)state;
	config_defaults(&c);
	b = action_binding(&c, "j");
	assert_int_equal(b.action, A_DOWN);
	assert_int_equal(b.tag, -1);
	b = action_binding(&c, "s");
	assert_int_equal(b.action, A_NONE);
	assert_string_equal(c.tags[b.tag].name, "shortlist");
	assert_int_equal(action_binding(&c, "X").action, A_NONE);
	assert_int_equal(action_binding(&c, "X").tag, -1);
	keys_of(&c, A_PAGE_DOWN, -1, k, sizeof k);
	assert_string_equal(k, "PgDn Space C-f C-d");
	keys_of(&c, A_NONE, 1, k, sizeof k);
	assert_string_equal(k, "m");
	config_free(&c);
}

static void
test_rebinding(void **state)
{
	struct config c;
	char k[64];

	(void)state;
	parse(&c, "keys:\n  down: [C-n, s]\n  none: j\n  zoom-fit: Z\n");
	assert_int_equal(action_binding(&c, "C-n").action, A_DOWN);
	/* keys: wins over a tag's key */
	assert_int_equal(action_binding(&c, "s").action, A_DOWN);
	assert_int_equal(action_binding(&c, "s").tag, -1);
	assert_int_equal(action_binding(&c, "j").action, A_NONE);
	assert_int_equal(action_binding(&c, "j").tag, -1);
	keys_of(&c, A_DOWN, -1, k, sizeof k);
	assert_string_equal(k, "Down C-n s");
	keys_of(&c, A_NONE, 0, k, sizeof k);
	assert_string_equal(k, "");
	keys_of(&c, A_ZOOM_FIT, -1, k, sizeof k);
	assert_string_equal(k, "0 Z");
	config_free(&c);
}

static void
test_tag_over_default(void **state)
{
	struct config c;

	(void)state;
	parse(&c, "tags:\n  - {name: phone, key: p}\n");
	/* p was prev; a tag's key takes it */
	assert_int_equal(action_binding(&c, "p").action, A_NONE);
	assert_int_equal(action_binding(&c, "p").tag, 0);
	config_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_rebinding),
		cmocka_unit_test(test_tag_over_default),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
