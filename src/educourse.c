#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "educourse.h"
#include "fold.h"
#include "lineword.h"
#include "wordlist.h"
#include "xalloc.h"

int
educourse_is(const char *s)
{
	static const char *const words[] = { "corso", "course", "curso", "cours", "kurs",
		"kursus", "cursus", "formazione", "abilitazione", "training", "workshop",
		"seminar", "seminario", "webinar", "szkolenie", "skoleni", "formation", "atelier",
		"seminaire", NULL };
	/* the status a teacher is granted, dated, among the degrees */
	static const char *const statuses[] = { "qualified teacher status",
		"qualified teacher learning and skills", NULL };
	size_t n = strcspn(s, " ");
	char key[80];

	if (n == 0 || n >= 24 || role_school_score(s) > 0)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	if (wordlist_holds(statuses, key))
		return 1;
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

/* Whether s names a certificate by its words ("Certified SolidWorks
 * Professional", "Lean Six Sigma Green Belt"), or is a course. */
int
educourse_worded(const char *s)
{
	static const char *const words[] = { "certified", "certification", "certificazione",
		"zertifikat", "zertifizierung", "certificat", "certificado", "certificacion",
		"belt", "accreditation", "accredited", "licence", "license", "licensed", NULL };
	char key[160];

	if (educourse_is(s))
		return 1;
	fold_key(s, strlen(s), key, sizeof key);
	return wordlist_holds(words, key);
}

/* The body that gave a certificate: "Comau Academy, Grugliasco (Italia)"
 * without its town. */
static void
issuer_set(const struct ctx *c, struct certificate *ce, const char *by)
{
	char *issuer = xstrdup(by), *comma;

	if ((comma = strstr(issuer, ", ")) != NULL && role_place(c, comma + 2, NULL))
		*comma = '\0';
	else if (comma != NULL && strchr(comma, '(') != NULL && isupper((unsigned char)comma[2]))
		*comma = '\0';
	profile_set(&ce->issuer, issuer);
	free(issuer);
}

int
educourse_certificate(struct ctx *c, const struct entry *en)
{
	struct certificate *ce;
	char *name;
	size_t k = 1;

	if (!en->dated || !en->when.single || en->head.n < 2 || en->head.n > 3 ||
	    en->bullets.n > 0)
		return 0;
	name = xstrdup(en->head.v[0]);
	while (k < en->head.n && lineword_open_bracket(name)) {
		char *j = xprintf("%s %s", name, en->head.v[k++]);
		free(name);
		name = j;
	}
	if (k + 1 != en->head.n || role_degree_score(name) > 0 || role_school_score(name) > 0 ||
	    !educourse_worded(name) || role_degree_score(en->head.v[k]) > 0 ||
	    (ce = parse_append(c, SEC_CERTIFICATES)) == NULL) {
		free(name);
		return 0;
	}
	profile_set(&ce->name, name);
	issuer_set(c, ce, en->head.v[k]);
	parse_date_set(&ce->date, en->when.start);
	free(name);
	return 1;
}

void
educourse_give(struct ctx *c, const char *name, const char *by, struct ym when)
{
	struct certificate *ce = parse_append(c, SEC_CERTIFICATES);

	if (ce == NULL)
		return;
	profile_set(&ce->name, name);
	if (by != NULL)
		issuer_set(c, ce, by);
	parse_date_set(&ce->date, when);
}
