/*
 * Skills and languages.  A skills section is lists of names, grouped under
 * sub-headings ("Languages: C, Go", or a line "Core Skills" over its list);
 * a flat list is one group named by the section's heading.  A languages
 * section holds spoken languages and their fluency, unless what it lists
 * are programming languages: then it is a group of skills.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "epgrid.h"
#include "fold.h"
#include "lineword.h"
#include "markup.h"
#include "parse.h"
#include "skillcues.h"
#include "skillgroup.h"
#include "skillpills.h"
#include "skilltidy.h"
#include "skillwrap.h"
#include "wordlist.h"
#include "xalloc.h"

static struct skill *
group_new(struct ctx *c, const char *name, size_t len, struct skill *cur)
{
	struct skill *g = parse_append(c, SEC_SKILLS);
	char *t;
	size_t n;

	if (g == NULL)
		return cur;
	t = parse_trim(name, len);
	n = strlen(t);

	while (n > 0 && (t[n - 1] == ':' || t[n - 1] == ' '))
		t[--n] = '\0';
	profile_set(&g->name, t);
	free(t);
	return g;
}

/* "hello@studio.example · Bristol, UK": a page's contact line or foot
 * under its list of tools, no skill in it. */
static int
contact_line(const char *s)
{
	const char *at = strchr(s, '@');

	if (strstr(s, "://") != NULL || strncmp(s, "www.", 4) == 0 || strstr(s, " www.") != NULL)
		return 1;
	return at != NULL && at > s && at[-1] != ' ' && strchr(at, '.') != NULL &&
	    at[1] != ' ' && at[1] != '\0';
}

/* "Senior QA Engineer at Sysco LABS", "3 experiences across Sysco LABS
 * and 2 other companies", "Coordinador de Proyecto en CRS", "2
 * experiencias en CRS y TechnoServe": where a profile page says a skill
 * was used, under the skill, in the languages its pages come in. */
static int
used_where(const char *s)
{
	static const char *const ats[] = { " at ", " en ", " chez ", " bei ", " em ",
		" na ", " no ", " presso ", " bij ", NULL };
	static const char *const counts[] = { " experiences across ", " experience at ",
		" experiences at ", " experiencias en ", " experiencia en ",
		" experiences chez ", " experience chez ", " experiencias em ",
		" experiencia em ", " erfahrungen bei ", NULL };
	char key[160];
	const char *at = NULL;
	char *title;
	int job;

	fold_key(s, strlen(s), key, sizeof key);
	for (int i = 0; counts[i] != NULL; i++)
		if (isdigit((unsigned char)key[0]) && strstr(key, counts[i]) != NULL)
			return 1;
	if (strchr(s, ',') != NULL || lineword_count(s) > 12)
		return 0;
	for (int i = 0; ats[i] != NULL && at == NULL; i++)
		at = strstr(s, ats[i]);
	if (at == NULL)
		return 0;
	title = xstrndup(s, (size_t)(at - s));
	job = role_title_score(title) > 0;
	free(title);
	return job;
}

/* Dates, durations and sentences are not lists of skills. */
static int
not_skills(const char *s)
{
	struct daterange r;
	size_t from, to;

	if (contact_line(s) || used_where(s))
		return 1;

	if (dateparse_duration(s, strlen(s), &from, &to) >= 0)
		return 1;
	/* "SQA marking (marker since '19) | Google Classroom | ...": a
	 * date inside a list's item leaves it a list */
	if (dateparse_find(s, strlen(s), &r) && !r.single && !skillcues_list(s))
		return 1;
	return lineword_count(s) > 12 && !skillwrap_list_sep(s);
}

/* "transit international Logistique: Incoterms": the label back from its
 * colon at n, to its capital that no joining word ("Cloud y DevOps",
 * "Data & Reporting") ties to the word before; the space before it, or
 * 0. */
