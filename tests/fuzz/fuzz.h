/*
 * What the fuzz targets share.  Each target is one LLVMFuzzerTestOneInput;
 * built with --enable-fuzzing it links libFuzzer, and in every other build
 * replay.c feeds it files, so `make check` replays the seeds and every input
 * that once crashed under the ordinary sanitizer build.
 *
 * A target checks what must hold whatever the input is, and aborts when it
 * does not, so libFuzzer keeps the input as a crash.
 */
#ifndef DOSSIER_FUZZ_H
#define DOSSIER_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define FUZZ_CHECK(cond, what) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: broken: %s\n", __FILE__, __LINE__, (what)); \
		abort(); \
	} \
} while (0)

/* A copy of the input with nothing after it, so reading one byte past the
 * length is an error AddressSanitizer reports. */
static inline char *
fuzz_copy(const uint8_t *data, size_t size)
{
	char *s = malloc(size > 0 ? size : 1);

	if (s == NULL)
		abort();
	if (size > 0)
		memcpy(s, data, size);
	return s;
}

/* The same, cut at the first NUL and terminated: for APIs that take text. */
static inline char *
fuzz_cstr(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t n = nul != NULL ? (size_t)(nul - data) : size;
	char *s = malloc(n + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, n);
	s[n] = '\0';
	return s;
}

/* Whether s is valid UTF-8 holding nothing a terminal would act on. */
static inline int
fuzz_safe(const char *s, int lines)
{
	size_t len = strlen(s);
	uint32_t cp;

	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return 0;
		i += n;
		if (lines && (cp == '\n' || cp == '\t'))
			continue;
		if (utf8_is_unsafe(cp))
			return 0;
	}
	return 1;
}

#endif
