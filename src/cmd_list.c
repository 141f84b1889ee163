/*
 * dossier list, show, tags, history and keys: the commands that read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "action.h"
#include "card.h"
#include "cli.h"
#include "json.h"
#include "query.h"
#include "resume.h"
#include "utf8.h"
#include "xalloc.h"

enum list_format { LF_TABLE, LF_TSV, LF_JSON };

static const char *const list_headers[] = {
	"ID", "NAME", "HEADLINE", "COMPANY", "LOCATION", "YRS", "TAGS",
};
#define NCOLS 7

/* n in decimal at p, which has room for 21 bytes; returns the end. */
static char *
decimal_put(char *p, long long n)
{
	char tmp[24];
	int k = 0;
	unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;

	do
		tmp[k++] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (n < 0)
		*p++ = '-';
	while (k > 0)
		*p++ = tmp[--k];
	*p = '\0';
	return p;
}

/* Months as years with one decimal, as "%.1f" of months / 12.0 rounds
 * them (an exact half to the even tenth) without the cost of snprintf,
 * which was a tenth of listing thousands of rows. */
static void
years_format(char years[16], long long months)
{
	long long tenths = months * 10 / 12, rest = months * 10 % 12;

	if (months < 0 || months > 12000000) {
		snprintf(years, 16, "%.1f", months / 12.0);
		return;
	}
	if (rest > 6 || (rest == 6 && tenths % 2 == 1))
		tenths++;
	years = decimal_put(years, tenths / 10);
	*years++ = '.';
	decimal_put(years, tenths % 10);
}

static void
row_cells(const struct row *r, char years[16], char id[24], const char *cells[NCOLS])
{
	decimal_put(id, r->id);
	years_format(years, r->months);
	cells[0] = id;
	cells[1] = r->name;
	cells[2] = r->label;
	cells[3] = r->company;
	cells[4] = r->location;
	cells[5] = years;
	cells[6] = r->tags;
}

/* Widths from the content; on a terminal the headline and company give
 * way first so a row fits the screen. */
static void
table_widths(const struct row *rows, size_t n, int columns, int w[NCOLS])
{
	static const int shrink[] = { 2, 3, 4, 1, 6 };
	int total = 0;

	for (int i = 0; i < NCOLS; i++)
		w[i] = utf8_width(list_headers[i]);
	for (size_t k = 0; k < n; k++) {
		char years[16], id[24];
		const char *cells[NCOLS];
		row_cells(&rows[k], years, id, cells);
		for (int i = 0; i < NCOLS; i++)
			if (cells[i] != NULL && utf8_width(cells[i]) > w[i])
				w[i] = utf8_width(cells[i]);
	}
	for (int i = 0; i < NCOLS; i++)
		total += w[i] + (i > 0 ? 2 : 0);
	for (size_t s = 0; columns > 0 && total > columns && s < 5; s++) {
		int c = shrink[s], min = s < 3 ? 12 : 10, cut = total - columns;
		if (w[c] - cut < min)
			cut = w[c] > min ? w[c] - min : 0;
		w[c] -= cut;
		total -= cut;
	}
}

static void
print_table(const struct row *rows, size_t n)
{
	int w[NCOLS];
	struct buf b = BUF_INIT;

	table_widths(rows, n, cli_columns(), w);
	for (size_t k = 0; k <= n; k++) {
		char years[16], id[24];
		const char *cells[NCOLS];
		if (k == 0)
			memcpy(cells, list_headers, sizeof cells);
		else
			row_cells(&rows[k - 1], years, id, cells);
		buf_reset(&b);
		for (int i = 0; i < NCOLS; i++) {
			if (i > 0)
				buf_adds(&b, "  ");
			if ((i == 0 || i == 5) && k > 0) {
				int pad = w[i] - utf8_width(cells[i]);
				buf_addf(&b, "%*s", pad > 0 ? pad : 0, "");
				utf8_fit(&b, cells[i], w[i], 0);
			} else
				utf8_fit(&b, cells[i] != NULL ? cells[i] : "", w[i], i < NCOLS - 1);
		}
		while (b.len > 0 && b.s[b.len - 1] == ' ')
			buf_truncate(&b, b.len - 1);
		puts(buf_str(&b));
	}
	buf_free(&b);
}

static void
tsv_cell(struct buf *b, const char *v)
{
	size_t n;

	while (v != NULL && *v != '\0') {
		n = strcspn(v, "\t\n");
		buf_add(b, v, n);
		if (v[n] == '\0')
			break;
		buf_addc(b, ' ');
		v += n + 1;
	}
}

static void
print_tsv(const struct row *rows, size_t n)
{
	struct buf b = BUF_INIT;

	for (size_t k = 0; k < n; k++) {
		char years[16], id[24];
		const char *cells[NCOLS];
		row_cells(&rows[k], years, id, cells);
		buf_reset(&b);
		for (int i = 0; i < NCOLS; i++) {
			if (i > 0)
				buf_addc(&b, '\t');
			tsv_cell(&b, cells[i]);
		}
		puts(buf_str(&b));
	}
	buf_free(&b);
}

