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
	{ "list.sort", S_ENUM, "name", "name|years|imported|updated|rank",
	  "the list's sort order at start", O(list_sort) },
	{ "list.dense", S_BOOL, "false", NULL,
	  "start with a card of lines a candidate instead of one line", O(list_dense) },
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

struct parser {
	struct config *cfg;
	const char *file;
	char *err;
	size_t errlen;
};

static int
perr(struct parser *p, const struct node *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
perr(struct parser *p, const struct node *n, const char *fmt, ...)
{
	char msg[ERRLEN];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	snprintf(p->err, p->errlen, "%s:%d:%d: %s", p->file, n->line, n->column, msg);
	return -1;
}

static void
pwarn(struct parser *p, const struct node *n, const char *what, const char *name)
{
	char *w = xprintf("%s:%d:%d: warning: %s '%s' (ignored)", p->file, n->line,
	    n->column, what, name);

	strlist_take(&p->cfg->warnings, w);
}

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

static int
enum_valid(const char *range, const char *v)
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
		if (!enum_valid(s->range, v)) {
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

static void
tag_add(struct config *c, const char *name, const char *key, const char *color,
    const char *desc)
{
	struct tag_def *t;

	c->tags = xreallocarray(c->tags, c->ntags + 1, sizeof *c->tags);
	t = &c->tags[c->ntags++];
	t->name = xstrdup(name);
	t->key = key != NULL ? xstrdup(key) : NULL;
	t->color = color != NULL ? xstrdup(color) : NULL;
	t->description = desc != NULL ? xstrdup(desc) : NULL;
}

static void
tags_clear(struct config *c)
{
	for (size_t i = 0; i < c->ntags; i++) {
		free(c->tags[i].name);
		free(c->tags[i].key);
		free(c->tags[i].color);
		free(c->tags[i].description);
	}
	free(c->tags);
	c->tags = NULL;
	c->ntags = 0;
}

static void
view_add(struct config *c, const char *name, const char *query, const char *sort)
{
	struct view_def *v;

	c->views = xreallocarray(c->views, c->nviews + 1, sizeof *c->views);
	v = &c->views[c->nviews++];
	v->name = xstrdup(name);
	v->query = xstrdup(query);
	v->sort = sort != NULL ? xstrdup(sort) : NULL;
}

static void
views_clear(struct config *c)
{
	for (size_t i = 0; i < c->nviews; i++) {
		free(c->views[i].name);
		free(c->views[i].query);
		free(c->views[i].sort);
	}
	free(c->views);
	c->views = NULL;
	c->nviews = 0;
}

void
config_defaults(struct config *c)
{
	char why[ERRLEN];

	memset(c, 0, sizeof *c);
	for (size_t i = 0; i < NSETTINGS; i++)
		setting_scalar(c, &settings[i], settings[i].def, why, sizeof why);
	for (size_t i = 0; i < sizeof default_tags / sizeof default_tags[0]; i++)
		tag_add(c, default_tags[i].name, default_tags[i].key, default_tags[i].color,
		    default_tags[i].description);
	for (size_t i = 0; i < sizeof default_views / sizeof default_views[0]; i++)
		view_add(c, default_views[i].name, default_views[i].query,
		    default_views[i].sort);
}

static const char *
scalar_of(struct parser *p, const struct node *n, const char *what)
{
	if (n->kind != NODE_SCALAR) {
		perr(p, n, "%s must be a single value, not %s", what, node_kind_str(n->kind));
		return NULL;
	}
	return n->value;
}

static int
tag_name_valid(const char *s)
{
	if (*s == '\0' || strlen(s) > 32)
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' ||
		    *s == '_'))
			return 0;
	return 1;
}

