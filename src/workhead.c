/*
 * workhead: the header of a work entry (its lines, the dates cut out) into
 * the organisation, the role and the place: which part is which, and what
 * of a part is a place or a note rather than a name.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fold.h"
#include "headplace.h"
#include "lineword.h"
#include "orgword.h"
#include "parse.h"
#include "roleline.h"
#include "workassign.h"
#include "workhead.h"
#include "wordlist.h"
#include "worksettle.h"
#include "xalloc.h"

int
workhead_gap(const struct workhead *h)
{
	static const char *const gaps[] = { "career break", "career gap", "parental leave",
		"maternity leave", "paternity leave", "sabbatical", "gap year",
		"conge maternite", "conge parental", "conge sabbatique", "elternzeit",
		"baja maternal", "baja por maternidad", "excedencia", "licenca maternidade",
		"family leave", "career pause", "foraldraledig", "foraldraledighet",
		"foraldrarledighet", "mammaledig", "pappaledig", "foreldrepermisjon",
		"foraeldreorlov", "barselsorlov", "vanhempainvapaa", "aitiysloma",
		"urlop macierzynski", "urlop rodzicielski", "urlop wychowawczy",
		"ouderschapsverlof", "zwangerschapsverlof", "congedo parentale",
		"congedo di maternita", "congedo maternita", "licenca parental",
		"licenca de maternidade", "licencia por maternidad", "baja por paternidad",
		"mutterschutz", "erziehungsurlaub", "familienzeit", "elternkarenz", "karenz",
		"bildungskarenz", "mutterkarenz", "vaterkarenz", NULL };
	const char *v[2] = { h->org, h->role };

	for (int k = 0; k < 2; k++) {
		char key[40];
		if (v[k] == NULL)
			continue;
		fold_key(v[k], strlen(v[k]), key, sizeof key);
		for (int i = 0; gaps[i] != NULL; i++) {
			size_t n = strlen(gaps[i]);
			if (strncmp(key, gaps[i], n) == 0 && (key[n] == '\0' || key[n] == ' '))
				return 1;
		}
	}
	return 0;
}

void
workhead_free(struct workhead *h)
{
	free(h->org);
	free(h->role);
	free(h->place);
	free(h->url);
	free(h->unit);
}

/* Whether the header labels both its firm's line and its title's. */
static int
lab_both(const struct strlist *head)
{
	int kinds = 0;
	const char *v;

	for (size_t i = 0; i < head->n; i++)
		kinds |= 1 << roleline_label_kind(head->v[i], &v);
	return (kinds & 6) == 6;
}

/* "Adjunct Instructor, Linux System Administration, Austin Community
 * College": after a title, the last of the parts most like a firm or a
 * school opens the organisation, and parts between that name no unit of
 * it ("Informatics Institute") go with the title.  The comma before it,
 * else the first. */
static char *
org_comma(char *s, char *first)
{
	char *best = first;
	int top = 0, units = 0;

	if (role_title_score(s) == 0)
		return first;
	for (char *c = first; c != NULL; c = strstr(c + 2, ", ")) {
		char *next = strstr(c + 2, ", "), *part;
		int k;
		if (headplace_legal_next(c + 2))
			continue;
		part = next != NULL ? xstrndup(c + 2, (size_t)(next - c - 2)) : xstrdup(c + 2);
		k = role_company_score(part) + role_school_score(part);
		units += orgword_unit(part);
		if (k > 0 && k >= top && role_title_score(part) == 0) {
			units += top > 0;
			top = k;
			best = c;
		}
		free(part);
	}
	return units > 0 ? first : best;
}

/* "Senior Engineer, Acme Corp": a comma between a role and a company, but
 * not the one in "Acme, Inc.". */
