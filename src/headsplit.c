/*
 * headsplit: see headsplit.h.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dateparse.h"
#include "edutable.h"
#include "heading.h"
#include "headsplit.h"
#include "lexicon.h"
#include "lineword.h"
#include "markup.h"
#include "names.h"
#include "parse.h"
#include "projblock.h"
#include "projtable.h"
#include "skilltidy.h"
#include "xalloc.h"

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

/* "Skills: SQL · Excel" closing a job's lines, no blank line above it:
 * the profile page's line under its last role too, though a heading
 * comes next. */
static int
dotted_tail(const struct line *l, size_t rest)
{
	return !(l->flags & LN_BLANK) && strstr(l->s + rest, " \xc2\xb7 ") != NULL;
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

/* A job's dated head among the last lines written (out[0..o)), two at
 * the most and none blank between: "Team Leader at Northgate (March
 * 2021 - Present)" over "Key achievements:". */
static int
dated_above(const struct layout *out, size_t o)
{
	for (size_t k = o, seen = 0; k-- > 0 && seen < 2; seen++) {
		if (out->v[k].s[0] == '\0')
			return 0;
		if (range_line(out->v[k].s))
			return 1;
	}
	return 0;
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

	return cur == IS_EXPERIENCE && (hit->sec == IS_OTHER || hit->sec == IS_AWARDS ||
	    hit->sec == IS_PROJECTS) &&
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

/* A short line of a list, one item a line: no digits, no stop, four
 * words at the most. */
static int
short_item(const struct line *l)
{
	size_t n = strlen(l->s);
	int words = 1;

	if (n == 0 || n > 40 || strpbrk(l->s, "0123456789:") != NULL || l->s[n - 1] == '.' ||
	    (l->flags & (MK_HEADING | LN_UNDERLINED)))
		return 0;
	for (size_t k = 0; k < n; k++)
		words += l->s[k] == ' ';
	return words <= 4;
}

/* "Public Speaking" between "HSE Audits" and "Confined Space Entry" in a
 * list of skills one a line, no blank above it, not standing out: a
 * skill that is a talks' heading's wording too. */
static int
skill_among(const struct layout *out, size_t o, const char *is_heading,
    const struct layout *L, size_t i, enum isec cur, const struct heading_hit *hit)
{
	const struct line *l = &L->v[i];

	return cur == IS_SKILLS && hit->rest == 0 &&
	    (hit->sec == IS_PUBLICATIONS || hit->sec == IS_OTHER) &&
	    !(l->flags & (LN_BLANK | MK_BOLD)) && !parse_all_caps(l->s) && short_item(l) &&
	    o > 0 && !is_heading[o - 1] && short_item(&out->v[o - 1]) &&
	    i + 1 < L->n && !(L->v[i + 1].flags & LN_BLANK) && short_item(&L->v[i + 1]);
}

/* "Career Level:" under "Target Job Title:" over "HSE Officer", over
 * "Mid Career": a label of a form whose labels and values take a line
 * each, no heading. */
static int
form_label(const struct layout *out, size_t o, const char *is_heading,
    const struct layout *L, size_t i)
{
	const struct line *l = &L->v[i];
	size_t n = strlen(l->s);

	return n > 1 && l->s[n - 1] == ':' && !(l->flags & (LN_BLANK | MK_HEADING | MK_BOLD |
	    LN_UNDERLINED)) && !parse_all_caps(l->s) && o >= 2 && !is_heading[o - 1] &&
	    !is_heading[o - 2] && out->v[o - 1].s[0] != '\0' &&
	    strchr(out->v[o - 1].s, ':') == NULL && out->v[o - 2].s[0] != '\0' &&
	    out->v[o - 2].s[strlen(out->v[o - 2].s) - 1] == ':' &&
	    i + 1 < L->n && L->v[i + 1].s[0] != '\0' && !(L->v[i + 1].flags & LN_BLANK) &&
	    L->v[i + 1].s[strlen(L->v[i + 1].s) - 1] != ':';
}

/* "Experience" under "Skill" over "Level" in a skills section: a cell of
 * a table's head set a line each, no heading. */
static int
head_cell_under(const struct layout *out, size_t o, const char *is_heading, enum isec cur,
    const struct line *l)
{
	size_t k = o;

	if (cur != IS_SKILLS || (l->flags & LN_BLANK) ||
	    skilltidy_head_cell(l->s, strlen(l->s)) != 2)
		return 0;
	while (k > 0 && !is_heading[k - 1] && k + 4 > o &&
	    skilltidy_head_cell(out->v[k - 1].s, strlen(out->v[k - 1].s)) == 2)
		k--;
	return k > 0 && !is_heading[k - 1] &&
	    skilltidy_head_cell(out->v[k - 1].s, strlen(out->v[k - 1].s)) == 1;
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
/* "Certified Nursing Assistant" over "Camelback Senior Living" over
 * "01/2015 - 08/2016 Scottsdale, AZ" over a line on the firm and a label
 * ("Achievements/Tasks") over bullets: a template's job, resumed. */
static int
notes_then_bullets(const struct lexicon *lx, const struct layout *L, size_t i)
{
	const struct line *v = L->v;
	struct heading_hit hit;
	size_t k = i + 3;

	while (k < L->n && k <= i + 5 && !(v[k].flags & (MK_BULLET | LN_BLANK)) &&
	    v[k].s[0] != '\0' && !heading_match(&lx->headings, &v[k], &hit))
		k++;
	if (k >= L->n || k == i + 3 || !(v[k].flags & MK_BULLET) || (v[k].flags & LN_BLANK))
		return 0;
	for (size_t j = i; j < i + 2; j++)
		if ((v[j].flags & (MK_BULLET | MK_NUMBERED)) || (j > i && (v[j].flags & LN_BLANK)) ||
		    v[j].s[0] == '\0' || range_line(v[j].s))
			return 0;
	return (v[i + 2].flags & LN_BLANK) == 0 && isdigit((unsigned char)v[i + 2].s[0]) &&
	    range_line(v[i + 2].s);
}

static int
job_resumed(const struct lexicon *lx, const struct layout *L, size_t i)
{
	const struct line *v = L->v;

	/* the bullets first, which cost nothing to look at */
	if (i + 2 >= L->n)
		return 0;
	if (!((v[i + 2].flags & MK_BULLET) || (i + 3 < L->n && (v[i + 3].flags & MK_BULLET))))
		return notes_then_bullets(lx, L, i);
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

/* "Position: Senior QA Engineer" over "Technologies: Java, Selenium":
 * under another label's line of an entry, a label is the entry's too. */
static int
label_above(const struct layout *out, size_t o, const char *is_heading)
{
	return o > 0 && !is_heading[o - 1] && label_line(out->v[o - 1].s);
}

/* "Project 1: Risk Platform" over "Tech stack: Java, Flink": a label
 * within the first lines of a project's block, no heading; out holds the
 * o lines written before it. */
static int
under_block(const struct layout *out, size_t o)
{
	for (size_t j = o; j > 0 && j + 4 > o; j--)
		if (projblock_head(out->v[j - 1].s))
			return 1;
	return 0;
}

/* Whether line i opens, or labels, a job's project blocks: "Project 1:
 * Risk Platform (2023.06 - 2024.05)", or "Project Experience" over it. */
static int
blocks_below(const struct layout *L, size_t i)
{
	size_t j = i + 1;

	if (projblock_head(L->v[i].s))
		return 1;
	while (j < L->n && L->v[j].s[0] == '\0')
		j++;
	return j < L->n && projblock_head(L->v[j].s);
}

/* "CLEARANCE: Secret (inactive)" after a blank line: a heading in
 * capitals with its content, standing apart. */
static int
caps_after_blank(const struct line *l, size_t rest)
{
	char *head;
	int caps;

	if (!(l->flags & LN_BLANK))
		return 0;
	head = xstrndup(l->s, rest);
	caps = parse_all_caps(head);
	free(head);
	return caps;
}

/* Whether s ends in a word with a capital, not its first word: a name
 * the page may have wrapped ("... from The Ohio State University and
 * Capital"). */
static int
name_at_end(const char *s, size_t len)
{
	size_t k = len;

	if (len == 0 || !isalpha((unsigned char)s[len - 1]))
		return 0;
	while (k > 0 && s[k - 1] != ' ')
		k--;
	return k > 0 && isupper((unsigned char)s[k]);
}

/* "9 years", "7+ Years 3 Months", "Plus de 10 ans": a duration, the
 * whole of s. */
static int
years_only(const char *s)
{
	static const char *const about[] = { "more than ", "over ", "plus de ", "mas de ",
		"más de ", "mehr als ", "uber ", "über ", "mais de ", "oltre ", NULL };
	size_t from, to, n;

	s += strspn(s, " :");
	for (int i = 0; about[i] != NULL; i++)
		if (strncasecmp(s, about[i], strlen(about[i])) == 0)
			s += strlen(about[i]);
	n = strlen(s);

	return dateparse_duration(s, n, &from, &to) >= 0 && strspn(s, " ") == from &&
	    to + strspn(s + to, " .") == n;
}

/* "Studies)": a bracket closed that the line did not open, the end of a
 * name wrapped. */
static int
bracket_end(const char *s)
{
	size_t n = strlen(s);

	return n > 1 && s[n - 1] == ')' && strchr(s, '(') == NULL;
}

/* "School" under "Oshakati Combined", a table's narrow cell: a school's
 * word alone, the end of the name of two to four capitalised words above
 * it, no gap between. */
static int
school_end(const struct line *p, const struct line *l)
{
	int words = lineword_count(p->s);

	if ((l->flags & LN_BLANK) || strchr(l->s, ' ') != NULL || !isupper((unsigned char)l->s[0]) ||
	    parse_all_caps(l->s) || role_school_score(l->s) == 0 || words < 2 || words > 4 ||
	    strpbrk(p->s, ":,;()") != NULL || parse_all_caps(p->s))
		return 0;
	for (const char *w = p->s; w != NULL; w = strchr(w + 1, ' '))
		if (!isupper((unsigned char)w[*w == ' ']))
			return 0;
	return 1;
}

/* "University" under a sentence of six words or more that ended in
 * "Capital", the two together near the page's widest line or past it: the
 * name's end the page wrapped, no heading (a proportional font wraps lines
 * unevenly); it goes back onto its line; so does a school's word under a
 * table's narrow cell (school_end).  Marks each such line in wrapped
 * (L->n entries). */
static void
names_wrapped(const struct layout *L, char *wrapped)
{
	size_t width = 0;

	for (size_t i = 0; i < L->n; i++)
		if (strlen(L->v[i].s) > width)
			width = strlen(L->v[i].s);
	for (size_t i = 1; i < L->n; i++) {
		const struct line *l = &L->v[i], *p = &L->v[i - 1];
		size_t plen = strlen(p->s);
		wrapped[i] = !(l->flags & LN_BLANK) && isupper((unsigned char)l->s[0]) &&
		    !parse_all_caps(l->s) && strpbrk(l->s, " :") == NULL &&
		    plen >= 45 && lineword_count(p->s) >= 6 &&
		    (plen + strlen(l->s) + 1) * 10 >= width * 9 && name_at_end(p->s, plen);
		wrapped[i] |= school_end(p, l);
	}
}

void
headsplit_run(const struct lexicon *lx, struct layout *L, char *is_heading)
{
	struct layout out;
	size_t o = 0, head = SIZE_MAX;
	enum isec cur = IS_NONE;
	size_t work_head = SIZE_MAX;
	int back = 0, prev_indent = -1, prev_bullet = 0, sec_bullet = 0, runin_indent = -1;
	char *wrapped = xcalloc(L->n + 1, 1);

	memset(&out, 0, sizeof out);
	out.urls = L->urls;
	names_wrapped(L, wrapped);
	for (size_t i = 0; i < L->n; i++) {
		struct line *l = &L->v[i];
		struct heading_hit hit;
		int h = heading_match(&lx->headings, l, &hit) || marked_heading(lx, L, i, &hit);
		/* the lines before are freed as they go: their indent kept */
		int indent_before = prev_indent, bullet_before = prev_bullet;
		if (l->s[0] != '\0') {
			prev_indent = l->indent;
			prev_bullet = (l->flags & MK_BULLET) != 0;
			sec_bullet |= prev_bullet;
		}
		if (h && hit.rest == 0 && wrapped[i] && o > 0 && is_heading[o - 1] == 0) {
			/* the name's end goes back onto its line */
			char *joined = xprintf("%s %s", out.v[o - 1].s, l->s);
			free(out.v[o - 1].s);
			out.v[o - 1].s = joined;
			free(l->s);
			continue;
		}
		if (h && hit.rest > 0 && dated_section(cur) && (entry_label(lx, L, i) ||
		    set_in_label(l, indent_before) || dotted_tail(l, hit.rest) || under_block(&out, o) ||
		    label_above(&out, o, is_heading)))
			h = 0;
		/* "Parcours : Hôtellerie et Restauration" set in under a
		 * degree: a line of the school's entry */
		else if (h && hit.rest > 0 && cur == IS_EDUCATION && set_in_label(l, indent_before))
			h = 0;
		else if (h && run_in_label(L, i, &hit, cur))
			h = 0;
		else if (h && run_in_list(L, i, &hit, cur, bullet_before || dated_above(&out, o)) &&
		    (entry_label(lx, L, i) ||
		    (i + 1 < L->n && (L->v[i + 1].flags & MK_BULLET))))
			h = 0;
		else if (h && cur == IS_EXPERIENCE && hit.sec == IS_PROJECTS && hit.rest == 0 &&
		    projtable_below(L, i))
			h = 0;	/* "Projects Handled:" over a table of them, in a job */
		else if (h && cur == IS_EXPERIENCE && hit.sec == IS_PROJECTS && blocks_below(L, i))
			h = 0;	/* "Project Experience" over "Project 1: ...", in a job */
		else if (h && hit.rest == 0 && form_label(&out, o, is_heading, L, i))
			h = 0;
		else if (h && head_cell_under(&out, o, is_heading, cur, l))
			h = 0;
		else if (h && skill_among(&out, o, is_heading, L, i, cur, &hit))
			h = 0;
		else if (h && hit.rest == 0 && bracket_end(l->s))
			h = 0;	/* "Studies)" under "(School Based" */
		else if (h && names_title_line(l->s))
			h = 0;	/* "CAREER HISTORY SHEET": the page's title */
		else if (h && hit.rest > 0 && edutable_header(l->s))
			h = 0;	/* "Qualification<TAB>Board/University<TAB>..." */
		else if (h && hit.rest > 0 && hit.sec == IS_OTHER && cur != IS_NONE &&
		    !dated_section(cur) && !caps_after_blank(l, hit.rest) &&
		    !((l->flags & LN_BLANK) && l->indent == runin_indent))
			h = 0;	/* "Sonstiges: SAP PLM" among the skills, not in
				 * a column of labels after a blank line */
		else if (h && hit.rest > 0 && form_row(cur, L, i))
			h = 0;
		else if (h && hit.rest > 0 && hit.sec == IS_EXPERIENCE && years_only(l->s + hit.rest))
			h = 0;	/* "Experience: 9 years": a fact of the profile */
		else if (h && hit.rest == 0 && fact_label(L, i))
			h = 0;
		else if (h && hit.rest == 0 && (dated_section(cur) || cur == IS_EDUCATION) &&
		    hit.sec != cur && hit.sec != IS_EXPERIENCE && hit.sec != IS_EDUCATION &&
		    head != SIZE_MAX &&
		    parse_all_caps(out.v[head].s) && !parse_all_caps(l->s) &&
		    entry_label(lx, L, i))
			h = 0;	/* "Courses" under a school, "EDUCATION" over it */
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
		    cur != IS_EDUCATION && !sec_bullet && job_resumed(lx, L, i)) {
			back_to(&out, work_head, IS_EXPERIENCE, is_heading, &o);
			cur = IS_EXPERIENCE;
			head = o - 1;
		}
		back = h && hit.rest > 0 && cur != IS_NONE && !dated_section(cur) &&
		    hit.sec != cur && head != SIZE_MAX;
		if (h && hit.rest > 0) {
			runin_indent = l->indent;
			/* "Competenze professionali<TAB>▪ Progettazione ...": the
			 * content's bullet is a bullet */
			int numbered = 0;
			size_t mark = markup_bullet(l->s + hit.rest, &numbered);
			layout_add(&out, l->s, hit.rest, l->indent, l->flags);
			layout_add(&out, l->s + hit.rest + mark, strlen(l->s + hit.rest + mark),
			    l->indent, mark > 0 && !numbered ? MK_BULLET : 0);
			is_heading[o++] = (char)(hit.sec + 1);
			is_heading[o++] = 0;
			free(l->s);
			continue;
		}
		layout_add(&out, l->s, strlen(l->s), l->indent, l->flags)->level = l->level;
		is_heading[o++] = h ? (char)(hit.sec + 1) : 0;
		free(l->s);
	}
	free(wrapped);
	free(L->v);
	*L = out;
}
