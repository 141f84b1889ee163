/*
 * europass_name: the name a Europass CV gives and its order; see
 * europass_name.h.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "europass_name.h"
#include "fold.h"
#include "xalloc.h"

/* Whether a line near the top labels the name surname first: "Surname(s) /
 * First name(s)", "Nachname(n) / Vorname(n)", "Nom(s) / Prénom(s)". */
static int
surname_first(const struct layout *L)
{
	static const char *const keys[] = { "surname s first name s", "nachname n vorname n",
		"nom s prenom s", "apellido s nombre s", "cognome i nome i",
		"apelido s nome s proprio s", "nazwisko a imie ona", "nume prenume", NULL };
	char key[48];

	for (size_t i = 0; i < 40 && i < L->n; i++) {
		const char *s = L->v[i].s;
		fold_key(s, strcspn(s, "\t"), key, sizeof key);
		for (int k = 0; keys[k] != NULL; k++)
			if (strcmp(key, keys[k]) == 0)
				return 1;
	}
	return 0;
}

/* "boehm" and "böhm" alike: an e after a, o or u goes. */
static void
umlaut_fold(char *s)
{
	char *o = s;

	for (const char *p = s; *p != '\0'; p++)
		if (!(*p == 'e' && p > s && strchr("aou", p[-1]) != NULL))
			*o++ = *p;
	*o = '\0';
}

/* Whether the e-mail's local part reads given name, then surname
 * ("nikolaos.papadakis", "n.papadakis", "npapadakis", "katharina.boehm"). */
static int
mail_reads(const char *mail, const char *given, const char *sur)
{
	char loc[64], g[32], f[32], pat[72];
	const char *seps[] = { ".", "_", "-", "", NULL };

	if (mail == NULL || strchr(mail, '@') == NULL)
		return 0;
	fold_key(mail, strcspn(mail, "@"), loc, sizeof loc);
	fold_key(given, strlen(given), g, sizeof g);
	fold_key(sur, strlen(sur), f, sizeof f);
	if (strlen(f) < 3 || g[0] == '\0')
		return 0;
	for (char *p = loc; *p != '\0'; p++)
		if (*p == ' ')
			*p = '.';
	umlaut_fold(loc);
	umlaut_fold(g);
	umlaut_fold(f);
	for (int i = 0; seps[i] != NULL; i++) {
		snprintf(pat, sizeof pat, "%s%s%s", g, seps[i], f);
		if (strstr(loc, pat) != NULL)
			return 1;
		snprintf(pat, sizeof pat, "%c%s%s", g[0], seps[i], f);
		if (strncmp(loc, pat, strlen(pat)) == 0)
			return 1;
	}
	return 0;
}

/* "Carvalho Mendes, Tiago": the surname first, as the label asks; under
 * a label that asks for it, "Papadakis Nikolaos" too, two words in Title
 * Case (capitals are left to the name's own reading), unless the e-mail
 * reads them the other way. */
static void
name_order(struct strlist *names, int surname, const char *mail)
{
	for (size_t i = 0; i < names->n; i++) {
		char *v = names->v[i], *comma = strstr(v, ", "), *sp = strchr(v, ' ');
		char *s = NULL;
		if (comma != NULL && strchr(comma + 2, ',') == NULL && comma > v &&
		    strlen(comma + 2) > 1)
			s = xprintf("%s %.*s", comma + 2, (int)(comma - v), v);
		else if (surname && comma == NULL && sp != NULL && sp > v &&
		    strchr(sp + 1, ' ') == NULL && sp[1] != '\0' && !isupper((unsigned char)v[1]) &&
		    !isupper((unsigned char)sp[2]) &&
		    isupper((unsigned char)v[0]) && isupper((unsigned char)sp[1])) {
			char *first = xstrndup(v, (size_t)(sp - v));
			if (!mail_reads(mail, first, sp + 1))
				s = xprintf("%s %s", sp + 1, first);
			free(first);
		}
		if (s != NULL) {
			free(v);
			names->v[i] = s;
		}
	}
}

/* The last cell of a line, trimmed. */
static const char *
last_cell(const char *s)
{
	const char *tab = strrchr(s, '\t');

	return tab != NULL ? tab + 1 : s;
}

/* Above the form, the name over a headline ("Katarzyna Wójcik" over
 * "Inżynier ds. testów automatycznych"): the headline, when the form has
 * no desired employment. */
static void
headline_above(const struct strlist *name, struct strlist *desired, const struct layout *L,
    size_t top)
{
	for (size_t i = 0; i + 1 < top && name->n > 0 && desired->n == 0; i++) {
		const char *h = last_cell(L->v[i + 1].s);
		if (strcasecmp(last_cell(L->v[i].s), name->v[0]) == 0 &&
		    strpbrk(h, "0123456789@") == NULL && strlen(h) < 80 && strlen(h) > 2)
			strlist_add(desired, h);
	}
}

void
europass_name(struct strlist *name, struct strlist *desired, const char *mail,
    const struct layout *L, size_t top)
{
	if (name->n == 0 && L->n > 0) {
		const char *dash = strstr(L->v[0].s, "\xe2\x80\x94 ");
		if (dash != NULL)
			strlist_add(name, dash + 4);
	}
	headline_above(name, desired, L, top);
	name_order(name, surname_first(L), mail);
}
