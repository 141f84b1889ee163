/*
 * heading: which lines head which section of a résumé.
 *
 * A dictionary of wordings (built in, English first, then German, French,
 * Spanish, Italian, Portuguese, Dutch, Polish and the Nordic languages;
 * import.headings in the config adds more) is matched against whole lines,
 * case and accents aside.  A line that looks like a heading (ALL CAPS, a
 * trailing colon, underlined, a Markdown #, bold) also heads a section when
 * it holds a known wording ("PROFESSIONAL EXPERIENCE & LEADERSHIP").
 */
#ifndef DOSSIER_HEADING_H
#define DOSSIER_HEADING_H

#include <stddef.h>

#include "config.h"
#include "layout.h"

enum isec {
	IS_NONE = -1,
	IS_SUMMARY,
	IS_EXPERIENCE,
	IS_EDUCATION,
	IS_SKILLS,
	IS_PROJECTS,
	IS_PATENTS,
	IS_PUBLICATIONS,
	IS_CERTIFICATES,
	IS_AWARDS,
	IS_LANGUAGES,
	IS_VOLUNTEER,
	IS_INTERESTS,
	IS_REFERENCES,
	IS_CONTACT,
	IS_OTHER,	/* known, and of no use: declarations, hobbies' kin */
	IS__COUNT
};

struct heading_word {
	char *key;		/* folded (fold_key) */
	enum isec sec;
	int whole;		/* heads a section only as the whole line */
};

struct headings {
	struct heading_word *v;	/* sorted by key */
	size_t n;
};

struct heading_hit {
	enum isec sec;
	int exact;		/* the whole line is a wording */
	size_t rest;		/* "Skills: C, Go": offset of the content, else 0 */
};

void headings_init(struct headings *, const struct config *);
void headings_free(struct headings *);
/* The section line l heads: 1 and *hit filled, else 0. */
int heading_match(const struct headings *, const struct line *, struct heading_hit *);
/* Whether l looks like a heading whatever its words say. */
int heading_looks(const struct line *);
/* The section a name of config_heading_sections stands for. */
enum isec heading_section(const char *name);
/* The section a folded wording is known for, IS_NONE if none. */
enum isec heading_lookup(const struct headings *, const char *key);
/* The length of a section's number in Roman figures before its wording
 * ("IV. " of "IV. EXPÉRIENCE PROFESSIONNELLE"), 0 if none. */
size_t heading_roman(const char *s);

#endif
