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

#include "consent.h"
#include "dateorder.h"
#include "edutable.h"
#include "europass.h"
#include "europass_places.h"
#include "fold.h"
#include "footer.h"
#include "form.h"
#include "formhead.h"
#include "glued.h"
#include "homeplace.h"
#include "import.h"
#include "labelcol.h"
#include "layout.h"
#include "lexicon.h"
#include "lineword.h"
#include "projtable.h"
#include "names.h"
#include "nestrole.h"
#include "parse.h"
#include "prose.h"
#include "ratings.h"
#include "recode.h"
#include "rirekisho.h"
#include "sectionless.h"
#include "source.h"
#include "spaced.h"
#include "unflatten.h"
#include "unweave.h"
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
		s->title = xstrndup(title, n);
	}
	s->from = s->to = from;
	return s;
}

static int
dated_section(enum isec sec)
{
	return sec == IS_EXPERIENCE || sec == IS_PROJECTS || sec == IS_VOLUNTEER;
}

/* Whether s holds a range of dates, not one date alone. */
static int
range_line(const char *s)
{
	struct daterange r;

	return dateparse_find(s, strlen(s), &r) && !r.single;
}

/* "Skills: Kotlin · Kafka" under a job, then the next job's dates: a line
 * of the entry, which a profile page sets under each role, no section. */
static int
entry_label(const struct lexicon *lx, const struct layout *L, size_t i)
{
	for (size_t j = i + 1; j < L->n && j <= i + 8; j++) {
		struct heading_hit hit;
		if (heading_match(&lx->headings, &L->v[j], &hit))
			return 0;
		if (range_line(L->v[j].s))
			return 1;
	}
	return 0;
}

/* "1. KrishiDrishti – Crop Disease Detection" over "   Tech Stack:
 * Python, Flask": a label and its content set in under an entry (the
 * line before it, not blank, at prev_indent) are a line of the entry. */
static int
set_in_label(const struct line *l, int prev_indent)
{
	return prev_indent >= 0 && l->indent > prev_indent && !(l->flags & LN_BLANK);
}

/* "Duties, Accomplishments and Related Skills:" over a job's bullets: a
 * label of the entry's body that ends in a section's word, run in under a
 * job, no heading of its own.  "Principali progetti:" does head the
 * job's projects. */
static int
run_in_label(const struct layout *L, size_t i, const struct heading_hit *hit, enum isec cur)
{
	const char *s = L->v[i].s;
	size_t n = strlen(s);

	return cur == IS_EXPERIENCE && hit->sec != IS_PROJECTS && !hit->exact &&
	    hit->rest == 0 && n > 0 && s[n - 1] == ':' && i + 1 < L->n;
}

/* "Highlights:", "Key Achievements:" under a job's bullets or its dated
 * head, over more bullets: a label of the job's body, in the case of
 * words, not of a section's heading; the next job's dates below, or
 * bullets under it. */
static int
run_in_list(const struct layout *L, size_t i, const struct heading_hit *hit, enum isec cur,
    int in_entry)
{
	const char *s = L->v[i].s;
	size_t n = strlen(s);

	return cur == IS_EXPERIENCE && (hit->sec == IS_OTHER || hit->sec == IS_AWARDS) &&
	    hit->rest == 0 && n > 0 && s[n - 1] == ':' && in_entry && !parse_all_caps(s) &&
	    !(L->v[i].flags & (MK_HEADING | MK_BOLD | LN_UNDERLINED));
}

/* "Other languages<TAB>English, Afrikaans" under "Surname<TAB>Mahlangu":
 * a row of a table of personal data, its label a heading's word. */
static int
form_row(enum isec cur, const struct layout *L, size_t i)
{
	return cur == IS_CONTACT && (L->v[i].flags & LN_CELLS) && i > 0 &&
	    (L->v[i - 1].flags & LN_CELLS) && !(L->v[i].flags & LN_BLANK);
}

/* "Experience" over "<indent>7 years", "Rate" over "$45/h": a profile's
 * box of facts, a term and its value set in under it, no heading. */
static int
fact_label(const struct layout *L, size_t i)
{
	const struct line *next = i + 1 < L->n ? &L->v[i + 1] : NULL;
	int words = 1;

	if (next == NULL || next->indent <= L->v[i].indent ||
	    (next->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED)) ||
	    !isdigit((unsigned char)next->s[0]))
		return 0;
	for (const char *p = next->s; *p != '\0'; p++)
		words += *p == ' ';
	return words <= 3;
}

/* "▶ Conhecimentos" alone with its mark, no marked line above or below
 * it: a heading its mark decorates, not an item of a list. */