static void
comma_parts(struct strlist *parts)
{
	char *s, *comma;

	if (parts->n != 1 || (comma = strstr(parts->v[0], ", ")) == NULL)
		return;
	/* "Hoshikaze Co., Ltd. (Osaka)": the legal form goes with the name;
	 * "Company Driver (CDL-A, Tanker/Hazmat)": a bracket holds its own */
	while (comma != NULL && (headplace_legal_next(comma + 2) ||
	    parse_in_brackets(parts->v[0], comma)))
		comma = strstr(comma + 2, ", ");
	if (comma == NULL)
		return;
	if (role_company_score(comma + 2) > 0 && strchr(comma + 2, ' ') == NULL)
		return;
	/* "Staff Nurse (Band 5), Acute Medical Unit": a unit after the title,
	 * its employer named elsewhere */
	if (orgword_unit(comma + 2) && strstr(comma + 2, ", ") == NULL) {
		char *title = xstrndup(parts->v[0], (size_t)(comma - parts->v[0]));
		int titled = role_title_score(title) > 0;
		free(title);
		if (titled)
			return;
	}
	comma = org_comma(parts->v[0], comma);
	s = parts->v[0];
	parts->v[0] = xstrndup(s, (size_t)(comma - s));
	strlist_add(parts, comma + 2);
	free(s);
}

const char *
workhead_join(const char *s, int *firm)
{
	static const char *const joins[] = { " en ", " bei ", " chez ", " presso ", " bij ",
		" na ", " no ", " em ", NULL };

	*firm = 0;
	for (int i = 0; joins[i] != NULL; i++) {
		const char *at = strstr(s, joins[i]), *right;
		char *left;
		int ok;
		if (at == NULL || at == s)
			continue;
		right = at + strlen(joins[i]);
		left = xstrndup(s, (size_t)(at - s));
		ok = role_title_score(left) > 0 && isupper((unsigned char)*right) &&
		    role_title_score(right) == 0 && role_school_score(right) == 0;
		free(left);
		if (ok) {
			*firm = role_company_score(right) > 0;
			return joins[i];
		}
	}
	return NULL;
}

/* The one part split at the section's word for "at". */
static void
join_split(struct strlist *parts, const char *join)
{
	const char *at;
	char *s;
	int firm;

	if (join == NULL || parts->n != 1 || workhead_join(parts->v[0], &firm) != join)
		return;
	s = parts->v[0];
	at = strstr(s, join);
	parts->v[0] = xstrndup(s, (size_t)(at - s));
	strlist_add(parts, at + strlen(join));
	free(s);
}

/* "Guardian Health & Beauty (Retail Pharmacist)": the employer with the
 * job in brackets after it, two parts; 1 when the part was so. */
static int
org_role_parens(const char *s, struct strlist *parts, struct buf *b)
{
	size_t n = strlen(s);
	const char *open = strrchr(s, '(');
	char *org, *job;
	int ok;

	if (open == NULL || open == s || open[-1] != ' ' || n < 4 || s[n - 1] != ')' ||
	    strchr(open, ')') != s + n - 1)
		return 0;
	org = xstrndup(s, (size_t)(open - 1 - s));
	job = xstrndup(open + 1, (size_t)(s + n - 2 - open));
	/* "Service Crew (part-time, working student)": notes, not a job */
	ok = role_title_score(job) > 0 && role_company_score(job) == 0 &&
	    role_title_score(org) == 0 && strchr(org, '(') == NULL && strchr(job, ',') == NULL;
	if (ok) {
		strlist_add(parts, org);
		strlist_add(parts, job);
		if (b->len > 0)
			buf_adds(b, " - ");
		buf_adds(b, org);
		buf_adds(b, " - ");
		buf_adds(b, job);
	}
	free(org);
	free(job);
	return ok;
}

/* "30001-40000元/月", "15K/月": the pay of the job, a job board's field
 * beside the title. */
static int
pay_part(const char *s)
{
	return strpbrk(s, "0123456789") != NULL && (strstr(s, "\xe5\x85\x83/") != NULL ||
	    strstr(s, "/\xe6\x9c\x88") != NULL);	/* 元/ and /月 */
}

/* "广州华拓医疗器械有限公司（5年7个月）": the time spent there in brackets
 * after the firm's name goes. */
