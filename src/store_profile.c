/*
 * Profiles in the store: put (insert, update the same person, or skip the
 * same text), get, replace, delete.  The rows derived from a profile for
 * lists and search are store_index.c's.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "career.h"
#include "resume.h"
#include "sha256.h"
#include "store_internal.h"
#include "xalloc.h"

static char *
key_email(const struct profile *p)
{
	char *k;

	if (p->basics.email == NULL)
		return NULL;
	k = xstrdup(p->basics.email);
	for (char *c = k; *c != '\0'; c++)
		*c = (char)tolower((unsigned char)*c);
	return k;
}

/* The last ten digits: "+91 74064 79544" and "074064 79544" are one phone. */
static char *
key_phone(const struct profile *p)
{
	char d[64];
	size_t n = 0;

	if (p->basics.phone == NULL)
		return NULL;
	for (const char *c = p->basics.phone; *c != '\0' && n < sizeof d - 1; c++)
		if (isdigit((unsigned char)*c))
			d[n++] = *c;
	d[n] = '\0';
	if (n < 7)
		return NULL;
	return xstrdup(n > 10 ? d + n - 10 : d);
}

/* The earliest employer stays the same when a newer résumé adds a job. */
static const char *
earliest_employer(const struct profile *p)
{
	const char *best = NULL;
	int bi = 0, from, to;
	struct ym now = { 9999, 12 };

	for (size_t i = 0; i < p->nwork; i++) {
		if (p->work[i].name == NULL)
			continue;
		if (career_interval(p->work[i].start, p->work[i].end, now, &from, &to) != 0)
			from = 9999 * 12;
		if (best == NULL || from <= bi) {
			best = p->work[i].name;
			bi = from;
		}
	}
	return best;
}

static char *
key_name(const struct profile *p)
{
	const char *emp = earliest_employer(p);
	char *k;

	if (p->basics.name == NULL || emp == NULL)
		return NULL;
	k = xprintf("%s|%s", p->basics.name, emp);
	for (char *c = k; *c != '\0'; c++)
		*c = (char)tolower((unsigned char)*c);
	return k;
}

/* Whether a stored row's stronger keys contradict the new profile's: a
 * phone or a name that matches is not the same person when the emails (or,
 * for a name, the phones) both exist and differ. */
static int
person_conflicts(sqlite3_stmt *q, char *const keys[3], int upto)
{
	for (int j = 0; j < upto; j++) {
		const char *stored = (const char *)sqlite3_column_text(q, 1 + j);
		if (keys[j] != NULL && stored != NULL && strcmp(keys[j], stored) != 0)
			return 1;
	}
	return 0;
}

/* What a profile's rows are made of, worked out once a write. */
struct derived {
	char *keys[3];		/* same-person keys: email, phone, name */
	struct career career;
};

static void
derive(const struct profile *p, struct derived *d)
{
	d->keys[0] = key_email(p);
	d->keys[1] = key_phone(p);
	d->keys[2] = key_name(p);
	career_compute(p, &d->career);
}

static void
derived_free(struct derived *d)
{
	for (int i = 0; i < 3; i++)
		free(d->keys[i]);
	career_free(&d->career);
}

/* Looks for the same person: email, else phone, else name and employer. */
static enum status
store_find_person(struct store *s, char *const keys[3], long long *id)
{
	static const char *const cols[] = { "email_key", "phone_key", "name_key" };
	enum status st = ST_NOTFOUND;

	for (int i = 0; i < 3 && st == ST_NOTFOUND; i++) {
		char sql[128];
		sqlite3_stmt *q;
		if (keys[i] == NULL)
			continue;
		snprintf(sql, sizeof sql, "SELECT id, email_key, phone_key FROM profile "
		    "WHERE %s = ? ORDER BY id", cols[i]);
		if ((q = store_prepare(s, sql)) == NULL) {
			st = ST_FAIL;
			break;
		}
		store_bind_exact(q, 1, keys[i]);
		while (st == ST_NOTFOUND && sqlite3_step(q) == SQLITE_ROW) {
			if (person_conflicts(q, keys, i))
				continue;
			*id = sqlite3_column_int64(q, 0);
			st = ST_OK;
		}
		store_release(s, q);
	}
	return st;
}

static enum status
find_sha(struct store *s, const char *sha, long long *id)
{
	sqlite3_stmt *q = store_prepare(s, "SELECT profile_id FROM source WHERE sha256 = ?");
	enum status st = ST_NOTFOUND;

	if (q == NULL)
		return ST_FAIL;
	store_bind_exact(q, 1, sha);
	if (sqlite3_step(q) == SQLITE_ROW) {
		*id = sqlite3_column_int64(q, 0);
		st = ST_OK;
	}
	store_release(s, q);
	return st;
}

enum status
store_find_digest(struct store *s, const char *sha, long long *id)
{
	return find_sha(s, sha, id);
}

