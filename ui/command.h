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
};

extern const struct ui_command ui_commands[];
extern const size_t ui_ncommands;

/* Runs one line typed after `:`. */
void command_run(struct app *, const char *line);
/* Asks for a line and runs it. */
void command_prompt(struct app *);

#endif
