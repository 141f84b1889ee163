#include <locale.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "fold.h"
#include "utf8.h"
#include "xalloc.h"

/*
 * Letters past the Latin ranges (Greek, Cyrillic, Han, Hangul ...) are
 * told by the C library's tables of a UTF-8 locale of the library's own,
 * never by the user's: a text imports the same under LANG=C as under
 * LANG=ja_JP.UTF-8.  Without such a locale, the user's is the fallback.
 */
static locale_t utf8_locale;
static pthread_once_t utf8_once = PTHREAD_ONCE_INIT;

static void
utf8_locale_open(void)
{
	static const char *const names[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8", NULL };

	for (size_t i = 0; names[i] != NULL && utf8_locale == (locale_t)0; i++)
		utf8_locale = newlocale(LC_CTYPE_MASK, names[i], (locale_t)0);
}

static locale_t
ctype(void)
{
	pthread_once(&utf8_once, utf8_locale_open);
	return utf8_locale != (locale_t)0 ? utf8_locale : uselocale((locale_t)0);
}

/* Base letters of U+00C0..U+00FF and U+0100..U+017F; '?' is not a letter
 * (× and ÷), '1' is "ij", '2' is "oe", '3' is "ae", '4' is "th", '5' "ss". */
static const char latin1[] =
    "aaaaaa3ceeeeiiiidnooooo?ouuuuy45aaaaaa3ceeeeiiiidnooooo?ouuuuy4y";
static const char latin_a[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii11jjkkkllllllllll"
    "nnnnnnnnnoooooo22rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
/* Base letters of U+1EA0..U+1EF9, Vietnamese vowels with a tone mark:
 * "HỌC VẤN" folds as "hoc van", as its writers type it without marks. */
static const char viet[] =
    "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooo"
    "uuuuuuuuuuuuuuyyyyyyyy";

/* ASCII, most of any résumé, is folded without decoding, by table: an
 * ASCII letter or digit's folded form, and 0 for anything else (the bytes
 * from 0x80 too). */
static const char ascii_key[256] =
    "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
    "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" "0123456789\0\0\0\0\0\0"
    "\0abcdefghijklmno" "pqrstuvwxyz\0\0\0\0\0"
    "\0abcdefghijklmno" "pqrstuvwxyz\0\0\0\0\0";

static char
ascii_lower(char c)
{
	return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

/* The folded form of one code point into out (at most 4 bytes). */
static size_t
fold_cp(uint32_t cp, char *out)
{
	static const char *const multi[] = { "ij", "oe", "ae", "th", "ss" };
	char c = 0;

	if (cp < 0x80) {
		out[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
		return 1;
	}
	if (cp >= 0xc0 && cp <= 0xff)
		c = latin1[cp - 0xc0];
	else if (cp >= 0x100 && cp <= 0x17f)
		c = latin_a[cp - 0x100];
	else if (cp >= 0x218 && cp <= 0x21b)
		c = cp < 0x21a ? 's' : 't';
	else if (cp >= 0x1ea0 && cp <= 0x1ef9)
		c = viet[cp - 0x1ea0];
	else if (cp == 0x1a0 || cp == 0x1a1 || cp == 0x1af || cp == 0x1b0)
		c = cp < 0x1af ? 'o' : 'u';	/* Ơ ơ Ư ư */
	if (c >= '1' && c <= '5') {
		memcpy(out, multi[c - '1'], 2);
		return 2;
	}
	if (c != 0 && c != '?') {
		out[0] = c;
		return 1;
	}
	return utf8_encode(fold_tolower(cp), out);
}

void
fold_add(struct buf *out, const char *s, size_t len)
{
	char enc[4];
	uint32_t cp;

	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			i++;
			continue;
		}
		i += n;
		buf_add(out, enc, fold_cp(cp, enc));
	}
}

void
fold_into(const char *s, size_t len, char *out, size_t size)
{
	size_t o = 0;
	char enc[4];
	uint32_t cp;

	for (size_t i = 0; i < len;) {
		size_t n, k;
		if ((unsigned char)s[i] < 0x80) {
			size_t end = len;
			if (o + 2 > size)
				break;
			/* a run of ASCII, as far as out holds */
			if (end - i > size - 1 - o)
				end = i + (size - 1 - o);
			while (i < end && (unsigned char)s[i] < 0x80)
				out[o++] = ascii_lower(s[i++]);
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
			i++;
			continue;
		}
		i += n;
		k = fold_cp(cp, enc);
		if (o + k + 1 > size)
			break;
		memcpy(out + o, enc, k);
		o += k;
	}
	out[o] = '\0';
}

void
fold_key(const char *s, size_t len, char *out, size_t size)
{
	size_t o = 0;
	int gap = 0;
	char enc[4];
	uint32_t cp;

	for (size_t i = 0; i < len;) {
		size_t n, k;
		if ((unsigned char)s[i] < 0x80) {
			size_t end = len;
			if (ascii_key[(unsigned char)s[i]] == 0) {
				gap = o > 0;
				i++;
				continue;
			}
			if (o + gap + 2 > size)
				break;
			if (gap)
				out[o++] = ' ';
			gap = 0;
			/* a run of ASCII letters and digits, as far as out holds */
			if (end - i > size - 1 - o)
				end = i + (size - 1 - o);
			while (i < end && ascii_key[(unsigned char)s[i]] != 0)
				out[o++] = ascii_key[(unsigned char)s[i++]];
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
			i++;
			continue;
		}
		i += n;
		if (!fold_isalnum(cp)) {
			gap = o > 0;
			continue;
		}
		k = fold_cp(cp, enc);
		if (o + k + gap + 1 > size)
			break;
		if (gap)
			out[o++] = ' ';
		gap = 0;
		memcpy(out + o, enc, k);
		o += k;
	}
	out[o] = '\0';
}

int
fold_isalpha(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	if (cp == 0xd7 || cp == 0xf7)
		return 0;
	if ((cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff))
		return 1;
	return iswalpha_l((wint_t)cp, ctype()) != 0;
}

int
fold_isalnum(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || fold_isalpha(cp);
}

int
fold_isupper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xc0 && cp <= 0xde)
		return cp != 0xd7;
	if (cp >= 0x100 && cp <= 0x17f)
		return cp % 2 == 0 ? cp < 0x138 || (cp > 0x148 && cp < 0x179) : (cp > 0x138 && cp < 0x149) ||
		    cp == 0x179 || cp == 0x17b || cp == 0x17d;
	/* Latin Extended Additional: capitals at the even code points */
	if ((cp >= 0x1e00 && cp <= 0x1e95) || (cp >= 0x1ea0 && cp <= 0x1eff))
		return cp % 2 == 0;
	return iswupper_l((wint_t)cp, ctype()) != 0;
}

