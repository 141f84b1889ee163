/*
 * view_list: the candidates matching the query, a row each (or two or
 * three in the dense layout), fetched a screenful at a time so a list of
 * 100,000 opens as fast as one of 100.  The query is what `/` types; the
 * list also serves n and p in the card and the timeline.
 */
#ifndef DOSSIER_UI_VIEW_LIST_H
#define DOSSIER_UI_VIEW_LIST_H

#include "../src/query.h"
#include "app.h"

extern const struct view_ops list_view_ops;

struct listv *list_new(struct app *, const char *query);
void list_free(struct listv *);

/* On a syntax error the list stays as it was; err and *col say why. */
int list_set_query(struct app *, const char *text, char *err, size_t errlen, int *col);
const char *list_query(const struct app *);
/* The words of the query, for other views to light up too. */
const struct strlist *list_words(const struct app *);
/* sort < 0 keeps the order and only sets the direction. */
void list_set_sort(struct app *, int sort, int reverse);
/* The next order (o). */
void list_next_sort(struct app *);
void list_toggle_dense(struct app *);
long long list_count(struct app *);
long long list_cursor_id(struct app *);
/* The cursor's place (1-based) among how many. */
void list_position(struct app *, long long *i, long long *n);
/* Moves the cursor to the candidate with id, when it is in the list. */
int list_select(struct app *, long long id);
/* Moves the cursor by delta; 0 if it moved. */
int list_step(struct app *, int delta);
/* Every id in the list, in its order. */
enum status list_ids(struct app *, long long **ids, size_t *n);
/* The data changed: count and fetch again, the cursor kept on its candidate. */
void list_changed(struct app *);

#endif
