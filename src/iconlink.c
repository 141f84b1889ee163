#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "iconlink.h"
#include "utf8.h"

/* Font Awesome's brand glyphs (the code points versions 4 to 6 share)
 * and the address a handle after them stands for. */
static const struct {
	uint32_t cp;
	const char *site;
} brands[] = {
	{ 0xf08c, "linkedin.com/in/" },	/* linkedin (square) */
	{ 0xf092, "github.com/" },	/* github (square) */
	{ 0xf099, "twitter.com/" },	/* twitter */
	{ 0xf09b, "github.com/" },	/* github */
	{ 0xf0e1, "linkedin.com/in/" },	/* linkedin (in) */
	{ 0xf296, "gitlab.com/" },	/* gitlab */
};

static const char *
brand_site(uint32_t cp)
{
	for (size_t i = 0; i < sizeof brands / sizeof brands[0]; i++)
		if (brands[i].cp == cp)
			return brands[i].site;
	return NULL;
}

int
iconlink_brand(uint32_t cp)
{
	return brand_site(cp) != NULL;
}

/* The length of the handle at s: letters, figures, '-', '_' and '.'
 * up to a space or the line's end; 0 when it is none, or an address or
 * an e-mail already. */
static size_t
handle_len(const char *s)
{
	size_t n = 0;

	while (isalnum((unsigned char)s[n]) || s[n] == '-' || s[n] == '_' || s[n] == '.')
		n++;
	if (n < 2 || (s[n] != '\0' && s[n] != ' ' && s[n] != '\t' && s[n] != '\n' &&
	    s[n] != '\r') || memchr(s, '.', n) != NULL)
		return 0;
	return n;
}

char *
iconlink_text(const char *s)
{
	struct buf b = BUF_INIT;
	size_t len = strlen(s), i = 0, n;
	int any = 0;
	uint32_t cp;

	while (i < len) {
		const char *site, *h;
		if ((unsigned char)s[i] != 0xee && (unsigned char)s[i] != 0xef) {
			buf_addc(&b, s[i++]);
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0 || cp < 0xe000 || cp > 0xf8ff) {
			buf_add(&b, s + i, n == 0 ? 1 : n);
			i += n == 0 ? 1 : n;
			continue;
		}
		any = 1;
		i += n;
		h = s + i + strspn(s + i, " ");
		if ((site = brand_site(cp)) != NULL && handle_len(h) > 0) {
			buf_addc(&b, ' ');
			buf_adds(&b, site);
			i = (size_t)(h - s);
		} else
			buf_addc(&b, ' ');
	}
	if (!any) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}
