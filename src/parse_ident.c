/*
 * The person's header found away from the top: the name and headline
 * after a LinkedIn PDF's sidebar, under a page's first heading, or in a
 * mail's signature.  Each block found is read as the top's lines are.
 * And the rest of a name a designed page broke over lines.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "homeplace.h"
#include "letter.h"
#include "lineword.h"
#include "names.h"
#include "parse.h"
#include "xalloc.h"

int
parse_all_caps(const char *s)
{
	int upper = 0;

	for (; *s != '\0'; s++) {
		if (islower((unsigned char)*s))
			return 0;
		upper |= isupper((unsigned char)*s);
	}
	return upper;
}

/* "XING" over "Henrik Vosskamp": one word in capitals, a site's or a
 * studio's mark, then a name of two words or more written in small
 * letters after capitals: the mark is no part of the name. */
int
parse_brand_over(const char *mark, const char *name)
{
	return strchr(mark, ' ') == NULL && parse_all_caps(mark) && strlen(mark) >= 2 &&
	    strchr(name, ' ') != NULL && !parse_all_caps(name) && names_like(name);
}

/* "Élodie" over "MARCHAND", "Jan Willem" over "DE VRIES": the rest of a
 * name a designed page set on the next line. */
static int
surname_line(const struct ctx *c, const struct line *l, const struct line *after)
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
	/* after a first name alone; after more, only a surname in capitals,
	 * or a second surname over the headline ("Isabel Moreno" over
	 * "Ortega" over "Directora de Datos"); after a hyphen, the one word
	 * that ends the surname */
	/* "MARIANA ITZEL" over "CORTÉS RANGEL": two given names, then two
	 * surnames in capitals */
	int two = named == 2 && words == 2 && parse_all_caps(l->s) && !(l->flags & LN_BLANK);

	if (name[strlen(name) - 1] == '-' ? words > 1 : (words > 2 || (named > 1 &&
	    ((words > 1 && !two) || (l->flags & LN_BLANK) || (!parse_all_caps(l->s) &&
	    (named > 2 || after == NULL || role_title_score(after->s) == 0))))))
		return 0;
	if (l->flags & (MK_BULLET | MK_NUMBERED))
		return 0;
	return names_like(l->s) && !names_title_line(l->s) && !names_menu_word(l->s) &&
	    !role_noise(l->s) &&
	    role_title_score(l->s) == 0 &&
	    role_company_score(l->s) == 0 && role_school_score(l->s) == 0 &&
	    !role_place(c, l->s, NULL) && !lexicon_skill(c->lx, l->s, strlen(l->s)) &&
	    !heading_match(&c->lx->headings, l, &hit);
}

/* The name came from line m, a mark over the name on the next: the name
 * is that line's. */
static int
brand_line(struct ctx *c, size_t m, const struct line *next)
{
	char *mark = xstrndup(c->L->v[m].s, strcspn(c->L->v[m].s, "\t"));
	int brand = parse_brand_over(mark, next->s) && role_title_score(next->s) == 0;

	free(mark);
	if (brand) {
		char *n = names_case(next->s);
		profile_set(&c->p->basics.name, n);
		free(n);
	}
	return brand;
}

/* "CV Vaimiti" over "Vaimiti TETUANUI": the first name the title gave,
 * then the whole name; the whole is the name. */
static int
given_again(struct ctx *c, const struct line *l)
{
	const char *name = c->p->basics.name;
	size_t n = strlen(name);
	char *whole;

	if (strncmp(l->s, name, n) != 0 || l->s[n] != ' ' || lineword_count(l->s) > 4 ||
	    strpbrk(l->s, "@0123456789/:|,()") != NULL || !names_like(l->s) ||
	    role_title_score(l->s) > 0 || role_company_score(l->s) > 0)
		return 0;
	whole = names_case(l->s);
	profile_set(&c->p->basics.name, whole);
	free(whole);
	return 1;
}

