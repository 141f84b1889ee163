/*
 * rirekisho: the history table of the Japanese résumé form (履歴書), in
 * Japanese or in English.
 *
 * Its education and work history is a table of dated events, one a row:
 * the year, the month, and what happened — "Entered Nagoya University",
 * "Graduated from ...", "Joined DENSO Corporation as Design Engineer",
 * "Promoted to Senior Engineer", "Resigned from ...", "Currently
 * employed", "End" (in Japanese the verb comes last: 入学, 卒業, 入社,
 * 退職, 現在に至る, 以上).  A school or a job spans two rows, so no entry
 * parser can anchor on them.  rirekisho_take reads such a table into
 * education and work entries and blanks its lines; then the form's column
 * headers ("Year Month Licenses and Qualifications") are cut to the
 * heading they hold, and its furigana row (the name in kana) is blanked.
 */
#ifndef DOSSIER_RIREKISHO_H
#define DOSSIER_RIREKISHO_H

#include "parse.h"

/* 1 when a history table was found and read. */
int rirekisho_take(struct ctx *);

#endif
