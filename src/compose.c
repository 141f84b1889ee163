#include "compose.h"

uint32_t
compose_find(uint32_t base, uint32_t mark)
{
	size_t lo = 0, hi = compose_npairs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct compose_pair *p = &compose_pairs[mid];
		if (p->base == base && p->mark == mark)
			return p->composed;
		if (p->base < base || (p->base == base && p->mark < mark))
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

size_t
compose_cps(uint32_t *v, size_t n)
{
	size_t o = 0;

	for (size_t i = 0; i < n; i++) {
		uint32_t c;
		/* a mark after a letter it composes with: the two as one,
		 * and the next mark tried against the result */
		if (o > 0 && v[i] >= 0x300 && v[i] <= 0x36f &&
		    (c = compose_find(v[o - 1], v[i])) != 0) {
			v[o - 1] = c;
			continue;
		}
		v[o++] = v[i];
	}
	return o;
}
