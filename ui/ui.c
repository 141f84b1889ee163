/*
 * The browser's entry.  Until the views land, it says so and leaves.
 */
#include <stdio.h>

#include "../src/cli.h"
#include "ui.h"

int
ui_main(struct cli *c, const char *query)
{
	(void)c;
	(void)query;
	printf("dossier: the browser is not built yet; use 'dossier list' and "
	    "'dossier show ID' meanwhile.\n");
	return 0;
}
