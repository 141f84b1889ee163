/*
 * profile: one candidate, shaped like a JSON Resume document plus `patents`.
 *
 * Every string is owned, UTF-8, and NULL when absent (never ""). Dates are
 * ISO strings, "YYYY-MM" or "YYYY"; an entry with a start and no end is
 * ongoing.  Sections are arrays described by a table (profile_sections) so
 * that freeing, copying, serialising and reading them is written once.
 */
#ifndef DOSSIER_PROFILE_H
#define DOSSIER_PROFILE_H

#include <stddef.h>

#include "buf.h"

struct location {
	char *address, *postal_code, *city, *region, *country_code;
};

struct social {
	char *network, *username, *url;
};

struct basics {
	char *name, *label, *image, *email, *phone, *url, *summary;
	struct location location;
	struct social *profiles;
	size_t nprofiles;
};

struct work {
	char *name, *position, *location, *url, *start, *end, *summary;
	struct strlist highlights;
};

struct volunteer {
	char *organization, *position, *url, *start, *end, *summary;
	struct strlist highlights;
};

struct education {
	char *institution, *url, *area, *study_type, *start, *end, *score;
	struct strlist courses;
};

struct award {
	char *title, *date, *awarder, *summary;
};

struct certificate {
	char *name, *date, *issuer, *url;
};

struct publication {
	char *name, *publisher, *release_date, *url, *summary;
};

struct skill {
	char *name, *level;
	struct strlist keywords;
};

struct language {
	char *language, *fluency;
};

struct interest {
	char *name;
	struct strlist keywords;
};

struct reference {
	char *name, *reference;
};

struct project {
	char *name, *description, *entity, *type, *url, *start, *end;
	struct strlist highlights, keywords, roles;
};

struct patent {
	char *number, *title, *status, *date, *url, *summary;
};

enum section {
	SEC_WORK,
	SEC_VOLUNTEER,
	SEC_EDUCATION,
	SEC_AWARDS,
	SEC_CERTIFICATES,
	SEC_PUBLICATIONS,
	SEC_SKILLS,
	SEC_LANGUAGES,
	SEC_INTERESTS,
	SEC_REFERENCES,
	SEC_PROJECTS,
	SEC_PATENTS,
	SEC__COUNT
};

struct profile {
	struct basics basics;
	struct work *work;
	size_t nwork;
	struct volunteer *volunteer;
	size_t nvolunteer;
	struct education *education;
	size_t neducation;
	struct award *awards;
	size_t nawards;
	struct certificate *certificates;
	size_t ncertificates;
	struct publication *publications;
	size_t npublications;
	struct skill *skills;
	size_t nskills;
	struct language *languages;
	size_t nlanguages;
	struct interest *interests;
	size_t ninterests;
	struct reference *references;
	size_t nreferences;
	struct project *projects;
	size_t nprojects;
	struct patent *patents;
	size_t npatents;

	/* dossier's own, kept under "meta" in JSON */
	char *as_of;		/* YYYY-MM that "present" means */
	int stated_months;	/* experience the text states; -1 if none */
};

/* How one field of a record is stored. */
enum field_type {
	FT_STR,		/* char * */
	FT_DATE,	/* char *, ISO date */
	FT_LIST,	/* struct strlist */
};

struct field_desc {
	const char *key;	/* JSON Resume name */
	enum field_type type;
	size_t off;
};

struct section_desc {
	const char *key;	/* JSON Resume name */
	size_t size;		/* of one record */
	size_t off_items, off_count;
	const struct field_desc *fields;
	size_t nfields;
};

extern const struct section_desc profile_sections[SEC__COUNT];
extern const struct field_desc profile_basics_fields[];
extern const size_t profile_nbasics_fields;
extern const struct field_desc profile_location_fields[];
extern const size_t profile_nlocation_fields;
extern const struct field_desc profile_social_fields[];
extern const size_t profile_nsocial_fields;

struct profile *profile_new(void);
void profile_free(struct profile *);
struct profile *profile_copy(const struct profile *);

/* Records of a section: the array, its length, a new zeroed record. */
void *profile_items(const struct profile *, enum section);
size_t profile_count(const struct profile *, enum section);
void *profile_item(const struct profile *, enum section, size_t);
void *profile_append(struct profile *, enum section);
void profile_remove(struct profile *, enum section, size_t);
struct social *profile_add_social(struct profile *);

/* Field access through a descriptor. */
char **field_str(void *record, const struct field_desc *);
struct strlist *field_list(void *record, const struct field_desc *);
void record_free(void *record, const struct field_desc *, size_t);
int record_empty(void *record, const struct field_desc *, size_t);
/* Whether the profile holds nothing at all: no basics, no records. */
int profile_hollow(const struct profile *);

/* Set an owned string: empty and all-blank become NULL. */
void profile_set(char **slot, const char *value);
void profile_setn(char **slot, const char *value, size_t len);

/* The text a profile is searched by: every string it holds, one a line. */
void profile_text(const struct profile *, struct buf *);

/* Drops what must never be stored or shown: control characters, escape
 * sequences, bidi overrides (see utf8_sanitize); and a record (a role, a
 * project...) left with nothing in it. */
void profile_sanitize(struct profile *);
/* Whether profile_sanitize would leave it as it is. */
int profile_clean(const struct profile *);

/* "City, Region, CC" from the location, or NULL. Owned by the caller. */
char *profile_location_str(const struct profile *);

#endif
