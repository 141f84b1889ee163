/*
 * unweave: two columns that raw pdftotext wove into one another.
 *
 * Without -layout, pdftotext reads a designed two-column page by the
 * height of its blocks: a sidebar heading and a main heading set side by
 * side come out one under the other with nothing between them
 * ("PROFILE" over "SKILLS", "EXPERIENCE" over "PROFILE"), and the lines
 * of both columns follow, mixed.  When a section is empty and the next
 * one is of another kind, the lines under the pair are dealt out between
 * the two by what they are: the first paragraph of prose to a summary, a
 * line of known skills to the skills, a spoken language to the
 * languages, a date range, a job's or a school's header and sentences to
 * the work or education beside them.
 */
#ifndef DOSSIER_UNWEAVE_H
#define DOSSIER_UNWEAVE_H

#include <stddef.h>

#include "lexicon.h"
#include "layout.h"
#include "parse.h"

/* Reorders the lines of L so that each section of v[0..n) holds its own
 * (the sections' line ranges are updated); returns the lines moved. */
size_t unweave_sections(const struct lexicon *, struct layout *L, struct sect *v, size_t n);

#endif
