/*
 * eduorder: see eduorder.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "edudegree.h"
#include "eduname.h"
#include "eduorder.h"

/* Whether an entry's two header lines name neither a school nor a degree
 * by any word ("VWO-deelcertificaten Engels, ..." over "Avond-VWO
 * Nickerie, Nieuw Nickerie"): which is which is a guess. */
static int
blind_head(const struct entry *en)
{
	for (size_t i = 0; i < en->head.n; i++)
		if (role_school_score(en->head.v[i]) > 0 || role_degree_score(en->head.v[i]) > 0)
			return 0;
	return en->head.n == 2;
}

/* 1 when the entry's degree came on the line before its school's, -1
 * when after, 0 when not known. */
static int
head_order(const struct entry *en, const struct education *e)
{
	size_t ks = SIZE_MAX, kd = SIZE_MAX;

	if (e->institution == NULL || e->study_type == NULL)
		return 0;
	for (size_t k = 0; k < en->head.n; k++) {
		if (ks == SIZE_MAX && strstr(en->head.v[k], e->institution) != NULL)
			ks = k;
		if (kd == SIZE_MAX && strstr(en->head.v[k], e->study_type) != NULL)
			kd = k;
	}
	if (ks == SIZE_MAX || kd == SIZE_MAX || ks == kd)
		return 0;
	return kd < ks ? 1 : -1;
}

void
eduorder_follow(const struct ctx *c, const struct entry *en, struct education *e, int *order)
{
	int o = head_order(en, e);

	if (!blind_head(en)) {
		if (o != 0)
			*order = o;
		return;
	}
	if (*order != 1 || o != -1)
		return;
	free(e->institution);
	free(e->study_type);
	free(e->area);
	e->institution = e->study_type = e->area = NULL;
	profile_set(&e->institution, en->head.v[1]);
	edudegree_split(en->head.v[0], e);
	eduname_tidy(c, e->institution);
	/* "Avond-VWO Nickerie, Nieuw Nickerie": the school's town apart */
	role_places_off(c, e->institution);
}
