/*
 * footer: a web page's foot (copyright, colophon, the links to its
 * privacy and terms pages), left out of the résumé's last section.
 */
#ifndef DOSSIER_FOOTER_H
#define DOSSIER_FOOTER_H

#include "layout.h"

/* Whether the line is a footer's ("© 2026 ...", "Built with Hugo",
 * "Privacy | Terms of Use"). */
int footer_line(const char *s);
/* Blanks the footer's lines among the last lines of the text. */
void footer_drop(struct layout *);

#endif
