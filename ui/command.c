#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../src/export.h"
#include "../src/query.h"
#include "../src/utf8.h"
#include "../src/xalloc.h"
#include "command.h"
#include "prompt.h"
#include "view_card.h"
#include "view_compare.h"
#include "view_list.h"

static void run_tag(struct app *, const char *);
static void run_untag(struct app *, const char *);
static void run_note(struct app *, const char *);
static void run_sort(struct app *, const char *);
static void run_search(struct app *, const char *);
static void run_view(struct app *, const char *);
static void run_mark(struct app *, const char *);
static void run_unmark(struct app *, const char *);
static void run_seen(struct app *, const char *);
static void run_unseen(struct app *, const char *);
static void run_open(struct app *, const char *);
static void run_compare(struct app *, const char *);
static void run_export(struct app *, const char *);
static void run_dense(struct app *, const char *);
static void run_reload(struct app *, const char *);
static void run_help(struct app *, const char *);
static void run_quit(struct app *, const char *);

const struct ui_command ui_commands[] = {
	{ "tag", "TAG", "put a tag on the candidate (after ;, on all marked)", run_tag, NULL },
	{ "untag", "TAG", "take a tag off", run_untag, NULL },
	{ "note", "TEXT", "add a note", run_note, NULL },
	{ "sort", "name|years|imported|updated|rank [reverse]", "order the list", run_sort,
	  NULL },
	{ "search", "[QUERY]", "show the candidates matching QUERY (all without)",
	  run_search, "" },
	{ "view", "NAME", "show a saved view (see v)", run_view, "@" },
	{ "mark", "QUERY", "mark every candidate matching QUERY", run_mark, "" },
	{ "unmark", "", "unmark everyone", run_unmark, NULL },
	{ "seen", "", "mark the candidate seen", run_seen, NULL },
	{ "unseen", "", "mark the candidate not seen", run_unseen, NULL },
	{ "open", "ID", "open the card of candidate ID", run_open, NULL },
	{ "compare", "[QUERY]", "compare the marked and those matching QUERY "
	  "(default tag:shortlist)", run_compare, "" },
	{ "export", "FILE [FORMAT]", "write the marked (else the list) as json, csv, "
	  "yaml or markdown", run_export, NULL },
	{ "dense", "", "one line or three a candidate", run_dense, NULL },
	{ "reload", "", "read everything again from the database", run_reload, NULL },
	{ "help", "", "show every key and command", run_help, NULL },
	{ "quit", "", "leave dossier", run_quit, NULL },
};
const size_t ui_ncommands = sizeof ui_commands / sizeof ui_commands[0];

static int
tag_known(struct app *a, const char *tag)
{
	struct buf b = BUF_INIT;

	if (config_tag(a->cfg, tag) != NULL)
		return 1;
	for (size_t i = 0; i < a->cfg->ntags; i++)
		buf_addf(&b, "%s%s", i > 0 ? ", " : "", a->cfg->tags[i].name);
	app_error(a, "unknown tag '%s' (tags: %s)", tag, buf_str(&b));
	buf_free(&b);
	return 0;
}

static void
run_tag(struct app *a, const char *args)
{
	if (*args == '\0')
		app_error(a, "usage: :tag TAG");
	else if (tag_known(a, args))
		app_set_tag(a, args, 1);
}

static void
run_untag(struct app *a, const char *args)
{
	if (*args == '\0')
		app_error(a, "usage: :untag TAG");
	else
		app_set_tag(a, args, 0);
}

static void
run_note(struct app *a, const char *args)
{
	if (*args == '\0')
		app_error(a, "usage: :note TEXT (or N)");
	else
		app_add_note(a, args);
}

