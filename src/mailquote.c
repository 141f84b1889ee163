/*
 * mailquote: see mailquote.h.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "mailquote.h"
#include "xalloc.h"

/* The text of a quoted line past its marks ("> ", ">> ", "> > "). */
static const char *
unquoted(const char *s, size_t *n)
{
	const char *p = s, *end = s + *n;

	while (p < end && *p == '>') {
		p++;
		if (p < end && *p == ' ')
			p++;
	}
	*n = (size_t)(end - p);
	return p;
}

/* Whether the lines of s are quoted enough to be a mail's quoted text. */
static int
mostly_quoted(const char *s)
{
	size_t quoted = 0, lines = 0;

	for (const char *p = s; *p != '\0';) {
		size_t n = strcspn(p, "\n"), k = strspn(p, " \t\r");
		if (k < n) {
			lines++;
			quoted += *p == '>';
		}
		p += n + (p[n] == '\n');
	}
	return quoted >= 15 && quoted * 2 >= lines;
}

/* Whether a line opens an item of a list or a heading, never the rest of
 * the line before it. */
static int
opens_own(const char *s)
{
	size_t d = strspn(s, "0123456789");
	int lower = 0, upper = 0;

	if (s[0] == '\0' || ((s[0] == '-' || s[0] == '*') && s[1] == ' ') ||
	    strncmp(s, "\xe2\x80\xa2", 3) == 0 || (d > 0 && (s[d] == '.' || s[d] == ')')))
		return 1;
	/* "WORK EXPERIENCE": a heading in capitals */
	for (const char *p = s; *p != '\0'; p++) {
		lower |= *p >= 'a' && *p <= 'z';
		upper += *p >= 'A' && *p <= 'Z';
	}
	return !lower && upper >= 3;
}

/* Lines the mail's program broke at its width: one broken there when
 * the next line's first word would not have fitted on it. */
static void
reflow(struct strlist *l)
{
	size_t width = 0;

	for (size_t i = 0; i < l->n; i++)
		width = strlen(l->v[i]) > width ? strlen(l->v[i]) : width;
	if (width < 60 || width > 80)
		return;
	/* n: the length of the last line as the program broke it */
	for (size_t i = 0, n = l->n > 0 ? strlen(l->v[0]) : 0; i + 1 < l->n;) {
		size_t w = strcspn(l->v[i + 1], " ");
		if (n > 0 && !opens_own(l->v[i + 1]) && n + 1 + w > width) {
			char *j = xprintf("%s %s", l->v[i], l->v[i + 1]);
			n = strlen(l->v[i + 1]);
			free(l->v[i]);
			l->v[i] = j;
			strlist_remove(l, i + 1);
		} else
			n = strlen(l->v[++i]);
	}
}

char *
mailquote_text(const char *s)
{
	struct strlist lines = STRLIST_INIT;
	struct buf b = BUF_INIT;

	if (!mostly_quoted(s))
		return NULL;
	for (const char *p = s; *p != '\0';) {
		size_t n = strcspn(p, "\n");
		const char *line = p;
		p += n + (p[n] == '\n');
		if (*line != '>')
			continue;
		line = unquoted(line, &n);
		while (n > 0 && (line[n - 1] == '\r' || line[n - 1] == ' '))
			n--;
		/* the signature's mark ("-- "): what follows is the sender's
		 * card */
		if (n == 2 && memcmp(line, "--", 2) == 0)
			break;
		strlist_addn(&lines, line, n);
	}
	reflow(&lines);
	for (size_t i = 0; i < lines.n; i++) {
		buf_adds(&b, lines.v[i]);
		buf_addc(&b, '\n');
	}
	strlist_clear(&lines);
	return buf_detach(&b);
}
