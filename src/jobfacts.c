#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "jobfacts.h"
#include "wordlist.h"

#define KEY 48
/* The longest value a fact has: a category, a level, a sum, some places. */
#define VALUE_MAX 90

/* The labels, folded, in the languages the boards are written in. */
static const char *const labels_v[] = {
	"area funcional", "availability", "career level", "categoria",
	"current salary", "employment type", "expected salary", "functional area",
	"industria", "industry", "job category", "job function", "job level",
	"job type", "monthly salary", "nivel", "nivel jerarquico", "notice period",
	"personas a cargo", "position level", "preferred location",
	"preferred locations", "preferred work location", "role", "role category",
	"salario", "salario deseado", "salary", "salary expectation", "sector",
	"seniority level", "specialisation", "specialization", "tipo de contrato",
	"total experience", "work type",
};
static const struct wordtab labels = WORDTAB(labels_v);

static int
label_line(const struct line *l)
{
	char key[KEY];
	size_t n = strlen(l->s);

	if (n == 0 || n >= KEY || (l->flags & (MK_BULLET | MK_NUMBERED)))
		return 0;
	fold_key(l->s, n, key, sizeof key);
	return wordtab_has(&labels, key);
}

/* Whether lines i and i + 1 are a fact: its label over its value. */
static int
fact_at(const struct layout *L, size_t i)
{
	const struct line *v;

	if (i + 1 >= L->n || !label_line(&L->v[i]))
		return 0;
	v = &L->v[i + 1];
	return v->s[0] != '\0' && strlen(v->s) <= VALUE_MAX && !(v->flags & (LN_BLANK | MK_BULLET)) &&
	    !label_line(v);
}

void
jobfacts_drop(struct layout *L)
{
	for (size_t i = 0; i < L->n; i++) {
		size_t j = i;
		while (fact_at(L, j))
			j += 2;
		if (j - i < 4)
			continue;
		for (size_t k = i; k < j; k++)
			L->v[k].s[0] = '\0';
		i = j - 1;
	}
}

int
jobfacts_tables_sorted(void)
{
	return wordtab_sorted(&labels);
}