static void
run_sort(struct app *a, const char *args)
{
	char key[32] = "", rev[32] = "";
	int s;

	sscanf(args, "%31s %31s", key, rev);
	if ((s = sort_find(key)) < 0) {
		app_error(a, "usage: :sort name|years|imported|updated|rank [reverse]");
		return;
	}
	if (rev[0] != '\0' && strcmp(rev, "reverse") != 0 && strcmp(rev, "-r") != 0) {
		app_error(a, "'%s': only reverse may follow the order", rev);
		return;
	}
	list_set_sort(a, s, rev[0] != '\0');
	app_msg(a, "sorted by %s%s", key, rev[0] != '\0' ? ", reversed" : "");
}

static void
run_search(struct app *a, const char *args)
{
	char err[ERRLEN];
	int col;

	if (list_set_query(a, args, err, sizeof err, &col) != 0)
		app_error(a, "query: column %d: %s", col, err);
	else
		app_show(a, VIEW_LIST);
}

static void
run_view(struct app *a, const char *args)
{
	char *q;

	if (*args == '\0') {
		app_error(a, "usage: :view NAME (v lists them)");
		return;
	}
	q = xprintf("@%s", args);
	run_search(a, q);
	free(q);
}

static void
run_mark(struct app *a, const char *args)
{
	struct query_env env = { a->user, a->cfg };
	struct query *q;
	long long *ids;
	size_t n, before = a->marks.n;
	char err[ERRLEN];
	int col;

	if (query_compile(args, &env, &q, err, sizeof err, &col) != ST_OK) {
		app_error(a, "query: column %d: %s", col, err);
		return;
	}
	if (query_ids(a->store, q, a->user, SORT_NAME, 0, &ids, &n) == ST_OK) {
		marks_add_many(&a->marks, ids, n);
		app_msg(a, "%zu match%s, %zu newly marked", n, n == 1 ? "" : "es",
		    a->marks.n - before);
		free(ids);
	} else
		app_error(a, "cannot mark: %s", sqlite3_errmsg(store_db(a->store)));
	query_free(q);
}

static void
run_unmark(struct app *a, const char *args)
{
	(void)args;
	app_msg(a, "%zu unmarked", a->marks.n);
	marks_clear(&a->marks);
	compare_changed(a);
}

/* Marks the targets seen (on) or not seen by this user. */
static void
seen_set(struct app *a, int on)
{
	long long *ids;
	size_t n = app_targets(a, &ids);

	for (size_t i = 0; i < n; i++)
		store_seen(a->store, ids[i], a->user, on);
	if (n > 0)
		app_msg(a, "%zu marked %s", n, on ? "seen" : "not seen");
	a->seen_id = n > 0 ? ids[0] : a->seen_id;
	app_changed(a);
	free(ids);
}

static void
run_seen(struct app *a, const char *args)
{
	(void)args;
	seen_set(a, 1);
}

static void
run_unseen(struct app *a, const char *args)
{
	(void)args;
	seen_set(a, 0);
}

static void
run_open(struct app *a, const char *args)
{
	long long id = cli_id(args[0] == '#' ? args + 1 : args);
	char err[ERRLEN];
	int col;

	if (id < 0) {
		app_error(a, "usage: :open ID");
		return;
	}
	if (store_exists(a->store, id) != ST_OK) {
		app_error(a, "#%lld: no such candidate", id);
		return;
	}
	if (list_select(a, id) != 0) {
		/* not in this list: show everyone, then it is */
		list_set_query(a, NULL, err, sizeof err, &col);
		list_select(a, id);
	}
	app_show(a, VIEW_LIST);
	card_rewind(a);
	app_push(a, VIEW_CARD);
}

static void
run_compare(struct app *a, const char *args)
{
	if (compare_set_query(a, *args != '\0' ? args : NULL) == 0)
		app_show(a, VIEW_COMPARE);
}

/* Writes next to the file and renames, so a failed export never leaves
 * half a file where a good one was. */
