#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "fedjob.h"
#include "fold.h"
#include "form.h"
#include "form_labels.h"
#include "form_line.h"
#include "heading.h"
#include "lineword.h"
#include "parse.h"
#include "xalloc.h"

enum rk { R_NONE, R_WORK, R_EDU, R_CERT };


struct rec {
	enum rk kind;
	char *v[F__COUNT];
};

struct form {
	struct rec person, rec;
	struct layout top, body;
	enum rk said;		/* the heading last written */
	char *employer, *place;	/* of the last record of work */
	size_t at;		/* the body's length when the person's first value came */
	int seen;		/* a value of the person came */
	int refs;		/* under the references: phones are the referees' */
	int projs;		/* under the projects: their labels are theirs */
	int aims;		/* under the objective: no record's labels */
	int jobs;		/* under the jobs: "Institución" the employer */
	int schools;		/* under the schools: "Período:" may lead each */
	int certs;		/* under the courses: "Curso:" names one */
	int firm_school;	/* the record's employer so named */
	struct buf roles;	/* earlier roles at the record's employer */
};


static enum rk
kind_of(enum form_field f)
{
	if (f >= F_TITLE && f <= F_DESC)
		return R_WORK;
	if (f >= F_SCHOOL && f <= F_FIELD)
		return R_EDU;
	if (f == F_CERT || f == F_ISSUER)
		return R_CERT;
	return R_NONE;
}

static void
rec_clear(struct rec *r)
{
	for (int f = 0; f < F__COUNT; f++) {
		free(r->v[f]);
		r->v[f] = NULL;
	}
	r->kind = R_NONE;
}

static void
emit(struct layout *L, const char *s, unsigned flags)
{
	if (s != NULL && *s != '\0')
		layout_add(L, s, strlen(s), 0, flags);
}

/* Values joined by sep, the missing ones left out. */
static char *
joined(const struct rec *r, const enum form_field *f, size_t n, const char *sep)
{
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < n; i++)
		if (r->v[f[i]] != NULL) {
			if (b.len > 0)
				buf_adds(&b, sep);
			buf_adds(&b, r->v[f[i]]);
		}
	return b.s != NULL ? buf_detach(&b) : xstrdup("");
}

static void
emit_dates(struct form *F, const struct rec *r)
{
	char *s;

	if (r->v[F_FROMTO] != NULL) {
		/* "jan/2021 - atual (3 anos e 2 meses)": the time it took
		 * aside */
		const char *open = strrchr(r->v[F_FROMTO], '(');
		size_t from, to;
		if (open != NULL && open > r->v[F_FROMTO] &&
		    dateparse_duration(open, strlen(open), &from, &to) >= 0) {
			s = parse_trim(r->v[F_FROMTO], (size_t)(open - r->v[F_FROMTO]));
			emit(&F->body, s, 0);
			free(s);
		} else
			emit(&F->body, r->v[F_FROMTO], 0);
		return;
	}
	if (r->v[F_FROM] == NULL) {
		if (r->v[F_TO] != NULL)
			emit(&F->body, r->v[F_TO], 0);	/* "Finished: 2020" */
		return;
	}
	/* "Finished: Still in role": an end with no date is none */
	s = xprintf("%s \xe2\x80\x93 %s", r->v[F_FROM],
	    r->v[F_TO] != NULL && strpbrk(r->v[F_TO], "0123456789") != NULL ? r->v[F_TO] :
	    "Present");
	emit(&F->body, s, 0);
	free(s);
}

/* A description given over lines, each a line of its own again: a
 * list of duties stays a list. */
static void
emit_lines(struct layout *L, const char *s)
{
	/* "Assistência ...; condução de protocolos ...; treinamento ...": a
	 * description of three clauses or more, one line, is a list */
	int clauses = 1;

	for (const char *p = s; p != NULL && *p != '\0'; p++)
		clauses += p[0] == ';' && p[1] == ' ';
	while (s != NULL && *s != '\0') {
		size_t n = strcspn(s, clauses >= 3 && strchr(s, '\n') == NULL ? ";" : "\n");
		char *t = parse_trim(s, n);
		/* "• Dirección técnica ...": the bullet the value was written with */
		size_t b = strncmp(t, "\xe2\x80\xa2 ", 4) == 0 ? 4 : 0;
		if (t[b] != '\0')
			layout_add(L, t + b, strlen(t + b), 0, MK_BULLET);
		free(t);
		s += n + (s[n] != '\0');
	}
}

