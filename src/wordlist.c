/* wordlist: looking a word up in a NULL-terminated list; see wordlist.h. */
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
	for (size_t i = 0; list[i] != NULL; i++)
		if (strncmp(list[i], w, n) == 0 && list[i][n] == '\0')
			return true;
	return false;
}

size_t
wordlist_prefix(const char *const list[], const char *s)
{
	for (size_t i = 0; list[i] != NULL; i++) {
		size_t n = strlen(list[i]);
		if (strncmp(s, list[i], n) == 0)
			return n;
	}
	return 0;
}