static void
print_json(const struct row *rows, size_t n)
{
	struct buf b = BUF_INIT;
	struct json j;

	json_init(&j, &b, 1);
	json_array_begin(&j);
	for (size_t k = 0; k < n; k++) {
		const struct row *r = &rows[k];
		json_object_begin(&j);
		json_key(&j, "id");
		json_int(&j, r->id);
		json_member(&j, "name", r->name);
		json_member(&j, "headline", r->label);
		json_member(&j, "company", r->company);
		json_member(&j, "title", r->title);
		json_member(&j, "location", r->location);
		json_key(&j, "months");
		json_int(&j, r->months);
		json_key(&j, "tags");
		json_array_begin(&j);
		for (const char *t = r->tags; t != NULL && *t != '\0';) {
			size_t len = strcspn(t, " ");
			char *tag = xstrndup(t, len);
			json_string(&j, tag);
			free(tag);
			t += len + (t[len] == ' ');
		}
		json_array_end(&j);
		json_key(&j, "seen");
		json_bool(&j, r->seen);
		json_object_end(&j);
	}
	json_array_end(&j);
	puts(buf_str(&b));
	buf_free(&b);
}

/* Compiles QUERY words (saved @views included) and returns the rows. */
static int
list_rows(struct cli *c, int argc, char **argv, int sort, int reverse, long long limit,
    struct row **rows, size_t *n)
{
	struct query *q;
	char *text = cli_join(argc, argv);
	int rc = cli_compile_tagged(c, text, &q);
	enum status st;

	free(text);
	if (rc != 0)
		return rc;
	if (sort < 0)
		sort = query_view_sort(q);
	if (sort < 0)
		sort = query_has_words(q) ? SORT_RANK : sort_find(c->cfg.list_sort);
	st = query_rows(c->store, q, cli_user(c), sort < 0 ? SORT_NAME : sort, reverse, 0,
	    limit, rows, n);
	query_free(q);
	if (st != ST_OK) {
		cli_error("list: %s", store_error(c->store));
		return status_exit(st);
	}
	return 0;
}

int
cmd_list(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "limit", required_argument, NULL, 'l' },
		{ "sort", required_argument, NULL, 's' },
		{ "reverse", no_argument, NULL, 'r' },
		{ "tag", required_argument, NULL, 't' },
		CLI_GLOBAL_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	enum list_format fmt = LF_TABLE;
	long long limit = -1;
	int ch, rc, sort = -1, reverse = 0;
	struct row *rows = NULL;
	size_t n = 0;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "f:l:s:rt:h", opts, NULL)) != -1) {
		if (cli_global(c, ch, optarg))
			continue;
		switch (ch) {
		case 'f':
			if (strcmp(optarg, "table") == 0) fmt = LF_TABLE;
			else if (strcmp(optarg, "tsv") == 0) fmt = LF_TSV;
			else if (strcmp(optarg, "json") == 0) fmt = LF_JSON;
			else return cli_usage("list", "unknown format '%s'", optarg);
			break;
		case 'l':
			if ((limit = cli_id(optarg)) < 0)
				return cli_usage("list", "--limit wants a positive number");
			break;
		case 's':
			if ((sort = sort_find(optarg)) < 0)
				return cli_usage("list", "unknown sort '%s' (rank, name, years, "
				    "imported, updated)", optarg);
			break;
		case 'r': reverse = 1; break;
		case 't':
			if ((rc = cli_add_tag(c, "list", optarg)) != 0)
				return rc;
			break;
		case 'h': return cli_help(cli_command("list"), stdout);
		default: return cli_usage("list", CLI_UNKNOWN_OPTION);
		}
	}
	if ((rc = cli_store(c, 0)) != 0)
		return rc;
	if ((rc = list_rows(c, argc - optind, argv + optind, sort, reverse, limit, &rows,
	    &n)) != 0)
		return rc;
	if (fmt == LF_TABLE)
		print_table(rows, n);
	else if (fmt == LF_TSV)
		print_tsv(rows, n);
	else
		print_json(rows, n);
	rows_free(rows, n);
	return 0;
}

static void
print_card(struct cli *c, long long id, const struct profile *p)
{
	struct tag_mark *tags = NULL;
	struct note_mark *notes = NULL;
	struct card_marks m = { NULL, 0, NULL, 0 };
	struct card card;

	store_tags(c->store, id, &tags, &m.ntags);
	store_notes(c->store, id, &notes, &m.nnotes);
	m.tags = tags;
	m.notes = notes;
	card_build(&card, p, &m);
	for (size_t i = 0; i < card.n; i++)
		printf("%*s%s\n", card.v[i].indent, "", card.v[i].text);
	card_free(&card);
	store_tags_free(tags, m.ntags);
	store_notes_free(notes, m.nnotes);
}

