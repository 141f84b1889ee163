/*
 * dossier_rank(profile_fts, weights...): FTS5's bm25, the same formula and
 * the same arithmetic, with two differences in cost, not in result.
 *
 * bm25 asks FTS5 for each row's length in tokens, and FTS5 prepares, steps
 * and resets a statement on the profile_fts_docsize table for every row
 * ranked: on a word most profiles have, that lookup was 40% of a whole
 * `dossier list` (callgrind).  This reads the same docsize record through
 * one incremental-blob handle moved from row to row, at about a third of
 * the instructions; that also beat reading the whole table into an array
 * up front, even for a word in 90% of 100,000 profiles.  The first record
 * read is checked against FTS5's own figures, column by column, and on any
 * difference or error the handle is dropped and FTS5 asked as before.
 *
 * bm25 also weighs each phrase of the query by its IDF, which FTS5 finds by
 * running each phrase over the whole index again before the first row: as
 * much again as the query itself.  With one phrase, the IDF multiplies
 * every score alike, a positive factor, so it is taken as 1: the order is
 * the same but for two different scores that multiplying would have
 * rounded to one double (then tied, and ordered by rowid).
 *
 * A page of a word in 90% of 100,000 profiles ("engineer", 36 ms of SQL)
 * is still a third these docsize lookups, two fifths FTS5 finding the
 * rows (merging the prefix's words), the rest reading their positions
 * (through xPhraseFirst, phrase by phrase, no cheaper than xInst), this
 * arithmetic and the sort.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"
#include "xalloc.h"

struct rank_data {
	int nphrase;
	double avgdl;
	double *idf, *freq;
	sqlite3_blob *blob;	/* open on profile_fts_docsize, or NULL */
	int blob_state;		/* 0 untried, 1 checked and usable, -1 not */
};

static void
rank_data_free(void *v)
{
	struct rank_data *d = v;

	free(d->idf);
	free(d->freq);
	sqlite3_blob_close(d->blob);
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

/* A docsize record: one varint (SQLite's encoding) per column.  Stores
 * up to max columns' sizes in col (when not NULL); returns the sum, or -1
 * for a broken record.  *ncol is the number of columns it holds. */
static int
docsize_read(const unsigned char *p, int n, int *col, int max, int *ncol)
{
	int total = 0;

	*ncol = 0;
	for (int i = 0; i < n; (*ncol)++) {
		unsigned v = 0;
		int k;
		for (k = 0; k < 8 && i < n && (p[i] & 0x80); k++)
			v = (v << 7) | (p[i++] & 0x7f);
		if (i == n)
			return -1;
		v = k == 8 ? (v << 8) | p[i++] : (v << 7) | p[i++];
		if (col != NULL && *ncol < max)
			col[*ncol] = (int)v;
		total += (int)v;
	}
	return total;
}

/* Whether the record read for the first row says what FTS5 says, column
 * by column: that it is this table's record, not another's. */
static int
docsize_agrees(const Fts5ExtensionApi *api, Fts5Context *fts, const unsigned char *rec,
    int n)
{
	int col[16], ncol, size;

	if (docsize_read(rec, n, col, 16, &ncol) < 0 || ncol > 16 ||
	    ncol != api->xColumnCount(fts))
		return 0;
	for (int i = 0; i < ncol; i++)
		if (api->xColumnSize(fts, i, &size) != SQLITE_OK || size != col[i])
			return 0;
	return 1;
}

static int
rank_blob_drop(struct rank_data *d)
{
	sqlite3_blob_close(d->blob);
	d->blob = NULL;
	d->blob_state = -1;
	return 0;
}

/* The row's length in tokens from its docsize record, through the blob
 * handle (see above); 0 when that cannot say. */
static int
rank_blob_length(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
    struct rank_data *d, int *ntok)
{
	unsigned char rec[64];
	long long id = api->xRowid(fts);
	int n, rc, ncol;

	if (d->blob_state < 0)
		return 0;
	if (d->blob == NULL)
		rc = sqlite3_blob_open(sqlite3_context_db_handle(ctx), "main",
		    "profile_fts_docsize", "sz", id, 0, &d->blob);
	else
		rc = sqlite3_blob_reopen(d->blob, id);
	n = rc == SQLITE_OK ? sqlite3_blob_bytes(d->blob) : -1;
	if (n < 0 || n > (int)sizeof rec ||
	    sqlite3_blob_read(d->blob, rec, n, 0) != SQLITE_OK ||
	    (*ntok = docsize_read(rec, n, NULL, 0, &ncol)) < 0)
		return rank_blob_drop(d);
	if (d->blob_state == 0) {
		if (!docsize_agrees(api, fts, rec, n))
			return rank_blob_drop(d);
		d->blob_state = 1;
	}
	return 1;
}

/* The row's length in tokens. */
static int
rank_length(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
    struct rank_data *d, int *ntok)
{
	if (rank_blob_length(api, fts, ctx, d, ntok))
		return SQLITE_OK;
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
