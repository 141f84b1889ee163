/*
 * dossier_rank(profile_fts, weights...): FTS5's bm25, the same formula and
 * the same arithmetic, with one difference in how it finds each row's
 * length in tokens.  bm25 asks FTS5, which runs a statement on the
 * profile_fts_docsize table for every row ranked: on a word most profiles
 * have, that lookup was 40% of a whole `dossier list` (callgrind).  When a
 * query will rank many rows, this reads the whole table once, in order,
 * into an array by rowid and looks there instead: reading it all takes
 * about as long as looking up a ninth of its rows one by one (measured on
 * 100,000 profiles).  How many it will rank is guessed after the first
 * RANK_GUESS_AT rows, and again at each doubling, from how far into the
 * rowids those reach (FTS5 reads them in order).  Only for profile_fts:
 * the first row read from the array is checked against FTS5's own figure,
 * and on any difference the array is dropped.
 *
 * bm25 also weighs each phrase of the query by its IDF, which FTS5 finds by
 * running each phrase over the whole index again before the first row: as
 * much again as the query itself.  With one phrase, the IDF multiplies
 * every score alike, a positive factor, so it is taken as 1: the order is
 * the same but for two different scores that multiplying would have
 * rounded to one double (then tied, and ordered by rowid).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"
#include "xalloc.h"

/* Reading every length costs as much as looking up 1/RANK_CACHE_RATIO. */
#define RANK_CACHE_RATIO 9
#define RANK_GUESS_AT 1000
#define RANK_CACHE_MAX_ID 8000000

struct rank_data {
	int nphrase;
	double avgdl;
	double *idf, *freq;
	long long nrow, calls;
	int *len;		/* tokens by rowid, or NULL */
	long long nlen;
	int tried;		/* the array was built (or could not be) */
};

static void
rank_data_free(void *v)
{
	struct rank_data *d = v;

	free(d->idf);
	free(d->freq);
	free(d->len);
	free(d);
}

static int
count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *arg)
{
	(void)api;
	(void)fts;
	(*(long long *)arg)++;
	return SQLITE_OK;
}

/* The average length and each phrase's IDF, as bm25 computes them (but
 * see above for a query of one phrase). */
static int
rank_data_init(const Fts5ExtensionApi *api, Fts5Context *fts, struct rank_data *d)
{
	sqlite3_int64 nrow = 0, ntok = 0;
	int rc;

	d->nphrase = api->xPhraseCount(fts);
	d->idf = xcalloc((size_t)d->nphrase + 1, sizeof *d->idf);
	d->freq = xcalloc((size_t)d->nphrase + 1, sizeof *d->freq);
	if ((rc = api->xRowCount(fts, &nrow)) != SQLITE_OK ||
	    (rc = api->xColumnTotalSize(fts, -1, &ntok)) != SQLITE_OK)
		return rc;
	d->avgdl = (double)ntok / (double)nrow;
	d->nrow = nrow;
	d->idf[0] = 1.0;
	for (int i = 0; i < d->nphrase && d->nphrase > 1; i++) {
		long long nhit = 0;
		double idf;
		if ((rc = api->xQueryPhrase(fts, i, &nhit, count_row)) != SQLITE_OK)
			return rc;
		idf = log((nrow - nhit + 0.5) / (nhit + 0.5));
		d->idf[i] = idf <= 0.0 ? 1e-6 : idf;
	}
	return SQLITE_OK;
}

/* A docsize record: one varint (SQLite's encoding) per column. */
static int
docsize_total(const unsigned char *p, int n)
{
	int total = 0;

	for (int i = 0; i < n;) {
		unsigned v = 0;
		int k;
		for (k = 0; k < 8 && i < n && (p[i] & 0x80); k++)
			v = (v << 7) | (p[i++] & 0x7f);
		if (i == n)
			return -1;
		v = k == 8 ? (v << 8) | p[i++] : (v << 7) | p[i++];
		total += (int)v;
	}
	return total;
}

