/*
 * import_text: résumé text into a profile.
 *
 * The bytes are recoded (recode.c), laid out as lines (layout.c), cut into
 * sections at their headings (heading.c), and each section is read by its
 * parser (parse_*.c).  Nothing here is global: what the importer knows of
 * words comes in a lexicon, built from the config.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "certline.h"
#include "coltable.h"
#include "consent.h"
#include "dateorder.h"
#include "dutyblock.h"
#include "eprows.h"
#include "europass.h"
#include "eduzip.h"
#include "europass_places.h"
#include "epgrid.h"
#include "fold.h"
#include "footer.h"
#include "form.h"
#include "formhead.h"
#include "glued.h"
#include "headsplit.h"
#include "homeplace.h"
#include "import.h"
#include "labelcol.h"
#include "labelpairs.h"
#include "layout.h"
#include "letter.h"
#include "lexicon.h"
#include "lineword.h"
#include "mailquote.h"
#include "p11form.h"
#include "names.h"
#include "nestrole.h"
#include "parse.h"
#include "prose.h"
#include "ratings.h"
#include "recode.h"
#include "roleline.h"
#include "rtlcells.h"
#include "rirekisho.h"
#include "sectionless.h"
#include "worktable.h"
#include "source.h"
#include "spaced.h"
#include "iconlink.h"
#include "ocrfix.h"
#include "unflatten.h"
#include "unweave.h"
#include "jobfacts.h"
#include "jobprojects.h"
#include "webchrome.h"
#include "xalloc.h"

struct sections {
	struct sect *v;
	size_t n, cap;
};

static struct sect *
section_add(struct sections *S, enum isec sec, const char *title, size_t from)
{
	struct sect *s;

	if (S->n == S->cap) {
		S->cap = S->cap ? S->cap * 2 : 16;
		S->v = xreallocarray(S->v, S->cap, sizeof *S->v);
	}
	s = &S->v[S->n++];
	s->sec = sec;
	s->title = NULL;
	if (title != NULL) {
		/* "[Skills]", ">> TOOLS:": the wording without its decoration */
		size_t n = strlen(title);
		while (n > 0 && !isalnum((unsigned char)title[n - 1]) &&
		    (unsigned char)title[n - 1] < 0x80)
			n--;
		while (n > 0 && !isalnum((unsigned char)*title) && (unsigned char)*title < 0x80) {
			title++;
			n--;
		}
		/* "V. LOGICIELS MAÎTRISÉS": the wording without its Roman figure */
		size_t k = heading_roman(title);
		if (k > 0 && k < n) {
			title += k;
			n -= k;
		}
		s->title = xstrndup(title, n);
	}
	s->from = s->to = from;
	return s;
}

/* "PROGRAMMING" over "Python, SQL, R" in a sidebar that names no skills
 * section: a group of skills in capitals, its list under it. */
static int
caps_group(const struct lexicon *lx, const struct layout *L, size_t i)
{
	const char *s = L->v[i].s, *next;
	struct strlist items = STRLIST_INIT;
	struct ctx c = { lx, NULL, (struct layout *)L };
	int letters = 0, words = 1, known = 0;

	if (i + 1 >= L->n)
		return 0;
	for (const char *p = s; *p != '\0'; p++) {
		if (islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '@')
			return 0;
		/* "DWAYNE A. LIBURD": a middle initial, a name */
		if (isupper((unsigned char)p[0]) && p[1] == '.' && (p == s || p[-1] == ' '))
			return 0;
		letters += isupper((unsigned char)*p) != 0;
		words += *p == ' ';
	}
	next = L->v[i + 1].s;
	if (letters < 3 || words > 4 || strpbrk(next, ",\xc2") == NULL)
		return 0;
	parse_skill_list(&c, next, &items);
	/* "B.Sc. (Hons), M.Sc., PMP" under a name: degrees, no skills */
	for (size_t k = 0; k < items.n; k++)
		known += role_degree_score(items.v[k]) > 0 ? -1 :
		    lexicon_skill(lx, items.v[k], strlen(items.v[k]));
	known = items.n >= 2 && known >= 1;
	strlist_clear(&items);
	return known;
}

static int
holds_entries(enum isec sec)
{
	return sec == IS_SKILLS || sec == IS_EXPERIENCE || sec == IS_EDUCATION ||
	    sec == IS_PROJECTS || sec == IS_PUBLICATIONS || sec == IS_VOLUNTEER ||
	    sec == IS_LANGUAGES;
}

