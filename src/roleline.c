/*
 * roleline: touch-ups of a work entry's header lines (see roleline.h).
 */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "edudegree.h"
#include "eduscore.h"
#include "fold.h"
#include "lineword.h"
#include "parse.h"
#include "roleline.h"
#include "wordlist.h"
#include "xalloc.h"

/* Whether the line ends in a word that cannot end a name: "and", "of",
 * "für", "de", "och" ... */
static int
open_end(const char *s)
{
	static const char *const words[] = { "and", "of", "for", "the", "&", "und", "fur",
		"der", "des", "de", "du", "di", "del", "della", "do", "da", "dos", "das", "et",
		"e", "y", "i", "och", "en", "van", "voor", "het", "w", "z", "im", NULL };
	const char *sp = strrchr(s, ' ');
	char w[16];

	if (sp == NULL || strlen(sp + 1) >= sizeof w / 2)
		return 0;
	fold_into(sp + 1, strlen(sp + 1), w, sizeof w);
	return wordlist_has(words, w);
}

/* The end of a wrapped name: capitalised, a few words, no digits. */
static int
name_rest(const char *s)
{
	int words = 1;

	if (!isupper((unsigned char)*s) && (unsigned char)*s < 0x80)
		return 0;
	for (const char *p = s; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p) || *p == '|' || *p == '@')
			return 0;
		words += *p == ' ';
	}
	return words <= 4 && role_title_score(s) == 0;
}

void
roleline_join_wraps(const struct strlist *lines, struct strlist *out)
{
	for (size_t i = 0; i < lines->n; i++) {
		const char *l = lines->v[i];
		if (i + 1 < lines->n && open_end(l) && name_rest(lines->v[i + 1])) {
			strlist_take(out, xprintf("%s %s", l, lines->v[i + 1]));
			i++;
		} else
			strlist_add(out, l);
	}
}

/* "Empresa: Mercadona S.A.", "Cargo: Jefa de sección": the value after a
 * label of the employer or the title. */
static const char *
unlabel(const char *s)
{
	static const char *const labels[] = { "employer", "company", "job title", "title",
		"position", "role", "empresa", "empleador", "arbeitgeber", "unternehmen", "firma",
		"werkgever", "bedrijf", "employeur", "entreprise", "societe", "azienda",
		"datore di lavoro", "pracodawca", "arbetsgivare", "empregador", "cargo", "puesto",
		"funcion", "funktion", "stelle", "functie", "poste", "poste occupe",
		"fonction", "fonction occupee", "ruolo",
		"mansione", "posizione", "stanowisko", "befattning", "roll", "funcao",
		"designation", "job role", "post", "post held", "position held", "occupation",
		"organisation", "organization", "company name", "employer name",
		"name of employer", "name of company", "name of organisation",
		"name of organization", "pozice", "zamestnavatel", "gorev", "pozisyon",
		"sirket", "kurum", "tehtava", "tyonantaja", "stilling", "arbejdsgiver",
		"arbeidsgiver", "delovno mesto", "radno mjesto", "radno mesto", "starfsheiti",
		"vinnustadur", "punedhenesi", "pozicioni", "pozita", "hospital", "institution",
		"institucion", "instituicao", "poslodavac", "pozicija", "delodajalec",
		"должность", "посада", "работодатель", "роботодавець",
		/* contract work: the client is the employer written */
		"client", "cliente", "kunde", "klant", "klient", "end client", NULL };
	/* the label of the dates the dates were cut from */
	static const char *const dates[] = { "period", "dates", "duration", "periodo",
		"fechas", "zeitraum", "dauer", "periode", "okres", "datum", "date", NULL };
	const char *colon = strchr(s, ':');
	char key[32];

	if (strlen(s) < sizeof key) {
		fold_key(s, strlen(s), key, sizeof key);
		if (wordlist_has(dates, key))
			return s + strlen(s);
	}
	if (colon == NULL || colon == s || colon - s > 24 || (colon[1] != ' ' && colon[1] != '\t'))
		return s;
	fold_key(s, (size_t)(colon - s), key, sizeof key);
	if (!wordlist_has(labels, key))
		return s;
	return colon + 1 + strspn(colon + 1, " \t");
}

