/*
 * The person: name, headline, contact details, place and summary, from the
 * lines before the first section and the contact section; email, phone and
 * links are looked for everywhere when those lines lack them.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "contact.h"
#include "dateparse.h"
#include "fold.h"
#include "homeplace.h"
#include "names.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

/* "13 yrs 10 mos experience": the stated total, cut out of the line. */
static void
stated(struct profile *p, char *s)
{
	size_t from, to;
	int months = dateparse_duration(s, strlen(s), &from, &to);
	char key[16];

	if (months < 0)
		return;
	fold_key(s + to, strlen(s + to), key, sizeof key);
	if (strncmp(key, "experience", 10) != 0 && strncmp(key, "of experience", 13) != 0)
		return;
	p->stated_months = months;
	s[from] = '\0';
}

/* "Wohnort: München", "Location: Leeds, UK": the value of a label. */
static const char *
unlabelled(const char *s)
{
	const char *colon = strchr(s, ':');

	if (colon == NULL || colon - s > 20 || colon[1] != ' ' || strncmp(s, "http", 4) == 0)
		return s;
	for (const char *p = s; p < colon; p++)
		if (*p == ' ' && p + 1 < colon && p[1] == ' ')
			return s;
	return colon + 2;
}

static int contact_line(struct ctx *, const char *);

/* A headline is short and no sentence: "Data engineer", not "Currently a
 * data engineer in Trondheim, building ...". */
static int
headline(const char *s)
{
	int words = 0;
	size_t n = strlen(s);

	for (const char *q = s; *q != '\0'; q++)
		words += *q != ' ' && (q[1] == ' ' || q[1] == '\0');
	return words <= 8 && n > 0 && s[n - 1] != '.';
}

static int
contact_line(struct ctx *c, const char *s)
{
	struct profile *p = c->p;
	struct strlist parts = STRLIST_INIT;
	int any = 0;

	any |= strchr(s, '@') != NULL;
	contact_email(p, s);
	contact_phone(p, s);
	contact_urls(p, s);
	role_parts(s, &parts);
	for (size_t i = 0; i < parts.n; i++) {
		const char *q = unlabelled(parts.v[i]);
		struct location loc;
		if (strpbrk(q, "@0123456789") != NULL || contact_network(q)) {
			if (strchr(q, '@') == NULL && p->basics.location.city == NULL &&
			    homeplace_address(c, q, &loc)) {
				record_free(&p->basics.location, profile_location_fields,
				    profile_nlocation_fields);
				p->basics.location = loc;
			}
			any = 1;
			continue;
		}
		if (p->basics.name != NULL && p->basics.label == NULL && role_title_score(q) > 0 &&
		    !role_place(c, q, NULL) && strchr(q, ':') == NULL && headline(q)) {
			parse_label(c, q);
			continue;
		}
		memset(&loc, 0, sizeof loc);
		if (homeplace_find(c, q, &loc)) {
			if (p->basics.location.city == NULL && p->basics.location.country_code == NULL)
				p->basics.location = loc;
			else
				record_free(&loc, profile_location_fields, profile_nlocation_fields);
			any = 1;
		}
	}
	strlist_clear(&parts);
	return any || strstr(s, "http") != NULL || strstr(s, "www.") != NULL ||
	    strstr(s, ".com/") != NULL;
}

void
parse_contact(struct ctx *c, const char *s)
{
	contact_line(c, s);
}

static void
summary_add(struct profile *p, const char *s)
{
	char *t;

	if (p->basics.summary == NULL) {
		profile_set(&p->basics.summary, s);
		return;
	}
	t = xprintf("%s %s", p->basics.summary, s);
	profile_set(&p->basics.summary, t);
	free(t);
}

/* The name of a bulleted line must be a stronger one: two words or more,
 * neither a place nor a skill ("- Berlin", "- Python"). */
static int
bulleted_name(const struct ctx *c, const char *s)
{
	return strchr(s, ' ') != NULL && !role_place(c, s, NULL) &&
	    !lexicon_skill(c->lx, s, strlen(s));
}

static void
name_set(struct ctx *c, const char *s)
{
	char *n = names_case(s);

	profile_set(&c->p->basics.name, n);
	free(n);
}

/* A line that gives the name: "Name: ...", a greeting, or the name itself,
 * perhaps with the headline beside it. */
