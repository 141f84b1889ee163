/*
 * p11form: see p11form.h.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "formcells.h"
#include "names.h"
#include "p11form.h"
#include "p11rec.h"
#include "xalloc.h"

/* The form's title near its top and its employer's box. */
static int
form_signs(const char *s)
{
	size_t n = strlen(s);

	if (strstr(s, "of Employer") == NULL && strstr(s, "OF EMPLOYER") == NULL)
		return 0;
	return formcells_find(s, n < 3000 ? n : 3000, "personal history") != NULL;
}

/* The row after i that holds something, within a few rows; R->n if none. */
static size_t
next_filled(const struct frows *R, size_t i)
{
	for (size_t j = i + 1; j < R->n && j <= i + 3; j++)
		if (R->v[j].n > 0)
			return j;
	return R->n;
}

/* The value of a label in r: the rest of its cell, else the next cell. */
static char *
label_value(const struct frow *r, const char *label)
{
	int k = formcells_cell(r, 0, label);
	const char *p, *end;

	if (k < 0)
		return NULL;
	end = r->c[k].s + r->c[k].n;
	p = formcells_find(r->c[k].s, r->c[k].n, label) + strlen(label);
	p += strspn(p, " .:?");
	/* "Telephone No.", "Telephone Nos." */
	if (end - p >= 2 && strncasecmp(p, "no", 2) == 0 && (end - p == 2 || p[2] == '.' ||
	    p[2] == 's'))
		p += strspn(p + 2, "s") + 2;
	p += strspn(p, " .:?");
	if (p < end)
		return xstrndup(p, (size_t)(end - p));
	if ((size_t)k + 1 < r->n)
		return xstrndup(r->c[k + 1].s, r->c[k + 1].n);
	return NULL;
}

/* A name in capitals ("KUOL") in the case it is written with. */
static void
name_part(struct buf *b, const char *s)
{
	char *t = NULL;

	for (const char *p = s; *p != '\0' && t == NULL; p++)
		if (islower((unsigned char)*p))
			t = xstrdup(s);
	if (t == NULL)
		t = names_case(s);
	if (b->len > 0)
		buf_addc(b, ' ');
	buf_adds(b, t);
	free(t);
}

/* "1. Family name   First name   Middle name" over the values: the name
 * as the person goes by it, the family's last. */
static void
name_write(const struct frows *R, struct buf *out)
{
	static const char *const parts[] = { "first name", "middle name", "family name" };

	for (size_t i = 0; i < R->n; i++) {
		const struct frow *h = &R->v[i], *v;
		struct buf name = BUF_INIT;
		char *got[3] = { NULL, NULL, NULL };
		size_t j = next_filled(R, i);
		if (!formcells_has(h, "family name") || !formcells_has(h, "first name") || j == R->n)
			continue;
		v = &R->v[j];
		for (size_t k = 0; k < v->n; k++) {
			int at = -1;
			for (size_t c = 0; c < h->n; c++)
				if (h->c[c].col <= v->c[k].col + 2)
					at = (int)c;
			for (size_t p = 0; at >= 0 && p < 3; p++)
				if (got[p] == NULL &&
				    formcells_find(h->c[at].s, h->c[at].n, parts[p]) != NULL)
					got[p] = xstrndup(v->c[k].s, v->c[k].n);
		}
		for (size_t p = 0; p < 3; p++)
			if (got[p] != NULL) {
				name_part(&name, got[p]);
				free(got[p]);
			}
		if (name.len > 0)
			buf_addf(out, "%s\n", name.s);
		buf_free(&name);
		return;
	}
}

/* "11. Permanent address   12. Present address" over the two addresses:
 * the first, its lines joined. */
