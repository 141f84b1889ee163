/*
 * menu: the saved views of the config (and everyone), to pick one with
 * Enter; a list widget like the candidate list.
 */
#ifndef DOSSIER_UI_MENU_H
#define DOSSIER_UI_MENU_H

#include "app.h"

extern const struct view_ops menu_view_ops;

struct menuv *menu_new(struct app *);
void menu_free(struct menuv *);

#endif
