/*
 * lexicon: what the importer knows about words, built once per run.
 *
 * Section heading wordings (heading.h), skill names (data/skills.txt, built
 * into the binary, plus the file import.vocabulary names) and places
 * (data/places.txt: countries with their codes, regions, cities).  The
 * importer holds no global state: callers build a lexicon from the config
 * and hand it over in import_opts.
 */
#ifndef DOSSIER_LEXICON_H
#define DOSSIER_LEXICON_H

#include <stddef.h>

#include "config.h"
#include "heading.h"
#include "status.h"
#include "wordmap.h"

enum place_kind { PLACE_COUNTRY = 1, PLACE_REGION = 2, PLACE_CITY = 3 };

struct lexicon {
	struct headings headings;
	struct wordmap skills;
	struct wordmap places;
};

enum status lexicon_init(struct lexicon *, const struct config *, char *err, size_t errlen);
void lexicon_free(struct lexicon *);
/* Whether s names a place of that kind; its country code into cc (3 bytes)
 * when so. */
int lexicon_place(const struct lexicon *, const char *s, size_t len, enum place_kind,
    char cc[3]);
/* The length of the word for a town before its name ("г. Бишкек"), 0 if
 * none. */
size_t lexicon_town_word(const char *s, size_t len);
/* Whether s names a place of that kind in the country cc. */
int lexicon_place_in(const struct lexicon *, const char *s, size_t len, enum place_kind,
    const char cc[3]);
int lexicon_skill(const struct lexicon *, const char *s, size_t len);

extern const char lexicon_skills_text[];
extern const char lexicon_places_text[];

#endif
