/*
 * Work, volunteering and projects: entries (entries.c) whose headers name
 * an organisation, a role and perhaps a place.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fold.h"
#include "headplace.h"
#include "lineword.h"
#include "dutyblock.h"
#include "eventlog.h"
#include "fedjob.h"
#include "form_line.h"
#include "lineclass.h"
#include "orgword.h"
#include "parse.h"
#include "projtable.h"
#include "projblock.h"
#include "projlabel.h"
#include "worktable.h"
#include "workhead.h"
#include "worklift.h"
#include "xalloc.h"

/* "Duties: posting journals, ...", "Naloge: pomoč pri ...": a duty
 * given after its label, the label no part of it. */
static const char *
duty_text(const char *s)
{
	size_t v;

	return form_line_label(s, &v) == F_DESC && v > 0 ? s + v : s;
}

static void
body_into(const struct entry *e, struct strlist *highlights, char **summary)
{
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < e->bullets.n; i++)
		strlist_add(highlights, duty_text(e->bullets.v[i]));
	for (size_t i = 0; i < e->prose.n; i++) {
		if (e->bullets.n == 0 && !lineclass_note(e->prose.v[i])) {
			strlist_add(highlights, duty_text(e->prose.v[i]));
			continue;
		}
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, e->prose.v[i]);
	}
	for (size_t i = 0; i < e->skills.n; i++)
		strlist_add(highlights, e->skills.v[i]);
	if (b.len > 0)
		profile_set(summary, b.s);
	buf_free(&b);
}

/* "Львів (Оптова торгівля будівельними матеріалами, 45 працівників)": a
 * note on the firm in brackets after its town, its trade and size (two
 * words, the second in small letters, or more), no part of the place; it
 * goes to the job's summary. */
static void
place_note(struct work *w)
{
	char *open, *note;
	size_t n;

	if (w->location == NULL || (open = strstr(w->location, " (")) == NULL ||
	    open == w->location)
		return;
	n = strlen(open);
	if (open[n - 1] != ')' || strchr(open + 2, '(') != NULL || !fold_upper_at(open + 2))
		return;
	/* "(Greater Manchester)" is a place, "(Харчова промисловість)" a
	 * trade, "(remote from Kigali)" how the job was done there */
	if (lineword_count(open + 2) < 2 || (lineword_count(open + 2) == 2 &&
	    !fold_lower_at(strchr(open + 2, ' ') + 1)))
		return;
	note = xstrndup(open + 2, n - 3);
	*open = '\0';
	if (w->summary == NULL)
		w->summary = note;
	else
		free(note);
}

static void
dates_into(const struct entry *e, char **start, char **end)
{
	if (!e->dated)
		return;
	parse_date_set(start, e->when.start);
	if (!e->when.open && !e->when.single)
		parse_date_set(end, e->when.end);
	else if (e->when.single)
		parse_date_set(end, e->when.start);
}

/* The dated items inside a job (a freelancer's clients) are its
 * projects, the job's organisation their entity. */
static void
subs_into(struct ctx *c, const struct entry *e, const char *org)
{
	for (size_t k = 0; k < e->nsubs; k++) {
		const struct daterange *r = &e->subs[k].when;
		struct project *pr = parse_append(c, SEC_PROJECTS);
		if (pr == NULL)
			return;
		profile_set(&pr->name, e->subs[k].name);
		profile_set(&pr->entity, org);
		parse_date_set(&pr->start, r->start);
		if (!r->open && !r->single)
			parse_date_set(&pr->end, r->end);
	}
}

/* "Thermal Systems Division — Design Engineer": a unit naming no job, a
 * dash, then the title. */
static int
unit_first(const char *s)
{
	const char *d = strstr(s, " \xe2\x80\x94 ");
	char *a;
	int unit;

	if (d == NULL)
		d = strstr(s, " \xe2\x80\x93 ");
	if (d == NULL)
		return 0;
	a = xstrndup(s, (size_t)(d - s));
	unit = role_title_score(a) == 0 && role_title_score(d + 5) > 0;
	free(a);
	return unit;
}

