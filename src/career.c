#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "career.h"
#include "xalloc.h"

#define GAP_MONTHS 3

struct span {
	int from, to;
};

struct ym
career_as_of(const struct profile *p)
{
	struct ym d;

	if (p->as_of != NULL && date_iso_parse(p->as_of, &d) == 0)
		return d;
	return date_from_time(time(NULL));
}

int
career_interval(const char *start, const char *end, struct ym as_of, int *from, int *to)
{
	struct ym s, e;

	if (start == NULL || date_iso_parse(start, &s) != 0)
		return -1;
	if (end == NULL || date_iso_parse(end, &e) != 0)
		e = as_of;
	*from = date_index(s);
	*to = date_index(e);
	if (*to <= *from)
		*to = *from + 1;
	return 0;
}

static int
span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	return (x->from > y->from) - (x->from < y->from);
}

/* Sorts and merges spans in place; returns how many remain. */
static size_t
spans_merge(struct span *v, size_t n)
{
	size_t k = 0;

	if (n == 0)
		return 0;
	qsort(v, n, sizeof *v, span_cmp);
	for (size_t i = 1; i < n; i++) {
		if (v[i].from <= v[k].to) {
			if (v[i].to > v[k].to)
				v[k].to = v[i].to;
		} else
			v[++k] = v[i];
	}
	return k + 1;
}

static void
career_gaps(struct career *c, const struct span *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		int months = v[i].from - v[i - 1].to;
		if (months <= GAP_MONTHS)
			continue;
		c->gaps = xreallocarray(c->gaps, c->ngaps + 1, sizeof *c->gaps);
		c->gaps[c->ngaps].from = date_from_index(v[i - 1].to);
		c->gaps[c->ngaps].to = date_from_index(v[i].from);
		c->gaps[c->ngaps].months = months;
		c->ngaps++;
	}
}

/* Tenure at each employer is the union of its roles; the average is over
 * employers, so three promotions at one company count as one tenure. */
static void
career_tenure(struct career *c, const struct profile *p, struct ym as_of)
{
	int sum = 0;

	for (size_t i = 0; i < p->nwork; i++) {
		const char *name = p->work[i].name;
		struct span *v = xcalloc(p->nwork, sizeof *v);
		size_t n = 0, seen = 0;

		for (size_t j = 0; j < p->nwork && name != NULL; j++) {
			const char *other = p->work[j].name;
			if (other == NULL || strcasecmp(other, name) != 0)
				continue;
			if (j < i)
				seen = 1;
			if (career_interval(p->work[j].start, p->work[j].end, as_of,
			    &v[n].from, &v[n].to) == 0)
				n++;
		}
		if (!seen && n > 0) {
			n = spans_merge(v, n);
			for (size_t k = 0; k < n; k++)
				sum += v[k].to - v[k].from;
			c->nemployers++;
		}
		free(v);
	}
	c->avg_tenure_months = c->nemployers > 0 ? sum / c->nemployers : 0;
}

static int
career_current(const struct profile *p)
{
	int best = -1;
	struct ym bs = { 0, 0 }, s;

	for (size_t i = 0; i < p->nwork; i++) {
		if (p->work[i].end != NULL || date_iso_parse(p->work[i].start, &s) != 0)
			continue;
		if (best < 0 || date_cmp(s, bs) > 0) {
			best = (int)i;
			bs = s;
		}
	}
	return best;
}

void
career_compute(const struct profile *p, struct career *c)
{
	struct ym as_of = career_as_of(p);
	struct span *v = xcalloc(p->nwork + 1, sizeof *v);
	size_t n = 0;

	memset(c, 0, sizeof *c);
	for (size_t i = 0; i < p->nwork; i++)
		if (career_interval(p->work[i].start, p->work[i].end, as_of,
		    &v[n].from, &v[n].to) == 0)
			n++;
	n = spans_merge(v, n);
	for (size_t i = 0; i < n; i++)
		c->total_months += v[i].to - v[i].from;
	if (n > 0) {
		c->first = date_from_index(v[0].from);
		c->last = date_from_index(v[n - 1].to);
	}
	career_gaps(c, v, n);
	career_tenure(c, p, as_of);
	c->current = career_current(p);
	free(v);
}

void
career_free(struct career *c)
{
	free(c->gaps);
	c->gaps = NULL;
	c->ngaps = 0;
}
