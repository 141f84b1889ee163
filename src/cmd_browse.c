/*
 * dossier with no command, or `dossier browse`: the browser on a terminal,
 * the list otherwise.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "../ui/ui.h"

int
cmd_browse(struct cli *c, int argc, char **argv)
{
	int rc;
	char *query;

	if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
		return cli_help(cli_command("browse"), stdout);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		char *list[] = { "list", NULL };
		return argc > 1 ? cmd_list(c, argc, argv) : cmd_list(c, 1, list);
	}
	if ((rc = cli_store(c, 0)) != 0)
		return rc;
	query = cli_join(argc - 1, argv + 1);
	rc = ui_main(c, query);
	free(query);
	return rc;
}
