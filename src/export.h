/*
 * export: profiles out of the store as a JSON array of JSON Resume
 * documents, YAML documents, CSV (a row a candidate, with tags) or Markdown
 * (a shortlist to mail round, with tags and notes).
 */
#ifndef DOSSIER_EXPORT_H
#define DOSSIER_EXPORT_H

#include <stdio.h>

#include "status.h"
#include "store.h"

enum export_format {
	EXPORT_JSON,
	EXPORT_YAML,
	EXPORT_CSV,
	EXPORT_MARKDOWN,
	EXPORT__COUNT
};

extern const char *const export_format_names[EXPORT__COUNT];
/* -1 if no such format. */
int export_format_find(const char *);
/* From a file name's extension (.json .yaml .yml .csv .md), or -1. */
int export_format_guess(const char *path);

enum status export_profiles(struct store *, const long long *ids, size_t n,
    enum export_format, FILE *out, char *err, size_t errlen);
/* One CSV field, quoted when needed; a leading = + - @ is defused so a
 * spreadsheet never runs an imported formula. */
void export_csv_field(struct buf *, const char *);

#endif
