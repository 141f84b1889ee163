/*
 * A ring of `ahead` slots between one worker thread and its caller.  The
 * worker fills slot i % ahead with item i's result once the caller has
 * taken item i - ahead; the caller takes them in order.
 */
#include <pthread.h>
#include <stdlib.h>

#include "pipe.h"
#include "xalloc.h"

struct pipe {
	pipe_work work;
	void *ctx;
	size_t n, ahead;
	size_t made;		/* items the worker has finished */
	size_t taken;		/* items the caller has taken */
	void **slot;
	int threaded;
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t changed;	/* made or taken moved */
};

static void *
pipe_run(void *arg)
{
	struct pipe *p = arg;

	for (size_t i = 0; i < p->n; i++) {
		void *r;
		pthread_mutex_lock(&p->lock);
		while (i >= p->taken + p->ahead)
			pthread_cond_wait(&p->changed, &p->lock);
		pthread_mutex_unlock(&p->lock);
		r = p->work(p->ctx, i);
		pthread_mutex_lock(&p->lock);
		p->slot[i % p->ahead] = r;
		p->made = i + 1;
		pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->lock);
	}
	return NULL;
}

struct pipe *
pipe_start(size_t n, size_t ahead, pipe_work work, void *ctx)
{
	struct pipe *p = xcalloc(1, sizeof *p);

	p->work = work;
	p->ctx = ctx;
	p->n = n;
	p->ahead = ahead > 0 ? ahead : 1;
	p->slot = xcalloc(p->ahead, sizeof *p->slot);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->changed, NULL);
	/* one item has nothing to overlap with */
	p->threaded = n > 1 && pthread_create(&p->thread, NULL, pipe_run, p) == 0;
	return p;
}

void *
pipe_next(struct pipe *p)
{
	void *r;

	if (p->taken == p->n)
		return NULL;
	if (!p->threaded)
		return p->work(p->ctx, p->taken++);
	pthread_mutex_lock(&p->lock);
	while (p->made <= p->taken)
		pthread_cond_wait(&p->changed, &p->lock);
	r = p->slot[p->taken % p->ahead];
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
	if (p->threaded)
		pthread_join(p->thread, NULL);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->changed);
	free(p->slot);
	free(p);
}
