#ifndef DOSSIER_SKILLTIDY_H
#define DOSSIER_SKILLTIDY_H

#include <stddef.h>

struct ctx;
struct sect;
struct strlist;

/* "Go (5 years)", "Python - 8 years, SQL (3+ years)": the time a skill
 * was used, as job boards print it, cut out; NULL when s states none. */
char *skilltidy_years(const char *s);
/* "languages ..... C++17/20, HLSL": dot leaders after a group's name made
 * its colon, in place. */
void skilltidy_leader(char *s);
/* "Douane : SYDONIA": the space before a label's colon cut, in place. */
void skilltidy_colon(char *s);
/* Whether s's first n bytes are the name of a skills table's first
 * column ("Skill", "Tools": 1) or of one after it ("Level", "Experience":
 * 2); 0 if neither. */
int skilltidy_head_cell(const char *s, size_t n);
/* The 2013 Europass's grid of digital skills rated by oneself (its
 * "Self-assessment" name and the lines of its areas and levels under it)
 * made blank lines. */
void skilltidy_grid(struct ctx *, const struct sect *);
/* "Skill Name<TAB>Version<TAB>Last Used": the rows under such a head, down
 * to a blank line, each cut to its first cell; the head goes. */
void skilltidy_table(struct ctx *, const struct sect *);
/* "Python<TAB>Expert", "MS Office<TAB>sehr gut (Word, Excel", "SQL<TAB>
 * ★★★★☆": a skill and its level in the next cell; s cut to the skill, in
 * place.  0 when s is no such row, 2 when the level left a bracket open
 * (its note goes on on the next lines), else 1. */
int skilltidy_level(char *s);
/* "SolidWorks (sehr gut)", "CATIA V5 (gut)", "AutoCAD (Grundkenntnisse)":
 * when every item of a group tells its level in brackets, a rating of
 * each, the levels go; one item's "(basic)" among others stays.  Items
 * that are levels alone ("Expert", "Skillful"), two or more, go too. */
void skilltidy_levels(struct strlist *keywords);

#endif