static size_t
label_back(const char *item, size_t n)
{
	size_t w = n;

	while (w > 0) {
		size_t b = w;
		while (b > 0 && item[b - 1] != ' ')
			b--;
		if (b == 0)
			return 0;
		if (isupper((unsigned char)item[b])) {
			size_t p = b - 1;
			while (p > 0 && item[p - 1] != ' ')
				p--;
			if (!parse_joining_word(item + p, b - 1 - p) && item[p] != '&')
				return b - 1;
		}
		w = b - 1;
	}
	return 0;
}

/* "..., PHP Frontend: React, ...", "..., SQL Server Cloud y DevOps: AWS":
 * in a list flattened onto one line, the next group's label after the
 * last item of the one before, the longest name the vocabulary knows (or
 * the first word, before a label of three words at most); the space
 * before the label, or NULL. */
static char *
label_after_item(const struct ctx *c, char *item)
{
	size_t n = strcspn(item, ":,;()"), best = 0, words = 0;
	char *label;

	if (item[n] != ':' || item[n + 1] != ' ' || n > 60)
		return NULL;	/* not "MISRA C:2012" */
	for (size_t k = 0; k < n; k++)
		if (item[k] == ' ') {
			words++;
			if (lexicon_skill(c->lx, item, k))
				best = k;
		}
	if (best == 0 && words >= 1 && words <= 3)
		best = strcspn(item, " ");
	if (best == 0)
		return NULL;
	label = item + best + 1;
	if (!fold_upper_at(label) && (best = label_back(item, n)) == 0)
		return NULL;
	label = item + best + 1;
	return fold_upper_at(label) && lineword_count(label) >= 1 &&
	    (size_t)(item + n - label) <= 30 ? item + best : NULL;
}

/* Whether s up to end is a group's list ("Lenguajes: JavaScript, Java"):
 * a label and a colon, then items of four words at most. */
static int
listed(const char *s, const char *end)
{
	const char *p = s + strcspn(s, ":,");
	int items = 0;

	/* "Microsoft Excel, Word, ...", its label read off before */
	if (*p == ',' && strchr(s, ':') > end)
		p = s - 1;
	else if (*p != ':' || p >= end)
		return 0;
	for (p++; p < end; items++) {
		const char *comma = strstr(p, ", ");
		size_t words = 1;
		if (comma == NULL || comma > end)
			comma = end;
		for (const char *q = p + 1; q < comma; q++)
			words += *q == ' ' && q[1] != ' ';
		if (words > 4)
			return 0;
		p = comma + 2;
	}
	return items >= 1;
}

/* "HDL: Verilog, VHDL. Tools: Vivado": the ". " or the tab before the
 * next group's label, or NULL. */
static char *
next_group(const struct ctx *c, char *s)
{
	for (char *p = s; *p != '\0'; p++) {
		const char *q = p + strspn(p, ". \t");
		size_t n = strcspn(q, ":,;.()");
		int w = 1;
		char *at;
		if (p[0] == ',' && p[1] == ' ' && listed(s, p) &&
		    (at = label_after_item(c, p + 2)) != NULL)
			return at;
		if (!(p[0] == '.' && p[1] == ' ') && p[0] != '\t')
			continue;	/* "... MS Office<TAB>Computer: Lexicomp" too */
		for (size_t k = 0; k < n; k++)
			w += q[k] == ' ';
		if (q[n] == ':' && n > 0 && n <= 30 && w <= 3 && isupper((unsigned char)*q))
			return p;
	}
	return NULL;
}

/* "SQL<gap>Python<gap>Power BI": a row of tags set apart by wide gaps,
 * its first a known skill, is no label and its items.  After such a row,
 * or first under the heading, a row of words alone is tags too: a label's
 * row lists its items with commas ("Tools<gap>Git, Docker"). */
static int
tag_row(const struct ctx *c, const char *s, int after)
{
	size_t first = strcspn(s, "\t");
	const char *second = strchr(s, '\t');
	int cells = 1;

	if (second == NULL || strchr(s, ':') != NULL)
		return 0;
	for (const char *p = s; *p != '\0'; p++)
		cells += *p == '\t';
	if (cells >= 3 && lexicon_skill(c->lx, s, first))
		return 1;
	return after && strpbrk(s, ",;") == NULL && cells >= (after > 1 ? 2 : 3);
}

