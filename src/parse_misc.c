/*
 * The smaller sections: patents and highlights listed apart from the
 * jobs.  Projects are in parse_projects.c; publications, certificates,
 * awards and interests in parse_lists.c.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "parse.h"
#include "xalloc.h"

/* "granted", "filed", from words in the line or the section's heading. */
static const char *
patent_status(const char *s)
{
	char key[200];

	fold_key(s, strlen(s), key, sizeof key);
	if (strstr(key, "granted") || strstr(key, "issued") || strstr(key, "erteilt") ||
	    strstr(key, "delivre") || strstr(key, "concedid") || strstr(key, "concess") ||
	    strstr(key, "udzielon") || strstr(key, "verleend"))
		return "granted";
	if (strstr(key, "filed") || strstr(key, "pending") || strstr(key, "application") ||
	    strstr(key, "applied") || strstr(key, "published") || strstr(key, "angemeldet") ||
	    strstr(key, "depose") || strstr(key, "solicitad") || strstr(key, "deposit") ||
	    strstr(key, "zgloszon") || strstr(key, "aangevraagd") || strstr(key, "offengelegt"))
		return "filed";
	return NULL;
}

/* A patent number: "[10862859]", "US 10,862,859 B2", "US2020/0195431 A1",
 * "KR 10-2468135". */
static int
patent_number(const char *s, size_t *from, size_t *to)
{
	for (size_t i = 0; s[i] != '\0'; i++) {
		size_t j = i, digits = 0;
		if (i > 0 && isalnum((unsigned char)s[i - 1]) && !isdigit((unsigned char)s[i]))
			continue;
		while (isupper((unsigned char)s[j]) && j - i < 2)
			j++;
		while (s[j] == ' ' || s[j] == '.')
			j++;
		/* "KR 10-2024-0051872": a Korean number's parts */
		while (isdigit((unsigned char)s[j]) || ((s[j] == ',' || s[j] == '/' ||
		    ((s[j] == ' ' || s[j] == '-') && digits > 0)) && isdigit((unsigned char)s[j + 1]))) {
			digits += isdigit((unsigned char)s[j]) != 0;
			j++;
		}
		if (digits >= 6) {
			*from = i;
			*to = j;
			return 1;
		}
	}
	return 0;
}

/* Whether a parenthesis holds only a status and a date: "(granted, 2023)". */
static int
status_parens(const char *s)
{
	struct daterange r;
	char *inner = xstrndup(s + 1, strcspn(s + 1, ")"));
	int yes = patent_status(inner) != NULL || (dateparse_find(inner, strlen(inner), &r) &&
	    strspn(inner, "0123456789 ,.-") == strlen(inner));

	free(inner);
	return yes;
}

/* The title: what is left of the line without its number, its kind code
 * ("B2"), a label before it ("Patent No.:"), and a status in parentheses;
 * of the parts left, the longest. */
static char *
patent_title(const char *s, size_t at)
{
	struct strlist parts = STRLIST_INIT;
	struct buf b = BUF_INIT;
	const char *best = "";
	size_t n;

	/* a kind code where the number was */
	if (isupper((unsigned char)s[at]) && (isdigit((unsigned char)s[at + 1]) ||
	    s[at + 1] == ' ') && (s[at + 1] == ' ' || s[at + 2] == ' ' || s[at + 2] == '\0')) {
		buf_add(&b, s, at);
		buf_adds(&b, s + at + (s[at + 1] == ' ' ? 1 : 2));
	} else
		buf_adds(&b, s);
	for (char *p = strchr(b.s, '('); p != NULL; p = strchr(p + 1, '('))
		if (status_parens(p)) {
			*p = '\0';
			break;
		}
	for (char *p = b.s; (p = strchr(p, ':')) != NULL; p++)
		*p = '|';
	role_parts(b.s, &parts);
	for (size_t i = 0; i < parts.n; i++)
		if (strlen(parts.v[i]) > strlen(best))
			best = parts.v[i];
	n = strlen(best);
	while (n > 0 && strchr("[]()-, .", best[n - 1]) != NULL && best[n - 1] != '.')
		n--;
	while (n > 0 && strchr("[]()-, ", *best) != NULL) {
		best++;
		n--;
	}
	best = parse_trim(best, n);
	strlist_clear(&parts);
	buf_free(&b);
	return (char *)best;
}

void
parse_patents(struct ctx *c, const struct sect *sec)
{
	const char *sec_status = sec->title != NULL ? patent_status(sec->title) : NULL;
	struct strlist items = STRLIST_INIT;

	parse_items(c, sec, &items);
	for (size_t i = 0; i < items.n; i++) {
		const char *s = items.v[i];
		struct patent *pt;
		size_t from, to;
		struct buf title = BUF_INIT;
		const char *st = patent_status(s);
		char *t;
		if (strlen(s) < 8)
			continue;
		if ((pt = parse_append(c, SEC_PATENTS)) == NULL)
			break;
		if (patent_number(s, &from, &to)) {
			char *num = parse_trim(s + from, to - from);
			profile_set(&pt->number, num);
			free(num);
			buf_add(&title, s, from);
			buf_adds(&title, s + to + (s[to] == ' '));
		} else {
			buf_adds(&title, s);
			from = 0;
		}
		t = patent_title(buf_str(&title), from);
		profile_set(&pt->title, t);
		profile_set(&pt->status, st != NULL ? st : sec_status);
		free(t);
		buf_free(&title);
		/* a line of separators leaves nothing: no record */
		if (pt->number == NULL && pt->title == NULL)
			profile_remove(c->p, SEC_PATENTS, c->p->npatents - 1);
	}
	strlist_clear(&items);
}

/* Whether the item names the organisation as a word of its own. */
static int
names_org(const char *item, const char *org)
{
	size_t n = strlen(org);

	for (const char *q = strstr(item, org); q != NULL && n > 1; q = strstr(q + 1, org))
		if ((q == item || !isalnum((unsigned char)q[-1])) && !isalnum((unsigned char)q[n]) &&
		    !(q[n] == '\'' && q[n + 1] == 's' && isalnum((unsigned char)q[n + 2])))
			return 1;
	return 0;
}

/* "Highlights" apart from the jobs ("Raised conversion at Clip by 14%"):
 * an item that names one employer, and only one, is that job's
 * highlight; the others say nothing of a job. */
void
parse_highlights(struct ctx *c, const struct sect *sec)
{
	struct strlist items = STRLIST_INIT;

	parse_items(c, sec, &items);
	for (size_t i = 0; i < items.n; i++) {
		struct work *w = NULL;
		int named = 0;
		for (size_t k = 0; k < c->p->nwork; k++) {
			const char *org = c->p->work[k].name;
			if (org == NULL || !names_org(items.v[i], org))
				continue;
			/* the same firm twice, one job after another: the latest */
			if (w == NULL || strcmp(w->name, org) != 0)
				named++;
			if (w == NULL)
				w = &c->p->work[k];
		}
		if (named == 1 && strlist_find(&w->highlights, items.v[i]) < 0)
			strlist_add(&w->highlights, items.v[i]);
	}
	strlist_clear(&items);
}
