#include <stdlib.h>
#include <string.h>

#include "educourse.h"
#include "fold.h"
#include "wordlist.h"
#include "xalloc.h"

int
educourse_is(const char *s)
{
	static const char *const words[] = { "corso", "course", "curso", "cours", "kurs",
		"kursus", "cursus", "formazione", "abilitazione", "training", "workshop",
		"seminar", "seminario", "webinar", "szkolenie", "skoleni", NULL };
	size_t n = strcspn(s, " ");
	char key[24];

	if (n == 0 || n >= sizeof key || role_school_score(s) > 0)
		return 0;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(words, key);
}

void
educourse_add(struct ctx *c, const char *s, struct ym when)
{
	static const char *const dashes[] = { " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL };
	struct certificate *ce = parse_append(c, SEC_CERTIFICATES);
	const char *at = NULL;
	size_t k = 0;

	if (ce == NULL)
		return;
	/* the last dash before a capital parts the name from the body that
	 * gave it; one before a small letter goes on with the name ("... –
	 * rischio medio (12 ore)") */
	for (int i = 0; dashes[i] != NULL; i++)
		for (const char *p = strstr(s, dashes[i]); p != NULL; p = strstr(p + 1, dashes[i]))
			if (fold_upper_at(p + strlen(dashes[i]))) {
				at = p;
				k = strlen(dashes[i]);
			}
	if (at != NULL) {
		char *name = parse_trim(s, (size_t)(at - s));
		profile_set(&ce->name, name);
		profile_set(&ce->issuer, at + k);
		free(name);
	} else
		profile_set(&ce->name, s);
	parse_date_set(&ce->date, when);
}
