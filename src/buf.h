/*
 * buf: a growable, always NUL-terminated byte string, and strlist, a growable
 * array of owned strings.  Everything that builds text (JSON, SQL parameters,
 * reports) builds it in one of these.
 */
#ifndef DOSSIER_BUF_H
#define DOSSIER_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *s;
	size_t len, cap;
};

#define BUF_INIT { NULL, 0, 0 }

void buf_grow(struct buf *, size_t);
void buf_add(struct buf *, const void *, size_t);
void buf_adds(struct buf *, const char *);
void buf_addf(struct buf *, const char *, ...) __attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *, const char *, va_list) __attribute__((format(printf, 2, 0)));
void buf_truncate(struct buf *, size_t);
void buf_reset(struct buf *);
const char *buf_str(const struct buf *);
char *buf_detach(struct buf *);
void buf_free(struct buf *);

/* Byte by byte is how most text is built (the importer's passes over a
 * résumé, JSON): inline, no call for one. */
static inline void
buf_addc(struct buf *b, int c)
{
	if (b->len + 2 > b->cap)
		buf_grow(b, 1);
	b->s[b->len++] = (char)c;
	b->s[b->len] = '\0';
}

struct strlist {
	char **v;
	size_t n, cap;
};

#define STRLIST_INIT { NULL, 0, 0 }

void strlist_add(struct strlist *, const char *);
void strlist_addn(struct strlist *, const char *, size_t);
void strlist_take(struct strlist *, char *);
int strlist_find(const struct strlist *, const char *);
int strlist_findcase(const struct strlist *, const char *);
void strlist_remove(struct strlist *, size_t);
void strlist_clear(struct strlist *);
void strlist_copy(struct strlist *, const struct strlist *);

#endif