/* The Markdown level of the sections' known headings, 0 if none. */
static int
known_level(const struct layout *L, const char *is_heading)
{
	for (size_t i = 0; i < L->n; i++)
		if (is_heading[i] && (L->v[i].flags & MK_HEADING) && L->v[i].level > 1)
			return L->v[i].level;
	return 0;
}

/* "## Flight Hours" among "## Licences" and "## Education": a heading of
 * the sections' level, unknown and naming no job nor firm, ends the
 * section above; what it heads is of no use. */
static int
unknown_heading(const struct layout *L, size_t i, int level)
{
	const struct line *l = &L->v[i];

	return level > 0 && (l->flags & MK_HEADING) && l->level == level &&
	    lineword_count(l->s) <= 4 && role_title_score(l->s) == 0 &&
	    role_company_score(l->s) == 0 && role_school_score(l->s) == 0 &&
	    strpbrk(l->s, "0123456789@|,") == NULL;
}

static void
cut_sections(const struct lexicon *lx, struct layout *L, struct sections *S)
{
	char *is_heading = xcalloc(L->n * 2 + 1, 1);
	struct sect *cur;
	int level;

	headsplit_run(lx, L, is_heading);
	level = known_level(L, is_heading);
	cur = section_add(S, IS_NONE, NULL, 0);
	for (size_t i = 0; i < L->n; i++) {
		if (!is_heading[i] && cur->sec != IS_NONE && unknown_heading(L, i, level)) {
			cur->to = i;
			cur = section_add(S, IS_OTHER, L->v[i].s, i + 1);
		} else if (is_heading[i] && !(cur->sec == IS_LANGUAGES && epgrid_heads(L->v[i].s))) {
			/* "SPEAKING" among the languages: the grid's heading */
			cur->to = i;
			cur = section_add(S, (enum isec)(is_heading[i] - 1), L->v[i].s, i + 1);
		} else if (i > 0 && !holds_entries(cur->sec) && caps_group(lx, L, i)) {
			cur->to = i;
			cur = section_add(S, IS_SKILLS, NULL, i);
		}
	}
	cur->to = L->n;
	free(is_heading);
}

static void
dispatch_one(struct ctx *c, const struct sect *s)
{
	switch (s->sec) {
	case IS_SUMMARY: parse_summary(c, s); break;
	case IS_EXPERIENCE: parse_work(c, s); break;
	case IS_EDUCATION: parse_education(c, s); break;
	case IS_SKILLS: parse_skills(c, s); break;
	case IS_PROJECTS: parse_projects(c, s); break;
	case IS_PATENTS: parse_patents(c, s); break;
	case IS_PUBLICATIONS: parse_publications(c, s); break;
	case IS_CERTIFICATES: parse_certificates(c, s); break;
	case IS_AWARDS: parse_awards(c, s); break;
	case IS_LANGUAGES: parse_languages(c, s); break;
	case IS_VOLUNTEER: parse_volunteer(c, s); break;
	case IS_INTERESTS: parse_interests(c, s); break;
	default: break;
	}
}

/* "Nov 2021 — Nov 2021", "Jun 2020 — Jul 2020" under "Courses": a
 * course's weeks, no job's years. */
static int
course_span(const struct sect *s, const struct daterange *r)
{
	int months;

	if (r->open || r->end.y == 0 || r->start.m == 0 || r->end.m == 0)
		return 0;
	months = (r->end.y - r->start.y) * 12 + r->end.m - r->start.m;
	return months == 0 || (s->sec == IS_CERTIFICATES && months < 3);
}

/*
 * pdftotext may read a sidebar into the middle of the work it stands
 * beside: a role and its dates then land under "Languages".  The section
 * is cut before the first job title followed by a date range, and what
 * follows is read as work.
 */