int
roleline_label_kind(const char *s, const char **value)
{
	static const char *const firm[] = { "arbeidsgiver", "arbejdsgiver", "arbeitgeber",
		"arbetsgivare", "azienda", "bedrijf", "company", "company name",
		"datore di lavoro", "delodajalec", "empleador", "employer", "employer name", "employeur",
		"empregador", "empresa", "entreprise", "firma", "hospital", "institucion",
		"instituicao", "institution", "kurum", "name of company",
		"name of employer", "name of organisation", "name of organization",
		"organisation", "organization", "poslodavac", "pracodawca", "punedhenesi", "sirket",
		"societe", "tyonantaja",
		"unternehmen", "vinnustadur", "werkgever", "zamestnavatel", "работодатель",
		"роботодавець", NULL };
	static const char *const title[] = { "befattning", "cargo", "delovno mesto", "designation",
		"funcao", "funcion", "functie", "funktion", "gorev", "job role", "job title", "mansione",
		"occupation", "position", "position held", "posizione", "post held", "poste",
		"poste occupe", "fonction occupee",
		"pozice", "pozicija", "pozicioni", "pozisyon", "pozita", "puesto", "radno mesto", "radno mjesto", "ruolo", "stanowisko",
		"starfsheiti", "stilling", "tehtava", "должность", "посада", NULL };
	const char *colon = strchr(s, ':');
	size_t n = colon != NULL ? (size_t)(colon - s) : strlen(s);
	char key[32];

	if (n == 0 || n >= sizeof key || (colon != NULL && colon[1] != ' ' && colon[1] != '\t' &&
	    colon[1] != '\0'))
		return 0;
	fold_key(s, n, key, sizeof key);
	*value = colon != NULL ? colon + 1 + strspn(colon + 1, " \t") : s + n;
	if (wordlist_has(firm, key))
		return 1;
	return wordlist_has(title, key) ? 2 : 0;
}

int
roleline_unit_label(const char *s)
{
	static const char *const labels[] = { "department", "dept", "division", "unit", "ward",
		"structure", "service", "departement", NULL };
	const char *colon = strchr(s, ':');
	char key[16];

	if (colon == NULL || colon == s || colon - s >= (ptrdiff_t)sizeof key || colon[1] != ' ')
		return 0;
	fold_key(s, (size_t)(colon - s), key, sizeof key);
	return wordlist_has(labels, key);
}

int
roleline_place_label(const char *s, const char **value)
{
	static const char *const city[] = { "city", "town", "miasto", "miejscowosc", "stadt",
		"ort", "ville", "ciudad", "citta", "cidade", "plaats", "stad", "by", "mesto",
		"varos", "kaupunki", "sehir", "oras", "localidad", "localita", "location",
		"lokasi", "address", "endereco", "morada", "adresse", "direccion", "indirizzo",
		"adres", "company location", "job location", "work location", "office location",
		"local", "localizacao", "lugar", "ubicacion", "lieu", "luogo", "duty station",
		"place of work", "work station", "posting",
		NULL };
	static const char *const country[] = { "country", "kraj", "land", "pays", "pais",
		"paese", "zeme", "orszag", "maa", "ulke", "tara", "stat", NULL };
	const char *colon = strchr(s, ':');
	char key[24];

	if (colon == NULL || colon == s || (size_t)(colon - s) >= sizeof key || colon[1] != ' ')
		return 0;
	fold_key(s, (size_t)(colon - s), key, sizeof key);
	*value = colon + 2;
	return wordlist_has(city, key) ? 1 : wordlist_has(country, key) ? 2 : 0;
}

/* "Hours per week: 40", "Salary: $98,496 per year", "Supervisor: Karen
 * Liu, (210) 555-0199": a fact of the job a form prints among its header
 * lines, labelled with words that name neither employer nor title, its
 * value a figure or with a long number in it, or its label in small
 * words; no school nor degree named. */
/* "Industry : Hotel/Hospitality", "Position Level : Supervisor": the
 * labels a job board prints under a job, of no use. */
static int
fact_label(const char *s, size_t n)
{
	static const char *const labels[] = { "industry", "specialization", "specialisation",
		"position level", "job level", "career level", "employment type", "job type",
		"work type", "monthly salary", "salary", "annual salary", "sector",
		"job function", "functional area", "team size", "reporting to", "reports to",
		/* InfoJobs */
		"categoria", "nivel", "personal a cargo", NULL };
	char key[32];

	if (n >= sizeof key)
		return 0;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(labels, key);
}

