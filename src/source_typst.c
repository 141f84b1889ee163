#include <ctype.h>
#include <string.h>

#include "buf.h"
#include "source_typst.h"
#include "xalloc.h"

static int
starts(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	return n >= k && strncmp(s, w, k) == 0;
}

int
source_is_typst(const char *text)
{
	int marks = 0;

	for (const char *p = text; *p != '\0'; p += strcspn(p, "\n"), p += *p == '\n') {
		size_t n = strcspn(p, "\n");
		marks += starts(p, n, "#let ") || starts(p, n, "#import ") ||
		    starts(p, n, "#show:") || starts(p, n, "#set ");
	}
	return marks >= 2;
}

/* The parentheses a line opens and does not close. */
static int
depth_of(const char *s, size_t n)
{
	int d = 0, quoted = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && s[i] == '(')
			d++;
		else if (!quoted && s[i] == ')')
			d--;
	}
	return d;
}

/* "#let email = \"a@b.example\"": the string a header variable holds. */
static void
header_value(const char *s, size_t n, struct buf *head)
{
	const char *q = memchr(s, '"', n), *e;

	if (q == NULL || (memchr(s, '=', n) == NULL && memchr(s, ':', n) == NULL) ||
	    (e = memchr(q + 1, '"', n - (size_t)(q + 1 - s))) == NULL || e == q + 1)
		return;
	if (head->len > 0 && strchr("\n ", head->s[head->len - 1]) == NULL)
		buf_adds(head, " | ");
	buf_add(head, q + 1, (size_t)(e - q - 1));
	if (strchr(head->s, '\n') == NULL)
		buf_addc(head, '\n');	/* the first, the name, on a line of its own */
}

/* "#show: resume.with(author: (firstname: \"Ana\", email: ...))": of the
 * template's settings, the ones that are the person's. */
static void
show_value(const char *s, size_t n, struct buf *head)
{
	static const char *const keys[] = { "author:", "name:", "firstname:", "lastname:",
		"email:", "phone:", "address:", "location:", "github:", "linkedin:",
		"homepage:", "website:", "personal-site:", NULL };
	size_t k = 0;

	while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '('))
		k++;
	if (starts(s + k, n - k, "lastname:") && head->len > 0 &&
	    strchr(head->s, '\n') == head->s + head->len - 1) {
		/* the family name after the given one, on the name's line */
		buf_truncate(head, head->len - 1);
		buf_addc(head, ' ');
		header_value(s + k, n - k, head);
		return;
	}
	for (size_t i = 0; keys[i] != NULL; i++)
		if (starts(s + k, n - k, keys[i])) {
			header_value(s + k, n - k, head);
			return;
		}
}

/* A call's argument, "title: \"Backend Engineer\"," or "dates:
 * dates-helper(start-date: \"Oct 2019\", end-date: \"Mar 2022\"),": a
 * labelled line of its strings, a range when there are two; the thing's
 * "name:" or "url:" the bare value. */
static void
argument(const char *s, size_t n, struct buf *out)
{
	size_t key = 0, strings = 0;
	const char *p = s, *end = s + n, *q;

	while (key < n && (isalnum((unsigned char)s[key]) || s[key] == '-' || s[key] == '_'))
		key++;
	if (key == n || s[key] != ':') {
		buf_add(out, s, n);
		buf_addc(out, '\n');
		return;
	}
	if (!starts(s, n, "name:") && !starts(s, n, "url:"))
		buf_add(out, s, key + 1);
	while ((p = memchr(p, '"', (size_t)(end - p))) != NULL &&
	    (q = memchr(p + 1, '"', (size_t)(end - p - 1))) != NULL) {
		buf_adds(out, strings++ == 0 ? " " : " \xe2\x80\x93 ");
		buf_add(out, p + 1, (size_t)(q - p - 1));
		p = q + 1;
	}
	buf_addc(out, '\n');
}

/* A line of the body: "== Skills" a heading, "_Backend_ \u2014 Rust"
 * without its emphasis marks, a call's "name:" or "url:" its value. */
static void
body_line(const char *s, size_t n, int call, struct buf *out)
{
	size_t k = 0;

	while (k < n && (s[k] == ' ' || s[k] == '\t'))
		k++;
	if (k < n && s[k] == '=') {
		while (k < n && s[k] == '=')
			k++;
		buf_adds(out, "## ");
	} else if (call) {
		argument(s + k, n - k, out);
		return;
	}
	for (size_t i = k; i < n; i++)
		if (s[i] != '_' || (i > k && isalnum((unsigned char)s[i - 1]) && i + 1 < n &&
		    isalnum((unsigned char)s[i + 1])))
			buf_addc(out, s[i]);
	buf_addc(out, '\n');
}

char *
source_typst(const char *text)
{
	struct buf head = BUF_INIT, out = BUF_INIT;
	int skip = 0, call = 0;

	for (const char *p = text; *p != '\0'; p += strcspn(p, "\n"), p += *p == '\n') {
		size_t n = strcspn(p, "\n");
		while (n > 0 && p[n - 1] == '\r')
			n--;
		if (skip > 0) {
			skip += depth_of(p, n);
			show_value(p, n, &head);
			continue;
		}
		if (starts(p, n, "//") || starts(p, n, "#import ") || starts(p, n, "#set ")) {
			continue;
		} else if (starts(p, n, "#show")) {
			skip = depth_of(p, n);
			show_value(p, n, &head);
		} else if (starts(p, n, "#let ")) {
			header_value(p, n, &head);
		} else if (n > 0 && p[0] == '#' && p[n - 1] == '(') {
			buf_addc(&out, '\n');	/* a call opens: an entry begins */
			call = 1;
		} else if (n == 1 && p[0] == ')') {
			buf_addc(&out, '\n');
			call = 0;
		} else {
			body_line(p, n, call, &out);
		}
	}
	buf_adds(&head, "\n");
	buf_adds(&head, buf_str(&out));
	buf_free(&out);
	return buf_detach(&head);
}
