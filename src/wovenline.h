/*
 * wovenline: what a line of two columns woven into one another is.
 *
 * unweave deals the lines under a pair of headings between the two by
 * what they are: a line of known skills ("Go PostgreSQL Kafka", "Figma,
 * Blender", "Python ●●●○○"), a list of them, contact details, a spoken
 * language ("English Native"), a range of dates.
 */
#ifndef DOSSIER_WOVENLINE_H
#define DOSSIER_WOVENLINE_H

#include "lexicon.h"

/* Whether every word or comma-separated item of s is a known skill
 * ("Go PostgreSQL Kafka", "Figma, Blender"). */
int wovenline_skills(const struct lexicon *, const char *s);
/* Whether each piece of s between the bytes of seps is a known skill or
 * a drawn rating ("●●●○○"), and one at least a skill. */
int wovenline_known(const struct lexicon *, const char *s, const char *seps);
/* "Python, SQL, Power BI and Tableau": two commas or more, a list. */
int wovenline_list(const char *s);
/* At least two of the comma-separated items known skills. */
int wovenline_mostly_skills(const struct lexicon *, const char *s);
/* "✉ k.nowak@example.org", "☏ +48 12 555 01 89": contact details. */
int wovenline_contact(const char *s);
/* "English Native", "Polish ●●●○○": a spoken language first. */
int wovenline_tongue(const char *s);
/* A range of dates, no single date. */
int wovenline_range(const char *s);

#endif
