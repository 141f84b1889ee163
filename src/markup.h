/*
 * markup: one line freed of the markup it arrived in.
 *
 * Résumés come as Markdown (# headings, **bold**, [links](url), tables,
 * backslash escapes), as HTML dumped by lynx or w3m (numbered link markers
 * "[3]", "*" and "+" bullets, a stray tag or entity), and as text with list
 * bullets of every shape and icons (emoji, dingbats, icon fonts) before
 * contact details, headings and entries.  markup_clean returns the plain words and says
 * what the markup meant: a bullet, a heading and its level, bold, a table
 * row; link targets are collected so the contact parser sees them.
 */
#ifndef DOSSIER_MARKUP_H
#define DOSSIER_MARKUP_H

#include <stddef.h>

#include "buf.h"

enum {
	MK_BULLET = 1 << 0,	/* began with a list bullet (removed) */
	MK_HEADING = 1 << 1,	/* a Markdown # heading */
	MK_BOLD = 1 << 2,	/* wholly bold or strong */
	MK_TABLE = 1 << 3,	/* a table row, cells joined by " | " */
	MK_NUMBERED = 1 << 4,	/* began "1." or "2)" */
	MK_ICON = 1 << 5,	/* began with an icon (removed): a pictograph, a dingbat */
};

struct markup {
	unsigned flags;
	int level;		/* of a # heading */
};

/* The clean text of s[0..len) (caller frees); lynx: the document ends in
 * lynx's list of references, so "[12]" markers are links. */
char *markup_clean(const char *s, size_t len, int lynx, struct strlist *urls,
    struct markup *);
/* The character of a rule or underline row ("-----", "=====", "* * *",
 * "━━━━"), else 0. */
int markup_rule(const char *s);
/* A Markdown table's separator row, "|---|:--:|". */
int markup_table_sep(const char *s);
/* Length of a list bullet (and the space after it) at the start of s, or 0. */
size_t markup_bullet(const char *s, int *numbered);

#endif
