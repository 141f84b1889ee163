#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dateparse.h"
#include "fold.h"
#include "jobprojects.h"
#include "wordlist.h"
#include "xalloc.h"

/* How far above the label a job's dates may be. */
#define JOB_REACH 10

/* "Projects:", "Key Projects:" alone on a line. */
static int
label_line(const char *s)
{
	static const char *const labels[] = { "key projects", "main projects", "major projects",
		"notable projects", "projects", "projects executed", "projects handled",
		"projects involved", "projects undertaken", NULL };
	size_t n = strlen(s);
	char key[32];

	if (n < 2 || n >= sizeof key || s[n - 1] != ':')
		return 0;
	fold_key(s, n - 1, key, sizeof key);
	return wordlist_has(labels, key);
}

/* Whether a job's dates are on one of the lines just above i. */
static int
in_job(const struct layout *L, size_t i)
{
	struct daterange r;

	for (size_t k = i; k-- > 0 && i - k <= JOB_REACH;) {
		/* "Senior Site Engineer<TAB>Jan 2020 – Till Date": the dates
		 * in the row's last cell */
		const char *cell = strrchr(L->v[k].s, '\t');
		cell = cell != NULL ? cell + 1 : L->v[k].s;
		if (dateparse_find(cell, strlen(cell), &r))
			return 1;
	}
	return 0;
}

/* The years in the item's last brackets, cut off it; 0 when none. */
static int
years_cut(char *s, char **years)
{
	char *open = strrchr(s, '('), *close;
	struct daterange r;

	if (open == NULL || (close = strchr(open, ')')) == NULL || close[1 + strspn(close + 1, " .")] != '\0')
		return 0;
	*years = xstrndup(open + 1, (size_t)(close - open - 1));
	if (!dateparse_find(*years, strlen(*years), &r) || !dateparse_only(*years)) {
		free(*years);
		*years = NULL;
		return 0;
	}
	while (open > s && (open[-1] == ' ' || open[-1] == ','))
		open--;
	*open = '\0';
	return 1;
}

/* Where the project's facts begin: " – Client:", " - Value:", ...; the
 * name is before. */
static char *
facts_at(char *s)
{
	static const char *const labels[] = { "Client:", "Consultant:", "Value:", "Owner:",
		"Employer:", "Contract value:", "Location:", "Role:", NULL };
	char *best = NULL;

	for (size_t i = 0; labels[i] != NULL; i++) {
		char *at = strstr(s, labels[i]);
		if (at != NULL && at > s + 3 && (best == NULL || at < best))
			best = at;
	}
	return best;
}

/* The item as the name and years line and the facts line, when it ends
 * in its years; whether it did. */
static int
item_add(struct strlist *out, char *s)
{
	char *years = NULL, *at, *name_end, *paren;

	if (!years_cut(s, &years))
		return 0;
	at = facts_at(s);
	name_end = at != NULL ? at : s + strlen(s);
	while (name_end > s && strchr(" \xe2\x80\x93-,|", name_end[-1]) != NULL)
		name_end--;
	/* "(2B+G+4P+22)": the building's storeys, no part of its name */
	for (paren = name_end; paren > s && paren[-1] != '(';)
		paren--;
	if (paren > s && name_end[-1] == ')' && memchr(paren, '+', (size_t)(name_end - paren)))
		name_end = paren - 1;
	while (name_end > s && name_end[-1] == ' ')
		name_end--;
	strlist_take(out, xprintf("%.*s (%s)", (int)(name_end - s), s, years));
	/* "Client: Emaar Properties – Value: ..." under the name: a line of
	 * facts, its first label no block's ("Client Emaar ...") */
	if (at != NULL) {
		size_t k = strcspn(at, ":");
		strlist_take(out, xprintf("%.*s%s", (int)k, at, at[k] == ':' ? at + k + 1 : ""));
	} else
		strlist_take(out, xstrdup(""));
	free(years);
	return 1;
}

/* Whether line l opens an item of the list: a bullet, or a line after a
 * gap where the converter lost the bullet. */
static int
item_opens(const struct line *l)
{
	return (l->flags & (MK_BULLET | LN_BLANK)) != 0;
}

/* The items of the list under the label at i, joined over their wrapped
 * lines, into out, up to the first that does not end in its years; the
 * index after the last item taken. */
static size_t
items_read(const struct layout *L, size_t i, struct strlist *out)
{
	struct buf b = BUF_INIT;
	size_t j = i + 1, taken = j;

	for (;; j++) {
		const struct line *l = j < L->n ? &L->v[j] : NULL;
		int ends = l == NULL || l->s[0] == '\0' || l->s[strlen(l->s) - 1] == ':';
		if ((ends || item_opens(l)) && b.len > 0) {
			if (!item_add(out, b.s))
				break;
			taken = j;
			b.len = 0;
			b.s[0] = '\0';
		}
		if (ends)
			break;
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, l->s);
		/* an item ends with its years, whatever opens the next */
		if (l->s[strlen(l->s) - 1] == ')' && item_add(out, b.s)) {
			taken = j + 1;
			b.len = 0;
			b.s[0] = '\0';
		}
	}
	buf_free(&b);
	return taken;
}

void
jobprojects_move(struct layout *L)
{
	struct strlist moved = STRLIST_INIT;
	size_t o = 0;

	for (size_t i = 0; i < L->n; i++) {
		size_t end, had = moved.n;
		if (!label_line(L->v[i].s) || !in_job(L, i)) {
			L->v[o++] = L->v[i];
			continue;
		}
		end = items_read(L, i, &moved);
		if (moved.n == had) {
			L->v[o++] = L->v[i];
			continue;
		}
		/* the next line opens a new paragraph of the job */
		if (end < L->n)
			L->v[end].flags |= LN_BLANK;
		for (size_t k = i; k < end; k++)
			free(L->v[k].s);
		i = end - 1;
	}
	L->n = o;
	if (moved.n == 0)
		return;
	layout_add(L, "PROJECTS", 8, 0, LN_BLANK);
	for (size_t k = 0; k + 1 < moved.n; k += 2) {
		layout_add(L, moved.v[k], strlen(moved.v[k]), 0, LN_BLANK);
		if (moved.v[k + 1][0] != '\0')
			layout_add(L, moved.v[k + 1], strlen(moved.v[k + 1]), 0, 0);
	}
	strlist_clear(&moved);
}
