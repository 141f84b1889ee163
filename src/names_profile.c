/*
 * names: a social site's profile page copied from the browser, in any
 * language.  Its menu comes first, then the bar that sticks atop the
 * page with the person's name and headline, then the profile opened by
 * the name again, or by the name over a pronoun ("Elle") or a degree
 * ("· 3e").  names_profile_drop blanks all above the profile's name.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "fold.h"
#include "layout.h"
#include "lineword.h"
#include "names.h"
#include "wordlist.h"

/* The size of a line's key. */
#define KEY 160

/* Whether s could be a line of a site's menu: short, and no contact. */
static int
menu_like(const char *s)
{
	size_t digits = 0;

	if (lineword_count(s) > 6 || strchr(s, '@') != NULL || strstr(s, "://") != NULL)
		return 0;
	for (const char *p = s; *p != '\0'; p++)
		digits += isdigit((unsigned char)*p) != 0;
	return digits < 5;
}

/* How many of the words of key are a menu's. */
static int
nav_words_in(const char *key)
{
	char buf[KEY], *w, *save = NULL;
	int n = 0;

	snprintf(buf, sizeof buf, "%s", key);
	for (w = strtok_r(buf, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save))
		n += names_menu_nav_word(w);
	return n;
}

/* The next line after i with text in it, or L->n. */
static size_t
next_text(const struct layout *L, size_t i)
{
	while (++i < L->n && L->v[i].s[strspn(L->v[i].s, " \xc2\xa0")] == '\0')
		;
	return i;
}

/* Where the name at i comes again below, before any contact, over the
 * headline that follows it at i, or 0: the bar atop a profile page, then
 * the profile.  A headline of a few words must come again under the
 * name. */
static size_t
told_twice(const struct layout *L, size_t i)
{
	size_t head = next_text(L, i);

	if (head == L->n)
		return 0;
	for (size_t j = head; j < L->n && j <= i + 8; j++) {
		if (strcmp(L->v[j].s, L->v[i].s) != 0) {
			if (!menu_like(L->v[j].s) && j != head)
				return 0;
			continue;
		}
		if (!menu_like(L->v[head].s))
			return j;
		for (size_t k = next_text(L, j); k < L->n && k <= j + 4; k = next_text(L, k))
			if (strcmp(L->v[k].s, L->v[head].s) == 0)
				return j;
		return 0;
	}
	return 0;
}

/* How far a person is in the reader's network, and the pronouns a
 * profile shows under the name. */
static const char *const marks_v[] = { "1", "1er", "1o", "1st", "2", "2e", "2nd",
	"2o", "3", "3e", "3er", "3o", "3rd" };
static const struct wordtab marks = WORDTAB(marks_v);
static const char *const pronouns_v[] = { "el", "ela", "ele", "ella", "elle",
	"er ihm", "he him", "il", "she her", "sie ihr", "they them" };
static const struct wordtab pronouns = WORDTAB(pronouns_v);

/* "Elle", "He/Him", "· 3e", "· 2nd": the pronoun a profile shows under
 * the name, or how far the person is in the reader's network. */
static int
under_name(const struct line *l)
{
	char key[KEY];

	fold_key(l->s, strlen(l->s), key, sizeof key);
	/* the dot before the degree may be read as a bullet */
	return names_profile_pronoun(key) || (((l->flags & MK_BULLET) ||
	    strncmp(l->s + strspn(l->s, " "), "\xc2\xb7", 2) == 0) && wordtab_has(&marks, key));
}

/* Where the name at i is the profile's, marked by a pronoun or a degree
 * on the next line: i, else 0. */
static size_t
marked_name(const struct layout *L, size_t i)
{
	size_t k = next_text(L, i);

	return k < L->n && under_name(&L->v[k]) ? i : 0;
}

/*
 * A social site's profile copied from the browser, in any language: the
 * site's menu ("Inicio", "Mi red", "3 notificaciones nuevas", "Yo"), then
 * the bar that sticks atop the page, with the person's name and
 * headline, then the profile opened by the name again, or by the name
 * over a pronoun ("Elle") or a degree ("· 3e").  When a name (no words of
 * a menu in it) comes twice within a few lines or is so marked, below
 * short lines with no contact among them, three of them a menu's, all
 * above it (its second) is the site's and goes.
 */
void
names_profile_drop(struct layout *L)
{
	size_t nav = 0, again;

	for (size_t i = 0; i < L->n && i < 32; i++) {
		const char *s = L->v[i].s;
		char key[KEY];
		if (s[0] == '\0')
			continue;
		fold_key(s, strlen(s), key, sizeof key);
		if (nav >= 3 && strchr(s, ' ') != NULL && names_like(s) &&
		    nav_words_in(key) < 2 &&
		    ((again = told_twice(L, i)) > 0 || (again = marked_name(L, i)) > 0)) {
			for (size_t k = 0; k < again; k++)
				L->v[k].s[0] = '\0';
			return;
		}
		if (!menu_like(s))
			return;
		nav += names_menu_nav_line(key);
	}
}

int
names_profile_pronoun(const char *key)
{
	return wordtab_has(&pronouns, key);
}

int
names_profile_tables_sorted(void)
{
	return wordtab_sorted(&marks) && wordtab_sorted(&pronouns);
}
