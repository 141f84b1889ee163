/*
 * labelcol: a résumé laid out as a table whose left column names the
 * sections ("Experience", "Qualifications", "Skills") beside their content,
 * as Word templates with a bordered table and many Australian and UK CVs
 * are.  The layout keeps such a label in the first cell of its section's
 * first line; the section's further lines are indented to the content.
 */
#ifndef DOSSIER_LABELCOL_H
#define DOSSIER_LABELCOL_H

#include "layout.h"
#include "lexicon.h"

/* Puts each label on a line of its own before its content when three
 * lines or more are so laid out; 1 when it did. */
int labelcol_split(const struct lexicon *, struct layout *);

#endif
