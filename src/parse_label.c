/*
 * The headline: the line under the name that says what the person does,
 * without a label before it ("Position: ..."), the place it names ("Data
 * analyst based in Leeds") or the parts beside it that are a place, an
 * organisation or a link.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "homeplace.h"
#include "names.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

/* "Data analyst in Leeds", "an engineer based in Leeds": the headline,
 * and the place it names. */
/* "Stare civilă: căsătorită", "Clearance: Secret": a form's field of
 * one to three words, other than the headline's own (label_value). */
static int
form_field(const char *s)
{
	const char *colon = strchr(s, ':');
	int words = 1;

	if (colon == NULL || colon == s || colon - s > 30 || strchr(" \t", colon[1]) == NULL)
		return 0;
	for (const char *p = s; p < colon; p++)
		if (*p == ' ')
			words++;
		else if (isdigit((unsigned char)*p) || *p == '/' || *p == '|')
			return 0;
	return words <= 3;
}

/* "Marié, 3 enfants", "Single", "Casada": a marital status, a personal
 * fact beside the name, no headline. */
static int
marital(const char *s)
{
	static const char *const words[] = { "married", "single", "divorced", "widowed",
		"marie", "mariee", "celibataire", "divorcee", "veuf", "veuve", "casado",
		"casada", "soltero", "soltera", "solteiro", "solteira", "verheiratet", "ledig",
		"coniugato", "coniugata", "sposato", "sposata", "nubile", "celibe", NULL };
	char key[16];

	fold_key(s, strcspn(s, " ,;(/"), key, sizeof key);
	return wordlist_has(words, key);
}

/* "Sueldo deseado: $55,000 MXN", "Expected salary: ...": the pay asked,
 * beside the headline, no part of it. */
static int
salary_part(const char *s)
{
	static const char *const labels[] = { "salary", "expected salary", "desired salary",
		"salary expectation", "salary expectations", "current salary", "sueldo deseado",
		"sueldo", "salario", "salario deseado", "pretension salarial",
		"pretensao salarial", "gehaltsvorstellung", "pretentions salariales",
		"remuneration souhaitee", "ral", NULL };
	const char *colon = strchr(s, ':');
	char key[40];

	if (colon == NULL || (size_t)(colon - s) >= sizeof key)
		return 0;
	fold_key(s, (size_t)(colon - s), key, sizeof key);
	return wordlist_has(labels, key);
}

/* "Position: Senior Engineer": the headline without its label. */
static const char *
label_value(const char *s)
{
	static const char *const labels[] = { "position", "title", "job title", "headline",
		"current position", "current role", "role", "designation", NULL };
	const char *colon = strchr(s, ':');
	char key[32];

	if (colon == NULL || colon - s > 20)
		return s;
	fold_key(s, (size_t)(colon - s), key, sizeof key);
	for (int i = 0; labels[i] != NULL; i++)
		if (strcmp(key, labels[i]) == 0)
			return colon + 1 + strspn(colon + 1, " ");
	return s;
}

int
parse_fact_label(const char *s)
{
	return label_value(s) == s && form_field(s);
}

/* A word of credentials: "BCPS", "CCRN", "registered", "(Hons)". */
static int
credential_word(const char *orig, const char *w)
{
	static const char *const words[] = { "acca", "accredited", "bcps", "ccrn", "ceng",
		"certified", "cfa", "chartered", "cima", "cisa", "cism", "cissp", "cma", "cpa",
		"cscp", "fca", "frcs", "hons", "honours", "licensed", "lpn", "mrcp", "np", "pe",
		"peng", "pharmd", "phr", "pmp", "qualified", "registered", "rn", "sphr", NULL };

	char bare[24];
	size_t n = strlen(orig);

	if (wordlist_has(words, w) || role_degree_score(orig) > 0)
		return 1;
	/* "B.Ed.": the list has "b.ed" */
	if (n < 2 || n >= sizeof bare || orig[n - 1] != '.')
		return 0;
	memcpy(bare, orig, n - 1);
	bare[n - 1] = '\0';
	return role_degree_score(bare) > 0;
}

/* "B.Ed · QCT registered", "BCPS": a part of nothing but credentials,
 * known ones and capitals, one known at least. */
