/*
 * europass: the Europass CV, read by its labels.
 *
 * A Europass CV is a form: a column of labels ("Dates", "Occupation or
 * position held", "Name and address of employer"; "Zeitraum", "Beruf oder
 * Funktion" in German, and so in each language) beside a column of values.
 * Renderings keep both on one line (w3m, pdftotext -layout), or give all the
 * labels of a section first and the values after (pdftotext).  When a text
 * holds enough of these labels, europass_rewrite replaces its lines with
 * what the ordinary parsers read: the name first, then headings and entries
 * in the usual order.
 */
#ifndef DOSSIER_EUROPASS_H
#define DOSSIER_EUROPASS_H

#include "layout.h"
#include "lexicon.h"

/* Whether text shows signs of the form (its labels for an employer, a
 * first name): then its columns are labels and values, not two texts. */
int europass_signs(const char *text);	/* in europass_labels.c */
/* 1 when the layout was a Europass CV and has been rewritten. */
int europass_rewrite(const struct lexicon *, struct layout *);

#endif
