/*
 * europass_name: the person's name as a Europass CV gives it.
 *
 * The form may give the name surname first ("Carvalho Mendes, Tiago";
 * "Papadakis Nikolaos" under "Surname(s) / First name(s)"), which is put
 * given name first unless the e-mail reads it the other way; it may give
 * it only in a title ("Europass CV — Katarzyna Wójcik"); and a line above
 * the form may put a headline under the name.
 */
#ifndef DOSSIER_EUROPASS_NAME_H
#define DOSSIER_EUROPASS_NAME_H

#include <stddef.h>

#include "layout.h"

/* The name's lines in name, the given name first; in desired, the
 * headline above the form (before line top) when there is none yet. */
void europass_name(struct strlist *name, struct strlist *desired, const char *mail,
    const struct layout *L, size_t top);

#endif
