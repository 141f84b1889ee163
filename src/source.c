#include <ctype.h>
#include <string.h>

#include "buf.h"
#include "source.h"
#include "source_adoc.h"
#include "source_org.h"
#include "source_typst.h"
#include "xalloc.h"

/* Commands that only set the look of their one argument: the argument
 * is the text.  Any other command followed by groups is a template's
 * macro whose groups are the cells of what it prints. */
static const char *const style1[] = {
	"textbf", "textit", "emph", "underline", "textsc", "texttt", "textrm", "textsf",
	"textnormal", "text", "mbox", "uline", "small", "footnotesize", "scriptsize",
	"normalsize", "large", "Large", "LARGE", "huge", "Huge", "centerline", "fbox",
	"textup", "textmd", "textsl", "MakeUppercase", "MakeLowercase", NULL
};

/* Commands that print nothing of the résumé, their groups with them. */
static const char *const silent[] = {
	"begin", "end", "vspace", "hspace", "usepackage", "documentclass", "input",
	"newcommand", "renewcommand", "setlength", "addtolength", "titleformat",
	"titlespacing", "pagestyle", "fancyhf", "urlstyle", "pdfgentounicode",
	"raggedbottom", "raggedright", "definecolor", "color", "fontsize", "label",
	"includegraphics", "geometry", "setlist", "hypersetup", NULL
};

static int
listed(const char *const *v, const char *s, size_t n)
{
	for (size_t i = 0; v[i] != NULL; i++)
		if (strlen(v[i]) == n && strncmp(v[i], s, n) == 0)
			return 1;
	return 0;
}

/* The end of the group opened at s[i] == '{' or '[' (one past its
 * closing brace); len when it is not closed. */
static size_t
group_end(const char *s, size_t len, size_t i)
{
	char open = s[i], close = open == '{' ? '}' : ']';
	int depth = 0;

	for (; i < len; i++) {
		if (s[i] == '\\' && i + 1 < len) {
			i++;
			continue;
		}
		if (s[i] == open)
			depth++;
		else if (s[i] == close && --depth == 0)
			return i + 1;
	}
	return len;
}

/* Past blanks and one line break, not past an empty line. */
static size_t
skip_blank(const char *s, size_t len, size_t i)
{
	int lines = 0;

	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
		if (s[i] == '\n' && ++lines > 1)
			break;
		i++;
	}
	return i;
}

static void tex_text(const char *s, size_t len, struct buf *out);

/* A template's macro with n groups, \resumeSubheading{A}{B}{C}{D}: the
 * rows it prints, "A   B" over "C   D"; an item's macro a bullet. */
static size_t
tex_macro(const char *s, size_t len, size_t i, const char *name, size_t nlen,
    struct buf *out)
{
	size_t at = i, k = 0;

	if (nlen >= 4 && (strncmp(name + nlen - 4, "Item", 4) == 0 ||
	    (nlen == 4 && strncmp(name, "item", 4) == 0))) {
		buf_adds(out, "\n- ");
		if (i < len && s[i] == '{') {
			size_t e = group_end(s, len, i);
			tex_text(s + i + 1, e - i >= 2 ? e - i - 2 : 0, out);
			return e;
		}
		return i;
	}
	while ((at = skip_blank(s, len, at)) < len && (s[at] == '{' || s[at] == '[')) {
		size_t e = group_end(s, len, at);
		if (s[at] == '{') {
			buf_adds(out, k == 0 ? "\n" : k % 2 == 1 ? "   " : "\n");
			tex_text(s + at + 1, e - at >= 2 ? e - at - 2 : 0, out);
			k++;
		}
		i = at = e;
	}
	if (k > 0)
		buf_adds(out, "\n");
	return i;
}

/* One command at s[i] == '\\'; where the text goes on. */
static size_t
tex_command(const char *s, size_t len, size_t i, struct buf *out)
{
	size_t n = 0;
	const char *name = s + i + 1;

	if (i + 1 >= len)
		return len;
	if (!isalpha((unsigned char)name[0])) {
		if (name[0] == '\\')
			buf_adds(out, "\n");
		else if (strchr("%&$#_{}", name[0]) != NULL)
			buf_addc(out, name[0]);
		return i + 2;
	}
	while (isalpha((unsigned char)name[n]) && i + 1 + n < len)
		n++;
	i += 1 + n + (i + 1 + n < len && s[i + 1 + n] == '*');
	if (listed(silent, name, n)) {
		while (i < len && (s[i] == '{' || s[i] == '['))
			i = group_end(s, len, i);
		if ((n == 5 && strncmp(name, "begin", 5) == 0) ||
		    (n == 3 && strncmp(name, "end", 3) == 0))
			buf_adds(out, "\n");
		return i;
	}
	if (n == 4 && strncmp(name, "href", 4) == 0 && i < len && s[i] == '{')
		return group_end(s, len, i);	/* its text follows as a group */
	if (listed(style1, name, n)) {
		if (i < len && s[i] == '{') {
			size_t e = group_end(s, len, i);
			tex_text(s + i + 1, e - i >= 2 ? e - i - 2 : 0, out);
			return e;
		}
		return i;
	}
	if (strncmp(name, "section", 7) == 0 || strncmp(name, "subsection", 10) == 0) {
		size_t e = i < len && s[i] == '{' ? group_end(s, len, i) : i;
		buf_adds(out, "\n\n");
		if (e > i)
			tex_text(s + i + 1, e - i - 2, out);
		buf_adds(out, "\n\n");
		return e;
	}
	return tex_macro(s, len, i, name, n, out);
}

