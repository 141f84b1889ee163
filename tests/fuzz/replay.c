/*
 * replay: runs a fuzz target over files, for builds without libFuzzer.
 *
 * Usage: replay-TARGET FILE|DIR...  Each file is one input; a folder's files
 * are each one input.  It prints a TAP line an input, so `make check` shows
 * which one broke (a crash stops it; the TAP driver reports the missing
 * plan).
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "fuzz.h"
#include "xalloc.h"

static int ntests;

static int
replay_file(const char *path)
{
	struct buf b = BUF_INIT;
	char chunk[65536];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (f == NULL) {
		printf("not ok %d - %s: %s\n", ++ntests, path, strerror(errno));
		return 1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	fflush(stdout);
	LLVMFuzzerTestOneInput((const uint8_t *)(b.s != NULL ? b.s : ""), b.len);
	printf("ok %d - %s\n", ++ntests, path);
	buf_free(&b);
	return 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
replay_dir(const char *path)
{
	struct strlist names = STRLIST_INIT;
	struct dirent *e;
	DIR *d = opendir(path);
	int failed = 0;

	if (d == NULL) {
		printf("not ok %d - %s: %s\n", ++ntests, path, strerror(errno));
		return 1;
	}
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			strlist_take(&names, xprintf("%s/%s", path, e->d_name));
	closedir(d);
	if (names.n > 1)
		qsort(names.v, names.n, sizeof *names.v, cmp_str);
	for (size_t i = 0; i < names.n; i++)
		failed |= replay_file(names.v[i]);
	strlist_clear(&names);
	return failed;
}

int
main(int argc, char **argv)
{
	struct stat sb;
	int failed = 0;

	for (int i = 1; i < argc; i++) {
		if (stat(argv[i], &sb) == 0 && S_ISDIR(sb.st_mode))
			failed |= replay_dir(argv[i]);
		else
			failed |= replay_file(argv[i]);
	}
	printf("1..%d\n", ntests);
	return failed;
}
