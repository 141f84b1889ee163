/*
 * skillgroup: whether a line of a skills section names a group over the
 * list under it ("Core Skills" over "SQL, Python", "MACHINE LEARNING" over
 * "XGBoost, A/B testing", "* Methods" over its sub-items) rather than
 * being a skill of a list set one a line.
 */
#ifndef DOSSIER_SKILLGROUP_H
#define DOSSIER_SKILLGROUP_H

#include <stddef.h>

struct ctx;

/* Whether line i of the lines [from, to) heads a group. */
int skillgroup_line(const struct ctx *c, size_t i, size_t from, size_t to);

#endif
