/*
 * formhead: the personal-data block of a form-like CV.  Its heading
 * ("Personal information", "Persönliche Angaben", "Dane osobowe"), the
 * label before the name ("Name", "Nombre", "Imię i nazwisko") and the one
 * before the job sought ("Desired employment", "Gewünschte Beschäftigung",
 * "Posizione ricoperta"), in the languages such forms are filled in; a
 * label and its value on one line ("Name<TAB>Lena Vogt"), with a colon,
 * or the value on the next line, as pdftotext without -layout gives it.
 */
#ifndef DOSSIER_FORMHEAD_H
#define DOSSIER_FORMHEAD_H

#include <stddef.h>

#include "parse.h"

enum formhead_kind {
	FH_NONE,
	FH_HEADING,	/* the block's heading: no value */
	FH_NAME,	/* the person's name follows */
	FH_TITLE,	/* the job sought or held: the headline */
	FH_FIELD	/* another label of the block: address, birth date ... */
};

/* What the words s[0..len) are as a label of the block. */
enum formhead_kind formhead_kind(const char *s, size_t len);
/* Whether the word tables are sorted (unit tests). */
int formhead_tables_sorted(void);

/* Reads the name and the headline of lines [from, to) given by their
 * labels, and blanks the headings and labels there, leaving the values
 * of other labels for the contact details. */
void formhead_read(struct ctx *, size_t from, size_t to);

#endif
