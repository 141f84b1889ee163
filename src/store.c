#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store_internal.h"
#include "utf8.h"
#include "xalloc.h"

#define BUSY_TIMEOUT_MS 10000
#define BEGIN_TRIES 3

enum status
store_sqlerr(struct store *s, int rc)
{
	snprintf(s->err, sizeof s->err, "%s", sqlite3_errmsg(s->db));
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return ST_BUSY;
	case SQLITE_NOMEM:
		return ST_NOMEM;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return ST_DATA;
	case SQLITE_CANTOPEN:
		return ST_NOINPUT;
	case SQLITE_IOERR:
	case SQLITE_FULL:
	case SQLITE_READONLY:
	case SQLITE_PERM:
		return ST_IO;
	default:
		return ST_FAIL;
	}
}

enum status
store_exec(struct store *s, const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);

	if (rc != SQLITE_OK) {
		snprintf(s->err, sizeof s->err, "%s", msg != NULL ? msg : sqlite3_errstr(rc));
		sqlite3_free(msg);
		return store_sqlerr(s, rc) == ST_BUSY ? ST_BUSY : ST_FAIL;
	}
	return ST_OK;
}

/* Every text the store writes passes here, so whatever a caller forgot,
 * no control character, escape sequence or bidi override is ever stored
 * (raw imported bytes are BLOBs, kept as read and never shown). */
void
store_bind_text(sqlite3_stmt *st, int i, const char *v)
{
	char *clean;

	if (v != NULL && utf8_clean(v, strlen(v), 1)) {
		sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
		return;
	}
	clean = v != NULL ? utf8_sanitize(v, strlen(v), 1) : NULL;
	if (clean == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, clean, -1, free);
}

/* Keys made by the store itself have nothing to clean; copying them again
 * would only cost. */
void
store_bind_exact(sqlite3_stmt *st, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

char *
store_column_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *v = sqlite3_column_text(st, i);

	return v != NULL ? xstrdup((const char *)v) : NULL;
}

long long
store_now(void)
{
	return (long long)time(NULL);
}

/* The file is made before SQLite sees it, so it never exists with a wider
 * mode than asked; SQLite gives -wal and -shm the same mode. */
static enum status
store_create_file(const char *path, int flags, char *err, size_t errlen)
{
	mode_t mode = (flags & STORE_GROUP) ? 0660 : 0600;
	mode_t old = umask(0);
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	int e = errno;

	umask(old);
	if (fd >= 0) {
		close(fd);
		return ST_OK;
	}
	if (e == EEXIST)
		return ST_OK;
	snprintf(err, errlen, "%s: %s", path, strerror(e));
	return e == ENOENT || e == ENOTDIR ? ST_NOINPUT : ST_IO;
}

/* Anyone who can write the write-ahead log can write the database. */
static enum status
store_check_sidecars(const char *path, char *err, size_t errlen)
{
	static const char *const ext[] = { "-wal", "-shm" };
	struct stat sb;

	for (size_t i = 0; i < 2; i++) {
		char *side = xprintf("%s%s", path, ext[i]);
		int bad = stat(side, &sb) == 0 && (sb.st_mode & S_IWOTH);
		if (bad)
			snprintf(err, errlen, "%s: refusing a world-writable database file "
			    "(chmod o-w it)", side);
		free(side);
		if (bad)
			return ST_IO;
	}
	return ST_OK;
}

static enum status
store_check_file(const char *path, int flags, char *err, size_t errlen)
{
	struct stat sb;

	if (stat(path, &sb) != 0) {
		if (errno == ENOENT && (flags & STORE_CREATE))
			return store_create_file(path, flags, err, errlen);
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return errno == ENOENT ? ST_NOINPUT : ST_IO;
	}
	if (S_ISDIR(sb.st_mode)) {
		snprintf(err, errlen, "%s: is a directory", path);
		return ST_NOINPUT;
	}
	if (sb.st_mode & S_IWOTH) {
		snprintf(err, errlen, "%s: refusing a world-writable database "
		    "(chmod o-w it)", path);
		return ST_IO;
	}
	return store_check_sidecars(path, err, errlen);
}

static int
store_is_wal(struct store *s)
{
	sqlite3_stmt *st = store_prepare(s, "PRAGMA journal_mode");
	int wal = 0;

	if (st != NULL && sqlite3_step(st) == SQLITE_ROW)
		wal = sqlite3_stricmp((const char *)sqlite3_column_text(st, 0), "wal") == 0;
	store_release(s, st);
	return wal;
}

/* WAL is a property of the file, set by whichever process opens it first.
 * Turning it on needs the file to itself and SQLite runs no busy handler
 * for that, so when several open a new database at once the losers wait
 * here, until the winner has done it or the busy timeout has passed. */
static enum status
store_wal(struct store *s)
{
	enum status st = ST_OK;

	for (int waited = 0, pause = 2; !store_is_wal(s); waited += pause) {
		if ((st = store_exec(s, "PRAGMA journal_mode=WAL")) == ST_OK && store_is_wal(s))
			break;
		if (st != ST_BUSY && st != ST_OK)
			return st;
		if (waited > BUSY_TIMEOUT_MS) {
			snprintf(s->err, sizeof s->err, "could not turn on write-ahead logging: %s",
			    st == ST_BUSY ? "the database stayed locked" : "refused");
			return ST_BUSY;
		}
		sqlite3_sleep(pause);
		if (pause < 200)
			pause *= 2;
	}
	return store_exec(s, "PRAGMA synchronous=NORMAL");
}

