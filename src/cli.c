#include <ctype.h>
#include <errno.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "cli.h"
#include "query.h"
#include "utf8.h"
#include "xalloc.h"

#define QUERY_HELP \
	"\nQUERY: words match anywhere, as prefixes, ignoring case and accents;\n" \
	"  \"a phrase\"; -word or NOT word (a query with -word goes after --);\n" \
	"  a OR b; ( ).\n" \
	"  Fields: name: headline: company: current: title: school: degree: location:\n" \
	"  note: (words); skill:go (exact; skill:go* a prefix) tag:NAME by:USER;\n" \
	"  years:>5 years:<=2 years:3..8; since:2025-01 since:14d;\n" \
	"  has:email|phone|note; is:new|seen|tagged; @VIEW (a saved view).\n"

const struct command commands[] = {
	{ "import", cmd_import, "import [--dry-run] [--as-of YYYY-MM] FILE...|-",
	  "read résumés (text, PDF, JSON Resume, YAML) into the database",
	  "  -n, --dry-run      print the parsed profiles as JSON Resume; store nothing\n"
	  "      --as-of DATE   what \"present\" means (YYYY-MM); default: the file's date\n"
	  "  -q, --quiet        no progress bar and no summary line\n"
	  "  (files over import.max_file_size or import.max_lines are refused)\n" },
	{ "reimport", cmd_reimport, "reimport [QUERY]",
	  "parse the stored raw texts again with this importer",
	  "  (tags, notes and seen-state are kept; the import limits apply;\n"
	  "  QUERY as for list)\n" },
	{ "list", cmd_list, "list [QUERY] [--tag TAG] [--format table|tsv|json] [--limit N] "
	  "[--sort KEY]",
	  "list candidates",
	  "  -t, --tag TAG      only candidates with this tag (again for several)\n"
	  "  -f, --format FMT   table (default), tsv or json\n"
	  "  -l, --limit N      at most N rows\n"
	  "  -s, --sort KEY     rank, name, years, imported or updated\n"
	  "  -r, --reverse      reverse the order\n"
	  QUERY_HELP },
	{ "show", cmd_show, "show ID [--format text|json|yaml]",
	  "show one candidate's profile",
	  "  -f, --format FMT   text (default), json (JSON Resume) or yaml\n" },
	{ "tag", cmd_tag, "tag ID... TAG", "tag candidates (as the user)", "" },
	{ "untag", cmd_untag, "untag ID... TAG", "remove a tag from candidates", "" },
	{ "note", cmd_note, "note ID TEXT...|-", "add a note to a candidate ('-' reads it from "
	  "standard input)", "" },
	{ "export", cmd_export, "export [QUERY] [--tag TAG] --format json|csv|yaml|markdown "
	  "[-o FILE]",
	  "write candidates out",
	  "  -t, --tag TAG      only candidates with this tag (again for several)\n"
	  "  -f, --format FMT   json (JSON Resume array), csv, yaml or markdown;\n"
	  "                     default: from the -o file's extension, else json\n"
	  "  -o, --output FILE  write to FILE instead of standard output\n"
	  "  (QUERY as for list; see dossier list --help)\n" },
	{ "delete", cmd_delete, "delete ID...",
	  "erase candidates with their texts, tags, notes and index rows",
	  "  (no trace is left in the database's files: the search index is merged\n"
	  "  and the write-ahead log emptied, which takes longer on a large database)\n" },
	{ "tags", cmd_tags, "tags [--names]", "list the configured tags and how many carry each",
	  "      --names        only the names, one a line\n" },
	{ "history", cmd_history, "history ID", "who did what to a candidate, and when", "" },
	{ "config", cmd_config, "config --init [--force] | --check | --path | --settings",
	  "the configuration file",
	  "      --init         write a commented default config to the config path\n"
	  "      --force        with --init, overwrite an existing file\n"
	  "      --check        check the file; print warnings and errors\n"
	  "      --path         print the config, database and history paths in use\n"
	  "      --settings     print every setting with its type, default and help\n" },
	{ "keys", cmd_keys, "keys", "list the browser's actions and their keys", "" },
	{ "browse", cmd_browse, "browse [QUERY]", "open the browser (the default command)",
	  "  The : and / prompts keep what was typed at them (Up and Down recall it) in\n"
	  "  $XDG_STATE_HOME/dossier/history, else ~/.local/state/dossier/history.\n" },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct command *
cli_command(const char *name)
{
	for (const struct command *c = commands; c->name != NULL; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

void
cli_init(struct cli *c)
{
	memset(c, 0, sizeof *c);
}

void
cli_done(struct cli *c)
{
	store_close(c->store);
	if (c->cfg_loaded)
		config_free(&c->cfg);
	free(c->user);
	free(c->db_path);
	free(c->db_arg);
	free(c->config_arg);
	free(c->user_arg);
	buf_free(&c->tags);
}

static void
replace(char **slot, const char *v)
{
	free(*slot);
	*slot = xstrdup(v);
}

int
cli_global(struct cli *c, int opt, const char *arg)
{
	switch (opt) {
	case OPT_DB: replace(&c->db_arg, arg); return 1;
	case OPT_CONFIG: replace(&c->config_arg, arg); return 1;
	case OPT_USER: replace(&c->user_arg, arg); return 1;
	default: return 0;
	}
}

int
cli_help(const struct command *cmd, FILE *f)
{
	fprintf(f, "usage: dossier %s\n\n%s\n", cmd->usage, cmd->summary);
	if (cmd->help[0] != '\0')
		fprintf(f, "\n%s", cmd->help);
	fprintf(f, "\nGlobal options: --db FILE, --config FILE, --user NAME, --help.\n"
	    "See dossier(1).\n");
	return 0;
}

/* Messages name files and echo what people typed; a file name can hold an
 * escape sequence (résumés arrive from anywhere), so what reaches the
 * terminal is sanitized. */
static void
cli_vprint(const char *prefix, const char *fmt, va_list ap, const char *suffix)
    __attribute__((format(printf, 2, 0)));

static void
cli_vprint(const char *prefix, const char *fmt, va_list ap, const char *suffix)
{
	struct buf b = BUF_INIT;
	char *clean;

	buf_vaddf(&b, fmt, ap);
	clean = utf8_sanitize(b.s != NULL ? b.s : "", b.len, 1);
	fprintf(stderr, "%s%s%s", prefix, clean != NULL ? clean : "", suffix);
	free(clean);
	buf_free(&b);
}

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cli_vprint("dossier: ", fmt, ap, "\n");
	va_end(ap);
}

void
cli_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	cli_vprint("dossier: warning: ", fmt, ap, "\n");
	va_end(ap);
}

int
cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "dossier: %s: ", cmd);
	va_start(ap, fmt);
	cli_vprint("", fmt, ap, "");
	va_end(ap);
	fprintf(stderr, "\nTry 'dossier %s --help'.\n", cmd);
	return status_exit(ST_USAGE);
}

