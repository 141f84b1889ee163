/*
 * marks: the candidates marked in this session (mutt's tagged messages,
 * called marks here since tags are dossier's stored labels).  `;` applies
 * the next action to all of them.  A sorted set of ids.
 */
#ifndef DOSSIER_UI_MARKS_H
#define DOSSIER_UI_MARKS_H

#include <stddef.h>

struct marks {
	long long *v;
	size_t n, cap;
};

int marks_has(const struct marks *, long long id);
void marks_add(struct marks *, long long id);
/* Adds many at once (marking every match of a query). */
void marks_add_many(struct marks *, const long long *ids, size_t n);
void marks_remove(struct marks *, long long id);
/* Returns the new state: 1 marked, 0 not. */
int marks_toggle(struct marks *, long long id);
void marks_clear(struct marks *);

#endif