static void
span_off(char *s)
{
	static const char *const units[] = { "\xe5\xb9\xb4", "\xe4\xb8\xaa\xe6\x9c\x88",
		"\xe5\x80\x8b\xe6\x9c\x88", "\xe6\x9c\x88", NULL };	/* 年 个月 個月 月 */
	char *open = strstr(s, "\xef\xbc\x88");	/* （ */
	const char *p;
	size_t n = strlen(s);

	if (open == NULL || open == s || n < 3 || strcmp(s + n - 3, "\xef\xbc\x89") != 0)
		return;
	for (p = open + 3; p < s + n - 3;) {
		size_t k = strspn(p, "0123456789");
		int unit = 0;
		if (k == 0)
			return;
		p += k;
		for (int i = 0; units[i] != NULL && !unit; i++)
			if (strncmp(p, units[i], strlen(units[i])) == 0) {
				p += strlen(units[i]);
				unit = 1;
			}
		if (!unit)
			return;
	}
	*open = '\0';
}

/* "Москва, www.alfa-integration.example.com", "https://acme.example": the
 * firm's web site, at the end of a part or the whole of it, into h; the
 * part cut before it.  1 when there was one. */
static int
site_off(char *part, struct workhead *h)
{
	static const char *const leads[] = { "www.", "http://", "https://", NULL };
	char *at = NULL;

	for (int i = 0; leads[i] != NULL && at == NULL; i++) {
		char *p = strstr(part, leads[i]);
		if (p != NULL && (p == part || p[-1] == ' ') && strchr(p, ' ') == NULL)
			at = p;
	}
	if (at == NULL)
		return 0;
	if (h->url == NULL)
		h->url = xstrdup(at);
	while (at > part && (at[-1] == ' ' || at[-1] == ','))
		at--;
	*at = '\0';
	return 1;
}

/* "SP", "QLD", "NSW": two or three capitals, a state's or a province's
 * code. */
static int
state_code(const char *s)
{
	size_t n = strlen(s);

	if (n < 2 || n > 3)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isupper((unsigned char)s[i]))
			return 0;
	return 1;
}

/* "Luján de Cuyo, Mendoza" after the firm's name (capitalised, not
 * "dział elektroniki, Elektrobit, Kraków"): a town unknown, its region
 * known, the whole part a place. */
static int
town_region(const struct ctx *c, const char *s)
{
	const char *comma = strrchr(s, ',');
	char *town;
	int ok;

	if (comma == NULL || comma == s || comma[1] != ' ' || !isupper((unsigned char)*s) ||
	    !role_place(c, comma + 2, NULL))
		return 0;
	town = xstrndup(s, (size_t)(comma - s));
	ok = strpbrk(town, "0123456789,()") == NULL && headplace_words(town) <= 4 &&
	    role_title_score(town) == 0 && role_company_score(town) == 0 &&
	    role_school_score(town) == 0;
	free(town);
	return ok;
}

/* "Vaitape, Bora Bora" and not "Shahrah-e-Faisal Branch, Karachi" nor
 * "Food Delivery Operations Beijing, China": a town of a word or two
 * before the comma, no office of the firm. */
static int
town_alone(const char *s)
{
	static const char *const units[] = { "Branch", "Campus", "Department", "Division",
		"Office", "Operations", "Plant", "Site", "Team", "Unit", NULL };
	size_t town = strcspn(s, ","), words = 1;

	for (size_t i = 0; i < town; i++)
		if (s[i] == ' ' && (++words > 2 ||
		    wordlist_has_n(units, s + i + 1, strcspn(s + i + 1, " ,"))))
			return 0;
	return 1;
}

/* "Private maths tutor (self-employed), Glasgow": working for oneself, in
 * brackets after the job, is a part of its own, the employer. */
