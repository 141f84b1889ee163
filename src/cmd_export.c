/*
 * dossier export: profiles chosen by a query, as JSON, CSV, YAML or Markdown.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "export.h"
#include "query.h"
#include "xalloc.h"

static int
export_ids(struct cli *c, const char *text, long long **ids, size_t *n)
{
	struct query *q;
	int sort, rc = cli_compile_tagged(c, text, &q);
	enum status st;

	if (rc != 0)
		return rc;
	if ((sort = query_view_sort(q)) < 0)
		sort = query_has_words(q) ? SORT_RANK : SORT_NAME;
	st = query_ids(c->store, q, cli_user(c), sort, 0, ids, n);
	query_free(q);
	if (st != ST_OK) {
		cli_error("export: %s", store_error(c->store));
		return status_exit(st);
	}
	return 0;
}

/* Writes next to the target and renames, so a failed export never leaves
 * half a file where a good one was. */
static int
export_to_file(struct cli *c, const char *path, const long long *ids, size_t n, int fmt)
{
	char *tmp = xprintf("%s.tmpXXXXXX", path), err[ERRLEN];
	int fd = mkstemp(tmp);
	FILE *f;
	enum status st;

	if (fd < 0 || (f = fdopen(fd, "w")) == NULL) {
		cli_error("export: %s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		free(tmp);
		return status_exit(ST_IO);
	}
	fchmod(fd, 0600);
	st = export_profiles(c->store, ids, n, fmt, f, err, sizeof err);
	if (fclose(f) != 0 && st == ST_OK) {
		snprintf(err, sizeof err, "%s", strerror(errno));
		st = ST_IO;
	}
	if (st == ST_OK && rename(tmp, path) != 0) {
		snprintf(err, sizeof err, "%s", strerror(errno));
		st = ST_IO;
	}
	if (st != ST_OK) {
		unlink(tmp);
		cli_error("export: %s: %s", path, err);
	}
	free(tmp);
	return st == ST_OK ? 0 : status_exit(st);
}

int
cmd_export(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "tag", required_argument, NULL, 't' },
		CLI_GLOBAL_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	const char *out = NULL;
	int ch, rc, fmt = -1;
	long long *ids = NULL;
	size_t n = 0;
	char *text, err[ERRLEN];
	enum status st;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "f:o:t:h", opts, NULL)) != -1) {
		if (cli_global(c, ch, optarg))
			continue;
		switch (ch) {
		case 'f':
			if ((fmt = export_format_find(optarg)) < 0)
				return cli_usage("export", "unknown format '%s' (json, csv, yaml, "
				    "markdown)", optarg);
			break;
		case 'o': out = optarg; break;
		case 't':
			if ((rc = cli_add_tag(c, "export", optarg)) != 0)
				return rc;
			break;
		case 'h': return cli_help(cli_command("export"), stdout);
		default: return cli_usage("export", CLI_UNKNOWN_OPTION);
		}
	}
	if (fmt < 0)
		fmt = out != NULL && export_format_guess(out) >= 0 ? export_format_guess(out) :
		    EXPORT_JSON;
	if ((rc = cli_store(c, 0)) != 0)
		return rc;
	text = cli_join(argc - optind, argv + optind);
	rc = export_ids(c, text, &ids, &n);
	free(text);
	if (rc != 0)
		return rc;
	if (out != NULL && strcmp(out, "-") != 0)
		rc = export_to_file(c, out, ids, n, fmt);
	else if ((st = export_profiles(c->store, ids, n, fmt, stdout, err, sizeof err)) != ST_OK) {
		cli_error("export: %s", err);
		rc = status_exit(st);
	}
	free(ids);
	return rc;
}
