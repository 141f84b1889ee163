#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lexicon.h"
#include "xalloc.h"

/* One name a line; "#" starts a comment line. */
static void
add_names(struct wordmap *m, const char *text)
{
	for (const char *p = text; *p != '\0';) {
		size_t n = strcspn(p, "\r\n");
		if (n > 0 && *p != '#')
			wordmap_add(m, p, n, 1);
		p += n;
		p += strspn(p, "\r\n");
	}
}

/* A value's bit for a name that is a code in capitals ("LA", "IN"),
 * found only so written: "La" and "In" are words.  "Bo" is a town. */
#define CODE (1 << 20)

static int
code(const char *s, size_t len)
{
	return len == 2 && isupper((unsigned char)s[0]) && isupper((unsigned char)s[1]);
}

/* "kind CC name|name|..." lines. */
static void
add_places(struct wordmap *m, const char *text)
{
	static const char *const kinds[] = { "", "country ", "region ", "city " };

	for (const char *p = text; *p != '\0';) {
		size_t n = strcspn(p, "\n"), k;
		for (k = 1; k < 4; k++)
			if (strncmp(p, kinds[k], strlen(kinds[k])) == 0)
				break;
		if (k < 4 && *p != '#' && n > strlen(kinds[k]) + 3) {
			const char *cc = p + strlen(kinds[k]), *names = cc + 3, *end = p + n;
			int val = (int)k << 16 | (unsigned char)cc[0] << 8 | (unsigned char)cc[1];
			while (names < end) {
				size_t w = strcspn(names, "|\n");
				wordmap_add(m, names, w, val | (code(names, w) ? CODE : 0));
				names += w + 1;
			}
		}
		p += n + (p[n] == '\n');
	}
}

static enum status
read_vocabulary(struct lexicon *lx, const struct config *cfg, char *err, size_t errlen)
{
	char *path, chunk[4096];
	struct buf b = BUF_INIT;
	FILE *f;
	size_t n;

	if (cfg == NULL || cfg->vocabulary == NULL || cfg->vocabulary[0] == '\0')
		return ST_OK;
	path = config_expand_path(cfg, cfg->vocabulary);
	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "import.vocabulary: %s: %s", path, strerror(errno));
		free(path);
		return ST_CONFIG;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	free(path);
	add_names(&lx->skills, buf_str(&b));
	buf_free(&b);
	return ST_OK;
}

enum status
lexicon_init(struct lexicon *lx, const struct config *cfg, char *err, size_t errlen)
{
	memset(lx, 0, sizeof *lx);
	headings_init(&lx->headings, cfg);
	add_names(&lx->skills, lexicon_skills_text);
	add_places(&lx->places, lexicon_places_text);
	return read_vocabulary(lx, cfg, err, errlen);
}

void
lexicon_free(struct lexicon *lx)
{
	headings_free(&lx->headings);
	wordmap_free(&lx->skills);
	wordmap_free(&lx->places);
}

/* "г. Бишкек", "г.Алматы", "м. Київ": the Russian and Ukrainian word for
 * a town, abbreviated before its name; the length it takes, else 0. */
size_t
lexicon_town_word(const char *s, size_t len)
{
	static const char *const words[] = { "\xd0\xb3.", "\xd0\xb3\xd0\xbe\xd1\x80.",
		"\xd0\xbc.", NULL };

	for (size_t i = 0; words[i] != NULL; i++) {
		size_t k = strlen(words[i]);
		if (len > k + 1 && strncmp(s, words[i], k) == 0)
			return k + (s[k] == ' ');
	}
	return 0;
}

int
lexicon_place(const struct lexicon *lx, const char *s, size_t len, enum place_kind kind,
    char cc[3])
{
	int vals[8];
	size_t n, k = kind == PLACE_CITY ? lexicon_town_word(s, len) : 0;

	n = wordmap_get(&lx->places, s + k, len - k, vals, 8);
	for (size_t i = 0; i < n; i++)
		if ((vals[i] >> 16 & 0xf) == (int)kind &&
		    (!(vals[i] & CODE) || code(s + k, len - k))) {
			cc[0] = (char)(vals[i] >> 8 & 0xff);
			cc[1] = (char)(vals[i] & 0xff);
			cc[2] = '\0';
			return 1;
		}
	return 0;
}

int
lexicon_place_in(const struct lexicon *lx, const char *s, size_t len, enum place_kind kind,
    const char cc[3])
{
	int vals[8];
	size_t n = wordmap_get(&lx->places, s, len, vals, 8);

	for (size_t i = 0; i < n; i++)
		if ((vals[i] >> 16 & 0xf) == (int)kind && (!(vals[i] & CODE) || code(s, len)) &&
		    (char)(vals[i] >> 8 & 0xff) == cc[0] &&
		    (char)(vals[i] & 0xff) == cc[1])
			return 1;
	return 0;
}

int
lexicon_skill(const struct lexicon *lx, const char *s, size_t len)
{
	return wordmap_has(&lx->skills, s, len);
}