int
roleline_fact(const char *s)
{
	const char *colon = strchr(s, ':'), *v;
	size_t digits = 0, run = 0;
	struct daterange r;
	char *g = NULL;

	/* "Duty station: Kigali": the job's place, no fact to pass over */
	if (roleline_place_label(s, &v) == 1)
		return 0;
	if (colon == NULL || colon == s || colon - s > 32 || colon[1] != ' ' ||
	    unlabel(s) != s || (!isupper((unsigned char)*s) && (unsigned char)*s < 0xe3) ||
	    strcspn(s, "0123456789|\t") < (size_t)(colon - s))
		return 0;
	v = colon + 2;
	if (fact_label(s, (size_t)(colon - s)))
		return 1;
	/* "Grade: 8.6", "GPA: 3.7/4.0": a school's grade is kept */
	if (eduscore_read(s, &g)) {
		free(g);
		return 0;
	}
	/* "HSE Supervisor: Mar 2021 – Date": a title and its dates */
	if (dateparse_find(v, strlen(v), &r))
		return 0;
	/* "Studia podyplomowe: Prawo pracy, Uniwersytet Jagielloński": a
	 * course of study and its school */
	if (role_school_score(v) > 0 || role_degree_score(s) > 0)
		return 0;
	/* a run of three digits or more: a phone, a sum; "Go 1.21" is none */
	for (const char *p = v; *p != '\0'; p++) {
		run = isdigit((unsigned char)*p) ? run + 1 : 0;
		digits = run > digits ? run : digits;
	}
	if (isdigit((unsigned char)*v) || *v == '$' || strncmp(v, "\xe2\x82\xac", 3) == 0 ||
	    strncmp(v, "\xc2\xa3", 2) == 0 || digits >= 3)
		return 1;
	for (const char *p = s; p < colon; p++)
		if (*p == ' ' && islower((unsigned char)p[1]))
			return 1;
	/* "事業内容: 物流倉庫の運営": a label in a script with no spaces */
	return (unsigned char)*s >= 0xe3 && colon - s <= 24;
}

const char *
roleline_unbullet(const char *s)
{
	static const char *const glyphs[] = { "\xc2\xbb", "\xe2\x80\xba", "\xe2\x96\xaa",
		"\xe2\x9e\xa2", "\xe2\x97\xa6", "\xe2\x80\x93", "\xe2\x80\xa2", "\xe2\x96\xba",
		"\xe2\x96\xb8", "\xe2\x80\xa3", "\xe2\x97\x8f", "\xe2\x96\xa0", "\xc2\xb7", "*",
		"-", NULL };
	size_t n = wordlist_prefix(glyphs, s);

	if (n == 0 || s[n] != ' ')
		return unlabel(s);
	s += n;
	while (*s == ' ')
		s++;
	return unlabel(s);
}

/* "Working as Lead Engineer in Cyient Ltd., Hyderabad from": the role and
 * the company of a sentence, as "Lead Engineer | Cyient Ltd., Hyderabad";
 * NULL when the line is no such sentence. */
char *
roleline_worked_as(const char *s)
{
	static const char *const lead[] = { "currently working as ", "presently working as ",
		"working as ", "worked as ", "employed as ", "work as ", NULL };
	static const char *const joins[] = { " in ", " at ", " with ", " for ", NULL };
	static const char *const tails[] = { " from", " since", " till", " to", " during", NULL };
	const char *t = NULL, *j = NULL;
	size_t n, jl = 0;
	char *out;

	/* "(Since Jul'19) with Vardhaman Autocomp Ltd., Pune as Senior
	 * Engineer – Production": the firm, then the role */
	s += strspn(s, " \t");
	if (strncasecmp(s, "with ", 5) == 0 && (j = strstr(s + 5, " as ")) != NULL &&
	    j > s + 5 && j[4] != '\0')
		return xprintf("%s | %.*s", j + 4, (int)(j - s - 5), s + 5);
	j = NULL;
	for (int i = 0; lead[i] != NULL && t == NULL; i++)
		if (strncasecmp(s, lead[i], strlen(lead[i])) == 0)
			t = s + strlen(lead[i]);
	for (int i = 0; t != NULL && joins[i] != NULL; i++) {
		const char *q = strstr(t, joins[i]);
		if (q != NULL && (j == NULL || q < j)) {
			j = q;
			jl = strlen(joins[i]);
		}
	}
	if (j == NULL)
		return NULL;
	out = xprintf("%.*s | %s", (int)(j - t), t, j + jl);
	n = strlen(out);
	for (int i = 0; tails[i] != NULL; i++) {
		size_t k = strlen(tails[i]);
		if (n > k && strcmp(out + n - k, tails[i]) == 0)
			out[n - k] = '\0';
	}
	return out;
}

