#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "nameparts.h"
#include "names.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

static const char *const given[] = {
	"adi", "eesnimi", "emri", "etunimi", "first name", "first names",
	"forename", "forenames", "fornamn", "fornavn", "given name",
	"given names", "ime", "imie", "isim", "keresztnev", "krestni jmeno",
	"prenom", "prenoms", "vardas", "vards", "voornaam", "voornamen",
	"vorname", "vornamen",
};
static const struct wordtab given_tab = WORDTAB(given);

static const char *const family[] = {
	"achternaam", "apellido", "apellidos", "cognome", "efternamn",
	"efternavn", "etternavn", "familienname", "family name", "last name",
	"mbiemri", "nachname", "nazwisko", "nom", "nom de famille", "pavarde",
	"perekonnanimi", "prezime", "priimek", "prijmeni", "sobrenome", "soyad",
	"soyadi", "sukunimi", "surname", "uzvards", "vezeteknev",
};
static const struct wordtab family_tab = WORDTAB(family);

/* The label of s, up to a colon, a tab or a wide gap: 1 for a given
 * name's, 2 for a family name's, 0 for none; *value its value on the
 * line, or NULL. */
static int
label_of(const char *s, const char **value)
{
	size_t n = strcspn(s, ":\t");
	const char *v, *gap = strstr(s, "  ");
	char key[32];

	if (gap != NULL && (size_t)(gap - s) < n)
		n = (size_t)(gap - s);
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0 || n >= sizeof key)
		return 0;
	fold_key(s, n, key, sizeof key);
	v = s + n;
	v += strspn(v, " \t:");
	*value = *v != '\0' ? v : NULL;
	return wordtab_has(&given_tab, key) ? 1 : wordtab_has(&family_tab, key) ? 2 : 0;
}

/* A line near the top that names the person in full, holding the family
 * name and the given ones (folded); NULL if none. */
static const char *
both_line(const struct ctx *c, const char *fam, const char *first, size_t *at)
{
	char key[128];

	for (size_t i = 0; i < c->L->n && i < 12; i++) {
		const char *s = c->L->v[i].s;
		size_t n = strlen(s);
		if (n == 0 || n >= sizeof key || !names_like(s))
			continue;
		fold_key(s, n, key, sizeof key);
		if (strstr(key, fam) != NULL && strstr(key, first) != NULL) {
			*at = i;
			return s;
		}
	}
	return NULL;
}

/* The name was taken for the headline too: the headline is the line
 * under the name, when it names a job. */
static void
headline_under(struct ctx *c, size_t at)
{
	struct basics *b = &c->p->basics;

	if (b->label == NULL || strcmp(b->label, b->name) != 0)
		return;
	profile_set(&b->label, NULL);
	for (size_t i = at + 1; i < c->L->n && i < at + 3; i++) {
		const char *s = c->L->v[i].s;
		if (s[0] == '\0')
			continue;
		if (role_title_score(s) > 0 && strlen(s) < 80)
			profile_set(&b->label, s);
		return;
	}
}

void
nameparts_read(const struct ctx *c, size_t from, size_t to, struct nameparts *np)
{
	for (size_t i = from; i < to && i < c->L->n; i++) {
		const char *v, *s = c->L->v[i].s;
		int k = label_of(s, &v);
		char **slot = k == 1 ? &np->given : k == 2 ? &np->family : NULL;
		/* "Surname" alone over "CHIKOWORE": the value under it */
		if (slot != NULL && v == NULL && i + 1 < to && label_of(c->L->v[i + 1].s, &v) == 0)
			v = c->L->v[i + 1].s;
		if (slot == NULL || v == NULL || *slot != NULL || strlen(v) > 60 ||
		    strpbrk(v, "0123456789@") != NULL)
			continue;
		*slot = parse_trim(v, strlen(v));
	}
}

void
nameparts_settle(struct ctx *c, struct nameparts *np)
{
	char *name = c->p->basics.name, *both, *cased;
	char key[128], part[64], first[64];
	const char *line;
	size_t at;

	if (np->given != NULL && np->family != NULL && np->given[0] != '\0' &&
	    np->family[0] != '\0') {
		fold_key(np->family, strlen(np->family), part, sizeof part);
		fold_key(np->given, strlen(np->given), first, sizeof first);
		if (name != NULL)
			fold_key(name, strlen(name), key, sizeof key);
		both = xprintf("%s %s", np->given, np->family);
		/* "Nom : KABORE" read as the whole name, "KABORE Wendyam
		 * Serge Arnaud" atop the page: the line that holds both */
		if (name != NULL && (strcmp(key, part) == 0 || strcmp(key, first) == 0) &&
		    (line = both_line(c, part, first, &at)) != NULL) {
			profile_set(&c->p->basics.name, line);
			headline_under(c, at);
		}
		/* the name read, none, or but one of its parts: both */
		else if ((name == NULL || strstr(key, part) == NULL || strcmp(key, part) == 0 ||
		    strcmp(key, first) == 0) && names_like(both)) {
			cased = names_case(both);
			profile_set(&c->p->basics.name, cased);
			free(cased);
		}
		free(both);
	}
	free(np->given);
	free(np->family);
	np->given = np->family = NULL;
}

int
nameparts_sorted(void)
{
	return wordtab_sorted(&given_tab) && wordtab_sorted(&family_tab);
}
