/*
 * utf8: decoding and encoding one code point at a time, strictly (no
 * overlongs, no surrogates, nothing past U+10FFFF).
 */
#ifndef DOSSIER_UTF8_H
#define DOSSIER_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Length of the sequence at s decoded into *cp, or 0 if it is invalid
 * (then *cp is the byte itself). */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Writes cp (at most 4 bytes) into out; returns the length. */
size_t utf8_encode(uint32_t cp, char *out);
int utf8_valid(const char *s, size_t len);
/* Number of code points. */
size_t utf8_len(const char *s);



/*
 * A copy of s that is safe to store and to show on a terminal: invalid bytes
 * become U+FFFD; C0 controls (but newline and tab when keep_lines), DEL, C1
 * controls, bidirectional overrides, invisible format characters and
 * noncharacters are dropped.  Escape sequences lose their ESC and so their power.
 */
char *utf8_sanitize(const char *s, size_t len, int keep_lines);
/* Whether utf8_sanitize would give s back unchanged: most text is, and
 * checking costs no copy. */
int utf8_clean(const char *s, size_t len, int keep_lines);
/* Whether cp is one utf8_sanitize drops. */
int utf8_is_unsafe(uint32_t cp);
/* Terminal columns s takes (wcwidth; unprintable counts 0). */
int utf8_width(const char *s);
/* Whether s[0..n) ends in a character of Chinese or Japanese text (U+3000
 * to U+FFFF, full-width punctuation too), after which a wrapped line goes
 * on with no space. */
int utf8_wide_end(const char *s, size_t n);
/* Appends s cut to width columns ("…" marks a cut) and padded with spaces
 * to exactly width when pad. */
void utf8_fit(struct buf *out, const char *s, int width, int pad);

#endif
