/*
 * keymap: key codes to what they do, built from the names in the action
 * table, the tags' keys and the config's keys: section (src/action.c decides
 * which name wins; this turns names into the codes curses returns).
 */
#ifndef DOSSIER_UI_KEYMAP_H
#define DOSSIER_UI_KEYMAP_H

#include "../src/action.h"
#include "../src/config.h"

void keymap_init(const struct config *);
void keymap_free(void);
/* { A_NONE, -1 } for a key bound to nothing. */
struct binding keymap_lookup(int key);
/* A key as the config would name it ("j", "C-f", "PgDn"), for messages. */
void keymap_name(int key, char *out, size_t size);

#endif
