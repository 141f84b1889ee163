#include <string.h>

#include "dateparse.h"
#include "heading.h"
#include "markup.h"
#include "nestrole.h"

/* A bullet whose text holds a range of dates: a role. */
static int
dated_item(const struct line *l, int indent)
{
	struct daterange r;

	return (l->flags & MK_BULLET) && l->indent == indent &&
	    dateparse_find(l->s, strlen(l->s), &r) && !r.single;
}

/* A line that may name the employer: no list item, no heading, no
 * dates, short, and no introduction to a list ("Clients included:"). */
static int
employer_line(const struct lexicon *lx, const struct line *l)
{
	struct daterange r;
	struct heading_hit hit;
	size_t n = strlen(l->s);

	return n > 0 && l->s[n - 1] != ':' && !(l->flags & (MK_BULLET | MK_NUMBERED | MK_HEADING | MK_TABLE)) &&
	    l->s[0] != '\0' && strlen(l->s) <= 80 && !dateparse_find(l->s, strlen(l->s), &r) &&
	    !heading_match(&lx->headings, l, &hit) && strchr(l->s, '@') == NULL;
}

/* The roles under the employer's line at i: the line after the last of
 * their items, and how many there are. */
static size_t
roles_end(const struct layout *L, size_t i, int *count)
{
	int indent = L->v[i + 1].indent;
	size_t j = i + 1;

	*count = 0;
	while (j < L->n) {
		if (dated_item(&L->v[j], indent))
			++*count;
		else if (!(L->v[j].indent > indent && (L->v[j].flags & MK_BULLET)))
			break;
		j++;
	}
	return j;
}

static void
copy_line(struct layout *to, const struct line *l, unsigned flags)
{
	layout_add(to, l->s, strlen(l->s), l->indent, flags)->level = l->level;
}

void
nestrole_spread(const struct lexicon *lx, struct layout *L)
{
	struct layout out;
	int done = 0;

	memset(&out, 0, sizeof out);
	for (size_t i = 0; i < L->n; i++) {
		int count;
		size_t end;
		/* the dated item first: it is the quicker question */
		if (i + 1 >= L->n || !dated_item(&L->v[i + 1], L->v[i + 1].indent) ||
		    !employer_line(lx, &L->v[i]) ||
		    (end = roles_end(L, i, &count), count < 2)) {
			copy_line(&out, &L->v[i], L->v[i].flags);
			continue;
		}
		done = 1;
		for (size_t j = i + 1; j < end; j++) {
			const struct line *l = &L->v[j];
			if (!dated_item(l, L->v[i + 1].indent)) {
				copy_line(&out, l, l->flags);
				continue;
			}
			copy_line(&out, &L->v[i], L->v[i].flags | LN_BLANK);
			copy_line(&out, l, l->flags & ~(unsigned)MK_BULLET);
		}
		i = end - 1;
	}
	if (!done) {
		layout_free(&out);
		return;
	}
	out.urls = L->urls;
	L->urls = (struct strlist)STRLIST_INIT;
	layout_free(L);
	*L = out;
}
