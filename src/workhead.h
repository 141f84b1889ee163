/*
 * workhead: a work entry's header lines into organisation, role and place
 * (for parse_work.c).
 */
#ifndef DOSSIER_WORKHEAD_H
#define DOSSIER_WORKHEAD_H

#include "parse.h"

struct workhead {
	char *org, *role, *place;
	char *url;		/* "Москва, www.alfa.example.com": the firm's site */
	char *unit;		/* "Department : Internal Medicine", as written */
	/* by their words, the role's part came before the organisation's
	 * (1) or after it (-1); 0 when no words told */
	int order;
	/* the section's hint for a header whose words tell no order (1: the
	 * role first); -1 when the parts are not in the order of the lines */
	int role_first;
};

/* The word for "at" of another language that parts a role from its firm
 * in s ("Jefe de Almacén en Transportes del Bajío", "Entwicklerin bei
 * SAP"), or NULL; *firm says whether the words after it name a firm. */
const char *workhead_join(const char *s, int *firm);
/* Reads the entry's header and the words beside its dates into *h. */
void workhead_read(const struct ctx *, const struct entry *, struct workhead *h);
/* Whether the entry is a gap in the career ("Career break", "Parental
 * leave", "Congé maternité"), no job. */
int workhead_gap(const struct workhead *h);
void workhead_free(struct workhead *);

#endif
