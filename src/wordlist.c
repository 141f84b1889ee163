/* wordlist: looking a word up in a list of words; see wordlist.h. */
#include <string.h>

#include "wordlist.h"

bool
wordlist_has(const char *const list[], const char *w)
{
	for (size_t i = 0; list[i] != NULL; i++)
		if (list[i][0] == w[0] && strcmp(list[i], w) == 0)
			return true;
	return false;
}

bool
wordlist_has_n(const char *const list[], const char *w, size_t n)
{
	if (n == 0)
		return wordlist_has(list, "");
	for (size_t i = 0; list[i] != NULL; i++)
		if (list[i][0] == w[0] && strncmp(list[i], w, n) == 0 && list[i][n] == '\0')
			return true;
	return false;
}

/* Most entries differ from s in their first byte, which is looked at
 * before the entry's length is counted; an empty entry matches all. */
size_t
wordlist_prefix(const char *const list[], const char *s)
{
	for (size_t i = 0; list[i] != NULL; i++) {
		size_t n;
		if (list[i][0] != s[0] && list[i][0] != '\0')
			continue;
		n = strlen(list[i]);
		if (strncmp(s, list[i], n) == 0)
			return n;
	}
	return 0;
}

/* strcmp of the word w[0..n) with e: byte by byte, as the words are short
 * (w holds no NUL in its n bytes; a NUL ending e is less than any). */
static int
cmp_n(const unsigned char *w, size_t n, const unsigned char *e)
{
	for (size_t i = 0; i < n; i++)
		if (w[i] != e[i])
			return w[i] - e[i];
	return e[n] == '\0' ? 0 : -1;
}

bool
wordtab_has_n(const struct wordtab *t, const char *w, size_t n)
{
	size_t lo = 0, hi = t->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = cmp_n((const unsigned char *)w, n, (const unsigned char *)t->v[mid]);
		if (c == 0)
			return true;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

bool
wordtab_has(const struct wordtab *t, const char *w)
{
	return wordtab_has_n(t, w, strlen(w));
}

bool
wordtab_sorted(const struct wordtab *t)
{
	for (size_t i = 1; i < t->n; i++)
		if (strcmp(t->v[i - 1], t->v[i]) >= 0)
			return false;
	return true;
}

bool
wordlen_ends(const struct wordlen *v, size_t k, const char *w, size_t n, size_t more)
{
	for (size_t i = 0; i < k; i++) {
		const struct wordlen *e = &v[i];
		if (n >= e->n + more && w[n - 1] == e->s[e->n - 1] &&
		    memcmp(w + n - e->n, e->s, e->n) == 0)
			return true;
	}
	return false;
}

size_t
wordlen_prefix(const struct wordlen *v, size_t k, const char *s)
{
	for (size_t i = 0; i < k; i++)
		if (v[i].n == 0 || (v[i].s[0] == s[0] && strncmp(s, v[i].s, v[i].n) == 0))
			return v[i].n;
	return 0;
}

bool
wordlist_holds(const char *const list[], const char *key)
{
	for (size_t i = 0; list[i] != NULL; i++) {
		size_t n = strlen(list[i]);
		for (const char *p = strstr(key, list[i]); p != NULL; p = strstr(p + 1, list[i]))
			if ((p == key || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
				return true;
	}
	return false;
}