static size_t
stray_work(const struct ctx *c, const struct sect *s)
{
	for (size_t i = s->from; i + 1 < s->to; i++) {
		struct daterange r;
		const char *next = c->L->v[i + 1].s, *value;
		/* "Certified Kubernetes Application Developer" over its
		 * validity is a certificate, a job's word in it or not */
		/* "Developer Tools: Git, Docker, AWS" is a list, its label
		 * a job's word or not */
		const char *colon = strchr(c->L->v[i].s, ':');
		if (colon != NULL && strchr(colon, ',') != NULL)
			continue;
		if (role_title_score(c->L->v[i].s) > 0 && !certline_named(c->L->v[i].s) &&
		    dateparse_only(next) &&
		    dateparse_find(next, strlen(next), &r) && !r.single && !course_span(s, &r))
			return i;
		/* "abr. 2011 – dic. 2012" over "INGENIERO DE PLANIFICACIÓN":
		 * the dates first, then the job */
		if (i + 2 < s->to && dateparse_only(c->L->v[i].s) &&
		    dateparse_find(c->L->v[i].s, strlen(c->L->v[i].s), &r) && !r.single &&
		    role_title_score(next) > 0 && !certline_named(next) &&
		    strchr(next, ':') == NULL && strchr(next, ',') == NULL)
			return i;
		/* "KPMG Angola" over "Set/2015 - Fev/2016 | Luanda" over
		 * "Função: Estagiário de Auditoria": a firm, its dates, then
		 * its title after a label, come on after a sidebar's list */
		if (i + 2 < s->to && colon == NULL && dateparse_find(next, strlen(next), &r) &&
		    !r.single && r.from == 0 && !dateparse_only(c->L->v[i].s) &&
		    roleline_label_kind(c->L->v[i + 2].s, &value) == 2 && *value != '\0')
			return i;
	}
	return s->to;
}

/* Whether a heading's words end in tail: "Key highlights" in "highlights",
 * "Extracurricular activities" in "activities". */
static int
title_ends(const char *title, const char *tail)
{
	char key[64];
	size_t n, k = strlen(tail);

	if (title == NULL)
		return 0;
	fold_key(title, strlen(title), key, sizeof key);
	n = strlen(key);
	return n >= k && strcmp(key + n - k, tail) == 0;
}

static void
dispatch(struct ctx *c, const struct sect *s)
{
	enum isec e;

	if (s->sec == IS_EXPERIENCE && dutyblock_present(c, s))
		return;
	/* "Career Summary" over a table of jobs */
	if (s->sec == IS_SUMMARY && worktable_opens(c, s)) {
		parse_work(c, s);
		return;
	}
	if ((s->sec == IS_SKILLS || s->sec == IS_INTERESTS) &&
	    (e = sectionless_entries(c, s)) != IS_NONE) {
		struct sect as = *s;
		/* "EXTRA-CURRICULAR ACTIVITIES" over "Treasurer, University
		 * of Guyana Accounting Society (2016 – 2017)": unpaid posts */
		as.sec = title_ends(s->title, "activities") ? IS_VOLUNTEER : e;
		dispatch_one(c, &as);
		return;
	}
	if (s->sec == IS_LANGUAGES || s->sec == IS_SKILLS || s->sec == IS_CERTIFICATES ||
	    s->sec == IS_INTERESTS || s->sec == IS_AWARDS) {
		size_t cut = stray_work(c, s);
		if (cut < s->to) {
			struct sect head = *s, tail = *s;
			head.to = cut;
			tail.from = cut;
			tail.sec = title_ends(s->title, "activities") ? IS_VOLUNTEER : IS_EXPERIENCE;
			dispatch_one(c, &head);
			dispatch_one(c, &tail);
			return;
		}
	}
	dispatch_one(c, s);
}

/* The runs of a résumé without headings become sections after the top. */
static void
sectionless(const struct ctx *c, struct sections *S)
{
	struct sect extra[8];
	size_t n = sectionless_cut(c, &S->v[0], extra, sizeof extra / sizeof *extra);

	for (size_t i = 0; i < n; i++)
		section_add(S, IS_NONE, NULL, 0);
	memmove(S->v + 1 + n, S->v + 1, (S->n - 1 - n) * sizeof *S->v);
	memcpy(S->v + 1, extra, n * sizeof *extra);
}

/* A record a parser began and found nothing for is dropped, as import of
 * the JSON export would drop it. */
static void
drop_empty(struct profile *p)
{
	for (int s = 0; s < SEC__COUNT; s++) {
		const struct section_desc *d = &profile_sections[s];
		for (size_t i = profile_count(p, s); i-- > 0;)
			if (record_empty(profile_item(p, s, i), d->fields, d->nfields))
				profile_remove(p, s, i);
	}
}

/* Whether one of s's parts, set apart by a gap or a separator, is a
 * title ("Curriculum Vitae", "个人简历"). */
static int
titled_parts(const char *s)
{
	static const char *const seps[] = { "\t", " \xc2\xb7 ", " | ", " - ", " \xe2\x80\x93 ",
		" \xe2\x80\x94 ", NULL };

	for (int i = 0; seps[i] != NULL; i++) {
		const char *at = strstr(s, seps[i]);
		char *first;
		int is;
		if (at == NULL)
			continue;
		first = xstrndup(s, (size_t)(at - s));
		is = names_title_line(first) || names_title_line(at + strlen(seps[i]));
		free(first);
		if (is)
			return 1;
	}
	return 0;
}

