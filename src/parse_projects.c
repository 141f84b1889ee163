/*
 * Projects: entries named by a title, dated or not, with their
 * organisation, link and highlights.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dateparse.h"
#include "fold.h"
#include "parse.h"
#include "projtable.h"
#include "projblock.h"
#include "wordlist.h"
#include "xalloc.h"

/* The first cell of a line: up to a tab or a bar. */
static char *
first_cell(const char *s)
{
	size_t n = strcspn(s, "\t|");

	return parse_trim(s, n);
}

/* "(Final Year Project)", "(personal project)", "(Capstone)": what kind
 * of project it was, no organisation. */
static int
note_kind(const char *s)
{
	static const char *const words[] = { "academic", "capstone", "course", "coursework",
		"final year", "group", "hackathon", "mini project", "personal", "project", "side",
		"team", "thesis", NULL };
	char key[64];

	fold_key(s, strcspn(s, ")"), key, sizeof key);
	return wordlist_holds(words, key);
}

/* "Silicon Anode Scale-up (Nordlys Energy Research)": the organisation in
 * parentheses, when it reads as one. */
static void
entity_in_parens(char *name, struct project *pr)
{
	size_t n = strlen(name);
	char *open = strrchr(name, '(');

	if (n < 4 || name[n - 1] != ')' || open == NULL || open == name || open[-1] != ' ')
		return;
	name[n - 1] = '\0';
	if (strchr(open + 1, ' ') == NULL && role_company_score(open + 1) == 0) {
		name[n - 1] = ')';
		return;
	}
	profile_set(note_kind(open + 1) ? &pr->description : &pr->entity, open + 1);
	open[-1] = '\0';
}

/* Whether s is an employer of the work section. */
static int
employer(const struct ctx *c, const char *s)
{
	for (size_t i = 0; i < c->p->nwork; i++)
		if (c->p->work[i].name != NULL && strcasecmp(c->p->work[i].name, s) == 0)
			return 1;
	return 0;
}

/* Whether s names an organisation: by its words, or as an employer of
 * the work section. */
static int
organisation(const struct ctx *c, const char *s)
{
	return role_company_score(s) > 0 || role_school_score(s) > 0 || employer(c, s);
}

/* "Crop Disease Detection (Final Year Project)", "College Event
 * Management Portal": words in capitals after the dash, a note in
 * brackets aside, are the name's subtitle, no sentence. */
static int
subtitle(const char *s)
{
	static const char *const small[] = { "a", "an", "and", "de", "del", "der", "des", "di",
		"et", "for", "in", "la", "of", "on", "the", "to", "und", "y", NULL };
	size_t end = strcspn(s, "(");
	int words = 0;

	for (const char *w = s; w < s + end; w += strcspn(w, " "), w += strspn(w, " ")) {
		size_t k = strcspn(w, " ");
		int known = 0;
		if (w + k > s + end)
			k = (size_t)(s + end - w);
		if (k == 0)
			continue;
		for (int i = 0; small[i] != NULL && !known; i++)
			known = strlen(small[i]) == k && strncmp(w, small[i], k) == 0;
		if (!known && !fold_upper_at(w) && !isdigit((unsigned char)*w) && *w != '&')
			return 0;
		words++;
	}
	return words > 0 && words <= 6;
}

/* "Edge router firmware — Vyoma Networks Pvt Ltd": the organisation after a
 * separator, when it reads as one (a subtitle stays with the name). */
static void
entity_after(const struct ctx *c, char *name, struct project *pr)
{
	struct strlist parts = STRLIST_INIT;

	role_parts(name, &parts);
	/* "CampusConnect – College Event Management Portal": a subtitle,
	 * unless the words name a firm by its legal form or an employer */
	if (parts.n >= 2 && organisation(c, parts.v[parts.n - 1]) &&
	    !(subtitle(parts.v[parts.n - 1]) && role_firm_score(parts.v[parts.n - 1]) == 0 &&
	    !employer(c, parts.v[parts.n - 1]))) {
		char *at = strstr(name, parts.v[parts.n - 1]);
		if (pr->entity == NULL)
			profile_set(&pr->entity, parts.v[parts.n - 1]);
		while (at != NULL && at > name && strchr(" -|\t@", at[-1]) == NULL)
			at--;
		while (at != NULL && at > name && (strchr(" -|\t@", at[-1]) != NULL ||
		    (unsigned char)at[-1] >= 0x80))
			at--;
		if (at != NULL && at > name)
			*at = '\0';
	}
	strlist_clear(&parts);
}

