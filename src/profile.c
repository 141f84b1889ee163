#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "profile.h"
#include "utf8.h"
#include "xalloc.h"

#define F(st, key, type, member) { key, type, offsetof(struct st, member) }
#define N(a) (sizeof(a) / sizeof((a)[0]))

const struct field_desc profile_basics_fields[] = {
	F(basics, "name", FT_STR, name),
	F(basics, "label", FT_STR, label),
	F(basics, "image", FT_STR, image),
	F(basics, "email", FT_STR, email),
	F(basics, "phone", FT_STR, phone),
	F(basics, "url", FT_STR, url),
	F(basics, "summary", FT_STR, summary),
};
const size_t profile_nbasics_fields = N(profile_basics_fields);

const struct field_desc profile_location_fields[] = {
	F(location, "address", FT_STR, address),
	F(location, "postalCode", FT_STR, postal_code),
	F(location, "city", FT_STR, city),
	F(location, "region", FT_STR, region),
	F(location, "countryCode", FT_STR, country_code),
};
const size_t profile_nlocation_fields = N(profile_location_fields);

const struct field_desc profile_social_fields[] = {
	F(social, "network", FT_STR, network),
	F(social, "username", FT_STR, username),
	F(social, "url", FT_STR, url),
};
const size_t profile_nsocial_fields = N(profile_social_fields);

static const struct field_desc work_fields[] = {
	F(work, "name", FT_STR, name),
	F(work, "position", FT_STR, position),
	F(work, "location", FT_STR, location),
	F(work, "url", FT_STR, url),
	F(work, "startDate", FT_DATE, start),
	F(work, "endDate", FT_DATE, end),
	F(work, "summary", FT_STR, summary),
	F(work, "highlights", FT_LIST, highlights),
};

static const struct field_desc volunteer_fields[] = {
	F(volunteer, "organization", FT_STR, organization),
	F(volunteer, "position", FT_STR, position),
	F(volunteer, "url", FT_STR, url),
	F(volunteer, "startDate", FT_DATE, start),
	F(volunteer, "endDate", FT_DATE, end),
	F(volunteer, "summary", FT_STR, summary),
	F(volunteer, "highlights", FT_LIST, highlights),
};

static const struct field_desc education_fields[] = {
	F(education, "institution", FT_STR, institution),
	F(education, "url", FT_STR, url),
	F(education, "area", FT_STR, area),
	F(education, "studyType", FT_STR, study_type),
	F(education, "startDate", FT_DATE, start),
	F(education, "endDate", FT_DATE, end),
	F(education, "score", FT_STR, score),
	F(education, "courses", FT_LIST, courses),
};

static const struct field_desc award_fields[] = {
	F(award, "title", FT_STR, title),
	F(award, "date", FT_DATE, date),
	F(award, "awarder", FT_STR, awarder),
	F(award, "summary", FT_STR, summary),
};

static const struct field_desc certificate_fields[] = {
	F(certificate, "name", FT_STR, name),
	F(certificate, "date", FT_DATE, date),
	F(certificate, "issuer", FT_STR, issuer),
	F(certificate, "url", FT_STR, url),
};

static const struct field_desc publication_fields[] = {
	F(publication, "name", FT_STR, name),
	F(publication, "publisher", FT_STR, publisher),
	F(publication, "releaseDate", FT_DATE, release_date),
	F(publication, "url", FT_STR, url),
	F(publication, "summary", FT_STR, summary),
};

static const struct field_desc skill_fields[] = {
	F(skill, "name", FT_STR, name),
	F(skill, "level", FT_STR, level),
	F(skill, "keywords", FT_LIST, keywords),
};

static const struct field_desc language_fields[] = {
	F(language, "language", FT_STR, language),
	F(language, "fluency", FT_STR, fluency),
};

static const struct field_desc interest_fields[] = {
	F(interest, "name", FT_STR, name),
	F(interest, "keywords", FT_LIST, keywords),
};

static const struct field_desc reference_fields[] = {
	F(reference, "name", FT_STR, name),
	F(reference, "reference", FT_STR, reference),
};

static const struct field_desc project_fields[] = {
	F(project, "name", FT_STR, name),
	F(project, "description", FT_STR, description),
	F(project, "entity", FT_STR, entity),
	F(project, "type", FT_STR, type),
	F(project, "url", FT_STR, url),
	F(project, "startDate", FT_DATE, start),
	F(project, "endDate", FT_DATE, end),
	F(project, "highlights", FT_LIST, highlights),
	F(project, "keywords", FT_LIST, keywords),
	F(project, "roles", FT_LIST, roles),
};

