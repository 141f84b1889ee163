/*
 * dutyblock: a job section's duties told after its jobs, job by job
 * ("Job Responsibilities" over "IT Officer – Himalayan Sunrise Bank
 * Ltd." over its bullets, after a table of the jobs): each job's
 * bullets go to the job its line names (for parse_work.c).
 */
#ifndef DOSSIER_DUTYBLOCK_H
#define DOSSIER_DUTYBLOCK_H

#include "parse.h"

/* The first line of the duties in the section (their label, else the
 * first job's line), or sec->to when there are none. */
size_t dutyblock_start(const struct ctx *, const struct sect *sec);
/* Each job's bullets in sec to the job among the profile's from first on
 * that its line names. */
void dutyblock_read(struct ctx *, const struct sect *sec, size_t first);
/* "MAJOR RESPONSIBILITIES IN PRESENT POSITION" after the jobs, as
 * government bio-data forms set it: its lines the duties of the job still
 * held; whether sec was such a section and that job known. */
int dutyblock_present(struct ctx *, const struct sect *sec);

#endif
