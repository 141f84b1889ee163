/*
 * Helpers the unit tests share: a profile with every section filled, and a
 * fresh temporary folder.
 */
#ifndef DOSSIER_TEST_UTIL_H
#define DOSSIER_TEST_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "profile.h"

/* Fills every field of every section with recognisable text. */
static inline struct profile *
test_full_profile(void)
{
	struct profile *p = profile_new();

	profile_set(&p->basics.name, "Maria Grünewald");
	profile_set(&p->basics.label, "Principal Engineer");
	profile_set(&p->basics.image, "https://example.org/m.png");
	profile_set(&p->basics.email, "maria@example.org");
	profile_set(&p->basics.phone, "+49 30 1234567");
	profile_set(&p->basics.url, "https://maria.example.org");
	profile_set(&p->basics.summary, "Builds compilers.\nLikes \"quotes\" & tabs\there.");
	profile_set(&p->basics.location.address, "Hauptstraße 1");
	profile_set(&p->basics.location.postal_code, "10115");
	profile_set(&p->basics.location.city, "Berlin");
	profile_set(&p->basics.location.region, "Berlin");
	profile_set(&p->basics.location.country_code, "DE");
	struct social *s = profile_add_social(p);
	profile_set(&s->network, "GitHub");
	profile_set(&s->username, "mgrune");
	profile_set(&s->url, "https://github.com/mgrune");
	for (int sec = 0; sec < SEC__COUNT; sec++) {
		const struct section_desc *d = &profile_sections[sec];
		for (int k = 0; k < 2; k++) {
			void *rec = profile_append(p, sec);
			for (size_t f = 0; f < d->nfields; f++) {
				char v[96];
				if (d->fields[f].type == FT_DATE) {
					snprintf(v, sizeof v, "20%02d-%02d", 10 + k * 3 + (int)f % 3,
					    1 + (int)f % 12);
					profile_set(field_str(rec, &d->fields[f]), v);
				} else if (d->fields[f].type == FT_LIST) {
					for (int j = 0; j < 2; j++) {
						snprintf(v, sizeof v, "%s %s item %d", d->key,
						    d->fields[f].key, j);
						strlist_add(field_list(rec, &d->fields[f]), v);
					}
				} else {
					snprintf(v, sizeof v, "%s %s %d é", d->key, d->fields[f].key, k);
					profile_set(field_str(rec, &d->fields[f]), v);
				}
			}
		}
	}
	/* the second work entry is ongoing */
	profile_set(&p->work[1].end, NULL);
	profile_set(&p->as_of, "2026-05");
	p->stated_months = 166;
	return p;
}

static inline char *
test_tmpdir(void)
{
	char tmpl[] = "/tmp/dossier-unit.XXXXXX";
	char *d = mkdtemp(tmpl);

	assert_non_null(d);
	return strdup(d);
}

#endif