static const struct field_desc patent_fields[] = {
	F(patent, "number", FT_STR, number),
	F(patent, "title", FT_STR, title),
	F(patent, "status", FT_STR, status),
	F(patent, "date", FT_DATE, date),
	F(patent, "url", FT_STR, url),
	F(patent, "summary", FT_STR, summary),
};

#define S(key, type, items, count, fields) \
	{ key, sizeof(struct type), offsetof(struct profile, items), \
	  offsetof(struct profile, count), fields, N(fields) }

const struct section_desc profile_sections[SEC__COUNT] = {
	[SEC_WORK] = S("work", work, work, nwork, work_fields),
	[SEC_VOLUNTEER] = S("volunteer", volunteer, volunteer, nvolunteer, volunteer_fields),
	[SEC_EDUCATION] = S("education", education, education, neducation, education_fields),
	[SEC_AWARDS] = S("awards", award, awards, nawards, award_fields),
	[SEC_CERTIFICATES] = S("certificates", certificate, certificates, ncertificates,
	    certificate_fields),
	[SEC_PUBLICATIONS] = S("publications", publication, publications, npublications,
	    publication_fields),
	[SEC_SKILLS] = S("skills", skill, skills, nskills, skill_fields),
	[SEC_LANGUAGES] = S("languages", language, languages, nlanguages, language_fields),
	[SEC_INTERESTS] = S("interests", interest, interests, ninterests, interest_fields),
	[SEC_REFERENCES] = S("references", reference, references, nreferences, reference_fields),
	[SEC_PROJECTS] = S("projects", project, projects, nprojects, project_fields),
	[SEC_PATENTS] = S("patents", patent, patents, npatents, patent_fields),
};

struct profile *
profile_new(void)
{
	struct profile *p = xcalloc(1, sizeof *p);

	p->stated_months = -1;
	return p;
}

char **
field_str(void *record, const struct field_desc *f)
{
	return (char **)(void *)((char *)record + f->off);
}

struct strlist *
field_list(void *record, const struct field_desc *f)
{
	return (struct strlist *)(void *)((char *)record + f->off);
}

void
record_free(void *record, const struct field_desc *fields, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (fields[i].type == FT_LIST)
			strlist_clear(field_list(record, &fields[i]));
		else {
			char **s = field_str(record, &fields[i]);
			free(*s);
			*s = NULL;
		}
	}
}

int
record_empty(void *record, const struct field_desc *fields, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (fields[i].type == FT_LIST) {
			if (field_list(record, &fields[i])->n > 0)
				return 0;
		} else if (*field_str(record, &fields[i]) != NULL)
			return 0;
	}
	return 1;
}

int
profile_hollow(const struct profile *p)
{
	struct basics *b = (struct basics *)&p->basics;

	if (!record_empty(b, profile_basics_fields, profile_nbasics_fields) ||
	    !record_empty(&b->location, profile_location_fields, profile_nlocation_fields) ||
	    b->nprofiles > 0)
		return 0;
	for (int s = 0; s < SEC__COUNT; s++)
		if (profile_count(p, (enum section)s) > 0)
			return 0;
	return 1;
}

/* The array pointer lives in a struct member of a concrete pointer type;
 * memcpy moves it in and out without pretending it is a void *. */
void *
profile_items(const struct profile *p, enum section s)
{
	void *v;

	memcpy(&v, (const char *)p + profile_sections[s].off_items, sizeof v);
	return v;
}

static void
profile_set_items(struct profile *p, enum section s, void *v)
{
	memcpy((char *)p + profile_sections[s].off_items, &v, sizeof v);
}

size_t
profile_count(const struct profile *p, enum section s)
{
	size_t n;

	memcpy(&n, (const char *)p + profile_sections[s].off_count, sizeof n);
	return n;
}

static void
profile_set_count(struct profile *p, enum section s, size_t n)
{
	memcpy((char *)p + profile_sections[s].off_count, &n, sizeof n);
}

void *
profile_item(const struct profile *p, enum section s, size_t i)
{
	if (i >= profile_count(p, s))
		return NULL;
	return (char *)profile_items(p, s) + i * profile_sections[s].size;
}

