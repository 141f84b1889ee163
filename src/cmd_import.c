/*
 * dossier import and dossier reimport.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "import.h"
#include "lexicon.h"
#include "pipe.h"
#include "query.h"
#include "resume.h"
#include "sha256.h"
#include "utf8.h"
#include "xalloc.h"

struct tally {
	int imported, updated, skipped, failed;
	int worst;		/* exit code of the first failure */
};

/* A file parsed, waiting for its batch to be stored. */
struct pending {
	char *path;
	struct buf raw;
	char sha[65];		/* raw's */
	struct import_result *res;
	size_t n;
	struct ym as_of;
};

#define BATCH_FILES 256
#define BATCH_PROFILES 1024
/* How many files the parsing threads may be ahead of the store: more than
 * a batch, so that they parse the next batch while this one is stored.
 * There is a parsing thread a processor (pipe_workers): parsing costs
 * twice what storing does. */
#define PARSE_AHEAD (2 * BATCH_FILES)

struct import_run {
	struct cli *cli;
	int dry_run, quiet, progress;
	struct ym as_of;	/* from --as-of, or y == 0 */
	struct tally t;
	struct buf json;	/* dry-run output */
	size_t nprinted;
	struct lexicon lex;	/* built once for the whole run */
	struct pending batch[BATCH_FILES];
	size_t nbatch, nprofiles;
};

static void
fail(struct import_run *r, enum status st, const char *msg)
{
	if (r->progress)
		fputs("\r\033[K", stderr);
	cli_error("%s", msg);
	r->t.failed++;
	if (r->t.worst == 0)
		r->t.worst = status_exit(st);
}

static struct ym
file_as_of(const struct import_run *r, const char *path)
{
	struct stat sb;

	if (r->as_of.y > 0)
		return r->as_of;
	if (strcmp(path, "-") != 0 && stat(path, &sb) == 0)
		return date_from_time(sb.st_mtime);
	return date_from_time(time(NULL));
}

static void
dry_print(struct import_run *r, const struct profile *p)
{
	if (r->nprinted++ > 0)
		buf_adds(&r->json, ",\n");
	resume_json(p, &r->json, 1);
}

/* A file of several documents (a JSON export) keeps each profile's own
 * document as its raw text, so each is recognised on its own. */
static enum status
put_one(struct import_run *r, const struct pending *pf, size_t i, enum put_result *put)
{
	char iso[8];
	long long id;
	enum status st;
	struct buf own = BUF_INIT;
	struct source src = { pf->raw.s, pf->raw.len, pf->res[i].text, pf->path, iso,
	    cli_user(r->cli), pf->sha[0] != '\0' ? pf->sha : NULL };

	if (pf->n > 1) {
		resume_json(pf->res[i].profile, &own, 0);
		src.raw = own.s;
		src.rawlen = own.len;
		src.sha256 = NULL;
	}
	date_iso_format(pf->as_of, iso);
	st = store_put(r->cli->store, pf->res[i].profile, &src, &id, put);
	buf_free(&own);
	return st;
}

static void
count(struct tally *t, enum put_result put)
{
	if (put == PUT_INSERTED)
		t->imported++;
	else if (put == PUT_UPDATED)
		t->updated++;
	else
		t->skipped++;
}

/* Each profile of the batch in a transaction of its own. */
static void
store_each(struct import_run *r)
{
	char msg[ERRLEN];
	enum put_result put;
	enum status st;

	for (size_t b = 0; b < r->nbatch; b++)
		for (size_t i = 0; i < r->batch[b].n; i++) {
			if ((st = put_one(r, &r->batch[b], i, &put)) == ST_OK) {
				count(&r->t, put);
				continue;
			}
			snprintf(msg, sizeof msg, "%s: %s", r->batch[b].path,
			    store_error(r->cli->store));
			fail(r, st, msg);
		}
}

/*
 * The batch's profiles in one transaction: whole profiles only, so none is
 * ever seen half stored.  If any fails the transaction is rolled back and
 * each is stored again on its own, so one bad file costs only itself.
 */
