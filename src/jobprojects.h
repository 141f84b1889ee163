/*
 * jobprojects: the projects listed under a job, moved to a section of
 * their own.
 *
 * Contractors' and consultants' CVs list under each job the projects it
 * was on, after a label ("Projects:", "Key Projects:"), each with its
 * client, its value and its years in brackets:
 *
 *   Projects:
 *   ▪ Dubai Hills Estate – Park Ridge Residential Towers (2B+G+4P+22) –
 *     Client: Emaar Properties – Value: AED 412 Million (2022 – Present)
 *
 * Their years would read as jobs of their own.  jobprojects_move takes
 * such a list out of the job and sets each project at the end, under a
 * "PROJECTS" heading, as its name and years over the rest.
 */
#ifndef DOSSIER_JOBPROJECTS_H
#define DOSSIER_JOBPROJECTS_H

#include "layout.h"

void jobprojects_move(struct layout *);

#endif
