/*
 * source_adoc: a résumé written in AsciiDoc.  Its titles ("== Experience",
 * "=== Analyst — Acme") become Markdown's headings a level up, the
 * document's title the name; attributes, conditionals, block attributes
 * and comments go; a table's rows become cells, links and icons their
 * text, *bold* and _italics_ bare, and "Term:: value" reads "Term: value".
 */
#ifndef DOSSIER_SOURCE_ADOC_H
#define DOSSIER_SOURCE_ADOC_H

/* Whether text is AsciiDoc: a document title with section titles or
 * attributes, or section titles with two attributes. */
int source_is_adoc(const char *text);
/* The text as Markdown, to be freed. */
char *source_adoc(const char *text);

#endif
