/*
 * letter: a résumé sent as an e-mail.  Its header lines ("From:",
 * "Subject:"), the greeting ("Hi Tom,"), the sign-off ("Best,", "Thanks!
 * Jane", "Cheers") and the signature's delimiter ("--") are no part of
 * the person's header; the sender's name is in "From:" and in the
 * signature.
 */
#ifndef DOSSIER_LETTER_H
#define DOSSIER_LETTER_H

enum letter_kind { LT_NONE, LT_HEADER, LT_GREETING, LT_SIGNOFF, LT_DELIM };

/* What line s is of a letter. */
enum letter_kind letter_line(const char *s);

/* "From: Jane Doe <jane@example.com>": the sender's name, allocated, or
 * NULL when s is no such line. */
char *letter_sender(const char *s);

struct layout;

/* A cover letter set before the CV ("Dear Headteacher," ... "Yours
 * faithfully," over "Hannah Brierley", then the CV's "HANNAH BRIERLEY"):
 * the letter's lines, its addresses with them, blanked; whether there
 * was one. */
int letter_cover_drop(struct layout *);

#endif
