/*
 * orgword: words that tell of an organisation's name, for the readers of
 * entry headers.
 */
#ifndef DOSSIER_ORGWORD_H
#define DOSSIER_ORGWORD_H

/* Whether the last word of s is a legal form ("Fietsly B.V."). */
int orgword_legal(const char *s);
/* "Department of Engineering", "Lehrstuhl für ...", "Acute Medical
 * Unit": whether s names a unit inside an organisation. */
int orgword_unit(const char *s);
/* "Emergency Department", "Acute Medical Unit": a unit named by its last
 * word. */
int orgword_unit_last(const char *s);
/* "Familieafdelingen Nord", "Jobcenter Randers", "Borgerservice": a unit
 * whose first word ends in a unit's word, as Germanic languages build
 * them. */
int orgword_unit_compound(const char *s);

#endif