static int
words_in(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		n += *s != ' ' && (s[1] == ' ' || s[1] == '\0');
	return n;
}

/* "Feira Livre (2019) — Find street markets by day": the name before a
 * dash, what follows it, four words or more, a highlight; a
 * year in brackets after the name goes. */
static void
name_description(char *name, struct project *pr)
{
	static const char *const seps[] = { " \xe2\x80\x94 ", " \xe2\x80\x93 ", NULL };
	char *cut = NULL, *rest = NULL;
	size_t n;

	for (int i = 0; seps[i] != NULL; i++) {
		char *p = strstr(name, seps[i]);
		if (p != NULL && p > name && (cut == NULL || p < cut)) {
			cut = p;
			rest = p + strlen(seps[i]);
		}
	}
	if (cut != NULL && words_in(rest) >= 4 && !subtitle(rest)) {
		strlist_add(&pr->highlights, rest);
		*cut = '\0';
	}
	n = strlen(name);
	if (n > 7 && name[n - 1] == ')' && (cut = strrchr(name, '(')) != NULL && cut > name &&
	    isdigit((unsigned char)cut[1]) && strspn(cut + 1, "0123456789\xe2\x80\x93-) ") ==
	    strlen(cut + 1)) {
		while (cut > name && cut[-1] == ' ')
			cut--;
		*cut = '\0';
	}
}

/* "MDR Gap Toolkit – Excel tool adopted across 3 sites to track" over
 * "remediation": a project told in a sentence with its name first, and
 * no header; the sentence, its wrapped lines joined, heads it. */
/* "github.com/niamhnb/dublinbikes-forecast": a link alone on its line,
 * no words. */
static int
link_line(const char *s)
{
	return strchr(s, ' ') == NULL && strchr(s, '.') != NULL && strchr(s, '/') != NULL;
}

/* "floodcast, github.com/rpryce/floodcast.": the project's link after
 * its name, out of the name into its url. */
static void
link_tail(char *name, struct project *pr)
{
	char *cut = strrchr(name, ','), *dash = strstr(name, " \xe2\x80\x93 "), *at, *link;
	size_t n;

	/* "... em Kotlin + Ktor – github.com/lhteixeira/finbr-api" */
	for (char *d = dash; d != NULL; d = strstr(d + 1, " \xe2\x80\x93 "))
		dash = d;
	if (dash != NULL && (cut == NULL || dash > cut))
		at = dash + 5;
	else if (cut != NULL && cut[1] == ' ')
		at = cut + 2;
	else
		return;
	if (dash != NULL && at == dash + 5)
		cut = dash;
	n = strlen(at);
	while (n > 0 && at[n - 1] == '.')
		n--;
	link = xstrndup(at, n);
	if (cut > name && link_line(link)) {
		if (pr->url == NULL)
			profile_set(&pr->url, link);
		*cut = '\0';
	}
	free(link);
}

static void
prose_named(struct entry *e)
{
	char *s;

	/* "... by their failure history" over "across pipelines": a header
	 * line wrapped */
	for (size_t k = 1; k < e->head.n;)
		if (islower((unsigned char)e->head.v[k][0]) && !link_line(e->head.v[k])) {
			char *j = xprintf("%s %s", e->head.v[k - 1], e->head.v[k]);
			free(e->head.v[k - 1]);
			e->head.v[k - 1] = j;
			strlist_remove(&e->head, k);
		} else
			k++;
	if (e->head.n > 0 || e->bullets.n > 0 || e->prose.n == 0 ||
	    (strstr(e->prose.v[0], " \xe2\x80\x93 ") == NULL &&
	    strstr(e->prose.v[0], " \xe2\x80\x94 ") == NULL && strstr(e->prose.v[0], " - ") == NULL &&
	    strstr(e->prose.v[0], ": ") == NULL))
		return;
	s = xstrdup(e->prose.v[0]);
	strlist_remove(&e->prose, 0);
	while (e->prose.n > 0 && islower((unsigned char)e->prose.v[0][0])) {
		char *j = xprintf("%s %s", s, e->prose.v[0]);
		free(s);
		s = j;
		strlist_remove(&e->prose, 0);
	}
	strlist_take(&e->head, s);
}

/* "- pgqueue — a tiny job queue for Go" over "- ledgerlint — static
 * checks ...": bullets and no header, each a short name, a dash and what
 * it is; each a project. */