/* A role in a group: the group's firm is its organisation, and a header
 * of one line is the role whole ("Director of Engineering, Payments
 * Platform"), unless a dash parts a unit from the title ("Thermal Systems
 * Division — Design Engineer"). */
static void
in_group(const struct entry *e, struct workhead *h, const char *org)
{
	if (e->head.n == 1 && h->place == NULL && role_title_score(e->head.v[0]) > 0 &&
	    role_company_score(e->head.v[0]) == 0 && strpbrk(e->head.v[0], "|\t") == NULL &&
	    !unit_first(e->head.v[0])) {
		free(h->role);
		h->role = xstrdup(e->head.v[0]);
	} else if (h->role == NULL) {
		h->role = h->org;
		h->org = NULL;
	}
	free(h->org);
	h->org = xstrdup(org);
}

static int
ym_before(struct ym a, struct ym b)
{
	return a.y < b.y || (a.y == b.y && a.m > 0 && b.m > 0 && a.m < b.m);
}

/* Whether the dates of e lie within those of the group g. */
static int
dates_within(const struct entry *e, const struct entry *g)
{
	if (!e->dated || !g->dated || e->when.single || g->when.single ||
	    ym_before(e->when.start, g->when.start))
		return 0;
	if (g->when.open)
		return 1;
	return !e->when.open && !ym_before(g->when.end, e->when.end);
}

/* "COBALTLINE, Seattle  2017 - present" over roles dated inside it: a
 * firm naming no role, with no body but a line or two telling what the
 * firm is ("Business: ...", "Employees: 1,450"), whose next entry lies
 * within its dates, heads a group of roles at it. */
static int
labelled(const struct strlist *l)
{
	for (size_t i = 0; i < l->n; i++) {
		size_t k = strcspn(l->v[i], ":");
		if (l->v[i][k] == '\0' || k == 0 || k > 24)
			return 0;
	}
	return 1;
}

static int
group_head(const struct entries *E, size_t i, const struct workhead *h)
{
	const struct entry *e = &E->v[i];
	size_t body = e->bullets.n + e->prose.n + e->skills.n;

	/* "Straits Commerce" over "E-commerce marketplace · Singapore":
	 * a part beside the firm's name that names no job is no role */
	if ((h->role != NULL && role_title_score(h->role) > 0) || h->org == NULL ||
	    i + 1 >= E->n || !dates_within(&E->v[i + 1], e))
		return 0;
	return (e->bullets.n == 0 && e->prose.n <= 2) ||
	    (body <= 3 && labelled(&e->bullets) && labelled(&e->prose));
}

/* Whether the section's headers, where their words tell, put the role
 * before the organisation: two or more and none the other way round; the
 * hint goes to every entry. */
static void
order_hint(const struct ctx *c, struct entries *E)
{
	int first = 0, after = 0;

	for (size_t i = 0; i < E->n; i++) {
		struct workhead h;
		workhead_read(c, &E->v[i], &h);
		first += h.order > 0;
		after += h.order < 0;
		workhead_free(&h);
	}
	for (size_t i = 0; i < E->n; i++)
		E->v[i].role_first = first >= 2 && after == 0;
}

/* "Gerente de Logística en Grupo Norteño S.A. de C.V.": the word for
 * "at" parts role and firm in every header of the section when it does
 * in all of them, or in one whose firm says it is one. */
static void
join_hint(struct entries *E)
{
	const char *join = NULL;
	size_t n = 0, heads = 0;
	int firm = 0;

	for (size_t i = 0; i < E->n; i++) {
		const char *j;
		int f;
		if (E->v[i].head.n == 0)
			continue;
		heads++;
		if ((j = workhead_join(E->v[i].head.v[0], &f)) == NULL ||
		    (join != NULL && j != join))
			continue;
		join = j;
		n++;
		firm |= f;
	}
	if (join == NULL || !(firm || (n == heads && n >= 2)))
		return;
	for (size_t i = 0; i < E->n; i++)
		E->v[i].join = join;
}

/* "Advogada Sênior – Tributário" at a firm, then "Advogada Pleno –
 * Tributário": the words after the dash that ended the last role's
 * title end this one's too; they name no firm, and the role is the same
 * firm's. */
