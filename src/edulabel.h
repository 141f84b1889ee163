/*
 * edulabel: a degree written as labelled parts, as Russian and Ukrainian
 * résumés write one after the school:
 *
 *	факультет информационных технологий, специальность «Программное
 *	обеспечение ...», инженер
 *
 * The faculty goes, the part after the word for a speciality is the
 * field and the part after the word for a qualification, or a lone word
 * left over, is the degree.
 */
#ifndef DOSSIER_EDULABEL_H
#define DOSSIER_EDULABEL_H

#include "parse.h"

/* Sets e's field and degree from s when a part of it is labelled as a
 * speciality or a qualification: 1 then, else 0 and e untouched. */
int edulabel_split(const char *s, struct education *e);

#endif