/* "Volunteer Experience" in an ATS's text, no cue of layout left: a
 * heading's words alone, capitalised ("certification." ends a duty). */
static int
heading_plain(const char *s)
{
	size_t n = strlen(s);

	return isupper((unsigned char)s[0]) && s[n - 1] != '.' && form_line_wording(s);
}

static void
heading(struct form *F, enum rk k)
{
	static const char *const words[] = { "", "Experience", "Education", "Certifications" };

	const struct layout *B = &F->body;

	/* "VOLUNTEER EXPERIENCE" over "Role:", "Organisation:": the
	 * résumé's own heading over the record stands */
	if (F->said == k || (F->said == R_NONE && B->n > 0 && (heading_looks(&B->v[B->n - 1]) ||
	    heading_plain(B->v[B->n - 1].s)) && strchr(B->v[B->n - 1].s, ':') == NULL)) {
		F->said = k;
		return;
	}
	emit(&F->body, words[k], LN_BLANK | MK_HEADING);
	F->body.v[F->body.n - 1].level = 2;
	F->said = k;
}

/* "Lead (2017 - 2020)", "Lead, 2017 - 2020": the title's dates set apart
 * from it by a bracket or a comma, not a note's words ("Fitter (Leading
 * Hand since 2022)"). */
static int
dates_apart(const char *t, size_t at)
{
	while (at > 0 && t[at - 1] == ' ')
		at--;
	return at > 0 && strchr("(,|", t[at - 1]) != NULL;
}

/* "Maintenance Fitter (Leading Hand since 2022)" beside the job's own
 * dates: the bracket that holds the date at, a note of a step within the
 * job, goes, lest its date be read as the job's. */
static void
dated_note_cut(char *t, size_t at)
{
	char *open = NULL;

	for (char *p = t; p < t + at; p++)
		if (*p == '(')
			open = p;
	if (open == NULL || strchr(t + at, ')') == NULL || open == t)
		return;
	while (open > t && open[-1] == ' ')
		open--;
	*open = '\0';
}

/* "Company: Acme", "Period: 2015 - 2020", then "Title: Lead (2017 -
 * 2020)" and its duties, "Title: Engineer (2015 - 2017)" and its: roles
 * held one after the other at one employer.  A role without an employer
 * is the last one's; where the role has dates of its own, the employer's
 * period, which covers them all, goes. */
static void
nested(struct form *F, struct rec *r)
{
	struct daterange d;
	const char *t = r->v[F_TITLE];

	if (r->v[F_EMPLOYER] == NULL && F->employer != NULL) {
		r->v[F_EMPLOYER] = xstrdup(F->employer);
		if (r->v[F_PLACE] == NULL && F->place != NULL)
			r->v[F_PLACE] = xstrdup(F->place);
	} else if (r->v[F_EMPLOYER] != NULL) {
		free(F->employer);
		free(F->place);
		F->employer = xstrdup(r->v[F_EMPLOYER]);
		F->place = r->v[F_PLACE] != NULL ? xstrdup(r->v[F_PLACE]) : NULL;
	}
	if (t == NULL || r->v[F_FROMTO] == NULL || !dateparse_find(t, strlen(t), &d))
		return;
	if (dates_apart(t, d.from)) {
		free(r->v[F_FROMTO]);
		r->v[F_FROMTO] = NULL;
	} else
		dated_note_cut(r->v[F_TITLE], d.from);
}

/* "Highest grade: Grade 12 (Matric), 2008" and no dates of its own: the
 * year after the degree's comma is when it ended, on a line of its own
 * as the entry parsers read dates. */
static void
year_apart(struct rec *r)
{
	char *d = r->v[F_DEGREE], *comma;

	if (d == NULL || r->v[F_FROMTO] != NULL || r->v[F_FROM] != NULL || r->v[F_TO] != NULL ||
	    (comma = strrchr(d, ',')) == NULL || strlen(comma) != 6 || comma[1] != ' ' ||
	    strspn(comma + 2, "0123456789") != 4)
		return;
	r->v[F_TO] = xstrdup(comma + 2);
	*comma = '\0';
}

