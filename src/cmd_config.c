/*
 * dossier config: write the commented default file, check one, show paths.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "query.h"
#include "xalloc.h"

static int
config_init(struct cli *c, int force)
{
	int from_env;
	char *path = c->config_arg ? xstrdup(c->config_arg) : config_path(&from_env);
	char *slash = strrchr(path, '/');
	FILE *f;
	int fd;

	if (slash != NULL && slash != path) {
		*slash = '\0';
		if (mkdir(path, 0700) != 0 && errno != EEXIST) {
			/* the parents may be missing too: make them one by one */
			for (char *s = path + 1; *s != '\0'; s++)
				if (*s == '/') {
					*s = '\0';
					mkdir(path, 0700);
					*s = '/';
				}
			mkdir(path, 0700);
		}
		*slash = '/';
	}
	fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (force ? O_TRUNC : O_EXCL), 0600);
	if (fd < 0 || (f = fdopen(fd, "w")) == NULL) {
		cli_error("config: %s: %s%s", path, strerror(errno), errno == EEXIST ?
		    " (use --force to overwrite)" : "");
		free(path);
		return status_exit(errno == EEXIST ? ST_USAGE : ST_IO);
	}
	fputs(config_default_text, f);
	if (fclose(f) != 0) {
		cli_error("config: %s: %s", path, strerror(errno));
		free(path);
		return status_exit(ST_IO);
	}
	printf("%s\n", path);
	free(path);
	return 0;
}

static int
config_show_paths(struct cli *c)
{
	int rc, from_env;
	char *path;
	const char *db = getenv("DOSSIER_DB");

	if ((rc = cli_config(c)) != 0)
		return rc;
	path = c->config_arg ? xstrdup(c->config_arg) : config_path(&from_env);
	printf("config: %s%s\n", path, c->cfg.file ? "" : " (not found: built-in defaults)");
	free(path);
	if (c->db_arg != NULL)
		printf("database: %s\n", c->db_arg);
	else if (db != NULL && *db != '\0')
		printf("database: %s\n", db);
	else if (c->cfg.database != NULL) {
		path = config_expand_path(&c->cfg, c->cfg.database);
		printf("database: %s\n", path);
		free(path);
	} else {
		path = config_default_database();
		printf("database: %s\n", path);
		free(path);
	}
	path = config_state_path("history");
	printf("history: %s\n", path);
	free(path);
	printf("user: %s\n", cli_user(c));
	return 0;
}

/* Each saved view's query compiles; a mistake names the view and column. */
static int
config_check_views(struct cli *c)
{
	struct query_env env = { cli_user(c), &c->cfg };
	int bad = 0;

	for (size_t i = 0; i < c->cfg.nviews; i++) {
		const struct view_def *v = &c->cfg.views[i];
		struct query *q;
		char err[ERRLEN];
		int col;
		if (query_compile(v->query, &env, &q, err, sizeof err, &col) != ST_OK) {
			cli_error("%s: view '%s': column %d: %s", c->cfg.file != NULL ?
			    c->cfg.file : "built-in defaults", v->name, col, err);
			bad = 1;
		}
		query_free(q);
	}
	return bad ? status_exit(ST_CONFIG) : 0;
}

int
cmd_config(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "init", no_argument, NULL, 'i' },
		{ "force", no_argument, NULL, 'f' },
		{ "check", no_argument, NULL, 'c' },
		{ "path", no_argument, NULL, 'p' },
		{ "settings", no_argument, NULL, 's' },
		CLI_GLOBAL_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	int ch, rc, what = 0, force = 0;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (cli_global(c, ch, optarg))
			continue;
		switch (ch) {
		case 'i': case 'c': case 'p': case 's':
			if (what != 0)
				return cli_usage("config", "give one of --init, --check, --path, "
				    "--settings");
			what = ch;
			break;
		case 'f': force = 1; break;
		case 'h': return cli_help(cli_command("config"), stdout);
		default: return cli_usage("config", "unknown option");
		}
	}
	if (optind < argc)
		return cli_usage("config", "unexpected argument '%s'", argv[optind]);
	switch (what) {
	case 'i':
		return config_init(c, force);
	case 'c':
		if ((rc = cli_config(c)) != 0 || (rc = config_check_views(c)) != 0)
			return rc;
		printf("%s: ok%s\n", c->cfg.file ? c->cfg.file : "built-in defaults",
		    c->cfg.warnings.n > 0 ? " (with warnings)" : "");
		return 0;
	case 's':
		config_print_settings(stdout);
		return 0;
	case 'p':
		return config_show_paths(c);
	default:
		return cli_usage("config", "give one of --init, --check, --path, --settings");
	}
}
