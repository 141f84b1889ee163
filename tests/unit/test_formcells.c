/*
 * formcells: a form's lines cut into cells at wide gaps, each with its
 * column; and the P.11 form's text read by them (p11form.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "formcells.h"
#include "lexicon.h"
#include "p11form.h"

static void
cell_is(const struct fcell *c, const char *text, int col)
{
	if (c->n != strlen(text) || strncmp(c->s, text, c->n) != 0 || c->col != col)
		fail_msg("cell '%.*s' at %d, expected '%s' at %d", (int)c->n, c->s, c->col,
		    text, col);
}

static void
test_cells(void **state)
{
	struct frows R;

	(void)state;
	/* a tab to the next stop of eight; "é" one column; one space no gap */
	formcells_read("  Name of Employer   Caf\xc3\xa9 Rio  x\n\n\tTo date\fnext", &R);
	assert_int_equal(R.n, 4);
	assert_int_equal(R.v[0].n, 3);
	cell_is(&R.v[0].c[0], "Name of Employer", 2);
	cell_is(&R.v[0].c[1], "Caf\xc3\xa9 Rio", 21);
	cell_is(&R.v[0].c[2], "x", 31);
	assert_int_equal(R.v[1].n, 0);
	cell_is(&R.v[2].c[0], "To date", 8);
	cell_is(&R.v[3].c[0], "next", 0);
	assert_int_equal(formcells_cell(&R.v[0], 1, "RIO"), 1);
	assert_int_equal(formcells_cell(&R.v[0], 2, "rio"), -1);
	formcells_free(&R);
}

/* Only a text with the form's title and its employer's box is read as
 * one; an ordinary résumé is left alone. */
static void
test_p11_signs(void **state)
{
	struct lexicon lx;
	char err[128];
	char *t;

	(void)state;
	assert_int_equal(lexicon_init(&lx, NULL, err, sizeof err), ST_OK);
	assert_null(p11form_text(&lx, "Jane Doe\nName of Employer: Acme\n"));
	assert_null(p11form_text(&lx, "PERSONAL HISTORY\nJane Doe\n"));
	t = p11form_text(&lx, "PERSONAL HISTORY FORM\n\n"
	    "  1. Family name      First name      Middle name\n"
	    "     OKELLO           Grace           Auma\n\n"
	    "  From Mo./Year 01/2020   To Mo./Year 12/2022      Exact title of your post\n"
	    "                                                   Field Officer\n"
	    "  Name of Employer   Plan International       Type of business   NGO\n");
	assert_non_null(t);
	assert_non_null(strstr(t, "Grace Auma Okello\n"));
	assert_non_null(strstr(t, "Position: Field Officer\nEmployer: Plan International\n"));
	assert_non_null(strstr(t, "Period: 01/2020 - 12/2022\n"));
	free(t);
	lexicon_free(&lx);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cells),
		cmocka_unit_test(test_p11_signs),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
