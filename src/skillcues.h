/*
 * skillcues: what, in a section of skills, is no skill.  Personal pages
 * and portfolios put sentences under "What I do", a heading the importer
 * does not know ("Selected writing") and its lines after the list of
 * tools, a menu at the foot; all of it would read as skills.
 */
#ifndef DOSSIER_SKILLCUES_H
#define DOSSIER_SKILLCUES_H

#include "parse.h"

/* "I build fast, accessible websites for small shops.": a sentence, told
 * in the first person or ended as one, whose commas part clauses, not
 * names. */
/* "Proficient in Java, familiar with JVM tuning and ...": a line that says
 * how well the candidate knows things, a sentence kept whole. */
int skillcues_proficiency(const char *s);
int skillcues_sentence(const char *s);
/* "Figma · Framer · Protopie": a line that lists, three items or more. */
int skillcues_list(const char *s);
/* "Python · SQL · Tableau · Power BI · dbt" under the name, no heading
 * over it: a bar of skills the vocabulary mostly knows, four or more,
 * each taken as a skill of its own; whether s was one. */
int skillcues_bar(struct ctx *, const char *s);
/* Line i of a section of skills (lines from to to), after such a list
 * (listed set), starts what is no longer skills: a short line of its own,
 * no list, no label, not a skill the vocabulary knows, over lines that are
 * no list either; unless it heads bullets as a group before it did. */
int skillcues_ends(const struct ctx *, size_t i, size_t from, size_t to, int listed);

#endif
