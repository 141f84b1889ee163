/*
 * edufacts: what forms and job boards say of a school beside its name and
 * degree.  The facts the Europass of 2020 on sets under a school, as
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
 * school's name.  A job board's level alone on its line, the state of the
 * studies after the school ("- Titulado"), a training's placements, and
 * the notes labelled under a school (its thesis, its adviser).
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
/* "Universidad ... - Contabilidad - Titulado" as e's school: the field
 * read off it when the state was cut from one of en's head lines. */
void edufacts_state_field(const struct entry *en, struct education *e);
/* "Placements at ...", "Teaching practice: ...": the schools a training
 * placed one in, none studied at. */
int edufacts_placement(const char *h);
/* "Universitario", "Secundaria": a job board's level of schooling on a
 * line of its own; 1 when s is one, copied to level (size bytes). */
int edufacts_level(const char *s, char *level, size_t size);
/* "Thesis: ...", "Supervisor: ...", "Lehrbetrieb: ...": a labelled note
 * under a school, no school nor degree. */
int edufacts_note(const char *h);
/* "Magna cum laude · Senior thesis: ...": a grade and such a note beside
 * it on one line; the grade into e's score.  1 when h was such a line. */
int edufacts_grade_note(const char *h, struct education *e);

#endif