/* Writes the profile row: insert when *id is 0, else update in place. */
static enum status
store_write_row(struct store *s, long long *id, const struct profile *p,
    const struct derived *d, const char *user)
{
	static const char ins[] = "INSERT INTO profile(name, label, email, phone, location, "
	    "company, title, months, as_of, email_key, phone_key, name_key, doc, updated_at, "
	    "updated_by, created_at, created_by, sort_name) "
	    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?14,?15,?17)";
	static const char upd[] = "UPDATE profile SET name=?, label=?, email=?, phone=?, "
	    "location=?, company=?, title=?, months=?, as_of=?, email_key=?, phone_key=?, "
	    "name_key=?, doc=?, updated_at=?, updated_by=?, sort_name=?17 WHERE id=?16";
	struct buf doc = BUF_INIT;
	char *loc = profile_location_str(p), *sort = store_sort_name(p->basics.name);
	const struct work *cur;
	sqlite3_stmt *q = store_prepare(s, *id == 0 ? ins : upd);
	enum status st = ST_FAIL;

	cur = d->career.current >= 0 ? &p->work[d->career.current] : NULL;
	resume_json(p, &doc, 0);
	if (q != NULL) {
		store_bind_text(q, 1, p->basics.name != NULL ? p->basics.name : "");
		store_bind_text(q, 2, p->basics.label);
		store_bind_text(q, 3, p->basics.email);
		store_bind_text(q, 4, p->basics.phone);
		store_bind_text(q, 5, loc);
		store_bind_text(q, 6, cur != NULL ? cur->name : NULL);
		store_bind_text(q, 7, cur != NULL ? cur->position : NULL);
		sqlite3_bind_int(q, 8, d->career.total_months);
		store_bind_text(q, 9, p->as_of);
		for (int i = 0; i < 3; i++)
			store_bind_text(q, 10 + i, d->keys[i]);
		store_bind_text(q, 13, buf_str(&doc));
		sqlite3_bind_int64(q, 14, store_now());
		store_bind_text(q, 15, user);
		if (*id != 0)
			sqlite3_bind_int64(q, 16, *id);
		store_bind_text(q, 17, sort);
		st = store_run(s, q);
		if (st == ST_OK && *id == 0)
			*id = sqlite3_last_insert_rowid(s->db);
	}
	buf_free(&doc);
	free(loc);
	free(sort);
	return st;
}

static enum status
store_add_source(struct store *s, long long id, const struct source *src, const char *sha)
{
	sqlite3_stmt *q = store_prepare(s, "INSERT INTO source(profile_id, sha256, raw, origin, "
	    "as_of, imported_at, imported_by) VALUES (?,?,?,?,?,?,?)");

	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, id);
	store_bind_text(q, 2, sha);
	sqlite3_bind_blob64(q, 3, src->raw, src->rawlen, SQLITE_TRANSIENT);
	store_bind_text(q, 4, src->origin);
	store_bind_text(q, 5, src->as_of);
	sqlite3_bind_int64(q, 6, store_now());
	store_bind_text(q, 7, src->user);
	return store_run(s, q);
}

static enum status
store_put_derived(struct store *s, const struct profile *p, const struct source *src,
    const char *sha, long long *id, enum put_result *res)
{
	struct derived d;
	enum status st;

	derive(p, &d);
	st = store_find_person(s, d.keys, id);
	if (st == ST_OK || st == ST_NOTFOUND) {
		*res = st == ST_OK ? PUT_UPDATED : PUT_INSERTED;
		if ((st = store_write_row(s, id, p, &d, src->user)) == ST_OK &&
		    (st = store_add_source(s, *id, src, sha)) == ST_OK &&
		    (st = store_index(s, *id, p, src->text, d.career.current,
		    *res == PUT_INSERTED)) == ST_OK)
			st = store_event(s, *id, src->user, *res == PUT_INSERTED ? "import" :
			    "update", src->origin);
	}
	derived_free(&d);
	return st;
}

static enum status
store_put_locked(struct store *s, const struct profile *p, const struct source *src,
    long long *id, enum put_result *res)
{
	char sha[65];
	enum status st;

	*id = 0;
	if (src->sha256 != NULL)
		snprintf(sha, sizeof sha, "%s", src->sha256);
	else
		sha256_hex(src->raw, src->rawlen, sha);
	if ((st = find_sha(s, sha, id)) != ST_NOTFOUND) {
		*res = PUT_SKIPPED;
		return st;
	}
	return store_put_derived(s, p, src, sha, id, res);
}

/* The profile as it is stored: sanitized here whatever the caller did, since
 * the JSON document would keep an escaped control that binding cannot see;
 * NULL when it is clean already (an import sanitizes each as it parses). */
static struct profile *
store_clean(const struct profile *p)
{
	struct profile *c;

	if (profile_clean(p))
		return NULL;
	c = profile_copy(p);
	profile_sanitize(c);
	return c;
}

enum status
store_put(struct store *s, const struct profile *p, const struct source *src, long long *id,
    enum put_result *res)
{
	struct profile *c;
	enum status st;

	if ((st = store_begin(s)) != ST_OK)
		return st;
	c = store_clean(p);
	st = store_put_locked(s, c != NULL ? c : p, src, id, res);
	profile_free(c);
	if (st != ST_OK) {
		store_rollback(s);
		return st;
	}
	return store_commit(s);
}

