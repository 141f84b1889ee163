/*
 * What the browser writes: tags, notes and seen-state, on the candidate
 * under the cursor or, after ;, on every marked one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/xalloc.h"
#include "app.h"

size_t
app_targets(struct app *a, long long **ids)
{
	long long id;

	*ids = NULL;
	if (a->apply_marked) {
		if (a->marks.n == 0) {
			app_error(a, "no candidate is marked (t marks one)");
			return 0;
		}
		*ids = xreallocarray(NULL, a->marks.n, sizeof **ids);
		memcpy(*ids, a->marks.v, a->marks.n * sizeof **ids);
		return a->marks.n;
	}
	if ((id = app_cursor_id(a)) < 0) {
		app_error(a, "no candidate here");
		return 0;
	}
	*ids = xreallocarray(NULL, 1, sizeof **ids);
	(*ids)[0] = id;
	return 1;
}

static int
has_tag(struct app *a, long long id, const char *tag)
{
	struct tag_mark *v;
	size_t n;
	int found = 0;

	if (store_tags(a->store, id, &v, &n) != ST_OK)
		return 0;
	for (size_t i = 0; i < n; i++)
		found |= strcmp(v[i].tag, tag) == 0;
	store_tags_free(v, n);
	return found;
}

/* "Ada Quill" for one target, "5 marked" for many. */
static void
targets_name(struct app *a, size_t n, char *out, size_t size)
{
	const struct current *c;

	if (n != 1 || a->apply_marked)
		snprintf(out, size, "%zu marked", n);
	else if ((c = app_current(a, 0)) != NULL && c->p->basics.name != NULL)
		snprintf(out, size, "%s", c->p->basics.name);
	else
		snprintf(out, size, "the candidate");
}

static void
tag_all(struct app *a, const long long *ids, size_t n, const char *tag, int on)
{
	char who[128];
	size_t done = 0;

	targets_name(a, n, who, sizeof who);
	for (size_t i = 0; i < n; i++) {
		enum status st = store_tag(a->store, ids[i], tag, a->user, on);
		if (st == ST_OK)
			done++;
		else if (st != ST_EXISTS) {
			app_error(a, "%s%s #%lld: %s", on ? "+" : "-", tag, ids[i],
			    st == ST_NOTFOUND ? "no longer in the database" :
			    store_error(a->store));
			app_changed(a);
			return;
		}
	}
	app_changed(a);
	if (n > 1 && done < n)
		app_msg(a, "%s%s %s (%zu already %s)", on ? "+" : "-", tag, who, n - done,
		    on ? "had it" : "did not");
	else
		app_msg(a, "%s%s %s", on ? "+" : "-", tag, who);
}

void
app_set_tag(struct app *a, const char *tag, int on)
{
	long long *ids;
	size_t n = app_targets(a, &ids);

	if (n > 0)
		tag_all(a, ids, n, tag, on);
	free(ids);
}

/* One candidate: flip it.  Many: put it on all, or take it off when all
 * carry it already. */
void
app_toggle_tag(struct app *a, size_t t)
{
	const char *tag = a->cfg->tags[t].name;
	long long *ids;
	size_t n = app_targets(a, &ids), have = 0;

	for (size_t i = 0; i < n; i++)
		have += has_tag(a, ids[i], tag) ? 1 : 0;
	if (n > 0)
		tag_all(a, ids, n, tag, have < n);
	free(ids);
}

void
app_add_note(struct app *a, const char *text)
{
	long long *ids;
	size_t n = app_targets(a, &ids), done = 0;
	char who[128];

	targets_name(a, n, who, sizeof who);
	for (size_t i = 0; i < n; i++) {
		enum status st = store_note(a->store, ids[i], a->user, text);
		if (st != ST_OK) {
			app_error(a, "note on #%lld: %s", ids[i], st == ST_NOTFOUND ?
			    "no longer in the database" : store_error(a->store));
			break;
		}
		done++;
	}
	if (done == n && n > 0)
		app_msg(a, "note added to %s", who);
	app_changed(a);
	free(ids);
}

void
app_toggle_seen(struct app *a)
{
	long long *ids;
	size_t n = app_targets(a, &ids);
	int seen;
	char who[128];

	if (n == 0)
		return;
	targets_name(a, n, who, sizeof who);
	seen = !store_is_seen(a->store, ids[0], a->user);
	for (size_t i = 0; i < n; i++)
		store_seen(a->store, ids[i], a->user, seen);
	/* leave it as the user set it while it stays open */
	a->seen_id = ids[0];
	app_changed(a);
	app_msg(a, "%s marked %s", who, seen ? "seen" : "not seen");
	free(ids);
}