static int
credentials(const char *s)
{
	int known = 0;

	while (*s != '\0') {
		size_t n, caps = 0;
		char w[24], o[24];
		s += strspn(s, " ,/()&+");
		if ((n = strcspn(s, " ,/()&+")) == 0)
			break;
		for (size_t i = 0; i < n; i++)
			caps += isupper((unsigned char)s[i]) != 0;
		fold_key(s, n, w, sizeof w);
		memcpy(o, s, n < sizeof o ? n : sizeof o - 1);
		o[n < sizeof o ? n : sizeof o - 1] = '\0';
		if (n < sizeof w && credential_word(o, w))
			known++;
		else if (caps < 2 || caps * 2 < n)
			return 0;
		s += n;
	}
	return known > 0;
}

/* "14 years GCC experience", "10+ yrs", "15 ans d'expérience": a claim
 * of experience, a number of years. */
static int
experience_claim(const char *s)
{
	static const char *const units[] = { "years", "year", "yrs", "yr", "ans", "anos",
		"anni", "jahre", "jaar", "jahren", "ar", "vuotta", "let", "lat", "yil", NULL };

	while ((s = strpbrk(s, "0123456789")) != NULL) {
		size_t n;
		char w[16];
		s += strspn(s, "0123456789");
		s += strspn(s, "+ ");
		n = strcspn(s, " ,.");
		fold_key(s, n, w, sizeof w);
		if (n > 0 && n < sizeof w && wordlist_has(units, w))
			return 1;
	}
	return 0;
}

/* "Director of Engineering · Eindhoven, the Netherlands", "Assistant
 * Professor — University of Amsterdam": the one part that is the job,
 * when the others are a place or an organisation; NULL if none. */
static char *
label_part(struct ctx *c, const char *s)
{
	struct strlist parts = STRLIST_INIT;
	char *keep = NULL;
	int kept = 0;

	role_parts(s, &parts);
	for (size_t i = 0; i < parts.n && parts.n >= 2; i++) {
		struct location loc;
		memset(&loc, 0, sizeof loc);
		if (i > 0 && (role_place(c, parts.v[i], &loc) ||
		    (i + 1 == parts.n && homeplace_town(c, parts.v[i], &loc)))) {
			if (c->p->basics.location.city == NULL &&
			    c->p->basics.location.country_code == NULL)
				c->p->basics.location = loc;
			else
				record_free(&loc, profile_location_fields, profile_nlocation_fields);
			continue;
		}
		/* "UX / UI / Design Systems": a list of fields is no employer */
		if (i > 0 && role_title_score(parts.v[0]) > 0 && role_title_score(parts.v[i]) == 0 &&
		    (role_company_score(parts.v[i]) > 0 || role_school_score(parts.v[i]) > 0) &&
		    strstr(parts.v[i], " / ") == NULL)
			continue;
		/* "· B.Ed · QCT registered", "– 14 years experience" */
		if (i > 0 && (credentials(parts.v[i]) || experience_claim(parts.v[i])))
			continue;
		/* a link or an address beside it: a contact detail */
		if (i > 0 && strchr(parts.v[i], ' ') == NULL && strchr(parts.v[i], '.') != NULL) {
			parse_contact(c, parts.v[i]);
			continue;
		}
		kept++;
		if (keep == NULL)
			keep = xstrdup(parts.v[i]);
	}
	strlist_clear(&parts);
	if (kept != 1) {
		free(keep);
		return NULL;
	}
	return keep;
}

/* "Senior Data Engineer, Leeds, West Yorkshire": a job, then after a
 * comma the place, which goes to the location; the job, or NULL. */
/* The job of "<job> <town>, <region or country>", head the part before
 * the comma: the town a word or two, a city known; the place into *loc
 * and the person's, the job returned; NULL if not so. */
