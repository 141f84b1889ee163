/*
 * flatname: the first piece of a résumé flattened onto one line, into the
 * lines a page's header would have had.
 *
 * "CURRICULUM VITAE Noor Haddad Cloud Security Engineer – Amman, Jordan –
 * +962 ... – noor@example.org": the document's title, the name, the
 * headline where the words begin to read as a job, then the fields the
 * dashes part, a headline's town and an address apart (for unflatten.c).
 */
#ifndef DOSSIER_FLATNAME_H
#define DOSSIER_FLATNAME_H

#include "layout.h"
#include "lexicon.h"

/* s[0..len), the text before the first heading, as lines into out. */
void flatname_piece(const struct lexicon *, struct layout *out, const char *s, size_t len);

#endif
