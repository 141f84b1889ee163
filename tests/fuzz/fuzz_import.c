/*
 * fuzz_import: any bytes through import_data, the importer's one entry
 * (résumé text, JSON Resume, dossier YAML: it sniffs which).
 *
 * Whatever comes in, import either fails with a message naming the input or
 * gives profiles that, once sanitized, hold nothing a terminal acts on, lay
 * out as a card, and survive export to JSON Resume and back unchanged.
 */
#include <stdlib.h>

#include "buf.h"
#include "card.h"
#include "fuzz.h"
#include "import.h"
#include "lexicon.h"
#include "profile.h"
#include "resume.h"

static void
check_profile(struct profile *p)
{
	struct buf text = BUF_INIT, a = BUF_INIT, b = BUF_INIT;
	struct profile **back = NULL;
	struct card card;
	size_t n = 0;
	char err[ERRLEN];

	profile_sanitize(p);
	profile_text(p, &text);
	FUZZ_CHECK(fuzz_safe(buf_str(&text), 1), "a sanitized profile holds a control");
	card_build(&card, p, NULL);
	for (size_t i = 0; i < card.n; i++)
		FUZZ_CHECK(fuzz_safe(card.v[i].text, 0), "a card line holds a control");
	card_free(&card);
	resume_json(p, &a, 0);
	FUZZ_CHECK(resume_parse(a.s, a.len, "export", &back, &n, err, sizeof err) == ST_OK,
	    "an exported profile does not read back");
	FUZZ_CHECK(n == 1, "an exported profile reads back as several");
	resume_json(back[0], &b, 0);
	FUZZ_CHECK(strcmp(buf_str(&a), buf_str(&b)) == 0, "export, import, export differs");
	profile_free(back[0]);
	free(back);
	buf_free(&text);
	buf_free(&a);
	buf_free(&b);
}

/* Built once, as dossier import builds it once a run, and freed at exit so
 * that valgrind's replay finds nothing left. */
static struct lexicon lx;
static int built;

static void
lexicon_drop(void)
{
	lexicon_free(&lx);
}

static const struct lexicon *
lexicon(void)
{
	char err[ERRLEN];

	if (!built && lexicon_init(&lx, NULL, err, sizeof err) == ST_OK) {
		built = 1;
		atexit(lexicon_drop);
	}
	return built ? &lx : NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct import_opts o = { NULL, { 2024, 6 }, lexicon() };
	struct import_result *res = NULL;
	size_t n = 0;
	char err[ERRLEN], *copy = fuzz_copy(data, size);
	enum status st;

	err[0] = '\0';
	st = import_data(copy, size, "input.txt", &o, &res, &n, err, sizeof err);
	if (st != ST_OK) {
		FUZZ_CHECK(res == NULL && n == 0, "a failed import returns results");
		FUZZ_CHECK(strncmp(err, "input.txt", 9) == 0, "an error does not name the input");
	} else {
		FUZZ_CHECK(n > 0, "a successful import returns nothing");
		for (size_t i = 0; i < n; i++) {
			FUZZ_CHECK(res[i].profile != NULL, "a result without a profile");
			check_profile(res[i].profile);
		}
	}
	import_results_free(res, n);
	free(copy);
	return 0;
}
