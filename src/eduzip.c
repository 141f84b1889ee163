/*
 * eduzip: see eduzip.h.
 */
#include <stdlib.h>
#include <string.h>

#include "edudegree.h"
#include "edugrade.h"
#include "eduzip.h"
#include "xalloc.h"

/* The certificate the degree of school e is: dated the year it ended,
 * named as a degree, given by no body of its own; its index, or
 * p->ncertificates if none. */
static size_t
degree_of(const struct profile *p, const struct education *e)
{
	for (size_t i = 0; i < p->ncertificates; i++) {
		const struct certificate *k = &p->certificates[i];
		if (k->name != NULL && k->date != NULL && k->issuer == NULL &&
		    strncmp(k->date, e->end, 4) == 0 && role_degree_score(k->name) > 0 &&
		    strcmp(k->name, e->institution) != 0)
			return i;
	}
	return p->ncertificates;
}

void
eduzip_apply(struct profile *p)
{
	for (size_t i = 0; i < p->neducation; i++) {
		struct education *e = &p->education[i];
		size_t k;
		char *bare;
		if (e->study_type != NULL || e->area != NULL || e->end == NULL ||
		    e->institution == NULL || (k = degree_of(p, e)) == p->ncertificates)
			continue;
		bare = edugrade_tail(p->certificates[k].name, e);
		edudegree_split(bare, e);
		free(bare);
		profile_remove(p, SEC_CERTIFICATES, k);
	}
}
