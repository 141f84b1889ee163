/*
 * parse: what the section parsers of the importer share.
 *
 * import_text cuts the laid-out lines into sections by their headings; each
 * section goes to its parser (parse_basics.c, parse_work.c, parse_edu.c,
 * parse_skills.c, parse_misc.c), which fills the profile.  Entries of work,
 * education, projects and volunteering are found the same way for all of
 * them (entries.c): each date range anchors one entry, and the short lines
 * around it are its header; roles.c tells which header part is a job title,
 * a company, a school, a degree or a place.
 */
#ifndef DOSSIER_PARSE_H
#define DOSSIER_PARSE_H

#include <stddef.h>

#include "dateparse.h"
#include "heading.h"
#include "layout.h"
#include "lexicon.h"
#include "profile.h"

struct ctx {
	const struct lexicon *lx;
	struct profile *p;
	struct layout *L;
};

struct sect {
	enum isec sec;
	char *title;		/* the heading as written, NULL before the first */
	size_t from, to;	/* lines of the layout */
};

/* "Bol.com (2023 – 2024): ..." under a freelance job: a client or a
 * project inside the entry, dated within its dates. */
struct sub {
	char *name;
	struct daterange when;
};

/* One entry of a dated section: header parts, its dates, its body. */
struct entry {
	struct strlist head;	/* header lines, dates cut out, in order */
	struct daterange when;
	int dated;
	struct strlist bullets;	/* highlights */
	struct strlist prose;	/* other body lines */
	struct strlist skills;	/* "Skills: ..." lines under a role */
	char *aside;		/* a word or two beside the dates: a place, mostly */
	struct sub *subs;	/* dated items inside it */
	size_t nsubs;
	int role_first;		/* the section's other headers put the role first */
	const char *join;	/* the section's word for "at" ("en", "bei") */
};

struct entries {
	struct entry *v;
	size_t n, cap;
};

void entries_split(const struct ctx *, const struct sect *, struct entries *);
void entries_free(struct entries *);
/* The words beside the dates become a header line. */
void entries_aside_to_head(struct entries *);

/* roles.c */
int role_title_score(const char *s);
/* How much s reads as an organisation's name: legal forms, the words
 * firms end in, and organisation words ("Gemeente", "Klinikum") in a part
 * that names no job. */
int role_company_score(const char *s);
/* The legal forms and end words alone ("Kessler AG"), as a firm's name
 * before a town needs. */
int role_firm_score(const char *s);
/* Whether the word s is a legal form ("Ltd.", "GmbH", "S.p.A."). */
int role_legal_form(const char *s);
/* Whether s is "Label: value" under a label of a form's fact, not the
 * headline's ("Citizenship: U.S. Citizen", not "Title: Data Engineer"). */
int parse_fact_label(const char *s);
int role_school_score(const char *s);
int role_degree_score(const char *s);
/* Whether s is a place (a city, "City, Region", "City, CC", a country);
 * fills the location when loc is not NULL. */
int role_place(const struct ctx *, const char *s, struct location *loc);
/* "г. Ашхабад", "м. Київ": the town past the word for a town before it. */
const char *role_town_word_off(const char *s);
/* Whether s may name a town: a known city, or capitalised words that are
 * no street, company, school or job. */
int role_town_like(const struct ctx *, const char *s);
/* Whether s is a street and its number ("Via Rivalta 30", "Hauptstraße
 * 12", "221 Baker Street"). */
int role_street(const char *s);
/* "Camp Street", "Rua Augusta": a street's name without a number. */
int role_street_named(const char *s);
/* "Rivers State", "Ashanti Region", "Región de Antofagasta": a region by
 * the word that says it is one. */
int role_region_worded(const char *s);
/* A trailing city cut off s ("System Engineer Bangalore"): the offset where
 * it starts, or 0. */
size_t role_trailing_city(const struct ctx *, const char *s);
/* "JICA, Tokyo, Japan": s cut before the places that end it, each after a
 * comma. */
void role_places_off(const struct ctx *, char *s);
/* Splits a header line into parts at |, tabs, spaced dashes, " at ", " @ ". */
void role_parts(const char *s, struct strlist *out);
/* Whether s, whole, says the person worked for themselves ("Self-employed",
 * "Freelance", "Freiberuflich", "Autónomo"): an employer, not chrome. */
int role_self_employed(const char *s);
/* Whether the folded word w is one of the tables' words (a job title's,
 * a firm's, a school's, a degree's). */
int role_word(const char *w);
/* Whether the line is chrome of profile pages ("3 roles", "Promoted"). */
int role_noise(const char *s);
/* Whether the word tables are sorted, as bsearch needs (for the tests). */
int role_tables_sorted(void);

/* The parsers. */
void parse_basics(struct ctx *, const struct sect *top, const struct sect *contact);
/* Reads one line of the person's header: name, headline, contacts. */
void parse_top_line(struct ctx *, const struct line *);
/* Reads lines [from, to) as the person's header. */
void parse_top_lines(struct ctx *, size_t from, size_t to);
/* The rest of a name broken over lines, on line i (before line to),
 * joined to the name read; whether it was so. */
int parse_surname(struct ctx *, size_t i, size_t to);
/* Whether s has capitals and no small letter. */
int parse_all_caps(const char *s);
/* Whether mark, a word in capitals, is a site's or studio's mark over
 * the name that follows it. */
