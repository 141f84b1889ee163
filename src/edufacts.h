/*
 * edufacts: the facts the Europass of 2020 on sets under a school, as
 * pdftotext reads them, label and value after label and value, parted
 * by bars and wrapped where the page was full:
 *
 *	Address Unska 3, 10000, Zagreb, Croatia | Website https://... |
 *	Field(s) of study Information and communication technologies |
 *	Final grade 4,52 (magna cum laude) | Level in EQF EQF level 7 |
 *	Thesis Anomaly detection in network traffic
 *
 * The field of study is the entry's area, the final grade its score; the
 * address, the website, the level and the thesis are no part of the
 * school's name.
 */
#ifndef DOSSIER_EDUFACTS_H
#define DOSSIER_EDUFACTS_H

#include "parse.h"

/* The facts among en's head and body lines read into e; taken (one
 * byte a head line, zeroed) marks the head lines they were. */
void edufacts_take(const struct entry *en, struct education *e, char *taken);
/* "Universidad Nacional Federico Villarreal - Contabilidad - Titulado", as
 * job boards set a school: the state of the studies after the last dash
 * cut off s; 1 when it was. */
int edufacts_state_off(char *s);

#endif
