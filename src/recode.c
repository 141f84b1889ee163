#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compose.h"
#include "iconlink.h"
#include "recode.h"
#include "utf8.h"
#include "xalloc.h"

/* Code points, the stage between bytes and clean UTF-8. */
struct cps {
	uint32_t *v;
	size_t n, cap;
};

/* Windows-1252 bytes 0x80..0x9f; 0 where the code page has no character
 * (there the byte is taken as the C1 control of the same value). */
static const uint16_t cp1252_high[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

uint32_t
recode_cp1252_char(unsigned char b)
{
	if (b >= 0x80 && b < 0xa0 && cp1252_high[b - 0x80] != 0)
		return cp1252_high[b - 0x80];
	return b;
}

int
recode_cp1252_byte(uint32_t cp)
{
	if (cp < 0x100)
		return (int)cp;
	for (int i = 0; i < 32; i++)
		if (cp1252_high[i] == cp)
			return 0x80 + i;
	return -1;
}

static void
cps_add(struct cps *c, uint32_t cp)
{
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 1024;
		c->v = xreallocarray(c->v, c->cap, sizeof *c->v);
	}
	c->v[c->n++] = cp;
}

/* UTF-8 where the bytes are UTF-8; any other byte is Windows-1252, so a file
 * that is Windows-1252 throughout and one with a few stray bytes both read
 * right. */
static void
decode_8bit(const char *s, size_t len, struct cps *out)
{
	uint32_t cp;

	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			cp = recode_cp1252_char((unsigned char)s[i]);
			n = 1;
		}
		cps_add(out, cp);
		i += n;
	}
}

static void
decode_utf16(const unsigned char *s, size_t len, int big, struct cps *out)
{
	for (size_t i = 0; i + 1 < len; i += 2) {
		uint32_t u = big ? (uint32_t)(s[i] << 8 | s[i + 1]) : (uint32_t)(s[i + 1] << 8 | s[i]);
		if (u >= 0xd800 && u < 0xdc00 && i + 3 < len) {
			uint32_t lo = big ? (uint32_t)(s[i + 2] << 8 | s[i + 3]) :
			    (uint32_t)(s[i + 3] << 8 | s[i + 2]);
			if (lo >= 0xdc00 && lo < 0xe000) {
				u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
				i += 2;
			} else
				u = 0xfffd;
		} else if (u >= 0xd800 && u < 0xe000)
			u = 0xfffd;
		cps_add(out, u);
	}
}

/* Without a byte order mark, UTF-16 shows as a NUL in every other byte. */
static int
looks_utf16(const unsigned char *s, size_t len, int *big)
{
	size_t even = 0, odd = 0, n = len < 1024 ? len : 1024;

	for (size_t i = 0; i + 1 < n; i += 2) {
		even += s[i] == 0;
		odd += s[i + 1] == 0;
	}
	if (n < 4)
		return 0;
	*big = even > odd;
	return (even > odd ? even : odd) * 4 > n && (even < 2 || odd < 2);
}

/*
 * Double-encoded UTF-8: each byte of a UTF-8 sequence became a character of
 * Windows-1252 (or Latin-1), then was encoded again.  Where the characters,
 * turned back into those bytes, make a valid multi-byte sequence, they are
 * replaced by what it encodes.  Text that is legitimately "Ã©" does not occur
 * in résumés; the mangled form does, often.
 */
static size_t
unmangle_at(const uint32_t *v, size_t n, uint32_t *cp)
{
	unsigned char b[4];
	int lead = recode_cp1252_byte(v[0]);
	size_t need;

	if (lead < 0xc2 || lead > 0xf4)
		return 0;
	need = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
	if (n < need)
		return 0;
	b[0] = (unsigned char)lead;
	for (size_t i = 1; i < need; i++) {
		int c = recode_cp1252_byte(v[i]);
		if (c < 0x80 || c > 0xbf)
			return 0;
		b[i] = (unsigned char)c;
	}
	return utf8_decode((const char *)b, need, cp) == need ? need : 0;
}

static int
unmangle(struct cps *c)
{
	size_t o = 0, fixed = 0;
	uint32_t cp;

	for (size_t i = 0; i < c->n;) {
		size_t k = c->v[i] >= 0xc2 ? unmangle_at(c->v + i, c->n - i, &cp) : 0;
		if (k > 0) {
			c->v[o++] = cp;
			i += k;
			fixed++;
		} else
			c->v[o++] = c->v[i++];
	}
	c->n = o;
	return fixed > 0;
}

/* Length of an escape sequence starting at v[0] (ESC or CSI). */
static size_t
escape_len(const uint32_t *v, size_t n)
{
	size_t i = 1;

	if (v[0] == 0x1b) {
		if (n < 2)
			return 1;
		if (v[1] == '[')
			i = 2;
		else if (v[1] == ']' || v[1] == 'P' || v[1] == '_' || v[1] == '^') {
			/* a string, ended by BEL or ST */
			for (i = 2; i < n && v[i] != 7 && v[i] != '\n'; i++)
				if (v[i] == 0x1b && i + 1 < n && v[i + 1] == '\\')
					return i + 2;
			return i < n && v[i] == 7 ? i + 1 : i;
		} else
			return v[1] < 0x20 ? 1 : 2;
	}
	/* CSI: parameters, intermediates, one final byte */
	while (i < n && v[i] >= 0x20 && v[i] < 0x40)
		i++;
	if (i < n && v[i] >= 0x40 && v[i] < 0x7f)
		i++;
	return i;
}

