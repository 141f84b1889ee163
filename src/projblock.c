#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dateparse.h"
#include "fold.h"
#include "projblock.h"
#include "wordlist.h"
#include "xalloc.h"


int
projblock_head(const char *s)
{
	size_t i;

	if (strncasecmp(s, "project", 7) != 0)
		return 0;
	i = 7 + strspn(s + 7, " ");
	if (strncasecmp(s + i, "no.", 3) == 0)
		i += 3 + strspn(s + i + 3, " ");
	i += s[i] == '#';
	return isdigit((unsigned char)s[i]) && strspn(s + i, "0123456789") <= 2;
}

size_t
projblock_start(const struct ctx *c, const struct sect *sec)
{
	for (size_t i = sec->from; i < sec->to; i++)
		if (projblock_head(c->L->v[i].s))
			return i;
	return sec->to;
}

const char *
projblock_label(const char *s, char *key, size_t keylen)
{
	const char *colon = strchr(s, ':');

	if (colon == NULL || colon - s > 24)
		return NULL;
	fold_key(s, (size_t)(colon - s), key, keylen);
	return colon + 1 + strspn(colon + 1, " \t");
}

/* "Tech stack: Java 17, Flink, Redis": the technologies a project used. */
static const char *const stack_keys[] = { "environment", "stack", "tech", "tech stack",
	"technologies", "technologies used", "technology", "technology stack", "tools",
	"tools used", NULL };

/* "Organization : Tata Consultancy Services": the firm the project was
 * done for its client at. */
static const char *const org_keys[] = { "company", "employer", "organisation",
	"organization", NULL };
static const char *const name_keys[] = { "name of project", "project", "project name",
	"project title", "title", NULL };

/* Whether a body line ends a sentence (or a list): what follows it starts
 * another. */
static int
ended(const char *s)
{
	size_t n = strlen(s);

	return n == 0 || strchr(".;:!?)", s[n - 1]) != NULL;
}

static void
block_line(struct projblock *b, const struct line *l)
{
	char key[32];
	const char *v = projblock_label(l->s, key, sizeof key);

	/* "Technologies: Java, Selenium WebDriver," over "JMeter, GitLab CI" */
	if (v == NULL && b->stack != NULL && b->stack[strlen(b->stack) - 1] == ',') {
		char *j = xprintf("%s %s", b->stack, l->s);
		free(b->stack);
		b->stack = j;
		return;
	}
	/* "06/2022 - Present" under the project's name */
	if (v == NULL && !b->dated && dateparse_only(l->s)) {
		b->dated = dateparse_find(l->s, strlen(l->s), &b->when);
		return;
	}
	if (v == NULL && !(l->flags & MK_BULLET) && (b->body.n > 0 || b->described) &&
	    (islower((unsigned char)l->s[0]) || l->indent > b->indent || b->described ||
	    !ended(b->body.v[b->body.n - 1]))) {
		/* a bullet's text, or the description, wrapped onto the next line */
		char **last = b->described ? &b->description : &b->body.v[b->body.n - 1];
		char *j = xprintf("%s %s", *last, l->s);
		free(*last);
		*last = j;
		return;
	}
	b->described = 0;
	if (v == NULL || (l->flags & MK_BULLET)) {
		strlist_add(&b->body, l->s);
		b->indent = l->indent;
		return;
	}
	if (*v == '\0')
		return;		/* "Responsibilities:" over the bullets */
	if (strcmp(key, "responsibilities") == 0 || strcmp(key, "responsibility") == 0) {
		strlist_add(&b->body, v);
		b->indent = l->indent;
		return;
	}
	if (strcmp(key, "client") == 0 || strcmp(key, "customer") == 0)
		profile_set(&b->client, v);
	else if (wordlist_has(org_keys, key))
		profile_set(&b->org, v);
	else if (strcmp(key, "role") == 0 || strcmp(key, "designation") == 0 ||
	    strcmp(key, "position") == 0)
		profile_set(&b->role, v);
	else if (wordlist_has(name_keys, key))
		profile_set(&b->name, v);
	else if (strcmp(key, "duration") == 0 || strcmp(key, "period") == 0)
		b->dated = dateparse_find(v, strlen(v), &b->when);
	else if (strcmp(key, "project details") == 0 || strcmp(key, "details") == 0 ||
	    strcmp(key, "description") == 0 || strcmp(key, "project description") == 0) {
		profile_set(&b->description, v);
		b->described = 1;
	} else if (wordlist_has(stack_keys, key))
		profile_set(&b->stack, v);
}


/* The job the block belongs to: the one that starts when it starts, else
 * the one its client line names. */
