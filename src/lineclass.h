/*
 * lineclass: the lines of a dated section, classed for entries.c.
 *
 * Each line becomes a row: a date alone, a header line (short, perhaps with
 * a date in it, the date cut out), a bullet, prose, a line of skills, or
 * chrome to skip.  Lines that belong together are joined first: a range a
 * PDF split over lines, a range wrapped in a narrow cell, a bullet's
 * wrapped text; lines set in under a dated header become its body.
 */
#ifndef DOSSIER_LINECLASS_H
#define DOSSIER_LINECLASS_H

#include "parse.h"

enum kind { K_SKIP, K_DATE, K_HEAD, K_BULLET, K_PROSE, K_SKILLS };

struct row {
	char *s;
	enum kind kind;
	int dated, date_first, blank, indent, bullet;
	int colon;		/* its body follows, cut off after a colon */
	int place;		/* a place alone under dates alone */
	int full;		/* its line reached the text's right margin */
	char *sub;		/* a dated item inside the entry above: its name */
	int project;		/* sub names a project of the job, under "Projects:" */
	int opens;		/* heads an entry, dated or not (a numbered project) */
	char *line;		/* a bullet's or a sentence's line as written, when s is it
				 * without its dates */
	struct daterange when;
};

struct rows {
	struct row *v;
	size_t n, cap;
};

void lineclass_build(const struct ctx *, const struct sect *, struct rows *);
/* A new row at the end of R, of s (taken), blank when a blank line was
 * before it. */
struct row *lineclass_row_add(struct rows *R, char *s, enum kind kind, int blank);
void lineclass_free(struct rows *);
/* "Advisor: ...", "Reason for leaving: ...": a note under a post, a
 * degree or a job, no line of its header. */
int lineclass_note(const char *s);
/* A word or two beside dates that name no job and no organisation. */
int lineclass_aside(const char *s);

#endif
