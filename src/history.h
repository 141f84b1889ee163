/*
 * history: the lines typed at the browser's prompts, kept across sessions.
 *
 * One file for all prompts, $XDG_STATE_HOME/dossier/history (else
 * ~/.local/state/dossier/history), mode 0600, a line an entry: the prompt's
 * kind (':' commands, '/' searches) then the text.  Each entry is appended
 * as it is typed, so sessions side by side lose nothing; on load the file
 * is cut back to the last HISTORY_MAX entries when it has grown to twice
 * that.  What is read back is cleaned: a file is input like any other.
 */
#ifndef DOSSIER_HISTORY_H
#define DOSSIER_HISTORY_H

#include "buf.h"

#define HISTORY_MAX 500
/* Longer lines are cut to this many bytes (at a character's start). */
#define HISTORY_LINE_MAX 1024

struct history {
	struct strlist lines;	/* oldest first */
	char kind;		/* ':' or '/'; 0 for a history kept in memory only */
	char *path;		/* NULL: not kept in a file */
};

/* Starts h with the entries of its kind in path (path NULL: in memory
 * only).  A missing or unreadable file is an empty history. */
void history_open(struct history *h, char kind, const char *path);
/* Adds line unless it is empty or the same as the last; appends it to the
 * file.  0, or -1 when the file could not be written (h still has it). */
int history_add(struct history *h, const char *line);
void history_close(struct history *h);

#endif
