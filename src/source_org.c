#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "source_org.h"
#include "xalloc.h"

/* The value of the setting "#+KEY: value" the line s[0..n) makes, else NULL. */
static const char *
setting(const char *s, size_t n, const char *key, size_t *vlen)
{
	size_t k = strlen(key);

	if (n < k + 3 || strncmp(s, "#+", 2) != 0 || strncasecmp(s + 2, key, k) != 0 ||
	    s[k + 2] != ':')
		return NULL;
	s += k + 3;
	n -= k + 3;
	while (n > 0 && *s == ' ')
		s++, n--;
	*vlen = n;
	return s;
}

/* The level of the headline "** Title", 0 if the line is none. */
static int
headline(const char *s, size_t n)
{
	size_t k = strspn(s, "*");

	return k > 0 && k < n && s[k] == ' ' ? (int)k : 0;
}

/* "Title     :noexport:cv:": the tags off the end of the title s[0..*n);
 * 1 when one of them is noexport. */
static int
untag(const char *s, size_t *n)
{
	size_t e = *n, a;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e < 3 || s[e - 1] != ':')
		return 0;
	a = e - 1;
	while (a > 0 && s[a - 1] != ' ' && s[a - 1] != '\t')
		a--;
	if (s[a] != ':' || a == 0 || e - a < 3)
		return 0;
	for (size_t i = a; i < e; i++)
		if (!isalnum((unsigned char)s[i]) && strchr(":_@#%", s[i]) == NULL)
			return 0;
	*n = a;
	while (*n > 0 && (s[*n - 1] == ' ' || s[*n - 1] == '\t'))
		(*n)--;
	return memmem(s + a, e - a, ":noexport:", 10) != NULL;
}

/* The end of the italics "/2012 – 2014/" opening at s[i], 0 if it is none: a
 * slash after a space or the line's start, its closing one before a space,
 * a stop or the line's end, no space inside at either end. */
static size_t
italics_end(const char *s, size_t n, size_t i)
{
	const char *close;

	if (s[i] != '/' || (i > 0 && s[i - 1] != ' ') || i + 2 >= n || s[i + 1] == ' ' ||
	    s[i + 1] == '/' || (close = memchr(s + i + 1, '/', n - i - 1)) == NULL ||
	    close[-1] == ' ')
		return 0;
	if (close + 1 < s + n && strchr(" .,;:)", close[1]) == NULL)
		return 0;
	return (size_t)(close - s);
}

/* A body line: [[target][text]] as its text, [[target]] as the target
 * without "mailto:", " :: " as ": ", /italics/ without their slashes. */
static void
body_line(const char *s, size_t n, struct buf *out)
{
	for (size_t i = 0; i < n; i++) {
		const char *close;
		size_t e;
		if (i + 1 < n && s[i] == '[' && s[i + 1] == '[' &&
		    (close = memmem(s + i, n - i, "]]", 2)) != NULL) {
			const char *mid = memmem(s + i, (size_t)(close - s - i), "][", 2);
			const char *t = mid != NULL ? mid + 2 : s + i + 2;
			if (mid == NULL && strncmp(t, "mailto:", 7) == 0)
				t += 7;
			buf_add(out, t, (size_t)(close - t));
			i = (size_t)(close - s) + 1;
		} else if (i + 3 < n && strncmp(s + i, " :: ", 4) == 0) {
			buf_adds(out, ": ");
			i += 3;
		} else if ((e = italics_end(s, n, i)) > 0) {
			buf_add(out, s + i + 1, e - i - 1);
			i = e;
		} else {
			buf_addc(out, s[i]);
		}
	}
	buf_addc(out, '\n');
}

int
source_is_org(const char *text)
{
	int settings = 0, heads = 0;
	size_t v;

	for (const char *p = text; *p != '\0'; p += strcspn(p, "\n"), p += *p == '\n') {
		size_t n = strcspn(p, "\n");
		settings += setting(p, n, "title", &v) != NULL ||
		    setting(p, n, "author", &v) != NULL || setting(p, n, "options", &v) != NULL ||
		    setting(p, n, "email", &v) != NULL || setting(p, n, "startup", &v) != NULL;
		heads += headline(p, n) > 0;
	}
	return settings >= 2 || (settings == 1 && heads >= 2);
}

char *
source_org(const char *text)
{
	struct buf out = BUF_INIT, head = BUF_INIT, title = BUF_INIT;
	int skip = 0, drawer = 0;

	for (const char *p = text; *p != '\0'; p += strcspn(p, "\n"), p += *p == '\n') {
		size_t n = strcspn(p, "\n"), vlen, a = strspn(p, " \t");
		const char *v;
		int level = headline(p, n);
		while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' '))
			n--;
		if (skip > 0 && (level == 0 || level > skip))
			continue;
		skip = 0;
		if ((v = setting(p, n, "author", &vlen)) != NULL ||
		    (v = setting(p, n, "email", &vlen)) != NULL) {
			buf_add(&head, v, vlen);
			buf_addc(&head, '\n');
		} else if ((v = setting(p, n, "title", &vlen)) != NULL) {
			buf_add(&title, v, vlen);
			buf_addc(&title, '\n');
		} else if (n > a && p[a] == ':' && p[n - 1] == ':' && n - a > 2) {
			drawer = strncasecmp(p + a, ":end:", 5) != 0;	/* :PROPERTIES: ... :END: */
		} else if (drawer || (n > a && p[a] == '#' && (a + 1 == n || p[a + 1] == ' ' ||
		    p[a + 1] == '+'))) {
			continue;	/* a setting, a comment */
		} else if (level > 0) {
			size_t tn = n;
			if (untag(p, &tn)) {
				skip = level;
				continue;
			}
			for (int i = 0; i < level && i < 6; i++)
				buf_addc(&out, '#');
			body_line(p + level, tn - (size_t)level, &out);
		} else {
			body_line(p, n, &out);
		}
	}
	/* the title names the person only where no author does */
	buf_adds(&head, head.len == 0 ? buf_str(&title) : "");
	buf_adds(&head, "\n");
	buf_adds(&head, buf_str(&out));
	buf_free(&out);
	buf_free(&title);
	return buf_detach(&head);
}