static char *
town_before(struct ctx *c, const char *s, const char *head, struct location *loc)
{
	const char *sp = head + strlen(head);
	char cc[3];

	for (int words = 1; words <= 2; words++) {
		while (sp > head && sp[-1] != ' ')
			sp--;
		if (sp <= head + 1)
			return NULL;
		sp--;	/* the space before the town */
		char *job = xstrndup(head, (size_t)(sp - head));
		memset(loc, 0, sizeof *loc);
		if (role_title_score(job) > 0 && strpbrk(job, "|\xc2\xe2,") == NULL &&
		    lexicon_place(c->lx, sp + 1, strlen(sp + 1), PLACE_CITY, cc) &&
		    role_place(c, s + (sp + 1 - head), loc) && loc->city != NULL) {
			if (c->p->basics.location.city == NULL &&
			    c->p->basics.location.country_code == NULL)
				c->p->basics.location = *loc;
			else
				record_free(loc, profile_location_fields, profile_nlocation_fields);
			return job;
		}
		record_free(loc, profile_location_fields, profile_nlocation_fields);
		free(job);
	}
	return NULL;
}

static char *
place_after(struct ctx *c, const char *s)
{
	struct location loc;
	char *job;

	for (const char *comma = strstr(s, ", "); comma != NULL; comma = strstr(comma + 1, ", ")) {
		char *head = xstrndup(s, (size_t)(comma - s));
		memset(&loc, 0, sizeof loc);
		/* "Product Marketing Manager Nairobi, Kenya": the town before
		 * the comma, no separator after the job */
		if ((job = town_before(c, s, head, &loc)) != NULL) {
			free(head);
			return job;
		}
		if (role_title_score(head) > 0 && strpbrk(head, "|\xc2\xe2") == NULL &&
		    role_place(c, comma + 2, &loc) && loc.city != NULL) {
			if (c->p->basics.location.city == NULL &&
			    c->p->basics.location.country_code == NULL)
				c->p->basics.location = loc;
			else
				record_free(&loc, profile_location_fields, profile_nlocation_fields);
			return head;
		}
		record_free(&loc, profile_location_fields, profile_nlocation_fields);
		free(head);
	}
	return NULL;
}

/* "Головний бухгалтер, 30 000 грн", "Программист, 150 000 ₽": a job
 * board's headline with the pay asked after a comma; the title before
 * it, or NULL. */
static char *
pay_after(const char *s)
{
	static const char *const units[] = { "грн", "грн.", "руб", "руб.", "₽", "uah", "rub",
		"usd", "eur", "pln", "zł", "zl", "kzt", "byn", "тг", "$", "€", NULL };
	const char *comma = strstr(s, ", "), *p, *unit;
	char key[16];

	if (comma == NULL || comma == s)
		return NULL;
	p = comma + 2;
	if (*p == '$' || strncmp(p, "\xe2\x82\xac", 3) == 0)
		p += *p == '$' ? 1 : 3;
	if (!isdigit((unsigned char)*p))
		return NULL;
	while (isdigit((unsigned char)*p) || *p == ' ' || *p == '.' || *p == ',' ||
	    strncmp(p, "\xc2\xa0", 2) == 0)
		p += strncmp(p, "\xc2\xa0", 2) == 0 ? 2 : 1;
	unit = p;
	if (*unit != '\0' && strlen(unit) < sizeof key) {
		fold_key(unit, strlen(unit), key, sizeof key);
		if (!wordlist_has(units, key) && !wordlist_has(units, unit))
			return NULL;
	} else if (*unit != '\0' || p == comma + 2)
		return NULL;
	return xstrndup(s, (size_t)(comma - s));
}

/* "Serge DOUMTANGAR NGARMADJI" over a form's "Nom et prénom :
 * DOUMTANGAR NGARMADJI Serge": the name's words in another order. */
static int
name_again(const char *name, const char *s)
{
	char a[128], b[128], *w, *save = NULL;
	size_t words = 0;

	if (name == NULL || strlen(s) >= sizeof b || strlen(name) >= sizeof a)
		return 0;
	fold_key(name, strlen(name), a, sizeof a);
	fold_key(s, strlen(s), b, sizeof b);
	if (strlen(a) != strlen(b))
		return 0;
	for (w = strtok_r(b, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save), words++) {
		char *at = strstr(a, w);
		size_t n = strlen(w);
		if (at == NULL || (at > a && at[-1] != ' ') || (at[n] != ' ' && at[n] != '\0'))
			return 0;
		memset(at, '#', n);
	}
	return words >= 2;
}

