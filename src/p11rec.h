/*
 * p11rec: the records of the United Nations Personal History form (P.11):
 * its employment record, a block of boxes a post,
 *
 *	From Mo./Year 07/2016   To Mo./Year 02/2019   ...   Exact title of your post
 *	                                                    Protection Monitoring Officer
 *	Name of Employer     Danish Refugee Council (DRC)   Type of business ...
 *	Address of Employer  DRC Bor Field Office, Hai Malakal, Bor, Jonglei State
 *	Description of your duties
 *	Supervised a team of six protection monitors ...
 *
 * and its tables of schools, each cell wrapped in its column:
 *
 *	Name, place and country     Attended From/To   Degrees, Academic     Main course
 *	Makerere University,        08/2008  06/2011   Bachelor of Arts in   Sociology
 *	Kampala, Uganda                                Social Sciences
 *
 * Each is written out as labelled lines ("Position: ...", "Employer: ...",
 * "Institution: ...") that the form reader (form.h) takes.
 */
#ifndef DOSSIER_P11REC_H
#define DOSSIER_P11REC_H

#include "buf.h"
#include "formcells.h"
#include "lexicon.h"

/* Whether row r opens a numbered item of the form ("26. EMPLOYMENT
 * RECORD") or a lettered part of one ("B. PREVIOUS POSTS"). */
int p11rec_item(const struct frow *r);
/* Whether row r is a page's foot ("P.11 – Page 2 of 4"). */
int p11rec_foot(const struct frow *r);
/* The posts of the employment record, as labelled lines onto out. */
void p11rec_jobs(const struct lexicon *, const struct frows *, struct buf *out);
/* The schools of the education tables, as labelled lines onto out. */
void p11rec_schools(const struct frows *, struct buf *out);

#endif