static struct work *
block_job(struct ctx *c, const struct projblock *b, size_t first)
{
	struct work *w = NULL;
	char *start = NULL;

	if (b->dated)
		parse_date_set(&start, b->when.start);
	for (size_t i = first; i < c->p->nwork && w == NULL; i++)
		if (start != NULL && c->p->work[i].start != NULL &&
		    strcmp(start, c->p->work[i].start) == 0)
			w = &c->p->work[i];
	for (size_t i = first; i < c->p->nwork && w == NULL; i++)
		if (b->client != NULL && c->p->work[i].name != NULL &&
		    strstr(b->client, c->p->work[i].name) != NULL)
			w = &c->p->work[i];
	free(start);
	return w;
}

/* The block as a project; NULL when it gave nothing. */
static struct project *
block_project(struct ctx *c, const struct projblock *b)
{
	struct project *pr;

	/* a block that gave nothing (its lines damaged) is no project: an
	 * empty record would not survive export and import */
	if (b->name == NULL && b->client == NULL && b->role == NULL && !b->dated &&
	    b->body.n == 0)
		return NULL;
	if ((pr = parse_append(c, SEC_PROJECTS)) == NULL)
		return NULL;
	profile_set(&pr->name, b->name != NULL ? b->name : b->client);
	if (b->org != NULL)
		profile_set(&pr->entity, b->org);
	else if (b->name != NULL)
		profile_set(&pr->entity, b->client);
	if (b->role != NULL)
		strlist_add(&pr->roles, b->role);
	if (b->dated) {
		parse_date_set(&pr->start, b->when.start);
		if (!b->when.open && !b->when.single)
			parse_date_set(&pr->end, b->when.end);
	}
	profile_set(&pr->description, b->description);
	for (size_t i = 0; i < b->body.n; i++)
		strlist_add(&pr->highlights, b->body.v[i]);
	if (b->stack != NULL)
		parse_skill_list(c, b->stack, &pr->keywords);
	return pr;
}

static void
block_store(struct ctx *c, struct projblock *b, size_t first)
{
	struct work *w = block_job(c, b, first);

	if (w == NULL) {
		block_project(c, b);
		return;
	}
	if (b->description != NULL)
		strlist_add(&w->highlights, b->description);
	for (size_t i = 0; i < b->body.n; i++)
		strlist_add(&w->highlights, b->body.v[i]);
}

static void
block_free(struct projblock *b)
{
	free(b->name);
	free(b->client);
	free(b->org);
	free(b->role);
	free(b->description);
	free(b->stack);
	strlist_clear(&b->body);
	memset(b, 0, sizeof *b);
}

void
projblock_parse(struct ctx *c, const struct sect *sec, size_t first)
{
	struct projblock b;
	int open = 0;

	memset(&b, 0, sizeof b);
	for (size_t i = sec->from; i < sec->to; i++) {
		const struct line *l = &c->L->v[i];
		const char *colon;
		if (projblock_head(l->s)) {
			if (open)
				block_store(c, &b, first);
			block_free(&b);
			open = 1;
			/* "Project #2: Billing revamp": its name after the colon */
			if ((colon = strchr(l->s, ':')) != NULL &&
			    colon[1 + strspn(colon + 1, " ")] != '\0')
				profile_set(&b.name, colon + 1 + strspn(colon + 1, " "));
			continue;
		}
		if (open)
			block_line(&b, l);
	}
	if (open)
		block_store(c, &b, first);
	block_free(&b);
}

/* Whether s is one of a block's labels ("Client : Acme", "Duration :
 * Jan '21 to Jun '21"). */
static int
block_label(const char *s)
{
	static const char *const keys[] = { "client", "customer", "duration", "period",
		"project details", "project description", "role", "designation", "team size",
		"title", "project title", "project name", "description", "position",
		"responsibilities", NULL };
	char key[32];

	return projblock_label(s, key, sizeof key) != NULL && (wordlist_has(keys, key) ||
	    wordlist_has(org_keys, key));
}

/* A block's label, its technologies' too ("Technologies Used:"). */
static int
any_label(const char *s)
{
	char key[32];

	return block_label(s) || (projblock_label(s, key, sizeof key) != NULL &&
	    wordlist_has(stack_keys, key));
}

/* "Title:<TAB>Smart Attendance System": the label of a project's name. */
static int
name_label(const char *s)
{
	static const char *const keys[] = { "title", "project title", "project name",
		"name of project", NULL };
	char key[32];

	return projblock_label(s, key, sizeof key) != NULL && wordlist_has(keys, key);
}

static int
comma_end(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && s[n - 1] == ',';
}

/* Whether the lines after i open with a label, perhaps after a line of
 * dates ("HelixPay Mobile Wallet" over "06/2022 - Present" over
 * "Customer: ..."). */
static int
labels_next(const struct ctx *c, size_t i, size_t to)
{
	size_t j = i + 1;

	if (j < to && dateparse_only(c->L->v[j].s))
		j++;
	return j < to && any_label(c->L->v[j].s);
}

