/*
 * certline against the lines profile pages set under a certificate or an
 * award: when it was issued, by whom, and the lines with nothing to keep.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "certline.h"

static const struct {
	const char *line;
	int y, m;
	const char *by;	/* NULL: none */
} issued[] = {
	{ "Issued Jun 2022", 2022, 6, NULL },
	{ "Issued Jun 2022 \xc2\xb7 Expires Jun 2025", 2022, 6, NULL },
	{ "Issued by IEEE \xc2\xb7 Sep 2019", 2019, 9, "IEEE" },
	{ "Emitido em jun de 2022", 2022, 6, NULL },
	{ "Expedici\xc3\xb3n: mar. 2021", 2021, 3, NULL },
	{ "Ausgestellt: Mai 2020", 2020, 5, NULL },
	{ "D\xc3\xa9livr\xc3\xa9" "e en janv. 2023", 2023, 1, NULL },
	{ "Issued", 0, 0, NULL },
};

static const char *const not_issued[] = {
	"AWS Certified Solutions Architect", "Amazon Web Services (AWS)",
	"Issue tracking with Jira", NULL,
};

static const char *const noise[] = {
	"Credential ID 8XK2-PL", "Show credential", "Exibir credencial",
	"Expires Jun 2025", "No Expiration Date", "Associated with Acme Ltd", NULL,
};

static void
test_issued(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof issued / sizeof issued[0]; i++) {
		struct ym when;
		char *by = NULL;
		if (!certline_issued(issued[i].line, &when, &by))
			fail_msg("'%s' says when it was issued", issued[i].line);
		if (when.y != issued[i].y || when.m != issued[i].m)
			fail_msg("'%s': %d-%d, expected %d-%d", issued[i].line, when.y, when.m,
			    issued[i].y, issued[i].m);
		if ((issued[i].by == NULL) != (by == NULL) ||
		    (by != NULL && strcmp(by, issued[i].by) != 0))
			fail_msg("'%s': by '%s'", issued[i].line, by ? by : "(none)");
		free(by);
	}
	for (int i = 0; not_issued[i] != NULL; i++) {
		struct ym when;
		char *by = NULL;
		if (certline_issued(not_issued[i], &when, &by))
			fail_msg("'%s' is no issue date", not_issued[i]);
		free(by);
	}
}

static void
test_noise(void **state)
{
	(void)state;
	for (int i = 0; noise[i] != NULL; i++)
		if (!certline_noise(noise[i]))
			fail_msg("'%s' holds nothing to keep", noise[i]);
	for (int i = 0; not_issued[i] != NULL; i++)
		if (certline_noise(not_issued[i]))
			fail_msg("'%s' is kept", not_issued[i]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_issued),
		cmocka_unit_test(test_noise),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
