#include "autoconfig.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "config.h"
#include "import.h"
#include "resume.h"
#include "xalloc.h"

#define DEFAULT_MAX_SIZE (10LL * 1024 * 1024)
#define DEFAULT_MAX_LINES 100000LL

static long long
max_size(const struct import_opts *o)
{
	return o->cfg != NULL ? o->cfg->max_file_size : DEFAULT_MAX_SIZE;
}

static long long
max_lines(const struct import_opts *o)
{
	return o->cfg != NULL ? o->cfg->max_lines : DEFAULT_MAX_LINES;
}

/* The limits hold for whatever is parsed, not only for what import_read
 * read: standard input, and stored texts that reimport parses again under
 * a configuration that may have grown stricter since. */
static enum status
import_limits(const char *data, size_t len, const char *name, const struct import_opts *o,
    char *err, size_t errlen)
{
	long long lines = 0, max = max_lines(o);

	if ((long long)len > max_size(o)) {
		snprintf(err, errlen, "%s: larger than the limit of %lld bytes "
		    "(import.max_file_size)", name, max_size(o));
		return ST_DATA;
	}
	for (const char *s = data, *end = data + len; s < end; s++) {
		if ((s = memchr(s, '\n', (size_t)(end - s))) == NULL)
			break;
		lines++;
	}
	if (len > 0 && data[len - 1] != '\n')
		lines++;
	if (lines > max) {
		snprintf(err, errlen, "%s: more than %lld lines (import.max_lines)", name, max);
		return ST_DATA;
	}
	return ST_OK;
}

static enum status
read_fd(int fd, const char *name, long long limit, struct buf *raw, char *err, size_t errlen)
{
	char chunk[65536];
	ssize_t n;

	while ((n = read(fd, chunk, sizeof chunk)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			snprintf(err, errlen, "%s: %s", name, strerror(errno));
			return errno == EISDIR ? ST_NOINPUT : ST_IO;
		}
		if ((long long)(raw->len + (size_t)n) > limit) {
			snprintf(err, errlen, "%s: larger than the limit of %lld bytes "
			    "(import.max_file_size)", name, limit);
			return ST_DATA;
		}
		buf_add(raw, chunk, (size_t)n);
	}
	return ST_OK;
}

static int
is_pdf(const char *path, const struct buf *raw)
{
	size_t len = strlen(path);

	if (raw->len >= 5 && memcmp(raw->s, "%PDF-", 5) == 0)
		return 1;
	return len > 4 && strcasecmp(path + len - 4, ".pdf") == 0;
}

/* pdftotext FILE -, run without a shell; its output replaces raw. */
static enum status
read_pdf(const char *path, long long limit, struct buf *raw, char *err, size_t errlen)
{
	int fds[2], status;
	pid_t pid;
	enum status st;

	/* close-on-exec: a pdftotext started by another parsing thread must
	 * not hold this pipe open */
	if (pipe2(fds, O_CLOEXEC) != 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return ST_IO;
	}
	if ((pid = fork()) < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		close(fds[0]);
		close(fds[1]);
		return ST_IO;
	}
	if (pid == 0) {
		dup2(fds[1], STDOUT_FILENO);
		close(fds[0]);
		close(fds[1]);
		/* -layout: measured on the corpus, the importer reads columns and
		 * right-aligned dates better from it than from the raw order */
		execlp(PDFTOTEXT, PDFTOTEXT, "-layout", "-enc", "UTF-8", "-q", "--", path, "-",
		    (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	buf_reset(raw);
	st = read_fd(fds[0], path, limit, raw, err, errlen);
	close(fds[0]);
	waitpid(pid, &status, 0);
	if (st != ST_OK)
		return st;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
		snprintf(err, errlen, "%s: reading PDFs needs pdftotext "
		    "(Debian: apt-get install poppler-utils)", path);
		return ST_NOINPUT;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		snprintf(err, errlen, "%s: pdftotext could not read this PDF", path);
		return ST_DATA;
	}
	return ST_OK;
}

enum status
import_read(const char *path, const struct import_opts *o, struct buf *raw, char *err,
    size_t errlen)
{
	struct stat sb;
	int fd;
	enum status st;

	buf_reset(raw);
	if (strcmp(path, "-") == 0)
		return read_fd(STDIN_FILENO, "(standard input)", max_size(o), raw, err, errlen);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return errno == ENOENT || errno == ENOTDIR || errno == EACCES ? ST_NOINPUT : ST_IO;
	}
	if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		snprintf(err, errlen, "%s: is a directory", path);
		close(fd);
		return ST_NOINPUT;
	}
	st = read_fd(fd, path, max_size(o), raw, err, errlen);
	close(fd);
	if (st == ST_OK && is_pdf(path, raw))
		st = read_pdf(path, max_size(o), raw, err, errlen);
	return st;
}

static enum status
import_resume(const char *data, size_t len, const char *name, struct import_result **out,
    size_t *n, char *err, size_t errlen)
{
	struct profile **v;
	enum status st = resume_parse(data, len, name, &v, n, err, errlen);

	if (st != ST_OK)
		return st;
	if (*n == 0) {
		free(v);
		snprintf(err, errlen, "%s: no JSON Resume document in it", name);
		return ST_DATA;
	}
	*out = xcalloc(*n, sizeof **out);
	for (size_t i = 0; i < *n; i++)
		(*out)[i].profile = v[i];
	free(v);
	return ST_OK;
}

enum status
import_data(const char *data, size_t len, const char *name, const struct import_opts *o,
    struct import_result **out, size_t *n, char *err, size_t errlen)
{
	char why[ERRLEN - 64];
	enum status st;

	*out = NULL;
	*n = 0;
	if (len == 0) {
		snprintf(err, errlen, "%s: empty file", name);
		return ST_DATA;
	}
	if ((st = import_limits(data, len, name, o, err, errlen)) != ST_OK)
		return st;
	if (resume_sniff(data, len))
		return import_resume(data, len, name, out, n, err, errlen);
	*out = xcalloc(1, sizeof **out);
	if ((st = import_text(data, len, o, *out, why, sizeof why)) != ST_OK) {
		snprintf(err, errlen, "%s: %s", name, why);
		free(*out);
		*out = NULL;
		return st;
	}
	*n = 1;
	return ST_OK;
}

void
import_results_free(struct import_result *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		profile_free(v[i].profile);
		free(v[i].text);
	}
	free(v);
}