void
parse_label(struct ctx *c, const char *s)
{
	const char *in = NULL;
	struct location loc;
	size_t end;
	char *part;

	if (label_value(s) == s && form_field(s))
		return;
	/* "B.Sc. (Hons), M.Sc., PMP" under the name: letters after it,
	 * no headline */
	if (salary_part(s) || marital(s) || credentials(s))
		return;
	if (name_again(c->p->basics.name, s)) {
		char *name = names_case(s);	/* the order it is written in */
		profile_set(&c->p->basics.name, name);
		free(name);
		return;
	}
	s = label_value(s);
	/* "[Foto]" beside the name; "(Mobile)" left of a phone's label */
	if (role_noise(s) || (s[0] == '(' && s[strlen(s) - 1] == ')'))
		return;
	end = strlen(s);
	/* "Director · Eindhoven ·": a separator left at the end */
	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '|' ||
	    (end >= 2 && memcmp(s + end - 2, "\xc2\xb7", 2) == 0)))
		end -= s[end - 1] == ' ' || s[end - 1] == '|' ? 1 : 2;
	if (s[end] != '\0') {
		part = xstrndup(s, end);
		parse_label(c, part);
		free(part);
		return;
	}
	if ((part = pay_after(s)) != NULL) {
		parse_label(c, part);
		free(part);
		return;
	}
	if ((part = place_after(c, s)) != NULL) {
		parse_label(c, part);
		free(part);
		return;
	}
	if ((part = label_part(c, s)) != NULL) {
		parse_label(c, part);
		free(part);
		return;
	}
	for (const char *q = strstr(s, " in "); q != NULL; q = strstr(q + 1, " in "))
		in = q;
	memset(&loc, 0, sizeof loc);
	if (in == NULL || in == s || !role_place(c, in + 4, &loc)) {
		profile_set(&c->p->basics.label, s);
		return;
	}
	end = (size_t)(in - s);
	if (end >= 6 && strncmp(in - 6, " based", 6) == 0)
		end -= 6;
	profile_setn(&c->p->basics.label, s, end);
	if (c->p->basics.location.city == NULL && c->p->basics.location.country_code == NULL)
		c->p->basics.location = loc;
	else
		record_free(&loc, profile_location_fields, profile_nlocation_fields);
}

/* The longest piece of w[0..n) from its start (from_end: from its end),
 * of three letters or more, that is a word of job titles (head: one that
 * ends a title); its length. */
static size_t
title_piece(const char *w, size_t n, int from_end, int head)
{
	char piece[32];

	for (size_t k = n < sizeof piece - 1 ? n : sizeof piece - 1; k >= 3; k--) {
		memcpy(piece, from_end ? w + n - k : w, k);
		piece[k] = '\0';
		if (role_word(piece) && (!head || role_title_score(piece) > 0))
			return k;
	}
	return 0;
}

char *
parse_label_unglue(const char *word)
{
	char key[64];
	size_t n, tail, at = 0;
	struct buf out = BUF_INIT;

	if (strlen(word) < 10 || strchr(word, ' ') != NULL)
		return NULL;
	fold_key(word, strlen(word), key, sizeof key);
	n = strlen(key);
	if (n != strlen(word) || strchr(key, ' ') != NULL ||
	    (tail = title_piece(key, n, 1, 1)) == 0 || tail == n)
		return NULL;
	for (size_t k; at < n - tail && (k = title_piece(key + at, n - tail - at, 0, 0)) > 0;
	    at += k)
		buf_addf(&out, "%s%c%.*s", out.len > 0 ? " " : "", toupper((unsigned char)key[at]),
		    (int)k - 1, key + at + 1);
	/* one word the tables do not know may stand between ("data") */
	if (at < n - tail) {
		if (n - tail - at < 3) {
			buf_free(&out);
			return NULL;
		}
		buf_addf(&out, "%s%c%.*s", out.len > 0 ? " " : "", toupper((unsigned char)key[at]),
		    (int)(n - tail - at) - 1, key + at + 1);
	}
	buf_addf(&out, " %c%s", toupper((unsigned char)key[n - tail]), key + n - tail + 1);
	return buf_detach(&out);
}