static int
named(const char *b)
{
	const char *d = strstr(b, " \xe2\x80\x94 ");

	if (d == NULL)
		d = strstr(b, " \xe2\x80\x93 ");
	return d != NULL && d != b && d - b <= 40 && words_in(d + 5) >= 3;
}

static int
named_bullets(const struct entry *e)
{
	if (e->head.n > 0 || e->bullets.n < 2)
		return 0;
	for (size_t k = 0; k < e->bullets.n; k++)
		if (!named(e->bullets.v[k]))
			return 0;
	return 1;
}

/* The bytes of a date in brackets in s ("(2019)", "(2020 – 2021)"),
 * brackets included: 1 when there is one, its range in *r. */
static int
bracket_dates(const char *s, struct daterange *r, size_t *from, size_t *to)
{
	const char *open = strchr(s, '('), *close;

	if (open == NULL || (close = strchr(open, ')')) == NULL)
		return 0;
	if (!dateparse_find(open + 1, (size_t)(close - open - 1), r) ||
	    strspn(open + 1, " ") != r->from ||
	    r->to + strspn(open + 1 + r->to, " ") != (size_t)(close - open - 1))
		return 0;
	*from = (size_t)(open - s);
	*to = (size_t)(close - s) + 1;
	return 1;
}

/* "* Dokuma hattında OEE iyileştirme projesi (2019): OEE ..." over "*
 * Atkı ... projesi (2020)": bullets and no header, each dated in brackets;
 * each a project. */
static int
dated_bullets(const struct entry *e)
{
	struct daterange r;
	size_t from, to;

	if (e->head.n > 0 || e->bullets.n < 2)
		return 0;
	for (size_t k = 0; k < e->bullets.n; k++)
		if (!bracket_dates(e->bullets.v[k], &r, &from, &to) || from < 3)
			return 0;
	return 1;
}

/* The project's dates: a year alone, or one month, is when it ran. */
static void
project_dates(struct project *pr, const struct daterange *r)
{
	parse_date_set(&pr->start, r->start);
	if (!r->open)
		parse_date_set(&pr->end, r->single ? r->start : r->end);
}

/* "Name (2019): what it did": the dates in brackets out of the name, what
 * follows them a highlight; 1 when there were dates, which end the name. */
static int
dates_out(char *name, struct project *pr)
{
	struct daterange r;
	size_t from, to, n;
	char *rest;

	if (!bracket_dates(name, &r, &from, &to))
		return 0;
	project_dates(pr, &r);
	for (rest = name + to; *rest != '\0';) {
		if (strchr(" :;,-", *rest) != NULL)
			rest++;
		else if (strncmp(rest, "\xe2\x80\x93", 3) == 0 || strncmp(rest, "\xe2\x80\x94", 3) == 0)
			rest += 3;
		else
			break;
	}
	if (*rest != '\0')
		strlist_add(&pr->highlights, rest);
	for (n = from; n > 0 && name[n - 1] == ' '; n--)
		;
	name[n] = '\0';
	return 1;
}

static void
bullet_projects(struct ctx *c, const struct entry *e)
{
	for (size_t k = 0; k < e->bullets.n; k++) {
		struct project *pr = parse_append(c, SEC_PROJECTS);
		char *name;
		if (pr == NULL)
			return;
		name = xstrdup(e->bullets.v[k]);
		if (!dates_out(name, pr))
			name_description(name, pr);
		profile_set(&pr->name, name);
		free(name);
	}
}

/* "... installs (2021 – present)": the dates in brackets that end s
 * out of it, into the project's; 1 when there were. */
static int
tail_dates(char *s, struct project *pr)
{
	char *open = strrchr(s, '(');
	size_t n = strlen(s);
	struct daterange r;

	while (n > 0 && s[n - 1] == '.')
		n--;
	if (open == NULL || open == s || n == 0 || s[n - 1] != ')' ||
	    !dateparse_find(open + 1, (size_t)(s + n - 1 - open - 1), &r) ||
	    r.from != strspn(open + 1, " ") ||
	    r.to + strspn(open + 1 + r.to, " ") != (size_t)(s + n - 1 - open - 1))
		return 0;
	project_dates(pr, &r);
	while (open > s && open[-1] == ' ')
		open--;
	*open = '\0';
	return 1;
}

/* A project's header line, its dates out: the name, and apart from it
 * its link, what it is, and the organisation in brackets or after a
 * separator. */
static void
name_read(const struct ctx *c, char *name, struct project *pr)
{
	link_tail(name, pr);
	name_description(name, pr);
	entity_in_parens(name, pr);
	entity_after(c, name, pr);
	profile_set(&pr->name, name);
}