/* Where the last title starts after a promotion mark, or NULL. */
static const char *
promotion(const char *s)
{
	static const char *const marks[] = { "promoted to ", "befordert zum ",
		"befordert zur ", "promu ", "promue ", "promovido a ", "promovida a ",
		"ascendido a ", "ascendida a ", "promosso a ", "promossa a ", NULL };
	/* ASCII arrows only: "QA Engineer → Release Manager" is written as
	 * one span of roles and kept whole */
	static const char *const arrows[] = { " -> ", " => ", " --> ", NULL };
	const char *at = NULL;

	for (int i = 0; arrows[i] != NULL; i++)
		for (const char *q = strstr(s, arrows[i]); q != NULL; q = strstr(q + 1, arrows[i]))
			if (role_title_score(q + strlen(arrows[i])) > 0)
				at = q + strlen(arrows[i]);
	if (at != NULL)
		return at;
	for (const char *p = s; *p != '\0'; p++) {
		char w[32];
		if (p > s && p[-1] != ' ' && p[-1] != '(')
			continue;
		size_t n;
		fold_into(p, strlen(p) < 24 ? strlen(p) : 24, w, sizeof w);
		if ((n = wordlist_prefix(marks, w)) == 0)
			continue;
		/* past the mark's words */
		for (size_t k = 0; k < n; k++)
			if (w[k] == ' ')
				p += strcspn(p, " ") + 1;
		return role_title_score(p) > 0 ? p : NULL;
	}
	return NULL;
}

/* "Software Engineer - incl. 6 months parental leave in 2020)": the rest
 * of a note in brackets the dates were cut out of. */
static void
note_rest_off(char *role)
{
	char *close = strrchr(role, ')'), *open = strrchr(role, '('), *cut = NULL;

	if (close == NULL || (open != NULL && open < close))
		return;
	for (char *p = role; p < close; p++)
		if (strncmp(p, " - ", 3) == 0 || strncmp(p, ", ", 2) == 0)
			cut = p;
	if (cut != NULL && cut > role)
		*cut = '\0';
}

/* Whether a note in brackets after a title tells the terms of the work
 * rather than the job: two notes ("part-time, 25 hrs/wk"), hours or
 * weeks counted ("24 weeks"), a pay grade's code ("GS-0346-12"), the
 * team's size. */
static int
terms_note(const char *s, size_t n)
{
	static const char *const units[] = { " hrs", " hours", " h/", " weeks", " wks",
		" months", " horas", " semanas", " stunden", " wochen", NULL };
	char *note = xstrndup(s, n);
	/* "(team of 5)": the team's size */
	int terms = strchr(note, ',') != NULL || strncmp(note, "team of ", 8) == 0;

	for (int i = 0; units[i] != NULL && !terms; i++) {
		const char *u = strstr(note, units[i]);
		terms = u != NULL && u > note && isdigit((unsigned char)u[-1]);
	}
	/* "GS-0346-12": letters, digits, digits */
	if (!terms) {
		size_t a = strspn(note, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), d;
		d = a > 0 && note[a] == '-' ? strspn(note + a + 1, "0123456789") : 0;
		terms = d > 0 && note[a + 1 + d] == '-' &&
		    isdigit((unsigned char)note[a + 2 + d]);
	}
	free(note);
	return terms;
}

/* "Office Coordinator (part-time, 25 hrs/wk)": the terms of the work in
 * brackets are no part of the title. */
