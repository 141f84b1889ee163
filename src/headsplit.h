/*
 * headsplit: the headings of a text's lines told from the lines that only
 * look like them.  "Skills: C, Go" becomes the heading "Skills" and the
 * line "C, Go"; a label of a job's body ("Key achievements:", "Projects
 * Handled:" over a table), a row of a form, a profile's fact or a page's
 * title heads nothing; a label that is another section's word makes that
 * section of its line alone; a job set after a sidebar's section goes
 * back to the work.
 */
#ifndef DOSSIER_HEADSPLIT_H
#define DOSSIER_HEADSPLIT_H

#include "layout.h"

struct lexicon;

/* L's lines rewritten, each heading's section in is_heading (section + 1,
 * 0 for a line that heads nothing; one byte a line, room for twice L's
 * lines). */
void headsplit_run(const struct lexicon *, struct layout *L, char *is_heading);

#endif
