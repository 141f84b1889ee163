/*
 * coltable: see coltable.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "coltable.h"
#include "fold.h"
#include "wordlist.h"
#include "xalloc.h"

#define MAXCOLS 10
#define SLACK 2		/* how far a cell may start from its column's place */

/* Words that name a table's columns, folded: a school's, a course's, a
 * job's, a language's, in English, Spanish, French and Portuguese. */
static const char *const names_v[] = {
	"annee", "ano", "board", "cargo", "carrera", "centro", "certificate",
	"certification", "cgpa", "class", "client", "college", "company",
	"concentration", "country", "course", "curso", "data", "date", "dates",
	"degree", "designation", "diploma", "diplomado", "diplome",
	"discipline", "division", "duration", "duree", "employer", "employeur",
	"empresa", "entreprise", "escola", "especialidad", "estudios",
	"etablissement", "exam", "examination", "fecha", "field", "fonction",
	"formation", "from", "funcao", "funciones", "funcoes", "gpa", "grade",
	"grado", "group", "horas", "idioma", "institucion", "instituicao",
	"institute", "institution", "intitule", "issuer", "language", "level",
	"lieu", "location", "lugar", "major", "marks", "mention", "name",
	"nivel", "nota", "occupe", "organisation", "organisme", "organization",
	"percentage", "period", "periode", "periodo", "position", "poste",
	"principales", "program", "programme", "project", "promedio", "puesto",
	"qualification", "reading", "responsabilites", "result", "role",
	"school", "score", "speaking", "specialisation", "specialization",
	"structure", "subject", "taches", "title", "titulo", "to", "topic",
	"training", "university", "value", "writing", "year",
};
static const struct wordtab names = WORDTAB(names_v);

/* One cell of a line: where it starts on the screen and in the line. */
struct cell {
	int col, width;
	size_t at, len;
};

struct cells {
	struct cell v[MAXCOLS];
	size_t n;
	int over;	/* more cells than MAXCOLS */
};

/* A line's cells, set apart by two spaces or more; 0 when it has a tab. */
static int
cells_of(const char *s, size_t len, struct cells *c)
{
	int col = 0;
	size_t i = 0;

	c->n = 0;
	c->over = 0;
	if (memchr(s, '\t', len) != NULL)
		return 0;
	while (i < len) {
		while (i < len && s[i] == ' ')
			i++, col++;
		if (i >= len)
			break;
		if (c->n == MAXCOLS) {
			c->over = 1;
			return 0;
		}
		c->v[c->n].col = col;
		c->v[c->n].at = i;
		while (i < len && !(s[i] == ' ' && (i + 1 >= len || s[i + 1] == ' '))) {
			col += ((unsigned char)s[i] & 0xc0) != 0x80;
			i++;
		}
		c->v[c->n].len = i - c->v[c->n].at;
		c->v[c->n].width = col - c->v[c->n].col;
		c->n++;
	}
	return 1;
}

/* Whether a cell names a column: short, no figure, and one of its words
 * a column's name ("Exam Title", "Pas.Year", "Concentration/"). */
static int
name_cell(const char *s, size_t len)
{
	char key[64], *w, *save = NULL;
	int named = 0;

	if (len >= 32)
		return -1;
	for (size_t i = 0; i < len; i++)
		if (isdigit((unsigned char)s[i]) || s[i] == ':' || s[i] == '@')
			return -1;
	fold_key(s, len, key, sizeof key);
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save))
		named |= wordtab_has(&names, w);
	return named;
}

/* Whether a line's cells name three columns or more, two of them known
 * names and most of the others no figures. */
static int
header(const char *s, const struct cells *c)
{
	int known = 0;

	if (c->n < 3)
		return 0;
	for (size_t i = 0; i < c->n; i++) {
		int k = name_cell(s + c->v[i].at, c->v[i].len);
		if (k < 0)
			return 0;
		known += k;
	}
	return known >= 2 && (size_t)known * 2 >= c->n;
}

/* The column a cell stands in: the one it starts at, or the one whose
 * span it lies within ("1st" centred under "Division"); head->n when
 * none. */
static size_t
column_of(const struct cells *head, const struct cell *v)
{
	size_t k = head->n;

	for (size_t j = 0; j < head->n; j++)
		if (abs(v->col - head->v[j].col) <= SLACK)
			k = j;
	for (size_t j = 0; k == head->n && j < head->n; j++)
		if (v->col > head->v[j].col &&
		    (j + 1 == head->n || v->col + v->width + SLACK <= head->v[j + 1].col) &&
		    (j + 1 < head->n || v->width <= 2 * head->v[j].width))
			k = j;
	return k;
}

/* The column each cell stands in, into slot; 0 when one stands in none. */
static int
aligned(const struct cells *head, const struct cells *c, size_t *slot)
{
	for (size_t i = 0; i < c->n; i++) {
		size_t k = column_of(head, &c->v[i]);
		if (k == head->n || (i > 0 && k <= slot[i - 1]))
			return 0;
		slot[i] = k;
	}
	return c->n > 0;
}