static void
address_write(const struct frows *R, struct buf *out)
{
	struct buf b = BUF_INIT;
	size_t i = 0;
	int k = -1, bound = INT_MAX;

	while (i < R->n && (k = formcells_cell(&R->v[i], 0, "permanent address")) < 0)
		i++;
	if (i == R->n)
		return;
	if ((k = formcells_cell(&R->v[i], (size_t)k + 1, "address")) >= 0)
		bound = R->v[i].c[k].col - 2;
	for (size_t j = next_filled(R, i); j < R->n; j++) {
		const struct frow *r = &R->v[j];
		if (r->n == 0 || p11rec_item(r) || formcells_has(r, "telephone") ||
		    formcells_has(r, "mail") || formcells_has(r, "fax"))
			break;
		for (size_t c = 0; c < r->n && r->c[c].col < bound; c++) {
			if (b.len > 0)
				buf_adds(&b, ", ");
			buf_add(&b, r->c[c].s, r->c[c].n);
		}
	}
	if (b.len > 0)
		buf_addf(out, "Address: %s\n", b.s);
	buf_free(&b);
}

/* The first of a label's values: "Telephone No.  +211 921 447 306". */
static void
contact_write(const struct frows *R, const char *label, const char *as, struct buf *out)
{
	for (size_t i = 0; i < R->n; i++) {
		char *v = label_value(&R->v[i], label);
		if (v == NULL)
			continue;
		if (strncasecmp(v, "e-mail", 6) != 0 && strncasecmp(v, "email", 5) != 0 &&
		    strncasecmp(v, "telephone", 9) != 0 && strncasecmp(v, "fax", 3) != 0)
			buf_addf(out, "%s: %s\n", as, v);
		free(v);
		return;
	}
}

enum { SKILLS = 6, LEVELS = 4 };

static void
add_lower(struct buf *b, const struct fcell *c)
{
	for (size_t i = 0; i < c->n; i++)
		buf_addc(b, tolower((unsigned char)c->s[i]));
}

/* "Speak and understand easily; read and write not easily": the skills at
 * each level, the levels in the grid's order. */
static void
fluency(const struct frow *h, const struct fcell *lv, size_t per, const int *level,
    struct buf *b)
{
	for (size_t l = 0; l < per; l++) {
		size_t n = 0, t = 0;
		for (size_t s = 0; s < h->n; s++)
			n += level[s] == (int)l;
		if (n == 0)
			continue;
		if (b->len > 0)
			buf_adds(b, "; ");
		for (size_t s = 0; s < h->n; s++) {
			if (level[s] != (int)l)
				continue;
			if (t++ > 0)
				buf_adds(b, t == n ? " and " : ", ");
			add_lower(b, &h->c[s]);
		}
		buf_addc(b, ' ');
		add_lower(b, &lv[l]);
	}
	if (b->len > 0)
		b->s[0] = (char)toupper((unsigned char)b->s[0]);
}

/* One language's row of the grid: its name, then a mark in the column of
 * its level for each skill. */
static void
tongue_write(const struct frow *h, const struct fcell *lv, size_t nl, const struct frow *r,
    struct buf *out)
{
	struct buf name = BUF_INIT, how = BUF_INIT;
	size_t per = nl / h->n;
	int level[SKILLS];

	for (size_t s = 0; s < SKILLS; s++)
		level[s] = -1;
	for (size_t c = 0; c < r->n; c++) {
		size_t best = 0;
		if (r->c[c].col < lv[0].col - 2) {
			if (name.len > 0)
				buf_addc(&name, ' ');
			buf_add(&name, r->c[c].s, r->c[c].n);
			continue;
		}
		for (size_t k = 1; k < nl; k++)
			if (abs(lv[k].col - r->c[c].col) < abs(lv[best].col - r->c[c].col))
				best = k;
		level[best / per] = (int)(best % per);
	}
	fluency(h, lv, per, level, &how);
	if (name.len > 0)
		buf_addf(out, how.len > 0 ? "%s (%s)\n" : "%s\n", name.s, buf_str(&how));
	buf_free(&name);
	buf_free(&how);
}

/* "READ  WRITE  SPEAK  UNDERSTAND" over "Easily  Not easily" under each,
 * then a row a language. */