enum status
store_replace(struct store *s, long long id, const struct profile *p, const char *text,
    const char *user)
{
	struct profile *c;
	struct derived d;
	enum status st;

	if ((st = store_begin(s)) != ST_OK)
		return st;
	c = store_clean(p);
	if (c != NULL)
		p = c;
	derive(p, &d);
	if ((st = store_exists(s, id)) != ST_OK ||
	    (st = store_write_row(s, &id, p, &d, user)) != ST_OK ||
	    (st = store_index(s, id, p, text, d.career.current, 0)) != ST_OK ||
	    (st = store_event(s, id, user, "reimport", NULL)) != ST_OK) {
		derived_free(&d);
		profile_free(c);
		store_rollback(s);
		return st;
	}
	derived_free(&d);
	profile_free(c);
	return store_commit(s);
}

enum status
store_exists(struct store *s, long long id)
{
	sqlite3_stmt *q = store_prepare(s, "SELECT 1 FROM profile WHERE id = ?");
	int rc;

	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, id);
	rc = sqlite3_step(q);
	store_release(s, q);
	if (rc == SQLITE_ROW)
		return ST_OK;
	return rc == SQLITE_DONE ? ST_NOTFOUND : store_sqlerr(s, rc);
}

enum status
store_get(struct store *s, long long id, struct profile **out)
{
	sqlite3_stmt *q = store_prepare(s, "SELECT doc FROM profile WHERE id = ?");
	struct profile **v = NULL;
	size_t n = 0;
	enum status st = ST_NOTFOUND;
	int rc;

	*out = NULL;
	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, id);
	if ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *doc = (const char *)sqlite3_column_text(q, 0);
		st = resume_parse(doc, (size_t)sqlite3_column_bytes(q, 0), "profile", &v, &n,
		    s->err, sizeof s->err);
		if (st == ST_OK && n == 1)
			*out = v[0];
		else if (st == ST_OK) {
			for (size_t i = 0; i < n; i++)
				profile_free(v[i]);
			st = ST_DATA;
		}
		free(v);
	} else if (rc != SQLITE_DONE)
		st = store_sqlerr(s, rc);
	store_release(s, q);
	return st;
}

enum status
store_delete(struct store *s, long long id)
{
	sqlite3_stmt *q;
	enum status st;

	if ((st = store_begin(s)) != ST_OK)
		return st;
	if ((st = store_exists(s, id)) != ST_OK || (st = store_unindex(s, id)) != ST_OK) {
		store_rollback(s);
		return st;
	}
	/* sources, tags, notes, seen and events go with it (ON DELETE CASCADE) */
	q = store_prepare(s, "DELETE FROM profile WHERE id = ?");
	if (q != NULL)
		sqlite3_bind_int64(q, 1, id);
	if ((st = store_run(s, q)) != ST_OK) {
		store_rollback(s);
		return st;
	}
	if ((st = store_commit(s)) == ST_OK)
		s->erased = 1;
	return st;
}

enum status
store_count(struct store *s, long long *n)
{
	sqlite3_stmt *q = store_prepare(s, "SELECT n FROM profile_count");
	int rc;

	if (q == NULL)
		return ST_FAIL;
	rc = sqlite3_step(q);
	*n = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
	store_release(s, q);
	return rc == SQLITE_ROW ? ST_OK : store_sqlerr(s, rc);
}

static void
raw_from_row(sqlite3_stmt *q, struct raw_text *r)
{
	const void *b = sqlite3_column_blob(q, 0);

	r->len = (size_t)sqlite3_column_bytes(q, 0);
	r->raw = xmalloc(r->len + 1);
	if (r->len > 0)
		memcpy(r->raw, b, r->len);
	r->raw[r->len] = '\0';
	r->origin = store_column_dup(q, 1);
	r->as_of = store_column_dup(q, 2);
}

enum status
store_versions(struct store *s, long long id, struct raw_text **out, size_t *n)
{
	sqlite3_stmt *q = store_prepare(s, "SELECT raw, origin, as_of FROM source "
	    "WHERE profile_id = ? ORDER BY id DESC");
	int rc;

	*out = NULL;
	*n = 0;
	if (q == NULL)
		return ST_FAIL;
	sqlite3_bind_int64(q, 1, id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		raw_from_row(q, &(*out)[(*n)++]);
	}
	store_release(s, q);
	if (rc != SQLITE_DONE)
		return store_sqlerr(s, rc);
	return *n > 0 ? ST_OK : ST_NOTFOUND;
}

enum status
store_raw(struct store *s, long long id, struct raw_text *r)
{
	struct raw_text *v;
	size_t n;
	enum status st = store_versions(s, id, &v, &n);

	memset(r, 0, sizeof *r);
	if (st != ST_OK)
		return st;
	*r = v[0];
	for (size_t i = 1; i < n; i++)
		store_raw_free(&v[i]);
	free(v);
	return ST_OK;
}

void
store_raw_free(struct raw_text *r)
{
	free(r->raw);
	free(r->origin);
	free(r->as_of);
	memset(r, 0, sizeof *r);
}
