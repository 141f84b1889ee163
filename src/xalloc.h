/*
 * xalloc: allocation that cannot fail.
 *
 * Running out of memory is not an error dossier can recover from in a useful
 * way, so, like tmux and htop, it stops with a message instead of threading
 * ENOMEM through every caller.
 */
#ifndef DOSSIER_XALLOC_H
#define DOSSIER_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t);
void *xcalloc(size_t, size_t);
void *xrealloc(void *, size_t);
void *xreallocarray(void *, size_t, size_t);
char *xstrdup(const char *);
char *xstrndup(const char *, size_t);
char *xprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif
