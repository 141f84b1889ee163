/*
 * resume: a profile as a JSON Resume document, written as JSON or YAML and
 * read back from either (through doc), so that export then import gives the
 * same profile.  dossier's own fields travel under "meta".
 */
#ifndef DOSSIER_RESUME_H
#define DOSSIER_RESUME_H

#include "buf.h"
#include "doc.h"
#include "profile.h"
#include "status.h"

/* The events a document is written as; JSON and YAML each implement them. */
struct emitter {
	void (*map_begin)(void *);
	void (*map_end)(void *);
	void (*seq_begin)(void *);
	void (*seq_end)(void *);
	void (*key)(void *, const char *);
	void (*str)(void *, const char *);
	void (*num)(void *, long long);
	void *ctx;
};

void resume_emit(const struct profile *, const struct emitter *);
void resume_json(const struct profile *, struct buf *, int pretty);
/* YAML: a document of its own ("---" first) per profile. */
void resume_yaml(const struct profile *, struct buf *);

/* Reads one JSON Resume object. */
enum status resume_from_node(const struct node *, struct profile **, char *err, size_t errlen);
/* Reads a document holding one JSON Resume object or a list of them. */
enum status resume_parse(const char *text, size_t len, const char *name,
    struct profile ***out, size_t *n, char *err, size_t errlen);
/* Looks like JSON Resume (a map with basics or work, or a list of such). */
int resume_sniff(const char *text, size_t len);

#endif
