/*
 * source_typst: the Typst half of source.c.  A Typst résumé sets its
 * header from variables (#let name = "..."), its entries from calls of
 * the template's functions (#work(title: "...", company: "...", dates:
 * dates-helper(...))) and its headings with "=" marks.
 */
#ifndef DOSSIER_SOURCE_TYPST_H
#define DOSSIER_SOURCE_TYPST_H

/* Whether the text is a Typst source. */
int source_is_typst(const char *text);
/* Its plain text, to be freed. */
char *source_typst(const char *text);

#endif