/* "Position: Audit Senior (January 2019 – February 2021)" over
 * "<indent>Audit Assistant (January 2017 – December 2018)": the roles
 * under the first, each with its own dates, are records of their own at
 * the same employer; the duties stay with the first. */
static int
role_more(struct form *F, const struct line *l, int indent)
{
	struct daterange d;
	const char *t = F->rec.v[F_TITLE];

	if (F->rec.kind != R_WORK || t == NULL || l->indent < indent + 8 ||
	    (l->flags & (LN_BLANK | MK_BULLET)) || !dateparse_find(t, strlen(t), &d) ||
	    !dates_apart(t, d.from) || d.single ||
	    !dateparse_find(l->s, strlen(l->s), &d) || d.single || !dates_apart(l->s, d.from))
		return 0;
	if (F->roles.len > 0)
		buf_adds(&F->roles, "\n");
	buf_adds(&F->roles, l->s);
	return 1;
}

/* The title's n bytes and r's employer, the labels kept: what the form
 * said is the employer is no guess of the work parser's. */
static void
emit_role(struct form *F, const struct rec *r, const char *title, size_t n)
{
	char *t = xprintf("Position: %.*s", (int)n, title);

	emit(&F->body, t, LN_BLANK);
	free(t);
	t = r->v[F_PLACE] != NULL ? xprintf("Employer: %s | %s", r->v[F_EMPLOYER],
	    r->v[F_PLACE]) : xprintf("Employer: %s", r->v[F_EMPLOYER]);
	emit(&F->body, t, 0);
	free(t);
}

static void
roles_emit(struct form *F, const struct rec *r)
{
	const char *s = F->roles.s;

	while (s != NULL && *s != '\0') {
		size_t n = strcspn(s, "\n");
		emit_role(F, r, s, n);
		s += n + (s[n] != '\0');
	}
	buf_free(&F->roles);
}

/* The record as the entry parsers read one: header, dates, body. */
static void
flush(struct form *F)
{
	static const enum form_field work[] = { F_TITLE, F_EMPLOYER, F_PLACE };
	static const enum form_field degree[] = { F_DEGREE, F_FIELD };
	static const enum form_field cert[] = { F_CERT };
	struct rec *r = &F->rec;
	char *s;
	int by;

	if (r->kind == R_NONE) {
		/* a job's dates held for its employer, who never came */
		emit_dates(F, r);
		rec_clear(r);
		return;
	}
	heading(F, r->kind);
	if (r->kind == R_WORK)
		nested(F, r);
	if (r->kind == R_WORK && r->v[F_TITLE] != NULL && r->v[F_EMPLOYER] != NULL) {
		emit_role(F, r, r->v[F_TITLE], strlen(r->v[F_TITLE]));
		emit_dates(F, r);
		emit_lines(&F->body, r->v[F_DESC]);
		roles_emit(F, r);
	} else if (r->kind == R_WORK) {
		s = joined(r, work, 3, " | ");
		emit(&F->body, s, LN_BLANK);
		free(s);
		emit_dates(F, r);
		emit_lines(&F->body, r->v[F_DESC]);
	} else if (r->kind == R_EDU) {
		year_apart(r);
		s = joined(r, degree, 2, ", ");
		emit(&F->body, s, LN_BLANK);
		free(s);
		emit(&F->body, r->v[F_SCHOOL], 0);
		emit_dates(F, r);
	} else {
		/* "Name – Issuer, 2014", as a certificate's line is read; a
		 * name with a dash of its own ("Human Subjects Research -
		 * Social & Behavioral Research") has its issuer said below */
		s = joined(r, cert, 1, "");
		by = r->v[F_ISSUER] != NULL && (strstr(s, " - ") != NULL ||
		    strstr(s, " \xe2\x80\x93 ") != NULL || strstr(s, " \xe2\x80\x94 ") != NULL);
		if (r->v[F_ISSUER] != NULL && !by) {
			char *t = s[0] != '\0' ? xprintf("%s \xe2\x80\x93 %s", s, r->v[F_ISSUER]) :
			    xstrdup(r->v[F_ISSUER]);
			free(s);
			s = t;
		}
		if (r->v[F_FROM] != NULL) {
			char *t = xprintf("%s, %s", s, r->v[F_FROM]);
			free(s);
			s = t;
		}
		emit(&F->body, s, LN_BLANK);
		free(s);
		if (by) {
			s = xprintf("Issued by %s", r->v[F_ISSUER]);
			emit(&F->body, s, 0);
			free(s);
		}
	}
	rec_clear(r);
	buf_free(&F->roles);
}