static int
name_line(struct ctx *c, const char *s, unsigned flags)
{
	struct strlist parts = STRLIST_INIT;
	char *n;
	int ok = 0;

	if ((n = names_label(s)) != NULL) {
		name_set(c, n);
		free(n);
		return 1;
	}
	if ((n = names_greeting(s)) != NULL) {
		parse_greeting(c, s, n);
		free(n);
		return 1;
	}
	role_parts(s, &parts);
	/* "CV — Ngozi Adeyemi": the title of the page, then the name */
	if (parts.n > 1 && names_title_line(parts.v[0]))
		strlist_remove(&parts, 0);
	if (parts.n > 0 && names_like(parts.v[0]) && role_title_score(parts.v[0]) == 0 &&
	    role_school_score(parts.v[0]) == 0 &&
	    (!(flags & (MK_BULLET | MK_NUMBERED)) || bulleted_name(c, parts.v[0]))) {
		name_set(c, parts.v[0]);
		if (parts.n > 1 && strpbrk(parts.v[1], "@0123456789") == NULL &&
		    !role_place(c, parts.v[1], NULL) && !names_title_line(parts.v[1]))
			parse_label(c, parts.v[1]);
		for (size_t i = 1; i < parts.n; i++)
			contact_line(c, parts.v[i]);
		ok = 1;
	}
	strlist_clear(&parts);
	return ok;
}

static int
all_caps_word(const char *s)
{
	int upper = 0;

	for (; *s != '\0'; s++) {
		if (islower((unsigned char)*s))
			return 0;
		upper |= isupper((unsigned char)*s);
	}
	return upper;
}

/* "Élodie" over "MARCHAND", "Jan Willem" over "DE VRIES": the rest of a
 * name a designed page set on the next line. */
static int
surname_line(const struct ctx *c, const struct line *l)
{
	const char *name = c->p->basics.name;
	struct heading_hit hit;
	int words = 1, named = 1;

	for (const char *q = name; *q != '\0'; q++)
		named += *q == ' ';
	for (const char *q = l->s; *q != '\0'; q++) {
		if (*q == ' ')
			words++;
		else if (strchr("@0123456789/:|,.()", *q) != NULL)
			return 0;
	}
	/* after a first name alone; after more, only a surname in capitals */
	if (words > 2 || (named > 1 && (words > 1 || !all_caps_word(l->s) ||
	    (l->flags & LN_BLANK))) || (l->flags & (MK_BULLET | MK_NUMBERED)))
		return 0;
	return names_like(l->s) && !names_title_line(l->s) && role_title_score(l->s) == 0 &&
	    role_company_score(l->s) == 0 && role_school_score(l->s) == 0 &&
	    !role_place(c, l->s, NULL) && !lexicon_skill(c->lx, l->s, strlen(l->s)) &&
	    !heading_match(&c->lx->headings, l, &hit);
}

/* "Arjun Nair · Principal Engineer": the name again, the headline after. */
static int
name_again(struct ctx *c, const char *s)
{
	struct strlist parts = STRLIST_INIT;
	size_t n = strlen(c->p->basics.name);
	int again;

	role_parts(s, &parts);
	/* "Hi, I'm Rohan" then "Rohan Kapoor — MS CS": the whole name */
	if (parts.n > 1 && strchr(c->p->basics.name, ' ') == NULL &&
	    strncmp(parts.v[0], c->p->basics.name, n) == 0 && parts.v[0][n] == ' ' &&
	    names_like(parts.v[0]) && role_title_score(parts.v[0]) == 0)
		name_set(c, parts.v[0]);
	again = parts.n > 1 && names_same(c->p->basics.name, parts.v[0]);
	for (size_t i = 1; again && i < parts.n; i++)
		if (c->p->basics.label == NULL && role_title_score(parts.v[i]) > 0 &&
		    strpbrk(parts.v[i], "@0123456789") == NULL)
			parse_label(c, parts.v[i]);
		else
			contact_line(c, parts.v[i]);
	strlist_clear(&parts);
	return again;
}

/* Whether s holds an email, a phone, a link or a place. */
static int
has_contact(const struct ctx *c, const char *s)
{
	struct strlist parts = STRLIST_INIT;
	int any = strchr(s, '@') != NULL || strstr(s, "http") != NULL ||
	    strstr(s, "www.") != NULL || strstr(s, ".com/") != NULL;

	role_parts(s, &parts);
	for (size_t i = 0; i < parts.n && !any; i++) {
		const char *q = unlabelled(parts.v[i]);
		size_t digits = 0;
		for (const char *d = q; *d != '\0'; d++)
			digits += isdigit((unsigned char)*d) != 0;
		any = digits >= 7 || contact_network(q) || homeplace_find(c, q, NULL) ||
		    q != parts.v[i];
	}
	strlist_clear(&parts);
	return any;
}

/* "Application security engineer in Accra, Ghana. I break web apps for a
 * living.": a first sentence that is a job and a place is the headline,
 * the rest the summary or contact details. */
