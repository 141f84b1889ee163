/*
 * names: a name in capitals in Title Case again ("ARAÚJO" is "Araújo"),
 * the surname in capitals after the given names in Title Case, the
 * particles inside a name in lower case. A surname in capitals before
 * the given names ("MUKESHIMANA Diane") stays as written: the order is
 * the writer's.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "fold.h"
#include "names.h"
#include "utf8.h"
#include "xalloc.h"

static uint32_t
lower_cp(uint32_t cp)
{
	if (cp < 0x80)
		return (uint32_t)tolower((int)cp);
	if (cp >= 0xc0 && cp <= 0xde && cp != 0xd7)
		return cp + 0x20;
	if (cp == 0x130)
		return 'i';	/* "DEMİRTAŞ": the dotted capital is i, not ı */
	if (cp == 0x178)
		return 0xff;
	if (cp >= 0x100 && cp <= 0x17f)
		return fold_isupper(cp) ? cp + 1 : cp;
	return fold_tolower(cp);
}

/* Whether the word w[0..n) is in capitals, two letters or more. */
static int
capital_word(const char *w, size_t n)
{
	uint32_t cp;
	size_t letters = 0;

	for (size_t i = 0, k; i < n; i += k) {
		k = utf8_decode(w + i, n - i, &cp);
		k = k > 0 ? k : 1;
		if (fold_islower(cp) || (!fold_isalpha(cp) && cp != '-' && cp != '\''))
			return 0;
		letters++;
	}
	return letters >= 2;
}

/* The given names g[0..gn), then the surname s[0..sn) in Title Case. */
static char *
given_then(const char *g, size_t gn, const char *s, size_t sn)
{
	char *sur = xstrndup(s, sn), *cased = names_case(sur), *out;

	out = xprintf("%.*s %s", (int)gn, g, cased);
	free(sur);
	free(cased);
	return out;
}

/* "Haruka MORIYAMA", "Jean-Luc MARCHAND": the given names, then the
 * surname in capitals, which goes in Title Case. */
static char *
surname_last(const char *s, size_t len)
{
	size_t at = len, n;

	while (at > 0) {
		size_t w = at;
		while (w > 0 && s[w - 1] != ' ')
			w--;
		n = at - w;
		if (w == 0 || !capital_word(s + w, n))
			break;
		at = w - 1;
	}
	if (at == len || at == 0 || !names_capital_at(s) || capital_word(s, strcspn(s, " ")))
		return xstrndup(s, len);
	return given_then(s, at, s + at + 1, len - at - 1);
}

/* "Nurul Aisyah Binti Mohd Fadzil", "Ana Dos Santos": the particles
 * inside a name, once in capitals, in lower case again. */
static void
particles_lower(char *s)
{
	static const char *const words[] = { "bin", "binti", "binte", "bte", "van", "von",
		"de", "da", "di", "del", "della", "der", "den", "du", "dos", "das", "do",
		"ter", "ten", "zu", NULL };
	char *p = strchr(s, ' ');

	while (p != NULL) {
		char *w = p + 1, *end = strchr(w, ' ');
		size_t n = end != NULL ? (size_t)(end - w) : strlen(w);
		int hit = 0;
		for (int i = 0; words[i] != NULL && end != NULL && !hit; i++)
			hit = strlen(words[i]) == n && strncasecmp(w, words[i], n) == 0;
		if (hit)
			*w = (char)tolower((unsigned char)*w);
		p = end;
	}
}

/* "OKONKWO, CHIAMAKA GRACE", "Doe, Jane": the surname, a comma, then
 * the given names, as registers write them: turned round, in a fresh
 * string; NULL if s[0..len) is not so written. */
static char *
comma_turned(const char *s, size_t len)
{
	const char *comma = memchr(s, ',', len);
	size_t before = 1, after = 1;

	if (comma == NULL || comma == s || comma + 2 >= s + len || comma[1] != ' ' ||
	    memchr(comma + 1, ',', (size_t)(s + len - comma - 1)) != NULL)
		return NULL;
	for (const char *p = s; p < s + len; p++) {
		if (isdigit((unsigned char)*p) || strchr("()@/&.", *p) != NULL)
			return NULL;
		if (*p == ' ' && p > comma + 1)
			after++;
		else if (*p == ' ' && p < comma)
			before++;
	}
	if (before > 2 || after > 3 || !names_capital_at(s) || !names_capital_at(comma + 2))
		return NULL;
	return xprintf("%.*s %.*s", (int)(s + len - comma - 2), comma + 2, (int)(comma - s), s);
}

/* ALL CAPS names read better as Title Case: each letter after a letter
 * is lowered, in any Latin script ("ARAÚJO" is "Araújo"). */
char *
names_case(const char *full)
{
	size_t len;
	const char *s = names_bare(full, &len);
	struct buf out = BUF_INIT;
	uint32_t cp;
	int lower = 0, after_letter = 0;
	char *turned;

	if ((turned = comma_turned(s, len)) != NULL) {
		char *n = names_case(turned);
		free(turned);
		return n;
	}

	for (size_t i = 0, n; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		n = n > 0 ? n : 1;
		lower |= fold_islower(cp);
	}
	if (lower)
		return surname_last(s, len);
	for (size_t i = 0, n; i < len; i += n) {
		char enc[4];
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			buf_addc(&out, s[i]);
			n = 1;
			after_letter = 0;
			continue;
		}
		if (after_letter && fold_isupper(cp))
			buf_add(&out, enc, utf8_encode(lower_cp(cp), enc));
		else
			buf_add(&out, s + i, n);
		after_letter = fold_isalpha(cp) || (cp == '\'' && after_letter);
	}
	if (out.s == NULL)
		return xstrdup("");
	particles_lower(out.s);
	return buf_detach(&out);
}
