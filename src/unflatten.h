/*
 * unflatten: a résumé flattened onto one line, given its lines back.
 *
 * Job boards and form fields export a résumé as one long line: "Jane Doe
 * Engineer jane@x.org Experience: Engineer at Acme (2019 - Present) - Built
 * things Education: ...".  Such a line is cut before headings ("Skills:"),
 * before bullets (" - ", "•"), around an entry's role and dates, and the
 * first piece into the name, the headline and the contact details.
 */
#ifndef DOSSIER_UNFLATTEN_H
#define DOSSIER_UNFLATTEN_H

#include "layout.h"
#include "lexicon.h"

/* 1 when a long line was found and cut. */
int unflatten(const struct lexicon *, struct layout *);

#endif
