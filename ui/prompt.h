/*
 * prompt: the line editor on the bottom line, for `/`, `:`, notes and
 * marking by query.  Emacs keys (C-a, C-e, C-u, C-k, C-w), history on Up and
 * Down (src/history.h keeps it across sessions), Esc gives up.  A callback sees the text after every change, so the
 * list narrows as a search is typed; keys already waiting are taken first,
 * so a slow link or a paste does not run a query a keystroke.
 */
#ifndef DOSSIER_UI_PROMPT_H
#define DOSSIER_UI_PROMPT_H

#include <stddef.h>

#include "../src/buf.h"
#include "app.h"

/* Told the text after a change; may set err and *errcol (1-based, in
 * characters of the text) to show what is wrong and where.  Enter does not
 * take a text with a mistake: the prompt stays open, showing it. */
typedef void (*prompt_fn)(struct app *, const char *text, char *err, size_t errlen,
    int *errcol);

/* Offered the text on Tab: the text completed (caller frees), or NULL. */
typedef char *(*prompt_complete_fn)(struct app *, const char *text);

/* The line typed (caller frees), or NULL when given up. */
char *prompt_read(struct app *, const char *label, const char *init,
    struct history *history, prompt_fn changed);
/* The same, with Tab completing by complete. */
char *prompt_read_complete(struct app *, const char *label, const char *init,
    struct history *history, prompt_fn changed, prompt_complete_fn complete);
/* How many lines the open prompt takes: 2 while the text has a mistake,
 * the line under it showing what and where. */
int prompt_lines(const struct prompt *);
/* Draws the open prompt from row y; returns the cursor's column. */
int prompt_draw(const struct prompt *, int y, int w);

#endif
