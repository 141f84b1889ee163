#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "history.h"
#include "utf8.h"
#include "xalloc.h"

/* A line as it may be shown and stored: cleaned, cut to HISTORY_LINE_MAX
 * bytes at a character's start (caller frees). */
static char *
history_clean(const char *s, size_t len)
{
	char *c = utf8_sanitize(s, len, 0);
	size_t n = strlen(c);

	if (n > HISTORY_LINE_MAX) {
		n = HISTORY_LINE_MAX;
		while (n > 0 && ((unsigned char)c[n] & 0xc0) == 0x80)
			n--;
		c[n] = '\0';
	}
	return c;
}

/* Takes line unless it is empty or the same as the last; 1 if taken. */
static int
history_push(struct history *h, char *line)
{
	if (*line == '\0' || (h->lines.n > 0 &&
	    strcmp(h->lines.v[h->lines.n - 1], line) == 0)) {
		free(line);
		return 0;
	}
	if (h->lines.n >= HISTORY_MAX)
		strlist_remove(&h->lines, 0);
	strlist_take(&h->lines, line);
	return 1;
}

static void
history_mkdirs(const char *path)
{
	char *p = xstrdup(path);

	for (char *s = p + 1; *s != '\0'; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST)
			break;
		*s = '/';
	}
	free(p);
}

/* Writes the last HISTORY_MAX of the raw lines over the file, through a
 * new file renamed into place.  An entry another session appends meanwhile
 * may be lost: a history, not a log. */
static void
history_trim(const char *path, const struct strlist *raw)
{
	char *tmp = xprintf("%s.%ld", path, (long)getpid());
	size_t from = raw->n > HISTORY_MAX ? raw->n - HISTORY_MAX : 0;
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	int ok = f != NULL;

	for (size_t i = from; ok && i < raw->n; i++)
		ok = fprintf(f, "%s\n", raw->v[i]) >= 0;
	if (f != NULL)
		ok = fclose(f) == 0 && ok;
	else if (fd >= 0)
		close(fd);
	if (!ok || rename(tmp, path) != 0)
		unlink(tmp);
	free(tmp);
}

void
history_open(struct history *h, char kind, const char *path)
{
	char line[HISTORY_LINE_MAX + 4];
	struct strlist raw = STRLIST_INIT;
	FILE *f;

	memset(h, 0, sizeof *h);
	h->kind = kind;
	h->path = path != NULL ? xstrdup(path) : NULL;
	if (path == NULL || (f = fopen(path, "re")) == NULL)
		return;
	while (fgets(line, sizeof line, f) != NULL) {
		size_t n = strcspn(line, "\r\n");
		int whole = line[n] != '\0' || feof(f);
		char skip[256];
		if (!whole)	/* too long: the rest of it is skipped */
			while (fgets(skip, sizeof skip, f) != NULL && strchr(skip, '\n') == NULL)
				;
		line[n] = '\0';
		if (line[0] == kind)
			history_push(h, history_clean(line + 1, n - 1));
		if (line[0] != '\0')
			strlist_add(&raw, line);
		if (raw.n >= 4 * HISTORY_MAX)
			for (size_t i = 0; i < 2 * HISTORY_MAX; i++)
				strlist_remove(&raw, 0);
	}
	fclose(f);
	if (raw.n > 2 * HISTORY_MAX)
		history_trim(path, &raw);
	strlist_clear(&raw);
}

int
history_add(struct history *h, const char *line)
{
	char *rec;
	int fd, ok;

	if (!history_push(h, history_clean(line, strlen(line))) || h->path == NULL ||
	    h->kind == 0)
		return 0;
	history_mkdirs(h->path);
	if ((fd = open(h->path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600)) < 0)
		return -1;
	/* a file made by hand, or by an older umask, becomes private too */
	fchmod(fd, 0600);
	rec = xprintf("%c%s\n", h->kind, h->lines.v[h->lines.n - 1]);
	ok = write(fd, rec, strlen(rec)) == (ssize_t)strlen(rec);
	free(rec);
	return close(fd) == 0 && ok ? 0 : -1;
}

void
history_close(struct history *h)
{
	strlist_clear(&h->lines);
	free(h->path);
	h->path = NULL;
}