static void
self_apart(struct strlist *p)
{
	size_t n0 = p->n;

	for (size_t j = 0; j < n0; j++) {
		char *s = p->v[j], *open = strchr(s, '('), *close;
		char *inner;
		if (open == NULL || open == s || (close = strchr(open, ')')) == NULL)
			continue;
		inner = xstrndup(open + 1, (size_t)(close - open - 1));
		if (role_self_employed(inner)) {
			char *before = parse_trim(s, (size_t)(open - s));
			p->v[j] = xprintf("%s%s", before, close + 1);
			free(before);
			free(s);
			strlist_take(p, inner);
		} else
			free(inner);
	}
}

/* A header line without its chrome and places; NULL when nothing is left.
 * *mixed: the line names an organisation beside something else. */
/* Whether s, after the firm org, is a town's name: one or two words in
 * capitals, no figures, naming no job, firm or school, and org ends in its
 * legal form. */
static int
after_legal(const char *org, const char *s)
{
	size_t n = lineword_count(s);

	return orgword_legal(org) && n >= 1 && n <= 2 && isupper((unsigned char)s[0]) &&
	    strpbrk(s, "0123456789()&/@") == NULL && role_title_score(s) == 0 &&
	    role_company_score(s) == 0 && role_school_score(s) == 0 && !parse_all_caps(s);
}

static char *
clean_parts(const struct ctx *c, const char *line, struct workhead *h, struct strlist *parts,
    int *mixed, int titled)
{
	struct strlist p = STRLIST_INIT;
	struct buf b = BUF_INIT;
	size_t first = parts->n;
	int org = 0, job = 0;
	char *sentence = roleline_worked_as(line);

	if (sentence == NULL)
		sentence = roleline_at(c, line);
	if (sentence == NULL && headplace_town_state(c, line)) {
		if (h->place == NULL)
			h->place = xstrdup(line);
		return NULL;
	}

	role_parts(sentence != NULL ? sentence : line, &p);
	free(sentence);
	self_apart(&p);
	for (size_t j = 0; j < p.n; j++)
		job |= role_title_score(p.v[j]) > 0 && role_company_score(p.v[j]) == 0;
	for (size_t j = 0; j < p.n; j++) {
		size_t n;
		const char *v;
		int k;
		if ((site_off(p.v[j], h) && p.v[j][0] == '\0') || pay_part(p.v[j]))
			continue;
		span_off(p.v[j]);
		n = strlen(p.v[j]);
		/* "Kanaalstroom Media · Freelance": the kind of contract after
		 * a firm's name; after a job it is the employer */
		if (role_noise(p.v[j]) || (j > 0 && role_self_employed(p.v[j]) &&
		    role_title_score(p.v[j - 1]) == 0))
			continue;
		if ((k = roleline_place_label(p.v[j], &v)) > 0) {
			if (k == 1 && h->place == NULL)
				h->place = xstrdup(v);	/* "Miasto: Kalisz | Kraj: Polska" */
			continue;
		}
		if (role_place(c, p.v[j], NULL) || headplace_remote(p.v[j]) || headplace_noted(c, p.v[j])) {
			if (h->place == NULL)
				h->place = xstrdup(p.v[j]);
			continue;
		}
		/* "Hanbit Semiconductor Co., Ltd. — Hwaseong": a town no list
		 * knows after a firm that ends in its legal form */
		if (parts->n > first && h->place == NULL && after_legal(parts->v[parts->n - 1], p.v[j])) {
			h->place = xstrdup(p.v[j]);
			continue;
		}
		/* "Piracicaba – SP": the state's code after the town */
		if (j > 0 && h->place != NULL && strcmp(h->place, p.v[j - 1]) == 0 &&
		    state_code(p.v[j])) {
			char *both = xprintf("%s, %s", h->place, p.v[j]);
			free(h->place);
			h->place = both;
			continue;
		}
		/* "(summer internship)", "(part-time, remote)": a note the
		 * dates left behind */
		if (p.v[j][0] == '(' && p.v[j][n - 1] == ')' && strchr(p.v[j] + 1, '(') == NULL)
			continue;
		if (org_role_parens(p.v[j], parts, &b))
			continue;
		if (parts->n > first && h->place == NULL &&
		    isupper((unsigned char)parts->v[parts->n - 1][0]) && town_region(c, p.v[j])) {
			h->place = xstrdup(p.v[j]);
			continue;
		}
		headplace_parens(c, p.v[j], h);
		headplace_tail(c, p.v[j], h, (job && p.n > 1) || (titled && p.n == 1));
		strlist_add(parts, p.v[j]);
		if (b.len > 0)
			buf_adds(&b, " - ");
		buf_adds(&b, p.v[j]);
	}
	strlist_clear(&p);
	if (titled && !job && parts->n - first == 2 && headplace_site(parts->v[first + 1]))
		headplace_site_off(h, parts, &b, first);
	for (size_t j = first; j < parts->n; j++)
		org |= role_company_score(parts->v[j]) > 0 || role_school_score(parts->v[j]) > 0;
	/* "Eawag – Swiss Federal Institute of ...": parts naming no job are
	 * one organisation's name */
	*mixed |= org && job && parts->n - first > 1;
	return b.len > 0 ? buf_detach(&b) : (buf_free(&b), NULL);
}
/* clean_parts, after a firm's postal address is cut off the line. */
static char *
clean_line(const struct ctx *c, const char *line, struct workhead *h, struct strlist *parts,
    int *mixed, int titled)
{
	char *bare = headplace_address_off(c, line, h), *out;

	out = clean_parts(c, bare != NULL ? bare : line, h, parts, mixed, titled);
	free(bare);
	return out;
}


