/*
 * sha256: the digest a profile's raw text is kept under, so that importing
 * the same text twice is recognised (FIPS 180-4).
 */
#ifndef DOSSIER_SHA256_H
#define DOSSIER_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t len;
	unsigned char block[64];
	size_t fill;
};

void sha256_init(struct sha256 *);
void sha256_update(struct sha256 *, const void *, size_t);
void sha256_final(struct sha256 *, unsigned char digest[32]);
/* Lower-case hex of the digest of data, in out (65 bytes). */
void sha256_hex(const void *data, size_t len, char out[65]);

#endif
