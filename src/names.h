/*
 * names: who a résumé is about.
 *
 * The name is mostly the first line, but not always: forms label it
 * ("Name: ..."), personal pages greet with it ("Hi, I'm ..."), boxes and
 * emoji frame it, and a website's navigation bar or a "Download CV" link
 * may stand above it.  These helpers say whether a line reads as a name,
 * dig a name out of the ways it is written, and recognise the chrome of web
 * pages that is nobody's name.
 */
#ifndef DOSSIER_NAMES_H
#define DOSSIER_NAMES_H

#include <stddef.h>

struct ctx;
struct layout;

/* Two to five capitalised words, no digits, no @, titles and degrees
 * ("Dr.", ", PhD") aside. */
int names_like(const char *s);
/* The name without titles and degrees, ALL CAPS read as Title Case. */
char *names_case(const char *s);
/* Whether the UTF-8 character at s is a capital (any Latin script). */
int names_capital_at(const char *s);
/* The name in s without titles before it and degrees after it ("Dr.",
 * ", PhD", "(Ms)"): its start, its length in *len. */
const char *names_bare(const char *s, size_t *len);
/* "Resume", "Curriculum Vitae": a title, not a name. */
int names_title_line(const char *s);
/* Whether two strings are the same name, case and accents aside. */
int names_same(const char *a, const char *b);
/* "Name: Ahmed Hassan": the name of a labelled line, else NULL (owned). */
char *names_label(const char *s);
/* "Hi, I'm Nadia.", "I am Priya Ramanathan, a ...": the name a greeting
 * gives, else NULL (owned). */
char *names_greeting(const char *s);
/* Whether s is a website's navigation bar ("About  Work  Contact", "site
 * posts · about · rss") or a page's chrome ("Download CV", "Skip to
 * content"); *site: the length of a site's name before the navigation
 * words, else 0. */
int names_chrome(const char *s, size_t *site);
/* Whether the word tables of names_menu.c are sorted (unit tests). */
int names_menu_tables_sorted(void);
/* Whether the titles names.c looks up by halves are sorted (unit tests). */
int names_tables_sorted(void);
/* "Created with Resumio", "Powered by ...": a generator's credit. */
int names_credit(const char *s);
/* "Home Jane Doe": the length of the menu word before a name, or 0. */
size_t names_menu_lead(const char *s);
/* Whether s is a website menu's item ("Portfolio", "About me"). */
int names_menu_word(const char *s);
/* Whether the folded word is one of a site's menu; whether the folded
 * line is a menu's or the page's chrome. */
int names_menu_nav_word(const char *w);
int names_menu_nav_line(const char *key);
/* A social site's profile page: all above the profile's name blanked
 * (names_profile.c). */
void names_profile_drop(struct layout *);
int names_profile_tables_sorted(void);
/* Whether the folded line is a pronoun a profile shows under the name
 * ("elle", "he him"). */
int names_profile_pronoun(const char *key);
/* Blanks a menu of three lines or more at the top ("Home", "My Network",
 * "Jobs" ...), so that none of its words heads a section. */
void names_drop_chrome(struct layout *);
/* "Curriculum Vitae – Ahmad Rahimi", "CV: Jane Doe", "Resume of Jane
 * Doe" near the top: the line becomes the name alone. */
void names_cv_titled(struct layout *);

/* When nothing before the first heading gave a name: a greeting anywhere
 * near the top, a name-like line followed by a headline (parse_identity,
 * in parse_basics.c), and else the first line near the top that can be
 * nothing but a name. */
void parse_identity(struct ctx *);
void parse_name_greeting(struct ctx *);
void parse_name_fallback(struct ctx *);
/* Blanks the name repeated above later pages. */
void parse_name_headers(struct ctx *, size_t from);

#endif