/* "GAAP reporting<gap>• Month-end close": a list set in columns, a bullet
 * opening each cell, is one list; the cells are joined with commas.  A
 * first cell with no bullet of its own is the list's label ("Job-related
 * skills<gap>▪ Concrete, surveying"), its gap kept. */
static char *
bullet_cells(const char *s, int lead_bullet)
{
	struct buf b = BUF_INIT;
	char *t;
	int cells = 0, numbered;

	for (const char *p = s; *p != '\0'; p++) {
		size_t k;
		if (*p == '\t' && (k = markup_bullet(p + 1, &numbered)) > 0 && !numbered) {
			buf_adds(&b, cells == 0 && !lead_bullet &&
			    (size_t)(p - s) <= 40 && memchr(s, ',', (size_t)(p - s)) == NULL ?
			    "\t" : ", ");
			p += k;
			cells++;
			continue;
		}
		buf_addc(&b, *p);
	}
	t = xstrdup(cells > 0 ? buf_str(&b) : s);
	buf_free(&b);
	return t;
}

/* One piece of a line: "Label: items", "Label:" alone, or items. */
static struct skill *
skills_piece(struct ctx *c, const char *s, int tags, struct skill *g, const char *title)
{
	size_t n = strlen(s);
	int table = tags < 0;

	if (tags > 0) {
		char *row = xstrdup(s);
		for (char *t = row; (t = strchr(t, '\t')) != NULL;)
			*t = ',';
		if (g == NULL)
			g = group_new(c, title, strlen(title), g);
		if (g != NULL)
			parse_skill_list(c, row, &g->keywords);
		free(row);
		return g;
	}
	if ((n = skillwrap_group_prefix(s, table)) > 0) {
		g = group_new(c, s, n, g);
		if (g != NULL)
			parse_skill_list(c, s + n + 1, &g->keywords);
		return g;
	}
	n = strlen(s);
	if (n > 1 && s[n - 1] == ':' && lineword_count(s) <= 3)
		return group_new(c, s, n - 1, g);
	if (g == NULL)
		g = group_new(c, title, strlen(title), g);
	if (g != NULL)
		parse_skill_list(c, s, &g->keywords);
	return g;
}

/* "Spoken" over "Polish ●●●●● English ●●●●○" in a column of skills: a
 * group of spoken languages only is the person's languages. */
static int
tongues_only(const struct strlist *items)
{
	for (size_t i = 0; i < items->n; i++) {
		const char *s = items->v[i];
		size_t n = 0;
		while (s[n] != '\0' && (isalpha((unsigned char)s[n]) || (unsigned char)s[n] >= 0x80))
			n++;
		if (n == 0 || !parse_tongue(s, n))
			return 0;
	}
	return items->n > 0;
}

/* "Leeds, UK" under the skills: a column of places a PDF's text set after
 * the list, no skill.  Its first part must be a known city. */
static int
place_line(const struct ctx *c, const char *s)
{
	size_t n = strcspn(s, ",");
	char cc[3];

	return lexicon_place(c->lx, s, n, PLACE_CITY, cc) && !lexicon_skill(c->lx, s, n) &&
	    role_place(c, s, NULL);
}

/* "Observabilidad Prometheus, Grafana" among "Cloud<tab>AWS, GCP": a
 * table's row whose narrow gap was lost; the words before the known name
 * that starts the list are the group's.  The offset of that name, or 0. */
static size_t
lost_cell(const struct ctx *c, const char *s)
{
	size_t item = strcspn(s, ",");

	if (s[item] != ',' || lexicon_skill(c->lx, s, item) || !isupper((unsigned char)s[0]))
		return 0;
	for (size_t at = 0, w = 0; at < item && w < 4; w++) {
		at += strcspn(s + at, " ");
		if (at >= item)
			break;
		at += strspn(s + at, " ");
		if (lexicon_skill(c->lx, s + at, item - at))
			return at;
	}
	return 0;
}

/* "Powertrain, final drives & undercarriage", "Recruitment, coaching and
 * performance management": one or two commas, the last part joined by
 * "and" or "&", parts the vocabulary mostly does not know. */
