#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../src/xalloc.h"
#include "note.h"
#include "prompt.h"
#include "term.h"

static int
note_blank(const char *s)
{
	return s[strspn(s, " \t\r\n")] == '\0';
}

void
note_prompt(struct app *a)
{
	char *line;

	if (!a->apply_marked && app_cursor_id(a) < 0) {
		app_error(a, "no candidate here");
		return;
	}
	line = prompt_read(a, a->apply_marked ? "note on all marked: " : "note: ", NULL,
	    &a->hnote, NULL);
	if (line != NULL && !note_blank(line))
		app_add_note(a, line);
	else if (line != NULL)
		app_msg(a, "an empty note: nothing written");
	free(line);
}

static char *
note_read(const char *path)
{
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t n;
	FILE *f = fopen(path, "r");

	if (f == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len < 65536)
		buf_add(&b, chunk, n);
	fclose(f);
	while (b.len > 0 && strchr(" \t\r\n", b.s[b.len - 1]) != NULL)
		buf_truncate(&b, b.len - 1);
	return buf_detach(&b);
}

/* Runs the editor on an empty file of our own; what it leaves is the note. */
void
note_editor(struct app *a)
{
	const char *tmpdir = getenv("TMPDIR"), *ed = getenv("VISUAL");
	char *path, *cmd, *text;
	int fd, rc;

	if (!a->apply_marked && app_cursor_id(a) < 0) {
		app_error(a, "no candidate here");
		return;
	}
	if (ed == NULL || *ed == '\0')
		ed = getenv("EDITOR");
	path = xprintf("%s/dossier-note-XXXXXX", tmpdir != NULL && *tmpdir != '\0' ? tmpdir :
	    "/tmp");
	if ((fd = mkstemp(path)) < 0) {
		app_error(a, "note: %s: %s", path, strerror(errno));
		free(path);
		return;
	}
	close(fd);
	cmd = xprintf("%s '%s'", ed != NULL && *ed != '\0' ? ed : "vi", path);
	term_suspend();
	rc = system(cmd);
	term_resume();
	text = note_read(path);
	if (rc != 0)
		app_error(a, "the editor failed (status %d): nothing written", rc);
	else if (text == NULL || note_blank(text))
		app_msg(a, "an empty note: nothing written");
	else
		app_add_note(a, text);
	unlink(path);
	free(text);
	free(cmd);
	free(path);
}