static void
focus_again(const struct work *prev, struct workhead *h)
{
	size_t n, k;
	char *role;

	if (prev->position == NULL || h->org == NULL || h->role == NULL || h->place != NULL ||
	    role_company_score(h->org) > 0)
		return;
	n = strlen(prev->position);
	k = strlen(h->org);
	if (n < k + 3 || strcmp(prev->position + n - k, h->org) != 0 ||
	    (strncmp(prev->position + n - k - 3, " - ", 3) != 0 &&
	    (n < k + 5 || strncmp(prev->position + n - k - 5, " \xe2\x80\x93 ", 5) != 0)))
		return;
	role = xprintf("%s \xe2\x80\x93 %s", h->role, h->org);
	free(h->role);
	h->role = role;
	free(h->org);
	h->org = NULL;
}

/* "Nursing Supervisor – Accident & Emergency Department" under its
 * hospital's line, then "Staff Nurse – Medical Wards and Accident &
 * Emergency Department": a title with its ward or department after the
 * dash, as the last one had; the line whole, or NULL. */
static char *
unit_again(const struct work *prev, const struct entry *e, const struct workhead *h)
{
	static const char *const dashes[] = { " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL };

	if (!orgword_unit_last(h->org) && !orgword_unit(h->org))
		return NULL;
	for (int i = 0; dashes[i] != NULL; i++) {
		char *role = xprintf("%s%s%s", h->role, dashes[i], h->org);
		if (strstr(prev->position, dashes[i]) != NULL && strcmp(role, e->head.v[0]) == 0)
			return role;
		free(role);
	}
	return NULL;
}

/* "Senior Engineer, Process Integration" at a firm, then "Engineer, Etch
 * Process" on a line of its own; "Director of Operations" under its firm's
 * line, then "Plant Manager, Gastonia Plant": a title with its field or
 * unit after a comma, after a role whose firm had a line of its own; the
 * part after the comma names no firm, and the role is the same firm's,
 * in the same place unless a line of its own names one.  1 when so. */
static int
field_again(const struct work *prev, const struct entry *e, struct workhead *h)
{
	char *role;
	size_t heads = e->head.n;

	/* the head one line, or that line over its place alone */
	if (e->head.n == 2 && h->place != NULL && strcmp(e->head.v[1], h->place) == 0)
		heads = 1;
	if (prev->position == NULL || heads != 1 || h->org == NULL || h->role == NULL ||
	    (prev->name != NULL && strcmp(prev->name, h->org) == 0))
		return 0;
	if ((role = unit_again(prev, e, h)) == NULL &&
	    (role_company_score(h->org) > 0 || role_title_score(h->org) > 0))
		return 0;
	if (role == NULL)
		role = xprintf("%s, %s", h->role, h->org);
	if (strcmp(role, e->head.v[0]) != 0) {
		free(role);
		return 0;
	}
	free(h->role);
	h->role = role;
	free(h->org);
	h->org = NULL;
	/* the place on a line of its own ("Seattle, Washington" under the
	 * dates) is this role's; else the last one's */
	if (h->place == NULL && prev->location != NULL)
		h->place = xstrdup(prev->location);
	return 1;
}

/* "Chargée de communication – Rhône Habitat" over "Solidaire, Lyon 7e",
 * "... – Maison Vérat," over "Caluire-et-Cuire", "... – Office de" over
 * "tourisme du Grand Annecy, Annecy": a title and firm the column wrapped,
 * the firm's name or its town on the next line; the two lines made one. */
static void
head_rejoin(const struct ctx *c, struct entry *e)
{
	const char *a, *b, *comma;
	char *j;
	int ends;

	if (e->head.n != 2)
		return;
	a = e->head.v[0];
	b = e->head.v[1];
	/* "Systems Administrator, Tampereen Energiapalvelut" over "Oy,
	 * Tampere": the firm's legal form wrapped onto the line under it */
	if (strchr(a, ',') != NULL && (comma = strchr(b, ',')) != NULL &&
	    memchr(b, ' ', (size_t)(comma - b)) == NULL) {
		char *form = xstrndup(b, (size_t)(comma - b));
		int legal = role_legal_form(form);
		free(form);
		if (legal) {
			j = xprintf("%s %s", a, b);
			strlist_remove(&e->head, 1);
			free(e->head.v[0]);
			e->head.v[0] = j;
			return;
		}
	}
	if ((strstr(a, " \xe2\x80\x93 ") == NULL && strstr(a, " \xe2\x80\x94 ") == NULL) ||
	    strstr(b, " \xe2\x80\x93 ") != NULL || strstr(b, " \xe2\x80\x94 ") != NULL ||
	    strchr(b, '|') != NULL || role_title_score(b) > 0)
		return;
	ends = a[strlen(a) - 1] == ',' || lineword_open_end(a);
	comma = strstr(b, ", ");
	/* "Solidaire, Lyon 7e": a word or two of the firm's before the town */
	if (!ends && (comma == NULL || strchr(a, ',') != NULL || lineword_count(b) > 5 ||
	    !isupper((unsigned char)b[0]) || memchr(b, ' ', (size_t)(comma - b)) != NULL ||
	    role_place(c, b, NULL)))
		return;
	j = xprintf("%s %s", a, b);
	strlist_remove(&e->head, 1);
	free(e->head.v[0]);
	e->head.v[0] = j;
}

/* "Comercio al por mayor · Contabilidad y Finanzas": a job board's sector
 * and area of a job, short parts set apart by a dot, no sentence. */
static int
sector_line(const char *s)
{
	const char *dot = strstr(s, " \xc2\xb7 ");
	char *a;
	int ok;

	if (dot == NULL || strstr(dot + 4, " \xc2\xb7 ") != NULL || strpbrk(s, "0123456789:.") != NULL)
		return 0;
	a = xstrndup(s, (size_t)(dot - s));
	ok = lineword_count(a) <= 4 && lineword_count(dot + 4) <= 4;
	free(a);
	return ok;
}

/* "mar. 2019 - Actualidad (5 años 9 meses)" over "Lima, Lima" over the
 * job's sector: a job board's place under the dates, the first line of
 * the body, is the job's place when its head named none; the sector
 * after it goes. */
static void
body_place(const struct ctx *c, struct entry *e, struct workhead *h)
{
	const char *s, *comma;
	int place;

	if (h->place != NULL || e->prose.n == 0)
		return;
	s = e->prose.v[0];
	comma = strstr(s, ", ");
	place = role_place(c, s, NULL) || headplace_town_state(c, s);
	/* "Lima, Lima": a known town, then its region of a word or two */
	if (!place && comma != NULL && strstr(comma + 2, ", ") == NULL &&
	    lineword_count(comma + 2) <= 2 && isupper((unsigned char)comma[2])) {
		char *town = xstrndup(s, (size_t)(comma - s));
		place = role_place(c, town, NULL) && strpbrk(s, "0123456789") == NULL;
		free(town);
	}
	if (!place)
		return;
	h->place = xstrdup(s);
	strlist_remove(&e->prose, 0);
	if (e->prose.n > 0 && sector_line(e->prose.v[0]))
		strlist_remove(&e->prose, 0);
}

/* "Served in Ekiti State (2012 Batch B). Certificate of National Service
 * obtained in October 2013.": an entry of sentences alone, undated, no
 * role read, tells of no job. */
static int
told_only(const struct entry *e, const struct workhead *h)
{
	const char *s = e->head.n > 0 ? e->head.v[0] : "";
	size_t n = strlen(s);

	return !e->dated && h->role == NULL && e->head.n == 1 && n > 0 && s[n - 1] == '.' &&
	    lineword_count(s) >= 8 && e->bullets.n == 0;
}

void
parse_work(struct ctx *c, const struct sect *sec)
{
	struct entries E;
	const char *prev_org = NULL;
	const struct entry *group = NULL;
	int apart = 0;		/* the last role's firm had a line of its own */
	int blocked;
	char *group_org = NULL, *group_place = NULL;
	struct sect jobs = *sec, blocks = *sec, duties, dated;
	struct projblocks cut;
	struct projlabels *sites;
	size_t first = c->p->nwork, tabled;

	eventlog_rewrite(c, sec, 0);
	fedjob_rewrite(c, sec);
	projtable_read(c, sec);
	stacktable_rewrite(c, sec, worktable_kind);
	worktable_read(c, sec);
	tabled = c->p->nwork - first;
	projblock_cut(c, sec, &cut);
	jobs.to = blocks.from = projblock_start(c, sec);
	if (blocks.from < sec->to && blocks.from > sec->from)
		sec = &jobs;
	blocked = sec == &jobs;
	duties = dated = *sec;
	dated.to = duties.from = dutyblock_start(c, sec);
	if (duties.from < duties.to && duties.from > sec->from)
		sec = &dated;
	entries_split(c, sec, &E);
	join_hint(&E);
	order_hint(c, &E);
	sites = xcalloc(E.n + 1, sizeof *sites);
	projlabel_take(&E, sites);
	for (size_t i = 0; i < E.n; i++) {
		struct workhead h;
		struct work *w;
		head_rejoin(c, &E.v[i]);
		workhead_read(c, &E.v[i], &h);
		if (E.v[i].dated && (h.role == NULL || h.org == NULL || worklift_labelled(&E.v[i])))
			worklift_bullets(c, &E.v[i], &h);
		if ((h.org == NULL && h.role == NULL && !E.v[i].dated) || workhead_gap(&h) ||
		    told_only(&E.v[i], &h)) {
			workhead_free(&h);
			continue;
		}
		if (group_head(&E, i, &h)) {
			group = &E.v[i];
			free(group_org);
			free(group_place);
			group_org = h.org;
			group_place = h.place;
			h.org = NULL;
			h.place = NULL;
			workhead_free(&h);
			continue;
		}
		worklift_title(c, &E.v[i], &h);
		if (group != NULL && !dates_within(&E.v[i], group))
			group = NULL;
		if (group != NULL) {
			in_group(&E.v[i], &h, group_org);
			if (h.place == NULL && group_place != NULL)
				h.place = xstrdup(group_place);
		}
		if (c->p->nwork > first)
			focus_again(&c->p->work[c->p->nwork - 1], &h);
		if (!(c->p->nwork > first && apart &&
		    field_again(&c->p->work[c->p->nwork - 1], &E.v[i], &h)))
			apart = E.v[i].head.n >= 2;
		if ((w = parse_append(c, SEC_WORK)) == NULL)
			break;
		body_place(c, &E.v[i], &h);
		profile_set(&w->name, h.org != NULL ? h.org : prev_org);
		profile_set(&w->position, h.role);
		profile_set(&w->location, h.place != NULL ? role_town_word_off(h.place) : NULL);
		profile_set(&w->url, h.url);
		dates_into(&E.v[i], &w->start, &w->end);
		body_into(&E.v[i], &w->highlights, &w->summary);
		if (w->summary == NULL && h.unit != NULL)
			profile_set(&w->summary, h.unit);
		place_note(w);
		subs_into(c, &E.v[i], w->name);
		projlabel_store(c, &sites[i], w->name);
		prev_org = w->name;
		workhead_free(&h);
	}
	for (size_t i = 0; i < E.n; i++)
		projlabel_clear(&sites[i]);
	free(sites);
	entries_free(&E);
	free(group_org);
	free(group_place);
	if (sec == &dated)
		dutyblock_read(c, &duties, first);
	if (blocked)
		projblock_parse(c, &blocks, first);
	projblock_store_cut(c, &cut, first);
	worktable_fold(c, first, tabled);
	worktable_fold_back(c, first);
}

void
parse_volunteer(struct ctx *c, const struct sect *sec)
{
	struct entries E;

	entries_split(c, sec, &E);
	for (size_t i = 0; i < E.n; i++) {
		struct workhead h;
		struct volunteer *v;
		workhead_read(c, &E.v[i], &h);
		if (h.org == NULL && h.role == NULL) {
			workhead_free(&h);
			continue;
		}
		if ((v = parse_append(c, SEC_VOLUNTEER)) == NULL)
			break;
		profile_set(&v->organization, h.org);
		profile_set(&v->position, h.role);
		dates_into(&E.v[i], &v->start, &v->end);
		body_into(&E.v[i], &v->highlights, &v->summary);
		workhead_free(&h);
	}
	entries_free(&E);
}
