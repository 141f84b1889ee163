#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "color.h"
#include "config.h"
#include "config_parse.h"
#include "doc.h"
#include "xalloc.h"

enum stype {
	S_PATH,
	S_ENUM,
	S_BOOL,
	S_INT,
	S_SIZE,
	S_TAGS,
	S_KEYS,
	S_COLORS,
	S_VIEWS,
	S_HEADINGS,
};

struct setting {
	const char *name;
	enum stype type;
	const char *def;
	const char *range;
	const char *help;
	size_t off;
};

#define O(m) offsetof(struct config, m)

static const struct setting settings[] = {
	{ "database", S_PATH, "", NULL,
	  "the database file; default $XDG_DATA_HOME/dossier/dossier.db", O(database) },
	{ "shared", S_ENUM, "none", "none|group",
	  "none: the database is created mode 0600; group: 0660, for a team", O(shared) },
	{ "list.sort", S_ENUM, "name", config_sort_range,
	  "the list's sort order at start", O(list_sort) },
	{ "list.dense", S_BOOL, "false", NULL,
	  "start with a card of lines a candidate instead of one line", O(list_dense) },
	{ "list.plain", S_BOOL, "true", NULL,
	  "the list's cursor arrow, \"N\" and names in plain text, which scrolls "
	  "cheapest on a slow link; false: in the colours cursor, unseen and name",
	  O(list_plain) },
	{ "import.max_file_size", S_SIZE, "10M", "1K..1G",
	  "larger résumé files are refused", O(max_file_size) },
	{ "import.max_lines", S_INT, "100000", "10..10000000",
	  "résumés with more lines are refused", O(max_lines) },
	{ "import.vocabulary", S_PATH, "", NULL,
	  "a file of extra skill names, one a line, for splitting glued lists", O(vocabulary) },
	{ "import.headings", S_HEADINGS, "", NULL,
	  "extra section headings: a map of section to a list of wordings", 0 },
	{ "ui.mouse", S_BOOL, "true", NULL, "use the mouse where the terminal sends it",
	  O(mouse) },
	{ "ui.ascii", S_BOOL, "false", NULL,
	  "draw lines and marks with ASCII only, whatever the locale", O(ascii) },
	{ "ui.status", S_ENUM, "top", "top|bottom",
	  "the status line under the title, messages in it and the list down to the "
	  "last line (a cheap scroll on a slow link), the card taking both lines "
	  "away as it scrolls; bottom: above a message line",
	  O(ui_status) },
	{ "tags", S_TAGS, "", NULL,
	  "the tags: a list of {name, key, color, description}", 0 },
	{ "keys", S_KEYS, "", NULL,
	  "key bindings: a map of action to a key or a list of keys", 0 },
	{ "colors", S_COLORS, "", NULL,
	  "the theme: a map of element to a colour, \"bold yellow on blue\"", 0 },
	{ "views", S_VIEWS, "", NULL,
	  "saved views: a list of {name, query, sort}", 0 },
};

#define NSETTINGS (sizeof settings / sizeof settings[0])

/* Far more than any configuration; a file this size is a mistake, and is
 * refused rather than read in part. */
#define CONFIG_MAX_SIZE (4 * 1024 * 1024)

const char config_sort_range[] = "name|years|imported|updated|rank";

const char *const config_heading_sections[] = {
	"summary", "experience", "education", "skills", "projects", "patents",
	"publications", "certificates", "awards", "languages", "volunteer",
	"interests", "references", "contact", NULL,
};

static const struct {
	const char *name, *query, *sort;
} default_views[] = {
	{ "shortlist", "tag:shortlist", "name" },
	{ "new", "is:new", "imported" },
	{ "seniors", "years:>10", "years" },
};

static const struct {
	const char *name, *key, *color, *description;
} default_tags[] = {
	{ "shortlist", "s", "green", "worth an interview" },
	{ "maybe", "m", "yellow", "undecided" },
	{ "reject", "x", "red", "not for this role" },
	{ "interview", "i", "cyan", "interview arranged" },
};

static char **
cfg_str(struct config *c, const struct setting *s)
{
	return (char **)(void *)((char *)c + s->off);
}

static int *
cfg_int(struct config *c, const struct setting *s)
{
	return (int *)(void *)((char *)c + s->off);
}

