#include <stdlib.h>
#include <string.h>

#include "../src/xalloc.h"
#include "marks.h"

/* Index of id, or where it would go. */
static size_t
marks_find(const struct marks *m, long long id)
{
	size_t lo = 0, hi = m->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->v[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int
marks_has(const struct marks *m, long long id)
{
	size_t i = marks_find(m, id);

	return i < m->n && m->v[i] == id;
}

void
marks_add(struct marks *m, long long id)
{
	size_t i = marks_find(m, id);

	if (i < m->n && m->v[i] == id)
		return;
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 16;
		m->v = xreallocarray(m->v, m->cap, sizeof *m->v);
	}
	memmove(m->v + i + 1, m->v + i, (m->n - i) * sizeof *m->v);
	m->v[i] = id;
	m->n++;
}

static int
id_cmp(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return (x > y) - (x < y);
}

void
marks_add_many(struct marks *m, const long long *ids, size_t n)
{
	size_t k = 0;

	if (n == 0)
		return;
	m->v = xreallocarray(m->v, m->n + n, sizeof *m->v);
	memcpy(m->v + m->n, ids, n * sizeof *ids);
	m->n += n;
	m->cap = m->n;
	qsort(m->v, m->n, sizeof *m->v, id_cmp);
	for (size_t i = 0; i < m->n; i++)
		if (k == 0 || m->v[i] != m->v[k - 1])
			m->v[k++] = m->v[i];
	m->n = k;
}

void
marks_remove(struct marks *m, long long id)
{
	size_t i = marks_find(m, id);

	if (i >= m->n || m->v[i] != id)
		return;
	memmove(m->v + i, m->v + i + 1, (m->n - i - 1) * sizeof *m->v);
	m->n--;
}

int
marks_toggle(struct marks *m, long long id)
{
	if (marks_has(m, id)) {
		marks_remove(m, id);
		return 0;
	}
	marks_add(m, id);
	return 1;
}

void
marks_clear(struct marks *m)
{
	free(m->v);
	memset(m, 0, sizeof *m);
}