static int
marked_heading(const struct lexicon *lx, const struct layout *L, size_t i,
    struct heading_hit *hit)
{
	struct line bare = L->v[i];
	unsigned list = MK_BULLET | MK_NUMBERED;

	if (!(bare.flags & MK_BULLET) || (i + 1 < L->n && (L->v[i + 1].flags & list)) ||
	    (i > 0 && (L->v[i - 1].flags & list) && !(bare.flags & LN_BLANK)))
		return 0;
	bare.flags &= ~(unsigned)MK_BULLET;
	return heading_match(&lx->headings, &bare, hit) && hit->exact && hit->rest == 0;
}

/* "EDV: SAP, Excel": a short label, a colon and its content. */
static int
label_line(const char *s)
{
	size_t n = strcspn(s, ":");
	int words = 1;

	if (s[n] == '\0' || n == 0 || n > 30 || s[n + 1 + strspn(s + n + 1, " \t")] == '\0')
		return 0;
	for (size_t k = 0; k < n; k++)
		words += s[k] == ' ' && s[k + 1] != ' ' && s[k + 1] != ':';
	return words <= 3;
}

/* "Kenntnisse" over "Sprachen: Deutsch, Englisch" over "EDV: SAP QM",
 * "Personal details" over "Languages known: English, Hindi" over
 * "Nationality: Indian": a label that is another section's word makes
 * that section of its line alone; the next label line is back in the
 * section around it, under a copy of its heading (the line at out[head],
 * of section sec). */
static void
back_to(struct layout *out, size_t head, enum isec sec, char *is_heading, size_t *o)
{
	char *s = xstrdup(out->v[head].s);
	struct line *l = layout_add(out, s, strlen(s), out->v[head].indent, out->v[head].flags);

	l->level = out->v[head].level;
	is_heading[(*o)++] = (char)(sec + 1);
	free(s);
}

/* "Stagiaire de 6e année" over "Pharmacie du Parc – Villeurbanne" over
 * "Janv. 2013 – juin 2013" over a bullet, under the skills of a sidebar
 * that raw pdftotext set after the main column's first page: a job, in
 * the shape the work section's are, title and firm over dates alone over
 * bullets, or title over firm and dates over bullets.  (A sidebar set
 * inside a job, its bullets after the list, is told apart later: see
 * unweave.) */
static int
job_resumed(const struct layout *L, size_t i)
{
	const struct line *v = L->v;

	if (i + 2 >= L->n)
		return 0;
	for (size_t k = i; k < i + 2; k++)
		if ((v[k].flags & (MK_BULLET | MK_NUMBERED)) || v[k].s[0] == '\0' ||
		    (k > i && (v[k].flags & LN_BLANK)))
			return 0;
	if (range_line(v[i].s))
		return 0;
	/* "Commis Chef" over "Brasserie Lúnasa, Galway | Sep 2015 – Apr 2018"
	 * over a bullet: the right column of a page after the left's */
	if (range_line(v[i + 1].s))
		return !dateparse_only(v[i + 1].s) && (v[i + 2].flags & MK_BULLET);
	return i + 3 < L->n && dateparse_only(v[i + 2].s) && range_line(v[i + 2].s) &&
	    (v[i + 3].flags & MK_BULLET);
}

