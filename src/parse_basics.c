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
#include "homeplace.h"
#include "letter.h"
#include "lineword.h"
#include "names.h"
#include "parse.h"
#include "skillcues.h"
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

static int bare_domain(const char *);

/* "First Officer, Boeing 777": a title with a small figure in it, no
 * phone nor address */
static int
titled_figure(const char *q)
{
	size_t digits = 0;

	for (const char *d = q; *d != '\0'; d++)
		digits += isdigit((unsigned char)*d) != 0;
	return digits <= 4 && strchr(q, '@') == NULL && role_title_score(q) > 0 && headline(q);
}

/* "(34) 99817-4402 | Uberaba - MG": a Brazilian town among the pieces
 * of a contact line, before its dash parts it. */
static void
uf_pieces(struct profile *p, const char *s)
{
	for (const char *q = s; *q != '\0' && p->basics.location.city == NULL;) {
		size_t n = strcspn(q, "|\t");
		char *piece = parse_trim(q, n);
		struct location loc;
		if (homeplace_uf(piece, &loc))
			p->basics.location = loc;
		free(piece);
		q += n + (q[n] != '\0');
	}
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

/* "Team Leader – Customer Support (International Voice & Chat)<gap>E-mail:
 * ...": a headline in the first cell, the contact details beside it; the
 * cell is the headline whole. */
static void
cell_headline(struct ctx *c, const char *s)
{
	const char *tab = strchr(s, '\t');
	char *cell;

	if (tab == NULL || c->p->basics.name == NULL || c->p->basics.label != NULL)
		return;
	cell = xstrndup(s, (size_t)(tab - s));
	if (!parse_has_contact(c, cell) && strchr(cell, ':') == NULL &&
	    role_title_score(cell) > 0 && role_company_score(cell) == 0 &&
	    lineword_count(cell) <= 12 && cell[strlen(cell) - 1] != '.')
		parse_label(c, cell);
	free(cell);
}

static int
contact_line(struct ctx *c, const char *s)
{
	struct profile *p = c->p;
	struct strlist parts = STRLIST_INIT;
	int any = 0;

	any |= strchr(s, '@') != NULL;
	cell_headline(c, s);
	uf_pieces(p, s);
	contact_email(p, s);
	contact_phone(p, s);
	contact_urls(p, s);
	role_parts(s, &parts);
	for (size_t i = 0; i < parts.n; i++) {
		const char *q = unlabelled(parts.v[i]);
		struct location loc;
		if ((strpbrk(q, "@0123456789") != NULL && !titled_figure(q)) || contact_network(q)) {
			if (strchr(q, '@') == NULL && p->basics.location.city == NULL &&
			    homeplace_address(c, q, &loc)) {
				record_free(&p->basics.location, profile_location_fields,
				    profile_nlocation_fields);
				p->basics.location = loc;
			}
			any = 1;
			continue;
		}
		/* "Citizenship: U.S. Citizen": a fact under its label, no
		 * headline */
		if (p->basics.name != NULL && p->basics.label == NULL && role_title_score(q) > 0 &&
		    (q == parts.v[i] || !parse_fact_label(parts.v[i])) &&
		    !role_place(c, q, NULL) && strchr(q, ':') == NULL && headline(q)) {
			parse_label(c, q);
			continue;
		}
		/* "· aisharc.dev": the person's site, a domain alone */
		if (p->basics.url == NULL && bare_domain(q) &&
		    strspn(q, "abcdefghijklmnopqrstuvwxyz0123456789.-") == strlen(q) &&
		    !contact_network(q)) {
			profile_set(&p->basics.url, q);
			any = 1;
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

/* "lucaferri.dev", "jane-doe.co.uk": a site's domain alone. */
static int
bare_domain(const char *s)
{
	const char *dot = strrchr(s, '.');

	if (dot == NULL || dot == s || strchr(s, ' ') != NULL || strlen(dot + 1) < 2)
		return 0;
	for (const char *q = dot + 1; *q != '\0'; q++)
		if (!islower((unsigned char)*q))
			return 0;
	return 1;
}

/* "Via Emilia Est 221", "221B Baker Street": a street and its number. */
static int
street_line(const char *s)
{
	const char *last = strrchr(s, ' ');
	size_t first = strcspn(s, " ");
	int words = 0;

	if (last == NULL)
		return 0;
	for (const char *q = s; *q != '\0'; q++)
		words += *q == ' ';
	if (words > 4 || role_title_score(s) > 0)
		return 0;
	if (isdigit((unsigned char)last[1]) && strspn(last + 1, "0123456789") <= 4 &&
	    strlen(last + 1) <= 5)
		return 1;
	return first <= 5 && isdigit((unsigned char)s[0]) && strspn(s, "0123456789") <= 4;
}

int
parse_has_contact(const struct ctx *c, const char *s)
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
		    q != parts.v[i] || bare_domain(q) || street_line(q);
	}
	strlist_clear(&parts);
	return any;
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

void
parse_top_line(struct ctx *c, const struct line *l)
{
	struct profile *p = c->p;
	char *s = xstrdup(l->s);
	const char *phone;
	int contact, nwords = 0;
	size_t site = 0;

	stated(p, s);
	/* "Profilfoto<TAB>Key Account Manager": the photo's box beside */
	if (strchr(s, '\t') != NULL) {
		char *cell = xstrndup(s, strcspn(s, "\t"));
		if (role_noise(cell))
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
	if (p->basics.name == NULL && parse_name_line(c, s, l->flags)) {
		free(s);
		return;
	}
	if (p->basics.name != NULL && names_same(p->basics.name, s)) {
		free(s);
		return;
	}
	/* "DANIYAR AKHMETOV" heading the CV, its form's "Full name:" the
	 * longer "Akhmetov Daniyar Serikovich": the name gone by */
	if (p->basics.name != NULL && strlen(s) < strlen(p->basics.name) && names_like(s) &&
	    parse_name_within(s, p->basics.name)) {
		char *n = names_case(s);
		free(p->basics.name);
		p->basics.name = n;
		free(s);
		return;
	}
	if (p->basics.name != NULL && parse_name_again(c, s)) {
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
	contact = contact_line(c, s);
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
		    !homeplace_find(c, unlabelled(L->v[i].s), &loc))
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

void
parse_basics(struct ctx *c, const struct sect *top, const struct sect *contact)
{
	struct profile *p = c->p;

	/* a form's labels first: its "Name" tells the name whatever the order */
	formhead_read(c, top->from, top->to);
	if (contact != NULL && (contact == top + 1 || contact->from < FORM_REACH))
		formhead_read(c, contact->from, contact->to);
	parse_top_lines(c, top->from, top->to);
	for (size_t i = contact != NULL ? contact->from : 0;
	    contact != NULL && i < contact->to; i++)
		contact_line(c, c->L->v[i].s);
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