/* "NUWAN CHAMINDA FERNANDO" over the form, whose "Full Name:" is
 * "Warnakulasuriya Patabendige Nuwan Chaminda Fernando": the name the
 * person heads the résumé with is the one they go by. */
static void
header_name(struct form *F)
{
	char *full = F->person.v[F_NAME];

	for (size_t i = 0; full != NULL && i < F->at && i < 4; i++) {
		const char *s = F->body.v[i].s;
		if (s[0] != '\0' && strcmp(s, full) != 0 && strlen(s) < strlen(full) &&
		    parse_name_within(s, full)) {
			free(full);
			F->person.v[F_NAME] = xstrdup(s);
			return;
		}
	}
}

static void
person(struct form *F)
{
	static const enum form_field name[] = { F_GIVEN, F_FAMILY };
	static const enum form_field contact[] = { F_EMAIL, F_PHONE, F_PLACE, F_WEB };
	struct rec *p = &F->person;
	char *s = p->v[F_NAME] != NULL ? xstrdup(p->v[F_NAME]) : joined(p, name, 2, " ");

	emit(&F->top, s, 0);
	free(s);
	emit(&F->top, p->v[F_HEADLINE], 0);
	s = joined(p, contact, 4, " | ");
	emit(&F->top, s, 0);
	free(s);
}

/* A value as a source file gives it, a Typst or YAML record's:
 * '"Backend Engineer",', 'dates-helper(start-date: "Oct 2019", end-date:
 * "Mar 2022"),'.  The quoted strings are the value, dates joined as a
 * range; NULL when nothing is quoted. */
static char *
unquote(const char *value, enum form_field f)
{
	struct buf b = BUF_INIT;
	const char *p = value, *q;

	while ((p = strchr(p, '"')) != NULL && (q = strchr(p + 1, '"')) != NULL) {
		if (q > p + 1) {
			if (b.len > 0)
				buf_adds(&b, f == F_FROMTO ? " \xe2\x80\x93 " : " ");
			buf_add(&b, p + 1, (size_t)(q - p - 1));
		}
		p = q + 1;
	}
	return b.s != NULL ? buf_detach(&b) : NULL;
}

static void take(struct form *, enum form_field, const char *);

static int
dates_field(enum form_field f)
{
	return f == F_FROM || f == F_TO || f == F_FROMTO;
}

/* "Employer: Ministry of Basic Education" over "School: Naledi Senior
 * Secondary School, Gaborone": the school a teacher worked at under the
 * employer named is where the job was; its town after the comma is the
 * job's place. */
static void
unit_place(struct form *F, const char *value)
{
	const char *comma = strrchr(value, ',');
	char *town;

	if (comma == NULL || F->rec.v[F_PLACE] != NULL)
		return;
	town = parse_trim(comma + 1, strlen(comma + 1));
	if (town[0] != '\0' && lineword_count(town) <= 3 && strpbrk(town, "0123456789") == NULL)
		take(F, F_PLACE, town);
	free(town);
}

/* A value goes to the record it belongs to; a field the record already
 * has starts the next record. */
