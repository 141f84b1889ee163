/*
 * orgword: see orgword.h.
 */
#include <string.h>

#include "fold.h"
#include "orgword.h"
#include "roleline.h"
#include "wordlist.h"

/* Whether the last word of s is a legal form ("Fietsly B.V."). */
int
orgword_legal(const char *s)
{
	const char *sp = strrchr(s, ' ');

	return sp != NULL && role_legal_form(sp + 1);
}

/* See orgword.h. */
int
orgword_unit_compound(const char *s)
{
	static const char *const ends[] = { "abteilung", "afdeling", "afdelingen", "amt",
		"avdeling", "avdelingen", "avdelning", "avdelningen", "center", "centret",
		"centrum", "forvaltning", "forvaltningen", "kontor", "kontoret", "sekretariat",
		"sekretariatet", "service", "zentrum", NULL };
	char w[32];
	size_t n;

	fold_into(s, strcspn(s, " ") < 30 ? strcspn(s, " ") : 30, w, sizeof w);
	n = strlen(w);
	for (int i = 0; ends[i] != NULL; i++) {
		size_t k = strlen(ends[i]);
		if (n >= k + 3 && strcmp(w + n - k, ends[i]) == 0)
			return 1;
	}
	return 0;
}

/* "Department of Engineering", "Lehrstuhl für ...": a unit inside an
 * organisation. */
int
orgword_unit(const char *s)
{
	static const char *const words[] = { "department", "dept", "faculty", "division",
		"abteilung", "fachbereich", "lehrstuhl", "departamento", "dipartimento",
		"departement", "facultad", "faculte", "wydzial", "katedra", "vakgroep",
		"afdeling", "avdelningen", "institutionen", "fakulta", "fakultet", "fakulteti",
		"fakulteta", "fakultat",
		"fakultas", "бизнес-школа", "кафедра", "факультет", NULL };
	char w[32];

	/* "Acute Medical Unit", "Ward J22", "Respiratory Ward" */
	fold_into(s, strcspn(s, " ") < 30 ? strcspn(s, " ") : 30, w, sizeof w);
	if (wordlist_has(words, w) || strcmp(w, "ward") == 0)
		return 1;
	return orgword_unit_last(s);
}

int
orgword_unit_last(const char *s)
{
	static const char *const lasts[] = { "unit", "ward", "department", "division",
		"факультет", NULL };
	const char *sp = strrchr(s, ' ');
	char w[24];

	if (sp == NULL || strlen(sp + 1) >= sizeof w)
		return 0;
	fold_into(sp + 1, strlen(sp + 1), w, sizeof w);
	return wordlist_has(lasts, w);
}
