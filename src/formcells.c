/*
 * formcells: see formcells.h.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "formcells.h"
#include "xalloc.h"

static void
cell_add(struct frow *r, size_t *cap, const char *s, size_t n, int col)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	if (n == 0)
		return;
	if (r->n == *cap) {
		*cap = *cap != 0 ? *cap * 2 : 8;
		r->c = xreallocarray(r->c, *cap, sizeof *r->c);
	}
	r->c[r->n++] = (struct fcell){ s, n, col };
}

/* One line into cells: a cell ends at a tab or at two spaces. */
static void
row_read(const char *s, size_t n, struct frow *r)
{
	size_t cap = 0, start = 0;
	int col = 0, at = -1;

	memset(r, 0, sizeof *r);
	for (size_t i = 0; i <= n; i++) {
		int gap = i == n || s[i] == '\t' || (s[i] == ' ' && i + 1 < n &&
		    (s[i + 1] == ' ' || s[i + 1] == '\t'));
		if (at >= 0 && gap) {
			cell_add(r, &cap, s + start, i - start, at);
			at = -1;
		}
		if (i == n)
			break;
		if (at < 0 && s[i] != ' ' && s[i] != '\t' && s[i] != '\r') {
			at = col;
			start = i;
		}
		if (s[i] == '\t')
			col = (col / 8 + 1) * 8;
		else if (((unsigned char)s[i] & 0xC0) != 0x80)
			col++;
	}
}

void
formcells_read(const char *text, struct frows *R)
{
	size_t cap = 0;

	memset(R, 0, sizeof *R);
	for (const char *p = text; *p != '\0';) {
		size_t n = strcspn(p, "\n\f");
		if (R->n == cap) {
			cap = cap != 0 ? cap * 2 : 64;
			R->v = xreallocarray(R->v, cap, sizeof *R->v);
		}
		row_read(p, n, &R->v[R->n++]);
		p += n + (p[n] != '\0');
	}
}

void
formcells_free(struct frows *R)
{
	for (size_t i = 0; i < R->n; i++)
		free(R->v[i].c);
	free(R->v);
	memset(R, 0, sizeof *R);
}

const char *
formcells_find(const char *s, size_t n, const char *label)
{
	size_t k = strlen(label);

	for (size_t i = 0; k <= n && i <= n - k; i++)
		if (strncasecmp(s + i, label, k) == 0)
			return s + i;
	return NULL;
}

int
formcells_cell(const struct frow *r, size_t k, const char *label)
{
	for (size_t i = k; i < r->n; i++)
		if (formcells_find(r->c[i].s, r->c[i].n, label) != NULL)
			return (int)i;
	return -1;
}

int
formcells_has(const struct frow *r, const char *label)
{
	return formcells_cell(r, 0, label) >= 0;
}

char *
formcells_join(const struct frow *r, size_t from, size_t to)
{
	struct buf b = BUF_INIT;

	for (size_t i = from; i < to && i < r->n; i++) {
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_add(&b, r->c[i].s, r->c[i].n);
	}
	return buf_detach(&b);
}