static int
headline_sentence(struct ctx *c, const char *s)
{
	const char *stop = strstr(s, ". ");
	char *first;
	int words = 1, ok;

	if (stop == NULL || !isupper((unsigned char)*s))
		return 0;
	for (const char *q = s; q < stop; q++)
		words += *q == ' ';
	first = xstrndup(s, (size_t)(stop - s));
	ok = words <= 8 && strstr(first, " in ") != NULL && role_title_score(first) > 0;
	if (ok) {
		/* a headline already read stays */
		char *had = c->p->basics.label != NULL ? xstrdup(c->p->basics.label) : NULL;
		parse_label(c, first);
		ok = c->p->basics.location.city != NULL;
		if (had != NULL || !ok)
			profile_set(&c->p->basics.label, had);
		free(had);
	}
	free(first);
	if (ok && !contact_line(c, stop + 2))
		summary_add(c->p, stop + 2);
	return ok;
}

/* "Authorized to work in the US for any employer", "Willing to relocate:
 * Anywhere": what job boards print under the name about the right to
 * work and moving, neither headline nor place. */
static int
standing_line(const char *s)
{
	static const char *const leads[] = { "authorized to work", "authorised to work",
		"eligible to work", "legally authorized", "work authorization",
		"work authorisation", "willing to relocate", "open to relocation",
		"available to start", "available immediately", "notice period", "visa status",
		"requires sponsorship", "sponsorship required", NULL };
	char key[32];

	fold_key(s, strlen(s), key, sizeof key);
	return wordlist_prefix(leads, key) > 0;
}

static void
top_line(struct ctx *c, const struct line *l)
{
	struct profile *p = c->p;
	char *s = xstrdup(l->s);
	int contact, nwords = 0;
	size_t site = 0;

	stated(p, s);
	for (const char *q = s; *q != '\0'; q++)
		nwords += *q != ' ' && (q[1] == ' ' || q[1] == '\0');
	if (s[0] == '\0' || names_title_line(s) || role_noise(s) || standing_line(s) ||
	    (names_chrome(s, &site) && (site == 0 || p->basics.name != NULL))) {
		free(s);
		return;
	}
	if (site > 0)
		s[site] = '\0';
	if (p->basics.name == NULL && name_line(c, s, l->flags)) {
		free(s);
		return;
	}
	if (p->basics.name != NULL && names_same(p->basics.name, s)) {
		free(s);
		return;
	}
	if (p->basics.name != NULL && name_again(c, s)) {
		free(s);
		return;
	}
	if (p->basics.name != NULL && (p->basics.label == NULL ||
	    p->basics.location.city == NULL) && headline_sentence(c, s)) {
		free(s);
		return;
	}
	/* "UX Researcher based in Porto, Portugal.": a short line's full stop */
	if (nwords <= 8 && isupper((unsigned char)s[0]) && !(l->flags & MK_BULLET) &&
	    s[strlen(s) - 1] == '.' && strchr(s, '.') == s + strlen(s) - 1)
		s[strlen(s) - 1] = '\0';
	/* a line with no contact detail in it is the headline, whole */
	if (p->basics.name != NULL && p->basics.label == NULL && nwords <= 12 &&
	    !(l->flags & MK_BULLET) && s[strlen(s) - 1] != '.' && !has_contact(c, s)) {
		parse_label(c, s);
		free(s);
		return;
	}
	contact = contact_line(c, s);
	if (!contact && nwords > 10 && !(l->flags & MK_BULLET))
		summary_add(p, s);
	free(s);
}

/* "Product Manager senior –" over "Plateformes B2B", "Head of Data (Head
 * of" over "Data)": a headline that stops short goes on on the next
 * line, when that line is a few words and no contact detail. */
static int
label_wrapped(struct ctx *c, const struct line *next)
{
	char *label = c->p->basics.label, *joined;
	size_t n = strlen(label), words = 1;
	int open = 0;

	if (n == 0)
		return 0;
	for (const char *q = label; *q != '\0'; q++)
		open += (*q == '(') - (*q == ')');
	for (const char *q = next->s; *q != '\0'; q++)
		words += *q == ' ';
	if (!(open > 0 || label[n - 1] == '&' || label[n - 1] == '/' || label[n - 1] == ',' ||
	    (n >= 2 && label[n - 1] == '-' && label[n - 2] == ' ') ||
	    (n >= 4 && strcmp(label + n - 4, " \xe2\x80\x93") == 0) ||
	    (n >= 4 && strcmp(label + n - 4, " \xe2\x80\x94") == 0)))
		return 0;
	if (next->s[0] == '\0' || words > 6 || (next->flags & (MK_BULLET | LN_BLANK)) ||
	    has_contact(c, next->s) || role_place(c, next->s, NULL))
		return 0;
	joined = xprintf("%s %s", label, next->s);
	profile_set(&c->p->basics.label, joined);
	free(joined);
	return 1;
}

