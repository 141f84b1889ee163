/*
 * roleline: touch-ups of a work entry's header lines before they are read
 * into organisation, role and place: a name wrapped over two lines, a
 * bullet glyph left at a line's start, a promotion written on one line.
 */
#ifndef DOSSIER_ROLELINE_H
#define DOSSIER_ROLELINE_H

#include "buf.h"
#include "parse.h"

/* The lines with an organisation's name that wraps after "and", "of",
 * "für" ... joined to its last words ("Eawag – Swiss Federal Institute of
 * Aquatic Science and" + "Technology"), into out. */
void roleline_join_wraps(const struct strlist *lines, struct strlist *out);
/* s past a bullet glyph that opens it ("» Gruppo Hera", "▪ Cook") and a
 * label of the employer or the title ("Empresa: ", "Functie: "). */
const char *roleline_unbullet(const char *s);
/* Whether the line is a labelled fact of the job ("Hours per week: 40",
 * "Salary: $60,000"), no part of its header. */
int roleline_fact(const char *s);
/* "Working as Lead Engineer in Cyient Ltd., Hyderabad from": the role and
 * the company of such a sentence as "Lead Engineer | Cyient Ltd.,
 * Hyderabad"; NULL when the line is none. */
char *roleline_worked_as(const char *s);
/* "Empresa: Deloitte México", "Puesto" over "Auditora Semisenior": 1 when
 * s is labelled as the employer, 2 as the title, 0 else; *value the
 * value after the label's colon, empty when the label stands alone (its
 * value on the next line). */
int roleline_label_kind(const char *s, const char **value);
/* "Miasto: Kalisz", "Country: Germany": a place under its label, as the
 * Europass editor prints one; 1 for a town, 2 for a country, 0 for
 * none, its value in *value. */
/* "Department : Internal Medicine", "Unit: Cardiology": whether s is a
 * label of a part of the firm and its value. */
int roleline_unit_label(const char *s);
int roleline_place_label(const char *s, const char **value);
/* A title that records a promotion ("Line Cook -> Lead Line Cook", "Cook,
 * promoted to Lead Cook") cut to the last title, and the rest of a note in
 * brackets the dates were cut from and a note of the terms of the work
 * ("(part-time, 25 hrs/wk)", "(GS-0346-12)") off it, in place. */
void roleline_promoted(char *role);
/* "Projektleiterin bei Continental AG", "Cheffe de projet chez Decathlon",
 * "Ingeniero en Telefónica S.A.": the line as "title | firm", or NULL. */
char *roleline_at(const struct ctx *, const char *s);
/* "1) Al Dhafra Bulk Transport LLC" over "Designation: ...": a numbered
 * line the fields of an entry follow heads that entry, no list item. */
int roleline_numbered_head(const struct layout *, size_t i, size_t to);
/* "Earlier roles: Engineer, Pinecrest, Portland (2005 – 2012); Analyst,
 * ...": the roles a label runs in, one a piece into *pieces; the count
 * of lines they took from i, 0 if line i is no such list. */
size_t roleline_earlier(const struct layout *, size_t i, size_t to, struct strlist *pieces);
/* "Software Engineer Brightline Freight Inc.": a title and a firm with
 * nothing between them, where the words of no title start after the
 * last word of one; that offset, 0 if none. */
size_t roleline_title_lead(const char *s);
/* "GEOMETRA – TECNICO DI CANTIERE Edilcostruzioni Bertolani S.r.l.": the
 * length of a run of words in capitals, a title's, before a name in small
 * letters (as Europass sets a job over its employer); 0 if none. */
size_t roleline_caps_lead(const char *s);
/* What follows such a run, past the spaces and a dash between. */
const char *roleline_after_caps(const char *s);

#endif
