/*
 * pipe: work done ahead on threads of its own.  pipe_start runs work(ctx,
 * i) for i = 0 .. n-1 on up to `workers` threads, never more than `ahead`
 * items before the caller; pipe_next hands the caller each result in item
 * order, whichever thread finished first.  An import parses the next
 * résumés so while it stores the last ones.  work must touch nothing the
 * caller writes meanwhile, nor anything another call of work writes.
 * Should no thread start, pipe_next does the work itself.
 */
#ifndef DOSSIER_PIPE_H
#define DOSSIER_PIPE_H

#include <stddef.h>

typedef void *(*pipe_work)(void *ctx, size_t i);

struct pipe;

struct pipe *pipe_start(size_t n, size_t ahead, size_t workers, pipe_work work, void *ctx);
/* The next item's result (waiting for it); NULL after the last. */
void *pipe_next(struct pipe *);
/* Takes every result not yet taken, handing each to done (which may be
 * NULL), then ends the threads. */
void pipe_finish(struct pipe *, void (*done)(void *));
/* How many threads to parse on: one a processor, within reason. */
size_t pipe_workers(void);

#endif
