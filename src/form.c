#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "form.h"
#include "xalloc.h"

enum ff {
	F_NONE,
	/* the person */
	F_NAME, F_GIVEN, F_FAMILY, F_HEADLINE, F_EMAIL, F_PHONE, F_WEB,
	/* a record of any kind */
	F_PLACE, F_FROM, F_TO, F_FROMTO,
	/* work */
	F_TITLE, F_EMPLOYER, F_CURRENT, F_DESC,
	/* education */
	F_SCHOOL, F_DEGREE, F_FIELD,
	/* certificates */
	F_CERT, F_ISSUER,
	/* a label whose value says nothing here; one that stands alone */
	F_SKIP, F_MARK,
	F__COUNT
};

enum rk { R_NONE, R_WORK, R_EDU, R_CERT };

static const struct {
	const char *key;
	enum ff f;
} labels[] = {
	{ "name", F_NAME }, { "full name", F_NAME }, { "candidate name", F_NAME },
	{ "legal name", F_MARK }, { "given name s", F_GIVEN }, { "given name", F_GIVEN },
	{ "first name", F_GIVEN }, { "family name", F_FAMILY }, { "last name", F_FAMILY },
	{ "surname", F_FAMILY }, { "current title", F_HEADLINE }, { "headline", F_HEADLINE },
	{ "current position", F_HEADLINE }, { "email", F_EMAIL }, { "e mail", F_EMAIL },
	{ "email address", F_EMAIL }, { "phone", F_PHONE }, { "phone number", F_PHONE },
	{ "mobile", F_PHONE }, { "mobile phone", F_PHONE }, { "telephone", F_PHONE },
	{ "website", F_WEB }, { "websites", F_WEB }, { "linkedin", F_WEB },
	{ "location", F_PLACE }, { "address", F_PLACE }, { "city", F_PLACE },
	{ "from", F_FROM }, { "start date", F_FROM }, { "to", F_TO }, { "end date", F_TO },
	{ "to actual or expected", F_TO }, { "from to", F_FROMTO }, { "dates", F_FROMTO },
	{ "period", F_FROMTO }, { "job title", F_TITLE }, { "position", F_TITLE },
	{ "position title", F_TITLE }, { "employer", F_EMPLOYER }, { "company", F_EMPLOYER },
	{ "company name", F_EMPLOYER }, { "employer name", F_EMPLOYER },
	{ "i currently work here", F_CURRENT }, { "current job", F_CURRENT },
	{ "description", F_DESC }, { "role description", F_DESC },
	{ "job description", F_DESC }, { "responsibilities", F_DESC },
	{ "school", F_SCHOOL }, { "school or university", F_SCHOOL },
	{ "institution", F_SCHOOL }, { "university", F_SCHOOL }, { "degree", F_DEGREE },
	{ "field of study", F_FIELD }, { "major", F_FIELD }, { "certification", F_CERT },
	{ "certificate", F_CERT }, { "issued by", F_ISSUER }, { "issuing organization", F_ISSUER },
	{ "issued date", F_FROM }, { "grade", F_SKIP }, { "overall result gpa", F_SKIP },
	{ "gpa", F_SKIP }, { "source", F_SKIP }, { "resume cv", F_SKIP }, { "resume", F_SKIP },
	{ "cover letter", F_SKIP }, { "my information", F_MARK }, { "my experience", F_MARK },
	/* the labels of other languages' forms and CVs: employer, title,
	 * dates, place */
	{ "empresa", F_EMPLOYER }, { "empleador", F_EMPLOYER }, { "arbeitgeber", F_EMPLOYER },
	{ "unternehmen", F_EMPLOYER }, { "firma", F_EMPLOYER }, { "werkgever", F_EMPLOYER },
	{ "bedrijf", F_EMPLOYER }, { "employeur", F_EMPLOYER }, { "entreprise", F_EMPLOYER },
	{ "societe", F_EMPLOYER }, { "azienda", F_EMPLOYER }, { "datore di lavoro", F_EMPLOYER },
	{ "pracodawca", F_EMPLOYER }, { "arbetsgivare", F_EMPLOYER }, { "empregador", F_EMPLOYER },
	{ "cargo", F_TITLE }, { "puesto", F_TITLE }, { "funcion", F_TITLE },
	{ "funktion", F_TITLE }, { "stelle", F_TITLE }, { "functie", F_TITLE },
	{ "poste", F_TITLE }, { "fonction", F_TITLE }, { "ruolo", F_TITLE },
	{ "mansione", F_TITLE }, { "posizione", F_TITLE }, { "stanowisko", F_TITLE },
	{ "befattning", F_TITLE }, { "roll", F_TITLE }, { "funcao", F_TITLE },
	{ "fechas", F_FROMTO }, { "periodo", F_FROMTO }, { "zeitraum", F_FROMTO },
	{ "periode", F_FROMTO }, { "okres", F_FROMTO }, { "datum", F_FROMTO },
	{ "ort", F_PLACE }, { "lugar", F_PLACE }, { "ciudad", F_PLACE }, { "lieu", F_PLACE },
	{ "luogo", F_PLACE }, { "plaats", F_PLACE }, { "miejscowosc", F_PLACE },
};