/* "- a11y-notes — open-source Figma plugin ... (2021 – present)" over "-
 * Trail Conditions Bot — Slack bot that ... (2019)": a list whose every
 * line is a bullet, most of them a name, a dash and what it is, dated at
 * its end or not; each a project, one alone too.  1 when the section was
 * such. */
static int
named_lines(struct ctx *c, const struct sect *sec)
{
	size_t n = 0, names = 0;

	for (size_t i = sec->from; i < sec->to; i++) {
		const struct line *l = &c->L->v[i];
		if (l->s[0] == '\0')
			continue;
		if (!(l->flags & MK_BULLET))
			return 0;
		names += named(l->s);
		n++;
	}
	/* "Occasional contributor to Testcontainers" among them: most of
	 * them named will do */
	if (names == 0 || names * 3 < n * 2)
		return 0;
	for (size_t i = sec->from; i < sec->to; i++) {
		struct project *pr;
		char *name;
		if (c->L->v[i].s[0] == '\0')
			continue;
		if ((pr = parse_append(c, SEC_PROJECTS)) == NULL)
			break;
		name = xstrdup(c->L->v[i].s);
		if (!tail_dates(name, pr))
			dates_out(name, pr);
		name_read(c, name, pr);
		free(name);
	}
	return 1;
}

/* "▪ Sawa Jobs (2017–2018): volunteer job board for ..." wrapped over
 * lines that are no bullets, then "▪ slug-kit (since 2018): ...": a list
 * of bullets each dated in brackets after its name, what follows the
 * dates wrapped; each bullet and its wrapped lines a project.  1 when
 * the section was such. */
static int
bracketed_lines(struct ctx *c, const struct sect *sec)
{
	struct strlist items = STRLIST_INIT;
	struct daterange r;
	size_t from, to;
	int ok = 1;

	for (size_t i = sec->from; i < sec->to && ok; i++) {
		const struct line *l = &c->L->v[i];
		if (l->s[0] == '\0')
			continue;
		if (l->flags & MK_BULLET)
			strlist_add(&items, l->s);
		else if (items.n > 0) {
			char *joined = xprintf("%s %s", items.v[items.n - 1], l->s);
			free(items.v[items.n - 1]);
			items.v[items.n - 1] = joined;
		} else
			ok = 0;
	}
	for (size_t k = 0; k < items.n && ok; k++)
		ok = bracket_dates(items.v[k], &r, &from, &to) && from >= 3;
	ok = ok && items.n >= 2;
	for (size_t k = 0; k < items.n && ok; k++) {
		struct project *pr = parse_append(c, SEC_PROJECTS);
		if (pr == NULL)
			break;
		dates_out(items.v[k], pr);
		profile_set(&pr->name, items.v[k]);
	}
	strlist_clear(&items);
	return ok;
}

void
parse_projects(struct ctx *c, const struct sect *sec)
{
	struct entries E;

	projtable_read(c, sec);
	if (projblock_labelled(c, sec) || named_lines(c, sec) || bracketed_lines(c, sec))
		return;
	entries_split(c, sec, &E);
	entries_aside_to_head(&E);
	for (size_t i = 0; i < E.n; i++) {
		struct entry *e = &E.v[i];
		struct project *pr;
		char *name;
		prose_named(e);
		if (e->head.n == 0 && e->bullets.n == 0)
			continue;
		if (named_bullets(e) || dated_bullets(e)) {
			bullet_projects(c, e);
			continue;
		}
		if ((pr = parse_append(c, SEC_PROJECTS)) == NULL)
			break;
		name = first_cell(e->head.n > 0 ? e->head.v[0] : e->bullets.v[0]);
		name_read(c, name, pr);
		free(name);
		for (size_t k = 1; k < e->head.n; k++) {
			char *ent = first_cell(e->head.v[k]);
			if (link_line(ent) && pr->url == NULL)
				profile_set(&pr->url, ent);
			else if (pr->entity == NULL && !link_line(ent) && !role_place(c, ent, NULL))
				profile_set(&pr->entity, ent);
			free(ent);
		}
		if (e->dated)
			project_dates(pr, &e->when);
		for (size_t k = e->head.n > 0 ? 0 : 1; k < e->bullets.n; k++)
			strlist_add(&pr->highlights, e->bullets.v[k]);
		for (size_t k = 0; k < e->prose.n; k++)
			strlist_add(&pr->highlights, e->prose.v[k]);
	}
	entries_free(&E);
}