static const char *
ligature(uint32_t cp)
{
	static const char *const lig[] = { "ff", "fi", "fl", "ffi", "ffl", "st", "st" };

	return cp >= 0xfb00 && cp <= 0xfb06 ? lig[cp - 0xfb00] : NULL;
}

/* "０９０－５５５５－０１８７", "ｅｘａｍｐｌｅ＠ｍａｉｌ": the full-width
 * digits, Latin letters and the signs of numbers and addresses as their
 * ASCII; the brackets, colons and dashes CJK text sets dates and labels
 * with stay.  0 for any other. */
static int
halfwidth(uint32_t cp)
{
	if ((cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) ||
	    (cp >= 0xff41 && cp <= 0xff5a) || cp == 0xff0b || cp == 0xff0d || cp == 0xff0e ||
	    cp == 0xff20)
		return (int)(cp - 0xff00 + 0x20);
	return 0;
}

static int
is_space(uint32_t cp)
{
	return cp == 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f ||
	    cp == 0x205f || cp == 0x3000 || cp == 0x1680 || cp == 0x0b;
}

/* One code point into out by the rules in recode.h; returns how many code
 * points it consumed. */
static size_t
emit(const uint32_t *v, size_t n, struct buf *out)
{
	char enc[4];
	const char *lig;
	uint32_t cp = v[0];

	if (cp == '\r') {
		buf_addc(out, '\n');
		return n > 1 && v[1] == '\n' ? 2 : 1;
	}
	if (cp == 0x1b || cp == 0x9b)
		return escape_len(v, n);
	if (cp >= 0x20 && cp < 0x7f && out->len + 2 <= out->cap) {
		/* the common case, straight into the buffer when it has room */
		out->s[out->len++] = (char)cp;
		out->s[out->len] = '\0';
		return 1;
	}
	if (cp == '\n' || cp == '\t' || cp == '\f') {
		buf_addc(out, (int)cp);
		return 1;
	}
	if (cp == 0x2028 || cp == 0x2029 || cp == 0x85)
		buf_addc(out, '\n');
	else if (cp == 0xad)
		/* a soft hyphen matters only where it broke a line */
		buf_adds(out, n > 1 && (v[1] == '\n' || v[1] == '\r') ? "-" : "");
	else if (is_space(cp))
		buf_addc(out, ' ');
	else if (cp == 0xf0b7 || cp == 0xf0a7 || cp == 0xf076 || cp == 0xf0d8 ||
	    cp == 0xf0fc || cp == 0xf0a8)
		/* Symbol and Wingdings bullets as Word writes them */
		buf_adds(out, "\xe2\x80\xa2");
	else if (cp >= 0xe000 && cp <= 0xf8ff && !iconlink_brand(cp))
		/* icon fonts (phone, mail, pin) in PDFs: a gap, not a letter;
		 * a brand's icon tells whose handle follows (see iconlink.h) */
		buf_addc(out, ' ');
	else if ((lig = ligature(cp)) != NULL)
		buf_adds(out, lig);
	else if (halfwidth(cp) != 0)
		buf_addc(out, halfwidth(cp));
	else if (!utf8_is_unsafe(cp) && cp != 0xfffe && cp != 0xffff)
		buf_add(out, enc, utf8_encode(cp, enc));
	return 1;
}

static int
is_binary(const char *s, size_t len, const char **what)
{
	size_t n = len < 8192 ? len : 8192;

	*what = "binary data, not résumé text";
	if (len >= 4 && memcmp(s, "PK\003\004", 4) == 0) {
		*what = "a zip archive (a .docx or .odt?), not text: save it as text or PDF";
		return 1;
	}
	if (len >= 5 && memcmp(s, "%PDF-", 5) == 0) {
		*what = "a PDF read as text: name it .pdf so pdftotext reads it";
		return 1;
	}
	if (len >= 8 && memcmp(s, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0) {
		*what = "an old Word document, not text: save it as text or PDF";
		return 1;
	}
	return memchr(s, '\0', n) != NULL;
}

enum status
recode_text(const char *data, size_t len, struct buf *out, char *err, size_t errlen)
{
	const unsigned char *u = (const unsigned char *)data;
	struct cps c = { NULL, 0, 0 };
	const char *what;
	int big = 0;

	if (len >= 2 && ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff)))
		decode_utf16(u + 2, len - 2, u[0] == 0xfe, &c);
	else if (looks_utf16(u, len, &big))
		decode_utf16(u, len, big, &c);
	else if (is_binary(data, len, &what)) {
		snprintf(err, errlen, "%s", what);
		return ST_DATA;
	} else {
		if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
			data += 3;
			len -= 3;
		}
		decode_8bit(data, len, &c);
	}
	/* twice: text can be mangled twice over */
	if (unmangle(&c))
		unmangle(&c);
	c.n = compose_cps(c.v, c.n);
	buf_grow(out, c.n + 1);
	out->s[out->len] = '\0';	/* even when every character is dropped */
	for (size_t i = 0; i < c.n;)
		i += emit(c.v + i, c.n - i, out);
	free(c.v);
	return ST_OK;
}