int
parse_surname(struct ctx *c, size_t i, size_t to)
{
	struct profile *p = c->p;
	int alone = strchr(p->basics.name, ' ') == NULL, hyphen;
	struct line part;
	size_t cell;
	char *sur, *full;

	/* "Felix" over "(Mobile)" over "Hoffmann<TAB>Email address: ...": a
	 * form's note between, the surname in a cell of its own */
	if (alone && i + 1 < to && (c->L->v[i].s[0] == '\0' || (c->L->v[i].s[0] == '(' &&
	    c->L->v[i].s[strlen(c->L->v[i].s) - 1] == ')')))
		i++;
	if (i >= to)
		return 0;
	cell = strcspn(c->L->v[i].s, "\t");
	if (c->L->v[i].s[cell] != '\0' && !alone)
		return 0;
	part = c->L->v[i];
	part.s = xstrndup(c->L->v[i].s, cell);
	if (alone && i > 0 && brand_line(c, i - 1, &part)) {
		free(part.s);
		return 1;
	}
	if (alone && given_again(c, &part)) {
		free(part.s);
		c->L->v[i].s[0] = '\0';
		return 1;
	}
	if (!surname_line(c, &part, i + 1 < to ? &c->L->v[i + 1] : NULL)) {
		free(part.s);
		return 0;
	}
	sur = names_case(part.s);
	free(part.s);
	/* "Smith-" over "Jones": a double surname broken at its hyphen */
	hyphen = p->basics.name[strlen(p->basics.name) - 1] == '-';
	full = xprintf("%s%s%s", p->basics.name, hyphen ? "" : " ", sur);
	profile_set(&p->basics.name, full);
	free(full);
	free(sur);
	memmove(c->L->v[i].s, c->L->v[i].s + cell + (c->L->v[i].s[cell] != '\0'),
	    strlen(c->L->v[i].s + cell) + (c->L->v[i].s[cell] == '\0'));
	return 1;
}

/* A line after which the identity block goes on: a headline or a place. */
static int
identity_next(const struct ctx *c, const char *s)
{
	return role_title_score(s) > 0 || strchr(s, '|') != NULL || strchr(s, '@') != NULL ||
	    role_place(c, s, NULL) || homeplace_address(c, s, NULL);
}

/* "Salesforce Certified Sales Cloud" over "Consultant": a certificate
 * the sidebar wrapped, no name over a headline. */
static int
credential_worded(const char *s)
{
	static const char *const stems[] = { "certified", "certificate", "certification",
		"certificado", "certificacion", "zertifi", "certifi", NULL };
	char key[128];

	fold_key(s, strlen(s), key, sizeof key);
	for (int i = 0; stems[i] != NULL; i++)
		for (const char *p = strstr(key, stems[i]); p != NULL; p = strstr(p + 1, stems[i]))
			if (p == key || p[-1] == ' ')
				return 1;
	return 0;
}

/*
 * LinkedIn's PDFs put a sidebar (contact, skills, languages) before the
 * name.  When no name came before the first heading, the first name-like
 * line followed by a headline or a place is the person; those lines are
 * read as the top and taken out of the section they fell in.
 */
/* "ELEFTHERIA" over "DASKALAKI" over "FRONT OFFICE MANAGER": a name set
 * a word a line, in capitals, over a headline; the two lines made one,
 * the second left blank.  Whether they were. */
/* "Spring Boot, Angular": a sidebar's list of skills, each item known,
 * not "Doe, Jane". */
static int
skill_items(const struct ctx *c, const char *s)
{
	const char *comma = strstr(s, ", ");

	if (comma == NULL)
		return 0;
	return lexicon_skill(c->lx, s, (size_t)(comma - s)) &&
	    lexicon_skill(c->lx, comma + 2, strlen(comma + 2));
}

static int
name_stacked(const struct ctx *c, size_t i)
{
	struct line *v = c->L->v;
	char *j;

	if (i + 2 >= c->L->n || strchr(v[i].s, ' ') != NULL || strchr(v[i + 1].s, ' ') != NULL ||
	    !parse_all_caps(v[i].s) || !parse_all_caps(v[i + 1].s) || strlen(v[i].s) < 2 ||
	    strlen(v[i + 1].s) < 2 || (v[i + 1].flags & LN_BLANK) ||
	    !names_like(v[i].s) || !names_like(v[i + 1].s) || role_title_score(v[i].s) > 0 ||
	    role_title_score(v[i + 1].s) > 0 || !identity_next(c, v[i + 2].s))
		return 0;
	j = xprintf("%s %s", v[i].s, v[i + 1].s);
	free(v[i].s);
	v[i].s = j;
	v[i + 1].s[0] = '\0';
	return 1;
}

static size_t
digits(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += isdigit((unsigned char)*s) != 0;
	return n;
}

/* "Senior Product Manager at Tessera" over "Data | B2B SaaS | Data & AI
 * Platforms" over "Tel Aviv-Yafo, Tel Aviv District, Israel": between
 * the name and the place that ends the block, the lines are one headline
 * the sidebar's width wrapped. */
