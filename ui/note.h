/*
 * note: writing a note on the candidate (or, after ;, on every marked one):
 * a line on the prompt, or a long one in $VISUAL or $EDITOR.
 */
#ifndef DOSSIER_UI_NOTE_H
#define DOSSIER_UI_NOTE_H

#include "app.h"

void note_prompt(struct app *);
void note_editor(struct app *);

#endif