int
cmd_show(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		CLI_GLOBAL_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	const char *fmt = "text";
	struct profile *p;
	struct buf b = BUF_INIT;
	long long id;
	int ch, rc;
	enum status st;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "f:h", opts, NULL)) != -1) {
		if (cli_global(c, ch, optarg))
			continue;
		if (ch == 'f' && (strcmp(optarg, "text") == 0 || strcmp(optarg, "json") == 0 ||
		    strcmp(optarg, "yaml") == 0))
			fmt = optarg;
		else if (ch == 'f')
			return cli_usage("show", "unknown format '%s' (text, json, yaml)", optarg);
		else if (ch == 'h')
			return cli_help(cli_command("show"), stdout);
		else
			return cli_usage("show", "unknown option");
	}
	if (argc - optind != 1)
		return cli_usage("show", "give one candidate id");
	if ((id = cli_id(argv[optind])) < 0)
		return cli_usage("show", "'%s' is not a candidate id", argv[optind]);
	if ((rc = cli_store(c, 0)) != 0)
		return rc;
	if ((st = store_get(c->store, id, &p)) != ST_OK) {
		cli_error("show: #%lld: %s", id, st == ST_NOTFOUND ? "no such candidate" :
		    store_error(c->store));
		return st == ST_NOTFOUND ? status_exit(ST_DATA) : status_exit(st);
	}
	if (strcmp(fmt, "json") == 0) {
		resume_json(p, &b, 1);
		puts(buf_str(&b));
	} else if (strcmp(fmt, "yaml") == 0) {
		resume_yaml(p, &b);
		fputs(buf_str(&b), stdout);
	} else
		print_card(c, id, p);
	buf_free(&b);
	profile_free(p);
	return 0;
}

int
cmd_tags(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "names", no_argument, NULL, 'n' },
		CLI_GLOBAL_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct tag_count *counts = NULL;
	size_t n = 0;
	int ch, rc, names = 0;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (cli_global(c, ch, optarg))
			continue;
		if (ch == 'n')
			names = 1;
		else if (ch == 'h')
			return cli_help(cli_command("tags"), stdout);
		else
			return cli_usage("tags", "unknown option");
	}
	if ((rc = cli_config(c)) != 0)
		return rc;
	if (!names && cli_store(c, 0) == 0)
		store_tag_counts(c->store, &counts, &n);
	for (size_t i = 0; i < c->cfg.ntags; i++) {
		const struct tag_def *t = &c->cfg.tags[i];
		long long count = 0;
		if (names) {
			puts(t->name);
			continue;
		}
		for (size_t k = 0; k < n; k++)
			if (strcmp(counts[k].tag, t->name) == 0)
				count = counts[k].n;
		printf("%-12s %-4s %6lld  %s\n", t->name, t->key ? t->key : "-", count,
		    t->description ? t->description : "");
	}
	store_tag_counts_free(counts, n);
	return 0;
}

int
cmd_history(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = { CLI_GLOBAL_OPTIONS, { NULL, 0, NULL, 0 } };
	struct event_mark *ev;
	size_t n;
	long long id;
	int ch, rc;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (cli_global(c, ch, optarg))
			continue;
		if (ch == 'h')
			return cli_help(cli_command("history"), stdout);
		return cli_usage("history", "unknown option");
	}
	if (argc - optind != 1 || (id = cli_id(argv[optind])) < 0)
		return cli_usage("history", "give one candidate id");
	if ((rc = cli_store(c, 0)) != 0)
		return rc;
	if (store_exists(c->store, id) != ST_OK) {
		cli_error("history: #%lld: no such candidate", id);
		return status_exit(ST_DATA);
	}
	store_events(c->store, id, &ev, &n);
	for (size_t i = 0; i < n; i++) {
		char when[32];
		time_t t = (time_t)ev[i].at;
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", localtime(&t));
		printf("%s  %-12s %-9s %s\n", when, ev[i].user ? ev[i].user : "-",
		    ev[i].action, ev[i].detail ? ev[i].detail : "");
	}
	store_events_free(ev, n);
	return 0;
}

int
cmd_keys(struct cli *c, int argc, char **argv)
{
	int rc;

	if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
		return cli_help(cli_command("keys"), stdout);
	if ((rc = cli_config(c)) != 0)
		return rc;
	/* the keys as this config binds them, not only the defaults */
	for (int i = 1; i < A__COUNT; i++) {
		struct buf k = BUF_INIT;
		action_keys(&c->cfg, (enum action)i, -1, &k);
		printf("%-14s %-16s %s\n", actions[i].name, k.len > 0 ? buf_str(&k) : "-",
		    actions[i].help);
		buf_free(&k);
	}
	for (size_t i = 0; i < c->cfg.ntags; i++) {
		struct buf k = BUF_INIT;
		action_keys(&c->cfg, A_NONE, (int)i, &k);
		if (k.len > 0)
			printf("%-14s %-16s toggle the tag %s\n", "tag", buf_str(&k),
			    c->cfg.tags[i].name);
		buf_free(&k);
	}
	return 0;
}
