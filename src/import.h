/*
 * import: résumé files into profiles.
 *
 * import_read gets a file's bytes (standard input for "-", PDFs through
 * pdftotext), stopping at the size limit; import_data checks the size and
 * line limits (import.max_file_size, import.max_lines) and turns bytes into
 * profiles: a JSON Resume or dossier YAML document is read as such, anything
 * else is résumé text for import_text, which repairs the encoding and finds
 * the sections.
 */
#ifndef DOSSIER_IMPORT_H
#define DOSSIER_IMPORT_H

#include "buf.h"
#include "config.h"
#include "date.h"
#include "profile.h"
#include "status.h"

struct import_opts {
	const struct config *cfg;	/* limits, headings, vocabulary; NULL: defaults */
	struct ym as_of;		/* what "present" means */
};

struct import_result {
	struct profile *profile;
	char *text;			/* the repaired text, for the search index */
};

enum status import_read(const char *path, const struct import_opts *, struct buf *raw,
    char *err, size_t errlen);
enum status import_data(const char *data, size_t len, const char *name,
    const struct import_opts *, struct import_result **, size_t *n, char *err,
    size_t errlen);
enum status import_text(const char *data, size_t len, const struct import_opts *,
    struct import_result *, char *err, size_t errlen);
void import_results_free(struct import_result *, size_t n);

#endif