struct table {
	struct cells head;
	struct buf cell[MAXCOLS];
	int open;		/* a row is being gathered */
	int joined;		/* a row took a line under it */
	int rows;		/* rows seen */
	unsigned figures;	/* the columns the first row filled with figures */
	int by_blanks;		/* its rows are set apart by blank lines */
};

static void
cell_add(struct buf *b, const char *s, size_t len)
{
	if (b->len > 0 && b->s[b->len - 1] != '/' && b->s[b->len - 1] != '-')
		buf_addc(b, ' ');
	buf_add(b, s, len);
}

/* The row gathered so far, on one line. */
static void
row_flush(struct table *t, struct buf *out)
{
	size_t last = 0;

	if (!t->open)
		return;
	for (size_t j = 0; j < t->head.n; j++)
		if (t->cell[j].len > 0)
			last = j;
	for (int k = 0; k < t->head.v[0].col; k++)
		buf_addc(out, ' ');
	for (size_t j = 0; j <= last; j++) {
		if (j > 0)
			buf_adds(out, " | ");
		if (t->cell[j].len > 0)
			buf_add(out, t->cell[j].s, t->cell[j].len);
		else
			buf_addc(out, '-');
		buf_reset(&t->cell[j]);
	}
	buf_addc(out, '\n');
	t->open = 0;
}

/* The columns the line's cells holding a figure stand in, a bit each. */
static unsigned
figures(const char *s, const struct cells *c, const size_t *slot)
{
	unsigned m = 0;

	for (size_t i = 0; i < c->n; i++)
		for (size_t k = 0; k < c->v[i].len; k++)
			if (isdigit((unsigned char)s[c->v[i].at + k]))
				m |= 1u << slot[i];
	return m;
}

/* Whether a line opens a row: the first does; then one that fills every
 * column the first row had figures in (its year, its grade), a cell's
 * wrapped rest seldom being one; where the first had none, one that fills
 * two columns in three. */
static int
row_opens(struct table *t, const char *s, const struct cells *c, const size_t *slot)
{
	unsigned m = figures(s, c, slot), filled = 0;
	int opens;

	if (t->by_blanks && t->rows > 0)
		return 0;	/* the blank line before a row said so */
	if (t->rows == 0) {
		t->figures = m;
		opens = 1;
	} else if (t->figures == 0) {
		opens = c->n * 3 >= t->head.n * 2;
	} else {
		for (size_t i = 0; i < c->n; i++)
			filled |= 1u << slot[i];
		opens = (filled & t->figures) == t->figures;
	}
	t->rows += opens;
	return opens;
}

/* "Job Responsibilities" under the rows, in the column of their numbers
 * ("1.", "2."): words with no figure alone in the first column, where the
 * first row had its figure, are no cell's rest, and the table has
 * ended. */
static int
words_in_figures(const struct table *t, const char *s, const struct cells *c,
    const size_t *slot)
{
	return t->rows > 0 && c->n == 1 && slot[0] == 0 && (t->figures & 1u) &&
	    figures(s, c, slot) == 0;
}

/* A line under the table's header: a row of its own, or the rest of the
 * row above; 0 when it is neither, and the table has ended. */
static int
row_take(struct table *t, const char *s, const struct cells *c, struct buf *out, int fresh)
{
	size_t slot[MAXCOLS];
	int row;

	if (!aligned(&t->head, c, slot) || words_in_figures(t, s, c, slot))
		return 0;
	/* after a blank line, only a new row goes on with the table */
	if (t->by_blanks && fresh) {
		if (c->n * 3 < t->head.n * 2)
			return 0;
		row = 1;
		t->rows++;
	} else if (!(row = row_opens(t, s, c, slot)) && fresh)
		return 0;
	if (row || !t->open) {
		row_flush(t, out);
		t->open = 1;
	} else
		t->joined = 1;
	for (size_t i = 0; i < c->n; i++)
		cell_add(&t->cell[slot[i]], s + c->v[i].at, c->v[i].len);
	return 1;
}

/* "Major/Group" under "Concentration/": the header's own wrap, names
 * only, fewer than the header's. */
static int
header_rest(const char *s, const struct cells *head, const struct cells *c)
{
	if (c->n >= head->n)
		return 0;
	for (size_t i = 0; i < c->n; i++)
		if (name_cell(s + c->v[i].at, c->v[i].len) < 0)
			return 0;
	return 1;
}

/* "PROFESSIONAL EXPERIENCE": a line alone of two words or more in
 * capitals, no figure, a heading. */
static int
caps_heading(const char *s, size_t n)
{
	int words = 1, letters = 0;

	for (size_t i = 0; i < n; i++) {
		if (islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]))
			return 0;
		letters += isupper((unsigned char)s[i]) != 0;
		words += s[i] == ' ' && i + 1 < n && s[i + 1] != ' ';
	}
	return words >= 2 && letters >= 8;
}

