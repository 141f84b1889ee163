/*
 * config: the one YAML file that configures dossier.
 *
 * Every setting is a row of one table (name, type, default, range, help);
 * that table checks the file, supplies the built-in defaults (no file is
 * needed), and prints the reference (`dossier config --settings`).  Errors
 * name file:line:column; unknown keys are warnings, not errors, so an older
 * dossier reads a newer file.
 */
#ifndef DOSSIER_CONFIG_H
#define DOSSIER_CONFIG_H

#include <stdio.h>

#include "action.h"
#include "buf.h"
#include "status.h"

struct tag_def {
	char *name, *key, *color, *description;
};

struct view_def {
	char *name, *query, *sort;
};

struct key_def {
	char *key;
	enum action action;
};

struct color_def {
	char *element, *spec;
};

struct heading_def {
	char *section, *text;
};

struct config {
	char *file;		/* what was read, NULL for the built-in defaults */
	char *dir;		/* its folder: relative paths are relative to it */
	char *database;
	char *shared;		/* none | group */
	char *list_sort;
	int list_dense;
	int list_plain;
	long long max_file_size;
	long long max_lines;
	char *vocabulary;
	int mouse;
	int ascii;
	char *ui_status;	/* top | bottom */
	struct heading_def *headings;
	size_t nheadings;
	struct tag_def *tags;
	size_t ntags;
	struct key_def *keys;
	size_t nkeys;
	struct color_def *colors;
	size_t ncolors;
	struct view_def *views;
	size_t nviews;
	struct strlist warnings;	/* "file:line:col: warning: ..." */
};

/* The section names import.headings accepts. */
extern const char *const config_heading_sections[];

void config_defaults(struct config *);
/* Reads path over the defaults.  A file that does not exist is an error
 * only when must_exist. */
enum status config_load(struct config *, const char *path, int must_exist,
    char *err, size_t errlen);
enum status config_parse(struct config *, const char *text, size_t len, const char *name,
    char *err, size_t errlen);
void config_free(struct config *);

/* $DOSSIER_CONFIG, else $XDG_CONFIG_HOME/dossier/dossier.yaml (caller frees). */
char *config_path(int *from_env);
/* $XDG_DATA_HOME/dossier/dossier.db (caller frees). */
char *config_default_database(void);
/* $XDG_STATE_HOME/dossier/leaf, else ~/.local/state/dossier/leaf: what the
 * program keeps for itself between sessions (caller frees). */
char *config_state_path(const char *leaf);
/* The commented default file, as shipped in data/dossier.yaml. */
extern const char config_default_text[];

const struct tag_def *config_tag(const struct config *, const char *name);
const struct view_def *config_view(const struct config *, const char *name);
void config_print_settings(FILE *);
/* The resolved database path, ~ and relative paths expanded (caller frees). */
char *config_expand_path(const struct config *, const char *path);

#endif