static void
take(struct form *F, enum form_field f, const char *value)
{
	enum rk k = kind_of(f);
	struct rec *r = &F->rec;

	char *bare;

	if (f == F_SKIP || f == F_MARK || f == F_NOTE || value == NULL ||
	    (F->aims && k != R_NONE))
		return;
	if (f == F_ROLE)
		f = F_TITLE, k = R_WORK;
	/* "Curso:" and "Entidade:" under "FORMAÇÃO PROFISSIONAL": a course's
	 * name and who gave it */
	if (F->certs && (f == F_FIELD || f == F_DEGREE || f == F_TITLE))
		f = F_CERT, k = R_CERT;
	else if (F->certs && (f == F_EMPLOYER || f == F_SCHOOL))
		f = F_ISSUER, k = R_CERT;
	if (f == F_SCHOOL && F->jobs && r->kind == R_WORK && r->v[F_EMPLOYER] != NULL &&
	    r->v[F_DESC] == NULL && !F->firm_school) {
		unit_place(F, value);
		return;
	}
	if (f == F_SCHOOL && F->jobs) {
		f = F_EMPLOYER, k = R_WORK;
		F->firm_school = 1;
	} else if (f == F_EMPLOYER)
		F->firm_school = 0;
	/* "Addis Ababa (with frequent field travel to Afar and Amhara
	 * regions)": the place without the note after it */
	if (f == F_PLACE && (bare = form_line_place_bare(value)) != NULL) {
		take(F, f, bare);
		free(bare);
		return;
	}
	if (value[0] == '"' || strstr(value, "(") != NULL) {
		if ((bare = unquote(value, f)) != NULL) {
			take(F, f, bare);
			free(bare);
			return;
		}
	}
	/* "Period:" over "Employer:" ... over the duties, then the next
	 * "Period:": under the jobs, dates may lead a record; dates the
	 * record has lead the next */
	if ((F->jobs || F->schools) && dates_field(f) &&
	    r->kind == (F->jobs ? R_WORK : R_EDU) && r->v[f] != NULL)
		flush(F);
	if ((F->jobs || F->schools) && dates_field(f) && r->kind == R_NONE && r->v[f] == NULL) {
		r->v[f] = xstrdup(value);
		return;
	}
	if (k == R_NONE && f > F_PLACE && r->kind == R_NONE) {
		/* dates of no record of the form's, a project's: in place */
		emit(&F->body, value, 0);
		return;
	}
	if (k == R_NONE && (f < F_PLACE || r->kind == R_NONE)) {
		if (!F->seen) {
			F->seen = 1;
			F->at = F->body.n;
		}
		/* "Postal Address: P.O. Box 64" over "Residential Address:":
		 * the home is the place */
		if (F->person.v[f] == NULL || (f == F_PLACE &&
		    form_line_postal_box(F->person.v[f]) && !form_line_postal_box(value))) {
			free(F->person.v[f]);
			F->person.v[f] = xstrdup(value);
		} else if (f == F_WEB) {
			/* "LinkedIn" and "Website": both are kept */
			char *j = xprintf("%s | %s", F->person.v[f], value);
			free(F->person.v[f]);
			F->person.v[f] = j;
		}
		return;
	}
	if (k != R_NONE && ((r->kind != R_NONE && r->kind != k) || (r->v[f] != NULL &&
	    f != F_DESC))) {
		flush(F);
	}
	if (k != R_NONE)
		r->kind = k;
	if (f == F_DESC && r->v[f] != NULL) {
		char *j = xprintf("%s\n%s", r->v[f], value);
		free(r->v[f]);
		r->v[f] = j;
	} else if (r->v[f] == NULL)
		r->v[f] = xstrdup(value);
}

/* "04/2020        To: Present": a value, a wide gap and the next label
 * of the row, each taken. */
static void
take_row(struct form *F, const char *value, enum form_field f)
{
	for (const char *g = value; *g != '\0'; g++) {
		const char *next = g + strspn(g, " \t");
		size_t v = 0;
		enum form_field nf = F_NONE;
		/* "01/2013 End Date: 05/2014": the end's label one space
		 * after the start's value */
		if (*g == ' ' && f == F_FROM)
			nf = form_line_date_label(next, &v);
		if (nf == F_NONE && (*g == '\t' || (g[0] == ' ' && g[1] == ' ')))
			nf = form_line_label(next, &v);
		if (nf != F_NONE && v > 0) {
			char *head = xstrndup(value, (size_t)(g - value));
			take(F, f, head);
			free(head);
			take_row(F, next + v, nf);
			return;
		}
	}
	take(F, f, value);
}

/* "2. Company : Voltas Limited" after the projects of the job before:
 * the next record, numbered, the projects over. */
static int
numbered_firm(const struct line *l, enum form_field f)
{
	return f == F_EMPLOYER && ((l->flags & MK_NUMBERED) || form_line_enumerator(l->s) > 0);
}

