#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "pages.h"
#include "utf8.h"
#include "webtable.h"
#include "xalloc.h"

#define MAXCOL 8	/* more columns than a job's table has */
#define MAXROW 60	/* lines of one block */
#define PROSE 9		/* words of a cell that is prose, not a field */

/* One line of a block as columns of characters: at[c] is the byte where
 * column c starts, at[n] the end. */
struct cols {
	const char *s;
	size_t *at;
	size_t n;
};

static void
cols_of(const char *s, struct cols *c)
{
	size_t len = strlen(s), k = 0;
	uint32_t cp;

	c->s = s;
	c->at = xmalloc((len + 1) * sizeof *c->at);
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		c->at[k++] = i;
		i += n > 0 ? n : 1;
	}
	c->at[k] = len;
	c->n = k;
}

static int
filled(const struct cols *c, size_t col)
{
	return col < c->n && c->s[c->at[col]] != ' ';
}

/* The columns of a block: start[k] where column k begins, the last one
 * running to the end of its lines.  0 when space runs through no place. */
static size_t
block_columns(const struct cols *L, size_t n, size_t *start)
{
	size_t width = 0, from = SIZE_MAX, k = 0;
	int gap = 1;

	for (size_t i = 0; i < n; i++) {
		size_t lead = strspn(L[i].s, " ");
		width = L[i].n > width ? L[i].n : width;
		from = lead < from ? lead : from;
	}
	for (size_t col = from; col < width; col++) {
		int any = 0;
		for (size_t i = 0; i < n && !any; i++)
			any = filled(&L[i], col);
		if (any && gap) {
			if (k == MAXCOL)
				return 0;
			start[k++] = col;
		}
		gap = !any;
	}
	return k;
}

/* The text of column j of a line, trimmed (empty when it holds none). */
static void
cell_text(const struct cols *c, const size_t *start, size_t k, size_t j,
    const char **s, size_t *len)
{
	size_t a = start[j] < c->n ? c->at[start[j]] : c->at[c->n];
	size_t b = j + 1 < k && start[j + 1] < c->n ? c->at[start[j + 1]] : c->at[c->n];

	while (a < b && c->s[a] == ' ')
		a++;
	while (b > a && c->s[b - 1] == ' ')
		b--;
	*s = c->s + a;
	*len = b - a;
}

/* A letter of a Latin script at column col. */
static int
letter_at(const struct cols *c, size_t col)
{
	const char *s = c->s + c->at[col];
	uint32_t cp;

	utf8_decode(s, c->at[col + 1] - c->at[col], &cp);
	return (cp < 0x80 && isalpha((int)cp)) || (cp >= 0xc0 && cp < 0x250 && cp != 0xd7 &&
	    cp != 0xf7);
}

/* Whether the line holds text in columns [a, b). */
static int
text_in(const struct cols *c, size_t a, size_t b)
{
	for (size_t col = a; col < b; col++)
		if (filled(c, col))
			return 1;
	return 0;
}

/* Whether column j begins a cell: some line has text there with two
 * spaces or more before it.  Space that runs through every line one
 * character wide only ("01/2019 – 03/2024" in each row) is inside a
 * cell. */
static int
column_padded(const struct cols *L, size_t n, size_t prev, size_t col)
{
	int figures = 0;

	/* a cell centred under nothing to its left ("    Periodo") tells
	 * nothing: the line must hold text in the column before */
	for (size_t i = 0; i < n; i++)
		if (filled(&L[i], col) && col >= 2 && !filled(&L[i], col - 2) &&
		    text_in(&L[i], prev, col))
			return 1;
	/* "2009 Doctorado en Biología": words after a column of years in
	 * every line begin a cell too */
	for (size_t i = 0; i < n; i++) {
		if (!filled(&L[i], col) || col < 2 || !filled(&L[i], col - 2))
			continue;
		if (!isdigit((unsigned char)L[i].s[L[i].at[col - 2]]) || !letter_at(&L[i], col))
			return 0;
		figures = 1;
	}
	return figures;
}

/* Keeps the columns that begin cells; how many are left. */
static size_t
columns_merge(const struct cols *L, size_t n, size_t *start, size_t k)
{
	size_t m = k > 0 ? 1 : 0;

	for (size_t j = 1; j < k; j++)
		if (column_padded(L, n, start[m - 1], start[j]))
			start[m++] = start[j];
	return m;
}