int
cli_config(struct cli *c)
{
	char err[ERRLEN];
	char *path;
	int must = 1;
	enum status st;

	if (c->cfg_loaded)
		return 0;
	config_defaults(&c->cfg);
	c->cfg_loaded = 1;
	if (c->config_arg != NULL)
		path = xstrdup(c->config_arg);
	else
		path = config_path(&must);
	st = config_load(&c->cfg, path, must, err, sizeof err);
	free(path);
	for (size_t i = 0; i < c->cfg.warnings.n; i++)
		cli_error("%s", c->cfg.warnings.v[i]);
	if (st != ST_OK) {
		cli_error("%s", err);
		return status_exit(ST_CONFIG);
	}
	return 0;
}

static char *
db_path(struct cli *c)
{
	const char *env = getenv("DOSSIER_DB");

	if (c->db_arg != NULL)
		return xstrdup(c->db_arg);
	if (env != NULL && *env != '\0')
		return xstrdup(env);
	if (c->cfg.database != NULL)
		return config_expand_path(&c->cfg, c->cfg.database);
	return config_default_database();
}

/* Makes the folders of the default database path, private to the user. */
static void
mkdir_parents(const char *path)
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

int
cli_store(struct cli *c, int create)
{
	char err[ERRLEN];
	enum status st;
	int rc, flags = create ? STORE_CREATE : 0;

	if (c->store != NULL)
		return 0;
	if ((rc = cli_config(c)) != 0)
		return rc;
	free(c->db_path);
	c->db_path = db_path(c);
	if (c->cfg.shared != NULL && strcmp(c->cfg.shared, "group") == 0)
		flags |= STORE_GROUP;
	if (create && c->db_arg == NULL && getenv("DOSSIER_DB") == NULL &&
	    c->cfg.database == NULL)
		mkdir_parents(c->db_path);
	st = store_open(c->db_path, flags, &c->store, err, sizeof err);
	if (st != ST_OK) {
		if (st == ST_NOINPUT && !create)
			cli_error("%s (import some résumés first: dossier import FILE...)", err);
		else
			cli_error("%s", err);
		return status_exit(st);
	}
	return 0;
}