void *
profile_append(struct profile *p, enum section s)
{
	const struct section_desc *d = &profile_sections[s];
	size_t n = profile_count(p, s);
	char *v = xreallocarray(profile_items(p, s), n + 1, d->size);

	memset(v + n * d->size, 0, d->size);
	profile_set_items(p, s, v);
	profile_set_count(p, s, n + 1);
	return v + n * d->size;
}

void
profile_remove(struct profile *p, enum section s, size_t i)
{
	const struct section_desc *d = &profile_sections[s];
	size_t n = profile_count(p, s);
	char *v = profile_items(p, s);

	if (i >= n)
		return;
	record_free(v + i * d->size, d->fields, d->nfields);
	memmove(v + i * d->size, v + (i + 1) * d->size, (n - i - 1) * d->size);
	profile_set_count(p, s, n - 1);
}

struct social *
profile_add_social(struct profile *p)
{
	struct basics *b = &p->basics;

	b->profiles = xreallocarray(b->profiles, b->nprofiles + 1, sizeof *b->profiles);
	memset(&b->profiles[b->nprofiles], 0, sizeof *b->profiles);
	return &b->profiles[b->nprofiles++];
}

void
profile_free(struct profile *p)
{
	if (p == NULL)
		return;
	record_free(&p->basics, profile_basics_fields, profile_nbasics_fields);
	record_free(&p->basics.location, profile_location_fields, profile_nlocation_fields);
	for (size_t i = 0; i < p->basics.nprofiles; i++)
		record_free(&p->basics.profiles[i], profile_social_fields,
		    profile_nsocial_fields);
	free(p->basics.profiles);
	for (int s = 0; s < SEC__COUNT; s++) {
		const struct section_desc *d = &profile_sections[s];
		for (size_t i = 0; i < profile_count(p, s); i++)
			record_free(profile_item(p, s, i), d->fields, d->nfields);
		free(profile_items(p, s));
	}
	free(p->as_of);
	free(p);
}

static void
record_copy(void *dst, const void *src, const struct field_desc *fields, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (fields[i].type == FT_LIST)
			strlist_copy(field_list(dst, &fields[i]),
			    field_list((void *)src, &fields[i]));
		else
			profile_set(field_str(dst, &fields[i]),
			    *field_str((void *)src, &fields[i]));
	}
}

struct profile *
profile_copy(const struct profile *src)
{
	struct profile *p = profile_new();

	record_copy(&p->basics, &src->basics, profile_basics_fields, profile_nbasics_fields);
	record_copy(&p->basics.location, &src->basics.location, profile_location_fields,
	    profile_nlocation_fields);
	for (size_t i = 0; i < src->basics.nprofiles; i++)
		record_copy(profile_add_social(p), &src->basics.profiles[i],
		    profile_social_fields, profile_nsocial_fields);
	for (int s = 0; s < SEC__COUNT; s++) {
		const struct section_desc *d = &profile_sections[s];
		for (size_t i = 0; i < profile_count(src, s); i++)
			record_copy(profile_append(p, s), profile_item(src, s, i),
			    d->fields, d->nfields);
	}
	profile_set(&p->as_of, src->as_of);
	p->stated_months = src->stated_months;
	return p;
}

void
profile_setn(char **slot, const char *value, size_t len)
{
	free(*slot);
	*slot = NULL;
	if (value == NULL)
		return;
	while (len > 0 && isspace((unsigned char)*value)) {
		value++;
		len--;
	}
	while (len > 0 && isspace((unsigned char)value[len - 1]))
		len--;
	if (len > 0)
		*slot = xstrndup(value, len);
}

void
profile_set(char **slot, const char *value)
{
	profile_setn(slot, value, value != NULL ? strlen(value) : 0);
}

static void
record_text(void *record, const struct field_desc *fields, size_t n, struct buf *b)
{
	for (size_t i = 0; i < n; i++) {
		if (fields[i].type == FT_DATE)
			continue;
		if (fields[i].type == FT_LIST) {
			struct strlist *l = field_list(record, &fields[i]);
			for (size_t j = 0; j < l->n; j++) {
				buf_adds(b, l->v[j]);
				buf_addc(b, '\n');
			}
		} else if (*field_str(record, &fields[i]) != NULL) {
			buf_adds(b, *field_str(record, &fields[i]));
			buf_addc(b, '\n');
		}
	}
}

void
profile_text(const struct profile *p, struct buf *b)
{
	record_text((void *)&p->basics, profile_basics_fields, profile_nbasics_fields, b);
	record_text((void *)&p->basics.location, profile_location_fields,
	    profile_nlocation_fields, b);
	for (int s = 0; s < SEC__COUNT; s++) {
		const struct section_desc *d = &profile_sections[s];
		for (size_t i = 0; i < profile_count(p, s); i++)
			record_text(profile_item(p, s, i), d->fields, d->nfields, b);
	}
}

