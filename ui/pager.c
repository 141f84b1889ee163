#include <stdlib.h>
#include <string.h>

#include "../src/xalloc.h"
#include "draw.h"
#include "pager.h"

void
pager_clear(struct pager *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i].text);
	free(p->v);
	p->v = NULL;
	p->n = 0;
}

void
pager_free(struct pager *p)
{
	pager_clear(p);
	p->top = 0;
}

static void
pager_line(struct pager *p, enum el el, int indent, const char *s, size_t len)
{
	p->v = xreallocarray(p->v, p->n + 1, sizeof *p->v);
	p->v[p->n].el = el;
	p->v[p->n].indent = indent;
	p->v[p->n].text = xstrndup(s, len);
	p->n++;
}

/* The length of the separator of a line's parts (a place, an address, a
 * phone number) at s + i, but for the space after it: a middle dot, or a
 * bar in ASCII, between spaces. */
static size_t
pager_sep(const char *s, size_t i)
{
	if (s[i] != ' ')
		return 0;
	if (strncmp(s + i + 1, "\xc2\xb7 ", 3) == 0)
		return 3;
	if (strncmp(s + i + 1, "| ", 2) == 0)
		return 2;
	return 0;
}

/* Where to break s to fit w columns: after the last separator of parts
 * that fits in the second half, so that no phone number or date range is
 * cut in two; else after the last space that fits; else wherever it must. */
static size_t
pager_break(const char *s, int w)
{
	size_t cut = draw_cut(s, w > 0 ? w : 1), n;

	if (s[cut] == '\0')
		return cut;
	for (size_t i = cut; i > cut / 2; i--)
		if ((n = pager_sep(s, i - 1)) > 0 && i - 1 + n <= cut)
			return i - 1 + n;
	for (size_t i = cut; i > 0; i--)
		if (s[i] == ' ')
			return i;
	return cut > 0 ? cut : 1;
}

void
pager_add(struct pager *p, enum el el, int indent, int hang, const char *text, int width)
{
	struct buf b = BUF_INIT;
	const char *s;
	int first = 1;

	draw_clean(&b, text);
	s = buf_str(&b);
	if (*s == '\0')
		pager_line(p, el, indent, "", 0);
	while (*s != '\0') {
		int in = first ? indent : indent + hang;
		size_t n = pager_break(s, width - in);
		pager_line(p, el, in, s, n);
		s += n;
		while (*s == ' ')
			s++;
		first = 0;
	}
	buf_free(&b);
}

static void
pager_clamp(struct pager *p)
{
	int max = p->head + (int)p->n - p->rows;

	if (p->top > max)
		p->top = max;
	if (p->top < 0)
		p->top = 0;
}

void
pager_draw(struct pager *p, int y, int x, int h, int w)
{
	p->rows = h;
	pager_clamp(p);
	for (int r = pager_head_shown(p); r < h; r++) {
		size_t i = (size_t)(p->top + r - p->head);
		if (i >= p->n) {
			draw_fill(y + r, x, w, theme(EL_DEFAULT));
			continue;
		}
		int in = p->v[i].indent < w ? p->v[i].indent : 0, used;
		draw_fill(y + r, x, in, theme(EL_DEFAULT));
		used = draw_text_hl(y + r, x + in, w - in, p->v[i].text, theme(p->v[i].el),
		    theme(EL_MATCH), p->words);
		draw_fill(y + r, x + in + used, w - in - used, theme(EL_DEFAULT));
	}
}

int
pager_head_shown(const struct pager *p)
{
	return p->head > p->top ? p->head - p->top : 0;
}

int
pager_action(struct pager *p, enum action a)
{
	int page = p->rows > 1 ? p->rows - 1 : 1;

	switch (a) {
	case A_DOWN: p->top++; break;
	case A_UP: p->top--; break;
	case A_PAGE_DOWN: p->top += page; break;
	case A_PAGE_UP: p->top -= page; break;
	case A_FIRST: p->top = 0; break;
	case A_LAST: p->top = p->head + (int)p->n; break;
	default: return 0;
	}
	pager_clamp(p);
	return 1;
}

void
pager_scroll(struct pager *p, int lines)
{
	p->top += lines;
	pager_clamp(p);
}

int
pager_more(const struct pager *p)
{
	return p->top + p->rows < p->head + (int)p->n;
}