int parse_brand_over(const char *mark, const char *name);
/* The identity block under the first heading, when the name opens it again. */
void parse_basics_under(struct ctx *, const struct sect *);
/* A mail's signature, or its sender, when the top named no one. */
void parse_letter(struct ctx *);
/* A section of highlights apart from the jobs: each to the job it names. */
void parse_highlights(struct ctx *, const struct sect *);
/* "About Fatima" and fatima.bello@...: the name. */
void parse_name_about(struct ctx *);
/* The headline, a place at its end ("Data analyst in Leeds") the city. */
void parse_label(struct ctx *, const char *s);
/* Whether each word of the name short is a word of the name full, two
 * words or more ("Nuwan Fernando" in "W. P. Nuwan Chaminda Fernando"). */
int parse_name_within(const char *short_, const char *full);
/* The headline from a section naming the job wanted; whether it was one. */
int parse_label_wanted(struct ctx *, const struct sect *);
/* The headline, cut short at its line's end ("Head of Data (Head of"),
 * taken on into the next line; 1 when it was. */
int parse_label_wrapped(struct ctx *, const struct line *next);
/* Whether s holds an email, a phone, a link or a place. */
int parse_has_contact(const struct ctx *, const char *s);
/* "Seniordataengineer": a headline whose spaces a PDF lost, written
 * again ("Senior Data Engineer"), or NULL. */
char *parse_label_unglue(const char *word);
/* A line of contact details: email, phone, links, a place. */
void parse_contact(struct ctx *, const char *s);
/* A line that gives the name ("Name: ...", a greeting, the name itself,
 * perhaps with the headline beside it); 1 when it did. */
int parse_name_line(struct ctx *, const char *s, unsigned flags);
/* "Arjun Nair · Principal Engineer": the name again, the headline after;
 * 1 when it was. */
int parse_name_again(struct ctx *, const char *s);
/* "Hi, I'm Grace Hay, a data analyst in Leeds.": the name a greeting
 * gives, and the headline after it. */
void parse_greeting(struct ctx *, const char *line, const char *name);
void parse_summary(struct ctx *, const struct sect *);
void parse_work(struct ctx *, const struct sect *);
void parse_volunteer(struct ctx *, const struct sect *);
void parse_projects(struct ctx *, const struct sect *);
void parse_education(struct ctx *, const struct sect *);
void parse_skills(struct ctx *, const struct sect *);
void parse_languages(struct ctx *, const struct sect *);
void parse_patents(struct ctx *, const struct sect *);
void parse_publications(struct ctx *, const struct sect *);
void parse_certificates(struct ctx *, const struct sect *);
void parse_awards(struct ctx *, const struct sect *);
void parse_interests(struct ctx *, const struct sect *);

/* Helpers: text of lines, trimmed copies, the glued-list splitter. */
char *parse_join(const struct ctx *, size_t from, size_t to, const char *sep);
char *parse_trim(const char *s, size_t len);
/* Whether w[0..n), folded, is a small word that joins the words of a
 * name ("de", "of", "und"). */
int parse_joining_word(const char *w, size_t n);
/* Whether s[0..len) ends in such a word, in small letters ("ESSEC de",
 * "University of"). */
int parse_ends_joining(const char *s, size_t len);
/* A table's column named by a header's cell: the name folded (fold_key),
 * the column's number. */
struct column_name {
	const char *key;
	int col;
};
/* The column the cell names among v[0..n), else 0. */
int parse_column(const struct column_name *v, size_t n, const char *cell);
/* The cells of a row set apart by tabs, each trimmed, into out. */
void parse_cells(const char *s, struct strlist *out);
/* The cells of a table's row under a header of n columns, set apart by
 * tabs or by bars, into out; whether the row has the table's shape (its
 * last cell may be empty and gone). */
int parse_row(const char *s, size_t n, struct strlist *out);
/* "B.Tech | VIT, Pune | SPPU | 2024": a row whose cells bars set apart, its
 * bars made tabs; NULL when s has a tab or fewer than two bars. */
char *parse_unbar(const char *s);
/* Splits a list of skills at commas, bullets, semicolons, bars and, where
 * separators were lost, at case boundaries the vocabulary confirms. */
void parse_skill_list(const struct ctx *, const char *s, struct strlist *out);
/* The glued-list splitter alone, for one piece. */
void parse_unglue(const struct lexicon *, const char *s, size_t len, struct strlist *out);
/* Whether at, a place in s, stands inside a bracket s opened. */
int parse_in_brackets(const char *s, const char *at);
/* Whether s[0..len) names a spoken language ("English", "Deutsch"). */
int parse_tongue(const char *s, size_t len);
/* The language the item names ("English (Native)", "French – B2"),
 * appended; NULL when it names none or the profile is full. */
struct language *parse_language_item(struct ctx *, const char *s);
/* Whether parse_tongue's table is sorted (unit tests). */
int parse_tongues_sorted(void);
void parse_date_set(char **slot, struct ym);
/* Cell tabs in every field of the profile become spaces. */
void parse_untab(struct profile *);
#define PARSE_MAX_RECORDS 1000
void *parse_append(struct ctx *, enum section);
/* The items of a list section, wrapped lines joined. */
void parse_items(const struct ctx *, const struct sect *, struct strlist *out);

#endif
