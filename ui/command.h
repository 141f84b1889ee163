/*
 * command: what `:` runs.  A table of commands (name, arguments, help) that
 * the prompt completes from and the help screen lists; a unique prefix of a
 * name is enough (":so years").
 */
#ifndef DOSSIER_UI_COMMAND_H
#define DOSSIER_UI_COMMAND_H

#include <stddef.h>

#include "app.h"

struct ui_command {
	const char *name;
	const char *args;
	const char *help;
	void (*run)(struct app *, const char *args);
	/* The arguments are a query after this prefix ("@" for :view), checked
	 * as they are typed; NULL: they are not. */
	const char *query;
};

extern const struct ui_command ui_commands[];
extern const size_t ui_ncommands;

/* Runs one line typed after `:`. */
void command_run(struct app *, const char *line);
/* The mistake in a query, where it is: for a prompt to show as it is
 * typed (a prompt_fn). */
void command_check_query(struct app *, const char *text, char *err, size_t errlen,
    int *col);
/* The same for a line typed after `:`, when its command takes a query. */
void command_check(struct app *, const char *line, char *err, size_t errlen, int *col);
/* Asks for a line and runs it. */
void command_prompt(struct app *);

#endif
