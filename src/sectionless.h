/*
 * sectionless: résumés that name no section.
 *
 * A terse résumé, a one-screen README or a list of emoji lines may give the
 * person, then dated lines ("2021–23  QA intern, Acme"), then a list of
 * skills and one of languages, and not one heading.  Everything then lies
 * in the part before the first heading, which only the contact parser
 * reads.  sectionless_cut finds the dated lines there and the lists after
 * them, and tells which section each run of lines would have had: work,
 * education (a school or a degree in the dated line), skills (a list of
 * three or more) or languages (a list that begins with one).
 */
#ifndef DOSSIER_SECTIONLESS_H
#define DOSSIER_SECTIONLESS_H

#include <stddef.h>

#include "heading.h"

struct ctx;
struct sect;

/* Cuts the runs of entries and lists off the end of top (which then ends
 * before them) into out[0..max); returns how many.  None when top holds
 * fewer than two date ranges. */
size_t sectionless_cut(const struct ctx *, struct sect *top, struct sect *out, size_t max);

/* IS_EXPERIENCE or IS_EDUCATION when a section that names a list holds
 * entries instead (two or more dated lines naming a job, a school or a
 * degree), else IS_NONE. */
enum isec sectionless_entries(const struct ctx *, const struct sect *);

#endif
