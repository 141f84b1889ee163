/*
 * dossier tag, untag, note and delete: the commands that write.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "utf8.h"
#include "xalloc.h"

/* Parses the options every writing command shares (only the globals);
 * when it returns 1 the command is over with exit code *rc. */
static int
marks_options(struct cli *c, const char *cmd, int argc, char **argv, int *rc)
{
	static const struct option opts[] = { CLI_GLOBAL_OPTIONS, { NULL, 0, NULL, 0 } };
	int ch;

	optind = 0;
	*rc = 0;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (cli_global(c, ch, optarg))
			continue;
		*rc = ch == 'h' ? cli_help(cli_command(cmd), stdout) :
		    cli_usage(cmd, "unknown option");
		return 1;
	}
	return 0;
}

static int
id_error(struct cli *c, const char *cmd, long long id, enum status st)
{
	if (st == ST_NOTFOUND)
		cli_error("%s: #%lld: no such candidate", cmd, id);
	else
		cli_error("%s: #%lld: %s", cmd, id, store_error(c->store));
	return st == ST_NOTFOUND ? status_exit(ST_DATA) : status_exit(st);
}

static int
tag_command(struct cli *c, const char *cmd, int on, int argc, char **argv)
{
	const char *tag;
	int rc, worst = 0;

	if (marks_options(c, cmd, argc, argv, &rc))
		return rc;
	argc -= optind;
	argv += optind;
	if (argc < 2)
		return cli_usage(cmd, "give candidate ids and a tag");
	tag = argv[argc - 1];
	if (on && (rc = cli_known_tag(c, cmd, tag)) != 0)
		return rc;
	for (int i = 0; i < argc - 1; i++)
		if (cli_id(argv[i]) < 0)
			return cli_usage(cmd, "'%s' is not a candidate id", argv[i]);
	if ((rc = cli_store(c, 0)) != 0)
		return rc;
	for (int i = 0; i < argc - 1; i++) {
		long long id = cli_id(argv[i]);
		enum status st = store_tag(c->store, id, tag, cli_user(c), on);
		if (st != ST_OK && st != ST_EXISTS) {
			rc = id_error(c, cmd, id, st);
			worst = worst ? worst : rc;
		} else if (cli_stdout_tty())
			printf("#%lld %s%s%s\n", id, on ? "+" : "-", tag,
			    st == ST_EXISTS ? (on ? " (already)" : " (was not)") : "");
	}
	return worst;
}

int
cmd_tag(struct cli *c, int argc, char **argv)
{
	return tag_command(c, "tag", 1, argc, argv);
}

int
cmd_untag(struct cli *c, int argc, char **argv)
{
	return tag_command(c, "untag", 0, argc, argv);
}

static char *
read_stdin_text(void)
{
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t n;

	while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0 && b.len < 1024 * 1024)
		buf_add(&b, chunk, n);
	return buf_detach(&b);
}

int
cmd_note(struct cli *c, int argc, char **argv)
{
	long long id;
	char *text, *clean;
	int rc;
	enum status st;

	if (marks_options(c, "note", argc, argv, &rc))
		return rc;
	argc -= optind;
	argv += optind;
	if (argc < 2)
		return cli_usage("note", "give a candidate id and the note");
	if ((id = cli_id(argv[0])) < 0)
		return cli_usage("note", "'%s' is not a candidate id", argv[0]);
	if (argc == 2 && strcmp(argv[1], "-") == 0)
		text = read_stdin_text();
	else
		text = cli_join(argc - 1, argv + 1);
	clean = utf8_sanitize(text, strlen(text), 1);
	free(text);
	if (clean == NULL || strspn(clean, " \t\n") == strlen(clean)) {
		free(clean);
		return cli_usage("note", "the note is empty");
	}
	if ((rc = cli_store(c, 0)) != 0) {
		free(clean);
		return rc;
	}
	st = store_note(c->store, id, cli_user(c), clean);
	free(clean);
	return st == ST_OK ? 0 : id_error(c, "note", id, st);
}

int
cmd_delete(struct cli *c, int argc, char **argv)
{
	int rc, worst = 0, deleted = 0;

	if (marks_options(c, "delete", argc, argv, &rc))
		return rc;
	argc -= optind;
	argv += optind;
	if (argc < 1)
		return cli_usage("delete", "give candidate ids");
	for (int i = 0; i < argc; i++)
		if (cli_id(argv[i]) < 0)
			return cli_usage("delete", "'%s' is not a candidate id", argv[i]);
	if ((rc = cli_store(c, 0)) != 0)
		return rc;
	for (int i = 0; i < argc; i++) {
		long long id = cli_id(argv[i]);
		enum status st = store_delete(c->store, id);
		if (st != ST_OK) {
			rc = id_error(c, "delete", id, st);
			worst = worst ? worst : rc;
		} else {
			deleted++;
			if (cli_stdout_tty())
				printf("deleted #%lld\n", id);
		}
	}
	/* once for all: merging the index costs the same for one or many */
	if (deleted > 0 && store_scrub(c->store) != ST_OK) {
		cli_error("delete: %s", store_error(c->store));
		worst = worst ? worst : status_exit(ST_BUSY);
	}
	return worst;
}
