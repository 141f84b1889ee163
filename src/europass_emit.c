/*
 * europass_emit: a Europass record gathered from the form's labels, written
 * out as the lines the ordinary parsers read (a job's title, employer and
 * dates; a school's qualification and dates; languages and skills).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eduscore.h"
#include "europass_emit.h"
#include "lineword.h"
#include "fold.h"
#include "wordlist.h"
#include "parse.h"
#include "xalloc.h"

void
europass_emit_line(struct layout *L, const char *s, unsigned flags)
{
	layout_add(L, s, strlen(s), 0, flags);
}

static void
heading(struct ep *E, enum ep_field key, const char *text)
{
	if (!E->said[key]) {
		europass_emit_line(&E->body, text, LN_BLANK | MK_HEADING);
		E->body.v[E->body.n - 1].level = 2;
		E->said[key] = 1;
	}
}

static char *
joined(const struct strlist *l, const char *sep)
{
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < l->n; i++) {
		if (i > 0)
			buf_adds(&b, sep);
		buf_adds(&b, l->v[i]);
	}
	return buf_detach(&b);
}

void
europass_emit_joined(struct layout *L, const struct strlist *l, const char *sep, unsigned flags)
{
	char *s;

	if (l->n == 0)
		return;
	s = joined(l, sep);
	europass_emit_line(L, s, flags);
	free(s);
}

/* "ул. ...", "бул. ...", "ж.к. ...": a Bulgarian street's or quarter's
 * word, its name perhaps wrapped away from its number. */
static int
street_word(const char *p)
{
	static const char *const words[] = { "\xd1\x83\xd0\xbb. ",
		"\xd0\xb1\xd1\x83\xd0\xbb. ", "\xd0\xb6.\xd0\xba. ", NULL };

	for (int i = 0; words[i] != NULL; i++)
		if (strncmp(p, words[i], strlen(words[i])) == 0)
			return 1;
	return 0;
}

/* p[0..n) without a code of two or three capitals in brackets after it. */
static size_t
province_off(const char *p, size_t n)
{
	size_t k = n;

	if (k < 6 || p[k - 1] != ')')
		return n;
	for (k -= 2; k > 0 && isupper((unsigned char)p[k]); k--)
		;
	return p[k] == '(' && n - k >= 4 && n - k <= 5 && k > 1 && p[k - 1] == ' ' ?
	    k - 1 : n;
}

/* "Name and address of employer": "Levante Seguros S.A., Avenida de
 * Aragón 30, 46021 Valencia" is the firm in Valencia; the parts of the
 * street address (those with figures) go, and the postcode of the town. */
static void
emit_employer(struct layout *L, const struct strlist *l)
{
	struct buf b = BUF_INIT;
	char *all = joined(l, ", ");

	for (char *p = all, *next; p != NULL && *p != '\0'; p = next) {
		char *comma = strstr(p, ", ");
		size_t n = comma != NULL ? (size_t)(comma - p) : strlen(p);
		next = comma != NULL ? comma + 2 : NULL;
		/* "ул. „Иван": a street's name, its number on the next line */
		if (b.len > 0 && street_word(p))
			continue;
		if (b.len > 0 && strcspn(p, "0123456789") < n) {
			/* the town after its postcode is kept when it ends the value */
			size_t code = strspn(p, "0123456789- ");
			if (next != NULL || code == 0 || code >= n ||
			    strcspn(p + code, "0123456789") < n - code)
				continue;
			p += code;
			n -= code;
			/* "47923 Rimini (RN)", "Dogana (RSM)": the province's
			 * or the country's code after the town goes */
			n = province_off(p, n);
		}
		if (b.len > 0)
			buf_adds(&b, ", ");
		buf_add(&b, p, n);
	}
	if (b.len > 0)
		europass_emit_line(L, b.s, 0);
	buf_free(&b);
	free(all);
}

/* "Contabile senior" over "(contratto a tempo indeterminato, full-time)":
 * the kind of contract under the job, a line in brackets, goes. */
static void
contract_note_off(struct strlist *l)
{
	size_t n;

	while (l->n > 1 && (n = strlen(l->v[l->n - 1])) > 2 && l->v[l->n - 1][0] == '(' &&
	    l->v[l->n - 1][n - 1] == ')')
		strlist_remove(l, l->n - 1);
}

void
europass_emit_work(struct ep *E, struct ep_rec *r)
{
	heading(E, EP_WORK, "Experience");
	contract_note_off(&r->v[EP_POSITION]);
	europass_emit_joined(&E->body, &r->v[EP_POSITION], " ", LN_BLANK);
	emit_employer(&E->body, &r->v[EP_EMPLOYER]);
	europass_emit_joined(&E->body, &r->v[EP_DATES], " ", 0);
	for (size_t i = 0; i < r->v[EP_ACTIVITIES].n; i++)
		europass_emit_line(&E->body, r->v[EP_ACTIVITIES].v[i], MK_BULLET);
}

/* "Association of Chartered Certified Accountants (ACCA), London" over
 * "(United Kingdom) - professional body": the lines of a value, a comma
 * between them, but a line the column wrapped, opening with a bracket
 * or in lower case, goes on with a space. */
static char *
wrapped_joined(const struct strlist *l)
{
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < l->n; i++) {
		const char *v = l->v[i];
		if (i > 0)
			buf_adds(&b, v[0] == '(' || islower((unsigned char)v[0]) ? " " : ", ");
		buf_adds(&b, v);
	}
	buf_addc(&b, '\0');
	b.len--;
	return buf_detach(&b);
}

