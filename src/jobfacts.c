#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "fold.h"
#include "jobfacts.h"
#include "lineword.h"
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

/* "4 года 7 месяцев": a line that is a stated duration and nothing more. */
static int
duration_alone(const char *s)
{
	size_t n, from, to;

	/* most lines open on no figure: no parse for them */
	if (!isdigit((unsigned char)s[0]))
		return 0;
	n = strlen(s);
	return dateparse_duration(s, n, &from, &to) >= 0 && from == 0 && to + 1 >= n;
}

/* "Алматы, airastana.com": a town, then the firm's site after a comma;
 * the site goes. */
static void
site_off(struct line *l)
{
	char *comma = strrchr(l->s, ',');
	const char *site;

	if (comma == NULL || comma[1] != ' ')
		return;
	site = comma + 2;
	if (strchr(site, ' ') == NULL && strchr(site, '.') != NULL && strchr(site, '@') == NULL &&
	    strlen(site) > 4)
		*comma = '\0';
}

/* The board's branches of an industry: a few short bullets, no sentences. */
static size_t
branch_run(const struct layout *L, size_t k)
{
	size_t n = 0;

	while (k + n < L->n && (L->v[k + n].flags & MK_BULLET) && lineword_count(L->v[k + n].s) <= 5 &&
	    strpbrk(L->v[k + n].s, ".;:") == NULL)
		n++;
	return k + n < L->n && (L->v[k + n].flags & MK_BULLET) ? 0 : n;
}

/*
 * hh.ru, hh.kz: "Май 2020 — по настоящее время" over "4 года 7 месяцев"
 * over "Air Astana" over "Алматы, airastana.com" over "Перевозки,
 * логистика, склад, ВЭД" over "• Авиаперевозки" over the title.  The
 * firm's site leaves the town's line; the industry and its branches, the
 * board's filing of the firm, go.
 */
void
jobfacts_industry_drop(struct layout *L)
{
	for (size_t i = 1; i + 4 < L->n; i++) {
		size_t k = i + 2, b;
		if (!duration_alone(L->v[i].s) || !dateparse_only(L->v[i - 1].s) ||
		    (L->v[i + 1].flags & MK_BULLET))
			continue;
		if (!(L->v[k].flags & MK_BULLET) && !(L->v[k + 1].flags & MK_BULLET)) {
			site_off(&L->v[k]);	/* the town's line */
			k++;
		}
		if ((L->v[k].flags & (MK_BULLET | LN_BLANK)) || lineword_count(L->v[k].s) > 6 ||
		    (b = branch_run(L, k + 1)) == 0 || b > 3 || k + 1 + b >= L->n)
			continue;
		/* the title under them: short, no sentence */
		if (lineword_count(L->v[k + 1 + b].s) > 8 || strchr(L->v[k + 1 + b].s, '.') != NULL)
			continue;
		for (size_t j = k; j < k + 1 + b; j++)
			L->v[j].s[0] = '\0';
	}
}

int
jobfacts_tables_sorted(void)
{
	return wordtab_sorted(&labels);
}