static void
terms_off(char *role)
{
	size_t n = strlen(role);
	char *open = strrchr(role, '(');

	if (n < 4 || role[n - 1] != ')' || open == NULL || open == role || open[-1] != ' ' ||
	    strchr(open, ')') != role + n - 1 || !terms_note(open + 1, (size_t)(role + n - 2 - open)))
		return;
	open[-1] = '\0';
}

void
roleline_promoted(char *role)
{
	const char *at;
	size_t n;

	note_rest_off(role);
	terms_off(role);
	if ((at = promotion(role)) == NULL)
		return;
	memmove(role, at, strlen(at) + 1);
	n = strlen(role);
	/* "Cook (promoted to Lead Cook)" */
	if (n > 0 && role[n - 1] == ')' && strchr(role, '(') == NULL)
		role[--n] = '\0';
	while (n > 0 && strchr(" .,;", role[n - 1]) != NULL)
		role[--n] = '\0';
}

/* A firm's name: a legal form or an organisation's word, or a name and
 * its town ("Cervecería La Tapa, Murcia"). */
static int
firm_named(const struct ctx *c, const char *s)
{
	const char *comma = strrchr(s, ',');

	return role_company_score(s) > 0 ||
	    (comma != NULL && comma > s && role_place(c, comma + 1, NULL));
}

/* "Projektleiterin bei Continental AG": a title, a word for "at", a
 * firm's name; the words that also mean "in" need a firm after them. */
char *
roleline_at(const struct ctx *c, const char *s)
{
	static const struct {
		const char *w;
		int firm;
	} joins[] = { { " bei ", 0 }, { " chez ", 0 }, { " presso ", 0 }, { " bij ", 0 },
		{ " hos ", 0 }, { " en ", 1 }, { " em ", 1 }, { " w ", 1 }, { " na ", 1 },
		{ NULL, 0 } };

	for (int i = 0; joins[i].w != NULL; i++) {
		const char *q = strstr(s, joins[i].w), *r;
		char *left;
		int ok;
		if (q == NULL || q == s)
			continue;
		r = q + strlen(joins[i].w);
		if (!isupper((unsigned char)*r) && (unsigned char)*r < 0xc3)
			continue;
		left = xstrndup(s, (size_t)(q - s));
		ok = role_title_score(left) > role_company_score(left) &&
		    (!joins[i].firm || firm_named(c, r));
		free(left);
		if (ok)
			return xprintf("%.*s | %s", (int)(q - s), s, r);
	}
	return NULL;
}

int
roleline_numbered_head(const struct layout *L, size_t i, size_t to)
{
	const char *next;

	if (!(L->v[i].flags & MK_NUMBERED) || i + 1 >= to)
		return 0;
	next = L->v[i + 1].s;
	return strchr(next, ':') != NULL && roleline_unbullet(next) != next &&
	    !(L->v[i + 1].flags & (MK_BULLET | MK_NUMBERED));
}

size_t
roleline_earlier(const struct layout *L, size_t i, size_t to, struct strlist *pieces)
{
	static const char *const labels[] = { "earlier roles", "earlier career",
		"earlier experience", "earlier positions", "prior roles", "prior experience",
		"previous roles", "previous positions", "early career", "additional roles",
		"other roles", NULL };
	const char *s = L->v[i].s, *colon = strchr(s, ':');
	struct buf b = BUF_INIT;
	struct daterange r;
	size_t j = i, n;
	char key[40];

	if (colon == NULL || (size_t)(colon - s) >= sizeof key)
		return 0;
	fold_into(s, (size_t)(colon - s), key, sizeof key);
	if (!wordlist_has(labels, key))
		return 0;
	buf_adds(&b, colon + 1 + strspn(colon + 1, " "));
	/* the list wrapped: lines on to its full stop or a blank line */
	while (j + 1 < to && b.len > 0 && b.s[b.len - 1] != '.' &&
	    !(L->v[j + 1].flags & (LN_BLANK | MK_BULLET)) && j - i < 6) {
		buf_addc(&b, ' ');
		buf_adds(&b, L->v[++j].s);
	}
	for (char *p = b.s, *semi; p != NULL && *p != '\0'; p = semi) {
		if ((semi = strchr(p, ';')) != NULL)
			*semi++ = '\0';
		p += strspn(p, " ");
		n = strlen(p);
		while (n > 0 && (p[n - 1] == '.' || p[n - 1] == ' '))
			p[--n] = '\0';
		if (n > 0 && dateparse_find(p, n, &r))
			strlist_add(pieces, p);
	}
	buf_free(&b);
	if (pieces->n == 0)
		return 0;
	return j - i + 1;
}


