/*
 * dossier: browse candidate profiles in a terminal, import résumés, tag a
 * shortlist.  This file only reads the global options and hands over to a
 * command (cli.c lists them).
 */
#include "autoconfig.h"

#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "cli.h"
#include "status.h"

static void
usage(FILE *f)
{
	fprintf(f, "usage: dossier [--db FILE] [--config FILE] [--user NAME] [COMMAND [ARGS]]\n\n"
	    "With no command, dossier opens the browser on a terminal and lists\n"
	    "the candidates otherwise.  Commands:\n\n");
	for (const struct command *c = commands; c->name != NULL; c++)
		fprintf(f, "  %-9s %s\n", c->name, c->summary);
	fprintf(f, "\n'dossier COMMAND --help' shows a command's options; dossier(1) has "
	    "them all.\n");
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_GLOBAL_OPTIONS,
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct cli c;
	const struct command *cmd;
	int ch, rc;

	setlocale(LC_CTYPE, "");
	cli_init(&c);
	while ((ch = getopt_long(argc, argv, "+hV", opts, NULL)) != -1) {
		if (cli_global(&c, ch, optarg))
			continue;
		switch (ch) {
		case 'h':
			usage(stdout);
			cli_done(&c);
			return 0;
		case 'V':
			printf("dossier %s\n", PACKAGE_VERSION);
			cli_done(&c);
			return 0;
		default:
			usage(stderr);
			cli_done(&c);
			return status_exit(ST_USAGE);
		}
	}
	if (optind >= argc) {
		char *none[] = { "browse", NULL };
		rc = cmd_browse(&c, 1, none);
	} else if ((cmd = cli_command(argv[optind])) == NULL) {
		cli_error("unknown command '%s' (see dossier --help)", argv[optind]);
		rc = status_exit(ST_USAGE);
	} else
		rc = cmd->run(&c, argc - optind, argv + optind);
	cli_done(&c);
	return rc;
}