/* "Skills: C, Go" becomes the heading "Skills" and the line "C, Go". */
static void
split_headings(const struct lexicon *lx, struct layout *L, char *is_heading)
{
	struct layout out;
	size_t o = 0, head = SIZE_MAX;
	enum isec cur = IS_NONE;
	size_t work_head = SIZE_MAX;
	int back = 0, prev_indent = -1, prev_bullet = 0, dated = 0, sec_bullet = 0;

	memset(&out, 0, sizeof out);
	out.urls = L->urls;
	for (size_t i = 0; i < L->n; i++) {
		struct line *l = &L->v[i];
		struct heading_hit hit;
		int h = heading_match(&lx->headings, l, &hit) || marked_heading(lx, L, i, &hit);
		/* the lines before are freed as they go: their indent kept */
		int indent_before = prev_indent, bullet_before = prev_bullet;
		/* a job's dated head a line or two above: "Team Leader at
		 * Northgate (March 2021 - Present)" over "Key achievements:" */
		int under_head = dated > 0;
		if (l->s[0] != '\0') {
			prev_indent = l->indent;
			prev_bullet = (l->flags & MK_BULLET) != 0;
			dated = cur == IS_EXPERIENCE && range_line(l->s) ? 3 : dated - (dated > 0);
			sec_bullet |= prev_bullet;
		}
		if (h && hit.rest > 0 && dated_section(cur) && (entry_label(lx, L, i) ||
		    set_in_label(l, indent_before)))
			h = 0;
		else if (h && run_in_label(L, i, &hit, cur))
			h = 0;
		else if (h && run_in_list(L, i, &hit, cur, bullet_before || under_head) &&
		    (entry_label(lx, L, i) ||
		    (i + 1 < L->n && (L->v[i + 1].flags & MK_BULLET))))
			h = 0;
		else if (h && cur == IS_EXPERIENCE && hit.sec == IS_PROJECTS && hit.rest == 0 &&
		    projtable_below(L, i))
			h = 0;	/* "Projects Handled:" over a table of them, in a job */
		else if (h && names_title_line(l->s))
			h = 0;	/* "CAREER HISTORY SHEET": the page's title */
		else if (h && hit.rest > 0 && edutable_header(l->s))
			h = 0;	/* "Qualification<TAB>Board/University<TAB>..." */
		else if (h && hit.rest > 0 && hit.sec == IS_OTHER && cur != IS_NONE &&
		    !dated_section(cur))
			h = 0;	/* "Sonstiges: SAP PLM" among the skills */
		else if (h && hit.rest > 0 && form_row(cur, L, i))
			h = 0;
		else if (h && hit.rest == 0 && fact_label(L, i))
			h = 0;
		else if (h && hit.rest == 0) {
			cur = hit.sec;
			head = o;
			sec_bullet = 0;
			if (cur == IS_EXPERIENCE)
				work_head = o;
		}
		if (!h && back && label_line(l->s))
			back_to(&out, head, cur, is_heading, &o);
		/* a job after a sidebar's section the text set before it */
		if (!h && work_head != SIZE_MAX && cur != IS_EXPERIENCE && !dated_section(cur) &&
		    cur != IS_EDUCATION && !sec_bullet && job_resumed(L, i)) {
			back_to(&out, work_head, IS_EXPERIENCE, is_heading, &o);
			cur = IS_EXPERIENCE;
			head = o - 1;
		}
		back = h && hit.rest > 0 && cur != IS_NONE && !dated_section(cur) &&
		    hit.sec != cur && head != SIZE_MAX;
		if (h && hit.rest > 0) {
			struct line *a = layout_add(&out, l->s, hit.rest, l->indent, l->flags);
			struct line *b = layout_add(&out, l->s + hit.rest, strlen(l->s + hit.rest),
			    l->indent, 0);
			(void)a;
			(void)b;
			is_heading[o++] = (char)(hit.sec + 1);
			is_heading[o++] = 0;
			free(l->s);
			continue;
		}
		layout_add(&out, l->s, strlen(l->s), l->indent, l->flags)->level = l->level;
		is_heading[o++] = h ? (char)(hit.sec + 1) : 0;
		free(l->s);
	}
	free(L->v);
	*L = out;
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
		letters += isupper((unsigned char)*p) != 0;
		words += *p == ' ';
	}
	next = L->v[i + 1].s;
	if (letters < 3 || words > 4 || strpbrk(next, ",\xc2") == NULL)
		return 0;
	parse_skill_list(&c, next, &items);
	for (size_t k = 0; k < items.n; k++)
		known += lexicon_skill(lx, items.v[k], strlen(items.v[k]));
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

	split_headings(lx, L, is_heading);
	level = known_level(L, is_heading);
	cur = section_add(S, IS_NONE, NULL, 0);
	for (size_t i = 0; i < L->n; i++) {
		if (!is_heading[i] && cur->sec != IS_NONE && unknown_heading(L, i, level)) {
			cur->to = i;
			cur = section_add(S, IS_OTHER, L->v[i].s, i + 1);
		} else if (is_heading[i]) {
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

/*
 * pdftotext may read a sidebar into the middle of the work it stands
 * beside: a role and its dates then land under "Languages".  The section
 * is cut before the first job title followed by a date range, and what
 * follows is read as work.
 */
/* Whether s names a certificate or a licence ("Certified ...", "...
 * Certification", "Zertifizierter ..."). */
static int
certificate_name(const char *s)
{
	static const char *const stems[] = { "certif", "zertifi", "licen", "accredit", NULL };
	char key[96];

	fold_key(s, strlen(s), key, sizeof key);
	for (int i = 0; stems[i] != NULL; i++)
		if (strstr(key, stems[i]) != NULL)
			return 1;
	return 0;
}

static size_t
stray_work(const struct ctx *c, const struct sect *s)
{
	for (size_t i = s->from; i + 1 < s->to; i++) {
		struct daterange r;
		const char *next = c->L->v[i + 1].s;
		/* "Certified Kubernetes Application Developer" over its
		 * validity is a certificate, a job's word in it or not */
		/* "Developer Tools: Git, Docker, AWS" is a list, its label
		 * a job's word or not */
		const char *colon = strchr(c->L->v[i].s, ':');
		if (colon != NULL && strchr(colon, ',') != NULL)
			continue;
		if (role_title_score(c->L->v[i].s) > 0 && !certificate_name(c->L->v[i].s) &&
		    dateparse_only(next) &&
		    dateparse_find(next, strlen(next), &r) && !r.single)
			return i;
		/* "abr. 2011 – dic. 2012" over "INGENIERO DE PLANIFICACIÓN":
		 * the dates first, then the job */
		if (i + 2 < s->to && dateparse_only(c->L->v[i].s) &&
		    dateparse_find(c->L->v[i].s, strlen(c->L->v[i].s), &r) && !r.single &&
		    role_title_score(next) > 0 && !certificate_name(next) &&
		    strchr(next, ':') == NULL && strchr(next, ',') == NULL)
			return i;
	}
	return s->to;
}

static void
dispatch(struct ctx *c, const struct sect *s)
{
	enum isec e;

	if ((s->sec == IS_SKILLS || s->sec == IS_INTERESTS) &&
	    (e = sectionless_entries(c, s)) != IS_NONE) {
		struct sect as = *s;
		as.sec = e;
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
			tail.sec = IS_EXPERIENCE;
			dispatch_one(c, &head);
			parse_work(c, &tail);
			return;
		}
	}
	dispatch_one(c, s);
}

/* "Highlights", "Key highlights", "Career highlights". */
static int
highlights_title(const char *title)
{
	char key[64];
	size_t n;

	if (title == NULL)
		return 0;
	fold_key(title, strlen(title), key, sizeof key);
	n = strlen(key);
	return n >= 10 && strcmp(key + n - 10, "highlights") == 0;
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

/* "Curriculum Vitae<gap>Mehmet Can Yıldırım" opening a page after the
 * first: the form's running head, no line of the section it falls in. */
static void
page_titles_drop(struct layout *L)
{
	for (size_t i = 1; i < L->n; i++) {
		char *s = L->v[i].s;
		size_t n = strcspn(s, "\t");
		char *first;
		if (!(L->v[i].flags & LN_PAGE) || s[n] != '\t')
			continue;
		first = xstrndup(s, n);
		if (names_title_line(first))
			s[0] = '\0';
		free(first);
	}
}

static void
parse_all(const struct lexicon *lx, struct layout *L, struct profile *p)
{
	struct sections S = { NULL, 0, 0 };
	struct ctx c = { lx, p, L };
	const struct sect *contact = NULL;

	europass_places(L);
	if (!europass_rewrite(lx, L) && !form_rewrite(L) && !unflatten(lx, L))
		labelcol_split(lx, L);
	glued_split(lx, L);
	glued_headings(lx, L);
	spaced_resplit(lx, L);
	webchrome_drop(L);
	names_drop_chrome(L);
	footer_drop(L);
	page_titles_drop(L);
	consent_drop(L);
	rirekisho_take(&c);
	nestrole_spread(lx, L);
	cut_sections(lx, L, &S);
	unweave_sections(lx, L, S.v, S.n);
	for (size_t i = 1; i < S.n; i++)
		if (S.v[i].sec == IS_EXPERIENCE || S.v[i].sec == IS_EDUCATION)
			dateorder_fix(L, &S.v[i]);
	sectionless(&c, &S);
	for (size_t i = 1; i < S.n; i++)
		if (S.v[i].sec == IS_CONTACT && contact == NULL)
			contact = &S.v[i];
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
	if (S.n > 1)
		parse_basics_under(&c, &S.v[1]);
	parse_name_about(&c);
	for (size_t i = 1; i < S.n; i++)
		dispatch(&c, &S.v[i]);
	prose_career(&c);
	for (size_t i = 1; i < S.n; i++)
		if (S.v[i].sec == IS_OTHER && highlights_title(S.v[i].title))
			parse_highlights(&c, &S.v[i]);
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
	char *bare, *plain;

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
	plain = source_plain(buf_str(&text));
	bare = ratings_blank(plain != NULL ? plain : buf_str(&text));
	layout_build(bare != NULL ? bare : plain != NULL ? plain : buf_str(&text), &L,
	    europass_signs(buf_str(&text)) ? LAYOUT_ONECOLUMN : 0);
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
