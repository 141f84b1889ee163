#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fold.h"
#include "projblock.h"
#include "wordlist.h"
#include "xalloc.h"

struct block {
	char *name, *client, *role;
	struct daterange when;
	int dated;
	struct strlist body;
	int indent;		/* of the last body line */
};

/* "Project #1", "Project 2:", "PROJECT NO. 3: Billing revamp". */
static int
block_head(const char *s)
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
		if (block_head(c->L->v[i].s))
			return i;
	return sec->to;
}

/* "Client        : Acme": the label's key and where its value starts. */
static const char *
label_of(const char *s, char *key, size_t keylen)
{
	const char *colon = strchr(s, ':');

	if (colon == NULL || colon - s > 24)
		return NULL;
	fold_key(s, (size_t)(colon - s), key, keylen);
	return colon + 1 + strspn(colon + 1, " \t");
}

static void
block_line(struct block *b, const struct line *l)
{
	char key[32];
	const char *v = label_of(l->s, key, sizeof key);

	if (v == NULL && !(l->flags & MK_BULLET) && b->body.n > 0 &&
	    (islower((unsigned char)l->s[0]) || l->indent > b->indent)) {
		/* a bullet's text wrapped onto the next line */
		char **last = &b->body.v[b->body.n - 1];
		char *j = xprintf("%s %s", *last, l->s);
		free(*last);
		*last = j;
		return;
	}
	if (v == NULL || (l->flags & MK_BULLET)) {
		strlist_add(&b->body, l->s);
		b->indent = l->indent;
		return;
	}
	if (*v == '\0')
		return;		/* "Responsibilities:" over the bullets */
	if (strcmp(key, "client") == 0 || strcmp(key, "customer") == 0)
		profile_set(&b->client, v);
	else if (strcmp(key, "role") == 0 || strcmp(key, "designation") == 0)
		profile_set(&b->role, v);
	else if (strcmp(key, "project") == 0 || strcmp(key, "project name") == 0 ||
	    strcmp(key, "title") == 0)
		profile_set(&b->name, v);
	else if (strcmp(key, "duration") == 0 || strcmp(key, "period") == 0)
		b->dated = dateparse_find(v, strlen(v), &b->when);
	else if (strcmp(key, "project details") == 0 || strcmp(key, "details") == 0 ||
	    strcmp(key, "description") == 0 || strcmp(key, "project description") == 0)
		strlist_add(&b->body, v);
}


/* The job the block belongs to: the one that starts when it starts, else
 * the one its client line names. */
static struct work *
block_job(struct ctx *c, const struct block *b, size_t first)
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

static void
block_store(struct ctx *c, struct block *b, size_t first)
{
	struct work *w = block_job(c, b, first);
	struct project *pr;

	if (w != NULL) {
		for (size_t i = 0; i < b->body.n; i++)
			strlist_add(&w->highlights, b->body.v[i]);
		return;
	}
	/* a block that gave nothing (its lines damaged) is no project: an
	 * empty record would not survive export and import */
	if (b->name == NULL && b->client == NULL && b->role == NULL && !b->dated &&
	    b->body.n == 0)
		return;
	if ((pr = parse_append(c, SEC_PROJECTS)) == NULL)
		return;
	profile_set(&pr->name, b->name != NULL ? b->name : b->client);
	if (b->name != NULL)
		profile_set(&pr->entity, b->client);
	if (b->role != NULL)
		strlist_add(&pr->roles, b->role);
	if (b->dated) {
		parse_date_set(&pr->start, b->when.start);
		if (!b->when.open && !b->when.single)
			parse_date_set(&pr->end, b->when.end);
	}
	for (size_t i = 0; i < b->body.n; i++)
		strlist_add(&pr->highlights, b->body.v[i]);
}

static void
block_free(struct block *b)
{
	free(b->name);
	free(b->client);
	free(b->role);
	strlist_clear(&b->body);
	memset(b, 0, sizeof *b);
}

void
projblock_parse(struct ctx *c, const struct sect *sec, size_t first)
{
	struct block b;
	int open = 0;

	memset(&b, 0, sizeof b);
	for (size_t i = sec->from; i < sec->to; i++) {
		const struct line *l = &c->L->v[i];
		const char *colon;
		if (block_head(l->s)) {
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
		NULL };
	char key[32];

	return label_of(s, key, sizeof key) != NULL && wordlist_has(keys, key);
}

int
projblock_labelled(struct ctx *c, const struct sect *sec)
{
	struct block b;
	size_t labels = 0;
	int open = 0;

	for (size_t i = sec->from; i < sec->to; i++)
		labels += block_label(c->L->v[i].s);
	if (labels < 2)
		return 0;
	memset(&b, 0, sizeof b);
	for (size_t i = sec->from; i < sec->to; i++) {
		const struct line *l = &c->L->v[i];
		/* "MTTR reduction on VMC line" over "Client : ...": a name
		 * over the labels opens a block */
		if (l->s[0] != '\0' && !block_label(l->s) && !(l->flags & MK_BULLET) &&
		    i + 1 < sec->to && block_label(c->L->v[i + 1].s)) {
			if (open)
				block_store(c, &b, c->p->nwork);
			block_free(&b);
			open = 1;
			profile_set(&b.name, l->s);
			continue;
		}
		if (open && l->s[0] != '\0')
			block_line(&b, l);
	}
	if (open)
		block_store(c, &b, c->p->nwork);
	block_free(&b);
	return open;
}
