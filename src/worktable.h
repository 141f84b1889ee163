/*
 * worktable: jobs set out as a table whose first row names its columns,
 * as Korean and other form-like résumés do:
 *
 *	Period<TAB>Company<TAB>Position<TAB>Main Duties and Achievements
 *	2022.01 ~ Present<TAB>Hanbit Cosmetics<TAB>Marketing Manager<TAB>- Lead a team
 *	- Manage a budget of KRW 4.8 billion
 *
 * Each row whose dates cell holds dates is a job; the lines under a row
 * that hold no cells go on with its duties.  A job the profile holds
 * already (the same firm from the same month: a "Career Summary" table
 * before the "Career Details") is filled in, not listed twice.  A plain
 * line after a gap ends the table: the jobs told again in full, which
 * worktable_fold folds the table's rows into.
 */
#ifndef DOSSIER_WORKTABLE_H
#define DOSSIER_WORKTABLE_H

#include "parse.h"
#include "stacktable.h"

/* Whether the section opens with the header row of such a table. */
int worktable_opens(const struct ctx *, const struct sect *);
/* Reads the tables of the section into jobs and blanks their lines; the
 * number of rows read. */
size_t worktable_read(struct ctx *, const struct sect *);
/* The table's rows, jobs first .. first + rows, each dropped into the
 * later job that tells it again (the same dates, and the same firm or
 * title), which takes the name, title and town it lacks. */
void worktable_fold(struct ctx *, size_t first, size_t rows);
/* The jobs from first on each dropped into an earlier one it tells again
 * in full ("KEY DUTIES" under the "EMPLOYMENT HISTORY" table): the earlier
 * takes the town, summary and duties it lacks. */
void worktable_fold_back(struct ctx *, size_t first);
/* What a column named s holds, for a table given one cell a line. */
enum stk worktable_kind(const char *s);

#endif