static void
flush_batch(struct import_run *r)
{
	struct tally t = { 0, 0, 0, 0, 0 };
	enum put_result put;
	int ok = r->nbatch > 0 && store_begin(r->cli->store) == ST_OK;

	for (size_t b = 0; b < r->nbatch && ok; b++)
		for (size_t i = 0; i < r->batch[b].n && ok; i++)
			if ((ok = put_one(r, &r->batch[b], i, &put) == ST_OK))
				count(&t, put);
	if (ok && store_commit(r->cli->store) == ST_OK) {
		r->t.imported += t.imported;
		r->t.updated += t.updated;
		r->t.skipped += t.skipped;
	} else if (r->nbatch > 0) {
		store_rollback(r->cli->store);
		store_each(r);
	}
	for (size_t b = 0; b < r->nbatch; b++) {
		import_results_free(r->batch[b].res, r->batch[b].n);
		buf_free(&r->batch[b].raw);
		free(r->batch[b].path);
	}
	r->nbatch = r->nprofiles = 0;
}

/* A file read and parsed, on its way to the run (see pipe.h). */
struct parsed {
	const char *path;
	enum status st;
	char err[ERRLEN];
	struct buf raw;
	char sha[65];		/* raw's, when the file is to be stored */
	int known;		/* its text is stored already: not parsed */
	struct import_result *res;
	size_t n;
	struct ym as_of;
};

/* Takes over the file's text and profiles until the batch is stored. */
static void
batch_add(struct import_run *r, struct parsed *f)
{
	struct pending *pf;

	if (r->nbatch == BATCH_FILES || r->nprofiles + f->n > BATCH_PROFILES)
		flush_batch(r);
	pf = &r->batch[r->nbatch++];
	pf->path = xstrdup(f->path);
	pf->raw = f->raw;
	memcpy(pf->sha, f->sha, sizeof pf->sha);
	pf->res = f->res;
	pf->n = f->n;
	pf->as_of = f->as_of;
	r->nprofiles += f->n;
	memset(&f->raw, 0, sizeof f->raw);
	f->res = NULL;
	f->n = 0;
}

/*
 * What the parsing threads are given: nothing they share is written
 * meanwhile, but for seen and standard input, which one thread at a time
 * uses (lock).  seen is a connection of its own to the database, through
 * which they pass over, unparsed, a file whose text is stored already (a
 * re-import of the same files).  It sees only what is committed: a text
 * twice in one run is parsed twice, and the store skips the second.
 */
struct parse_job {
	const struct import_run *run;
	char **paths;
	struct store *seen;	/* may be NULL (seen_open) */
	pthread_mutex_t lock;
};

/* Whether the text just read is stored already.  Its digest goes on to
 * the store, which would compute it otherwise: on the parsing threads,
 * which run one a processor, rather than on the one that stores. */
static int
parse_known(struct parse_job *job, struct parsed *f)
{
	long long id;
	int known;

	if (job->run->dry_run)
		return 0;
	sha256_hex(f->raw.s, f->raw.len, f->sha);
	if (job->seen == NULL)
		return 0;
	pthread_mutex_lock(&job->lock);
	known = store_find_digest(job->seen, f->sha, &id) == ST_OK;
	pthread_mutex_unlock(&job->lock);
	return known;
}

/* The file's text; standard input is read by one thread at a time. */
static enum status
parse_read(struct parse_job *job, struct parsed *f, const struct import_opts *o)
{
	enum status st;
	int stdin_read = strcmp(f->path, "-") == 0;

	if (stdin_read)
		pthread_mutex_lock(&job->lock);
	st = import_read(f->path, o, &f->raw, f->err, sizeof f->err);
	if (stdin_read)
		pthread_mutex_unlock(&job->lock);
	return st;
}

/*
 * The connection through which the parsing threads look for known texts.
 * None into a database that holds nothing yet: there is nothing to look
 * for before parsing.
 */
static struct store *
seen_open(struct cli *c)
{
	struct store *s;
	char err[ERRLEN];
	long long n;

	if (store_count(c->store, &n) != ST_OK || n == 0)
		return NULL;
	if (store_open(c->db_path, STORE_READONLY, &s, err, sizeof err) != ST_OK)
		return NULL;
	return s;
}

