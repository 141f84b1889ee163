/*
 * webchrome: what a web page shows around a résumé that is none of it.
 *
 * A page dumped by lynx or w3m, or selected whole in a browser and pasted,
 * brings the site's furniture with the profile: a cookie banner and its
 * buttons, a search box, breadcrumbs, the buttons of a job site's profile
 * ("Connect", "Message", "Follow", "2nd"), its counters ("500+
 * connections", "9 endorsements"), the links that open more ("Show all 14
 * skills", "...see more") and, under it all, the footer ("© 2025 Jane
 * Doe · Built with Hugo").  webchrome_drop takes those lines out wherever
 * they stand and cuts the footer off the end, so that no section reads
 * them as entries, skills or a name.
 */
#ifndef DOSSIER_WEBCHROME_H
#define DOSSIER_WEBCHROME_H

#include "layout.h"

void webchrome_drop(struct layout *);
/* Whether the line is a page's control, counter or banner. */
int webchrome_line(const char *s);
/* Whether the word tables are sorted (unit tests). */
int webchrome_tables_sorted(void);
/* Whether the line opens a page's footer: "© 2025 ...", "Copyright ...". */
int webchrome_footer(const char *s);

#endif