/* Whether there are enough labels of records, and dates among them. */
static int
looks_form(const struct layout *L)
{
	int rec = 0, dates = 0, heads = 0, projs = 0;
	size_t v;

	for (size_t i = 0; i < L->n && i < 2000; i++) {
		enum form_field f = form_line_label_at(L, i, &v);
		if (f == F_NONE && heading_looks(&L->v[i]))
			projs = form_line_projects(&L->v[i]);
		else if (numbered_firm(&L->v[i], f))
			projs = 0;
		if (projs)
			continue;
		rec += kind_of(f) != R_NONE;
		dates += f == F_FROM || f == F_TO || f == F_FROMTO;
		/* what a record is headed by, not only its dates and duties */
		heads += f == F_TITLE || f == F_EMPLOYER || f == F_SCHOOL || f == F_DEGREE ||
		    f == F_CERT;
	}
	return rec >= 4 && dates >= 2 && heads >= 2;
}

/* "Project<TAB>: Four-laning of NH-53": the label and its value, one
 * line of the record's description; no record of its own. */
static void
note(struct form *F, const char *s, size_t v)
{
	size_t lead = form_line_enumerator(s), n = strcspn(s + lead, ":\t");
	char *label = parse_trim(s + lead, n), *line = xprintf("%s: %s", label, s + v);

	/* under a record of work, a line of its description; else as
	 * written ("Project Handled:" ended the record before) */
	if (F->rec.kind == R_WORK)
		take(F, F_DESC, line);
	else
		emit(&F->body, line, 0);
	free(label);
	free(line);
}

/* "Cargo" alone over "Coordenadora de Vendas": a label whose value is
 * the line below. */
static int
value_below(const struct layout *L, size_t i)
{
	size_t v;

	return i + 1 < L->n && L->v[i + 1].s[0] != '\0' && !(L->v[i + 1].flags & LN_BLANK) &&
	    form_line_label_at(L, i + 1, &v) == F_NONE;
}

/* "LAGOON TRUST BANK PLC, Victoria Island, Lagos" over "Position:<TAB>
 * Relationship Manager": a line no label heads, over a record's title,
 * names the record's employer, and the place after its comma when the
 * name before it is a firm's; whether it did. */
static int
firm_over(struct form *F, const struct layout *L, size_t i)
{
	const struct line *l = &L->v[i];
	size_t n = strlen(l->s), v, comma = strcspn(l->s, ",");
	char *name;

	if (i + 1 >= L->n || n == 0 || n > 100 || l->s[n - 1] == ':' ||
	    (l->flags & (MK_BULLET | MK_NUMBERED | MK_HEADING)) ||
	    form_line_label_at(L, i + 1, &v) != F_TITLE || (v == 0 && !value_below(L, i + 1)))
		return 0;
	name = parse_trim(l->s, comma);
	/* "Work Experience" over the title is the section's heading */
	if (l->s[comma] == '\0' && role_company_score(name) == 0) {
		free(name);
		return 0;
	}
	flush(F);
	if (l->s[comma] == ',' && (role_company_score(name) > 0 || parse_all_caps(name)) &&
	    !parse_all_caps(l->s + comma + 1)) {
		take(F, F_EMPLOYER, name);
		take(F, F_PLACE, l->s + comma + 1 + strspn(l->s + comma + 1, " "));
	} else
		take(F, F_EMPLOYER, l->s);
	free(name);
	return 1;
}

/* A line no label heads: it ends the record and stays as it is; a
 * heading starts a new section, into which no employer goes on. */
static void
plain(struct form *F, const struct line *l)
{
	flush(F);
	F->said = R_NONE;
	if (form_line_heading(l)) {
		free(F->employer);
		free(F->place);
		F->employer = F->place = NULL;
		F->refs = form_line_references(l->s);
		F->projs = form_line_projects(l);
		F->jobs = form_line_work(l);
		F->schools = form_line_schools(l);
		F->certs = form_line_courses(l);
	}
	/* a page's headings look like any line; a word alone is one of
	 * its buttons ("Editar") */
	if (form_line_objective(l->s))
		F->aims = 1;
	else if (strchr(l->s, ' ') != NULL)
		F->aims = 0;
	layout_add(&F->body, l->s, strlen(l->s), l->indent, l->flags)->level = l->level;
}

/* "Funciones<TAB>• Dirección técnica de la obra ... con" over "<indent>un
 * equipo de 4 ingenieros" and more bullets, all set in under the value's
 * column: a value that goes on below its label's line, no line of its
 * own.  Whether line i is such, after a label's line at indent. */