int
projblock_labelled(struct ctx *c, const struct sect *sec)
{
	struct projblock b;
	size_t labels = 0;
	int open = 0, titled = 0;

	for (size_t i = sec->from; i < sec->to; i++)
		labels += block_label(c->L->v[i].s);
	if (labels < 2)
		return 0;
	memset(&b, 0, sizeof b);
	for (size_t i = sec->from; i < sec->to; i++) {
		const struct line *l = &c->L->v[i];
		/* "MTTR reduction on VMC line" over "Client : ...": a name
		 * over the labels opens a block; so does "Title: ..." after
		 * a block its own "Title:" named */
		int head = l->s[0] != '\0' && !any_label(l->s) && !(l->flags & MK_BULLET) &&
		    !dateparse_only(l->s) && labels_next(c, i, sec->to) &&
		    !(i > sec->from && comma_end(c->L->v[i - 1].s));
		if (head || (name_label(l->s) && (!open || titled))) {
			if (open)
				block_store(c, &b, c->p->nwork);
			block_free(&b);
			open = 1;
			titled = 0;
			if (head) {
				profile_set(&b.name, l->s);
				continue;
			}
		}
		titled |= open && name_label(l->s);
		if (open && l->s[0] != '\0')
			block_line(&b, l);
	}
	if (open)
		block_store(c, &b, c->p->nwork);
	block_free(&b);
	return open;
}

/* A line that opens a job among the blocks: a range of dates on a line
 * that is no block's head, label or list item ("2019.07 - 2023.03"). */
static int
job_opener(const struct line *l)
{
	struct daterange r;
	char key[32];

	if ((l->flags & (MK_BULLET | MK_NUMBERED)) || projblock_head(l->s) ||
	    projblock_label(l->s, key, sizeof key) != NULL)
		return 0;
	return dateparse_find(l->s, strlen(l->s), &r) && !r.single;
}

/* "Project Experience" over a job's first block: the block's label. */
static int
blocks_label(const char *s)
{
	char key[40];

	fold_key(s, strlen(s), key, sizeof key);
	return strstr(key, "project") != NULL && strchr(s, ':') == NULL && strlen(s) < 40;
}

/* "Project 1: Real-time Risk Control Platform (2023.06 - 2024.05)": the
 * name, the dates in brackets after it cut off into b. */
static void
head_name(struct projblock *b, const char *s)
{
	const char *colon = strchr(s, ':'), *open;
	char *name;

	if (colon == NULL || colon[1 + strspn(colon + 1, " ")] == '\0')
		return;
	name = xstrdup(colon + 1 + strspn(colon + 1, " "));
	open = strrchr(name, '(');
	if (open != NULL && open > name && dateparse_find(open, strlen(open), &b->when)) {
		b->dated = 1;
		name[open - name] = '\0';
	}
	b->name = parse_trim(name, strlen(name));
	free(name);
}

size_t
projblock_cut(struct ctx *c, const struct sect *sec, struct projblocks *out)
{
	struct line *v = c->L->v;
	size_t first = projblock_start(c, sec), later = sec->to;

	memset(out, 0, sizeof *out);
	for (size_t i = first; i < sec->to && later == sec->to; i++)
		if (job_opener(&v[i]))
			later = i;
	if (first == sec->to || later == sec->to)
		return 0;
	for (size_t i = first; i < sec->to; i++) {
		struct projblock *b;
		if (!projblock_head(v[i].s))
			continue;
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		b = memset(&out->v[out->n++], 0, sizeof *b);
		head_name(b, v[i].s);
		if (i > sec->from && blocks_label(v[i - 1].s))
			v[i - 1].s[0] = '\0';
		v[i].s[0] = '\0';
		for (i++; i < sec->to && !projblock_head(v[i].s) && !job_opener(&v[i]); i++) {
			if (v[i].s[0] != '\0')
				block_line(b, &v[i]);
			v[i].s[0] = '\0';
		}
		i--;
	}
	return out->n;
}

/* The job a block's dates lie within, from index first on. */
static const struct work *
within_job(const struct ctx *c, const struct projblock *b, size_t first)
{
	char *start = NULL;
	const struct work *w = NULL;

	if (!b->dated)
		return NULL;
	parse_date_set(&start, b->when.start);
	for (size_t i = first; i < c->p->nwork && w == NULL; i++) {
		const struct work *j = &c->p->work[i];
		if (j->start != NULL && strcmp(j->start, start) <= 0 &&
		    (j->end == NULL || strcmp(start, j->end) <= 0))
			w = j;
	}
	free(start);
	return w;
}

void
projblock_store_cut(struct ctx *c, struct projblocks *B, size_t first)
{
	for (size_t i = 0; i < B->n; i++) {
		const struct work *w = within_job(c, &B->v[i], first);
		struct project *pr = block_project(c, &B->v[i]);
		if (pr != NULL && pr->entity == NULL && w != NULL)
			profile_set(&pr->entity, w->name);
		block_free(&B->v[i]);
	}
	free(B->v);
	memset(B, 0, sizeof *B);
}
