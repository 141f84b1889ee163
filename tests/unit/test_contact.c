/*
 * contact_phone against a table of the shapes phone numbers take on
 * résumés, and of the numbers beside them (dates, years, postcodes) that
 * are no phone.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "contact.h"
#include "profile.h"

static const struct {
	const char *line, *phone;	/* phone NULL: none */
} cases[] = {
	{ "Mobile: +1 (555) 010-2345", "+1 (555) 010-2345" },
	{ "07700 900123", "07700 900123" },
	{ "Tel. +49 30 1234567", "+49 30 1234567" },
	{ "+91-98765-43210 | a@example.in", "+91-98765-43210" },
	{ "0412 345 678", "0412 345 678" },
	{ "+33 6 12 34 56 78", "+33 6 12 34 56 78" },
	{ "Telefon: 0711 / 456 789 0", "0711 / 456 789 0" },
	{ "Tel.: 030/1234567", "030/1234567" },
	{ "Handy 0171/2345678 · E-Mail x@example.de", "0171/2345678" },
	{ "06/2019 - 03/2021", NULL },
	{ "2016/2019", NULL },
	{ "2015 - 2019", NULL },
	{ "Date of Birth : 12-08-1995", NULL },
	{ "Geburtsdatum: 14.03.1990", NULL },
	{ "DOB 1995-08-12", NULL },
	{ "9123 4567", "9123 4567" },
	{ "\xe3\x80\x92" "465-0025 Nagoya", NULL },
};

static void
test_phones(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct profile *p = profile_new();
		contact_phone(p, cases[i].line);
		if (cases[i].phone == NULL && p->basics.phone != NULL)
			fail_msg("'%s': phone '%s', expected none", cases[i].line, p->basics.phone);
		if (cases[i].phone != NULL && (p->basics.phone == NULL ||
		    strcmp(p->basics.phone, cases[i].phone) != 0))
			fail_msg("'%s': phone '%s', expected '%s'", cases[i].line,
			    p->basics.phone ? p->basics.phone : "(none)", cases[i].phone);
		profile_free(p);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_phones),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
