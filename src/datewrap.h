/*
 * datewrap: dates a layout broke over lines, read as one.
 */
#ifndef DOSSIER_DATEWRAP_H
#define DOSSIER_DATEWRAP_H

#include <stddef.h>

#include "dateparse.h"
#include "layout.h"

/* Lines i.. of L, up to to, that hold the pieces of one range ("Now",
 * "|", "2019", "Jun"): their count, the range in *r; 0 if none. */
size_t datewrap_merged(const struct layout *L, size_t i, size_t to, struct daterange *r);
/* Whether line i ends in a range's dash and the next holds its end. */
int datewrap_line(const struct layout *L, size_t i, size_t to);
/* A date column too narrow for its ranges: line i with the year the next
 * line holds joined to its first cell, to be freed, and what followed
 * the year in *rest; NULL if not so. */
char *datewrap_cell(const struct layout *L, size_t i, size_t to, char **rest);

#endif
