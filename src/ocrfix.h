/*
 * ocrfix: the damage OCR does to a scanned résumé's figures and words,
 * undone where the text shows it was scanned: a year read with a letter
 * ("2O14", "2Ol6") is a year again, and a figure read inside a word in
 * small letters ("Ju1y", "Co1lege") is the letter it stood for.
 */
#ifndef DOSSIER_OCRFIX_H
#define DOSSIER_OCRFIX_H

/* The text mended, newly allocated; NULL when it shows no year read with
 * a letter, the sign of OCR, and is left as it is. */
char *ocrfix_text(const char *s);

#endif