/* No mmap_size: mapping the file rather than reading its pages saved a
 * tenth of a ranked query's time inside one process, but nothing over a
 * whole `dossier list`, which pays for the mapping and its page faults
 * (./dev bench query, 100,000 profiles). */
static enum status
store_pragmas(struct store *s)
{
	enum status st;

	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	if ((st = store_exec(s, "PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;")) != ST_OK)
		return st;
	if (s->readonly)
		return ST_OK;
	return store_wal(s);
}

enum status
store_open(const char *path, int flags, struct store **out, char *err, size_t errlen)
{
	struct store *s;
	enum status st;
	int oflags = (flags & STORE_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;

	*out = NULL;
	if ((st = store_check_file(path, flags, err, errlen)) != ST_OK)
		return st;
	s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	s->readonly = (flags & STORE_READONLY) != 0;
	if (sqlite3_open_v2(path, &s->db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "%s: %s", path, s->db ? sqlite3_errmsg(s->db) :
		    "cannot open database");
		store_close(s);
		return ST_IO;
	}
	sqlite3_extended_result_codes(s->db, 1);
	if ((st = store_pragmas(s)) == ST_OK && (st = store_migrate(s)) == ST_OK)
		st = store_rank_register(s);
	if (st != ST_OK) {
		snprintf(err, errlen, "%s: %s", path, s->err);
		store_close(s);
		return st == ST_FAIL ? ST_DATA : st;
	}
	*out = s;
	return ST_OK;
}

/* FTS5 leaves a deleted row's terms in the segments of its indexes (the
 * text's, the facets', the notes') until they are merged (SQLite 3.42's
 * secure-delete option is newer than what we build on), and the write-ahead
 * log keeps the pages a transaction replaced until a checkpoint copies them
 * back; TRUNCATE then empties the log file. */
enum status
store_scrub(struct store *s)
{
	enum status st;
	int rc;

	if (s->readonly)
		return ST_OK;
	if ((st = store_begin(s)) != ST_OK)
		return st;
	if ((st = store_exec(s, "INSERT INTO profile_fts(profile_fts) VALUES('optimize');"
	    "INSERT INTO profile_facet(profile_facet) VALUES('optimize');"
	    "INSERT INTO note_fts(note_fts) VALUES('optimize');")) != ST_OK) {
		store_rollback(s);
		return st;
	}
	if ((st = store_commit(s)) != ST_OK)
		return st;
	s->erased = 0;
	rc = sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	if (rc != SQLITE_OK) {
		st = store_sqlerr(s, rc);
		if (st == ST_BUSY)
			snprintf(s->err, sizeof s->err, "other sessions are reading: the "
			    "write-ahead log keeps old pages until they close");
		return st;
	}
	return ST_OK;
}

void
store_close(struct store *s)
{
	if (s == NULL)
		return;
	if (s->erased)
		store_scrub(s);
	store_stmts_free(s);
	store_index_drop(s);
	free(s->fts);
	sqlite3_close_v2(s->db);
	free(s->path);
	free(s);
}

#define BULK_CACHE_KIB 65536
#define BULK_CHECKPOINT_PAGES 8192

void
store_bulk(struct store *s)
{
	char sql[48];

	snprintf(sql, sizeof sql, "PRAGMA cache_size=-%d", BULK_CACHE_KIB);
	store_exec(s, sql);
	/* the search index's statements keep journals of the pages they
	 * change, as big as a segment merge: in memory, not temporary files */
	store_exec(s, "PRAGMA temp_store=MEMORY");
	sqlite3_wal_autocheckpoint(s->db, BULK_CHECKPOINT_PAGES);
}

sqlite3 *
store_db(struct store *s)
{
	return s->db;
}

const char *
store_error(struct store *s)
{
	return s->err;
}

long long
store_data_version(struct store *s)
{
	sqlite3_stmt *st = store_prepare(s, "PRAGMA data_version");
	long long v = -1;

	if (st != NULL && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	store_release(s, st);
	return v;
}

/* BEGIN, COMMIT and ROLLBACK run for every batch: kept statements too. */
static enum status
store_txn(struct store *s, const char *sql)
{
	enum status st = store_run(s, store_prepare(s, sql));

	return st == ST_OK || st == ST_BUSY ? st : ST_FAIL;
}

/* Writers take the lock at BEGIN, so two writers never deadlock halfway.
 * Waiting for it is the busy handler's job; should a long import keep the
 * lock past its timeout, BEGIN is tried again a few times before the user
 * hears of it. */
enum status
store_begin(struct store *s)
{
	enum status st = ST_OK;

	if (s->depth++ > 0)
		return ST_OK;
	for (int i = 0; i < BEGIN_TRIES; i++)
		if ((st = store_txn(s, "BEGIN IMMEDIATE")) != ST_BUSY)
			break;
	if (st != ST_OK)
		s->depth = 0;
	return st;
}

/* Should the queued search rows fail to go in, nothing of the transaction
 * does: a profile is never stored without its index. */
enum status
store_commit(struct store *s)
{
	enum status st;

	if (s->depth == 0 || --s->depth > 0)
		return ST_OK;
	if ((st = store_index_flush(s)) != ST_OK) {
		s->depth = 1;
		store_rollback(s);
		return st;
	}
	return store_txn(s, "COMMIT");
}

void
store_rollback(struct store *s)
{
	if (s->depth == 0)
		return;
	s->depth = 0;
	store_index_drop(s);
	store_txn(s, "ROLLBACK");
}