/* The first two words of s folded into key, 0 if s has fewer or holds
 * figures or an address. */
static int
two_words(const char *s, char *key, size_t size)
{
	const char *sp = strchr(s, ' ');
	size_t n;

	if (sp == NULL || strpbrk(s, "0123456789@") != NULL)
		return 0;
	n = (size_t)(sp - s) + 1 + strcspn(sp + 1, " \t");
	fold_key(s, n, key, size);
	return strchr(key, ' ') != NULL;
}

/* "Curriculum Vitae<gap>Mehmet Can Yıldırım", "陈思雨 · 个人简历",
 * "Nicolas BÉRARD – Responsable ..." under "NICOLAS BÉRARD" atop page
 * one: opening a page after the first, the form's running head, no line
 * of the section it falls in. */
static void
page_titles_drop(struct layout *L)
{
	char name[64] = "", key[64];
	size_t first = 0;

	while (first < L->n && L->v[first].s[0] == '\0')
		first++;
	if (first < L->n && lineword_count(L->v[first].s) <= 5 &&
	    !two_words(L->v[first].s, name, sizeof name))
		name[0] = '\0';
	for (size_t i = 1; i < L->n; i++)
		if ((L->v[i].flags & LN_PAGE) && (titled_parts(L->v[i].s) ||
		    (name[0] != '\0' && two_words(L->v[i].s, key, sizeof key) &&
		    strcmp(key, name) == 0)))
			L->v[i].s[0] = '\0';
}

/* Whether the section's lines are a form's rows, "Name:<TAB>Matilda
 * Boateng", "Date of Birth:<TAB>...": three or more, most of its lines,
 * labelled as a person's details are. */
static int
form_rows(const struct layout *L, const struct sect *s)
{
	size_t rows = 0, lines = 0;

	for (size_t i = s->from; i < s->to; i++) {
		const char *t = L->v[i].s;
		size_t n = strcspn(t, ":\t");
		if (t[0] == '\0')
			continue;
		lines++;
		rows += t[n] != '\0' && formhead_kind(t, n) != FH_NONE;
	}
	return rows >= 3 && rows * 3 >= lines * 2;
}

/* "Diplômes" then "Formations": the courses after a section of diplomas
 * are trainings, certificates, not more schooling. */
static void
courses_apart(struct sections *S)
{
	int schooled = 0;

	for (size_t i = 1; i < S->n; i++) {
		char key[32];
		if (S->v[i].sec != IS_EDUCATION || S->v[i].title == NULL)
			continue;
		fold_key(S->v[i].title, strlen(S->v[i].title), key, sizeof key);
		if (schooled && (strcmp(key, "formations") == 0 ||
		    strcmp(key, "formation continue") == 0 ||
		    strcmp(key, "formations complementaires") == 0))
			S->v[i].sec = IS_CERTIFICATES;
		schooled = 1;
	}
}

