/*
 * contact: the details a line gives to reach the person.
 *
 * An email, a phone number (of the shapes résumés write them in), links:
 * a link to a known network (GitHub, LinkedIn ...) is a profile, any other
 * the personal site.  The first of each found is kept.
 */
#ifndef DOSSIER_CONTACT_H
#define DOSSIER_CONTACT_H

#include <stddef.h>

struct profile;

/* The first email in s, unless the profile has one. */
void contact_email(struct profile *, const char *s);
/* The first phone number in s, unless the profile has one. */
void contact_phone(struct profile *, const char *s);
/* A link u[0..len): a profile on a known network, else the site. */
void contact_url(struct profile *, const char *u, size_t len);
/* Every link in s. */
void contact_urls(struct profile *, const char *s);
/* "GitHub", "LinkedIn": whether s names a link whose target went elsewhere. */
int contact_network(const char *s);

#endif
