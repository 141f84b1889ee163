/*
 * labelpairs: see labelpairs.h.
 */
#include <stdlib.h>
#include <string.h>

#include "formhead.h"
#include "heading.h"
#include "labelpairs.h"
#include "lineword.h"
#include "xalloc.h"

/* "Home Village:", "Date of Birth:": a word or three and a colon ending
 * the line, the only one; 2 when a form's table knows the label. */
static int
label_alone(const char *s)
{
	size_t n = strlen(s);

	if (n < 2 || n > 40 || s[n - 1] != ':' || strchr(s, ':') != s + n - 1 ||
	    strpbrk(s, "0123456789@") != NULL || lineword_count(s) > 4)
		return 0;
	return formhead_kind(s, n - 1) != FH_NONE ? 2 : 1;
}

/* Whether line i ends a column of values: none, a blank before it, a
 * heading or a label. */
static int
values_end(const struct layout *L, size_t i)
{
	const struct line *l;

	if (i >= L->n)
		return 1;
	l = &L->v[i];
	return (l->flags & (LN_BLANK | LN_PAGE)) || heading_looks(l) || label_alone(l->s);
}

/* The values of the n labels from line i: the n lines after them, none a
 * label nor blank before it, and the column ends there. */
static int
values_after(const struct layout *L, size_t i, size_t n)
{
	for (size_t k = i + n; k < i + 2 * n; k++)
		if (k >= L->n || L->v[k].s[0] == '\0' || label_alone(L->v[k].s) ||
		    (k > i + n && (L->v[k].flags & (LN_BLANK | LN_PAGE))))
			return 0;
	return values_end(L, i + 2 * n);
}

/* Label i + k takes value i + n + k; the values go from the layout. */
static void
pairs_set(struct layout *L, size_t i, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		char *both = xprintf("%s %s", L->v[i + k].s, L->v[i + n + k].s);
		free(L->v[i + k].s);
		free(L->v[i + n + k].s);
		L->v[i + k].s = both;
	}
	memmove(&L->v[i + n], &L->v[i + 2 * n], (L->n - i - 2 * n) * sizeof L->v[0]);
	L->n -= n;
}

size_t
labelpairs_join(struct layout *L)
{
	size_t done = 0;

	for (size_t i = 0; i < L->n; i++) {
		size_t n = 0, known = 0;
		int k;
		while (i + n < L->n && (k = label_alone(L->v[i + n].s)) > 0 &&
		    (n == 0 || !(L->v[i + n].flags & LN_BLANK))) {
			known += k == 2;
			n++;
		}
		if (n >= 4 && known * 2 >= n && values_after(L, i, n)) {
			pairs_set(L, i, n);
			done++;
		}
		i += n > 0 ? n - 1 : 0;
	}
	return done;
}