static void
parse_all(const struct lexicon *lx, struct layout *L, struct profile *p)
{
	struct sections S = { NULL, 0, 0 };
	struct ctx c = { lx, p, L };
	const struct sect *contact = NULL;

	rtlcells_drop(L);
	eprows_split(L);
	labelpairs_join(L);
	europass_places(L);
	if (!europass_rewrite(lx, L) && !form_rewrite(L) && !unflatten(lx, L))
		labelcol_split(lx, L);
	glued_split(lx, L);
	glued_headings(lx, L);
	spaced_resplit(lx, L);
	webchrome_drop(L);
	jobfacts_drop(L);
	jobfacts_industry_drop(L);
	names_drop_chrome(L);
	names_cv_titled(L);
	footer_drop(L);
	page_titles_drop(L);
	consent_drop(L);
	jobprojects_move(L);
	letter_cover_drop(L);
	rirekisho_take(&c);
	nestrole_spread(lx, L);
	cut_sections(lx, L, &S);
	unweave_sections(lx, L, S.v, S.n);
	for (size_t i = 1; i < S.n; i++)
		if (S.v[i].sec == IS_EXPERIENCE || S.v[i].sec == IS_EDUCATION)
			dateorder_fix(L, &S.v[i]);
	sectionless(&c, &S);
	for (size_t i = 1; i < S.n; i++) {
		if (S.v[i].sec == IS_SUMMARY && form_rows(L, &S.v[i]))
			S.v[i].sec = IS_CONTACT;	/* "PERSONAL PROFILE" over "Name: ..." */
		if (S.v[i].sec == IS_CONTACT && contact == NULL)
			contact = &S.v[i];
	}
	parse_basics(&c, &S.v[0], contact);
	/* the rest of "Personal details" after its "Languages known:" line */
	for (size_t i = 1; i < S.n; i++) {
		if (S.v[i].sec != IS_CONTACT || &S.v[i] == contact)
			continue;
		formhead_read(&c, S.v[i].from, S.v[i].to);
		for (size_t k = S.v[i].from; k < S.v[i].to; k++)
			parse_contact(&c, L->v[k].s);
	}
	if (p->basics.name == NULL)
		parse_letter(&c);
	if (p->basics.name == NULL)
		parse_name_greeting(&c);
	if (p->basics.name == NULL)
		parse_identity(&c);
	if (p->basics.name == NULL)
		parse_name_fallback(&c);
	parse_name_headers(&c, S.v[0].to);
	for (size_t i = 1; i < S.n; i++)
		if (S.v[i].sec == IS_OTHER && parse_label_wanted(&c, &S.v[i]))
			break;
	if (S.n > 1)
		parse_basics_under(&c, &S.v[1]);
	parse_name_about(&c);
	courses_apart(&S);
	for (size_t i = 1; i < S.n; i++)
		dispatch(&c, &S.v[i]);
	prose_career(&c);
	for (size_t i = 1; i < S.n; i++)
		if (S.v[i].sec == IS_OTHER && title_ends(S.v[i].title, "highlights"))
			parse_highlights(&c, &S.v[i]);
	eduzip_apply(p);
	parse_untab(p);
	homeplace_case(&p->basics.location);
	drop_empty(p);
	for (size_t i = 0; i < S.n; i++)
		free(S.v[i].title);
	free(S.v);
}

enum status
import_text(const char *data, size_t len, const struct import_opts *o,
    struct import_result *r, char *err, size_t errlen)
{
	struct buf text = BUF_INIT;
	struct lexicon own;
	const struct lexicon *lx = o->lex;
	struct layout L;
	enum status st;
	char *bare, *plain, *joined, *mended, *icons, *mail, *form;
	const char *src;

	if ((st = recode_text(data, len, &text, err, errlen)) != ST_OK)
		return st;
	if (lx == NULL) {
		if ((st = lexicon_init(&own, o->cfg, err, errlen)) != ST_OK) {
			lexicon_free(&own);
			buf_free(&text);
			return st;
		}
		lx = &own;
	}
	/* a scan's figures mended and brands' icons read for the parse; the
	 * text stored as it came */
	icons = iconlink_text(buf_str(&text));
	mended = ocrfix_text(icons != NULL ? icons : buf_str(&text));
	src = mended != NULL ? mended : icons != NULL ? icons : buf_str(&text);
	/* a résumé quoted in a mail sent on: its quoted lines alone */
	if ((mail = mailquote_text(src)) != NULL)
		src = mail;
	/* the UN's Personal History form, read by its columns */
	if ((form = p11form_text(lx, src)) != NULL)
		src = form;
	plain = source_plain(src);
	bare = ratings_blank(plain != NULL ? plain : src);
	joined = coltable_join(bare != NULL ? bare : plain != NULL ? plain : src);
	layout_build(joined != NULL ? joined : bare != NULL ? bare : plain != NULL ? plain :
	    src, &L, europass_signs(src) ? LAYOUT_ONECOLUMN : 0);
	free(mended);
	free(icons);
	free(mail);
	free(form);
	free(joined);
	free(bare);
	free(plain);
	r->profile = profile_new();
	parse_all(lx, &L, r->profile);
	layout_free(&L);
	if (lx == &own)
		lexicon_free(&own);
	for (char *s = text.s; s != NULL && *s != '\0'; s++)
		if (*s == '\f')
			*s = '\n';
	r->text = buf_detach(&text);
	if (o->as_of.y > 0) {
		char iso[8];
		date_iso_format(o->as_of, iso);
		profile_set(&r->profile->as_of, iso);
	}
	if (profile_hollow(r->profile)) {
		snprintf(err, errlen, "nothing of a résumé found in it");
		profile_free(r->profile);
		free(r->text);
		r->profile = NULL;
		r->text = NULL;
		return ST_DATA;
	}
	return ST_OK;
}
