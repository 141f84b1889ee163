/*
 * mailquote: a résumé pasted into an e-mail and sent on, each of its
 * lines quoted ("> ") under the mail's headers and a covering note.
 */
#ifndef DOSSIER_MAILQUOTE_H
#define DOSSIER_MAILQUOTE_H

/* The quoted lines alone, their marks off and the sender's signature
 * (after "-- ") left out, in a new string; NULL when s is no such mail
 * (fewer than fifteen quoted lines, or fewer than half its lines). */
char *mailquote_text(const char *s);

#endif