/* "01/2019 –", "01/", "Denver,": a first cell that goes on below. */
static int
cell_open(const char *s, size_t len)
{
	static const char *const ends[] = { "\xe2\x80\x93", "\xe2\x80\x94", "-", "/", ",",
	    " to", " bis", " au", " al", " a" };

	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
		size_t n = strlen(ends[i]);
		if (len >= n && memcmp(s + len - n, ends[i], n) == 0)
			return 1;
	}
	return 0;
}

/* Whether line i of the block starts a row: its first cell holds text,
 * not in lower case nor after a dash, and the first cell above does not
 * go on. */
static int
row_starts(const struct cols *L, size_t i, const size_t *start, size_t k)
{
	const char *s, *up;
	size_t len, uplen;

	if (i == 0)
		return 1;
	cell_text(&L[i], start, k, 0, &s, &len);
	cell_text(&L[i - 1], start, k, 0, &up, &uplen);
	/* "– heute" under "04/2019": the range goes on */
	if (len == 0 || (*s >= 'a' && *s <= 'z') || *s == '-' ||
	    strncmp(s, "\xe2\x80\x93", 3) == 0 || strncmp(s, "\xe2\x80\x94", 3) == 0)
		return 0;
	return uplen == 0 || !cell_open(up, uplen);
}

/* Whether the columns may be a table's: three at least, every line
 * filling two of them; 1 when some cell is apart from the next by one
 * space only, which the layout's own reading of wide gaps misses, -1 when
 * all are apart by wide gaps or a line fills one column only (holding
 * the rest of a wrapped cell: a table only if rows_wrapped). */
static int
block_table(const struct cols *L, size_t n, const size_t *start, size_t k)
{
	int tight = 0, lone = 0;

	if (k < 3)
		return 0;
	for (size_t i = 0; i < n; i++) {
		size_t used = 0, first = 0;
		for (size_t j = 0; j < k; j++) {
			const char *s;
			size_t len;
			cell_text(&L[i], start, k, j, &s, &len);
			used += len > 0;
			first = j == 0 ? len : first;
			tight |= j > 0 && filled(&L[i], start[j]) && filled(&L[i], start[j] - 2);
		}
		/* a line of a wrapped cell alone leaves the first empty */
		if (used < 2 && (used == 0 || (first > 0 && (i == 0 || row_starts(L, i, start, k)))))
			return 0;
		lone |= used < 2 || first == 0;
	}
	return tight && !lone ? 1 : -1;
}

static size_t
words(const char *s)
{
	size_t n = 0;

	for (size_t i = 0; s[i] != '\0'; i++)
		n += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
	return n;
}

/* "Automated provisioning with Ansible.": a cell that tells, not names. */
static int
prose(const char *s)
{
	size_t n = words(s), len = strlen(s);

	return n >= PROSE || (n >= 4 && len > 0 && s[len - 1] == '.');
}

/* A row's cells, each the parts of its column joined: "01/" and "2019"
 * run together, other parts are apart by a space. */
static void
row_cells(const struct cols *L, size_t from, size_t to, const size_t *start, size_t k,
    struct buf *cell)
{
	for (size_t j = 0; j < k; j++) {
		buf_reset(&cell[j]);
		for (size_t i = from; i < to; i++) {
			const char *s;
			size_t len, have = strlen(buf_str(&cell[j]));
			cell_text(&L[i], start, k, j, &s, &len);
			if (len == 0)
				continue;
			if (have > 0 && buf_str(&cell[j])[have - 1] != '/')
				buf_addc(&cell[j], ' ');
			buf_add(&cell[j], s, len);
		}
	}
}

/* "Dates | Role | Company": a row of a few words a cell and no figure. */
static int
row_names_columns(struct buf *cell, size_t k)
{
	for (size_t j = 0; j < k; j++)
		if (strpbrk(buf_str(&cell[j]), "0123456789") != NULL || words(buf_str(&cell[j])) > 3)
			return 0;
	return 1;
}

