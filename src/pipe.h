/*
 * pipe: work done ahead on a second thread.  pipe_start runs work(ctx, i)
 * for i = 0 .. n-1 in order on a thread of its own, never more than `ahead`
 * items before the caller; pipe_next hands the caller each result in the
 * same order.  An import parses the next résumés so while it stores the
 * last ones.  work must touch nothing the caller writes meanwhile.  Should
 * no thread start, pipe_next does the work itself.
 */
#ifndef DOSSIER_PIPE_H
#define DOSSIER_PIPE_H

#include <stddef.h>

typedef void *(*pipe_work)(void *ctx, size_t i);

struct pipe;

struct pipe *pipe_start(size_t n, size_t ahead, pipe_work work, void *ctx);
/* The next item's result (waiting for it); NULL after the last. */
void *pipe_next(struct pipe *);
/* Takes every result not yet taken, handing each to done (which may be
 * NULL), then ends the thread. */
void pipe_finish(struct pipe *, void (*done)(void *));

#endif