static int
value_goes_on(const struct layout *L, size_t i, int indent)
{
	const struct line *l = &L->v[i];

	return indent >= 0 && l->indent >= indent + 12 && !(l->flags & LN_BLANK) &&
	    l->s[0] != '\0';
}

/* The line under a value, its bullet a new item of the description, else
 * the wrapped rest of its last line. */
static void
value_more(struct form *F, const struct line *l)
{
	char **d = &F->rec.v[F_DESC], *j;

	if ((l->flags & MK_BULLET) || *d == NULL) {
		take(F, F_DESC, l->s);
		return;
	}
	j = xprintf("%s %s", *d, l->s);
	free(*d);
	*d = j;
}

/* "... para o FIDA e para o" over "Governo.": a line that ran to the
 * page's width, ended by no stop, goes on below. */
static int
left_open(const char *s, size_t width)
{
	size_t n = strlen(s);

	return n > 0 && width >= 60 && n + 12 >= width && strchr(".;:!?", s[n - 1]) == NULL;
}

/* A duty's first line: its bullet, its number or its letter ("a) ",
 * which markup.c reads as a number). */
static int
item_line(const struct line *l)
{
	return (l->flags & (MK_BULLET | MK_NUMBERED)) != 0;
}

static int
duration_line(const char *s)
{
	size_t from, to, n = strlen(s);

	return n > 0 && dateparse_duration(s, n, &from, &to) >= 0 && from == 0 && to == n;
}

/* "Institución: Instituto Nacional de Innovación ... (INIAF) – Oficina"
 * over "Departamental La Paz": a firm's, a school's or a title's value
 * that ran to the page's width and goes on below, a short line of no
 * label, no bullet and no dates. */
static int
head_wrapped(const struct layout *L, size_t i, enum form_field f, size_t width)
{
	const struct line *n = i + 1 < L->n ? &L->v[i + 1] : NULL;
	size_t len = strlen(L->v[i].s), v;
	struct daterange r;

	int open = len > 0 && (strchr("/,-(", L->v[i].s[len - 1]) != NULL ||
	    (len >= 3 && memcmp(L->v[i].s + len - 3, "\xe2\x80\x93", 3) == 0) ||
	    parse_ends_joining(L->v[i].s, len));

	if ((f != F_EMPLOYER && f != F_SCHOOL && f != F_TITLE) || n == NULL ||
	    n->s[0] == '\0' || (n->flags & (LN_BLANK | MK_BULLET)) ||
	    strchr(L->v[i].s, '\t') != NULL || dateparse_find(n->s, strlen(n->s), &r))
		return 0;
	/* "... do Cacau" over "(PACQ) – Ministério da Agricultura, ... /"
	 * over "FIDA": a line ended open, or a bracket going on, may be long */
	if (lineword_count(n->s) > (open || n->s[0] == '(' ? 12 : 5))
		return 0;
	return ((width >= 60 && len + 10 >= width) || open) &&
	    form_line_label_at(L, i + 1, &v) == F_NONE;
}

/* The length of the longest line with no tab: the page's width. */
static size_t
page_width(const struct layout *L)
{
	size_t width = 0;

	for (size_t k = 0; k < L->n; k++)
		if (strlen(L->v[k].s) > width && strchr(L->v[k].s, '\t') == NULL)
			width = strlen(L->v[k].s);
	return width;
}

