#include <ctype.h>
#include <string.h>

#include "fold.h"
#include "lineword.h"
#include "skillcues.h"
#include "wordlist.h"

/* How many words begin in lower case. */
static int
lower(const char *s)
{
	int n = 0;

	for (const char *p = s; *p != '\0'; p++)
		n += (p == s || p[-1] == ' ') && fold_lower_at(p);
	return n;
}

/* How many items the separators of a list would cut s into. */
static int
items(const char *s)
{
	static const char *const seps[] = { ",", ";", "|", "\t", "\xc2\xb7", "\xe2\x80\xa2", " ~ " };
	int n = 1;

	for (size_t i = 0; i < sizeof seps / sizeof *seps; i++)
		for (const char *p = strstr(s, seps[i]); p != NULL; p = strstr(p + 1, seps[i]))
			n++;
	return n;
}

/* A word of the first person, in the languages pages are written in. */
static int
first_person(const char *s)
{
	static const char *const said[] = { "i", "my", "we", "our", "ich",
		"wir", "je", "j", "nous", "yo", "mi", "eu", "io", "ik", "wij", "jag", "vi", NULL };
	char key[64];
	size_t n = strcspn(s, " ,'\xe2");

	if (n >= sizeof key)
		return 0;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(said, key);
}

int
skillcues_sentence(const char *s)
{
	size_t len = strlen(s);
	int n = lineword_count(s), k = items(s);

	if (len == 0 || n < 6 || strchr(s, ':') != NULL)
		return 0;
	if (first_person(s))
		return 1;
	/* "Design systems, performance audits and a bit of teaching.", or a
	 * line of a paragraph: items as long as clauses, words in lower
	 * case as a sentence has them (not "Kotlin Swift Jetpack Compose") */
	if (lower(s) * 2 < n)
		return 0;
	return (strchr(".!", s[len - 1]) != NULL && n >= k * 3) || (n >= 8 && n >= k * 4);
}

int
skillcues_proficiency(const char *s)
{
	static const char *const opens[] = { "able", "capable", "excellent", "experience",
		"experienced", "expert", "familiar", "fluent", "good", "hands", "knowledge",
		"proficient", "skilled", "solid", "strong", "understand", "working", NULL };
	size_t n = strcspn(s, " ");
	char key[16];

	if (n >= sizeof key || lineword_count(s) < 5)
		return 0;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(opens, key);
}

int
skillcues_list(const char *s)
{
	return items(s) >= 3;
}

/* "Compliance & Safety" over bullets, as "Installation & Fit-off" was
 * over the bullets before: one more group of the same shape. */
static int
group_again(const struct ctx *c, size_t from, size_t i, size_t to)
{
	const struct line *v = c->L->v;

	if (i + 1 >= to || !(v[i + 1].flags & MK_BULLET))
		return 0;
	for (size_t k = from; k + 1 < i; k++)
		if ((v[k].flags & LN_BLANK) && !(v[k].flags & (MK_BULLET | MK_NUMBERED)) &&
		    (v[k + 1].flags & MK_BULLET) && v[k].s[0] != '\0')
			return 1;
	return 0;
}

int
skillcues_ends(const struct ctx *c, size_t i, size_t from, size_t to, int listed)
{
	const struct line *l = &c->L->v[i];
	size_t len = strlen(l->s);

	if (!listed || group_again(c, from, i, to) || !(l->flags & LN_BLANK) || items(l->s) > 1 || len == 0 ||
	    l->s[len - 1] == ':' || strchr(l->s, ':') != NULL || lineword_count(l->s) < 2 ||
	    lineword_count(l->s) > 6 || lexicon_skill(c->lx, l->s, len) || !isupper((unsigned char)l->s[0]))
		return 0;
	/* the lines after it are no list either */
	for (size_t j = i + 1; j < to && j < i + 4; j++)
		if (items(c->L->v[j].s) > 2)
			return 0;
	return 1;
}

int
skillcues_bar(struct ctx *c, const char *s)
{
	struct strlist items = STRLIST_INIT;
	long known = 0;
	int yes;

	if (strchr(s, '@') != NULL || strstr(s, "://") != NULL ||
	    (strstr(s, " \xc2\xb7 ") == NULL && strstr(s, " | ") == NULL &&
	    strstr(s, " \xe2\x80\xa2 ") == NULL))
		return 0;
	parse_skill_list(c, s, &items);
	/* "Senior Backend Engineer at Allegro | Kotlin": a headline */
	for (size_t i = 0; i < items.n; i++)
		known += lexicon_skill(c->lx, items.v[i], strlen(items.v[i])) ? 1 :
		    role_title_score(items.v[i]) > 0 ? -100 : 0;
	yes = items.n >= 4 && known > 0 && (size_t)known * 4 >= items.n * 3;
	for (size_t i = 0; yes && i < items.n; i++) {
		struct skill *k = parse_append(c, SEC_SKILLS);
		if (k != NULL)
			profile_set(&k->name, items.v[i]);
	}
	strlist_clear(&items);
	return yes;
}
