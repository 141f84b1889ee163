/*
 * compose: letters written as a base and combining marks (as Word and
 * macOS save text, "NGUYE\u0302\u0303N") into the precomposed letters of
 * Unicode's canonical composition ("NGUYỄN"), for the Latin, Greek and
 * Cyrillic scripts, so names, headings and places read as typed.
 */
#ifndef DOSSIER_COMPOSE_H
#define DOSSIER_COMPOSE_H

#include <stddef.h>
#include <stdint.h>

struct compose_pair {
	uint32_t base, mark, composed;
};

extern const struct compose_pair compose_pairs[];
extern const size_t compose_npairs;

/* The letter base and mark make, 0 if none. */
uint32_t compose_find(uint32_t base, uint32_t mark);
/* v[0..n) composed in place; the new count. */
size_t compose_cps(uint32_t *v, size_t n);

#endif