/* "PRODUCT" over "DESIGNER": a letter-spaced headline pdftotext cut at
 * its wide gap, one word over the one that makes it a job. */
static int
split_title(const char *label, const struct line *next)
{
	char *joined;
	int ok;

	if (strchr(label, ' ') != NULL || strchr(next->s, ' ') != NULL ||
	    !parse_all_caps(label) || !parse_all_caps(next->s) || role_title_score(next->s) == 0)
		return 0;
	joined = xprintf("%s %s", label, next->s);
	ok = role_title_score(joined) > role_title_score(label);
	free(joined);
	return ok;
}

/* "Product Manager senior –" over "Plateformes B2B", "Head of Data (Head
 * of" over "Data)": a headline that stops short goes on on the next
 * line, when that line is a few words and no contact detail. */
int
parse_label_wrapped(struct ctx *c, const struct line *next)
{
	char *label = c->p->basics.label, *joined;
	size_t n = strlen(label), words = 1;
	int open = 0;

	if (n == 0)
		return 0;
	if (split_title(label, next)) {
		joined = xprintf("%s %s", label, next->s);
		profile_set(&c->p->basics.label, joined);
		free(joined);
		return 1;
	}
	for (const char *q = label; *q != '\0'; q++)
		open += (*q == '(') - (*q == ')');
	for (const char *q = next->s; *q != '\0'; q++)
		words += *q == ' ';
	/* "... | Canal" over "Moderno y Tradicional | Key Account ...":
	 * a profile's headline of parts wrapped in a narrow column */
	if (strstr(label, " | ") != NULL && (strstr(next->s, " | ") != NULL ||
	    fold_lower_at(next->s)) && words <= 12 && strlen(label) < 200)
		open = 1;
	if (!(open > 0 || label[n - 1] == '&' || label[n - 1] == '/' || label[n - 1] == ',' ||
	    (n >= 2 && label[n - 1] == '-' && label[n - 2] == ' ') ||
	    (n >= 4 && strcmp(label + n - 4, " \xe2\x80\x93") == 0) ||
	    (n >= 4 && strcmp(label + n - 4, " \xe2\x80\x94") == 0)))
		return 0;
	if (next->s[0] == '\0' || (words > 6 && strstr(label, " | ") == NULL) ||
	    (next->flags & (MK_BULLET | LN_BLANK)) ||
	    parse_has_contact(c, next->s) || role_place(c, next->s, NULL))
		return 0;
	joined = xprintf("%s %s", label, next->s);
	profile_set(&c->p->basics.label, joined);
	free(joined);
	return 1;
}

/* "Желаемая должность и зарплата" over "Руководитель проектов", "Desired
 * position" over its title: the job the person wants is the headline,
 * whatever line near the name was taken for one.  Whether sec was so. */
/* "180 000 ₽ на руки", "2 000 EUR": a sum, a date, a number; not the
 * "1С" of "Программист 1С". */
static int
figures(const char *s)
{
	if (isdigit((unsigned char)s[0]))
		return 1;
	for (; *s != '\0'; s++)
		if (isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]))
			return 1;
	return 0;
}

int
parse_label_wanted(struct ctx *c, const struct sect *sec)
{
	static const char *const titles[] = { "бажана посада", "desired position",
		"желаемая должность", "желаемая должность и зарплата", "position sought",
		"poste recherche", "puesto deseado", "target position", "wunschposition", NULL };
	char key[64];

	if (sec->title == NULL || strlen(sec->title) >= sizeof key)
		return 0;
	fold_key(sec->title, strlen(sec->title), key, sizeof key);
	if (!wordlist_has(titles, key))
		return 0;
	for (size_t i = sec->from; i < sec->to; i++) {
		const char *s = c->L->v[i].s;
		if (s[0] == '\0')
			continue;
		if (strlen(s) > 80 || strpbrk(s, ":@") != NULL || figures(s))
			return 0;
		free(c->p->basics.label);
		c->p->basics.label = NULL;
		profile_set(&c->p->basics.label, s);
		return 1;
	}
	return 0;
}
