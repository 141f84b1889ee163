#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "projblock.h"
#include "projlabel.h"
#include "wordlist.h"
#include "xalloc.h"

/* The labels of a site's name, its other facts, and the job's title. */
static const char *const name_keys[] = { "name of project", "project", "project name",
	"project title", NULL };
static const char *const fact_keys[] = { "client", "consultant", "consultants",
	"contract sum", "contract value", "contractor", "customer", "developer",
	"duration", "location", "main contractor", "owner", "period", "project cost",
	"project location", "project value", "scope", "scope of work", "sub contractor",
	"subcontractor", "value", NULL };
static const char *const role_keys[] = { "designation", "position", "role", NULL };
/* "Projects Handled:" over the first site */
static const char *const list_keys[] = { "major projects", "project handled",
	"projects", "projects handled", "projects involved", NULL };

static int
is_label(const char *s, const char *const *keys, int valued)
{
	char key[32];
	const char *v = projblock_label(s, key, sizeof key);

	return v != NULL && wordlist_has(keys, key) && (*v != '\0') == valued;
}

static size_t
sites_in(const struct strlist *l)
{
	size_t n = 0;

	for (size_t i = 0; i < l->n; i++)
		n += is_label(l->v[i], name_keys, 1);
	return n;
}

static void
text_add(char **slot, const char *sep, const char *s)
{
	char *j;

	if (*slot == NULL) {
		*slot = xstrdup(s);
		return;
	}
	j = xprintf("%s%s%s", *slot, sep, s);
	free(*slot);
	*slot = j;
}

static struct projlabel *
site_open(struct projlabels *out, const char *name)
{
	struct projlabel *p;

	out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
	p = &out->v[out->n++];
	p->name = xstrdup(name);
	p->description = NULL;
	return p;
}

/* Takes the sites out of one list of lines; *role is the job's title as
 * its first label gave it, kept where it stood; the same title again
 * under a later site goes. */
static void
list_take(struct strlist *l, struct projlabels *out, char **role)
{
	struct projlabel *cur = NULL;
	char key[32];
	size_t i = 0;

	while (i < l->n) {
		const char *v = projblock_label(l->v[i], key, sizeof key);
		int drop = 1;
		if (v != NULL && *v != '\0' && wordlist_has(name_keys, key)) {
			cur = site_open(out, v);
			/* a long name wrapped over the line before its client */
			if (i + 2 < l->n && projblock_label(l->v[i + 1], key, sizeof key) == NULL &&
			    is_label(l->v[i + 2], fact_keys, 1)) {
				text_add(&cur->name, " ", l->v[i + 1]);
				strlist_remove(l, i + 1);
			}
		} else if (v != NULL && *v == '\0' && wordlist_has(list_keys, key)) {
			cur = NULL;
		} else if (cur != NULL && v != NULL && *v != '\0' &&
		    (wordlist_has(fact_keys, key) || wordlist_has(role_keys, key))) {
			text_add(&cur->description, "; ", l->v[i]);
			if (wordlist_has(role_keys, key)) {
				drop = *role != NULL && strcasecmp(*role, v) == 0;
				if (*role == NULL)
					*role = xstrdup(v);
			}
		} else {
			if (v != NULL && *v != '\0' && wordlist_has(role_keys, key) && *role == NULL)
				*role = xstrdup(v);
			cur = NULL;
			drop = 0;
		}
		if (drop)
			strlist_remove(l, i);
		else
			i++;
	}
}

int
projlabel_take(struct entries *E, struct projlabels *out)
{
	size_t most = 0;

	memset(out, 0, E->n * sizeof *out);
	for (size_t i = 0; i < E->n; i++) {
		size_t n = sites_in(&E->v[i].head) + sites_in(&E->v[i].prose);
		if (n > most)
			most = n;
	}
	if (most < 2)
		return 0;
	for (size_t i = 0; i < E->n; i++) {
		char *role = NULL;
		list_take(&E->v[i].head, &out[i], &role);
		list_take(&E->v[i].prose, &out[i], &role);
		free(role);
	}
	return 1;
}

void
projlabel_store(struct ctx *c, struct projlabels *P, const char *org)
{
	for (size_t i = 0; i < P->n; i++) {
		struct project *pr = parse_append(c, SEC_PROJECTS);
		if (pr == NULL)
			break;
		profile_set(&pr->name, P->v[i].name);
		profile_set(&pr->entity, org);
		profile_set(&pr->description, P->v[i].description);
	}
	projlabel_clear(P);
}

void
projlabel_clear(struct projlabels *P)
{
	for (size_t i = 0; i < P->n; i++) {
		free(P->v[i].name);
		free(P->v[i].description);
	}
	free(P->v);
	memset(P, 0, sizeof *P);
}
