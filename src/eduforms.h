/*
 * eduforms: degrees written in a form of one country, language or site,
 * read into a study type and an area:
 *
 *	HBO-Verpleegkunde		Dutch initials joined to the field
 *	Master of Business Administration - MBA, Technology Management
 *					LinkedIn's name, initials, field
 *	Corso di formazione “Contabilità e paghe”
 *					the field in quotes
 *	电子商务（本科）		a Chinese level beside its field
 *	Baccalauréat série Mathématiques
 *					the French stream, "série" and all
 *
 * Each returns 1 when s had its form and e was set, else 0.
 */
#ifndef DOSSIER_EDUFORMS_H
#define DOSSIER_EDUFORMS_H

#include <stddef.h>

#include "profile.h"

int eduforms_hyphen(const char *s, struct education *e);
int eduforms_initials(const char *s, struct education *e);
int eduforms_quoted(const char *s, struct education *e);
int eduforms_cjk(const char *s, struct education *e);
int eduforms_serie(const char *s, struct education *e);
/* "Matriculation Examination Passed": the length of the examination's
 * name, "Passed" off; strlen(s) when s says no such thing. */
size_t eduforms_passed(const char *s);

#endif
