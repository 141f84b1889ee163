/*
 * projlabel: the sites a contractor's employee was sent to, each named by
 * a label inside the job ("Project: Lusail Plaza Towers" over "Client:
 * ...", "Consultant: ...", "Main Contractor: ...", "Position: ...").
 *
 * Read as the job's header, the client line named the employer and the
 * second site's labels became the job's summary.  When some job of the
 * section names two sites or more, every site so named is a project of
 * its job's firm, its other labels its description; the duties stay the
 * job's.  A job naming one site alone ("Project : Mall" beside "Company :"
 * and "Position :") keeps it as one of its facts.
 */
#ifndef DOSSIER_PROJLABEL_H
#define DOSSIER_PROJLABEL_H

#include "parse.h"

struct projlabel {
	char *name, *description;
};

/* The sites taken out of one entry. */
struct projlabels {
	struct projlabel *v;
	size_t n;
};

/* Takes the labelled sites out of the entries' header and prose lines
 * into out, an array of E->n; 0 when no entry names two. */
int projlabel_take(struct entries *E, struct projlabels *out);
/* Appends one entry's sites as projects of org, and frees them. */
void projlabel_store(struct ctx *, struct projlabels *, const char *org);
void projlabel_clear(struct projlabels *);

#endif
