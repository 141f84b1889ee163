/*
 * workhead: a work entry's header lines into organisation, role and place
 * (for parse_work.c).
 */
#ifndef DOSSIER_WORKHEAD_H
#define DOSSIER_WORKHEAD_H

#include "parse.h"

struct workhead {
	char *org, *role, *place;
};

/* Reads the entry's header and the words beside its dates into *h. */
void workhead_read(const struct ctx *, const struct entry *, struct workhead *h);
/* Whether the entry is a gap in the career ("Career break", "Parental
 * leave", "Congé maternité"), no job. */
int workhead_gap(const struct workhead *h);
/* "2016 – 2019 DHL, Bonn" over "▪ Logistics Coordinator": the header a
 * bullet glyph made the body's first lines, lifted back into it and read
 * again; whether it was. */
int workhead_lift_bullets(const struct ctx *, struct entry *, struct workhead *h);
/* The job's title in the line under a line telling what the firm is,
 * when the header named the firm only; 1 when lifted. */
int workhead_lift_title(const struct ctx *, struct entry *, struct workhead *h);
void workhead_free(struct workhead *);

#endif