static int
phrase_item(const struct ctx *c, const char *s)
{
	const char *last = strrchr(s, ','), *open = strrchr(s, '(');
	size_t commas = 0, known = 0, parts = 0, len = strlen(s);
	char *t;

	/* "Heat pump, EV charger and solar PV installations (grid-tied
	 * systems up to 10 kW)": a note in brackets at the end is no part */
	if (open != NULL && last != NULL && open > last && len > 0 && s[len - 1] == ')') {
		char *bare = parse_trim(s, (size_t)(open - s));
		int is = strchr(bare, '(') == NULL && phrase_item(c, bare);
		free(bare);
		return is;
	}
	if (last == NULL || skillwrap_group_prefix(s, 0) > 0 || strchr(s, ';') != NULL ||
	    strchr(s, '|') != NULL || (strstr(s, " and ") == NULL && strstr(s, " & ") == NULL))
		return 0;
	/* "Infection prevention and control, correct PPE use": with the
	 * "and" before, what follows each comma goes on in small letters
	 * ("GAAP and IFRS reporting, Month-end close" is two) */
	if (strstr(last, " and ") == NULL && strstr(last, " & ") == NULL)
		for (const char *p = s; (p = strchr(p, ',')) != NULL; p++)
			if (!islower((unsigned char)p[1 + strspn(p + 1, " ")]))
				return 0;
	for (const char *p = s; (p = strchr(p, ',')) != NULL; p++)
		commas++;
	if (commas > 2 || strchr(s, '(') != NULL)
		return 0;
	/* the parts at the commas and at the last "and": all known names
	 * make a list ("Python, SQL and Tableau") */
	t = xstrdup(s);
	for (char *p = t; (p = strstr(p, " and ")) != NULL || (p = strstr(t, " & ")) != NULL;) {
		memcpy(p, p[1] == 'a' ? ",and" : ",& ", p[1] == 'a' ? 4 : 3);
		break;
	}
	for (const char *p = t; *p != '\0';) {
		size_t n = strcspn(p, ",");
		char *part = parse_trim(p, n);
		if (strncmp(part, "and ", 4) == 0 || strncmp(part, "& ", 2) == 0)
			memmove(part, part + (part[0] == '&' ? 2 : 4), strlen(part) - (part[0] == '&' ? 1 : 3));
		known += lexicon_skill(c->lx, part, strlen(part));
		parts++;
		free(part);
		p += n + (p[n] != '\0');
	}
	free(t);
	return known < parts;
}

/* The lines of the section as lists: dot leaders made colons, the years
 * a skill was used cut, a lost cell's gap given back. */
static void
section_tidy(struct ctx *c, const struct sect *sec)
{
	size_t cells = 0, at;
	int level;

	skilltidy_table(c, sec);
	skilltidy_grid(c, sec);
	for (size_t i = sec->from; i < sec->to; i++) {
		char *bare;
		skilltidy_leader(c->L->v[i].s);
		skilltidy_colon(c->L->v[i].s);
		/* a level's note in brackets wrapped over lines goes with it;
		 * a row of a table of levels is an item, as if bulleted, no
		 * group's name over the next row ("Power BI<TAB>basic" over
		 * "Word, Outlook<TAB>expert") */
		if ((level = skilltidy_level(c->L->v[i].s)) > 0)
			c->L->v[i].flags |= MK_BULLET;
		if (level == 2)
			while (i + 1 < sec->to && strchr(c->L->v[i + 1].s, '(') == NULL &&
			    !(c->L->v[i + 1].flags & LN_BLANK)) {
				int closes = strchr(c->L->v[++i].s, ')') != NULL;
				c->L->v[i].s[0] = '\0';
				if (closes)
					break;
			}
		if ((bare = skilltidy_years(c->L->v[i].s)) != NULL) {
			free(c->L->v[i].s);
			c->L->v[i].s = bare;
		}
		cells += strchr(c->L->v[i].s, '\t') != NULL && skillwrap_group_prefix(c->L->v[i].s, 0) > 0;
	}
	for (size_t i = sec->from; i < sec->to && cells > 0; i++) {
		char *s = c->L->v[i].s;
		if (strchr(s, '\t') == NULL && skillwrap_group_prefix(s, 0) == 0 &&
		    (at = lost_cell(c, s)) > 0)
			s[at - 1] = '\t';
	}
}

