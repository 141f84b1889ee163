#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "../src/history.h"
#include "../src/utf8.h"
#include "../src/xalloc.h"
#include "draw.h"
#include "frame.h"
#include "prompt.h"
#include "term.h"
#include "theme.h"

struct prompt {
	const char *label;
	uint32_t *v;		/* the text, a code point each */
	size_t n, cap, pos;
	char err[256];
	int errcol;
	struct strlist *hist;
	size_t hpos;		/* in hist while browsing it; hist->n: the new line */
	char *typed;		/* the new line, kept while browsing */
	prompt_complete_fn complete;
};

static void
prompt_text(const struct prompt *p, struct buf *out)
{
	char enc[4];

	for (size_t i = 0; i < p->n; i++)
		buf_add(out, enc, utf8_encode(p->v[i], enc));
}

static void
prompt_set(struct prompt *p, const char *s)
{
	size_t len = s != NULL ? strlen(s) : 0;
	uint32_t cp;

	p->n = p->pos = 0;
	for (size_t i = 0; i < len;) {
		size_t k = utf8_decode(s + i, len - i, &cp);
		i += k ? k : 1;
		if (k == 0 || utf8_is_unsafe(cp))
			continue;
		if (p->n == p->cap) {
			p->cap = p->cap ? p->cap * 2 : 64;
			p->v = xreallocarray(p->v, p->cap, sizeof *p->v);
		}
		p->v[p->n++] = cp;
	}
	p->pos = p->n;
}

static void
prompt_insert(struct prompt *p, uint32_t cp)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->v = xreallocarray(p->v, p->cap, sizeof *p->v);
	}
	memmove(p->v + p->pos + 1, p->v + p->pos, (p->n - p->pos) * sizeof *p->v);
	p->v[p->pos++] = cp;
	p->n++;
}

static void
prompt_delete(struct prompt *p, size_t from, size_t to)
{
	if (to > p->n)
		to = p->n;
	if (from >= to)
		return;
	memmove(p->v + from, p->v + to, (p->n - to) * sizeof *p->v);
	p->n -= to - from;
	p->pos = from;
}

static size_t
prompt_word_start(const struct prompt *p)
{
	size_t i = p->pos;

	while (i > 0 && p->v[i - 1] == ' ')
		i--;
	while (i > 0 && p->v[i - 1] != ' ')
		i--;
	return i;
}

/* Up and Down walk the history; the line being typed is kept aside. */
static void
prompt_history(struct prompt *p, int dir)
{
	struct buf b = BUF_INIT;

	if (p->hist == NULL || (dir < 0 && p->hpos == 0) || (dir > 0 && p->hpos >= p->hist->n))
		return;
	if (p->hpos == p->hist->n) {
		prompt_text(p, &b);
		free(p->typed);
		p->typed = buf_detach(&b);
	}
	p->hpos += dir;
	prompt_set(p, p->hpos < p->hist->n ? p->hist->v[p->hpos] : p->typed);
	buf_free(&b);
}

static int
prompt_motion(struct prompt *p, int k)
{
	switch (k) {
	case KEYFN(KEY_LEFT): case 2:		/* C-b */
		if (p->pos > 0)
			p->pos--;
		return 1;
	case KEYFN(KEY_RIGHT): case 6:		/* C-f */
		if (p->pos < p->n)
			p->pos++;
		return 1;
	case KEYFN(KEY_HOME): case 1:		/* C-a */
		p->pos = 0;
		return 1;
	case KEYFN(KEY_END): case 5:		/* C-e */
		p->pos = p->n;
		return 1;
	default:
		return 0;
	}
}

/* Edits by k; 1 if the text changed. */
static int
prompt_edit(struct prompt *p, int k)
{
	switch (k) {
	case 127: case 8: case KEYFN(KEY_BACKSPACE):
		if (p->pos == 0)
			return 0;
		prompt_delete(p, p->pos - 1, p->pos);
		return 1;
	case 4: case KEYFN(KEY_DC):		/* C-d */
		prompt_delete(p, p->pos, p->pos + 1);
		return 1;
	case 21:				/* C-u */
		prompt_delete(p, 0, p->pos);
		return 1;
	case 11:				/* C-k */
		p->n = p->pos;
		return 1;
	case 23:				/* C-w */
		prompt_delete(p, prompt_word_start(p), p->pos);
		return 1;
	case KEYFN(KEY_UP): case 16:		/* C-p */
		prompt_history(p, -1);
		return 1;
	case KEYFN(KEY_DOWN): case 14:		/* C-n */
		prompt_history(p, 1);
		return 1;
	default:
		if (k < 0x20 || k == 0x7f || k >= KEYFN(0) || utf8_is_unsafe((uint32_t)k))
			return 0;
		prompt_insert(p, (uint32_t)k);
		return 1;
	}
}

static int
prompt_tab(struct app *a, struct prompt *p)
{
	struct buf b = BUF_INIT;
	char *done;

	if (p->complete == NULL || p->pos != p->n)
		return 0;
	prompt_text(p, &b);
	done = p->complete(a, buf_str(&b));
	buf_free(&b);
	if (done == NULL)
		return 0;
	prompt_set(p, done);
	free(done);
	return 1;
}