static long long *
cfg_ll(struct config *c, const struct setting *s)
{
	return (long long *)(void *)((char *)c + s->off);
}

static int
parse_bool(const char *v, int *out)
{
	static const char *const yes[] = { "true", "yes", "on", "1" };
	static const char *const no[] = { "false", "no", "off", "0" };

	for (int i = 0; i < 4; i++) {
		if (strcasecmp(v, yes[i]) == 0) {
			*out = 1;
			return 0;
		}
		if (strcasecmp(v, no[i]) == 0) {
			*out = 0;
			return 0;
		}
	}
	return -1;
}

static int
parse_size(const char *v, long long *out)
{
	char *end;
	long long n, unit = 1;

	errno = 0;
	n = strtoll(v, &end, 10);
	if (end == v || errno != 0 || n < 0)
		return -1;
	switch (*end) {
	case 'k': case 'K': unit = 1024; end++; break;
	case 'm': case 'M': unit = 1024 * 1024; end++; break;
	case 'g': case 'G': unit = 1024LL * 1024 * 1024; end++; break;
	}
	if (n > LLONG_MAX / unit)
		return -1;
	n *= unit;
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end != '\0')
		return -1;
	*out = n;
	return 0;
}

int
config_enum_valid(const char *range, const char *v)
{
	size_t len = strlen(v);

	for (const char *r = range; *r != '\0';) {
		size_t n = strcspn(r, "|");
		if (n == len && strncmp(r, v, n) == 0)
			return 1;
		r += n + (r[n] == '|');
	}
	return 0;
}

/* Range "lo..hi", with the same suffixes as sizes. */
static int
in_range(const char *range, long long v)
{
	char lo[32], hi[32];
	long long l, h;

	if (range == NULL || sscanf(range, "%31[^.]..%31s", lo, hi) != 2)
		return 1;
	if (parse_size(lo, &l) != 0 || parse_size(hi, &h) != 0)
		return 1;
	return v >= l && v <= h;
}

/* Applies one scalar value; on failure why says what is wrong. */
static int
setting_scalar(struct config *c, const struct setting *s, const char *v, char *why,
    size_t whylen)
{
	long long n;

	switch (s->type) {
	case S_PATH:
		free(*cfg_str(c, s));
		*cfg_str(c, s) = *v != '\0' ? xstrdup(v) : NULL;
		return 0;
	case S_ENUM:
		if (!config_enum_valid(s->range, v)) {
			snprintf(why, whylen, "%s must be one of %s, not '%s'", s->name, s->range, v);
			return -1;
		}
		free(*cfg_str(c, s));
		*cfg_str(c, s) = xstrdup(v);
		return 0;
	case S_BOOL:
		if (parse_bool(v, cfg_int(c, s)) != 0) {
			snprintf(why, whylen, "%s must be true or false, not '%s'", s->name, v);
			return -1;
		}
		return 0;
	case S_INT:
	case S_SIZE:
		if ((s->type == S_SIZE ? parse_size(v, &n) : parse_size(v, &n)) != 0 ||
		    (s->type == S_INT && strspn(v, "0123456789") != strlen(v))) {
			snprintf(why, whylen, "%s must be a %s, not '%s'", s->name,
			    s->type == S_SIZE ? "size (10M, 512K)" : "number", v);
			return -1;
		}
		if (!in_range(s->range, n)) {
			snprintf(why, whylen, "%s must be in %s", s->name, s->range);
			return -1;
		}
		*cfg_ll(c, s) = n;
		return 0;
	default:
		return 0;
	}
}

void
config_defaults(struct config *c)
{
	char why[ERRLEN];

	memset(c, 0, sizeof *c);
	for (size_t i = 0; i < NSETTINGS; i++)
		setting_scalar(c, &settings[i], settings[i].def, why, sizeof why);
	for (size_t i = 0; i < sizeof default_tags / sizeof default_tags[0]; i++)
		config_tag_add(c, default_tags[i].name, default_tags[i].key, default_tags[i].color,
		    default_tags[i].description);
	for (size_t i = 0; i < sizeof default_views / sizeof default_views[0]; i++)
		config_view_add(c, default_views[i].name, default_views[i].query,
		    default_views[i].sort);
}

