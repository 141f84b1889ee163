/*
 * help: every key, generated from the action table as the config binds it
 * (so it cannot go stale), the tags' keys, the `:` commands, the mouse.
 * The current view's actions come first.
 */
#ifndef DOSSIER_UI_HELP_H
#define DOSSIER_UI_HELP_H

#include "app.h"

extern const struct view_ops help_view_ops;

struct helpv *help_new(struct app *);
void help_free(struct helpv *);

#endif