/* A user name is shown beside every tag and note: nothing in it may act on
 * a terminal. */
static int
user_valid(const char *u)
{
	size_t len = u != NULL ? strlen(u) : 0;
	uint32_t cp;

	if (len == 0 || len > 64)
		return 0;
	for (size_t i = 0, n; i < len; i += n)
		if ((n = utf8_decode(u + i, len - i, &cp)) == 0 || utf8_is_unsafe(cp))
			return 0;
	return 1;
}

const char *
cli_user(struct cli *c)
{
	const char *u = c->user_arg;
	struct passwd *pw;

	if (c->user != NULL)
		return c->user;
	if (!user_valid(u))
		u = getenv("DOSSIER_USER");
	if (!user_valid(u) && (pw = getpwuid(geteuid())) != NULL)
		u = pw->pw_name;
	if (!user_valid(u))
		u = getenv("USER");
	c->user = xstrdup(user_valid(u) ? u : "unknown");
	return c->user;
}

long long
cli_id(const char *s)
{
	char *end;
	long long v;

	if (*s == '#')
		s++;
	if (!isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (*end != '\0' || errno != 0 || v <= 0)
		return -1;
	return v;
}

char *
cli_join(int argc, char **argv)
{
	struct buf b = BUF_INIT;

	for (int i = 0; i < argc; i++)
		buf_addf(&b, "%s%s", i > 0 ? " " : "", argv[i]);
	return b.len > 0 ? buf_detach(&b) : NULL;
}

int
cli_compile(struct cli *c, const char *text, struct query **q)
{
	struct query_env env = { cli_user(c), &c->cfg };
	char err[ERRLEN], *before;
	size_t at = 0;
	int col;

	if (query_compile(text, &env, q, err, sizeof err, &col) == ST_OK)
		return 0;
	cli_error("query: column %d: %s", col, err);
	/* the caret goes under the column, however wide what precedes it */
	for (int i = 1; text != NULL && text[at] != '\0' && i < col; i++)
		do
			at++;
		while (((unsigned char)text[at] & 0xc0) == 0x80);
	before = xstrndup(text != NULL ? text : "", at);
	fprintf(stderr, "  %s\n  %*s^\n", text != NULL ? text : "", utf8_width(before), "");
	free(before);
	return status_exit(ST_USAGE);
}

/*
 * The query words ANDed with the --tag clauses.  The words compile alone first, so a mistake's caret sits under what the user
 * typed rather than under the added brackets.
 */
int
cli_compile_tagged(struct cli *c, const char *text, struct query **q)
{
	const char *tags = buf_str(&c->tags);
	char *all;
	int rc;

	if (*tags == '\0')
		return cli_compile(c, text, q);
	if (text == NULL)
		return cli_compile(c, tags + 1, q);
	if ((rc = cli_compile(c, text, q)) != 0)
		return rc;
	query_free(*q);
	all = xprintf("(%s)%s", text, tags);
	rc = cli_compile(c, all, q);
	free(all);
	return rc;
}

int
cli_known_tag(struct cli *c, const char *cmd, const char *tag)
{
	struct buf b = BUF_INIT;
	int rc;

	if ((rc = cli_config(c)) != 0)
		return rc;
	if (config_tag(&c->cfg, tag) != NULL)
		return 0;
	for (size_t i = 0; i < c->cfg.ntags; i++)
		buf_addf(&b, "%s%s", i > 0 ? ", " : "", c->cfg.tags[i].name);
	rc = cli_usage(cmd, "unknown tag '%s' (tags: %s)", tag, buf_str(&b));
	buf_free(&b);
	return rc;
}

int
cli_add_tag(struct cli *c, const char *cmd, const char *tag)
{
	int rc = cli_known_tag(c, cmd, tag);

	if (rc == 0)
		buf_addf(&c->tags, " tag:%s", tag);
	return rc;
}

int
cli_stdout_tty(void)
{
	return isatty(STDOUT_FILENO);
}

int
cli_columns(void)
{
	struct winsize ws;
	const char *env = getenv("COLUMNS");

	if (!isatty(STDOUT_FILENO))
		return 0;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	if (env != NULL && atoi(env) > 0)
		return atoi(env);
	return 80;
}
