/*
 * skillwrap: how the lines of a skills section are told apart as lists,
 * group labels, and items wrapped onto the next line.
 */
#ifndef DOSSIER_SKILLWRAP_H
#define DOSSIER_SKILLWRAP_H

#include <stddef.h>

struct ctx;
struct line;

/* Whether s holds a list's separators; slashes only between three items
 * or more ("Lean / Six Sigma" is one), commas in brackets none
 * ("Microsoft Excel (advanced, pivot tables)"). */
int skillwrap_list_sep(const char *s);
/* "Languages: C, Go" and the cells of a table row: the length of the
 * group's label, 0 if none; table: bars part cells too. */
size_t skillwrap_group_prefix(const char *s, int table);
/* "Contract administration" over "(GCC 2015, FIDIC)", "Excel avancé (TCD,
 * Power" over "Query)": whether a bracket goes on from line to next. */
int skillwrap_bracket_next(const char *line, const char *next);
/* Whether line (the text so far of l, its first line first) goes on on
 * next: a list or a bullet wrapped inside an item, a bracket left open,
 * a word wrapped off an item. */
int skillwrap_joins(const struct ctx *, const char *first, const struct line *l,
    const char *line, const struct line *next);

#endif
