/*
 * source: a résumé pasted as the source of a typesetting language, a
 * LaTeX template's .tex (\resumeSubheading{...}{...}, \textbf, "--",
 * "\%") or a Typst file (#let name = "...", #work(title: ..., dates:
 * ...), "== Skills").  source_plain gives the text such a source sets:
 * the macros' arguments as the rows they print, two a line; a Typst
 * call's arguments as labelled lines the form reader takes, its header
 * variables as the header; no preamble, comments or settings.
 */
#ifndef DOSSIER_SOURCE_H
#define DOSSIER_SOURCE_H

/* The plain text of a LaTeX or Typst source, to be freed; NULL when the
 * text is neither. */
char *source_plain(const char *text);

#endif
