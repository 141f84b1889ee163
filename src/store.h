/*
 * store: the candidate database (SQLite).
 *
 * One file holds profiles (as JSON Resume, with the columns lists and sorts
 * need), every raw text each was imported from, tags, notes and seen-state
 * with who and when, an event log, and the FTS5 index.  Every write is one
 * transaction; statements are prepared, values bound, never spliced.  Several
 * people may use one file at once: WAL mode, a busy timeout, and writes that
 * take the lock up front (BEGIN IMMEDIATE) so none is lost to another.
 */
#ifndef DOSSIER_STORE_H
#define DOSSIER_STORE_H

#include <stddef.h>
#include <sqlite3.h>

#include "profile.h"
#include "status.h"

#define STORE_VERSION 6

enum {
	STORE_CREATE = 1,	/* create the file if missing */
	STORE_READONLY = 2,
	STORE_GROUP = 4,	/* shared by a group: mode 0660, not 0600 */
};

struct store;

enum status store_open(const char *path, int flags, struct store **, char *err, size_t errlen);
void store_close(struct store *);
sqlite3 *store_db(struct store *);
const char *store_error(struct store *);
/* Keeps SQLite's message for store_error() and maps rc to a status; for
 * modules that run their own statements on store_db() (query). */
enum status store_sqlerr(struct store *, int rc);
/* A long run of writes lies ahead (an import): a page cache large enough
 * that a batch's index pages reach the write-ahead log once, not each time
 * the cache spills, and checkpoints after more of the log. */
void store_bulk(struct store *);
/* Bumps when another connection commits: a cheap "did anything change". */
long long store_data_version(struct store *);

enum status store_begin(struct store *);
enum status store_commit(struct store *);
void store_rollback(struct store *);

/* What a profile was imported from. */
struct source {
	const char *raw;	/* the bytes as read */
	size_t rawlen;
	const char *text;	/* the text after repair, for the index */
	const char *origin;	/* file name, "-" for standard input */
	const char *as_of;	/* YYYY-MM */
	const char *user;
	const char *sha256;	/* raw's digest in hex, if the caller has it */
};

enum put_result {
	PUT_INSERTED,
	PUT_UPDATED,	/* the same person: updated in place */
	PUT_SKIPPED,	/* the same text: nothing to do */
};

/* Stores an imported profile: skips a text seen before, updates the same
 * person (by email, else phone, else name and earliest employer), else
 * inserts.  One transaction. */
enum status store_put(struct store *, const struct profile *, const struct source *,
    long long *id, enum put_result *);
/* A text of this SHA-256 (in hex, as sha256_hex writes it) is already
 * stored: *id is its profile. */
enum status store_find_digest(struct store *, const char *sha, long long *id);
/* Replaces a profile's parsed content, keeping its sources and marks. */
enum status store_replace(struct store *, long long id, const struct profile *,
    const char *text, const char *user);
enum status store_get(struct store *, long long id, struct profile **);
enum status store_exists(struct store *, long long id);
/* Erases a profile with its sources, tags, notes, events and index rows.
 * Deleted content is overwritten with zeros (secure_delete), but the search
 * index keeps deleted terms in its segments and the write-ahead log keeps
 * old pages until store_scrub. */
enum status store_delete(struct store *, long long id);
/* Completes erasure: merges the search index into one segment, which drops
 * deleted terms, then checkpoints the write-ahead log and truncates it to
 * nothing.  Its cost grows with the index (see dossier(1), ERASURE).
 * store_close runs it if anything was deleted and it has not run since.
 * ST_BUSY when other sessions reading kept the log from being emptied: the
 * old pages then go at the next checkpoint. */
enum status store_scrub(struct store *);
/* How many profiles: kept by triggers, so it costs no scan. */
enum status store_count(struct store *, long long *n);

/* The latest raw text of a profile, for reimport. */
struct raw_text {
	char *raw;
	size_t len;
	char *origin, *as_of;
};
enum status store_raw(struct store *, long long id, struct raw_text *);
void store_raw_free(struct raw_text *);
/* Every version, newest first. */
enum status store_versions(struct store *, long long id, struct raw_text **, size_t *);

/* Marks */
struct tag_mark {
	char *tag, *user;
	long long at;
};
struct note_mark {
	long long id;
	char *user, *text;
	long long at;
};
struct event_mark {
	char *user, *action, *detail;
	long long at;
};

/* ST_OK if it changed, ST_EXISTS if it already was so. */
enum status store_tag(struct store *, long long id, const char *tag, const char *user, int on);
enum status store_note(struct store *, long long id, const char *user, const char *text);
enum status store_seen(struct store *, long long id, const char *user, int seen);
int store_is_seen(struct store *, long long id, const char *user);
enum status store_tags(struct store *, long long id, struct tag_mark **, size_t *);
enum status store_notes(struct store *, long long id, struct note_mark **, size_t *);
enum status store_events(struct store *, long long id, struct event_mark **, size_t *);
void store_tags_free(struct tag_mark *, size_t);
void store_notes_free(struct note_mark *, size_t);
void store_events_free(struct event_mark *, size_t);

/* Every tag in use, with how many profiles carry it. */
struct tag_count {
	char *tag;
	long long n;
};
enum status store_tag_counts(struct store *, struct tag_count **, size_t *);
void store_tag_counts_free(struct tag_count *, size_t);

#endif