static int
parse_tag(struct parser *p, const struct node *m)
{
	const char *f[4] = { NULL, NULL, NULL, NULL };
	static const char *const keys[4] = { "name", "key", "color", "description" };
	struct color_spec cs;
	char why[128];

	if (m->kind != NODE_MAP)
		return perr(p, m, "each tag must be a mapping with name and key");
	for (size_t i = 0; i + 1 < m->n; i += 2) {
		const char *k = m->items[i]->value;
		int j;
		for (j = 0; j < 4 && strcmp(k != NULL ? k : "", keys[j]) != 0; j++)
			;
		if (j == 4) {
			pwarn(p, m->items[i], "unknown tag field", k != NULL ? k : "?");
			continue;
		}
		if ((f[j] = scalar_of(p, m->items[i + 1], keys[j])) == NULL)
			return -1;
	}
	if (f[0] == NULL || !tag_name_valid(f[0]))
		return perr(p, m, "a tag needs a name of lower-case letters, digits, - or _");
	if (config_tag(p->cfg, f[0]) != NULL)
		return perr(p, m, "tag '%s' is defined twice", f[0]);
	if (f[1] != NULL && !key_name_valid(f[1]))
		return perr(p, m, "tag '%s': '%s' is not a key name", f[0], f[1]);
	for (size_t i = 0; f[1] != NULL && i < p->cfg->ntags; i++)
		if (p->cfg->tags[i].key != NULL && strcmp(p->cfg->tags[i].key, f[1]) == 0)
			return perr(p, m, "tags '%s' and '%s' share the key '%s'",
			    p->cfg->tags[i].name, f[0], f[1]);
	if (f[2] != NULL && color_parse(f[2], &cs, why, sizeof why) != 0)
		return perr(p, m, "tag '%s': %s", f[0], why);
	tag_add(p->cfg, f[0], f[1], f[2], f[3]);
	return 0;
}

static int
parse_tags(struct parser *p, const struct node *n)
{
	if (n->kind != NODE_SEQ)
		return perr(p, n, "tags must be a list");
	tags_clear(p->cfg);
	for (size_t i = 0; i < n->n; i++)
		if (parse_tag(p, n->items[i]) != 0)
			return -1;
	return 0;
}

static int
key_add(struct parser *p, const struct node *n, enum action a)
{
	struct config *c = p->cfg;
	const char *k = scalar_of(p, n, "a key");

	if (k == NULL)
		return -1;
	if (!key_name_valid(k))
		return perr(p, n, "'%s' is not a key name (e.g. j, C-f, PgDn, F1, Enter)", k);
	c->keys = xreallocarray(c->keys, c->nkeys + 1, sizeof *c->keys);
	c->keys[c->nkeys].key = xstrdup(k);
	c->keys[c->nkeys].action = a;
	c->nkeys++;
	return 0;
}

static int
parse_keys(struct parser *p, const struct node *n)
{
	if (n->kind != NODE_MAP)
		return perr(p, n, "keys must be a mapping of action to keys");
	for (size_t i = 0; i + 1 < n->n; i += 2) {
		const struct node *k = n->items[i], *v = n->items[i + 1];
		enum action a = k->kind == NODE_SCALAR ? action_find(k->value) : A_NONE;
		if (a == A_NONE && (k->kind != NODE_SCALAR || strcmp(k->value, "none") != 0))
			return perr(p, k, "unknown action '%s' (see dossier keys)",
			    k->kind == NODE_SCALAR ? k->value : "?");
		if (v->kind == NODE_SEQ) {
			for (size_t j = 0; j < v->n; j++)
				if (key_add(p, v->items[j], a) != 0)
					return -1;
		} else if (key_add(p, v, a) != 0)
			return -1;
	}
	return 0;
}

static int
parse_colors(struct parser *p, const struct node *n)
{
	struct config *c = p->cfg;
	struct color_spec cs;
	char why[128];

	if (n->kind != NODE_MAP)
		return perr(p, n, "colors must be a mapping of element to colour");
	for (size_t i = 0; i + 1 < n->n; i += 2) {
		const struct node *k = n->items[i], *v = n->items[i + 1];
		const char *spec;
		if (k->kind != NODE_SCALAR || color_element_find(k->value) < 0) {
			pwarn(p, k, "unknown colour element", k->kind == NODE_SCALAR ?
			    k->value : "?");
			continue;
		}
		if ((spec = scalar_of(p, v, k->value)) == NULL)
			return -1;
		if (color_parse(spec, &cs, why, sizeof why) != 0)
			return perr(p, v, "%s", why);
		c->colors = xreallocarray(c->colors, c->ncolors + 1, sizeof *c->colors);
		c->colors[c->ncolors].element = xstrdup(k->value);
		c->colors[c->ncolors].spec = xstrdup(spec);
		c->ncolors++;
	}
	return 0;
}

