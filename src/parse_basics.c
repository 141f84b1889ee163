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
#include "formhead.h"
#include "nameparts.h"
#include "homeplace.h"
#include "letter.h"
#include "lineword.h"
#include "names.h"
#include "parse.h"
#include "skillcues.h"
#include "topcontact.h"
#include "wordlist.h"
#include "xalloc.h"

/* How far down a contact section may start and still hold a form's
 * personal data. */
#define FORM_REACH 30

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

/* "Senior Backend Engineer at Finlane | Go, Python, PostgreSQL, Kafka |
 * Payments and high-load systems": a profile's long headline, a title
 * then its focus set apart by bars. */
static int
barred_headline(const char *s, int nwords)
{
	const char *bar = strstr(s, " | ");
	char *first;
	int ok;

	if (bar == NULL || nwords > 30)
		return 0;
	first = xstrndup(s, (size_t)(bar - s));
	ok = role_title_score(first) > 0 && role_company_score(first) == 0;
	free(first);
	return ok;
}

/* "Data Scientist" from a page's running header, then "Data Scientist —
 * Forecasting & Experimentation" under the name: the headline written in
 * full. */
static int
label_longer(const char *label, const char *s)
{
	size_t n = strlen(label);
	const char *rest = s + n;

	/* the same words, then a separator and more */
	if (n == 0 || strncasecmp(label, s, n) != 0 || *rest != ' ')
		return 0;
	rest++;
	return strncmp(rest, "\xe2\x80\x94 ", 4) == 0 || strncmp(rest, "\xe2\x80\x93 ", 4) == 0 ||
	    strncmp(rest, "\xc2\xb7 ", 3) == 0 || strncmp(rest, "| ", 2) == 0 ||
	    strncmp(rest, "- ", 2) == 0;
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
	if (ok && !topcontact_line(c, stop + 2))
		summary_add(c->p, stop + 2);
	return ok;
}

/* "Authorized to work in the US for any employer", "Willing to relocate:
 * Anywhere", hh.ru's "Женщина, 36 лет" and "Не готова к переезду": what
 * job boards print under the name about the person, the right to work
 * and moving, neither headline nor place. */
static int
standing_line(const char *s)
{
	static const char *const leads[] = { "authorized to work", "authorised to work",
		"eligible to work", "legally authorized", "work authorization",
		"work authorisation", "willing to relocate", "open to relocation",
		"available to start", "available immediately", "notice period", "visa status",
		"requires sponsorship", "sponsorship required", "готов к", "готова к",
		"женщина", "мужчина", "не готов", "не готова", "резюме обновлено", NULL };
	char key[48];

	fold_key(s, strlen(s), key, sizeof key);
	return wordlist_prefix(leads, key) > 0;
}

/* "Jane Doe | About | Blog", not "Jobstreet by SEEK · Job search · ...":
 * the words before a site's menu name a person. */
static int
brand_person(const char *s, size_t n)
{
	char *brand = xstrndup(s, n);
	size_t k = strlen(brand);
	int person;

	while (k > 0 && strchr(" |-\xc2\xb7", brand[k - 1]) != NULL)
		brand[--k] = '\0';
	person = names_like(brand) && strstr(brand, " by ") == NULL &&
	    strstr(brand, " for ") == NULL && strstr(brand, " the ") == NULL;
	free(brand);
	return person;
}

/* Whether the top line s gives the name, or gives it again. */
static int
name_line(struct ctx *c, const char *s, unsigned flags)
{
	struct profile *p = c->p;

	if (p->basics.name == NULL)
		return parse_name_line(c, s, flags);
	if (names_same(p->basics.name, s))
		return 1;
	/* "DANIYAR AKHMETOV" heading the CV, its form's "Full name:" the
	 * longer "Akhmetov Daniyar Serikovich": the name gone by */
	if (strlen(s) < strlen(p->basics.name) && names_like(s) &&
	    parse_name_within(s, p->basics.name)) {
		char *n = names_case(s);
		free(p->basics.name);
		p->basics.name = n;
		return 1;
	}
	return parse_name_again(c, s);
}

