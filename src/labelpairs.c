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

/* A colon alone on line i, between a label and its value. */
static int
colon_at(const struct layout *L, size_t i)
{
	return i > 0 && i + 1 < L->n && strcmp(L->v[i].s, ":") == 0 &&
	    L->v[i - 1].s[0] != '\0' && strchr(L->v[i - 1].s, ':') == NULL &&
	    lineword_count(L->v[i - 1].s) <= 4 && strlen(L->v[i - 1].s) <= 40 &&
	    L->v[i + 1].s[0] != '\0' && strcmp(L->v[i + 1].s, ":") != 0;
}

/* Lines i + 1 up to n, joined onto line i's text, then gone. */
static void
lines_fold(struct layout *L, size_t i, size_t n)
{
	for (size_t k = i + 1; k < n; k++) {
		char *both = xprintf("%s %s", L->v[i].s, L->v[k].s);
		free(L->v[i].s);
		free(L->v[k].s);
		L->v[i].s = both;
	}
	memmove(&L->v[i + 1], &L->v[n], (L->n - n) * sizeof L->v[0]);
	L->n -= n - i - 1;
}

/* "Name" over ":" over "Kyaw Zin Htet": a form's table of three cells a
 * row, raw pdftotext giving each its line; three such rows or more make
 * "Name: Kyaw Zin Htet".  A value wrapped over two lines, the next label
 * and its colon after them, is joined. */
static size_t
colons_join(struct layout *L)
{
	size_t rows = 0, done = 0;

	for (size_t i = 0; i < L->n; i++)
		rows += colon_at(L, i);
	if (rows < 3)
		return 0;
	for (size_t i = 1; i + 1 < L->n; i++) {
		size_t end = i + 2;
		if (!colon_at(L, i))
			continue;
		/* "No. 45, ..., Dagon Myothit (North)" over "Township, Yangon." */
		if (end + 2 < L->n && colon_at(L, end + 2) && !(L->v[end].flags & LN_BLANK) &&
		    !heading_looks(&L->v[end]))
			end++;
		lines_fold(L, i - 1, end);
		/* the label's colon glued to it */
		{
			char *t = L->v[i - 1].s, *sp = strstr(t, " : ");
			if (sp != NULL)
				memmove(sp, sp + 1, strlen(sp + 1) + 1);
		}
		done++;
	}
	return done;
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
	return done + colons_join(L);
}