/* The end of the table: a line alone that ends in a colon ("Training
 * Summary:"), that stands out left of the table ("  Work Experience"
 * by "   Degree"), or in capitals, is a heading, no cell's rest. */
static int
table_end(const char *s, const struct cells *c, const struct cells *head)
{
	return c->n == 1 && (s[c->v[0].at + c->v[0].len - 1] == ':' ||
	    c->v[0].col < head->v[0].col || caps_heading(s + c->v[0].at, c->v[0].len));
}

/* Whether the rows under the header at s are set apart by blank lines:
 * two lines or more after a blank one fill two columns in three (one, on
 * a page whose table goes on from the page before), and lines between
 * them wrap (the rest of a row, a cell alone). */
static int
blank_rows(const char *s, const struct cells *head)
{
	struct cells c;
	int after_blank = 0, rows = 0, wraps = 0, carried = 0;
	size_t len, slot[MAXCOLS];

	for (int n = 0; *s != '\0' && n < 200; n++) {
		const char *e = strchr(s, '\n');
		len = e != NULL ? (size_t)(e - s) : strlen(s);
		if (!cells_of(s, len, &c))
			break;
		if (c.n == 0)
			after_blank = 1;
		else if (table_end(s, &c, head) || !aligned(head, &c, slot))
			break;
		else {
			/* the rest of a row the page before began, alone in
			 * its last column under the header again */
			if (n == 0 && c.n == 1 && slot[0] == head->n - 1 && head->n > 2)
				carried = 1;
			if (after_blank && c.n * 3 >= head->n * 2)
				rows++;
			else if (!after_blank)
				wraps++;
			after_blank = 0;
		}
		s += len + (e != NULL);
	}
	return (rows >= 2 || (rows >= 1 && carried)) && wraps >= rows;
}

/* The table whose header is the line at *p: its rows joined into out; *p
 * moves past them.  0, and nothing written, when no row was joined. */
static int
table_read(const char **p, struct buf *out)
{
	struct table t;
	struct buf rows = BUF_INIT;
	const char *s = *p, *e = strchr(s, '\n');
	size_t len = e != NULL ? (size_t)(e - s) : strlen(s), slot[MAXCOLS];
	struct cells c;
	int head_open = 1;
	const char *blank = NULL;	/* a blank line between rows */

	memset(&t, 0, sizeof t);
	cells_of(s, len, &t.head);
	t.by_blanks = blank_rows(s + len + (e != NULL), &t.head);
	for (size_t j = 0; j < t.head.n; j++)
		buf_add(&t.cell[j], s + t.head.v[j].at, t.head.v[j].len);
	t.open = 1;
	for (s += len + (e != NULL); *s != '\0'; s += len + (e != NULL)) {
		e = strchr(s, '\n');
		len = e != NULL ? (size_t)(e - s) : strlen(s);
		if (cells_of(s, len, &c) && c.n == 0 && blank == NULL) {
			blank = s;
			continue;
		}
		if (cells_of(s, len, &c) && c.n == 0 && t.by_blanks)
			continue;	/* a second blank line between rows */
		if (!cells_of(s, len, &c) || c.n == 0 || table_end(s, &c, &t.head))
			break;
		if (head_open && header_rest(s, &t.head, &c) && aligned(&t.head, &c, slot)) {
			for (size_t i = 0; i < c.n; i++)
				cell_add(&t.cell[slot[i]], s + c.v[i].at, c.v[i].len);
			continue;
		}
		if (head_open)
			row_flush(&t, &rows);
		head_open = 0;
		if (!row_take(&t, s, &c, &rows, blank != NULL))
			break;
		blank = NULL;
	}
	if (blank != NULL)
		s = blank;	/* the blank line and what follows it are not the table's */
	row_flush(&t, &rows);
	for (size_t j = 0; j < MAXCOLS; j++)
		buf_free(&t.cell[j]);
	if (t.joined)
		buf_add(out, rows.s, rows.len);
	buf_free(&rows);
	if (!t.joined)
		return 0;
	*p = s;
	return 1;
}

char *
coltable_join(const char *text)
{
	struct buf out = BUF_INIT;
	struct cells c;
	const char *s = text, *e;
	int joined = 0;

	while (*s != '\0') {
		size_t len;
		e = strchr(s, '\n');
		len = e != NULL ? (size_t)(e - s) : strlen(s);
		size_t lead = strspn(s, " ");
		if (len > 20 && lead < len && memmem(s + lead, len - lead, "  ", 2) != NULL &&
		    cells_of(s, len, &c) &&
		    header(s, &c) && table_read(&s, &out)) {
			joined = 1;
			continue;
		}
		buf_add(&out, s, len + (e != NULL));
		s += len + (e != NULL);
	}
	if (!joined) {
		buf_free(&out);
		return NULL;
	}
	return buf_detach(&out);
}

int
coltable_tables_sorted(void)
{
	return wordtab_sorted(&names);
}