/* 1 accepted, -1 given up, 0 going on; *changed when the text changed. */
static int
prompt_key(struct app *a, struct prompt *p, int k, int *changed)
{
	switch (k) {
	case '\r': case '\n': case KEYFN(KEY_ENTER):
		return 1;
	case 27: case 7:			/* Esc, C-g */
		return -1;
	case K_QUIT:
		a->quit = 1;
		return -1;
	case KEYFN(KEY_MOUSE): {
		MEVENT ev;
		getmouse(&ev);
		return 0;
	}
	case '\t':
		*changed |= prompt_tab(a, p);
		return 0;
	default:
		if (!prompt_motion(p, k) && prompt_edit(p, k))
			*changed = 1;
		return 0;
	}
}

static void
prompt_changed(struct app *a, struct prompt *p, prompt_fn fn)
{
	struct buf b = BUF_INIT;

	p->err[0] = '\0';
	p->errcol = 0;
	prompt_text(p, &b);
	fn(a, buf_str(&b), p->err, sizeof p->err, &p->errcol);
	buf_free(&b);
}

char *
prompt_read(struct app *a, const char *label, const char *init, struct history *hist,
    prompt_fn fn)
{
	return prompt_read_complete(a, label, init, hist, fn, NULL);
}

char *
prompt_read_complete(struct app *a, const char *label, const char *init,
    struct history *hist, prompt_fn fn, prompt_complete_fn complete)
{
	struct prompt p = { .label = label, .hist = hist != NULL ? &hist->lines : NULL,
	    .hpos = hist != NULL ? hist->lines.n : 0,
	    .complete = complete };
	struct buf b = BUF_INIT;
	int done = 0, k;

	prompt_set(&p, init);
	a->prompt = &p;
	while (done == 0) {
		int changed = 0;
		frame_draw(a);
		k = term_key(-1);
		do
			done = prompt_key(a, &p, k, &changed);
		while (done == 0 && (k = term_key(0)) != K_NONE);
		if (changed && done >= 0 && fn != NULL)
			prompt_changed(a, &p, fn);
		/* Enter on a mistake: the prompt stays, showing where it is */
		if (done > 0 && p.err[0] != '\0')
			done = 0;
	}
	a->prompt = NULL;
	prompt_text(&p, &b);
	if (done > 0 && hist != NULL && history_add(hist, buf_str(&b)) != 0)
		app_error(a, "cannot keep the history in %s", hist->path);
	free(p.v);
	free(p.typed);
	if (done < 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

int
prompt_lines(const struct prompt *p)
{
	return p->err[0] != '\0' ? 2 : 1;
}

/* Which code point the 1-based column (in characters) is. */
static size_t
prompt_errpos(const struct prompt *p)
{
	size_t i = (size_t)p->errcol - 1;

	return i < p->n ? i : p->n;
}

static int
cp_cols(uint32_t cp)
{
	int w = wcwidth((wchar_t)cp);

	return term_ascii() ? 1 : w < 0 ? 1 : w;
}

static void
prompt_cell(uint32_t cp, attr_t a)
{
	char enc[5] = { 0 };
	struct buf b = BUF_INIT;

	enc[utf8_encode(cp, enc)] = '\0';
	draw_clean(&b, enc);
	attrset(a);
	addnstr(b.s != NULL ? b.s : "?", b.s != NULL ? (int)b.len : 1);
	buf_free(&b);
}

/* The line under a mistake: a caret under its column, as the CLI draws
 * one, and what is wrong beside it (before it when it does not fit after). */
static void
prompt_caret(const char *err, int y, int w, int x)
{
	int ew = draw_width(err), at;

	if (x >= w)
		x = w - 1;
	draw_fill(y, 0, w, theme(EL_DEFAULT));
	draw_text(y, x, 1, "^", theme(EL_ERROR));
	if (x + 2 + ew <= w || x < w / 2)
		draw_text(y, x + 2, w - x - 2, err, theme(EL_ERROR));
	else {
		at = x - 1 - ew > 0 ? x - 1 - ew : 0;
		draw_text(y, at, x - 1 - at, err, theme(EL_ERROR));
	}
}

int
prompt_draw(const struct prompt *p, int y, int w)
{
	int lw = draw_text(y, 0, w / 2, p->label, theme(EL_PROMPT)), room = w - lw - 1;
	size_t first = 0, err = p->errcol > 0 ? prompt_errpos(p) : (size_t)-1;
	int used = 0, cx = lw, ex = -1;

	/* scroll sideways so the cursor stays in view */
	for (int cw = 0; first < p->pos; first++) {
		cw = 0;
		for (size_t i = first; i < p->pos; i++)
			cw += cp_cols(p->v[i]);
		if (cw < room)
			break;
	}
	move(y, lw);
	for (size_t i = first; i < p->n && used + cp_cols(p->v[i]) <= room; i++) {
		if (i == p->pos)
			cx = lw + used;
		if (i == err)
			ex = lw + used;
		prompt_cell(p->v[i], i == err ? theme(EL_ERROR) | A_REVERSE : theme(EL_DEFAULT));
		used += cp_cols(p->v[i]);
	}
	if (p->pos >= p->n)
		cx = lw + used;
	if (err == p->n) {
		ex = lw + used;
		draw_text(y, lw + used++, 1, " ", theme(EL_ERROR) | A_REVERSE);
	}
	draw_fill(y, lw + used, w - lw - used, theme(EL_DEFAULT));
	if (p->err[0] != '\0')
		prompt_caret(p->err, y + 1, w, ex >= 0 ? ex : lw + used);
	return cx;
}