static enum status
export_write(struct app *a, const char *path, const long long *ids, size_t n, int fmt,
    char *err, size_t errlen)
{
	char *tmp = xprintf("%s.tmpXXXXXX", path);
	int fd = mkstemp(tmp);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	enum status st;

	if (f == NULL) {
		snprintf(err, errlen, "%s", strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		free(tmp);
		return ST_IO;
	}
	st = export_profiles(a->store, ids, n, fmt, f, err, errlen);
	if (fclose(f) != 0 && st == ST_OK) {
		snprintf(err, errlen, "%s", strerror(errno));
		st = ST_IO;
	}
	if (st == ST_OK && rename(tmp, path) != 0) {
		snprintf(err, errlen, "%s", strerror(errno));
		st = ST_IO;
	}
	if (st != ST_OK)
		unlink(tmp);
	free(tmp);
	return st;
}

/* "FILE [FORMAT]": a last word that names a format is the format. */
static int
export_args(const char *args, char **path, int *fmt)
{
	const char *last = strrchr(args, ' ');
	const char *home = getenv("HOME");
	char *file;

	*fmt = -1;
	if (last != NULL && export_format_find(last + 1) >= 0) {
		*fmt = export_format_find(last + 1);
		file = xstrndup(args, (size_t)(last - args));
	} else
		file = xstrdup(args);
	if (*fmt < 0)
		*fmt = export_format_guess(file);
	if (file[0] == '~' && file[1] == '/' && home != NULL) {
		*path = xprintf("%s%s", home, file + 1);
		free(file);
	} else
		*path = file;
	return *fmt >= 0 ? 0 : -1;
}

static void
run_export(struct app *a, const char *args)
{
	long long *ids = NULL;
	size_t n = 0;
	char *path, err[ERRLEN];
	int fmt, marked = a->apply_marked || a->marks.n > 0;

	if (*args == '\0') {
		app_error(a, "usage: :export FILE [json|csv|yaml|markdown]");
		return;
	}
	if (export_args(args, &path, &fmt) != 0) {
		app_error(a, "%s: say the format (json, csv, yaml, markdown) or use an "
		    "extension", path);
		free(path);
		return;
	}
	if (marked) {
		n = a->marks.n;
		ids = xreallocarray(NULL, n > 0 ? n : 1, sizeof *ids);
		memcpy(ids, a->marks.v, n * sizeof *ids);
	} else if (list_ids(a, &ids, &n) != ST_OK)
		n = 0;
	if (export_write(a, path, ids, n, fmt, err, sizeof err) != ST_OK)
		app_error(a, "export: %s: %s", path, err);
	else
		app_msg(a, "exported %zu %s candidate%s to %s (%s)", n, marked ? "marked" :
		    "listed", n == 1 ? "" : "s", path, export_format_names[fmt]);
	free(ids);
	free(path);
}

static void
run_dense(struct app *a, const char *args)
{
	(void)args;
	list_toggle_dense(a);
}

static void
run_reload(struct app *a, const char *args)
{
	(void)args;
	app_changed(a);
	app_msg(a, "reloaded");
}

static void
run_help(struct app *a, const char *args)
{
	(void)args;
	app_push(a, VIEW_HELP);
}

static void
run_quit(struct app *a, const char *args)
{
	(void)args;
	a->quit = 1;
}

/* The command a name or a unique prefix of one names; NULL, with *n the
 * number of commands it could be, if not one. */
static const struct ui_command *
command_lookup(const char *name, size_t len, int *n)
{
	const struct ui_command *found = NULL;

	*n = 0;
	for (size_t i = 0; i < ui_ncommands; i++) {
		if (strncmp(ui_commands[i].name, name, len) != 0)
			continue;
		if (strlen(ui_commands[i].name) == len)
			return &ui_commands[i];
		found = &ui_commands[i];
		(*n)++;
	}
	return *n == 1 ? found : NULL;
}

static const struct ui_command *
command_find(struct app *a, const char *name, size_t len)
{
	const struct ui_command *c;
	int n;

	if ((c = command_lookup(name, len, &n)) != NULL)
		return c;
	app_error(a, n == 0 ? "unknown command '%.*s' (? lists them)" :
	    "'%.*s' could be several commands", (int)len, name);
	return NULL;
}

void
command_check_query(struct app *a, const char *text, char *err, size_t errlen, int *col)
{
	struct query_env env = { a->user, a->cfg };
	struct query *q;

	if (query_compile(text, &env, &q, err, errlen, col) == ST_OK)
		query_free(q);
}

void
command_check(struct app *a, const char *line, char *err, size_t errlen, int *col)
{
	const char *name = line + strspn(line, " \t"), *args;
	size_t len = strcspn(name, " \t");
	const struct ui_command *c;
	int n;
	char *q;

	args = name + len + strspn(name + len, " \t");
	c = command_lookup(name, len, &n);
	if (c == NULL || c->query == NULL || *args == '\0')
		return;
	q = xprintf("%s%s", c->query, args);
	command_check_query(a, q, err, errlen, col);
	free(q);
	if (err[0] == '\0')
		return;
	/* the column in the line typed: after the command, not in the prefix */
	*col -= (int)utf8_len(c->query);
	if (*col < 1)
		*col = 1;
	*col += (int)utf8_len(line) - (int)utf8_len(args);
}

void
command_run(struct app *a, const char *line)
{
	const struct ui_command *c;
	char *args;
	size_t n;

	line += strspn(line, " \t");
	if (*line == '\0')
		return;
	if (strcmp(line, "q") == 0)
		line = "quit";
	n = strcspn(line, " \t");
	if ((c = command_find(a, line, n)) == NULL)
		return;
	args = xstrdup(line + n + strspn(line + n, " \t"));
	for (size_t len = strlen(args); len > 0 && isspace((unsigned char)args[len - 1]);)
		args[--len] = '\0';
	c->run(a, args);
	free(args);
}

/* The word after before completed from names: all of it when one name
 * fits, else as far as they agree. */
static char *
complete_word(const char *before, const char *word, const char *const *names, size_t n)
{
	const char *first = NULL;
	size_t len = strlen(word), common = 0;

	for (size_t i = 0; i < n; i++) {
		if (names[i] == NULL || strncmp(names[i], word, len) != 0)
			continue;
		if (first == NULL) {
			first = names[i];
			common = strlen(first);
			continue;
		}
		while (common > len && strncmp(first, names[i], common) != 0)
			common--;
	}
	if (first == NULL)
		return NULL;
	if (common == strlen(first))
		return xprintf("%s%s ", before, first);
	return xprintf("%s%.*s", before, (int)common, first);
}

/* Tab after ':': command names, then tags, orders or views after them. */
static char *
command_complete(struct app *a, const char *text)
{
	const char *names[64], *sp = strchr(text, ' ');
	char *before, *done;
	size_t n = 0;

	if (sp == NULL) {
		for (size_t i = 0; i < ui_ncommands && n < 64; i++)
			names[n++] = ui_commands[i].name;
		return complete_word("", text, names, n);
	}
	if (strncmp(text, "tag ", 4) == 0 || strncmp(text, "untag ", 6) == 0)
		for (size_t i = 0; i < a->cfg->ntags && n < 64; i++)
			names[n++] = a->cfg->tags[i].name;
	else if (strncmp(text, "sort ", 5) == 0)
		for (int i = 0; i < SORT__COUNT; i++)
			names[n++] = sort_names[i];
	else if (strncmp(text, "view ", 5) == 0)
		for (size_t i = 0; i < a->cfg->nviews && n < 64; i++)
			names[n++] = a->cfg->views[i].name;
	if (n == 0 || strchr(sp + 1, ' ') != NULL)
		return NULL;
	before = xstrndup(text, (size_t)(sp + 1 - text));
	done = complete_word(before, sp + 1, names, n);
	free(before);
	return done;
}

void
command_prompt(struct app *a)
{
	char *line = prompt_read_complete(a, ":", NULL, &a->hcommand, command_check,
	    command_complete);

	if (line != NULL)
		command_run(a, line);
	free(line);
}