/* "• Proficient in Spring Boot, Spring Cloud Alibaba, MyBatis and Dubbo;
 * understand the source" over "code of Spring IoC and AOP.": the bullet
 * whole, the lines it wraps onto joined, one item of group g (a new one,
 * named title, if none); *i moves to its last line. */
static struct skill *
proficiency_item(struct ctx *c, size_t *i, size_t to, struct skill *g, const char *title)
{
	char *line = xstrdup(c->L->v[*i].s);

	while (*i + 1 < to && c->L->v[*i + 1].s[0] != '\0' &&
	    !(c->L->v[*i + 1].flags & (LN_BLANK | MK_BULLET))) {
		char *j = xprintf("%s %s", line, c->L->v[++*i].s);
		free(line);
		line = j;
	}
	if (g == NULL)
		g = group_new(c, title, strlen(title), g);
	if (g != NULL && strlist_findcase(&g->keywords, line) < 0)
		strlist_add(&g->keywords, line);
	free(line);
	return g;
}

/* "Full UK driving licence", "Enhanced DBS certificate": a line naming a
 * licence or a certificate held, by the word alone ("Issue Certificates
 * of Compliance" and "licensing compliance" are skills). */
static int
credential(const char *s)
{
	static const char *const words[] = { "certificate", "licence", "license", NULL };
	char key[96];

	if (strlen(s) >= sizeof key)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	return wordlist_holds(words, key);
}

/* One item into the group g, opened under the section's title when there
 * is none yet; the group. */
static struct skill *
item_add(struct ctx *c, struct skill *g, const char *title, const char *item)
{
	if (g == NULL)
		g = group_new(c, title, strlen(title), g);
	if (g != NULL && strlist_findcase(&g->keywords, item) < 0)
		strlist_add(&g->keywords, item);
	return g;
}

/* "Problem solving – calmly resolving customer complaints at the service
 * desk.": a skill of three words at most, a dash, then a sentence that
 * shows it; the skill's name, else NULL. */
static char *
named_example(const char *s)
{
	const char *dash = strstr(s, " \xe2\x80\x93 ");
	size_t n = strlen(s);
	int words = 1;

	if (dash == NULL)
		dash = strstr(s, " - ");
	if (dash == NULL || dash == s || n < 30 || s[n - 1] != '.' ||
	    lineword_count(dash) < 5)
		return NULL;
	for (const char *p = s; p < dash; p++)
		if (*p == ' ')
			words++;
		else if (strchr(",;:()", *p) != NULL)
			return NULL;
	return words <= 3 ? parse_trim(s, (size_t)(dash - s)) : NULL;
}

/* "Fields of Specialization<TAB>Description" over "1. General Banking
 * Operations<TAB>Front desk, account opening, ...": a table of items and
 * a description wrapped beside them; the items of the left column make
 * the group its header names, the description none.  The line after the
 * table, or i when the line at i heads none. */
static size_t
described_items(struct ctx *c, size_t i, size_t to)
{
	const char *s = c->L->v[i].s, *tab = strchr(s, '\t');
	char key[24];
	struct skill *g;

	if (tab == NULL || strchr(tab + 1, '\t') != NULL || strlen(tab + 1) >= sizeof key)
		return i;
	fold_key(tab + 1, strlen(tab + 1), key, sizeof key);
	if (strcmp(key, "description") != 0 && strcmp(key, "details") != 0 &&
	    strcmp(key, "descripcion") != 0)
		return i;
	if ((g = group_new(c, s, (size_t)(tab - s), NULL)) == NULL)
		return i;
	for (i++; i < to && !(c->L->v[i].flags & LN_BLANK) && c->L->v[i].s[0] != '\0'; i++) {
		const char *item = c->L->v[i].s;
		size_t n = strcspn(item, "\t");
		if (!(c->L->v[i].flags & (MK_NUMBERED | MK_BULLET)))
			continue;	/* the description's wrapped rest */
		strlist_addn(&g->keywords, item, n);
	}
	return i;
}

