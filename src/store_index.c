/*
 * The rows derived from a profile for lists and search: work, education and
 * skills, the full-text row (profile_fts) and the facets the query
 * language's fields search (profile_facet).  store_index rewrites them all
 * whenever a profile is written.
 *
 * The two full-text rows wait in a queue until the transaction commits.
 * FTS5 keeps what it is given in memory and writes it out as one new
 * segment at the end of a statement run under a savepoint, and nearly every
 * other statement of an import runs so (a trigger, a foreign key): rows
 * written between them would cost a segment each, and each later merge.
 * Queued, a batch of profiles makes one segment a table.
 */
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"
#include "utf8.h"
#include "xalloc.h"

enum fts_table { FTS_TEXT, FTS_FACET };

#define FTS_COLS 8

struct fts_row {
	enum fts_table table;
	long long id;
	char *v[FTS_COLS];	/* sanitized, as store_bind_text would */
};

static const struct {
	const char *sql;
	int ncols;
} fts_insert[] = {
	[FTS_TEXT] = { "INSERT INTO profile_fts(rowid, name, label, company, title, skill, "
	    "school, location, body) VALUES (?,?,?,?,?,?,?,?,?)", 8 },
	[FTS_FACET] = { "INSERT INTO profile_facet(rowid, school, degree, employer, place) "
	    "VALUES (?,?,?,?,?)", 4 },
};

static void
fts_queue(struct store *s, enum fts_table t, long long id, const char *const *v)
{
	struct fts_row *r;

	if (s->nfts == s->fts_cap) {
		s->fts_cap = s->fts_cap > 0 ? 2 * s->fts_cap : 64;
		s->fts = xreallocarray(s->fts, s->fts_cap, sizeof *s->fts);
	}
	r = &s->fts[s->nfts++];
	memset(r, 0, sizeof *r);
	r->table = t;
	r->id = id;
	for (int i = 0; i < fts_insert[t].ncols; i++) {
		size_t len = v[i] != NULL ? strlen(v[i]) : 0;
		if (v[i] == NULL)
			r->v[i] = NULL;
		else if (utf8_clean(v[i], len, 1))
			r->v[i] = xstrndup(v[i], len);
		else
			r->v[i] = utf8_sanitize(v[i], len, 1);
	}
}

static void
fts_row_free(struct fts_row *r)
{
	for (int i = 0; i < FTS_COLS; i++)
		free(r->v[i]);
}

/* A profile written twice in one transaction keeps only its last rows. */
static void
fts_unqueue(struct store *s, long long id)
{
	size_t k = 0;

	for (size_t i = 0; i < s->nfts; i++) {
		if (s->fts[i].id == id)
			fts_row_free(&s->fts[i]);
		else
			s->fts[k++] = s->fts[i];
	}
	s->nfts = k;
}

void
store_index_drop(struct store *s)
{
	for (size_t i = 0; i < s->nfts; i++)
		fts_row_free(&s->fts[i]);
	s->nfts = 0;
}

static enum status
fts_write(struct store *s, const struct fts_row *r)
{
	sqlite3_stmt *q = store_prepare(s, fts_insert[r->table].sql);

	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, r->id);
	for (int i = 0; i < fts_insert[r->table].ncols; i++)
		if (r->v[i] != NULL)
			sqlite3_bind_text(q, 2 + i, r->v[i], -1, SQLITE_STATIC);
	return store_run(s, q);
}

/* One table's rows after the other's: a statement on one table ends the
 * other's run of pending rows too. */
enum status
store_index_flush(struct store *s)
{
	enum status st = ST_OK;

	for (int t = FTS_TEXT; t <= FTS_FACET && st == ST_OK; t++)
		for (size_t i = 0; i < s->nfts && st == ST_OK; i++)
			if (s->fts[i].table == (enum fts_table)t)
				st = fts_write(s, &s->fts[i]);
	store_index_drop(s);
	return st;
}

static void
join_field(struct buf *b, const char *v)
{
	if (v == NULL)
		return;
	if (b->len > 0)
		buf_addc(b, '\n');
	buf_adds(b, v);
}

static enum status
index_work(struct store *s, long long id, const struct profile *p, int current)
{
	for (size_t i = 0; i < p->nwork; i++) {
		const struct work *w = &p->work[i];
		sqlite3_stmt *q = store_prepare(s, "INSERT INTO work(profile_id, seq, company, "
		    "title, location, start, end, current) VALUES (?,?,?,?,?,?,?,?)");
		enum status st;
		if (q == NULL)
			return ST_FAIL;
		sqlite3_bind_int64(q, 1, id);
		sqlite3_bind_int64(q, 2, (long long)i);
		store_bind_text(q, 3, w->name);
		store_bind_text(q, 4, w->position);
		store_bind_text(q, 5, w->location);
		store_bind_text(q, 6, w->start);
		store_bind_text(q, 7, w->end);
		sqlite3_bind_int(q, 8, (int)i == current || (w->end == NULL && w->start != NULL));
		if ((st = store_run(s, q)) != ST_OK)
			return st;
	}
	return ST_OK;
}