static int
apply_setting(struct config_parser *p, const struct setting *s, const struct node *v)
{
	char why[ERRLEN];
	const char *text;

	if (node_is_null(v))
		return 0;
	switch (s->type) {
	case S_TAGS: return config_parse_tags(p, v);
	case S_KEYS: return config_parse_keys(p, v);
	case S_COLORS: return config_parse_colors(p, v);
	case S_VIEWS: return config_parse_views(p, v);
	case S_HEADINGS: return config_parse_headings(p, v);
	default:
		break;
	}
	if ((text = cfg_scalar(p, v, s->name)) == NULL)
		return -1;
	if (setting_scalar(p->cfg, s, text, why, sizeof why) != 0)
		return cfg_error(p, v, "%s", why);
	return 0;
}

static const struct setting *
setting_find(const char *name)
{
	for (size_t i = 0; i < NSETTINGS; i++)
		if (strcmp(settings[i].name, name) == 0)
			return &settings[i];
	return NULL;
}

static int
is_group(const char *name)
{
	size_t len = strlen(name);

	for (size_t i = 0; i < NSETTINGS; i++)
		if (strncmp(settings[i].name, name, len) == 0 && settings[i].name[len] == '.')
			return 1;
	return 0;
}

static int
parse_map(struct config_parser *p, const struct node *m, const char *prefix)
{
	if (m->kind != NODE_MAP)
		return cfg_error(p, m, "%s%s must be a mapping", *prefix ? prefix : "the file",
		    *prefix ? "" : "");
	for (size_t i = 0; i + 1 < m->n; i += 2) {
		const struct node *k = m->items[i], *v = m->items[i + 1];
		const struct setting *s;
		char *name;
		int rc = 0;
		if (k->kind != NODE_SCALAR)
			return cfg_error(p, k, "keys must be plain names");
		name = xprintf("%s%s%s", prefix, *prefix ? "." : "", k->value);
		if ((s = setting_find(name)) != NULL)
			rc = apply_setting(p, s, v);
		else if (is_group(name) && v->kind == NODE_MAP)
			rc = parse_map(p, v, name);
		else if (is_group(name) && !node_is_null(v))
			rc = cfg_error(p, v, "%s must be a mapping", name);
		else if (!is_group(name))
			cfg_warn(p, k, "unknown setting", name);
		free(name);
		if (rc != 0)
			return rc;
	}
	return 0;
}

enum status
config_parse(struct config *c, const char *text, size_t len, const char *name, char *err,
    size_t errlen)
{
	struct config_parser p = { c, name, err, errlen };
	struct doc d;
	enum status st;

	if ((st = doc_load(&d, text, len, name, err, errlen)) != ST_OK)
		return ST_CONFIG;
	if (d.root != NULL && !node_is_null(d.root) && parse_map(&p, d.root, "") != 0)
		st = ST_CONFIG;
	doc_free(&d);
	return st;
}

static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

static enum status
config_read(const char *path, struct buf *b, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	struct stat sb;
	char chunk[8192];
	size_t n;

	if (f == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return errno == ENOENT ? ST_NOINPUT : ST_CONFIG;
	}
	if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		snprintf(err, errlen, "%s: is a directory", path);
		fclose(f);
		return ST_CONFIG;
	}
	if (fstat(fileno(f), &sb) == 0 && (sb.st_mode & S_IWOTH)) {
		snprintf(err, errlen, "%s: refusing a world-writable config (chmod o-w it)", path);
		fclose(f);
		return ST_CONFIG;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b->len <= CONFIG_MAX_SIZE)
		buf_add(b, chunk, n);
	if (b->len > CONFIG_MAX_SIZE) {
		snprintf(err, errlen, "%s: larger than %d bytes; is it the config?", path,
		    CONFIG_MAX_SIZE);
		fclose(f);
		return ST_CONFIG;
	}
	if (ferror(f)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		fclose(f);
		return ST_CONFIG;
	}
	fclose(f);
	return ST_OK;
}