static void
run(struct form *F, const struct layout *L)
{
	enum form_field last = F_NONE;	/* the last label's, its value in columns */
	int at = -1;			/* that label's indent */
	int title_at = 0;		/* the last label's line's indent */
	size_t width = page_width(L);

	for (size_t i = 0; i < L->n; i++) {
		const char *s = L->v[i].s;
		size_t v;
		enum form_field f = form_line_label_at(L, i, &v);
		if (f == F_NONE && (last == F_DESC || last == F_NOTE) && value_goes_on(L, i, at)) {
			value_more(F, &L->v[i]);
			continue;
		}
		if (f == F_NONE && last == F_TITLE && role_more(F, &L->v[i], title_at))
			continue;
		/* "Company: Pohnpei State ..." twice: a line the paste doubled */
		if (f != F_NONE && i > 0 && strcmp(s, L->v[i - 1].s) == 0)
			continue;
		last = f;
		at = v > 0 && strchr(s, '\t') != NULL ? L->v[i].indent : -1;
		title_at = L->v[i].indent;
		if (f == F_NONE && form_line_counter(s)) {
			flush(F);
			continue;
		}
		/* "6 anos e 3 meses" under a record's period: said already */
		if (f == F_NONE && F->rec.kind != R_NONE && duration_line(s))
			continue;
		if (f == F_NONE && firm_over(F, L, i))
			continue;
		if (f == F_NONE) {
			plain(F, &L->v[i]);
			continue;
		}
		if (v > 0 && f == F_NOTE) {
			note(F, s, v);
			continue;
		}
		/* "Phone: 0805 555 0111" under a referee, "Title: Smart
		 * Attendance System" under the projects: the line as it is */
		/* "2. Company : Voltas Limited" after the projects of the
		 * job before: the next record, the projects over */
		if (F->projs && numbered_firm(&L->v[i], f))
			F->projs = 0;
		if ((F->refs && f <= F_PLACE) || F->projs) {
			flush(F);
			layout_add(&F->body, s, strlen(s), L->v[i].indent, L->v[i].flags);
			continue;
		}
		if (v > 0 && head_wrapped(L, i, f, width)) {
			char *whole = xprintf("%s %s", s + v, L->v[i + 1].s);
			for (i++; head_wrapped(L, i, f, width); i++) {
				char *j = xprintf("%s %s", whole, L->v[i + 1].s);
				free(whole);
				whole = j;
			}
			take(F, f, whole);
			free(whole);
			continue;
		}
		if (v > 0) {
			take_row(F, s + v, f);
			/* "Subjects: English, Mathematics," over "<indent>Life
			 * Orientation": a value of no use goes on below */
			while (f == F_SKIP && i + 1 < L->n && L->v[i + 1].indent > L->v[i].indent &&
			    !(L->v[i + 1].flags & (LN_BLANK | MK_BULLET)) &&
			    form_line_label_at(L, i + 1, &v) == F_NONE)
				i++;
			continue;
		}
		/* the value on the lines after, up to the next label; under
		 * a bullet, a line with none goes on with its item */
		for (int bullet = -1; f != F_MARK && i + 1 < L->n && L->v[i + 1].s[0] != '\0' &&
		    !(L->v[i + 1].flags & LN_BLANK) && form_line_label_at(L, i + 1, &v) == F_NONE &&
		    !(f == F_DESC && form_line_wording(L->v[i + 1].s));) {
			const struct line *n = &L->v[i + 1];
			if (f == F_DESC && bullet >= 0 && !item_line(n) &&
			    (n->indent > bullet || fold_lower_at(n->s) || n->s[0] == '(' ||
			    left_open(L->v[i].s, width)))
				value_more(F, &L->v[++i]);
			else
				take(F, f, L->v[++i].s);
			if (f != F_DESC)
				break;
			/* "a) Coordenação ... de" over "cacau biológico ...;" */
			if (item_line(&L->v[i]))
				bullet = L->v[i].indent;
		}
	}
	flush(F);
}

static void
copy_lines(struct layout *to, const struct layout *from, size_t i, size_t end)
{
	for (; i < end; i++) {
		const struct line *l = &from->v[i];
		layout_add(to, l->s, strlen(l->s), l->indent, l->flags)->level = l->level;
	}
}

int
form_rewrite(struct layout *L)
{
	struct form F;

	if (!looks_form(L) || fedjob_signs(L))
		return 0;
	memset(&F, 0, sizeof F);
	run(&F, L);
	header_name(&F);
	/* the person where the form gave it, unless it gave the name: a
	 * résumé's own name over its "Email:" and "Current Designation:" */
	if (F.person.v[F_NAME] != NULL || F.person.v[F_GIVEN] != NULL ||
	    F.person.v[F_FAMILY] != NULL)
		F.at = 0;
	copy_lines(&F.top, &F.body, 0, F.at);
	person(&F);
	copy_lines(&F.top, &F.body, F.at, F.body.n);
	F.top.urls = L->urls;
	L->urls = (struct strlist)STRLIST_INIT;
	layout_free(L);
	layout_free(&F.body);
	rec_clear(&F.person);
	rec_clear(&F.rec);
	free(F.employer);
	free(F.place);
	buf_free(&F.roles);
	*L = F.top;
	return 1;
}