static void
rank_cache(sqlite3 *db, struct rank_data *d)
{
	sqlite3_stmt *st = NULL;
	long long max = -1;

	d->tried = 1;
	if (sqlite3_prepare_v2(db, "SELECT max(id) FROM profile_fts_docsize", -1, &st,
	    NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		max = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (max < 0 || max > RANK_CACHE_MAX_ID)
		return;
	d->nlen = max + 1;
	d->len = xreallocarray(NULL, (size_t)d->nlen, sizeof *d->len);
	memset(d->len, 0xff, (size_t)d->nlen * sizeof *d->len);	/* -1: none */
	if (sqlite3_prepare_v2(db, "SELECT id, sz FROM profile_fts_docsize", -1, &st,
	    NULL) != SQLITE_OK) {
		free(d->len);
		d->len = NULL;
		return;
	}
	while (sqlite3_step(st) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(st, 0);
		if (id >= 0 && id < d->nlen)
			d->len[id] = docsize_total(sqlite3_column_blob(st, 1),
			    sqlite3_column_bytes(st, 1));
	}
	sqlite3_finalize(st);
}

/* Whether the rows still to rank make reading every length pay. */
static int
rank_worth_caching(const Fts5ExtensionApi *api, Fts5Context *fts, struct rank_data *d)
{
	long long id, n = ++d->calls;

	/* guessed again at each doubling, in case the rows bunch up */
	if (n < RANK_GUESS_AT || n % RANK_GUESS_AT != 0 || ((n / RANK_GUESS_AT) &
	    (n / RANK_GUESS_AT - 1)) != 0)
		return 0;
	if ((id = api->xRowid(fts)) <= 0 || id >= d->nrow)
		return 0;
	/* rowids run from 1 to about nrow: so many found this far in */
	return (double)n * (double)(d->nrow - id) / (double)id >
	    (double)(d->nrow / RANK_CACHE_RATIO);
}

/* The row's length in tokens: from the array once there is one. */
static int
rank_length(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
    struct rank_data *d, int *ntok)
{
	long long id;
	int rc;

	if (!d->tried && rank_worth_caching(api, fts, d)) {
		rank_cache(sqlite3_context_db_handle(ctx), d);
		if (d->len != NULL) {
			id = api->xRowid(fts);
			if ((rc = api->xColumnSize(fts, -1, ntok)) != SQLITE_OK)
				return rc;
			if (id < 0 || id >= d->nlen || d->len[id] != *ntok) {
				free(d->len);	/* not profile_fts, or not what FTS5 says */
				d->len = NULL;
			}
			return SQLITE_OK;
		}
	}
	id = d->len != NULL ? api->xRowid(fts) : -1;
	if (id >= 0 && id < d->nlen && d->len[id] >= 0) {
		*ntok = d->len[id];
		return SQLITE_OK;
	}
	return api->xColumnSize(fts, -1, ntok);
}

static struct rank_data *
rank_data(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
	struct rank_data *d = api->xGetAuxdata(fts, 0);

	*rc = SQLITE_OK;
	if (d != NULL)
		return d;
	d = xcalloc(1, sizeof *d);
	if ((*rc = rank_data_init(api, fts, d)) == SQLITE_OK)
		*rc = api->xSetAuxdata(fts, d, rank_data_free);
	else
		rank_data_free(d);
	return *rc == SQLITE_OK ? d : NULL;
}

/* bm25 term by term (fts5_aux.c): the same order of operations, so the
 * same doubles, or with one phrase the same divided by its IDF. */
static void
rank_bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nval,
    sqlite3_value **val)
{
	const double k1 = 1.2, b = 0.75;
	double score = 0.0, dl;
	int rc, ninst = 0, ntok = 0;
	struct rank_data *d = rank_data(api, fts, &rc);

	if (d != NULL) {
		memset(d->freq, 0, sizeof *d->freq * (size_t)d->nphrase);
		rc = api->xInstCount(fts, &ninst);
	}
	for (int i = 0; rc == SQLITE_OK && i < ninst; i++) {
		int ip, ic, io;
		if ((rc = api->xInst(fts, i, &ip, &ic, &io)) == SQLITE_OK)
			d->freq[ip] += nval > ic ? sqlite3_value_double(val[ic]) : 1.0;
	}
	if (rc == SQLITE_OK)
		rc = rank_length(api, fts, ctx, d, &ntok);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	dl = (double)ntok;
	for (int i = 0; i < d->nphrase; i++)
		score += d->idf[i] * ((d->freq[i] * (k1 + 1.0)) /
		    (d->freq[i] + k1 * (1 - b + b * dl / d->avgdl)));
	sqlite3_result_double(ctx, -1.0 * score);
}

enum status
store_rank_register(struct store *s)
{
	sqlite3_stmt *st = NULL;
	fts5_api *fts = NULL;
	int rc;

	if (sqlite3_prepare_v2(s->db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
		return store_sqlerr(s, sqlite3_errcode(s->db));
	sqlite3_bind_pointer(st, 1, &fts, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	if (fts == NULL || fts->iVersion < 2) {
		snprintf(s->err, sizeof s->err, "SQLite's FTS5 offers no functions");
		return ST_FAIL;
	}
	rc = fts->xCreateFunction(fts, "dossier_rank", NULL, rank_bm25, NULL);
	return rc == SQLITE_OK ? ST_OK : store_sqlerr(s, rc);
}