static enum status
index_education(struct store *s, long long id, const struct profile *p)
{
	for (size_t i = 0; i < p->neducation; i++) {
		const struct education *e = &p->education[i];
		sqlite3_stmt *q = store_prepare(s, "INSERT INTO education(profile_id, seq, "
		    "institution, degree, start, end) VALUES (?,?,?,?,?,?)");
		char *deg = xprintf("%s%s%s", e->study_type ? e->study_type : "",
		    e->study_type && e->area ? " " : "", e->area ? e->area : "");
		enum status st;
		if (q == NULL) {
			free(deg);
			return ST_FAIL;
		}
		sqlite3_bind_int64(q, 1, id);
		sqlite3_bind_int64(q, 2, (long long)i);
		store_bind_text(q, 3, e->institution);
		store_bind_text(q, 4, *deg ? deg : NULL);
		store_bind_text(q, 5, e->start);
		store_bind_text(q, 6, e->end);
		free(deg);
		if ((st = store_run(s, q)) != ST_OK)
			return st;
	}
	return ST_OK;
}

static enum status
index_skill(struct store *s, long long id, const char *name)
{
	sqlite3_stmt *q = store_prepare(s, "INSERT INTO skill(profile_id, name) VALUES (?,?)");

	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, id);
	store_bind_text(q, 2, name);
	return store_run(s, q);
}

static enum status
index_skills(struct store *s, long long id, const struct profile *p)
{
	enum status st = ST_OK;

	for (size_t i = 0; i < p->nskills && st == ST_OK; i++) {
		const struct skill *k = &p->skills[i];
		if (k->keywords.n == 0 && k->name != NULL)
			st = index_skill(s, id, k->name);
		for (size_t j = 0; j < k->keywords.n && st == ST_OK; j++)
			st = index_skill(s, id, k->keywords.v[j]);
	}
	return st;
}

static void
index_fts(struct store *s, long long id, const struct profile *p, const char *text)
{
	struct buf f[6] = { BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT };
	struct buf body = BUF_INIT;
	char *loc = profile_location_str(p);
	const char *v[FTS_COLS];

	for (size_t i = 0; i < p->nwork; i++) {
		join_field(&f[0], p->work[i].name);
		join_field(&f[1], p->work[i].position);
		join_field(&f[4], p->work[i].location);
	}
	for (size_t i = 0; i < p->nskills; i++) {
		join_field(&f[2], p->skills[i].name);
		for (size_t j = 0; j < p->skills[i].keywords.n; j++)
			join_field(&f[2], p->skills[i].keywords.v[j]);
	}
	for (size_t i = 0; i < p->neducation; i++) {
		join_field(&f[3], p->education[i].institution);
		join_field(&f[3], p->education[i].study_type);
		join_field(&f[3], p->education[i].area);
	}
	join_field(&f[4], loc);
	if (text == NULL)
		profile_text(p, &body);
	v[0] = p->basics.name;
	v[1] = p->basics.label;
	for (int i = 0; i < 5; i++)
		v[2 + i] = buf_str(&f[i]);
	v[7] = text != NULL ? text : buf_str(&body);
	fts_queue(s, FTS_TEXT, id, v);
	for (int i = 0; i < 6; i++)
		buf_free(&f[i]);
	buf_free(&body);
	free(loc);
}

/* What the query language's fields search apart from the text. */
static void
index_facet(struct store *s, long long id, const struct profile *p, int current)
{
	struct buf school = BUF_INIT, degree = BUF_INIT;
	char *place = profile_location_str(p);
	const char *v[FTS_COLS];

	for (size_t i = 0; i < p->neducation; i++) {
		const struct education *e = &p->education[i];
		join_field(&school, e->institution);
		if (e->study_type != NULL || e->area != NULL)
			buf_addf(&degree, "%s%s%s%s", degree.len > 0 ? "\n" : "",
			    e->study_type ? e->study_type : "",
			    e->study_type && e->area ? " " : "", e->area ? e->area : "");
	}
	v[0] = buf_str(&school);
	v[1] = buf_str(&degree);
	v[2] = current >= 0 ? p->work[current].name : NULL;
	v[3] = place;
	fts_queue(s, FTS_FACET, id, v);
	buf_free(&school);
	buf_free(&degree);
	free(place);
}

enum status
store_unindex(struct store *s, long long id)
{
	static const char *const sql[] = {
		"DELETE FROM work WHERE profile_id = ?",
		"DELETE FROM education WHERE profile_id = ?",
		"DELETE FROM skill WHERE profile_id = ?",
		"DELETE FROM profile_fts WHERE rowid = ?",
		"DELETE FROM profile_facet WHERE rowid = ?",
	};
	enum status st;

	fts_unqueue(s, id);
	for (size_t i = 0; i < sizeof sql / sizeof sql[0]; i++) {
		sqlite3_stmt *q = store_prepare(s, sql[i]);
		if (q == NULL)
			return ST_FAIL;
		sqlite3_bind_int64(q, 1, id);
		if ((st = store_run(s, q)) != ST_OK)
			return st;
	}
	return ST_OK;
}

enum status
store_index(struct store *s, long long id, const struct profile *p, const char *text,
    int current, int fresh)
{
	enum status st;

	/* a new profile's id has no rows: a deleted one took its own along */
	if ((!fresh && (st = store_unindex(s, id)) != ST_OK) ||
	    (st = index_work(s, id, p, current)) != ST_OK ||
	    (st = index_education(s, id, p)) != ST_OK ||
	    (st = index_skills(s, id, p)) != ST_OK)
		return st;
	index_facet(s, id, p, current);
	index_fts(s, id, p, text);
	return ST_OK;
}
