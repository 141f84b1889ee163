/*
 * role_words: the sorted word lists of roles.c.
 */
#ifndef DOSSIER_ROLE_WORDS_H
#define DOSSIER_ROLE_WORDS_H

#include "wordlist.h"

extern const struct wordtab role_title_heads;
extern const struct wordtab role_title_mods;
extern const struct wordtab role_company_cues;
extern const struct wordtab role_school_cues;
extern const struct wordtab role_degree_words;
extern const struct wordtab role_legal_forms;
extern const struct wordtab role_org_words;

#endif