/* "Lanitio Lyceum, Limassol (Cyprus) - public secondary school": the
 * form asks for the name and the type of the school; the type, in lower
 * case after a dash, goes. */
static void
org_type_off(char *org)
{
	char *d = strstr(org, " - ");

	while (d != NULL && strstr(d + 3, " - ") != NULL)
		d = strstr(d + 3, " - ");
	if (d != NULL && d > org && islower((unsigned char)d[3]))
		*d = '\0';
}

/* "Votazione 108/110", "GPA 3.6", "Tesi: ...": a grade led by its label
 * or a label's line, under a degree. */
static int
note_line(const char *v)
{
	static const char *const grades[] = { "cgpa ", "gpa ", "grade ", "moyenne ", "nota ",
		"note ", "punteggio ", "voto ", "votazione ", NULL };
	char key[16];
	const char *colon = strchr(v, ':');

	fold_into(v, strlen(v), key, sizeof key);
	return (wordlist_prefix(grades, key) > 0 && eduscore_only(v)) ||
	    (colon != NULL && colon - v < 16 && colon[1] == ' ');
}

/* "Laurea Magistrale in Economia e Professione (classe" over "LM-77)"
 * over "Votazione 108/110" over "Tesi: ...": the degree is its lines up
 * to a grade alone or a label's line; those, from *rest on, are notes of
 * their own.  The Italian degree's class ("(classe LM-77)") goes. */
static char *
qualification(const struct strlist *l, size_t *rest)
{
	struct buf b = BUF_INIT;
	char *open;

	for (*rest = 0; *rest < l->n; (*rest)++) {
		const char *v = l->v[*rest];
		if (*rest > 0 && !lineword_open_bracket(buf_str(&b)) && note_line(v))
			break;
		if (*rest > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, v);
	}
	buf_addc(&b, '\0');
	b.len--;
	if ((open = strstr(b.s, " (classe ")) != NULL && strchr(open, ')') != NULL) {
		char *close = strchr(open, ')') + 1;
		memmove(open, close, strlen(close) + 1);
	}
	return buf_detach(&b);
}

void
europass_emit_education(struct ep *E, struct ep_rec *r)
{
	struct buf b = BUF_INIT;
	size_t rest;
	char *q = qualification(&r->v[EP_QUALIFICATION], &rest);
	char *s = joined(&r->v[EP_SUBJECTS], " ");
	char *org, *level, *g = NULL;
	int first;

	heading(E, EP_EDUCATION, "Education");
	/* the subjects studied are the field ("Elektrotechnik"), unless they
	 * are a list of courses */
	buf_adds(&b, q);
	if (*q == '\0' || (*s != '\0' && strchr(s, ',') == NULL && strchr(s, ';') == NULL)) {
		if (*q != '\0' && *s != '\0')
			buf_adds(&b, ", ");
		buf_adds(&b, s);
	}
	/* the school first where its name does not say it is one
	 * ("Association of Chartered Certified Accountants"): the form
	 * does */
	org = wrapped_joined(&r->v[EP_ORGANISATION]);
	org_type_off(org);
	first = org[0] != '\0' && role_school_score(org) == 0;
	if (first)
		europass_emit_line(&E->body, org, LN_BLANK);
	if (b.len > 0)
		europass_emit_line(&E->body, b.s, first ? 0 : LN_BLANK);
	if (!first && org[0] != '\0')
		europass_emit_line(&E->body, org, 0);
	europass_emit_joined(&E->body, &r->v[EP_DATES], " ", 0);
	for (size_t i = rest; i < r->v[EP_QUALIFICATION].n; i++)
		europass_emit_line(&E->body, r->v[EP_QUALIFICATION].v[i], 0);
	/* "ISCED 5A", "EQF level 6": the level, no more than a degree
	 * says, for the study whose degree is not written; a grade
	 * written there ("Note: 1,4") always */
	level = joined(&r->v[EP_LEVEL], " ");
	if (*level != '\0' && (*q == '\0' || eduscore_read(level, &g)))
		europass_emit_line(&E->body, level, 0);
	free(g);
	free(level);
	free(org);
	buf_free(&b);
	free(q);
	free(s);
}

/* Languages and the other labels of the skills part of the form. */
void
europass_emit_skills(struct ep *E, struct ep_rec *r)
{
	if (r->v[EP_MOTHER].n > 0 || r->v[EP_OTHERLANG].n > 0) {
		heading(E, EP_MOTHER, "Languages");
		for (size_t i = 0; i < r->v[EP_MOTHER].n; i++) {
			char *s = xprintf("%s (native)", r->v[EP_MOTHER].v[i]);
			europass_emit_line(&E->body, s, 0);
			free(s);
		}
		for (size_t i = 0; i < r->v[EP_OTHERLANG].n; i++)
			europass_emit_line(&E->body, r->v[EP_OTHERLANG].v[i], 0);
	}
	if (r->other != NULL && r->v[EP_OTHER].n > 0) {
		struct line l = { r->other, 0, 0, MK_HEADING };
		struct heading_hit hit;
		char *v = joined(&r->v[EP_OTHER], " "), *s;
		if (heading_match(&E->lx->headings, &l, &hit)) {
			europass_emit_line(&E->body, r->other, LN_BLANK | MK_HEADING);
			for (size_t i = 0; i < r->v[EP_OTHER].n; i++)
				europass_emit_line(&E->body, r->v[EP_OTHER].v[i], 0);
			E->said[EP_OTHER] = 0;
		} else {
			heading(E, EP_OTHER, "Skills");
			s = xprintf("%s: %s", r->other, v);
			europass_emit_line(&E->body, s, 0);
			free(s);
		}
		free(v);
	}
}
