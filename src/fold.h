/*
 * fold: text folded for comparison.
 *
 * The importer recognises words (months, headings, job titles, skills,
 * places) whatever their case and accents: "Février", "FEVRIER" and
 * "février" all fold to "fevrier".  Folding lower-cases, strips the
 * diacritics of Latin letters and spells out ß, æ, œ; other scripts are
 * lower-cased where the C library knows how and otherwise kept.
 */
#ifndef DOSSIER_FOLD_H
#define DOSSIER_FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Appends the folded form of s[0..len) to out. */
void fold_add(struct buf *out, const char *s, size_t len);
/* The folded form of s[0..len) in out (size at least 1); truncated to fit. */
void fold_into(const char *s, size_t len, char *out, size_t size);
/* Folded, then every run of anything but letters and digits is one space,
 * trimmed: the key headings and vocabularies are looked up by. */
void fold_key(const char *s, size_t len, char *out, size_t size);
/* fold_key, then Russian and Kazakh letters spelt in Latin ones, as
 * e-mail addresses spell names: "Ахметова" gives "akhmetova"; size at
 * least 1. */
void fold_latin(const char *s, size_t len, char *out, size_t size);

/* Whether cp is a letter (any script) or a digit. */
int fold_isalnum(uint32_t cp);
int fold_isalpha(uint32_t cp);
int fold_isupper(uint32_t cp);
int fold_islower(uint32_t cp);
/* The small letter of cp, whatever the user's locale. */
uint32_t fold_tolower(uint32_t cp);
/* Whether the character s begins with is a small (a capital) letter, in
 * any script: "été", "опыт" are in lower case. */
int fold_lower_at(const char *s);
int fold_upper_at(const char *s);

#endif