/* A line at *i of a shape of its own, read as such: a table of items
 * beside descriptions, a Europass grid, a proficiency sentence, a
 * credential, a skill named before its example.  1 when it was one; *i
 * moves past the lines it took. */
/* Whether line i, "Label: value" with one value, stands between lines
 * that are one plain skill each. */
static int
colon_item(const struct ctx *c, size_t i, size_t from, size_t to)
{
	const char *s = c->L->v[i].s;
	size_t n;

	if (i == from || i + 1 >= to || (n = skillwrap_group_prefix(s, 0)) == 0 || s[n] != ':' ||
	    strpbrk(s, ",\t") != NULL || lineword_count(s) > 4)
		return 0;
	for (size_t k = i - 1; k <= i + 1; k += 2) {
		const char *t = c->L->v[k].s;
		/* not "引力魔方、万相台" */
		if (t[0] == '\0' || strpbrk(t, ":,;\t") != NULL || lineword_count(t) > 4 ||
		    !fold_upper_at(t) || strstr(t, "\xe3\x80\x81") != NULL ||
		    (c->L->v[k].flags & (MK_BULLET | LN_CELLS)))
			return 0;
	}
	return 1;
}

static int
line_apart(struct ctx *c, const struct sect *sec, size_t *i, struct skill **g,
    const char *title, struct epgrid *grid, int *row)
{
	const char *s = c->L->v[*i].s;
	char *name;
	size_t end;

	if (*i == sec->from && (end = described_items(c, *i, sec->to)) > *i) {
		*i = end - 1;
		return 1;
	}
	if (epgrid_take(c, *i, grid) > 0) {
		*row = 0;	/* what follows is not first under the heading */
		return 1;
	}
	if ((c->L->v[*i].flags & MK_BULLET) && skillcues_proficiency(s)) {
		*g = proficiency_item(c, i, sec->to, *g, title);
		return 1;
	}
	/* "Full UK driving licence", "Enhanced DBS certificate on the
	 * Update Service" among the skills: a certificate */
	if (s[0] != '\0' && !skillwrap_list_sep(s) && skillwrap_group_prefix(s, 0) == 0 &&
	    credential(s)) {
		struct sect one = { IS_CERTIFICATES, NULL, *i, *i + 1 };
		parse_certificates(c, &one);
		return 1;
	}
	/* "1С: Предприятие 8" between "SAP" and "Деловая переписка": a
	 * name with a colon in a column of one skill a line */
	if (colon_item(c, *i, sec->from, sec->to)) {
		*g = item_add(c, *g, title, s);
		return 1;
	}
	/* "Teamwork – working with colleagues across shifts to keep the
	 * store running.": the skill named before its example */
	if ((name = named_example(s)) != NULL) {
		*g = item_add(c, *g, title, name);
		free(name);
		return 1;
	}
	return 0;
}

/* "• Antenatal, intrapartum & postnatal care<gap>• Fetal heart
 * monitoring": a grid of bullets, two or three a row, no label among
 * them; each cell is read on its own, a phrase with commas one item. */
static int
grid_phrases(struct ctx *c, const char *s, struct skill **g, const char *title)
{
	struct strlist cells = STRLIST_INIT;
	int labelled = 0, numbered, whole = 1, grid;
	size_t k;

	if (strchr(s, '\t') == NULL)	/* one cell: no grid to read */
		return 0;
	for (const char *p = s; *p != '\0' && whole;) {
		size_t n = strcspn(p, "\t");
		strlist_take(&cells, parse_trim(p, n));
		p += n;
		if (*p == '\t')
			p++;
		if ((k = markup_bullet(p, &numbered)) > 0 && !numbered)
			p += k + strspn(p + k, " \t");
		else if (*p != '\0')
			whole = 0;
	}
	for (size_t j = 0; j < cells.n; j++)
		labelled |= skillwrap_group_prefix(cells.v[j], 0) > 0 || cells.v[j][0] == '\0';
	grid = cells.n >= 2 && whole && !labelled;
	for (size_t j = 0; grid && j < cells.n; j++)
		*g = phrase_item(c, cells.v[j]) ? item_add(c, *g, title, cells.v[j]) :
		    skills_piece(c, cells.v[j], 0, *g, title);
	strlist_clear(&cells);
	return grid;
}

