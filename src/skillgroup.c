/*
 * skillgroup: see skillgroup.h.
 */
#include <ctype.h>
#include <string.h>

#include "lexicon.h"
#include "lineword.h"
#include "markup.h"
#include "parse.h"
#include "skillgroup.h"
#include "skillwrap.h"

static int
capitals(const char *s)
{
	int upper = 0;

	for (; *s != '\0'; s++) {
		if (islower((unsigned char)*s))
			return 0;
		upper += isupper((unsigned char)*s) != 0;
	}
	return upper >= 3;
}

static int
commas(const char *s)
{
	int n = 0, depth = 0;

	for (; *s != '\0'; s++) {
		depth += *s == '(';
		depth -= *s == ')' && depth > 0;
		n += *s == ',' && depth == 0;
	}
	return n;
}

/* "SQL (MySQL, SQL Server)": a skill with a list in brackets after it, an
 * item, no group's name. */
static int
bracket_list(const char *s)
{
	const char *open = strchr(s, '(');
	size_t n = strlen(s);

	return open != NULL && open > s && n > 0 && s[n - 1] == ')' &&
	    memchr(open, ',', (size_t)(s + n - open)) != NULL;
}

/* "Core Skills" over its list: a short line, no separators, not a skill
 * itself, with a list after it. */
/* A line of one skill alone, the list's items one a line: */
static int
lone_item(const struct line *l)
{
	size_t n = strlen(l->s);

	return n > 0 && !skillwrap_list_sep(l->s) && l->s[n - 1] != ':' && !capitals(l->s) &&
	    !(l->flags & MK_NUMBERED);
}

/* "Čtení výkresové dokumentace" over "MS Office, Revizor": the last of
 * a run of items one a line, not a group over the list after it */
static int
in_item_run(const struct ctx *c, size_t i, size_t from)
{
	const struct line *v = c->L->v;

	return i >= from + 2 && !(v[i].flags & LN_BLANK) && !(v[i - 1].flags & LN_BLANK) &&
	    lone_item(&v[i]) && lone_item(&v[i - 1]) && lone_item(&v[i - 2]);
}

int
skillgroup_line(const struct ctx *c, size_t i, size_t from, size_t to)
{
	const struct line *l = &c->L->v[i], *next;
	struct strlist parts = STRLIST_INIT;
	int glued;

	/* a list item over items one level down: "* Methods" over
	 * "  * Eddy covariance" */
	if ((l->flags & MK_BULLET) && i + 1 < to && (c->L->v[i + 1].flags & MK_BULLET) &&
	    c->L->v[i + 1].indent > l->indent && !skillwrap_list_sep(l->s) &&
	    lineword_count(l->s) <= 4)
		return 1;
	/* a skill's name in capitals over a list names the group:
	 * "MACHINE LEARNING" over "XGBoost, A/B testing" */
	if (i + 1 >= to || skillwrap_list_sep(l->s) || lineword_count(l->s) > 4 ||
	    (l->flags & (MK_BULLET | MK_NUMBERED)))
		return 0;
	next = &c->L->v[i + 1];
	if (skillwrap_bracket_next(l->s, next->s) || bracket_list(l->s))
		return 0;
	/* "GitLab CI" over "Testing: pytest, ...", after "...,
	 * Terraform,": the end of the list above, no group over a list
	 * that names its own */
	if (next->s[skillwrap_group_prefix(next->s, 0)] == ':' || (i > from && !(l->flags & LN_BLANK) &&
	    c->L->v[i - 1].s[0] != '\0' && strchr(",;", c->L->v[i - 1].s[strlen(c->L->v[i - 1].s) - 1]) != NULL))
		return 0;
	/* "Test Automation" over "Selenium, Playwright, Cypress,": a
	 * skill's name over a list of three or more names their group */
	if (lexicon_skill(c->lx, l->s, strlen(l->s)) && !capitals(l->s) &&
	    commas(next->s) < 2)
		return 0;
	if (in_item_run(c, i, from))
		return 0;
	if (skillwrap_list_sep(next->s) || (next->flags & MK_BULLET) ||
	    (parse_tongue(next->s, strcspn(next->s, " (:")) &&
	    !parse_tongue(l->s, strcspn(l->s, " (:"))))
		return 1;
	parse_unglue(c->lx, next->s, strlen(next->s), &parts);
	glued = parts.n >= 2;
	strlist_clear(&parts);
	return glued || l->s[strlen(l->s) - 1] == ':';
}

