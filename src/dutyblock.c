/*
 * dutyblock: see dutyblock.h.
 */
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "dutyblock.h"
#include "fold.h"
#include "layout.h"
#include "xalloc.h"

/* The folded key of s[0..n), in a fresh string. */
static char *
key_of(const char *s, size_t n)
{
	char *k = xmalloc(n * 2 + 1);

	fold_key(s, n, k, n * 2 + 1);
	return k;
}

/* "IT Officer – Himalayan Sunrise Bank Ltd.": the line cut at its dash
 * into two keys; 0 when it has none, or a side is empty.  "Ministry of
 * ... (MRRD) – AREDP – Data Collection Officer": the first part and the
 * last, the programme between them left out. */
static int
head_sides(const char *s, char **a, char **b)
{
	static const char *const dashes[] = { " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", " | ", NULL };
	const char *at = NULL, *last;
	size_t k = 0;

	for (int i = 0; dashes[i] != NULL && at == NULL; i++)
		if ((at = strstr(s, dashes[i])) != NULL)
			k = strlen(dashes[i]);
	if (at == NULL || at == s || at[k] == '\0')
		return 0;
	for (last = at; strstr(last + 1, dashes[0]) != NULL; k = strlen(dashes[0]))
		last = strstr(last + 1, dashes[0]);
	*a = key_of(s, (size_t)(at - s));
	*b = key_of(last + k, strlen(last + k));
	if (**a == '\0' || **b == '\0') {
		free(*a);
		free(*b);
		return 0;
	}
	return 1;
}

/* Whether line i is a job's duties' head: undated, its two sides both
 * in a dated line above it in the section, a bullet under it. */
static int
duty_head(const struct layout *L, size_t from, size_t i, size_t to)
{
	struct daterange r;
	const char *s = L->v[i].s;
	char *a, *b;
	int found = 0;

	if ((L->v[i].flags & (MK_BULLET | MK_NUMBERED)) || i + 1 >= to ||
	    !(L->v[i + 1].flags & MK_BULLET) || dateparse_find(s, strlen(s), &r) ||
	    !head_sides(s, &a, &b))
		return 0;
	for (size_t j = from; j < i && !found; j++) {
		const char *t = L->v[j].s;
		char *k;
		if (!dateparse_find(t, strlen(t), &r))
			continue;
		k = key_of(t, strlen(t));
		found = strstr(k, a) != NULL && strstr(k, b) != NULL;
		free(k);
	}
	free(a);
	free(b);
	return found;
}

size_t
dutyblock_start(const struct ctx *c, const struct sect *sec)
{
	const struct layout *L = c->L;

	for (size_t i = sec->from; i < sec->to; i++)
		if (duty_head(L, sec->from, i, sec->to)) {
			/* "Job Responsibilities" over the first: the block's label */
			if (i > sec->from && !(L->v[i - 1].flags & (MK_BULLET | MK_NUMBERED)) &&
			    strlen(L->v[i - 1].s) < 40 && strpbrk(L->v[i - 1].s, "0123456789|") == NULL)
				return i - 1;
			return i;
		}
	return sec->to;
}

/* Whether the job w is the one the sides name, in either order: its
 * title the one, its employer's name opening with the other. */
static int
names_job(const struct work *w, const char *a, const char *b)
{
	char *pos, *org;
	int ok;

	if (w->position == NULL || w->name == NULL)
		return 0;
	pos = key_of(w->position, strlen(w->position));
	org = key_of(w->name, strlen(w->name));
	ok = (strcmp(pos, a) == 0 && strncmp(org, b, strlen(b)) == 0) ||
	    (strcmp(pos, b) == 0 && strncmp(org, a, strlen(a)) == 0);
	free(pos);
	free(org);
	return ok;
}

static struct work *
job_named(struct ctx *c, const char *s, size_t first)
{
	char *a, *b;
	struct work *w = NULL;

	if (!head_sides(s, &a, &b))
		return NULL;
	for (size_t i = first; i < c->p->nwork && w == NULL; i++)
		if (names_job(&c->p->work[i], a, b))
			w = &c->p->work[i];
	free(a);
	free(b);
	return w;
}

/* A duty's text wrapped onto the next line: s joins the last one. */
static void
last_goes_on(struct strlist *h, const char *s)
{
	char *j = xprintf("%s %s", h->v[h->n - 1], s);

	free(h->v[h->n - 1]);
	h->v[h->n - 1] = j;
}

void
dutyblock_read(struct ctx *c, const struct sect *sec, size_t first)
{
	const struct layout *L = c->L;
	struct work *w = NULL;

	for (size_t i = sec->from; i < sec->to; i++) {
		const struct line *l = &L->v[i];
		struct strlist *h;
		if (l->s[0] == '\0')
			continue;
		if (!(l->flags & MK_BULLET)) {
			h = w != NULL ? &w->highlights : NULL;
			/* a bullet's text wrapped onto the next line */
			if (h != NULL && h->n > 0 && l->indent > 0 && job_named(c, l->s, first) == NULL)
				last_goes_on(h, l->s);
			else
				w = job_named(c, l->s, first);
			continue;
		}
		if (w != NULL)
			strlist_add(&w->highlights, l->s);
	}
}

/* Whether a heading's key names the duties of the present post. */
static int
present_title(const char *title)
{
	static const char *const posts[] = { "present position", "current position",
		"present post", "current post", "present job", "current job",
		"present assignment", "current assignment", NULL };
	char *k;
	int post = 0;

	if (title == NULL)
		return 0;
	k = key_of(title, strlen(title));
	for (int i = 0; posts[i] != NULL; i++)
		post |= strstr(k, posts[i]) != NULL;
	post = post && (strstr(k, "responsib") != NULL || strstr(k, "duties") != NULL);
	free(k);
	return post;
}

/* The job still held (the latest begun of them), NULL if none. */
static struct work *
held_job(struct ctx *c)
{
	struct work *w = NULL;

	for (size_t i = 0; i < c->p->nwork; i++) {
		struct work *v = &c->p->work[i];
		if (v->start != NULL && v->end == NULL &&
		    (w == NULL || strcmp(v->start, w->start) > 0))
			w = v;
	}
	return w;
}

int
dutyblock_present(struct ctx *c, const struct sect *sec)
{
	const struct layout *L = c->L;
	struct work *w;
	int last = 0;

	if (!present_title(sec->title) || (w = held_job(c)) == NULL)
		return 0;
	/* dates alone on a line: jobs of their own, no duties */
	for (size_t i = sec->from; i < sec->to; i++)
		if (dateparse_only(L->v[i].s))
			return 0;
	for (size_t i = sec->from; i < sec->to; i++) {
		const struct line *l = &L->v[i];
		struct strlist *h = &w->highlights;
		if (l->s[0] == '\0')
			continue;
		/* a bullet's text wrapped onto the next line */
		if (!(l->flags & MK_BULLET) && last && h->n > 0 && l->indent > 0 &&
		    !(l->flags & LN_BLANK)) {
			last_goes_on(h, l->s);
			continue;
		}
		strlist_add(h, l->s);
		last = 1;
	}
	return 1;
}
