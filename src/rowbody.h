/*
 * rowbody: which rows under a dated header are its body.
 *
 * lineclass.c classes each line on its own; what a line is also depends on
 * where it stands: set in under a dated header, under a bullet's text, in
 * the cell of a table's header, or dated inside the dates of the entry
 * above it ("Freelance, 2019 – now" over "- Bol.com (2023–2024): ...").
 * rowbody_mark turns such rows into body rows.
 */
#ifndef DOSSIER_ROWBODY_H
#define DOSSIER_ROWBODY_H

#include "lineclass.h"

void rowbody_mark(struct rows *);
/* "• Senior Product Designer — Monzo" over "2017 – 2020": in a section
 * that opens with a list item over dates alone, each item naming a job
 * or a firm over dates alone is a header, not a bullet. */
void rowbody_heads(struct rows *);
/* "Projects:" under a job's head, over "• Capital Business Park (2B + G
 * + 12 floors), Client: ...": the bullets under such a label, down to
 * the next label, name the job's projects, no duties of it; each row
 * gets the project's name as its sub, and project set. */
void rowbody_projects(struct rows *);

#endif
