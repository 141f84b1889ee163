/* scorememo: the scores of short texts, kept; see scorememo.h. */
#include <string.h>

#include "scorememo.h"

/* FNV-1a */
static unsigned
hash_of(const char *s, size_t len)
{
	unsigned h = 2166136261u;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

int
scorememo_get(const struct scorememo *m, const char *s, size_t len, unsigned *hash, int *score)
{
	const struct scorememo_slot *e;

	if (len == 0 || len > SCOREMEMO_TEXT)
		return 0;
	*hash = hash_of(s, len);
	e = &m->slot[*hash % SCOREMEMO_SLOTS];
	if (e->len != len || e->hash != *hash || memcmp(e->text, s, len) != 0)
		return 0;
	*score = e->score;
	return 1;
}

void
scorememo_put(struct scorememo *m, const char *s, size_t len, unsigned hash, int score)
{
	struct scorememo_slot *e = &m->slot[hash % SCOREMEMO_SLOTS];

	if (len == 0 || len > SCOREMEMO_TEXT)
		return;
	e->hash = hash;
	e->len = len;
	e->score = score;
	memcpy(e->text, s, len);
}
