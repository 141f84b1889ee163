/*
 * skillwrap: see skillwrap.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "lexicon.h"
#include "lineword.h"
#include "parse.h"
#include "skillwrap.h"
#include "xalloc.h"

int
skillwrap_list_sep(const char *s)
{
	const char *slash = strstr(s, " / "), *open = strchr(s, '(');
	char *outside;
	int yes;

	/* "Microsoft Excel (advanced, pivot tables)": commas in brackets
	 * part no items, nor in a bracket a wrap left open ("Excel avancé
	 * (TCD, Power" over "Query)") */
	if (open != NULL) {
		outside = xstrdup(s);
		for (char *p = strchr(outside, '('), *q; p != NULL; p = strchr(p, '(')) {
			if ((q = strchr(p, ')')) == NULL)
				q = p + strlen(p) - 1;
			memset(p, ' ', (size_t)(q - p + 1));
		}
		yes = skillwrap_list_sep(outside);
		free(outside);
		return yes;
	}

	return strpbrk(s, ",;|\t") != NULL || strstr(s, "\xc2\xb7") != NULL ||
	    strstr(s, "\xe3\x80\x81") != NULL || strstr(s, "\xef\xbc\x8c") != NULL ||
	    strstr(s, "\xe2\x80\xa2") != NULL || (slash != NULL && strstr(slash + 3, " / ") != NULL) ||
	    strstr(s, "\xe2\x97\x8f") != NULL || strstr(s, "\xe2\x96\xaa") != NULL ||
	    strstr(s, " ~ ") != NULL;
}

size_t
skillwrap_group_prefix(const char *s, int table)
{
	size_t n = strcspn(s, table ? ":\t|" : ":\t");

	if (s[n] == '\0' || n == 0 || n > 40 || s[n + 1] == '\0')
		return 0;
	/* "DOT / FMCSA Compliance<gap>|<gap>CSA Score Management": items
	 * set apart by bars, no label */
	if (s[n] == '\t' && s[n + 1 + strspn(s + n + 1, " \t")] == '|')
		return 0;
	for (size_t i = 0, w = 1; i < n; i++)
		if (s[i] == ' ' && ++w > 5)
			return 0;
	/* "MS Excel (Advanced: Pivot Tables, ...)": a colon inside brackets
	 * labels no group */
	if (memchr(s, '(', n) != NULL && memchr(s, ')', n) == NULL)
		return 0;
	return n;
}

int
skillwrap_bracket_next(const char *line, const char *next)
{
	const char *open = strrchr(line, '('), *close = strchr(next, ')');

	/* "Excel avancé (TCD, Power" over "Query)": a bracket the wrap
	 * left open, closed on the next line */
	if (open != NULL && strchr(open, ')') == NULL && close != NULL &&
	    memchr(next, '(', (size_t)(close - next)) == NULL)
		return 1;
	return next[0] == '(' && close != NULL && strchr(line, '(') == NULL;
}

/* "Incoterms 2020 et formalités" over "douanières": an item of several
 * words wrapped before its last, a word in lower case no list knows. */
static int
word_wrapped(const struct ctx *c, const char *line, const char *next)
{
	size_t n = strlen(next);

	return fold_lower_at(next) && lineword_count(line) >= 3 && lineword_count(next) <= 2 &&
	    !skillwrap_list_sep(line) && !skillwrap_list_sep(next) && strchr(line, ':') == NULL &&
	    !lexicon_skill(c->lx, next, n) && !lexicon_skill(c->lx, line, strlen(line));
}

/* "▪ Robot Structural" over "  Analysis": a bullet's name wrapped under
 * its text, set in past the glyph. */
static int
bullet_wrapped(const struct line *l, const struct line *next)
{
	return (l->flags & MK_BULLET) && !(next->flags & (MK_BULLET | LN_BLANK)) &&
	    next->indent > l->indent && lineword_count(next->s) <= 3 && !skillwrap_list_sep(next->s);
}

/* "... | MATLAB | Microsoft" over "Office | SAP PP (basic)": a long list
 * wrapped inside an item, the next line a list too. */
static int
list_wrapped(const char *line, const char *next)
{
	size_t n = strlen(line), w = n;

	while (w > 0 && line[w - 1] != ' ')
		w--;
	/* the item cut is one word ("Microsoft"), no whole one */
	return n >= 60 && strchr(",;|)", line[n - 1]) == NULL && skillwrap_list_sep(line) &&
	    w >= 2 && strchr(",;|", line[w - 2]) != NULL && skillwrap_list_sep(next) &&
	    skillwrap_group_prefix(next, 0) == 0 && skillwrap_group_prefix(line, 0) == 0;
}

/* "Frameworks: Django, Django REST" over "Framework, FastAPI": a list a
 * narrow column wrapped inside an item, the item whole a known skill. */
static int
item_wrapped(const struct ctx *c, const char *line, const char *next)
{
	const char *last = strrchr(line, ',');
	size_t n = strcspn(next, ",;|");
	char *item;
	int known;

	if (last == NULL || last[1] != ' ' || n == 0 || n > 30)
		return 0;
	item = xprintf("%s %.*s", last + 2, (int)n, next);
	known = lexicon_skill(c->lx, item, strlen(item));
	free(item);
	return known;
}

/* "Manual testing (functional," over "regression, UAT)", "Automation:
 * Selenium WebDriver," over "Java, TestNG": a narrow column wrapped
 * after an item's comma, inside a bracket or a labelled list, the next
 * line going on with no label of its own. */
static int
comma_wrapped(const struct line *l, const char *line, const char *next)
{
	const char *open = strrchr(line, '(');

	if (line[strlen(line) - 1] != ',' || (l->flags & MK_BULLET))
		return 0;
	if (open != NULL && strchr(open, ')') != NULL)
		open = NULL;
	return (open != NULL && strchr(next, ')') != NULL) ||
	    (strchr(line, ':') != NULL && lineword_count(next) <= 4);
}

int
skillwrap_joins(const struct ctx *c, const char *first, const struct line *l, const char *line,
    const struct line *next)
{
	return ((islower((unsigned char)next->s[0]) &&
	    (skillwrap_list_sep(first) || (l->flags & MK_BULLET))) ||
	    skillwrap_bracket_next(line, next->s) || word_wrapped(c, line, next->s) ||
	    list_wrapped(line, next->s) || bullet_wrapped(l, next) ||
	    item_wrapped(c, line, next->s) ||
	    (skillwrap_list_sep(line) && lineword_open_end(line)) ||
	    /* "Análise Financeira e de" over "Investimentos" */
	    parse_ends_joining(line, strlen(line)) ||
	    /* "..., Microsoft" over "365" */
	    (skillwrap_list_sep(line) && isdigit((unsigned char)next->s[0]) &&
	    lineword_count(next->s) <= 2 && !skillwrap_list_sep(next->s))) &&
	    skillwrap_group_prefix(next->s, 0) == 0 && !(next->flags & (LN_BLANK | MK_BULLET)) &&
	    (strchr(",;|", line[strlen(line) - 1]) == NULL || comma_wrapped(l, line, next->s));
}