/* Whether a header line is labelled as the employer's. */
static int
firm_labelled(const struct strlist *head)
{
	const char *v;

	for (size_t i = 0; i < head->n; i++)
		if (roleline_label_kind(head->v[i], &v) == 1)
			return 1;
	return 0;
}

/* Whether a header line other than the i-th is a job title alone
 * ("Line Cook" over "Rockpool Bar & Grill, Fremantle"): then a short name
 * after the firm's comma is its town. */
static int
titled_besides(const struct strlist *head, size_t i)
{
	for (size_t j = 0; j < head->n; j++)
		if (j != i && strchr(head->v[j], ',') == NULL &&
		    role_title_score(head->v[j]) > 0 && role_company_score(head->v[j]) == 0)
			return 1;
	return 0;
}

/* "GEOMETRA – TECNICO DI CANTIERE Edilcostruzioni Bertolani S.r.l.": the
 * title in capitals and the employer after it as two parts; NULL when the
 * line is not so. */
static char *
caps_apart(const char *s)
{
	size_t k;

	if (strstr(s, " | ") != NULL || strchr(s, '\t') != NULL || (k = roleline_caps_lead(s)) == 0)
		return NULL;
	return xprintf("%.*s | %s", (int)k, s, roleline_after_caps(s + k));
}

/* "GEOMETRA – TECNICO DI CANTIERE": the title in capitals whole, its
 * dash no separator; caps is freed. */
static void
caps_whole(struct workhead *h, char *caps)
{
	if (caps != NULL && h->role != NULL && strncmp(caps, h->role, strlen(h->role)) == 0 &&
	    strlen(caps) > strlen(h->role)) {
		free(h->role);
		h->role = caps;
		return;
	}
	free(caps);
}

/* With two header lines or more each line is one part; one line is cut
 * into its parts. */
