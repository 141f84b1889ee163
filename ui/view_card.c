#include <stdio.h>
#include <stdlib.h>

#include "../src/card.h"
#include "../src/xalloc.h"
#include "draw.h"
#include "pager.h"
#include "theme.h"
#include "view_card.h"
#include "view_list.h"

struct cardv {
	struct pager pg;
	long long id;		/* laid out for this candidate, */
	unsigned gen;		/* this load of it */
	int width;		/* and this width */
};

#define CARD_MARGIN 1

struct cardv *
card_new(struct app *a)
{
	struct cardv *v = xcalloc(1, sizeof *v);

	v->id = -1;
	a->card = v;
	return v;
}

void
card_view_free(struct cardv *v)
{
	if (v == NULL)
		return;
	pager_free(&v->pg);
	free(v);
}

void
card_rewind(struct app *a)
{
	a->card->pg.top = 0;
}

static enum el
card_el(enum card_style s)
{
	switch (s) {
	case CS_NAME: return EL_NAME;
	case CS_HEADING: return EL_HEADER;
	case CS_SUBHEAD: return EL_COMPANY;
	case CS_DIM: return EL_DIM;
	case CS_FIGURE: return EL_FIGURE;
	case CS_GAP: return EL_GAP;
	case CS_TAG: return EL_TAG;
	default: return EL_DEFAULT;
	}
}

static void
card_layout(struct cardv *v, const struct current *c, int w)
{
	struct card_marks m = { c->tags, c->ntags, c->notes, c->nnotes };
	struct card cd;

	card_build(&cd, c->p, &m);
	pager_clear(&v->pg);
	for (size_t i = 0; i < cd.n; i++) {
		const struct card_line *l = &cd.v[i];
		int hang = l->style == CS_BULLET || l->style == CS_FIGURE ||
		    l->style == CS_GAP ? 2 : 0;
		pager_add(&v->pg, card_el(l->style), l->indent, hang, l->text, w);
	}
	card_free(&cd);
	if (c->id != v->id)
		v->pg.top = 0;
	v->id = c->id;
	v->gen = c->gen;
	v->width = w;
}

static void
card_nobody(int y, int h, int w)
{
	for (int r = 0; r < h; r++)
		draw_fill(y + r, 0, w, theme(EL_DEFAULT));
	draw_text(y + h / 3, 2, w - 4, "No candidate to show: the list is empty.",
	    theme(EL_DIM));
}

/* The card from row y, its first head rows the frame's while they show:
 * how many do. */
static int
card_paint(struct app *a, int y, int head, int h, int w)
{
	struct cardv *v = a->card;
	const struct current *c = app_current(a, 1);
	int cw = w - 2 * CARD_MARGIN, shown;

	if (c == NULL) {
		card_nobody(y + head, h - head, w);
		return head;
	}
	if (c->id != v->id || c->gen != v->gen || cw != v->width)
		card_layout(v, c, cw);
	v->pg.head = head;
	v->pg.words = a->nav == NAV_LIST ? list_words(a) : NULL;
	pager_draw(&v->pg, y, CARD_MARGIN, h, w - CARD_MARGIN);
	shown = pager_head_shown(&v->pg);
	for (int r = shown; r < h; r++)
		draw_fill(y + r, 0, CARD_MARGIN, theme(EL_DEFAULT));
	return shown;
}

static void
card_draw(struct app *a, int y, int h, int w)
{
	card_paint(a, y, 0, h, w);
}

static int
card_draw_page(struct app *a, int head, int h, int w)
{
	return card_paint(a, 0, head, h, w);
}

static int
card_action(struct app *a, enum action act)
{
	struct cardv *v = a->card;

	if (pager_action(&v->pg, act))
		return 1;
	switch (act) {
	case A_NEXT:
	case A_PREV:
		app_step(a, act == A_NEXT ? 1 : -1);
		return 1;
	default:
		return 0;
	}
}

static void
card_status(struct app *a, struct buf *left, struct buf *right)
{
	struct cardv *v = a->card;

	app_status_position(a, v->id, left);
	for (size_t k = 0; a->cur.id == v->id && k < a->cur.ntags; k++)
		buf_addf(left, "%s%s", k == 0 ? "  " : " ", a->cur.tags[k].tag);
	if (pager_more(&v->pg))
		buf_addf(right, "more %s", glyph(G_MORE));
}

static void
card_wheel(struct app *a, int lines)
{
	pager_scroll(&a->card->pg, lines);
}

static void
card_click(struct app *a, int row, int col, int twice)
{
	(void)a;
	(void)row;
	(void)col;
	(void)twice;
}

const struct view_ops card_view_ops = {
	.title = "Card",
	.help = AV_CARD,
	.draw = card_draw,
	.draw_page = card_draw_page,
	.action = card_action,
	.status = card_status,
	.click = card_click,
	.wheel = card_wheel,
};