size_t
roleline_title_lead(const char *s)
{
	size_t best = 0, at = 0, words = 0;

	if (strpbrk(s, ",|@(") != NULL || !isupper((unsigned char)s[0]))
		return 0;
	while (s[at] != '\0') {
		size_t n = strcspn(s + at, " "), rest = at + n + strspn(s + at + n, " ");
		char *word, *tail;
		int ok;
		words++;
		if (s[rest] == '\0')
			break;
		word = xstrndup(s + at, n);
		tail = xstrdup(s + rest);
		ok = words >= 1 && role_title_score(word) > 0 && isupper((unsigned char)*tail) &&
		    role_title_score(tail) == 0 && (role_company_score(tail) > 0 ||
		    lineword_count(tail) >= 2);
		free(word);
		free(tail);
		if (ok)
			best = rest;
		at = rest;
	}
	return best;
}

/* Whether the word s[0..n) is in capitals: letters, no small one. */
static int
caps_word(const char *s, size_t n)
{
	int letters = 0;

	for (size_t i = 0; i < n; i++) {
		if (fold_lower_at(s + i) || isdigit((unsigned char)s[i]))
			return 0;
		letters += isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0xc3;
	}
	return letters >= 2;	/* not an initial, "V." */
}

/* Whether the first word of s names a job. */
static int
title_first(const char *s)
{
	char *w = xstrndup(s, strcspn(s, " "));
	int t = role_title_score(w) > 0;

	free(w);
	return t;
}

size_t
roleline_caps_lead(const char *s)
{
	size_t at = 0, end = 0, last = 0, before = 0;
	int words = 0, roman = 0;
	char *run;
	int ok;

	while (s[at] != '\0') {
		size_t n = strcspn(s + at, " ");
		int dash;
		/* "(120 ORE, D.LGS. 81/2008)": a note in capitals goes with it */
		if (s[at] == '(' && words > 0 && strchr(s + at, ')') != NULL) {
			const char *close = strchr(s + at, ')');
			int lower = 0;
			for (const char *q = s + at; q < close; q++)
				lower |= fold_lower_at(q);
			if (lower)
				break;
			end = (size_t)(close + 1 - s);
			at = end + strspn(s + end, " ");
			continue;
		}
		dash = (n == 1 && s[at] == '-') || (n == 3 && strncmp(s + at, "\xe2\x80\x93", 3) == 0) ||
		    (n == 1 && (s[at] == '&' || s[at] == '/'));
		if (!dash && !caps_word(s + at, n))
			break;
		words += !dash;
		if (!dash) {
			before = end;
			last = at;
			end = at + n;
		}
		at += n + strspn(s + at + n, " ");
	}
	/* "MATURA, ... SMJER XV. gimnazija": a school's number in Roman
	 * figures opens its name */
	if (words >= 2 && fold_lower_at(s + at) && end - last >= 2 &&
	    strspn(s + last, "IVXLC") == end - last - 1 && s[end - 1] == '.') {
		at = last;
		end = before;
		words--;
		roman = 1;
	}
	/* what follows: a name in small letters after its capital, not the
	 * title the capitals qualify ("SAP FI/CO Consultant") */
	if (words == 0 || s[at] == '\0' || !isupper((unsigned char)s[at]) ||
	    (!roman && caps_word(s + at, strcspn(s + at, " "))) || title_first(s + at))
		return 0;
	run = xstrndup(s, end);
	ok = words >= 2 && (role_title_score(run) > 0 || role_degree_score(run) > 0) &&
	    role_company_score(run) == 0 && strlen(run) >= 4;
	free(run);
	return ok ? end : 0;
}

const char *
roleline_after_caps(const char *s)
{
	for (;;) {
		s += strspn(s, " ");
		if (*s == '-' || *s == '|')
			s++;
		else if (strncmp(s, "\xe2\x80\x93", 3) == 0 || strncmp(s, "\xe2\x80\x94", 3) == 0)
			s += 3;
		else
			return s;
	}
}