static int
parse_view(struct parser *p, const struct node *m)
{
	struct config *c = p->cfg;
	const struct node *name = node_get(m, "name"), *query = node_get(m, "query");
	const struct node *sort = node_get(m, "sort");

	if (m->kind != NODE_MAP || name == NULL || query == NULL)
		return perr(p, m, "each view needs a name and a query");
	if (scalar_of(p, name, "name") == NULL || scalar_of(p, query, "query") == NULL ||
	    (sort != NULL && scalar_of(p, sort, "sort") == NULL))
		return -1;
	if (sort != NULL && !enum_valid(settings[2].range, sort->value))
		return perr(p, sort, "sort must be one of %s", settings[2].range);
	if (config_view(c, name->value) != NULL)
		return perr(p, name, "view '%s' is defined twice", name->value);
	view_add(c, name->value, query->value, sort != NULL ? sort->value : NULL);
	return 0;
}

static int
parse_views(struct parser *p, const struct node *n)
{
	if (n->kind != NODE_SEQ)
		return perr(p, n, "views must be a list");
	views_clear(p->cfg);
	for (size_t i = 0; i < n->n; i++)
		if (parse_view(p, n->items[i]) != 0)
			return -1;
	return 0;
}

static int
heading_section_valid(const char *s)
{
	for (int i = 0; config_heading_sections[i] != NULL; i++)
		if (strcmp(config_heading_sections[i], s) == 0)
			return 1;
	return 0;
}

static int
parse_headings(struct parser *p, const struct node *n)
{
	struct config *c = p->cfg;

	if (n->kind != NODE_MAP)
		return perr(p, n, "import.headings must be a mapping of section to wordings");
	for (size_t i = 0; i + 1 < n->n; i += 2) {
		const struct node *k = n->items[i], *v = n->items[i + 1];
		if (k->kind != NODE_SCALAR || !heading_section_valid(k->value))
			return perr(p, k, "unknown section '%s' (one of summary, experience, "
			    "education, skills, projects, ...)", k->kind == NODE_SCALAR ?
			    k->value : "?");
		if (v->kind != NODE_SEQ)
			return perr(p, v, "headings of %s must be a list", k->value);
		for (size_t j = 0; j < v->n; j++) {
			const char *t = scalar_of(p, v->items[j], "a heading");
			if (t == NULL)
				return -1;
			c->headings = xreallocarray(c->headings, c->nheadings + 1,
			    sizeof *c->headings);
			c->headings[c->nheadings].section = xstrdup(k->value);
			c->headings[c->nheadings].text = xstrdup(t);
			c->nheadings++;
		}
	}
	return 0;
}

static int
apply_setting(struct parser *p, const struct setting *s, const struct node *v)
{
	char why[ERRLEN];
	const char *text;

	if (node_is_null(v))
		return 0;
	switch (s->type) {
	case S_TAGS: return parse_tags(p, v);
	case S_KEYS: return parse_keys(p, v);
	case S_COLORS: return parse_colors(p, v);
	case S_VIEWS: return parse_views(p, v);
	case S_HEADINGS: return parse_headings(p, v);
	default:
		break;
	}
	if ((text = scalar_of(p, v, s->name)) == NULL)
		return -1;
	if (setting_scalar(p->cfg, s, text, why, sizeof why) != 0)
		return perr(p, v, "%s", why);
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
parse_map(struct parser *p, const struct node *m, const char *prefix)
{
	if (m->kind != NODE_MAP)
		return perr(p, m, "%s%s must be a mapping", *prefix ? prefix : "the file",
		    *prefix ? "" : "");
	for (size_t i = 0; i + 1 < m->n; i += 2) {
		const struct node *k = m->items[i], *v = m->items[i + 1];
		const struct setting *s;
		char *name;
		int rc = 0;
		if (k->kind != NODE_SCALAR)
			return perr(p, k, "keys must be plain names");
		name = xprintf("%s%s%s", prefix, *prefix ? "." : "", k->value);
		if ((s = setting_find(name)) != NULL)
			rc = apply_setting(p, s, v);
		else if (is_group(name) && v->kind == NODE_MAP)
			rc = parse_map(p, v, name);
		else if (is_group(name) && !node_is_null(v))
			rc = perr(p, v, "%s must be a mapping", name);
		else if (!is_group(name))
			pwarn(p, k, "unknown setting", name);
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
	struct parser p = { c, name, err, errlen };
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
	tags_clear(c);
	for (size_t i = 0; i < c->nkeys; i++)
		free(c->keys[i].key);
	for (size_t i = 0; i < c->ncolors; i++) {
		free(c->colors[i].element);
		free(c->colors[i].spec);
	}
	views_clear(c);
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
