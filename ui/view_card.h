/*
 * view_card: the whole profile of the candidate under the cursor, laid out
 * by src/card.c and wrapped to the width: header, computed figures, skills,
 * experience by company, education, projects, patents, ..., tags and notes.
 * n and p step to the next candidate without leaving it; opening it marks
 * the candidate seen.
 */
#ifndef DOSSIER_UI_VIEW_CARD_H
#define DOSSIER_UI_VIEW_CARD_H

#include "app.h"

extern const struct view_ops card_view_ops;

struct cardv *card_new(struct app *);
void card_view_free(struct cardv *);
/* Opening a card (Enter, :open) shows it from its top, title and status
 * lines and all; switching to it (2, Tab) finds it where it was left. */
void card_rewind(struct app *);

#endif
