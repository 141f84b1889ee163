#include <string.h>

#include "ratings.h"
#include "xalloc.h"

/* The glyphs of rating bars, filled and empty: circles, squares, stars,
 * blocks.  All are three bytes long in UTF-8. */
static const char *const glyphs[] = {
	"\xe2\x97\x8f", "\xe2\x97\x8b", "\xe2\x97\x90", "\xe2\x97\x91", "\xe2\x97\x8d",
	"\xe2\x96\xa0", "\xe2\x96\xa1", "\xe2\x96\xaa", "\xe2\x96\xab", "\xe2\x97\xbc",
	"\xe2\x97\xbb", "\xe2\x97\xaf", "\xe2\x96\xb0", "\xe2\x96\xb1", "\xe2\x98\x85",
	"\xe2\x98\x86", "\xe2\xac\xa4", "\xe2\x9a\xab", "\xe2\x9a\xaa", "\xe2\x96\x88",
	"\xe2\x96\x91", "\xe2\x96\x92", "\xe2\x96\x93", NULL
};

static int
glyph(const char *s)
{
	if ((unsigned char)s[0] != 0xe2)
		return 0;
	for (int i = 0; glyphs[i] != NULL; i++)
		if (strncmp(s, glyphs[i], 3) == 0)
			return 1;
	return 0;
}

/* How many glyphs the run at s holds (one space allowed between two:
 * "● ● ● ○ ○"), and its length in bytes. */
static int
run_at(const char *s, size_t *len)
{
	size_t i = 0;
	int n = 0;

	while (glyph(s + i)) {
		n++;
		i += 3;
		if (s[i] == ' ' && glyph(s + i + 1))
			i++;
	}
	*len = i;
	return n;
}

char *
ratings_blank(const char *s)
{
	char *out = NULL, *w = NULL;
	size_t len;

	for (const char *p = s; *p != '\0'; p++) {
		if (glyph(p) && run_at(p, &len) >= 3) {
			if (out == NULL) {
				out = xstrdup(s);
				w = out + (p - s);
			}
			/* one space a glyph: the columns after it stay put */
			for (size_t i = 0; i < len; i += p[i] == ' ' ? 1 : 3)
				*w++ = ' ';
			p += len - 1;
			continue;
		}
		if (out != NULL)
			*w++ = *p;
	}
	if (out != NULL)
		*w = '\0';
	return out;
}
