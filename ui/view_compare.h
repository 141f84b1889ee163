/*
 * view_compare: the careers of the marked candidates and of those tagged
 * shortlist (or matching :compare QUERY) stacked on one shared axis, a
 * name and its lanes each, to compare them at a glance.  Enter opens the
 * card of one; n and p then step through the compared.
 */
#ifndef DOSSIER_UI_VIEW_COMPARE_H
#define DOSSIER_UI_VIEW_COMPARE_H

#include "app.h"

extern const struct view_ops compare_view_ops;

struct cmpv *compare_new(struct app *);
void compare_free(struct cmpv *);
/* Compares the marked and those matching query (NULL: the first tag);
 * 0, or -1 with a message when the query is wrong. */
int compare_set_query(struct app *, const char *query);
long long compare_cursor_id(struct app *);
void compare_position(struct app *, long long *i, long long *n);
int compare_step(struct app *, int delta);
/* Marks or data changed: read the careers again when next shown. */
void compare_changed(struct app *);

#endif
