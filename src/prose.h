/*
 * prose: a career told in sentences.
 *
 * An "About" page may give the whole career as prose and no list: "Since
 * 2019 I have led the platform team at Wix.  Before that I spent four
 * years as a backend engineer at Check Point, and two years as a
 * developer at Intel in Haifa.  I studied computer science at the
 * Technion (BSc, 2011)."  When no section gave a job (or no school),
 * prose_career reads the paragraphs for them: an organisation after "at"
 * in a clause that tells of work ("as a ...", "led", "joined", "worked")
 * or of study ("studied", "an MBA", "a PhD"), with the role after "as a",
 * a place after "in", and the dates the clause holds.
 */
#ifndef DOSSIER_PROSE_H
#define DOSSIER_PROSE_H

struct ctx;

void prose_career(struct ctx *);

#endif
