#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "fold.h"
#include "parse.h"
#include "unflatten.h"
#include "xalloc.h"

#define LONG_LINE 300

/* Words ending at a colon that name a section: "Work Experience:". */
static size_t
heading_at(const struct lexicon *lx, const char *s, size_t *hlen)
{
	const char *p = s;

	for (int words = 0; words < 4 && *p != '\0'; words++) {
		size_t n = strcspn(p, " ");
		char key[96];
		if (n > 0 && p[n - 1] == ':') {
			fold_key(s, (size_t)(p - s) + n - 1, key, sizeof key);
			if (heading_lookup(&lx->headings, key) != IS_NONE) {
				*hlen = (size_t)(p - s) + n - 1;
				return (size_t)(p - s) + n;
			}
			return 0;
		}
		p += n;
		p += strspn(p, " ");
	}
	return 0;
}

static int
bullet_at(const char *s)
{
	return ((s[0] == '-' || s[0] == '*') && s[1] == ' ' && isupper((unsigned char)s[2])) ||
	    strncmp(s, "\xe2\x80\xa2", 3) == 0 || strncmp(s, "\xe2\x97\x8f", 3) == 0;
}

static void
piece(struct layout *out, const char *s, size_t len, unsigned flags)
{
	char *t = parse_trim(s, len);

	if (t[0] != '\0')
		layout_add(out, t, strlen(t), 0, flags);
	free(t);
}

/* "... workshops Security Analyst at Wadi Bank (Jul 2017 — Feb 2021)": the
 * role that opens an entry, found back from its " at " and its dates. */
static size_t
entry_start(const char *s, size_t len)
{
	struct daterange r;
	const char *at;
	size_t i;

	if (!dateparse_find(s, len, &r) || r.single || r.from == 0)
		return 0;
	for (at = NULL, i = 0; i + 4 < r.from; i++)
		if (strncmp(s + i, " at ", 4) == 0 || strncmp(s + i, " @ ", 3) == 0)
			at = s + i;
	if (at == NULL)
		return 0;
	i = (size_t)(at - s);
	while (i > 0) {
		size_t w = i;
		while (w > 0 && s[w - 1] != ' ')
			w--;
		if (!isupper((unsigned char)s[w]) && strncmp(s + w, "of ", 3) != 0 &&
		    strncmp(s + w, "& ", 2) != 0)
			break;
		i = w > 0 ? w - 1 : 0;
		if (w == 0)
			return 0;
	}
	return i > 0 ? i + 1 : 0;
}

/* A bullet's text, cut before the next entry's role when it runs on. */
static void
bullet_piece(struct layout *out, const char *s, size_t len)
{
	size_t k = entry_start(s, len);

	if (k > 0) {
		piece(out, s, k, MK_BULLET);
		piece(out, s + k, len - k, 0);
	} else
		piece(out, s, len, MK_BULLET);
}

/* "Noor Haddad Cloud Security Engineer": the name, then the headline,
 * where the words begin to read as a job. */
static void
name_piece(struct layout *out, const char *s, size_t len)
{
	char *t = parse_trim(s, len);
	const char *p = t;

	for (int words = 0; *p != '\0' && len < 200; words++) {
		p += strcspn(p, " ");
		p += strspn(p, " ");
		if (words >= 1 && *p != '\0' && role_title_score(p) > 0) {
			char *name = xstrndup(t, (size_t)(p - t));
			if (role_title_score(name) == 0) {
				piece(out, name, strlen(name), 0);
				piece(out, p, strlen(p), 0);
				free(name);
				free(t);
				return;
			}
			free(name);
		}
	}
	piece(out, t, strlen(t), 0);
	free(t);
}

static void
flush(struct layout *out, const char *s, size_t from, size_t to, unsigned flags, int top)
{
	if (to <= from)
		return;
	if (flags & MK_BULLET)
		bullet_piece(out, s + from, to - from);
	else if (top)
		name_piece(out, s + from, to - from);
	else
		piece(out, s + from, to - from, flags);
}

static int
contact_at(const char *s)
{
	size_t n = strcspn(s, " ");

	return memchr(s, '@', n) != NULL || (s[0] == '+' && isdigit((unsigned char)s[1]));
}

static void
cut_line(const struct lexicon *lx, const char *s, struct layout *out, int first)
{
	size_t start = 0, len = strlen(s), hn, hlen;
	unsigned flags = 0;
	int top = first;

	for (size_t i = 0; i < len;) {
		if (i > 0 && s[i - 1] != ' ') {
			i++;
			continue;
		}
		if ((hn = heading_at(lx, s + i, &hlen)) > 0) {
			flush(out, s, start, i, flags, top);
			piece(out, s + i, hlen, LN_BLANK);
			i += hn;
			start = i;
			flags = top = 0;
		} else if (bullet_at(s + i)) {
			flush(out, s, start, i, flags, top);
			i += s[i] == '-' || s[i] == '*' ? 2 : 3;
			start = i;
			flags = MK_BULLET;
			top = 0;
		} else if (top && i > 0 && contact_at(s + i)) {
			flush(out, s, start, i, flags, top);
			start = i++;
			top = 0;
		} else
			i++;
	}
	flush(out, s, start, len, flags, top);
}

int
unflatten(const struct lexicon *lx, struct layout *L)
{
	struct layout out;
	size_t longest = 0;

	for (size_t i = 0; i < L->n; i++)
		if (strlen(L->v[i].s) > longest)
			longest = strlen(L->v[i].s);
	if (longest < LONG_LINE || L->n > 8)
		return 0;
	memset(&out, 0, sizeof out);
	for (size_t i = 0; i < L->n; i++) {
		if (strlen(L->v[i].s) >= LONG_LINE)
			cut_line(lx, L->v[i].s, &out, i == 0);
		else
			layout_add(&out, L->v[i].s, strlen(L->v[i].s), L->v[i].indent,
			    L->v[i].flags);
	}
	out.urls = L->urls;
	L->urls = (struct strlist)STRLIST_INIT;
	layout_free(L);
	*L = out;
	return 1;
}
