/*
 * eprows: the 2013 Europass CV's labels read apart from their values in
 * its raw text ("Mother tongue(s) Arabic"); see eprows.c.
 */
#ifndef DOSSIER_EPROWS_H
#define DOSSIER_EPROWS_H

#include "layout.h"

void eprows_split(struct layout *);

#endif
