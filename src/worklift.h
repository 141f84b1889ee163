/*
 * worklift: header lines a work entry's body took, lifted back into its
 * header.
 */
#ifndef DOSSIER_WORKLIFT_H
#define DOSSIER_WORKLIFT_H

#include "parse.h"
#include "workhead.h"

/* "2016 – 2019 DHL, Bonn" over "▪ Logistics Coordinator": the header a
 * bullet glyph made the body's first lines, lifted back into it and read
 * again; whether it was. */
int worklift_bullets(const struct ctx *, struct entry *, struct workhead *h);
/* The job's title in the line under a line telling what the firm is,
 * when the header named the firm only; 1 when lifted. */
int worklift_title(const struct ctx *, struct entry *, struct workhead *h);

/* Whether the entry's body opens with its title under a label
 * ("Designation : Site Engineer"), to be lifted into the header. */
int worklift_labelled(const struct entry *e);

#endif
