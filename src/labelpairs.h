/*
 * labelpairs: a form's personal details whose labels came in one column
 * and their values in the next, as raw pdftotext gives a two-column Word
 * table: "Surname:" over "First Names:" over ... "E-mail:", then
 * "Kgosietsile" over "Boitumelo Neo" over ... the mail.  Each label is
 * set again beside its value ("Surname: Kgosietsile"), as forms most often
 * are, for the readers of such lines.
 */
#ifndef DOSSIER_LABELPAIRS_H
#define DOSSIER_LABELPAIRS_H

#include "layout.h"

/* Rewrites each column of four labels or more followed by as many
 * values, and nothing more before a heading or a blank; how many. */
size_t labelpairs_join(struct layout *);

#endif
