/*
 * ratings: the bars designed résumés set beside a skill or a language
 * ("Figma ●●●○○", "German ★★☆☆☆", "Selenium ■■■■□").
 *
 * They are drawn, not written: read as text they become list bullets or
 * stray keywords.  ratings_blank turns each run of three glyphs or more
 * into as many spaces, so columns keep their places; the stored text is
 * left as it was.
 */
#ifndef DOSSIER_RATINGS_H
#define DOSSIER_RATINGS_H

/* A copy of s with the rating bars blanked, or NULL when it has none. */
char *ratings_blank(const char *s);

#endif