static void
grid_write(const struct frows *R, size_t i, struct buf *out)
{
	const struct frow *h = &R->v[i], *l;
	size_t j = next_filled(R, i), l0 = 0, nl;

	if (j == R->n || h->n == 0 || h->n > SKILLS)
		return;
	l = &R->v[j];
	while (l0 < l->n && l->c[l0].col < h->c[0].col - 8)
		l0++;
	nl = l->n - l0;
	if (nl < h->n || nl % h->n != 0 || nl / h->n > LEVELS)
		return;
	for (j++; j < R->n; j++) {
		if (R->v[j].n == 0 || p11rec_item(&R->v[j]) || p11rec_foot(&R->v[j]))
			break;
		tongue_write(h, l->c + l0, nl, &R->v[j], out);
	}
}

static int
grid_head(const struct frow *r)
{
	static const char *const skills[] = { "read", "write", "speak", "understand" };
	size_t n = 0;

	for (size_t c = 0; c < r->n; c++)
		for (size_t k = 0; k < 4; k++)
			n += r->c[c].n == strlen(skills[k]) &&
			    strncasecmp(r->c[c].s, skills[k], r->c[c].n) == 0;
	return n >= 3 && n == r->n;
}

static void
languages_write(const struct frows *R, struct buf *out)
{
	buf_adds(out, "\nLANGUAGES\n");
	for (size_t i = 0; i < R->n; i++) {
		char *v = label_value(&R->v[i], "mother tongue");
		if (v != NULL) {
			buf_addf(out, "%s (mother tongue)\n", v);
			free(v);
			break;
		}
	}
	for (size_t i = 0; i < R->n; i++)
		if (grid_head(&R->v[i])) {
			grid_write(R, i, out);
			break;
		}
}

/* "None", "N/A": an answer that says there is nothing. */
static int
nothing(const char *s)
{
	static const char *const v[] = { "none", "n/a", "nil", "-", "not applicable" };

	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		if (strcasecmp(s, v[i]) == 0)
			return 1;
	return 0;
}

/* The answer under a numbered item, under a heading of its own; the item's
 * own words, in capitals, left out. */
static void
item_write(const struct frows *R, size_t i, const char *heading, struct buf *out)
{
	struct buf b = BUF_INIT;

	for (size_t j = i + 1; j < R->n && !p11rec_item(&R->v[j]); j++) {
		char *t;
		int lower = 0;
		if (R->v[j].n == 0 || p11rec_foot(&R->v[j]))
			continue;
		t = formcells_join(&R->v[j], 0, R->v[j].n);
		for (const char *p = t; *p != '\0'; p++)
			lower |= islower((unsigned char)*p);
		if (lower && !nothing(t))
			buf_addf(&b, "%s\n", t);
		free(t);
	}
	if (b.len > 0)
		buf_addf(out, "\n%s\n%s", heading, b.s);
	buf_free(&b);
}

static void
items_write(const struct frows *R, struct buf *out)
{
	static const struct { const char *words, *heading; } v[] = {
		{ "professional societies", "VOLUNTEER ACTIVITIES" },
		{ "publications", "PUBLICATIONS" },
		{ "other relevant facts", "ADDITIONAL INFORMATION" },
	};

	for (size_t i = 0; i < R->n; i++)
		for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
			if (p11rec_item(&R->v[i]) && formcells_has(&R->v[i], v[k].words))
				item_write(R, i, v[k].heading, out);
}

char *
p11form_text(const struct lexicon *lx, const char *s)
{
	struct buf out = BUF_INIT;
	struct frows R;

	if (!form_signs(s))
		return NULL;
	formcells_read(s, &R);
	name_write(&R, &out);
	address_write(&R, &out);
	contact_write(&R, "telephone", "Phone", &out);
	contact_write(&R, "e-mail", "Email", &out);
	p11rec_jobs(lx, &R, &out);
	p11rec_schools(&R, &out);
	languages_write(&R, &out);
	items_write(&R, &out);
	formcells_free(&R);
	return buf_detach(&out);
}
