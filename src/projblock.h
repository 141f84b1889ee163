/*
 * projblock: the project blocks Indian job-board résumés set under their
 * jobs ("Project #1", "Client : ...", "Role : ...", "Duration : ...",
 * then the responsibilities).
 *
 * Read as entries they became jobs of their own, named "Client" or
 * "Duration".  They belong to a job already listed: the one whose start
 * the duration shares, or whose firm the client line names; its bullets
 * become that job's highlights.  A block no job claims is a project.
 */
#ifndef DOSSIER_PROJBLOCK_H
#define DOSSIER_PROJBLOCK_H

#include "parse.h"

/* The first line of the section that opens a project block, or sec->to. */
size_t projblock_start(const struct ctx *, const struct sect *);
/* Reads the blocks of sec into the jobs from index first on. */
void projblock_parse(struct ctx *, const struct sect *, size_t first);
/* A section of projects set out so ("MTTR reduction on VMC line" over
 * "Client : ...", "Duration : ...", "Project Details : ..."): each block
 * a project; 0 when the section has too few such labels. */
int projblock_labelled(struct ctx *, const struct sect *);

#endif
