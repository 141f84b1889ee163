#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "europass_places.h"
#include "wordlist.h"
#include "xalloc.h"

/* "City: ", "País: ": a place's label; its length, or 0. */
static size_t
place_label(const char *s)
{
	static const char *const labels[] = { "City: ", "Country: ", "Ciudad: ", "País: ",
		"Città: ", "Paese: ", "Stadt: ", "Land: ", "Miasto: ", "Kraj: ", "Cidade: ",
		"Ville: ", "Pays: ", "Localidad: ", NULL };

	return wordlist_prefix(labels, s);
}

/* " | Final grade: 1.8": another label after the place, which starts a
 * line of its own; its length, or 0. */
static size_t
next_label(const char *s)
{
	size_t n;

	if (strncmp(s, " | ", 3) != 0 || !isupper((unsigned char)s[3]))
		return 0;
	n = strcspn(s + 3, ":|");
	return s[3 + n] == ':' && s[4 + n] == ' ' && n < 30 ? 3 : 0;
}

/* The line with its place labels gone, and what other labels follow it
 * on lines of their own, into out; 0 when it has no place label. */
static int
inline_places(const struct line *l, struct layout *out)
{
	struct buf b = BUF_INIT;
	const char *s = l->s;
	int hits = 0;

	for (size_t i = 0; s[i] != '\0'; i++) {
		size_t k, sep = strncmp(s + i, " | ", 3) == 0 ? 3 : s[i] == ' ' ? 1 : 0;
		if (sep > 0 && i > 0 && (k = place_label(s + i + sep)) > 0) {
			buf_adds(&b, ", ");
			i += sep + k - 1;
			hits++;
			continue;
		}
		if (hits > 0 && (k = next_label(s + i)) > 0) {
			layout_add(out, b.s, b.len, l->indent, l->flags);
			buf_reset(&b);
			i += k - 1;
			continue;
		}
		buf_addc(&b, s[i]);
	}
	if (hits > 0)
		layout_add(out, b.s, b.len, l->indent, l->flags);
	buf_free(&b);
	return hits > 0;
}

void
europass_places(struct layout *L)
{
	struct layout out;
	int any = 0;

	memset(&out, 0, sizeof out);
	for (size_t i = 0; i < L->n; i++) {
		if (strstr(L->v[i].s, ": ") != NULL && inline_places(&L->v[i], &out)) {
			any = 1;
			continue;
		}
		layout_add(&out, L->v[i].s, strlen(L->v[i].s), L->v[i].indent,
		    L->v[i].flags)->level = L->v[i].level;
	}
	if (!any) {
		layout_free(&out);
		return;
	}
	out.urls = L->urls;
	L->urls = (struct strlist)STRLIST_INIT;
	layout_free(L);
	*L = out;
}
