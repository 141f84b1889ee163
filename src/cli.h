/*
 * cli: what every command shares: the global options, the configuration,
 * the user, opening the database, and printing errors as
 * "dossier: <what>: <why>" with sysexits-style exit codes.
 */
#ifndef DOSSIER_CLI_H
#define DOSSIER_CLI_H

#include <getopt.h>

#include "buf.h"
#include "config.h"
#include "status.h"
#include "store.h"

enum {
	OPT_DB = 0x1000,
	OPT_CONFIG,
	OPT_USER,
	OPT__NEXT,	/* commands number their own long options from here */
};

#define CLI_GLOBAL_OPTIONS \
	{ "db", required_argument, NULL, OPT_DB }, \
	{ "config", required_argument, NULL, OPT_CONFIG }, \
	{ "user", required_argument, NULL, OPT_USER }, \
	{ "help", no_argument, NULL, 'h' }

struct query;

struct cli {
	char *db_arg, *config_arg, *user_arg;
	struct config cfg;
	int cfg_loaded;
	char *user;
	char *db_path;
	struct store *store;
	struct buf tags;	/* " tag:NAME" for each --tag of list and export */
};

struct command {
	const char *name;
	int (*run)(struct cli *, int, char **);
	const char *usage;
	const char *summary;
	const char *help;	/* the options, one a line */
};

extern const struct command commands[];

void cli_init(struct cli *);
const struct command *cli_command(const char *name);
void cli_done(struct cli *);
/* Handles a global option inside a command's getopt loop: 1 if it was one. */
int cli_global(struct cli *, int opt, const char *arg);
/* Prints a command's usage and options; returns 0. */
int cli_help(const struct command *, FILE *);
/* Prints "dossier: CMD: try 'dossier CMD --help'" and returns 64. */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints "dossier: message" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Loads the configuration once; on failure prints and returns the exit code. */
int cli_config(struct cli *);
/* Opens the database (creating it when create); returns 0 or an exit code. */
int cli_store(struct cli *, int create);
const char *cli_user(struct cli *);
/* Parses a profile id; -1 if it is not one. */
long long cli_id(const char *);
/* Joins argv into one query string (caller frees); NULL if none. */
char *cli_join(int argc, char **argv);
/* getopt takes "-word" for options: the commands taking a query say so. */
#define CLI_UNKNOWN_OPTION "unknown option (a query that starts with '-' goes after '--')"
/* Compiles a query (saved @views included) for the user; on a mistake
 * prints it with a caret under the column and returns 64. */
int cli_compile(struct cli *, const char *text, struct query **);
/* The same, ANDed with the --tag options given (cli_add_tag). */
int cli_compile_tagged(struct cli *, const char *text, struct query **);
/* 0 when the config defines the tag; else prints the ones it does define
 * and returns 64. */
int cli_known_tag(struct cli *, const char *cmd, const char *tag);
/* A --tag NAME option: a known tag joins the query as tag:NAME. */
int cli_add_tag(struct cli *, const char *cmd, const char *tag);
int cli_stdout_tty(void);
/* Width of the terminal on stdout, or 0 when it is not one. */
int cli_columns(void);

/* The commands */
int cmd_import(struct cli *, int, char **);
int cmd_reimport(struct cli *, int, char **);
int cmd_list(struct cli *, int, char **);
int cmd_show(struct cli *, int, char **);
int cmd_tag(struct cli *, int, char **);
int cmd_untag(struct cli *, int, char **);
int cmd_note(struct cli *, int, char **);
int cmd_delete(struct cli *, int, char **);
int cmd_export(struct cli *, int, char **);
int cmd_config(struct cli *, int, char **);
int cmd_tags(struct cli *, int, char **);
int cmd_keys(struct cli *, int, char **);
int cmd_history(struct cli *, int, char **);
int cmd_browse(struct cli *, int, char **);

#endif
