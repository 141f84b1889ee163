#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "wordmap.h"
#include "xalloc.h"

#define KEYMAX 96

/* Folded, spaces collapsed and trimmed. */
static size_t
key_of(const char *s, size_t len, char *out)
{
	char folded[KEYMAX * 2];
	size_t o = 0;

	fold_into(s, len, folded, sizeof folded);
	for (const char *p = folded; *p != '\0' && o + 1 < KEYMAX; p++) {
		if (*p == ' ' || *p == '\t') {
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
			continue;
		}
		out[o++] = *p;
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return o;
}

static uint32_t
hash_of(const char *k)
{
	uint32_t h = 2166136261u;

	for (; *k != '\0'; k++)
		h = (h ^ (unsigned char)*k) * 16777619u;
	return h;
}

static void
put(struct wordmap *m, char *key, uint32_t h, int val)
{
	size_t i = h & (m->cap - 1);

	while (m->v[i].key != NULL)
		i = (i + 1) & (m->cap - 1);
	m->v[i].key = key;
	m->v[i].hash = h;
	m->v[i].val = val;
	m->n++;
}

static void
grow(struct wordmap *m)
{
	struct wordmap_entry *old = m->v;
	size_t oldcap = m->cap;

	m->cap = m->cap ? m->cap * 2 : 1024;
	m->v = xcalloc(m->cap, sizeof *m->v);
	m->n = 0;
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].key != NULL)
			put(m, old[i].key, old[i].hash, old[i].val);
	free(old);
}

void
wordmap_add(struct wordmap *m, const char *s, size_t len, int val)
{
	char key[KEYMAX];
	int have[8];
	size_t klen = key_of(s, len, key), n;

	if (klen == 0)
		return;
	n = wordmap_get(m, key, klen, have, 8);
	for (size_t i = 0; i < n; i++)
		if (have[i] == val)
			return;
	if ((m->n + 1) * 2 > m->cap)
		grow(m);
	put(m, xstrdup(key), hash_of(key), val);
	if (klen > m->longest)
		m->longest = klen;
}

size_t
wordmap_get(const struct wordmap *m, const char *s, size_t len, int *vals, size_t max)
{
	char key[KEYMAX];
	uint32_t h;
	size_t n = 0;

	if (m->cap == 0 || len > KEYMAX * 2 || key_of(s, len, key) == 0)
		return 0;
	h = hash_of(key);
	for (size_t i = h & (m->cap - 1); m->v[i].key != NULL; i = (i + 1) & (m->cap - 1))
		if (m->v[i].hash == h && strcmp(m->v[i].key, key) == 0 && n < max)
			vals[n++] = m->v[i].val;
	return n;
}

int
wordmap_has(const struct wordmap *m, const char *s, size_t len)
{
	int v;

	return wordmap_get(m, s, len, &v, 1) > 0;
}

void
wordmap_free(struct wordmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->v[i].key);
	free(m->v);
	memset(m, 0, sizeof *m);
}
