/*
 * citation: a publication written as a reference, cut into its title and
 * its venue.
 *
 * Résumés list publications the way papers cite them: "A. Okonkwo,
 * L. Chen. Flexible quorums for geo-replicated logs. OSDI 2022.",
 * "Natarajan, P. (2020). Streaming joins at scale. Proceedings of VLDB,
 * 13(12).", "\"Graded porosity in silicon anodes\", Journal of Power
 * Sources, 2021".  The authors, the volume and pages and the year are not
 * the title; the venue is its publisher.
 */
#ifndef DOSSIER_CITATION_H
#define DOSSIER_CITATION_H

/* The title and venue of the reference s (either may come back NULL; the
 * caller frees both); 1 when s reads as a reference, else 0 and nothing
 * set. */
int citation_split(const char *s, char **title, char **venue);

#endif
