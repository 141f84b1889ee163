/*
 * workassign: the parts of a work entry's header (its lines, or one line
 * cut at its separators) given out as the role, the organisation and the
 * place, by how much each reads as a job title or a firm.
 */
#ifndef DOSSIER_WORKASSIGN_H
#define DOSSIER_WORKASSIGN_H

#include "parse.h"
#include "workhead.h"

/* The role is the part most like a job title; the organisation the part
 * most like a company, else the first other one; a town at the end of
 * either is the place. */
void workassign_parts(const struct ctx *, struct strlist *parts, struct workhead *h);

#endif
