/*
 * source_org: a résumé written in Emacs Org mode.  Its headlines ("* Experience",
 * "** Acme, Berlin") become Markdown's ("# Experience", "## Acme, Berlin") without
 * their tags, a subtree tagged :noexport: goes, #+AUTHOR and #+EMAIL make the
 * header, the other #+ settings and comments go; links keep their text, a line set
 * in /italics/ loses the slashes and "Term :: value" reads "Term: value".
 */
#ifndef DOSSIER_SOURCE_ORG_H
#define DOSSIER_SOURCE_ORG_H

/* Whether text is an Org document: two #+ settings, or one and two headlines. */
int source_is_org(const char *text);
/* The text as Markdown, to be freed. */
char *source_org(const char *text);

#endif
