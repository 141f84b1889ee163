/* Unit tests of pipe: results come back in item order, every item once,
 * whatever the number of threads, the distance ahead, or which item is
 * slow. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "pipe.h"

#define N 2000

struct job {
	int done[N];	/* each slot written by the one thread that did the item */
};

/* Uneven work: some items take far longer than their neighbours. */
static void *
work(void *ctx, size_t i)
{
	struct job *j = ctx;
	volatile unsigned spin = 0;
	size_t *r = malloc(sizeof *r);

	for (unsigned k = 0; k < (i % 7 == 0 ? 20000u : 50u); k++)
		spin += k;
	j->done[i]++;
	*r = i;
	return r;
}

static void
run(size_t workers, size_t ahead, size_t take)
{
	static struct job j;
	struct pipe *p;
	size_t *r;

	for (size_t i = 0; i < N; i++)
		j.done[i] = 0;
	p = pipe_start(N, ahead, workers, work, &j);
	for (size_t i = 0; i < take; i++) {
		r = pipe_next(p);
		assert_non_null(r);
		assert_int_equal(*r, i);
		free(r);
	}
	pipe_finish(p, free);
	for (size_t i = 0; i < N; i++)
		assert_int_equal(j.done[i], 1);
}

static void
test_order(void **state)
{
	(void)state;
	run(0, 8, N);
	run(1, 8, N);
	run(2, 8, N);
	run(4, 3, N);
	run(4, 512, N);
	run(2, 1, N);
}

static void
test_finish_early(void **state)
{
	(void)state;
	/* the caller stops taking: pipe_finish takes and frees the rest */
	run(2, 16, 10);
	run(4, 512, 0);
}

static void
test_after_last(void **state)
{
	struct job *j = calloc(1, sizeof *j);
	struct pipe *p = pipe_start(3, 2, 2, work, j);

	(void)state;
	for (size_t i = 0; i < 3; i++)
		free(pipe_next(p));
	assert_null(pipe_next(p));
	pipe_finish(p, free);
	free(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_finish_early),
		cmocka_unit_test(test_after_last),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