void
parse_skills(struct ctx *c, const struct sect *sec)
{
	struct skill *g = NULL;
	/* "SKILLS (as selected by candidate)": the heading without its note */
	char *title = sec->title != NULL && sec->title[0] != '(' ?
	    parse_trim(sec->title, strcspn(sec->title, "(")) : xstrdup("Skills");
	size_t first = c->p->nskills;
	int listed = 0, row = 1;
	struct epgrid grid = { 0, NULL, NULL, 0 };

	section_tidy(c, sec);
	skillpills_split(c, sec);
	for (size_t i = sec->from; i < sec->to; i++) {
		const char *s = c->L->v[i].s;
		char *line, *seg, *next;
		if (line_apart(c, sec, &i, &g, title, &grid, &row))
			continue;
		/* "* People management and coaching (team of up to 18
		 * agents)": a bullet not ended as a sentence is an item */
		if (s[0] == '\0' || role_noise(s) || not_skills(s) || place_line(c, s) ||
		    (skillcues_sentence(s) && !((c->L->v[i].flags & MK_BULLET) &&
		    s[strlen(s) - 1] != '.')))
			continue;
		if (skillcues_ends(c, i, sec->from, sec->to, listed))
			break;
		listed |= skillcues_list(s);
		if (skillwrap_group_prefix(s, 0) == 0 && skillgroup_line(c, i, sec->from, sec->to)) {
			g = group_new(c, s, strlen(s), g);
			continue;
		}
		if ((c->L->v[i].flags & MK_BULLET) && grid_phrases(c, s, &g, title))
			continue;
		line = bullet_cells(s, (c->L->v[i].flags & MK_BULLET) != 0);
		/* "XGBoost, causal" over "inference, A/B testing", "process
		 * validation" over "(IQ/OQ/PQ), SPC", "ISO GPS / Form- und" over
		 * "Lagetolerierung, FMEA": a list wrapped inside an item */
		while (i + 1 < sec->to && skillwrap_joins(c, s, &c->L->v[i], line, &c->L->v[i + 1])) {
			char *j = xprintf("%s %s", line, c->L->v[++i].s);
			free(line);
			line = j;
		}
		/* "- Powertrain, final drives & undercarriage": a bullet that
		 * is one phrase, its last part joined by "and" */
		if ((c->L->v[i].flags & MK_BULLET) && phrase_item(c, line)) {
			g = item_add(c, g, title, line);
			free(line);
			row = 0;
			continue;
		}
		/* row: 1 first under the heading, 2 after a row of tags */
		row = tag_row(c, line, row) ? 2 : 0;
		for (seg = line; seg != NULL; seg = next) {
			if ((next = next_group(c, seg)) != NULL) {
				*next = '\0';
				next += strspn(next + 1, ". \t") + 1;
			}
			g = skills_piece(c, seg, row > 0 ? 1 :
			    (c->L->v[i].flags & MK_TABLE) ? -1 : 0, g, title);
		}
		free(line);
	}
	epgrid_free(&grid);
	free(title);
	for (size_t i = c->p->nskills; i-- > first;)
		skilltidy_levels(&c->p->skills[i].keywords);
	for (size_t i = c->p->nskills; i-- > first;)
		if (c->p->skills[i].keywords.n == 0)
			profile_remove(c->p, SEC_SKILLS, i);
		else if (tongues_only(&c->p->skills[i].keywords)) {
			for (size_t k = 0; k < c->p->skills[i].keywords.n; k++)
				parse_language_item(c, c->p->skills[i].keywords.v[k]);
			profile_remove(c->p, SEC_SKILLS, i);
		}
}
