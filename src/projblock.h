/*
 * projblock: the project blocks Indian job-board résumés set under their
 * jobs ("Project #1", "Client : ...", "Role : ...", "Duration : ...",
 * then the responsibilities).
 *
 * Read as entries they became jobs of their own, named "Client" or
 * "Duration".  They belong to a job already listed: the one whose start
 * the duration shares, or whose firm the client line names; its bullets
 * become that job's highlights.  A block no job claims is a project.
 */
#ifndef DOSSIER_PROJBLOCK_H
#define DOSSIER_PROJBLOCK_H

#include "parse.h"

/* One block: its labelled lines read, its body's lines joined. */
struct projblock {
	char *name, *client, *org, *role, *description, *stack;
	struct daterange when;
	int dated;
	struct strlist body;
	int indent;		/* of the last body line */
	int described;		/* the last line was the description's */
};

struct projblocks {
	struct projblock *v;
	size_t n;
};

/* "Client        : Acme": the label's folded key into key, and where its
 * value starts; NULL when s opens with no label of 24 bytes or fewer. */
const char *projblock_label(const char *s, char *key, size_t keylen);
/* "Project #1", "Project 2:", "PROJECT NO. 3: Billing revamp": the head
 * of a block. */
int projblock_head(const char *s);
/* The first line of the section that opens a project block, or sec->to. */
size_t projblock_start(const struct ctx *, const struct sect *);
/* Reads the blocks of sec into the jobs from index first on. */
void projblock_parse(struct ctx *, const struct sect *, size_t first);
/* A section of projects set out so ("MTTR reduction on VMC line" over
 * "Client : ...", "Duration : ...", "Project Details : ..."): each block
 * a project; 0 when the section has too few such labels. */
int projblock_labelled(struct ctx *, const struct sect *);

/* "2023.04 - Present" over the firm and title, then "Project 1: Risk
 * Platform (2023.06 - 2024.05)" over "Tech stack:", "Description:" and
 * bullets, then the next job's dates: blocks set between the jobs, read
 * into B and their lines (and a "Project Experience" label over them)
 * blanked; the number read, 0 when no job follows a block. */
size_t projblock_cut(struct ctx *, const struct sect *, struct projblocks *B);
/* The blocks cut as projects, each of the job (from index first on) its
 * dates lie within; B is emptied. */
void projblock_store_cut(struct ctx *, struct projblocks *B, size_t first);

#endif
