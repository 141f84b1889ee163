/*
 * webrows: a web page's table that lynx could not fit in its width.
 *
 * lynx then sets a row's cells one after the other, one space apart, and
 * wraps the row like a paragraph; only the first row, naming the columns,
 * says what the cells are:
 *
 *	Dates Role Company Location What I did
 *	02/2020 – 05/2024 Senior Network Engineer Zarqa Telecom Group Amman, Jordan Designed the
 *	MPLS core for 140 sites and moved branch routing to BGP EVPN.
 *
 * webrows_join reads each row's cells in that order by their words (a
 * job title ends in a word titles end in, a firm in a company's form, a
 * place is "City, Country") and writes the row as cells two spaces apart,
 * the prose of a description on the line below:
 *
 *	02/2020 – 05/2024  Senior Network Engineer  Zarqa Telecom Group  Amman, Jordan
 *	Designed the MPLS core for 140 sites and moved branch routing to BGP EVPN.
 *
 * A table whose rows do not read so is left as it was.
 */
#ifndef DOSSIER_WEBROWS_H
#define DOSSIER_WEBROWS_H

#include "pages.h"

void webrows_join(struct rawlines *);
/* Whether the column words are sorted (unit tests). */
int webrows_tables_sorted(void);

#endif
