#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "utf8.h"

size_t
utf8_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c;
	size_t n;

	if (len == 0)
		return 0;
	*cp = s[0];
	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = 0xfffd;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xc0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xe0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		o[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	o[0] = (unsigned char)(0xf0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
	o[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

int
utf8_valid(const char *s, size_t len)
{
	uint32_t cp;

	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return 0;
		i += n;
	}
	return 1;
}

size_t
utf8_len(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

int
utf8_is_unsafe(uint32_t cp)
{
	if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0))
		return 1;
	/* bidi embeddings, overrides and isolates; marks; word joiners */
	if ((cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
	    (cp >= 0x2060 && cp <= 0x2069) || cp == 0xfeff || cp == 0x061c)
		return 1;
	/* interlinear annotations and object replacement */
	if (cp >= 0xfff9 && cp <= 0xfffc)
		return 1;
	/* noncharacters: never text, and YAML refuses U+FFFE and U+FFFF */
	if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe)
		return 1;
	return 0;
}

/* How many of the bytes at s are printable ASCII (0x20..0x7e), checked
 * eight at a time: a whole résumé is mostly such runs.  The two tests are
 * the usual word-at-a-time ones, exact as to whether any byte fails. */
static size_t
ascii_run(const char *s, size_t len)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		/* a byte below 0x20; a byte above 0x7e */
		if (((x - ones * 0x20) & ~x & highs) != 0 || (((x + ones) | x) & highs) != 0)
			break;
	}
	while (i < len && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7f)
		i++;
	return i;
}

int
utf8_clean(const char *s, size_t len, int keep_lines)
{
	uint32_t cp;

	for (size_t i = 0; i < len;) {
		size_t n;
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7f) {
			i += ascii_run(s + i, len - i);
			continue;
		}
		/* what decodes re-encodes to the same bytes: utf8_decode takes
		 * no overlong form and no surrogate */
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			return 0;
		i += n;
		if (!(keep_lines && (cp == '\n' || cp == '\t')) && utf8_is_unsafe(cp))
			return 0;
	}
	return 1;
}

char *
utf8_sanitize(const char *s, size_t len, int keep_lines)
{
	char *out = malloc(len * 3 + 1), *o = out;
	uint32_t cp;

	if (out == NULL)
		return NULL;
	for (size_t i = 0; i < len;) {
		size_t n;
		/* printable ASCII, most of any text, is kept as it is: the store
		 * sanitizes every text it writes, so this loop is hot */
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7f) {
			*o++ = s[i++];
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			cp = 0xfffd;
			n = 1;
		}
		i += n;
		if (keep_lines && (cp == '\n' || cp == '\t')) {
			*o++ = (char)cp;
			continue;
		}
		if (utf8_is_unsafe(cp))
			continue;
		o += utf8_encode(cp, o);
	}
	*o = '\0';
	return out;
}

static int
cp_width(uint32_t cp)
{
	int w = wcwidth((wchar_t)cp);

	return w < 0 ? 0 : w;
}

int
utf8_width(const char *s)
{
	size_t len = strlen(s);
	uint32_t cp;
	int w = 0;

	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		i += n ? n : 1;
		w += n ? cp_width(cp) : 1;
	}
	return w;
}

void
utf8_fit(struct buf *out, const char *s, int width, int pad)
{
	size_t len = s != NULL ? strlen(s) : 0;
	uint32_t cp;
	int w = 0, total = s != NULL ? utf8_width(s) : 0;

	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		int cw;
		if (n == 0) {
			i++;
			continue;
		}
		cw = cp_width(cp);
		if (total > width && w + cw > width - 1) {
			buf_adds(out, "\xe2\x80\xa6");
			w++;
			break;
		}
		if (w + cw > width)
			break;
		if (!utf8_is_unsafe(cp))
			buf_add(out, s + i, n);
		w += cw;
		i += n;
	}
	while (pad && w < width) {
		buf_addc(out, ' ');
		w++;
	}
}

int
utf8_wide_end(const char *s, size_t n)
{
	return n >= 3 && (unsigned char)s[n - 3] >= 0xe3 && (unsigned char)s[n - 3] <= 0xef;
}