static void *
parse_one(void *ctx, size_t i)
{
	struct parse_job *job = ctx;
	const struct import_run *r = job->run;
	struct parsed *f = xcalloc(1, sizeof *f);
	struct import_opts o = { &r->cli->cfg, file_as_of(r, job->paths[i]), &r->lex };
	const char *name = strcmp(job->paths[i], "-") == 0 ? "(standard input)" : job->paths[i];
	char iso[8];

	f->path = job->paths[i];
	f->as_of = o.as_of;
	f->st = parse_read(job, f, &o);
	if (f->st == ST_OK && (f->known = parse_known(job, f)))
		return f;
	if (f->st == ST_OK)
		f->st = import_data(f->raw.s, f->raw.len, name, &o, &f->res, &f->n, f->err,
		    sizeof f->err);
	date_iso_format(o.as_of, iso);
	for (size_t k = 0; f->st == ST_OK && k < f->n; k++) {
		profile_sanitize(f->res[k].profile);
		if (f->res[k].profile->as_of == NULL)
			profile_set(&f->res[k].profile->as_of, iso);
	}
	return f;
}

static void
parsed_free(void *v)
{
	struct parsed *f = v;

	if (f == NULL)
		return;
	import_results_free(f->res, f->n);
	buf_free(&f->raw);
	free(f);
}

static void
import_one(struct import_run *r, struct parsed *f)
{
	if (f->st != ST_OK) {
		fail(r, f->st, f->err);
		parsed_free(f);
		return;
	}
	if (f->known)
		r->t.skipped++;
	for (size_t i = 0; r->dry_run && i < f->n; i++)
		dry_print(r, f->res[i].profile);
	if (!r->dry_run && !f->known)
		batch_add(r, f);
	parsed_free(f);
}

static void
progress(struct import_run *r, int i, int n, const char *path)
{
	char bar[31], *clean;
	int fill = n > 0 ? i * 30 / n : 30;

	if (!r->progress)
		return;
	memset(bar, '#', (size_t)fill);
	memset(bar + fill, '.', (size_t)(30 - fill));
	bar[30] = '\0';
	clean = utf8_sanitize(path, strlen(path), 0);
	fprintf(stderr, "\r\033[K[%s] %d/%d %.40s", bar, i, n, clean != NULL ? clean : "");
	fflush(stderr);
	free(clean);
}

static int
parse_as_of(const char *s, struct ym *d)
{
	return date_iso_parse(s, d) == 0 && d->m > 0 && strlen(s) == 7 ? 0 : -1;
}

static int
import_finish(struct import_run *r)
{
	if (r->progress)
		fputs("\r\033[K", stderr);
	if (r->dry_run) {
		if (r->nprinted > 1)
			printf("[\n%s\n]\n", buf_str(&r->json));
		else if (r->nprinted == 1)
			printf("%s\n", buf_str(&r->json));
	} else if (!r->quiet)
		fprintf(stderr, "imported %d, updated %d, skipped %d, failed %d\n",
		    r->t.imported, r->t.updated, r->t.skipped, r->t.failed);
	buf_free(&r->json);
	if (fflush(stdout) != 0) {
		cli_error("standard output: %s", strerror(errno));
		return status_exit(ST_IO);
	}
	return r->t.failed > 0 ? r->t.worst : 0;
}

