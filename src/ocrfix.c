#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ocrfix.h"
#include "xalloc.h"

/* The figure an OCR letter stands for in a number, or 0. */
static char
figure_of(char c)
{
	return c == 'O' || c == 'o' ? '0' : c == 'l' || c == 'I' ? '1' : 0;
}

/* Whether the four bytes at s, figures and letters OCR reads for them,
 * a letter among them, are a year from 1950 to 2039. */
static int
letter_year(const char *s)
{
	char y[5];
	int letters = 0;

	for (int i = 0; i < 4; i++) {
		if (isdigit((unsigned char)s[i]))
			y[i] = s[i];
		else if ((y[i] = figure_of(s[i])) != 0)
			letters++;
		else
			return 0;
	}
	y[4] = '\0';
	return letters > 0 && letters < 3 && isdigit((unsigned char)s[0]) &&
	    ((strncmp(y, "19", 2) == 0 && y[2] >= '5') || (strncmp(y, "20", 2) == 0 && y[2] <= '3'));
}

/* Whether the run of letters and figures at s, n bytes, is a year read
 * with a letter. */
static int
run_year(const char *s, size_t n)
{
	return n == 4 && letter_year(s);
}

/* The run s[0..n) mended into b. */
static void
run_fix(struct buf *b, const char *s, size_t n)
{
	if (run_year(s, n)) {
		for (size_t i = 0; i < n; i++)
			buf_addc(b, isdigit((unsigned char)s[i]) ? s[i] : figure_of(s[i]));
		return;
	}
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		/* "Ju1y", "Co1lege", "Mtwa1o": a figure between small letters */
		if ((c == '1' || c == '0') && i > 0 && i + 1 < n &&
		    islower((unsigned char)s[i - 1]) && islower((unsigned char)s[i + 1]))
			c = c == '1' ? 'l' : 'o';
		buf_addc(b, c);
	}
}

/* Whether the word at s, up to a space, is an address or a link, whose
 * figures are its own. */
static int
address_word(const char *s, size_t n)
{
	return memchr(s, '@', n) != NULL || memchr(s, '/', n) != NULL ||
	    (n > 4 && strncmp(s, "www.", 4) == 0);
}

/* Whether s has a year read with a letter, standing alone: a scan's.
 * (letter_year stops at the string's end.) */
static int
scanned(const char *s)
{
	for (const char *p = s; *p != '\0'; p++)
		if ((p == s || !isalnum((unsigned char)p[-1])) && letter_year(p) &&
		    !isalnum((unsigned char)p[4]))
			return 1;
	return 0;
}

char *
ocrfix_text(const char *s)
{
	struct buf b = BUF_INIT;

	if (!scanned(s))
		return NULL;
	for (int start = 1; *s != '\0'; start = s[-1] == '\n') {
		size_t w = strcspn(s, " \t\n");
		/* "e Posting of ...", "« Preparation of ...": the bullet OCR
		 * read as a letter or a guillemet, at a line's start */
		if (start && ((w == 1 && *s == 'e') || (w == 2 && strncmp(s, "\xc2\xab", 2) == 0)) &&
		    s[w] == ' ' && isupper((unsigned char)s[w + 1])) {
			buf_adds(&b, "\xe2\x80\xa2");
			s += w;
			continue;
		}
		if (address_word(s, w)) {
			buf_add(&b, s, w);
		} else {
			for (size_t i = 0; i < w;) {
				size_t n = 0;
				while (i + n < w && isalnum((unsigned char)s[i + n]))
					n++;
				if (n == 0) {
					buf_addc(&b, s[i++]);
					continue;
				}
				run_fix(&b, s + i, n);
				i += n;
			}
		}
		s += w;
		if (*s != '\0')
			buf_addc(&b, *s++);
	}
	return b.s != NULL ? buf_detach(&b) : xstrdup("");
}