enum status
config_load(struct config *c, const char *path, int must_exist, char *err, size_t errlen)
{
	struct buf b = BUF_INIT;
	enum status st;

	if (path == NULL)
		return ST_OK;
	st = config_read(path, &b, err, errlen);
	if (st == ST_NOINPUT && !must_exist) {
		buf_free(&b);
		return ST_OK;
	}
	if (st == ST_OK) {
		free(c->file);
		free(c->dir);
		c->file = xstrdup(path);
		c->dir = dir_of(path);
		st = config_parse(c, buf_str(&b), b.len, path, err, errlen);
	}
	buf_free(&b);
	return st == ST_OK ? ST_OK : ST_CONFIG;
}

void
config_free(struct config *c)
{
	config_tags_clear(c);
	for (size_t i = 0; i < c->nkeys; i++)
		free(c->keys[i].key);
	for (size_t i = 0; i < c->ncolors; i++) {
		free(c->colors[i].element);
		free(c->colors[i].spec);
	}
	config_views_clear(c);
	for (size_t i = 0; i < c->nheadings; i++) {
		free(c->headings[i].section);
		free(c->headings[i].text);
	}
	free(c->keys);
	free(c->colors);
	free(c->headings);
	free(c->file);
	free(c->dir);
	free(c->database);
	free(c->shared);
	free(c->list_sort);
	free(c->ui_status);
	free(c->vocabulary);
	strlist_clear(&c->warnings);
	memset(c, 0, sizeof *c);
}

static char *
xdg_path(const char *var, const char *fallback, const char *leaf)
{
	const char *base = getenv(var), *home = getenv("HOME");

	if (base != NULL && *base == '/')
		return xprintf("%s/dossier/%s", base, leaf);
	return xprintf("%s/%s/dossier/%s", home != NULL ? home : ".", fallback, leaf);
}

char *
config_path(int *from_env)
{
	const char *env = getenv("DOSSIER_CONFIG");

	*from_env = env != NULL && *env != '\0';
	if (*from_env)
		return xstrdup(env);
	return xdg_path("XDG_CONFIG_HOME", ".config", "dossier.yaml");
}

char *
config_default_database(void)
{
	return xdg_path("XDG_DATA_HOME", ".local/share", "dossier.db");
}

char *
config_state_path(const char *leaf)
{
	return xdg_path("XDG_STATE_HOME", ".local/state", leaf);
}

void
config_mkdirs(const char *path)
{
	char *p = xstrdup(path);

	for (char *s = p; *s != '\0' && *++s != '\0';) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST)
			break;
		*s = '/';
	}
	free(p);
}

char *
config_expand_path(const struct config *c, const char *path)
{
	const char *home = getenv("HOME");

	if (path[0] == '~' && (path[1] == '/' || path[1] == '\0'))
		return xprintf("%s%s", home != NULL ? home : "", path + 1);
	if (path[0] != '/' && c->dir != NULL)
		return xprintf("%s/%s", c->dir, path);
	return xstrdup(path);
}

const struct tag_def *
config_tag(const struct config *c, const char *name)
{
	for (size_t i = 0; i < c->ntags; i++)
		if (strcmp(c->tags[i].name, name) == 0)
			return &c->tags[i];
	return NULL;
}

const struct view_def *
config_view(const struct config *c, const char *name)
{
	for (size_t i = 0; i < c->nviews; i++)
		if (strcmp(c->views[i].name, name) == 0)
			return &c->views[i];
	return NULL;
}

static const char *
stype_str(enum stype t)
{
	static const char *const names[] = { "path", "enum", "bool", "integer", "size",
	    "list", "map", "map", "list", "map" };

	return names[t];
}

void
config_print_settings(FILE *f)
{
	for (size_t i = 0; i < NSETTINGS; i++) {
		const struct setting *s = &settings[i];
		fprintf(f, "%-22s %-8s %-10s %s", s->name, stype_str(s->type),
		    *s->def ? s->def : "-", s->help);
		if (s->range != NULL)
			fprintf(f, " (%s)", s->range);
		fputc('\n', f);
	}
	fprintf(f, "\nThe elements colors: themes, with their colours and, without "
	    "colours, attributes:\n");
	for (int i = 0; i < color_nelements; i++)
		fprintf(f, "%-22s %-16s %-10s %s\n", color_elements[i].name,
		    color_elements[i].def, color_elements[i].mono, color_elements[i].help);
}