char *
profile_location_str(const struct profile *p)
{
	const struct location *l = &p->basics.location;
	const char *parts[] = { l->city, l->region, l->country_code };
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < N(parts); i++) {
		if (parts[i] == NULL)
			continue;
		if (b.len > 0)
			buf_adds(&b, ", ");
		buf_adds(&b, parts[i]);
	}
	if (b.len == 0 && l->address != NULL)
		buf_adds(&b, l->address);
	return b.len > 0 ? buf_detach(&b) : NULL;
}

static int
field_multiline(const char *key)
{
	return strcmp(key, "summary") == 0 || strcmp(key, "description") == 0 ||
	    strcmp(key, "reference") == 0;
}

/* Whether sanitize_str would leave s as it is: nothing to clean, no line
 * break in a single-line field, nothing profile_set would trim. */
static int
already_clean(const char *s, int multiline)
{
	size_t len = strlen(s);

	if (len == 0 || isspace((unsigned char)s[0]) || isspace((unsigned char)s[len - 1]))
		return 0;
	if (!multiline && strpbrk(s, "\n\t\r") != NULL)
		return 0;
	return utf8_clean(s, len, 1);
}

/* Cleans one string in place (see utf8_sanitize); single-line fields get
 * their line breaks and tabs as spaces. */
static void
sanitize_str(char **slot, int multiline)
{
	char *clean;

	if (*slot == NULL || already_clean(*slot, multiline))
		return;
	clean = utf8_sanitize(*slot, strlen(*slot), 1);
	if (clean == NULL)
		return;
	if (!multiline)
		for (char *c = clean; *c != '\0'; c++)
			if (*c == '\n' || *c == '\t' || *c == '\r')
				*c = ' ';
	profile_set(slot, clean);
	free(clean);
}

/* Sanitizes each string of a record; with check set, changes nothing and
 * says whether each is clean already. */
static int
record_sanitize(void *rec, const struct field_desc *f, size_t n, int check)
{
	for (size_t i = 0; i < n; i++) {
		if (f[i].type != FT_LIST) {
			char **v = field_str(rec, &f[i]);
			int multiline = field_multiline(f[i].key);
			if (check && *v != NULL && !already_clean(*v, multiline))
				return 0;
			if (!check)
				sanitize_str(v, multiline);
			continue;
		}
		struct strlist *l = field_list(rec, &f[i]);
		for (size_t j = 0; j < l->n;) {
			if (check && (l->v[j] == NULL || !already_clean(l->v[j], 0)))
				return 0;
			if (!check)
				sanitize_str(&l->v[j], 0);
			if (l->v[j] == NULL) {
				memmove(l->v + j, l->v + j + 1, (l->n - j - 1) * sizeof *l->v);
				l->n--;
			} else
				j++;
		}
	}
	return 1;
}

static int
profile_walk(struct profile *p, int check)
{
	int ok = record_sanitize(&p->basics, profile_basics_fields, profile_nbasics_fields,
	    check) && record_sanitize(&p->basics.location, profile_location_fields,
	    profile_nlocation_fields, check);

	for (size_t i = 0; i < p->basics.nprofiles && ok; i++)
		ok = record_sanitize(&p->basics.profiles[i], profile_social_fields,
		    profile_nsocial_fields, check);
	for (int s = 0; s < SEC__COUNT && ok; s++) {
		const struct section_desc *d = &profile_sections[s];
		for (size_t i = profile_count(p, s); i-- > 0 && ok;) {
			void *rec = profile_item(p, s, i);
			ok = record_sanitize(rec, d->fields, d->nfields, check);
			/* a record left with nothing in it goes, as a JSON Resume
			 * reader drops it, so that export reads back the same */
			if (ok && record_empty(rec, d->fields, d->nfields)) {
				if (check)
					ok = 0;
				else
					profile_remove(p, (enum section)s, i);
			}
		}
	}
	if (check)
		return ok && (p->as_of == NULL || already_clean(p->as_of, 0));
	sanitize_str(&p->as_of, 0);
	return 1;
}

void
profile_sanitize(struct profile *p)
{
	profile_walk(p, 0);
}

int
profile_clean(const struct profile *p)
{
	/* checking writes nothing */
	return profile_walk((struct profile *)p, 1);
}