void
parse_top_line(struct ctx *c, const struct line *l)
{
	struct profile *p = c->p;
	char *s = xstrdup(l->s);
	const char *phone;
	int contact, nwords = 0;
	size_t site = 0;

	stated(p, s);
	/* "Profilfoto<TAB>Key Account Manager": the photo's box beside;
	 * "Curriculum Vitae<TAB>Davide Ferraris": the document's title */
	if (strchr(s, '\t') != NULL) {
		char *cell = xstrndup(s, strcspn(s, "\t"));
		if (role_noise(cell) || names_title_line(cell))
			memmove(s, s + strlen(cell) + 1, strlen(s + strlen(cell) + 1) + 1);
		free(cell);
	}
	for (const char *q = s; *q != '\0'; q++)
		nwords += *q != ' ' && (q[1] == ' ' || q[1] == '\0');
	if (s[0] == '\0' || names_title_line(s) || strcasecmp(s, "europass") == 0 ||
	    (p->basics.name != NULL && names_menu_word(s)) ||
	    role_noise(s) || standing_line(s) ||
	    letter_line(s) != LT_NONE || names_credit(s) ||
	    (names_chrome(s, &site) && (site == 0 || p->basics.name != NULL))) {
		free(s);
		return;
	}
	/* "Jobboom | Trouver un emploi | ...": a site's one-word brand
	 * before its menu is no name, as "Jane Doe | About | Blog" is */
	while (site > 0 && s[site - 1] == ' ')
		site--;
	if (site > 0 && (memchr(s, ' ', site) == NULL || !brand_person(s, site))) {
		free(s);
		return;
	}
	if (site > 0)
		s[site] = '\0';
	if (p->basics.name == NULL && (site = names_menu_lead(s)) > 0)
		memmove(s, s + site, strlen(s + site) + 1);
	if (name_line(c, s, l->flags)) {
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
	/* a line with no contact detail in it is the headline, whole; a
	 * degree with its school is none */
	if (p->basics.name != NULL && (p->basics.label == NULL || label_longer(p->basics.label, s)) &&
	    (nwords <= 12 || barred_headline(s, nwords)) && !(l->flags & MK_BULLET) &&
	    s[strlen(s) - 1] != '.' &&
	    !parse_has_contact(c, s) && !(role_degree_score(s) > 0 && role_school_score(s) > 0)) {
		free(p->basics.label);
		p->basics.label = NULL;
		parse_label(c, s);
		free(s);
		return;
	}
	phone = p->basics.phone;
	contact = topcontact_line(c, s);
	/* "Sales leader with 10+ years growing B2B territories ...": a
	 * digit in prose makes no contact line */
	if (contact && nwords > 10 && p->basics.phone == phone && strchr(s, '@') == NULL &&
	    strstr(s, "://") == NULL && strstr(s, "www.") == NULL && lineword_prose(s))
		contact = 0;
	if (!contact && nwords > 10 && !(l->flags & MK_BULLET))
		summary_add(p, s);
	free(s);
}

/* "Geospatial analyst working on flood hazard, land use and" over
 * "monitoring data for ... I automate the boring" over "parts with
 * Python.": a paragraph under the name, lines with no blank between
 * them, the first and one other long, twenty words or more that read
 * as prose and hold no contact detail, once the name and the headline
 * are known; the count of its lines, 0 if none. */
static size_t
paragraph(const struct ctx *c, size_t i, size_t to, struct buf *b)
{
	size_t j;
	int words = 0, long_lines = 0;

	/* the headline first: "Senior Designer in London. I design ..." is
	 * read for it line by line */
	if (c->p->basics.name == NULL || c->p->basics.label == NULL ||
	    lineword_count(c->L->v[i].s) < 8)
		return 0;
	for (j = i; j < to; j++) {
		const struct line *l = &c->L->v[j];
		int n = lineword_count(l->s);
		if (j > i && (l->flags & LN_BLANK))
			break;
		if ((l->flags & (MK_BULLET | MK_NUMBERED | MK_HEADING | LN_CELLS)) ||
		    parse_has_contact(c, l->s))
			return 0;
		words += n;
		long_lines += n > 10;
	}
	if (j - i < 2 || words < 20 || long_lines == 0)
		return 0;
	for (size_t k = i; k < j; k++) {
		if (k > i)
			buf_addc(b, ' ');
		buf_adds(b, c->L->v[k].s);
	}
	if (!lineword_prose(buf_str(b))) {
		buf_free(b);
		return 0;
	}
	return j - i;
}

void
parse_top_lines(struct ctx *c, size_t from, size_t to)
{
	struct profile *p = c->p;

	for (size_t i = from; i < to; i++) {
		int had = p->basics.name != NULL, labelled = p->basics.label != NULL;
		struct buf para = BUF_INIT;
		size_t k;
		if ((k = paragraph(c, i, to, &para)) > 0) {
			summary_add(p, buf_str(&para));
			buf_free(&para);
			i += k - 1;
			continue;
		}
		if (p->basics.name != NULL && p->basics.label != NULL &&
		    skillcues_bar(c, c->L->v[i].s))
			continue;
		/* "Best," over "Dan": the first name signing the mail */
		if (letter_line(c->L->v[i].s) == LT_SIGNOFF && i + 1 < to &&
		    strchr(c->L->v[i + 1].s, ' ') == NULL && names_like(c->L->v[i + 1].s)) {
			i++;
			continue;
		}
		parse_top_line(c, &c->L->v[i]);
		while (!labelled && p->basics.label != NULL && i + 1 < to &&
		    parse_label_wrapped(c, &c->L->v[i + 1]))
			i++;
		if (!had && p->basics.name != NULL && parse_surname(c, i + 1, to)) {
			i++;
			/* "Liam" over "Fitzgerald-" over "Tran" */
			if (p->basics.name[strlen(p->basics.name) - 1] == '-' &&
			    parse_surname(c, i + 1, to))
				i++;
		}
	}
}

/* A designed PDF's contact lines carry icons wherever its columns put
 * them: a place among them ("⚲ Kraków, Poland", or "Brooklyn, NY"
 * between two of them) is where the person lives. */
static void
icon_place(struct ctx *c)
{
	const struct layout *L = c->L;

	for (size_t i = 0; i < L->n; i++) {
		struct location loc;
		int icon = (L->v[i].flags & MK_ICON) || (i > 0 && i + 1 < L->n &&
		    (L->v[i - 1].flags & MK_ICON) && (L->v[i + 1].flags & MK_ICON));
		memset(&loc, 0, sizeof loc);
		if (!icon || strchr(L->v[i].s, '@') != NULL ||
		    !homeplace_find(c, topcontact_value(L->v[i].s), &loc))
			continue;
		if (loc.city != NULL) {
			c->p->basics.location = loc;
			return;
		}
		record_free(&loc, profile_location_fields, profile_nlocation_fields);
	}
}

/* "annlee.example" written, "https://annlee.example/" its link in the
 * page's list of links: the link. */
static void
site_link(struct ctx *c)
{
	char *site = c->p->basics.url;
	size_t n;

	if (site == NULL || strstr(site, "://") != NULL)
		return;
	n = strlen(site);
	for (size_t i = 0; i < c->L->urls.n; i++) {
		const char *u = strstr(c->L->urls.v[i], "://");
		if (u == NULL)
			continue;
		u += 3;
		if (strncmp(u, "www.", 4) == 0 && strncmp(site, "www.", 4) != 0)
			u += 4;
		if (strncmp(u, site, n) == 0 && (u[n] == '\0' || u[n] == '/')) {
			profile_set(&c->p->basics.url, c->L->urls.v[i]);
			return;
		}
	}
}

/* "Public profile & URL" over "www.linkedin.com/in/ana-ruiz": a profile
 * page's own address, at its foot, under a label that names it. */
static void
own_address(struct ctx *c)
{
	char key[64];

	for (size_t i = 1; i < c->L->n; i++) {
		const char *s = c->L->v[i].s, *label = c->L->v[i - 1].s;
		size_t n = strlen(label);
		if (strchr(s, ' ') != NULL || strstr(s, "linkedin.com/in/") == NULL ||
		    n < 4 || n >= sizeof key)
			continue;
		fold_key(label, n, key, sizeof key);
		n = strlen(key);
		if (n > 4 && strcmp(key + n - 4, " url") == 0)
			contact_url(c->p, s, strlen(s));
	}
}

void
parse_basics(struct ctx *c, const struct sect *top, const struct sect *contact)
{
	struct profile *p = c->p;
	struct nameparts np = { NULL, NULL };

	nameparts_read(c, top->from, top->to, &np);
	if (contact != NULL)
		nameparts_read(c, contact->from, contact->to, &np);
	/* a form's labels first: its "Name" tells the name whatever the order */
	formhead_read(c, top->from, top->to);
	if (contact != NULL && (contact == top + 1 || contact->from < FORM_REACH))
		formhead_read(c, contact->from, contact->to);
	parse_top_lines(c, top->from, top->to);
	for (size_t i = contact != NULL ? contact->from : 0;
	    contact != NULL && i < contact->to; i++)
		topcontact_line(c, c->L->v[i].s);
	if (p->basics.location.city == NULL && p->basics.location.country_code == NULL)
		icon_place(c);
	for (size_t i = 0; i < c->L->n && p->basics.email == NULL; i++)
		contact_email(p, c->L->v[i].s);
	for (size_t i = 0; i < c->L->urls.n; i++) {
		const char *u = c->L->urls.v[i];
		/* a link's "mailto:yusuf.demir%40example.ch", the email nowhere
		 * else: a badge's */
		if (p->basics.email == NULL && strncmp(u, "mailto:", 7) == 0) {
			char *mail = xstrndup(u + 7, strcspn(u + 7, "?"));
			char *pct = strstr(mail, "%40");
			if (pct != NULL) {
				*pct = '@';
				memmove(pct + 1, pct + 3, strlen(pct + 3) + 1);
			}
			contact_email(p, mail);
			free(mail);
		}
		contact_url(p, u, strlen(u));
	}
	if (p->basics.email != NULL && p->basics.url != NULL &&
	    strncmp(p->basics.url, "mailto:", 7) == 0)
		profile_set(&p->basics.url, NULL);
	site_link(c);
	own_address(c);
	nameparts_settle(c, &np);
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
