/*
 * What the importer's unit tests share: the lexicon, loaded once for a
 * test by cmocka's setup and freed by its teardown, and import(), the whole
 * importer run on a text as of June 2025.  Include after cmocka.h.
 */
#ifndef DOSSIER_TEST_IMPORTER_H
#define DOSSIER_TEST_IMPORTER_H

#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "lexicon.h"
#include "status.h"

static struct lexicon lx;

static inline int
setup(void **state)
{
	char err[ERRLEN];

	(void)state;
	return lexicon_init(&lx, NULL, err, sizeof err) == ST_OK ? 0 : -1;
}

static inline int
teardown(void **state)
{
	(void)state;
	lexicon_free(&lx);
	return 0;
}

/* The profile the importer makes of text; the caller frees it. */
static inline struct profile *
import(const char *text)
{
	struct import_opts o = { NULL, { 2025, 6 }, &lx };
	struct import_result r = { NULL, NULL };
	char err[ERRLEN];

	assert_int_equal(import_text(text, strlen(text), &o, &r, err, sizeof err), ST_OK);
	free(r.text);
	return r.profile;
}

#endif