struct rec {
	enum rk kind;
	char *v[F__COUNT];
};

struct form {
	struct rec person, rec;
	struct layout top, body;
	enum rk said;		/* the heading last written */
};

/* The field a line labels, and where its value starts (0: on the next
 * line).  "Job Title: Engineer", "Job Title *". */
static enum ff
label_of(const char *s, size_t *value)
{
	const char *colon = strchr(s, ':');
	size_t n = colon != NULL ? (size_t)(colon - s) : strlen(s);
	char key[48];

	*value = 0;
	if (n == 0 || n > 40 || (colon == NULL && strlen(s) > 40))
		return F_NONE;
	fold_key(s, n, key, sizeof key);
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (key[0] == labels[i].key[0] && strcmp(key, labels[i].key) == 0) {
			if (colon != NULL)
				*value = n + 1 + strspn(colon + 1, " \t");
			if (colon != NULL && colon[1 + strspn(colon + 1, " \t")] == '\0')
				*value = 0;
			return labels[i].f;
		}
	return F_NONE;
}

static enum rk
kind_of(enum ff f)
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
joined(const struct rec *r, const enum ff *f, size_t n, const char *sep)
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
		emit(&F->body, r->v[F_FROMTO], 0);
		return;
	}
	if (r->v[F_FROM] == NULL)
		return;
	s = xprintf("%s \xe2\x80\x93 %s", r->v[F_FROM],
	    r->v[F_TO] != NULL ? r->v[F_TO] : "Present");
	emit(&F->body, s, 0);
	free(s);
}

static void
heading(struct form *F, enum rk k)
{
	static const char *const words[] = { "", "Experience", "Education", "Certifications" };

	if (F->said == k)
		return;
	emit(&F->body, words[k], LN_BLANK | MK_HEADING);
	F->body.v[F->body.n - 1].level = 2;
	F->said = k;
}

/* The record as the entry parsers read one: header, dates, body. */
static void
flush(struct form *F)
{
	static const enum ff work[] = { F_TITLE, F_EMPLOYER, F_PLACE };
	static const enum ff degree[] = { F_DEGREE, F_FIELD };
	static const enum ff cert[] = { F_CERT, F_ISSUER, F_FROM };
	struct rec *r = &F->rec;
	char *s;

	if (r->kind == R_NONE)
		return;
	heading(F, r->kind);
	if (r->kind == R_WORK) {
		s = joined(r, work, 3, " | ");
		emit(&F->body, s, LN_BLANK);
		free(s);
		emit_dates(F, r);
		emit(&F->body, r->v[F_DESC], 0);
	} else if (r->kind == R_EDU) {
		s = joined(r, degree, 2, ", ");
		emit(&F->body, s, LN_BLANK);
		free(s);
		emit(&F->body, r->v[F_SCHOOL], 0);
		emit_dates(F, r);
	} else {
		s = joined(r, cert, 3, ", ");
		emit(&F->body, s, LN_BLANK);
		free(s);
	}
	rec_clear(r);
}

