/*
 * A ring of `ahead` slots between the worker threads and their caller.
 * A worker claims the next item i once the caller has taken item
 * i - ahead, and puts its result in slot i % ahead, marked ready; the
 * caller takes the slots in item order as they become ready.
 */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "pipe.h"
#include "xalloc.h"

#define MAX_WORKERS 4

struct pipe {
	pipe_work work;
	void *ctx;
	size_t n, ahead;
	size_t next;		/* the next item a worker claims */
	size_t taken;		/* items the caller has taken */
	void **slot;
	unsigned char *ready;	/* slot's result is in */
	size_t nthreads;
	pthread_t thread[MAX_WORKERS];
	pthread_mutex_t lock;
	pthread_cond_t changed;	/* an item claimed, finished or taken */
};

static void *
pipe_run(void *arg)
{
	struct pipe *p = arg;

	pthread_mutex_lock(&p->lock);
	for (;;) {
		size_t i;
		void *r;
		while (p->next < p->n && p->next >= p->taken + p->ahead)
			pthread_cond_wait(&p->changed, &p->lock);
		if (p->next >= p->n)
			break;
		i = p->next++;
		pthread_mutex_unlock(&p->lock);
		r = p->work(p->ctx, i);
		pthread_mutex_lock(&p->lock);
		p->slot[i % p->ahead] = r;
		p->ready[i % p->ahead] = 1;
		pthread_cond_broadcast(&p->changed);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

struct pipe *
pipe_start(size_t n, size_t ahead, size_t workers, pipe_work work, void *ctx)
{
	struct pipe *p = xcalloc(1, sizeof *p);

	p->work = work;
	p->ctx = ctx;
	p->n = n;
	p->ahead = ahead > 0 ? ahead : 1;
	p->slot = xcalloc(p->ahead, sizeof *p->slot);
	p->ready = xcalloc(p->ahead, 1);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->changed, NULL);
	if (workers > MAX_WORKERS)
		workers = MAX_WORKERS;
	/* one item has nothing to overlap with, and no more threads than items */
	if (n < 2)
		workers = 0;
	while (p->nthreads < workers && p->nthreads < n &&
	    pthread_create(&p->thread[p->nthreads], NULL, pipe_run, p) == 0)
		p->nthreads++;
	return p;
}

void *
pipe_next(struct pipe *p)
{
	void *r;
	size_t k;

	if (p->taken == p->n)
		return NULL;
	if (p->nthreads == 0)
		return p->work(p->ctx, p->taken++);
	pthread_mutex_lock(&p->lock);
	k = p->taken % p->ahead;
	while (!p->ready[k])
		pthread_cond_wait(&p->changed, &p->lock);
	r = p->slot[k];
	p->ready[k] = 0;
	p->taken++;
	pthread_cond_broadcast(&p->changed);
	pthread_mutex_unlock(&p->lock);
	return r;
}

void
pipe_finish(struct pipe *p, void (*done)(void *))
{
	void *r;

	if (p == NULL)
		return;
	while ((r = pipe_next(p)) != NULL || p->taken < p->n)
		if (done != NULL)
			done(r);
	for (size_t t = 0; t < p->nthreads; t++)
		pthread_join(p->thread[t], NULL);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->changed);
	free(p->ready);
	free(p->slot);
	free(p);
}

size_t
pipe_workers(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1)
		return 1;
	return n > MAX_WORKERS ? MAX_WORKERS : (size_t)n;
}