void
parse_basics(struct ctx *c, const struct sect *top, const struct sect *contact)
{
	struct profile *p = c->p;

	for (size_t i = top->from; i < top->to; i++) {
		int had = p->basics.name != NULL, labelled = p->basics.label != NULL;
		top_line(c, &c->L->v[i]);
		if (!labelled && p->basics.label != NULL && i + 1 < top->to &&
		    label_wrapped(c, &c->L->v[i + 1]))
			i++;
		if (!had && p->basics.name != NULL && i + 1 < top->to &&
		    surname_line(c, &c->L->v[i + 1])) {
			char *sur = names_case(c->L->v[i + 1].s);
			char *full = xprintf("%s %s", p->basics.name, sur);
			profile_set(&p->basics.name, full);
			free(full);
			free(sur);
			i++;
		}
	}
	for (size_t i = contact != NULL ? contact->from : 0;
	    contact != NULL && i < contact->to; i++)
		contact_line(c, c->L->v[i].s);
	for (size_t i = 0; i < c->L->n && p->basics.email == NULL; i++)
		contact_email(p, c->L->v[i].s);
	for (size_t i = 0; i < c->L->urls.n; i++)
		contact_url(p, c->L->urls.v[i], strlen(c->L->urls.v[i]));
	if (p->basics.email != NULL && p->basics.url != NULL &&
	    strncmp(p->basics.url, "mailto:", 7) == 0)
		profile_set(&p->basics.url, NULL);
}

void
parse_summary(struct ctx *c, const struct sect *sec)
{
	char *s;

	if (sec->from >= sec->to)
		return;
	s = parse_join(c, sec->from, sec->to, " ");
	if (c->p->basics.summary == NULL || strlen(s) > strlen(c->p->basics.summary))
		profile_set(&c->p->basics.summary, s);
	free(s);
}

/* A line after which the identity block goes on: a headline or a place. */
static int
identity_next(const struct ctx *c, const char *s)
{
	return role_title_score(s) > 0 || strchr(s, '|') != NULL || strchr(s, '@') != NULL ||
	    role_place(c, s, NULL);
}

/*
 * LinkedIn's PDFs put a sidebar (contact, skills, languages) before the
 * name.  When no name came before the first heading, the first name-like
 * line followed by a headline or a place is the person; those lines are
 * read as the top and taken out of the section they fell in.
 */
void
parse_identity(struct ctx *c)
{
	for (size_t i = 0; i + 1 < c->L->n && c->p->basics.name == NULL; i++) {
		struct line *l = &c->L->v[i];
		struct heading_hit hit;
		size_t end = i + 1;
		if ((l->flags & (MK_BULLET | MK_NUMBERED)) || !names_like(l->s) ||
		    strchr(l->s, ' ') == NULL || heading_match(&c->lx->headings, l, &hit) ||
		    role_title_score(l->s) > 0 || lexicon_skill(c->lx, l->s, strlen(l->s)) ||
		    role_place(c, l->s, NULL) || !identity_next(c, c->L->v[i + 1].s))
			continue;
		while (end < c->L->n && end < i + 4 && !(c->L->v[end].flags & LN_BLANK) &&
		    strlen(c->L->v[end].s) < 100)
			end++;
		for (size_t k = i; k < end; k++) {
			top_line(c, &c->L->v[k]);
			free(c->L->v[k].s);
			c->L->v[k].s = xstrdup("");
		}
	}
}

/*
 * "About me" over "Leah Goldberg — Engineering Manager" over "Tel Aviv ·
 * leah@example.org": a page whose first heading stands above the person.
 * The name again near the start of that section opens the identity block
 * there; its lines are read as the top's and taken out of the section.
 */
void
parse_basics_under(struct ctx *c, const struct sect *s)
{
	struct profile *p = c->p;

	if (p->basics.name == NULL || s->sec != IS_SUMMARY ||
	    (p->basics.label != NULL && p->basics.phone != NULL))
		return;
	for (size_t i = s->from; i < s->to && i < s->from + 3; i++) {
		struct strlist parts = STRLIST_INIT;
		int again;
		role_parts(c->L->v[i].s, &parts);
		again = parts.n > 1 && names_same(p->basics.name, parts.v[0]);
		strlist_clear(&parts);
		if (!again)
			continue;
		for (size_t j = i; j < s->to && j < i + 4; j++) {
			if (j > i && (c->L->v[j].flags & LN_BLANK))
				break;
			top_line(c, &c->L->v[j]);
			c->L->v[j].s[0] = '\0';
		}
		return;
	}
}