int
fold_islower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	if (cp >= 0xdf && cp <= 0xff)
		return cp != 0xf7;
	if ((cp >= 0x100 && cp <= 0x17f) || (cp >= 0x1e00 && cp <= 0x1e95) ||
	    (cp >= 0x1ea0 && cp <= 0x1eff))
		return fold_isalpha(cp) && !fold_isupper(cp);
	return iswlower_l((wint_t)cp, ctype()) != 0;
}

uint32_t
fold_tolower(uint32_t cp)
{
	return (uint32_t)towlower_l((wint_t)cp, ctype());
}

int
fold_lower_at(const char *s)
{
	uint32_t cp;

	if ((unsigned char)*s < 0x80)
		return *s >= 'a' && *s <= 'z';
	return utf8_decode(s, strlen(s), &cp) > 0 && fold_islower(cp);
}

int
fold_upper_at(const char *s)
{
	uint32_t cp;

	if ((unsigned char)*s < 0x80)
		return *s >= 'A' && *s <= 'Z';
	return utf8_decode(s, strlen(s), &cp) > 0 && fold_isupper(cp);
}

/* The Latin letters a Russian or Kazakh letter (small, U+0430..U+04E9)
 * is commonly spelt with in e-mail addresses and passports. */
static const char *
cyrillic_latin(uint32_t cp)
{
	static const char *const basic[] = { "a", "b", "v", "g", "d", "e", "zh", "z", "i",
		"y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch",
		"sh", "shch", "", "y", "", "e", "yu", "ya" };

	if (cp >= 0x430 && cp <= 0x44f)
		return basic[cp - 0x430];
	switch (cp) {
	case 0x451: return "e";		/* ё */
	case 0x456: return "i";		/* і */
	case 0x457: return "i";		/* ї */
	case 0x454: return "ye";	/* є */
	case 0x493: return "g";		/* ғ */
	case 0x49b: return "k";		/* қ */
	case 0x4a3: return "n";		/* ң */
	case 0x4af: case 0x4b1: return "u";	/* ү ұ */
	case 0x4bb: return "h";		/* һ */
	case 0x4d9: return "a";		/* ә */
	case 0x4e9: return "o";		/* ө */
	default: return NULL;
	}
}

void
fold_latin(const char *s, size_t len, char *out, size_t size)
{
	char *key = xmalloc(size);
	size_t o = 0;

	fold_key(s, len, key, size);
	for (size_t i = 0; key[i] != '\0';) {
		uint32_t cp;
		size_t n = utf8_decode(key + i, strlen(key + i), &cp);
		const char *lat = n > 0 ? cyrillic_latin(cp) : NULL;
		if (n == 0)
			n = 1;
		if (lat != NULL) {
			size_t k = strlen(lat);
			if (o + k + 1 > size)
				break;
			memcpy(out + o, lat, k);
			o += k;
		} else {
			if (o + n + 1 > size)
				break;
			memcpy(out + o, key + i, n);
			o += n;
		}
		i += n;
	}
	out[o] = '\0';
	free(key);
}
