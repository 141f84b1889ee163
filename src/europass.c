#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "europass.h"
#include "europass_emit.h"
#include "lineword.h"
#include "europass_labels.h"
#include "europass_name.h"
#include "fold.h"
#include "parse.h"
#include "xalloc.h"

static void
rec_clear(struct ep_rec *r)
{
	for (int i = 0; i < EP__COUNT; i++)
		strlist_clear(&r->v[i]);
	free(r->other);
	r->other = NULL;
}

/* The record gathered so far goes out; the person's fields wait for the
 * end, as the name must come first. */
static void
flush(struct ep *E)
{
	struct ep_rec *r = &E->rec;

	for (int f = EP_NAME; f <= EP_PROFILE; f++)
		for (size_t i = 0; i < r->v[f].n; i++)
			strlist_add(&E->person.v[f], r->v[f].v[i]);
	if (E->section == EP_WORK && (r->v[EP_POSITION].n > 0 || r->v[EP_EMPLOYER].n > 0))
		europass_emit_work(E, r);
	else if (E->section == EP_EDUCATION && (r->v[EP_QUALIFICATION].n > 0 ||
	    r->v[EP_ORGANISATION].n > 0))
		europass_emit_education(E, r);
	else if (E->section == EP_SKILLS)
		europass_emit_skills(E, r);
	rec_clear(r);
}

static int
section_field(enum ep_field f)
{
	return f <= EP_SKILLS;
}

/* A label that starts a field: a section's changes the section, the dates
 * of an entry (or a new label of the skills part) start a record. */
static enum ep_field
start(struct ep *E, const struct ep_line *e)
{
	if (section_field(e->field)) {
		flush(E);
		E->section = e->field;
		return EP_IGNORE;
	}
	if (e->field == EP_DATES || e->field == EP_NAME || e->field == EP_OTHER ||
	    (E->section == EP_SKILLS && E->rec.v[e->field].n > 0))
		flush(E);
	if (e->field == EP_OTHER) {
		free(E->rec.other);
		E->rec.other = e->label != NULL ? xstrdup(e->label) : NULL;
	}
	return e->field;
}

/* "INGLESE" over "• Capacità di lettura<TAB>ECCELLENTE": the 2004 form's
 * rows under a language are its level, "Inglese (lettura eccellente,
 * ...)"; a value with no label after them is the next language. */
