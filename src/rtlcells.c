/*
 * rtlcells: see rtlcells.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "layout.h"
#include "rtlcells.h"
#include "xalloc.h"

/* Whether the UTF-8 sequence at p is a letter of Hebrew (U+0590-U+05FF)
 * or Arabic (U+0600-U+06FF). */
static int
rtl_at(const unsigned char *p)
{
	return (p[0] == 0xd6 && p[1] >= 0x90) || (p[0] >= 0xd7 && p[0] <= 0xdb);
}

/* Whether the UTF-8 sequence at p is a Latin letter. */
static int
latin_at(const unsigned char *p)
{
	return isalpha(p[0]) || (p[0] >= 0xc3 && p[0] <= 0xc5);
}

/* The Latin and the right-to-left letters of s[0..n). */
static void
letters(const char *s, size_t n, size_t *latin, size_t *rtl)
{
	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = (const unsigned char *)s + i;
		*latin += latin_at(p);
		*rtl += rtl_at(p);
	}
}

/* The line without its cells written only in the second script. */
static void
line_drop(struct line *l)
{
	struct buf b = BUF_INIT;
	const char *s = l->s;
	int dropped = 0;

	for (;;) {
		size_t n = strcspn(s, "\t"), latin = 0, rtl = 0;
		letters(s, n, &latin, &rtl);
		if (rtl > 0 && latin == 0)
			dropped = 1;
		else {
			if (b.len > 0)
				buf_addc(&b, '\t');
			buf_add(&b, s, n);
		}
		if (s[n] == '\0')
			break;
		s += n + 1;
	}
	if (dropped) {
		free(l->s);
		l->s = b.len > 0 ? buf_detach(&b) : xstrdup("");
	}
	buf_free(&b);
}

void
rtlcells_drop(struct layout *L)
{
	size_t latin = 0, rtl = 0;

	for (size_t i = 0; i < L->n; i++)
		letters(L->v[i].s, strlen(L->v[i].s), &latin, &rtl);
	if (rtl == 0 || rtl * 3 > latin)
		return;
	for (size_t i = 0; i < L->n; i++)
		line_drop(&L->v[i]);
}
