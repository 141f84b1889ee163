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

/* strcmp of w's first n bytes, as a word, with e. */
static int
cmp_n(const char *w, size_t n, const char *e)
{
	int c = strncmp(w, e, n);

	if (c != 0)
		return c;
	return e[n] == '\0' ? 0 : -1;
}

bool
wordtab_has_n(const struct wordtab *t, const char *w, size_t n)
{
	size_t lo = 0, hi = t->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *e = t->v[mid];
		int c = (unsigned char)w[0] - (unsigned char)e[0];
		if (n == 0)
			c = -(unsigned char)e[0];
		else if (c == 0)
			c = cmp_n(w, n, e);
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
wordend_any(const struct wordend *ends, size_t k, const char *w, size_t n, size_t more)
{
	for (size_t i = 0; i < k; i++) {
		const struct wordend *e = &ends[i];
		if (n >= e->n + more && w[n - 1] == e->s[e->n - 1] &&
		    memcmp(w + n - e->n, e->s, e->n) == 0)
			return true;
	}
	return false;
}