static void
row_emit(struct rawlines *out, struct buf *cell, size_t k, size_t indent, int page)
{
	struct buf line = BUF_INIT;

	for (size_t i = 0; i < indent; i++)
		buf_addc(&line, ' ');
	for (size_t j = 0; j < k; j++) {
		const char *s = buf_str(&cell[j]);
		if (*s == '\0' || prose(s))
			continue;
		if (strlen(buf_str(&line)) > indent)
			buf_adds(&line, "  ");
		buf_adds(&line, s);
	}
	pages_add(out, buf_detach(&line), page);
	for (size_t j = 0; j < k; j++)
		if (prose(buf_str(&cell[j]))) {
			char *t = xprintf("%*s%s", (int)indent, "", buf_str(&cell[j]));
			pages_add(out, t, page);
		}
}

/* "Dates  Role  Company": a line of a few words in every cell but one at
 * most, and no figure. */
static int
line_names_columns(const struct cols *c, const size_t *start, size_t k)
{
	size_t named = 0;

	for (size_t j = 0; j < k; j++) {
		const char *s;
		size_t len, w = 0;
		cell_text(c, start, k, j, &s, &len);
		named += len > 0;
		for (size_t i = 0; i < len; i++) {
			if (isdigit((unsigned char)s[i]))
				return 0;
			w += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
		}
		if (w > 3)
			return 0;
	}
	return named >= 3 && named + 1 >= k;
}

/* A table apart by wide gaps is one still when its rows are wrapped
 * over lines, each row opening with a figure (a date, a year) in its
 * first cell, and either its first line names the columns or a range of
 * dates is wrapped in the first ("01/2019 –" over "03/2024").  A text laid
 * out with its dates in a column of their own, its lines under them, is
 * no such table. */
static int
rows_wrapped(const struct cols *L, size_t n, const size_t *start, size_t k)
{
	int wrapped = 0, dates = 0, rows = 0;

	for (size_t i = 0; i < n; i++) {
		const char *s;
		size_t len;
		cell_text(&L[i], start, k, 0, &s, &len);
		if (i > 0 && !row_starts(L, i, start, k)) {
			wrapped = 1;
			dates |= len > 0;
			continue;
		}
		if (len > 0 && isdigit((unsigned char)s[0]))
			rows++;
		else if (i > 0)
			return 0;
	}
	return wrapped && rows >= 2 && (dates || line_names_columns(&L[0], start, k));
}

/* Writes the table of lines [from, to) of R into out as rows; 0 when
 * those lines are no table (out is left as it was). */
static int
table_rewrite(const struct rawlines *R, size_t from, size_t to, struct rawlines *out)
{
	struct cols L[MAXROW];
	struct buf cell[MAXCOL];
	size_t n = to - from, start[MAXCOL] = { 0 }, k, indent = SIZE_MAX;
	int ok;

	if (n < 2 || n > MAXROW)
		return 0;
	for (size_t i = 0; i < n; i++)
		cols_of(R->v[from + i].s, &L[i]);
	k = columns_merge(L, n, start, block_columns(L, n, start));
	ok = block_table(L, n, start, k);
	if (ok < 0)
		ok = rows_wrapped(L, n, start, k);
	if (ok) {
		for (size_t j = 0; j < k; j++)
			cell[j] = (struct buf)BUF_INIT;
		for (size_t i = 0; i < n; i++) {
			size_t lead = strspn(L[i].s, " ");
			indent = lead < indent ? lead : indent;
		}
		for (size_t i = 0, e; i < n; i = e) {
			for (e = i + 1; e < n && !row_starts(L, e, start, k); e++)
				;
			row_cells(L, i, e, start, k, cell);
			if (i > 0 || !row_names_columns(cell, k))
				row_emit(out, cell, k, indent, R->v[from + i].page);
		}
		for (size_t j = 0; j < k; j++)
			buf_free(&cell[j]);
	}
	for (size_t i = 0; i < n; i++)
		free(L[i].at);
	return ok;
}

/* The lines that are no table move to the new list as they are (the
 * rewriting reads none before the block it is at); R keeps the tables'
 * lines, which go with it. */
void
webtable_join(struct rawlines *R)
{
	struct rawlines out = { NULL, 0, 0 };

	for (size_t i = 0, e; i < R->n; i = e) {
		for (e = i; e < R->n && R->v[e].s[0] != '\0'; e++)
			;
		if (e > i && !pages_table_head(R, i, e) && table_rewrite(R, i, e, &out))
			continue;
		if (e == i)
			e++;
		for (size_t j = i; j < e; j++) {
			pages_add(&out, R->v[j].s, R->v[j].page);
			R->v[j].s = NULL;
		}
	}
	pages_free(R);
	*R = out;
}