static void
tex_text(const char *s, size_t len, struct buf *out)
{
	for (size_t i = 0; i < len;) {
		if (s[i] == '%') {
			while (i < len && s[i] != '\n')
				i++;
		} else if (s[i] == '\\') {
			i = tex_command(s, len, i, out);
		} else if (s[i] == '{' || s[i] == '}' || s[i] == '$') {
			i++;
		} else if (s[i] == '~') {
			buf_addc(out, ' ');
			i++;
		} else if (s[i] == '-' && i + 1 < len && s[i + 1] == '-') {
			buf_adds(out, "\xe2\x80\x93");
			i += 2 + (i + 2 < len && s[i + 2] == '-');
		} else {
			buf_addc(out, s[i++]);
		}
	}
}

/* Each line without the source's indentation, no run of empty lines. */
static char *
tidy(const char *s)
{
	struct buf b = BUF_INIT;
	int empty = 1;

	while (*s != '\0') {
		size_t n = strcspn(s, "\n");
		size_t a = 0;
		while (a < n && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
			a++;
		while (n > a && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
			n--;
		if (n == a + 1 && s[a] == '-')
			n = a;	/* an item's bullet over the item's own lines */
		if (n > a || !empty) {
			buf_add(&b, s + a, n - a);
			buf_addc(&b, '\n');
		}
		empty = n == a;
		s += strcspn(s, "\n");
		s += *s == '\n';
	}
	return b.s != NULL ? buf_detach(&b) : xstrdup("");
}

/* What a CV class's header commands set in the preamble, \name{Ingrid}
 * {Halvorsen}, \title{...}, \phone[mobile]{...}: a line each. */
static void
tex_header(const char *s, size_t len, struct buf *out)
{
	static const char *const header[] = { "name", "firstname", "familyname",
		"lastname", "title", "position", "tagline", "address", "phone", "mobile",
		"email", "homepage", "social", "github", "linkedin", "location",
		"extrainfo", "personalinfo", NULL };

	for (size_t i = 0; i + 1 < len; i++) {
		size_t n = 0, k = 0, at;
		if (s[i] != '\\' || (i > 0 && s[i - 1] == '\\'))
			continue;
		while (i + 1 + n < len && isalpha((unsigned char)s[i + 1 + n]))
			n++;
		if (!listed(header, s + i + 1, n))
			continue;
		at = i + 1 + n;
		while ((at = skip_blank(s, len, at)) < len && (s[at] == '{' || s[at] == '[')) {
			size_t e = group_end(s, len, at);
			if (s[at] == '{' && e - at > 2) {
				int name = n == 4 && strncmp(s + i + 1, "name", 4) == 0;
				buf_adds(out, k++ == 0 ? "" : name ? " " : ", ");
				tex_text(s + at + 1, e - at - 2, out);
			}
			at = e;
		}
		if (k > 0)
			buf_addc(out, '\n');
		i = at - 1;
	}
}

static int
is_latex(const char *text)
{
	int marks = 0;

	if (strstr(text, "\\documentclass") != NULL || strstr(text, "\\begin{document}") != NULL)
		return 1;
	for (const char *p = text; (p = strstr(p, "\\section")) != NULL; p++)
		marks++;
	for (const char *p = text; (p = strstr(p, "\\item")) != NULL; p++)
		marks++;
	return marks >= 3;
}

char *
source_plain(const char *text)
{
	struct buf out = BUF_INIT;
	const char *body = strstr(text, "\\begin{document}"), *end;
	char *s;

	if (source_is_typst(text))
		return source_typst(text);
	if (source_is_org(text))
		return source_org(text);
	if (source_is_adoc(text))
		return source_adoc(text);
	if (!is_latex(text))
		return NULL;
	if (body != NULL)
		tex_header(text, (size_t)(body - text), &out);
	body = body != NULL ? body + strlen("\\begin{document}") : text;
	end = strstr(body, "\\end{document}");
	tex_text(body, end != NULL ? (size_t)(end - body) : strlen(body), &out);
	s = tidy(buf_str(&out));
	buf_free(&out);
	return s;
}