void
workhead_read(const struct ctx *c, const struct entry *e, struct workhead *h)
{
	struct strlist lines = STRLIST_INIT, parts = STRLIST_INIT, head = STRLIST_INIT;
	struct strlist keep = STRLIST_INIT;
	const char *lab[3] = { NULL, NULL, NULL }, *v, *bar;
	char *caps = NULL;
	int mixed = 0;

	memset(h, 0, sizeof *h);
	h->role_first = e->role_first;
	roleline_join_wraps(&e->head, &head);
	for (size_t i = 0; i < head.n; i++) {
		char *l;
		int k = roleline_label_kind(head.v[i], &v);
		if (roleline_fact(head.v[i]))
			continue;
		/* "Department : Internal Medicine" among a form's labelled
		 * lines: the unit of the firm, kept as written */
		if (roleline_unit_label(head.v[i])) {
			/* its name wrapped onto a line of no label, the firm's
			 * and the title's lines labelled */
			if (h->unit == NULL && i + 1 < head.n && lab_both(&head) &&
			    strchr(head.v[i + 1], ':') == NULL && lineword_count(head.v[i + 1]) <= 6) {
				h->unit = xprintf("%s %s", head.v[i], head.v[i + 1]);
				i++;
			} else if (h->unit == NULL)
				h->unit = xstrdup(head.v[i]);
			continue;
		}
		/* "Puesto" over "Auditora Semisenior": a label alone, its
		 * value the next line */
		if (k > 0 && *v == '\0' && i + 1 < head.n) {
			lab[k] = head.v[i + 1];
			continue;
		}
		if (k > 0)
			lab[k] = v;
		/* "Shop Manager · Te Ava Pearl Gallery" over "Vaitape, Bora
		 * Bora": a line of its own, a town and its island or region,
		 * once the lines above gave the job and the firm */
		if (k == 0 && parts.n >= 2 && h->place == NULL && i + 1 == head.n &&
		    strchr(head.v[i], ':') == NULL && town_region(c, head.v[i]) &&
		    town_alone(head.v[i])) {
			h->place = xstrdup(head.v[i]);
			continue;
		}
		/* "Starfsheiti: Sérfræðingur í ... (QA Engineer)": a labelled
		 * title with a bracket is the title whole, no firm in it */
		if (k == 2 && *v != '\0' && strchr(v, '(') != NULL && !firm_labelled(&head))
			continue;
		/* "Employer: Amhara Women’s Self-Help Association (AWSHA) |
		 * Debre Markos": a form's employer and its place */
		if (k == 1 && (bar = strstr(v, " | ")) != NULL && strstr(bar + 3, " | ") == NULL) {
			if (h->place == NULL)
				h->place = xstrdup(bar + 3);
			strlist_addn(&keep, v, (size_t)(bar - v));
			lab[k] = keep.v[keep.n - 1];
			l = clean_line(c, lab[k], h, &parts, &mixed, titled_besides(&head, i));
		} else {
			char *split = caps_apart(roleline_unbullet(head.v[i]));
			l = clean_line(c, split != NULL ? split : roleline_unbullet(head.v[i]), h,
			    &parts, &mixed, titled_besides(&head, i));
			if (split != NULL && caps == NULL)
				caps = xstrndup(split, strcspn(split, "|") - 1);
			free(split);
		}
		if (l != NULL)
			strlist_take(&lines, l);
	}
	join_split(&parts, e->join);
	/* beside the dates: a place when the header has its role and its
	 * organisation already, else one of them */
	if (e->aside != NULL && (parts.n >= 2 || role_place(c, e->aside, NULL))) {
		if (h->place == NULL)
			h->place = xstrdup(e->aside);
	} else if (e->aside != NULL) {
		/* the words beside the dates come last, whatever their
		 * place: the order of the parts tells nothing */
		char *l = clean_line(c, e->aside, h, &parts, &mixed, 0);
		h->role_first = -1;
		if (l != NULL)
			strlist_take(&lines, l);
	}
	if (lines.n >= 2 && !mixed) {
		workassign_parts(c, &lines, h);
	} else {
		comma_parts(&parts);
		workassign_parts(c, &parts, h);
	}
	if (h->role_first < 0)
		h->order = 0;
	worksettle_labels(h, lab);
	strlist_clear(&keep);
	worksettle_place_firm(c, &head, e->aside, h);
	strlist_clear(&head);
	caps_whole(h, caps);
	worksettle_title_firm(h);
	if (h->org == NULL && h->role != NULL && h->place != NULL)
		headplace_firm(c, h);
	worksettle_unit(h);
	worksettle_office(h);
	if (h->role != NULL)
		roleline_promoted(h->role);
	strlist_clear(&lines);
	strlist_clear(&parts);
}