static void
language_rate(struct strlist *langs, const struct ep_line *e)
{
	const char *what = e->label, *of;
	char *lang, *rate;
	size_t n;

	if (what == NULL || langs->n == 0) {
		strlist_add(langs, e->value);
		return;
	}
	/* "Capacità di lettura", "Reading skills": the skill's word */
	if ((of = strstr(what, " di ")) != NULL || (of = strstr(what, " de ")) != NULL)
		what = of + 4;
	n = strcspn(what, " ");
	if (strncmp(what + n, " skills", 7) != 0)
		n = strlen(what);
	rate = xprintf("%.*s %s", (int)n, what, e->value);
	for (char *p = rate; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	lang = langs->v[langs->n - 1];
	n = strlen(lang);
	langs->v[langs->n - 1] = n > 0 && lang[n - 1] == ')' ?
	    xprintf("%.*s, %s)", (int)(n - 1), lang, rate) : xprintf("%s (%s)", lang, rate);
	free(lang);
	free(rate);
}

/* "Microsoft Office: Excel, Word": a list's own name before its colon,
 * a few words; the line before does not go on here. */
static int
group_named(const char *s)
{
	const char *colon = strchr(s, ':');
	int words = 1;

	if (colon == NULL || colon == s || colon[1] != ' ')
		return 0;
	for (const char *p = s; p < colon; p++)
		if (*p == ' ' && ++words > 4)
			return 0;
	return isupper((unsigned char)s[0]);
}

static void
add_value(struct ep *E, enum ep_field f, const struct ep_line *e, int *open_bullet)
{
	struct strlist *l = &E->rec.v[f];

	if (f == EP_IGNORE || e->value == NULL)
		return;
	if (f == EP_LANGRATE) {
		language_rate(&E->rec.v[EP_OTHERLANG], e);
		return;
	}
	/* a wrapped activity goes on the line before unless it is a bullet;
	 * so does a line of a list of the skills part not ended before it */
	if (l->n > 0 && !e->bullet && ((f == EP_ACTIVITIES && *open_bullet &&
	    (fold_lower_at(e->value) || e->value[0] == '(' ||
	    lineword_open_end(l->v[l->n - 1]) || lineword_open_bracket(l->v[l->n - 1]) ||
	    l->v[l->n - 1][strlen(l->v[l->n - 1]) - 1] == ',')) ||
	    /* "..., Facultatea de Ştiinţe Economice şi" over "Gestiunea
	     * Afacerilor": a school's name wrapped after a joining word */
	    (f == EP_ORGANISATION && lineword_open_end(l->v[l->n - 1])) || (f == EP_OTHER &&
	    strchr(".);!?", l->v[l->n - 1][strlen(l->v[l->n - 1]) - 1]) == NULL &&
	    !group_named(e->value)))) {
		char *j = xprintf("%s %s", l->v[l->n - 1], e->value);
		free(l->v[l->n - 1]);
		l->v[l->n - 1] = j;
		return;
	}
	*open_bullet = e->bullet;
	strlist_add(l, e->value);
}

static int
employer_like(const char *s)
{
	return s != NULL && (role_company_score(s) > 0 || role_school_score(s) > 0);
}

/* The fields that take values when the employer's is the last value: the
 * sector's after it was left blank ("Horta Retail S.L." last, no "Tipo de
 * empresa"); none after the activities when the last value is one. */
static size_t
employer_last(enum ep_field *f, size_t k, const struct ep_line *v, size_t n, size_t multi)
{
	if (multi == (size_t)-1 || n < 2 || multi + 2 > k || f[multi + 1] != EP_EMPLOYER)
		return k;
	if (k == multi + 3 && f[k - 1] == EP_IGNORE && !employer_like(v[n - 2].value) &&
	    employer_like(v[n - 1].value))
		return k - 1;
	if (k == multi + 2 && n <= multi + 1 + 1 && !employer_like(v[n - 1].value))
		return k - 1;
	return k;
}

/* pdftotext without -layout: a block of labels, then the values, one block
 * an entry.  Fields take one line each in order, a many-line field
 * (activities, the profile) what is left over in the middle. */
static void
dequeue_one(struct ep *E, const struct ep_line *v, size_t n)
{
	enum ep_field f[64];
	size_t k = 0, multi = (size_t)-1, a, b;
	int ob = 0;

	while (E->nqueue > 0 && k < 64 && (k == 0 || E->queue[0] != EP_DATES)) {
		f[k++] = E->queue[0];
		memmove(E->queue, E->queue + 1, --E->nqueue * sizeof *E->queue);
	}
	if (k > 0 && (f[0] == EP_DATES || f[0] == EP_NAME))
		flush(E);
	for (size_t i = 0; i < k && multi == (size_t)-1; i++)
		if (f[i] == EP_ACTIVITIES || f[i] == EP_PROFILE || f[i] == EP_OTHERLANG)
			multi = i;
	k = employer_last(f, k, v, n, multi);
	for (a = 0; a < n && a < k && a != multi; a++)
		add_value(E, f[a], &v[a], &ob);
	for (b = 0; multi != (size_t)-1 && b + multi + 1 < k && n > a + b; b++)
		;
	for (size_t i = a; i < n - b; i++)
		add_value(E, multi != (size_t)-1 ? f[multi] : f[k - 1], &v[i], &ob);
	for (size_t i = 0; i < b; i++)
		add_value(E, f[k - b + i], &v[n - b + i], &ob);
}

/* A block of values may hold several entries: the next one starts at the
 * next line that is a date alone, when the next label waiting is Dates. */
static void
dequeue(struct ep *E, const struct ep_line *v, size_t n)
{
	size_t start = 0;

	while (start < n && E->nqueue > 0) {
		size_t end = n, k = 0;
		while (k < E->nqueue && (k == 0 || E->queue[k] != EP_DATES))
			k++;
		if (k < E->nqueue)
			for (end = start + 1; end < n; end++)
				if (v[end].value != NULL && dateparse_only(v[end].value))
					break;
		dequeue_one(E, v + start, end - start);
		start = end;
	}
	for (int ob = 0; start < n; start++)
		add_value(E, EP_IGNORE, &v[start], &ob);
}

static int
short_label(const struct ep_line *e)
{
	int words = 1;

	if (e->value == NULL || e->m != M_NONE || strchr(e->value, ',') != NULL)
		return 0;
	for (const char *p = e->value; *p != '\0'; p++)
		words += *p == ' ';
	return words <= 3;
}

/* pdftotext read the skills part as a block of labels the form does not
 * know ("Automatyzacja", "Narzędzia") and a block of as many lists: the
 * length of the second block when the block [i, j) is such labels. */
static size_t
paired(const struct ep_line *v, size_t i, size_t j, size_t n)
{
	size_t k;

	if (j - i < 2 || j >= n)
		return 0;
	for (size_t x = i; x < j; x++)
		if (!short_label(&v[x]))
			return 0;
	for (k = j; k < n && v[k].block == v[j].block; k++)
		if (v[k].value == NULL || v[k].m != M_NONE)
			return 0;
	return k - j == j - i ? k - j : 0;
}

static void
skill_pairs(struct ep *E, const struct ep_line *v, size_t n)
{
	for (size_t x = 0; x < n; x++) {
		struct ep_line e = v[x];
		int ob = 0;
		e.label = v[x].value;
		e.field = EP_OTHER;
		start(E, &e);
		add_value(E, EP_OTHER, &v[n + x], &ob);
	}
}

/* Labels alone: sections change now, fields wait for their values. */
static void
label_block(struct ep *E, const struct ep_line *v, size_t i, size_t j)
{
	for (size_t k = i; k < j; k++) {
		if (v[k].m != M_START)
			continue;
		if (section_field(v[k].field) || v[k].field == EP_OTHER)
			start(E, &v[k]);
		if (!section_field(v[k].field) && E->nqueue < 256)
			E->queue[E->nqueue++] = v[k].field;
	}
}

/* Labels beside their values, a line after another. */
static void
mixed_block(struct ep *E, const struct ep_line *v, size_t i, size_t j, enum ep_field *cur,
    int *ob)
{
	/* "ALTRE LINGUE" alone over "INGLESE": the label over its value */
	if (v[i].m == M_NONE && E->nqueue == 1 && E->queue[0] == EP_OTHERLANG)
		*cur = EP_OTHERLANG;
	for (size_t k = i; k < j; k++) {
		if (v[k].m == M_START) {
			*cur = start(E, &v[k]);
			E->nqueue = 0;
		}
		add_value(E, *cur, &v[k], ob);
	}
}

/* The employer's value read after the entry's other values, apart
 * ("Instituto Tecnológico ..., Valencia" below the sector's): the job
 * without one takes it. */
static int
late_employer(struct ep *E, const struct ep_line *v, size_t n)
{
	int ob = 0;

	if (E->section != EP_WORK || E->rec.v[EP_POSITION].n == 0 ||
	    E->rec.v[EP_EMPLOYER].n > 0 || n != 1 || !employer_like(v[0].value))
		return 0;
	add_value(E, EP_EMPLOYER, &v[0], &ob);
	return 1;
}

static void
run(struct ep *E, struct ep_line *v, size_t n)
{
	enum ep_field cur = EP_IGNORE;
	int ob = 0;

	for (size_t i = 0, j; i < n; i = j) {
		int labels = 0, values = 0;
		size_t pairs;
		for (j = i; j < n && v[j].block == v[i].block; j++) {
			labels += v[j].m != M_NONE;
			values += v[j].value != NULL;
		}
		if (values == 0)
			label_block(E, v, i, j);
		else if (labels == 0 && E->section == EP_SKILLS && E->nqueue == 0 &&
		    (pairs = paired(v, i, j, n)) > 0) {
			skill_pairs(E, v + i, j - i);
			j += pairs;
		} else if (labels == 0 && E->nqueue > 0)
			dequeue(E, v + i, j - i);
		else if (labels == 0 && late_employer(E, v + i, j - i))
			;
		else
			mixed_block(E, v, i, j, &cur, &ob);
	}
	flush(E);
}

/* The person first: name, headline, contact lines, then the profile. */
static void
person(struct ep *E, const struct layout *L, size_t top)
{
	struct ep_rec *p = &E->person;
	/* the address last: its postcode is no phone number */
	static const enum ep_field order[] = { EP_DESIRED, EP_EMAIL, EP_PHONE, EP_WEB,
		EP_ADDRESS };

	europass_name(&p->v[EP_NAME], &p->v[EP_DESIRED],
	    p->v[EP_EMAIL].n > 0 ? p->v[EP_EMAIL].v[0] : NULL, L, top);
	europass_emit_joined(&E->top, &p->v[EP_NAME], " ", 0);
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
		europass_emit_joined(&E->top, &p->v[order[i]], ", ", 0);
	if (p->v[EP_PROFILE].n > 0) {
		europass_emit_line(&E->top, "Summary", LN_BLANK | MK_HEADING);
		europass_emit_joined(&E->top, &p->v[EP_PROFILE], " ", 0);
	}
}

/* A label of the form's records, or its sections': no other form has
 * them all ("Poste occupé" is a table's column too, "Adresse :" any
 * form's label). */
static int
record_label(enum ep_field f)
{
	return f == EP_WORK || f == EP_EDUCATION || f == EP_POSITION || f == EP_ACTIVITIES ||
	    f == EP_EMPLOYER || f == EP_QUALIFICATION || f == EP_SUBJECTS ||
	    f == EP_ORGANISATION;
}

/* Each line classed; the number of labels that start (none unless two of
 * them are the records'), and in *top the first line that is one. */
static size_t
classify_all(const struct lexicon *lx, const struct layout *L, struct ep_line *v,
    size_t *top)
{
	size_t labels = 0, records = 0;
	int block = 0;
	enum ep_field sec = EP_PERSONAL;

	*top = L->n;
	for (size_t i = 0; i < L->n; i++) {
		block += (L->v[i].flags & LN_BLANK) != 0;
		/* only the skills part takes labels the form does not know */
		europass_classify(lx, &L->v[i], sec, &v[i]);
		if (i > 0 && v[i].m == M_START && v[i - 1].m == M_START &&
		    europass_label_ends(L->v[i - 1].s, L->v[i].s)) {
			v[i].m = M_CONT;
			v[i].field = v[i - 1].field;
		}
		if (v[i].m == M_START && section_field(v[i].field))
			sec = v[i].field;
		v[i].block = block;
		labels += v[i].m == M_START;
		records += v[i].m == M_START && record_label(v[i].field);
		if (v[i].m == M_START && *top == L->n)
			*top = i;
		if (i > 0 && europass_wrapped_label(&v[i - 1], &v[i], L->v[i].s))
			continue;
		/* the end of a label follows its start, else it is a value */
		if (v[i].m == M_CONT && (i == 0 || v[i - 1].m == M_NONE)) {
			int b;
			v[i].m = M_NONE;
			free(v[i].value);
			v[i].value = europass_value(L->v[i].s, &b);
		}
	}
	return records >= 2 ? labels : 0;
}

static void
lines_free(struct ep_line *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].label);
		free(v[i].value);
	}
	free(v);
}

int
europass_rewrite(const struct lexicon *lx, struct layout *L)
{
	struct ep E;
	struct ep_line *v;
	size_t top;

	if (!europass_labels_seen(L))
		return 0;
	v = xcalloc(L->n + 1, sizeof *v);
	if (classify_all(lx, L, v, &top) < 6) {
		lines_free(v, L->n);
		return 0;
	}
	memset(&E, 0, sizeof E);
	E.lx = lx;
	E.section = EP_PERSONAL;
	run(&E, v, L->n);
	person(&E, L, top);
	for (size_t i = 0; i < E.body.n; i++) {
		struct line *l = &E.body.v[i];
		layout_add(&E.top, l->s, strlen(l->s), 0, l->flags)->level = l->level;
	}
	lines_free(v, L->n);
	E.top.urls = L->urls;
	L->urls = (struct strlist)STRLIST_INIT;
	layout_free(L);
	layout_free(&E.body);
	rec_clear(&E.person);
	rec_clear(&E.rec);
	*L = E.top;
	return 1;
}