static void
headline_rejoin(const struct ctx *c, size_t from, size_t end)
{
	struct line *v = c->L->v;
	size_t last = end;
	char *j;

	while (last > from && v[last - 1].s[0] == '\0')
		last--;
	if (last < from + 3 || !role_place(c, v[last - 1].s, NULL))
		return;
	for (size_t k = from; k + 1 < last; k++)
		if (strchr(v[k].s, '@') != NULL || digits(v[k].s) >= 5 || (v[k].flags & LN_BLANK))
			return;
	for (size_t k = from + 1; k + 1 < last; k++) {
		j = xprintf("%s %s", v[from].s, v[k].s);
		free(v[from].s);
		v[from].s = j;
		v[k].s[0] = '\0';
	}
}

void
parse_identity(struct ctx *c)
{
	for (size_t i = 0; i + 1 < c->L->n && c->p->basics.name == NULL; i++) {
		struct line *l = &c->L->v[i];
		struct heading_hit hit;
		size_t end = i + 1, next = i + 1;
		if (name_stacked(c, i))
			end = next = i + 2;
		/* "Isabel Moreno" over "Ortega": a second surname before the rest */
		if (next + 1 < c->L->n && strchr(c->L->v[next].s, ' ') == NULL &&
		    names_like(c->L->v[next].s) && role_title_score(c->L->v[next].s) == 0 &&
		    !role_place(c, c->L->v[next].s, NULL) &&
		    !heading_match(&c->lx->headings, &c->L->v[next], &hit))
			next++;
		/* "Spanish – Basic (A2)": a sidebar's line, no name; nor is a
		 * table's row */
		if ((l->flags & (MK_BULLET | MK_NUMBERED)) || strchr(l->s, '\t') != NULL ||
		    !names_like(l->s) ||
		    strpbrk(l->s, "0123456789()") != NULL ||
		    parse_tongue(l->s, strcspn(l->s, " ")) ||
		    strchr(l->s, ' ') == NULL || heading_match(&c->lx->headings, l, &hit) ||
		    role_title_score(l->s) > 0 || lexicon_skill(c->lx, l->s, strlen(l->s)) ||
		    skill_items(c, l->s) ||
		    role_place(c, l->s, NULL) || credential_worded(l->s) ||
		    !identity_next(c, c->L->v[next].s))
			continue;
		/* the headline may stand apart from the name; the block ends at
		 * a heading */
		while (end < c->L->n && end < next + 5 && strlen(c->L->v[end].s) < 100 &&
		    !heading_match(&c->lx->headings, &c->L->v[end], &hit))
			end++;
		headline_rejoin(c, next, end);
		parse_top_lines(c, i, end);
		for (size_t k = i; k < end; k++)
			c->L->v[k].s[0] = '\0';
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
			parse_top_line(c, &c->L->v[j]);
			c->L->v[j].s[0] = '\0';
		}
		return;
	}
}

/*
 * A mail whose top gave no name: the signature under "--" or under the
 * sign-off ("Cheers," over "Jane" over "Jane Doe" over "Data Engineer")
 * is the person's header; else the sender in "From:" names the person.
 */
void
parse_letter(struct ctx *c)
{
	char *sender = NULL;
	int mail = 0;

	for (size_t i = 0; i < c->L->n && i < 12; i++)
		mail |= letter_line(c->L->v[i].s) == LT_HEADER ||
		    letter_line(c->L->v[i].s) == LT_GREETING;
	for (size_t i = 0; mail && i < c->L->n && c->p->basics.name == NULL; i++) {
		enum letter_kind k = letter_line(c->L->v[i].s);
		if (sender == NULL && k == LT_HEADER)
			sender = letter_sender(c->L->v[i].s);
		if (k != LT_DELIM && k != LT_SIGNOFF)
			continue;
		c->L->v[i].s[0] = '\0';
		/* "Cheers," over "Jane": the first name alone is no header */
		if (i + 1 < c->L->n && strchr(c->L->v[i + 1].s, ' ') == NULL)
			i++;
		for (size_t j = i + 1; j < c->L->n && j < i + 5; j++) {
			struct heading_hit hit;
			if (letter_line(c->L->v[j].s) != LT_NONE ||
			    heading_match(&c->lx->headings, &c->L->v[j], &hit) ||
			    (j > i + 1 && (c->L->v[j].flags & LN_BLANK)))
				break;
			parse_top_line(c, &c->L->v[j]);
			c->L->v[j].s[0] = '\0';
		}
	}
	if (c->p->basics.name == NULL && sender != NULL) {
		char *n = names_case(sender);
		profile_set(&c->p->basics.name, n);
		free(n);
	}
	free(sender);
}