int
cmd_import(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "quiet", no_argument, NULL, 'q' },
		CLI_GLOBAL_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct import_run r;
	struct parse_job job;
	struct pipe *pipe;
	char err[ERRLEN];
	int ch, rc;

	memset(&r, 0, sizeof r);
	r.cli = c;
	optind = 0;
	while ((ch = getopt_long(argc, argv, "nqh", opts, NULL)) != -1) {
		if (cli_global(c, ch, optarg))
			continue;
		switch (ch) {
		case 'n': r.dry_run = 1; break;
		case 'q': r.quiet = 1; break;
		case 'a':
			if (parse_as_of(optarg, &r.as_of) != 0)
				return cli_usage("import", "--as-of wants YYYY-MM, not '%s'", optarg);
			break;
		case 'h': return cli_help(cli_command("import"), stdout);
		default: return cli_usage("import", "unknown option");
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		return cli_usage("import", "no files given (use - for standard input)");
	if ((rc = cli_config(c)) != 0)
		return rc;
	if (!r.dry_run && (rc = cli_store(c, 1)) != 0)
		return rc;
	if (!r.dry_run)
		store_bulk(c->store);
	if (lexicon_init(&r.lex, &c->cfg, err, sizeof err) != ST_OK) {
		lexicon_free(&r.lex);
		cli_error("%s", err);
		return status_exit(ST_CONFIG);
	}
	r.progress = !r.quiet && !r.dry_run && argc > 1 && isatty(STDERR_FILENO);
	job.run = &r;
	job.paths = argv;
	/* without it, every file is parsed and the store skips the known */
	job.seen = r.dry_run ? NULL : seen_open(c);
	pthread_mutex_init(&job.lock, NULL);
	pipe = pipe_start((size_t)argc, PARSE_AHEAD, pipe_workers(), parse_one, &job);
	for (int i = 0; i < argc; i++) {
		progress(&r, i, argc, argv[i]);
		import_one(&r, pipe_next(pipe));
	}
	pipe_finish(pipe, parsed_free);
	pthread_mutex_destroy(&job.lock);
	store_close(job.seen);
	flush_batch(&r);
	lexicon_free(&r.lex);
	return import_finish(&r);
}

/* Parses one stored text again and replaces the profile with the result. */
static enum status
reimport_one(struct cli *c, const struct lexicon *lx, long long id, int *changed, char *err,
    size_t errlen)
{
	struct raw_text raw;
	struct import_opts o = { &c->cfg, { 0, 0 }, lx };
	struct import_result *res = NULL;
	struct profile *old = NULL;
	size_t n = 0;
	enum status st;

	*changed = 0;
	if ((st = store_raw(c->store, id, &raw)) != ST_OK) {
		snprintf(err, errlen, "#%lld: no stored text", id);
		return st;
	}
	if (raw.as_of != NULL)
		date_iso_parse(raw.as_of, &o.as_of);
	st = import_data(raw.raw, raw.len, raw.origin ? raw.origin : "-", &o, &res, &n, err,
	    errlen);
	if (st == ST_OK && n == 1) {
		struct buf a = BUF_INIT, b = BUF_INIT;
		profile_sanitize(res[0].profile);
		if (res[0].profile->as_of == NULL)
			profile_set(&res[0].profile->as_of, raw.as_of);
		if (store_get(c->store, id, &old) == ST_OK)
			resume_json(old, &a, 0);
		resume_json(res[0].profile, &b, 0);
		*changed = strcmp(buf_str(&a), buf_str(&b)) != 0;
		if (*changed && (st = store_replace(c->store, id, res[0].profile, res[0].text,
		    cli_user(c))) != ST_OK)
			snprintf(err, errlen, "#%lld: %s", id, store_error(c->store));
		buf_free(&a);
		buf_free(&b);
	}
	profile_free(old);
	import_results_free(res, n);
	store_raw_free(&raw);
	return st;
}

int
cmd_reimport(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = { CLI_GLOBAL_OPTIONS, { NULL, 0, NULL, 0 } };
	struct lexicon lex;
	struct query *q = NULL;
	long long *ids = NULL;
	size_t n = 0;
	char err[ERRLEN], *text = NULL;
	int ch, rc, changed, nchanged = 0, failed = 0;
	enum status st;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (cli_global(c, ch, optarg))
			continue;
		if (ch == 'h')
			return cli_help(cli_command("reimport"), stdout);
		return cli_usage("reimport", CLI_UNKNOWN_OPTION);
	}
	if ((rc = cli_store(c, 0)) != 0)
		return rc;
	text = cli_join(argc - optind, argv + optind);
	rc = cli_compile(c, text, &q);
	free(text);
	if (rc != 0)
		return rc;
	st = query_ids(c->store, q, cli_user(c), SORT_NAME, 0, &ids, &n);
	query_free(q);
	if (st != ST_OK) {
		cli_error("reimport: %s", store_error(c->store));
		return status_exit(st);
	}
	if (lexicon_init(&lex, &c->cfg, err, sizeof err) != ST_OK) {
		cli_error("%s", err);
		n = 0;
		failed = 1;
	}
	for (size_t i = 0; i < n; i++) {
		if (reimport_one(c, &lex, ids[i], &changed, err, sizeof err) != ST_OK) {
			cli_error("%s", err);
			failed++;
		}
		nchanged += changed;
	}
	lexicon_free(&lex);
	fprintf(stderr, "reparsed %zu, changed %d, failed %d\n", n, nchanged, failed);
	free(ids);
	return failed > 0 ? status_exit(ST_DATA) : 0;
}
