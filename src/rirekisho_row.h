/*
 * rirekisho_row: the rows of a rirekisho's history table (see rirekisho.h).
 *
 * A row is a year, a month and an event, on one line ("2013   4   Joined
 * DENSO Corporation", "2013年4月 株式会社デンソー 入社", "2013.04 ...") or,
 * as pdftotext without -layout gives it, on three (the year, the month,
 * the words); its words may go on over the next lines.  Sub-headings
 * ("Education", "Work History", 学歴, 職歴) say whether an "Entered" row
 * enters a school or a firm.
 */
#ifndef DOSSIER_RIREKISHO_ROW_H
#define DOSSIER_RIREKISHO_ROW_H

#include "parse.h"

enum rirekisho_ev {
	EV_NONE,
	EV_ENTER,	/* Entered: a school or a firm, as the part of the table says */
	EV_SCHOOL_IN,	/* Enrolled in, Admitted to, 入学 */
	EV_SCHOOL_OUT,	/* Graduated from, Completed, 卒業, 修了 */
	EV_JOB_IN,	/* Joined, Hired by, 入社 */
	EV_ROLE,	/* Promoted to, Appointed, 昇進 */
	EV_JOB_OUT,	/* Resigned from, Left, 退職 */
	EV_STILL,	/* Currently employed, 現在に至る */
	EV_END,		/* End, 以上 */
};

struct rirekisho_row {
	struct ym when;
	enum rirekisho_ev ev;
	char *what;		/* the event's words after (or before) its verb */
};

#define RIREKISHO_PRE 6

struct rirekisho_table {
	struct rirekisho_row *v;
	size_t n, cap;
	size_t first, last;	/* its lines */
	size_t pre[RIREKISHO_PRE];	/* headers before it */
	size_t npre;
};

/* Whether a table of at least three events, one of them a start, begins
 * on line i; *t filled. */
int rirekisho_table_read(const struct ctx *, size_t i, struct rirekisho_table *t);
/* Blanks the table's lines and the headers over it. */
void rirekisho_table_blank(struct layout *, const struct rirekisho_table *);
void rirekisho_table_free(struct rirekisho_table *);
/* Column headers cut to the heading they hold ("Year Month Licenses" to
 * "Licenses"), a lone "Year" or "Month" and the furigana row blanked. */
void rirekisho_headers(struct layout *);

#endif