static void
person(struct form *F)
{
	static const enum ff name[] = { F_GIVEN, F_FAMILY };
	static const enum ff contact[] = { F_EMAIL, F_PHONE, F_PLACE, F_WEB };
	struct rec *p = &F->person;
	char *s = p->v[F_NAME] != NULL ? xstrdup(p->v[F_NAME]) : joined(p, name, 2, " ");

	emit(&F->top, s, 0);
	free(s);
	emit(&F->top, p->v[F_HEADLINE], 0);
	s = joined(p, contact, 4, " | ");
	emit(&F->top, s, 0);
	free(s);
}

/* A value goes to the record it belongs to; a field the record already
 * has starts the next record. */
static void
take(struct form *F, enum ff f, const char *value)
{
	enum rk k = kind_of(f);
	struct rec *r = &F->rec;

	if (f == F_SKIP || f == F_MARK || value == NULL)
		return;
	if (k == R_NONE && (f < F_PLACE || r->kind == R_NONE)) {
		if (F->person.v[f] == NULL)
			F->person.v[f] = xstrdup(value);
		return;
	}
	if (k != R_NONE && ((r->kind != R_NONE && r->kind != k) || (r->v[f] != NULL &&
	    f != F_DESC)))
		flush(F);
	if (k != R_NONE)
		r->kind = k;
	if (f == F_DESC && r->v[f] != NULL) {
		char *j = xprintf("%s %s", r->v[f], value);
		free(r->v[f]);
		r->v[f] = j;
	} else if (r->v[f] == NULL)
		r->v[f] = xstrdup(value);
}

/* Whether there are enough labels of records, and dates among them. */
static int
looks_form(const struct layout *L)
{
	int rec = 0, dates = 0;
	size_t v;

	for (size_t i = 0; i < L->n && i < 2000; i++) {
		enum ff f = label_of(L->v[i].s, &v);
		rec += kind_of(f) != R_NONE;
		dates += f == F_FROM || f == F_TO || f == F_FROMTO;
	}
	return rec >= 4 && dates >= 2;
}

/* "Work Experience 2": the form's counter over a record. */
static int
counter(const char *s)
{
	size_t n = strlen(s), d = 0, words = 1;

	while (d < n && d < 3 && s[n - 1 - d] >= '0' && s[n - 1 - d] <= '9')
		d++;
	if (d == 0 || d > 2 || n == d || s[n - d - 1] != ' ')
		return 0;
	for (size_t i = 0; i < n - d - 1; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			return 0;
		words += s[i] == ' ';
	}
	return words <= 4;
}

static void
run(struct form *F, const struct layout *L)
{
	for (size_t i = 0; i < L->n; i++) {
		const char *s = L->v[i].s;
		size_t v;
		enum ff f = label_of(s, &v);
		if (f == F_NONE && counter(s)) {
			flush(F);
			continue;
		}
		if (f == F_NONE) {
			flush(F);
			F->said = R_NONE;
			layout_add(&F->body, s, strlen(s), L->v[i].indent, L->v[i].flags)->level =
			    L->v[i].level;
			continue;
		}
		if (v > 0) {
			take(F, f, s + v);
			continue;
		}
		/* the value on the lines after, up to the next label */
		while (f != F_MARK && i + 1 < L->n && L->v[i + 1].s[0] != '\0' &&
		    !(L->v[i + 1].flags & LN_BLANK) && label_of(L->v[i + 1].s, &v) == F_NONE) {
			take(F, f, L->v[++i].s);
			if (f != F_DESC)
				break;
		}
	}
	flush(F);
}

int
form_rewrite(struct layout *L)
{
	struct form F;

	if (!looks_form(L))
		return 0;
	memset(&F, 0, sizeof F);
	run(&F, L);
	person(&F);
	for (size_t i = 0; i < F.body.n; i++) {
		struct line *l = &F.body.v[i];
		layout_add(&F.top, l->s, strlen(l->s), l->indent, l->flags)->level = l->level;
	}
	F.top.urls = L->urls;
	L->urls = (struct strlist)STRLIST_INIT;
	layout_free(L);
	layout_free(&F.body);
	rec_clear(&F.person);
	rec_clear(&F.rec);
	*L = F.top;
	return 1;
}
