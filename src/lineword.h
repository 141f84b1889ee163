/*
 * lineword: what the words of a line of a dated section say on their
 * own: a sentence (prose, not a header), a label over a body, a language
 * of a sidebar cut into the work.  lineclass.c classes the lines with them.
 */
#ifndef DOSSIER_LINEWORD_H
#define DOSSIER_LINEWORD_H

/* How many words s has. */
int lineword_count(const char *s);
/* Whether s opens with a capitalised verb in the past: "Moved", "Designed",
 * "Built". */
int lineword_past_verb(const char *s);
int lineword_verb_sentence(const char *s);
/* "English (Full professional": a LinkedIn sidebar's language. */
int lineword_proficiency(const char *s);
/* "Responsibilities:", "Clients include, among others:": a label over a
 * body. */
int lineword_body_label(const char *s);
/* A sentence rather than a header line. */
int lineword_prose(const char *s);
/* "Hochschule für Angewandte und", "University of the West of": a line
 * ending in a word that joins it to the next; the name goes on there. */
int lineword_open_end(const char *s);
/* Whether s leaves its last bracket open: "... SAP S/4HANA (Go-live". */
int lineword_open_bracket(const char *s);
/* "of Zululand": whether s opens with such a word. */
int lineword_open_start(const char *s);

#endif
