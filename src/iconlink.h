/*
 * iconlink: the brand icons of an icon font before a bare handle, as
 * LaTeX and designed CVs print their profiles ("<GitHub icon> navetisyan",
 * "<LinkedIn icon> narek-avetisyan"), read as the profiles' addresses;
 * the icon is all that tells which site the handle is on.
 */
#ifndef DOSSIER_ICONLINK_H
#define DOSSIER_ICONLINK_H

#include <stdint.h>

/* The text with each brand icon before a handle made the site's address
 * ("github.com/navetisyan") and every other icon-font glyph a space, newly
 * allocated; NULL when the text has no icon-font glyph. */
char *iconlink_text(const char *s);
/* Whether cp is a brand's icon iconlink_text reads. */
int iconlink_brand(uint32_t cp);

#endif
