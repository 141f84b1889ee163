#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "datewrap.h"
#include "edudegree.h"
#include "eduscore.h"
#include "headdate.h"
#include "fold.h"
#include "headplace.h"
#include "markup.h"
#include "yearnote.h"
#include "lineclass.h"
#include "lineword.h"
#include "roleline.h"
#include "rowbody.h"
#include "rowsplit.h"
#include "rowwrap.h"
#include "wordlist.h"
#include "utf8.h"
#include "xalloc.h"

struct row *
lineclass_row_add(struct rows *R, char *s, enum kind kind, int blank)
{
	struct row *r;

	if (R->n == R->cap) {
		R->cap = R->cap ? R->cap * 2 : 32;
		R->v = xreallocarray(R->v, R->cap, sizeof *R->v);
	}
	r = &R->v[R->n++];
	memset(r, 0, sizeof *r);
	r->s = s;
	r->kind = kind;
	r->blank = blank;
	return r;
}

/* A wrapped line's text added to the row's, and to its line as written. */
static void
row_append(struct row *r, const char *more)
{
	const char *gap = utf8_wide_end(r->s, strlen(r->s)) ? "" : " ";
	char *j = xprintf("%s%s%s", r->s, gap, more);

	free(r->s);
	r->s = j;
	if (r->line != NULL) {
		j = xprintf("%s%s%s", r->line, gap, more);
		free(r->line);
		r->line = j;
	}
}

/* "Qualification  Board/University  Year of Passing  Percentage": the
 * header row of a table, every cell a column's name. */
static int
column_heads(const char *s)
{
	static const char *const words[] = { "board", "college", "company", "course",
		"degree", "designation", "duration", "from", "grade", "institute", "institution",
		"marks", "of", "or", "passing", "percentage", "period", "qualification", "role",
		"school", "to", "university", "year", "cgpa", "gpa", "class", "examination",
		"exam", "organisation", "organization", "employer", "position", NULL };
	char key[160], *w, *save = NULL;
	int cells = 1;

	for (const char *p = s; *p != '\0'; p++)
		cells += *p == '\t';
	if (cells < 3)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save)) {
		if (!wordlist_has(words, w))
			return 0;
	}
	return 1;
}

/* "NERC Standard Grant NE/X009187/1 “Rewiring of pollination networks
 * under agricultural" over "intensification” (PI: Prof. Helen
 * Ashcroft).": the grant a post was paid from, its title quoted and run
 * on, its holder named. */
static int
grant_note(const char *s)
{
	const char *open = strstr(s, "\xe2\x80\x9c");

	if (strstr(s, "(PI: ") != NULL || strstr(s, "(PI ") != NULL ||
	    strstr(s, "(Co-PI") != NULL || strstr(s, "Role: PI") != NULL ||
	    strstr(s, "Role: Co-PI") != NULL)
		return 1;
	/* "„Делта Консулт“ ООД": the German and Bulgarian pair, „ opens
	 * and “ closes */
	if (open != NULL && memmem(s, (size_t)(open - s), "\xe2\x80\x9e", 3) != NULL)
		return 0;
	return open != NULL && strstr(open, "\xe2\x80\x9d") == NULL && lineword_count(s) >= 6;
}

/* "Advisor: Prof. Linda K. Oyelaran", "Dissertation: “Redox-Active
 * ...”": what an academic CV notes under a post or a degree, "主修课程:"
 * (major courses) under a Chinese one; "Contact:
 * Hannah Mercer - ...", "Reason for leaving: ...": what a CV notes under
 * a job; no line of a header. */
int
lineclass_note(const char *s)
{
	static const char *const labels[] = { "contact", "contact person", "reason for leaving",
		"reasons for leaving", "reason of leaving", "reason for leave", "referee",
		"reference", "reporting to", "reports to", "reported to", "line manager",
		"advisor", "advisors", "adviser", "advisers",
		"betreuer", "betreuerin", "co advisor", "co supervisor", "directeur de these",
		"director de tesis", "dissertation", "dissertation title", "doktorvater",
		"faculty mentor", "host", "mentor", "mentors", "pi", "principal investigator",
		"research advisor", "supervisor", "supervisors", "thesis", "thesis advisor",
		"thesis supervisor", "thesis title", "honors thesis", "honours thesis",
		"master s thesis", "masters thesis", "phd thesis", "senior thesis",
		"graduation project", "final project", "final year project", "capstone project",
		"senior project",
		/* theses in German, Romance, Polish, Dutch and Nordic CVs */
		"abschlussarbeit", "bachelorarbeit", "diplomarbeit", "doktorarbeit",
		"masterarbeit", "memoire", "praca dyplomowa", "praca magisterska", "scriptie",
		"tese", "tesi", "tesi di laurea", "tesis", "examensarbete", "speciale",
		/* Chinese: major courses, honours at school */
		"专业课程", "主修课程", "主要课程", "核心课程", "相关课程", "在校荣誉",
		"所获荣誉", NULL };
	size_t n = strcspn(s, ":");
	char key[32];

	if (grant_note(s))
		return 1;
	if (s[n] != ':' || n == 0 || n >= sizeof key || s[n + 1] != ' ')
		return 0;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(labels, key);
}

/* "原理、物流与供应链管理" under "主修课程: 网络营销、...、数据库": the rest
 * of a note wrapped in a Chinese text, no colon of its own. */
static int
note_rest(const struct rows *R, const char *s, int blank)
{
	const struct row *prev = R->n > 0 ? &R->v[R->n - 1] : NULL;

	return !blank && prev != NULL && (prev->kind == K_PROSE || prev->kind == K_SKIP) &&
	    (unsigned char)s[0] >= 0xe3 && strchr(s, ':') == NULL && lineclass_note(prev->s) &&
	    strstr(prev->s, "\xe3\x80\x82") == NULL;
}

static int
skippable(const char *s)
{
	size_t from, to;

	if (s[0] == '\0' || role_noise(s) || lineword_proficiency(s) || lineword_body_label(s) || column_heads(s))
		return 1;
	if (dateparse_duration(s, strlen(s), &from, &to) >= 0) {
		char *rest = headdate_cut(s, from, to);
		int skip = rest[0] == '\0' || role_noise(rest);
		free(rest);
		return skip;
	}
	return 0;
}

static int
skills_line(const struct ctx *c, const char *s)
{
	struct strlist parts = STRLIST_INIT;
	size_t known = 0;
	char key[16];

	/* "Skills: Python · XGBoost", as profile pages set it in every
	 * language, under a job */
	static const char *const labels[] = { "skills", "competencias", "competences",
		"kenntnisse", "aptitudes", "habilidades", "umiejetnosci", "vaardigheden",
		"competenze", "fahigkeiten", "tech stack", "technologies", "tecnologias", NULL };

	fold_key(s, strcspn(s, ":"), key, sizeof key);
	if (strchr(s, ':') != NULL && wordlist_has(labels, key))
		return 1;
	if (strchr(s, ',') == NULL && strlen(s) < 300)
		parse_unglue(c->lx, s, strlen(s), &parts);
	for (size_t i = 0; i < parts.n; i++)
		known += lexicon_skill(c->lx, parts.v[i], strlen(parts.v[i]));
	known = parts.n >= 3 && known == parts.n;
	strlist_clear(&parts);
	return (int)known;
}

/* "..., top retention advisor in Q3 2016": a sentence of four words or
 * more whose last, before the date at k, is a small word in lower case. */
static int
prose_before(const char *s, size_t k)
{
	size_t w = k;

	while (w > 0 && islower((unsigned char)s[w - 1]))
		w--;
	return k - w >= 2 && k - w <= 6 && (w == 0 || s[w - 1] == ' ') &&
	    lineword_count(s) >= 6;
}

/* "* Agent of the Month, September 2016" among jobs dated by ranges: a
 * bullet that ends in one date after a comma or a sentence is a line of
 * the job above, no job of its own. */
static int
dated_note(const char *s, const struct daterange *r, const struct rows *R)
{
	size_t k;

	if (!r->single || r->from < 3 || s[r->to + strspn(s + r->to, " .)")] != '\0')
		return 0;
	for (k = r->from; k > 0 && s[k - 1] == ' ';)
		k--;
	/* "... Driver of the Quarter (Q3 2023)": a date in brackets too */
	if (k == 0 || (s[k - 1] != ',' && !prose_before(s, k) &&
	    !(s[k - 1] == '(' && lineword_count(s) >= 5)))
		return 0;
	for (size_t i = R->n; i-- > 0;)
		if (R->v[i].dated)
			return !R->v[i].when.single;
	return 0;
}

/* "• Supported the COVID-19 contact tracing ... at national level
 * (2020- 2022);": a duty of eight words or more that ends in its dates in
 * brackets and a stop tells when it was done; no job's header. */
static int
bracket_note(const char *s, const struct daterange *r)
{
	size_t k = r->from;
	const char *close = s + r->to + strspn(s + r->to, " ");

	while (k > 0 && s[k - 1] == ' ')
		k--;
	/* the sentence's stop after the bracket: "(2020- 2022);", not an
	 * item's name and its dates, "Recipe cost calculator (May 2023 -
	 * Jun 2023)" */
	return k > 0 && s[k - 1] == '(' && *close == ')' && close[1] != '\0' &&
	    strchr(".,;", close[1]) != NULL && close[2 + strspn(close + 2, " ")] == '\0' &&
	    lineword_count(s) >= 8;
}

/* "Fund Accounting Services – promoted from Fund Accountant in 01/2021"
 * under a job's header: a line, no bullet, that ends in a date after a
 * small word of a sentence tells of the job. */
static int
prose_date(const char *s, const struct daterange *r)
{
	size_t k = r->from;

	while (k > 0 && s[k - 1] == ' ')
		k--;
	return r->single && k > 0 && prose_before(s, k);
}

/* "achieved grade 4+ in summer 2024" under a bullet, no blank between:
 * the bullet's words wrapped, in small letters, no line of its own. */
static int
bullet_goes_on(const struct rows *R, const char *s, int bullet, int blank,
    const struct daterange *r)
{
	size_t n = strcspn(s, " ");

	/* "... during the measles epidemic and the" over "2020 - 2021
	 * COVID-19 school closures": a duty's line ends in a word that
	 * joins, the dates are its words */
	if (!bullet && !blank && R->n > 0 && (R->v[R->n - 1].kind == K_BULLET ||
	    R->v[R->n - 1].kind == K_PROSE) && lineword_open_end(R->v[R->n - 1].s))
		return 1;
	/* "maí 2016 – ágúst 2019 Advania ehf.": a range in small letters
	 * that opens the line heads the next entry */
	if (r->from == 0 && !r->single)
		return 0;

	/* "iOS Developer at ...": a name cased so heads a line */
	for (size_t i = 0; i < n; i++)
		if (isupper((unsigned char)s[i]))
			return 0;
	return !bullet && !blank && islower((unsigned char)s[0]) && R->n > 0 &&
	    R->v[R->n - 1].kind == K_BULLET;
}

/* The dates of the last dated row, NULL if none. */
static const struct daterange *
last_dated(const struct rows *R)
{
	for (size_t i = R->n; i-- > 0;)
		if (R->v[i].dated)
			return &R->v[i].when;
	return NULL;
}

/* "36-bed telemetry · 1:4 ratio · Epic · Agency: ...": under a dated
 * header of parts, a line of four facts or more set apart by dots tells
 * of the job, it heads none. */
static int
dotted_facts(const struct rows *R, const char *s, int blank)
{
	const struct row *prev = R->n > 0 ? &R->v[R->n - 1] : NULL;
	int dots = 0;

	if (blank || prev == NULL || prev->kind != K_HEAD || !prev->dated ||
	    strpbrk(prev->s, ",|") == NULL)
		return 0;
	for (const char *p = strstr(s, " \xc2\xb7 "); p != NULL; p = strstr(p + 1, " \xc2\xb7 "))
		dots++;
	return dots >= 3;
}

/* "(IES Valle del Tera, Benavente; IES Las Arribes, Vitigudino)." under
 * a sentence: its note in brackets, no header. */
static int
bracket_after_prose(const struct rows *R, const char *s, int blank)
{
	size_t n = strlen(s);

	return !blank && R->n > 0 && R->v[R->n - 1].kind == K_PROSE && s[0] == '(' &&
	    n > 2 && (s[n - 1] == ')' || (s[n - 1] == '.' && s[n - 2] == ')'));
}

/* Whether two to four " | " set a header's parts apart ("Title | Agency,
 * Command, Brigade | Town, ST"): a long header so set is still one; a
 * table's row joined (coltable.c) has more cells. */
static int
bars_set(const char *s)
{
	int n = 0;

	for (const char *p = strstr(s, " | "); p != NULL; p = strstr(p + 3, " | "))
		n++;
	return n >= 2 && n <= 4;
}

/* "(Windows 7/10, MS Office)" in a bullet: "7/10" inside the line, a
 * month and a year of two figures each at most, names versions, no
 * entry's dates. */
static int
version_like(const char *s, const struct daterange *r)
{
	size_t a = strspn(s + r->from, "0123456789");

	return r->from > 0 && r->single && a >= 1 && a <= 2 && s[r->from + a] == '/' &&
	    strspn(s + r->from + a + 1, "0123456789") == 2 && r->to == r->from + a + 3;
}

/* "- Diretor de turma e coordenador do grupo" over "(2014-2016);": a
 * duty's dates in brackets, wrapped onto a line of their own, go on with
 * the duty. */
static int
bracket_dates_onto(const struct row *prev, const struct line *l)
{
	size_t n = strlen(prev->s), k = strlen(l->s);
	/* "(2014-2016);": ended as a list's item is */
	int item = k > 2 && l->s[k - 2] == ')' && (l->s[k - 1] == ';' || l->s[k - 1] == ',');

	return !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED)) && l->s[0] == '(' &&
	    (prev->kind == K_BULLET || prev->kind == K_PROSE || prev->bullet ||
	    (item && prev->kind == K_HEAD && !prev->dated)) && n > 0 &&
	    strchr(".;:", prev->s[n - 1]) == NULL && dateparse_only(l->s);
}

static void
classify(const struct ctx *c, const struct line *l, struct rows *R)
{
	const char *s = l->s;
	int blank = (l->flags & LN_BLANK) != 0, bullet = (l->flags & (MK_BULLET | MK_NUMBERED)) != 0;
	struct daterange r;
	struct row *row;
	char *rest, *grade = NULL;

	/* a fact of the job, but not a bullet's "Owns payments: 9M a month" */
	if (skippable(s) || (!bullet && roleline_fact(s))) {
		lineclass_row_add(R, xstrdup(s), K_SKIP, blank);
		return;
	}
	/* a Chinese note's list wrapped onto the line under it goes as it
	 * went */
	if (!bullet && note_rest(R, s, blank)) {
		lineclass_row_add(R, xstrdup(s), R->v[R->n - 1].kind, blank);
		return;
	}
	/* "Division: Epidemic Surveillance ...": the firm's part, a line
	 * of the header */
	if (!bullet && roleline_unit_label(s)) {
		lineclass_row_add(R, xstrdup(s), K_HEAD, blank);
		return;
	}
	/* "Thesis: ... (2019)": a note, its date no entry's */
	if (!bullet && lineclass_note(s)) {
		lineclass_row_add(R, xstrdup(s), K_PROSE, blank);
		return;
	}
	if (!bullet && dateparse_only(s) && dateparse_find(s, strlen(s), &r)) {
		row = lineclass_row_add(R, xstrdup(""), K_DATE, blank);
		row->dated = 1;
		row->when = r;
		return;
	}
	if (!bullet && skills_line(c, s)) {
		lineclass_row_add(R, xstrdup(s), K_SKILLS, blank);
		return;
	}
	if (rowsplit_colon(s, R, blank))
		return;
	/* "- Drafting the Local Action Plan 2013–2017;": an item of a list
	 * that semicolons end is a duty, its years the plan's */
	if ((!bullet || (lineword_count(s) <= 18 && s[strlen(s) - 1] != ';')) &&
	    headdate_find(s, &r) && !yearnote_event(s, &r, bullet) &&
	    !((bullet || (!blank && prose_date(s, &r))) && dated_note(s, &r, R)) &&
	    !(bullet && bracket_note(s, &r)) && !(bullet && version_like(s, &r)) &&
	    !yearnote_within(s, &r, last_dated(R)) &&
	    !bullet_goes_on(R, s, bullet, blank, &r)) {
		const char *after = s + r.to + strspn(s + r.to, " \t");
		int numbered;
		size_t b;
		if (r.from == 0 && (b = markup_bullet(after, &numbered)) > 0 && !numbered &&
		    strchr("-*+", *after) == NULL && strncmp(after, "\xc2\xb7", 2) != 0 &&
		    strncmp(after, "\xe2\x80\x93", 3) != 0 && strncmp(after, "\xe2\x80\x94", 3) != 0) {
			/* a column of dates beside a column of bullets */
			row = lineclass_row_add(R, xstrdup(""), K_DATE, blank);
			row->dated = 1;
			row->when = r;
			lineclass_row_add(R, xstrdup(after + b), K_BULLET, 0);
			return;
		}
		rest = headdate_cut(s, r.from, r.to);
		if (!bullet && roleline_fact(rest))
			rest[0] = '\0';	/* "07/2020 – Present | Hours per week: 40" */
		/* "2005 – 2010 · Promedio: 8,72": dates alone, then a grade */
		if (!bullet && rest[0] != '\0' && r.from == 0 && eduscore_only(rest) &&
		    eduscore_read(rest, &grade)) {
			free(grade);
			row = lineclass_row_add(R, xstrdup(""), K_DATE, blank);
			row->dated = 1;
			row->when = r;
			lineclass_row_add(R, rest, K_PROSE, 0);
			return;
		}
		if (!bullet && rowsplit_sentence(R, rest, blank, &r, r.from == strspn(s, "[( ")))
			return;
		/* a bullet's words, the dates aside; a school's long name
		 * with its degree ("Diplôme d'ingénieur, Statistique ... —
		 * École nationale de la statistique et de ...") */
		if (lineword_count(rest) <= (bullet ? 14 : 16) || (!bullet && lineword_count(rest) <= 32 &&
		    ((role_degree_score(rest) > 0 && role_school_score(rest) > 0) ||
		    bars_set(s)))) {
			row = lineclass_row_add(R, rest, K_HEAD, blank);
			row->dated = 1;
			row->when = r;
			row->date_first = r.from == strspn(s, "[( ");
			/* a sentence, too, may turn out to be a note */
			if (bullet || s[strlen(s) - 1] == '.')
				row->line = xstrdup(s);
			return;
		}
		free(rest);
	}
	if (bullet)
		lineclass_row_add(R, xstrdup(s), K_BULLET, blank);
	else if ((lineword_prose(s) && !(l->flags & MK_HEADING)) ||	/* "## BME Department of ..." */
	    dotted_facts(R, s, blank) || bracket_after_prose(R, s, blank))
		lineclass_row_add(R, xstrdup(s), K_PROSE, blank);
	else
		lineclass_row_add(R, xstrdup(s), K_HEAD, blank);
}

/* "* Store Manager (2020 - now)" over "    * Web shop launch 2021": a
 * list item one level under a dated row, dated by one date alone, is a
 * line of that entry's body, no entry of its own; so is one dated by a
 * range under a role that is a list item itself ("* 2019-present:
 * Professor" over "  * Head of section (2020-2023)"). */
static void
sub_item(struct rows *R, const struct line *l)
{
	struct row *r = &R->v[R->n - 1];

	if (!r->dated || !(l->flags & MK_BULLET))
		return;
	for (size_t k = R->n - 1; k-- > 0;)
		if (R->v[k].dated) {
			if (R->v[k].indent < l->indent && !R->v[k].when.single &&
			    (r->when.single || R->v[k].bullet)) {
				free(r->s);
				r->s = xstrdup(l->s);
				r->kind = K_BULLET;
				r->dated = 0;
			}
			return;
		}
}

/* "2. CampusConnect – Event Portal" over "   Tech Stack: React" or
 * "   - Event registration ...": a numbered item with lines set in
 * under it, a project of a list of them. */
static int
parent_item(const struct layout *L, size_t i, size_t to)
{
	const struct line *next = i + 1 < to ? &L->v[i + 1] : NULL;

	return (L->v[i].flags & MK_NUMBERED) && next != NULL && next->indent > L->v[i].indent &&
	    !(next->flags & (LN_BLANK | MK_NUMBERED)) &&
	    ((next->flags & MK_BULLET) || strcspn(next->s, ":") < 24);
}

/* Each role of a run-in list of earlier roles as a line of its own. */
static void
earlier_rows(const struct ctx *c, const struct line *l, struct strlist *pieces,
    struct rows *R)
{
	for (size_t k = 0; k < pieces->n; k++) {
		struct line one = *l;
		size_t first = R->n;
		one.s = pieces->v[k];
		one.flags = k == 0 ? (l->flags & LN_BLANK) : 0;
		classify(c, &one, R);
		for (size_t j = first; j < R->n; j++) {
			R->v[j].indent = l->indent;
			R->v[j].bullet = 0;
		}
	}
	strlist_clear(pieces);
}

/* The columns a line takes: its indent and its characters. */
static size_t
line_end(const struct line *l)
{
	size_t n = l->indent > 0 ? (size_t)l->indent : 0;

	for (const char *p = l->s; *p != '\0'; p++)
		n += ((unsigned char)*p & 0xc0) != 0x80;
	return n;
}

/* The text's right margin: the column that all but a tenth of its lines
 * end before; 0 when it has too few lines to tell, or too short ones to
 * be wrapped text. */
static size_t
text_margin(const struct layout *L)
{
	size_t hist[256] = { 0 }, lines = 0, seen = 0;

	for (size_t i = 0; i < L->n; i++)
		if (L->v[i].s[0] != '\0') {
			size_t e = line_end(&L->v[i]);
			hist[e < 255 ? e : 255]++;
			lines++;
		}
	if (lines < 40)
		return 0;
	for (size_t e = 255; e > 0; e--)
		if ((seen += hist[e]) * 10 >= lines)
			return e >= 60 ? e : 0;
	return 0;
}

static void
build_rows(const struct ctx *c, const struct sect *sec, struct rows *R)
{
	int prev_indent = 0, wrap;
	char *joined_cell, *rest;
	size_t margin = text_margin(c->L);

	for (size_t i = sec->from; i < sec->to; i++) {
		const struct line *l = &c->L->v[i];
		struct daterange mr;
		size_t merged = datewrap_merged(c->L, i, sec->to, &mr), earlier;
		struct strlist pieces = STRLIST_INIT;
		struct row *r;
		size_t first = R->n;
		struct line head;
		int parent = sec->sec == IS_PROJECTS && parent_item(c->L, i, sec->to);
		if (roleline_numbered_head(c->L, i, sec->to) || parent) {
			head = *l;
			head.flags &= ~(unsigned)MK_NUMBERED;
			l = &head;
		}
		/* "• G.C.E. Advanced Level Examination – 2009 (Commerce
		 * Stream) – St. Mary’s College": among schools, a bullet that
		 * names a degree and its school is an entry, no bullet */
		if (sec->sec == IS_EDUCATION && (l->flags & MK_BULLET) &&
		    role_degree_score(l->s) > 0 && role_school_score(l->s) > 0) {
			head = *l;
			head.flags &= ~(unsigned)MK_BULLET;
			l = &head;
		}
		if ((earlier = roleline_earlier(c->L, i, sec->to, &pieces)) > 0) {
			earlier_rows(c, l, &pieces, R);
			i += earlier - 1;
			prev_indent = l->indent;
			continue;
		}
		if (R->n > 0 && (rowwrap_onto(&R->v[R->n - 1], l, prev_indent, merged) ||
		    (merged == 0 && rowwrap_tail(&R->v[R->n - 1], l,
		    i + 1 < sec->to ? &c->L->v[i + 1] : NULL)))) {
			row_append(&R->v[R->n - 1], l->s);
			continue;
		}
		if (R->n > 0 && bracket_dates_onto(&R->v[R->n - 1], l)) {
			row_append(&R->v[R->n - 1], l->s);
			continue;
		}
		if (merged > 0) {
			r = lineclass_row_add(R, xstrdup(""), K_DATE, (l->flags & LN_BLANK) != 0);
			r->dated = 1;
			r->when = mr;
			i += merged - 1;
			continue;
		}
		if ((joined_cell = datewrap_cell(c->L, i, sec->to, &rest)) != NULL) {
			struct line joined = *l;
			joined.s = joined_cell;
			classify(c, &joined, R);
			free(joined_cell);
			if (rest != NULL) {
				joined = c->L->v[i + 1];
				joined.s = rest;
				joined.flags &= ~(unsigned)LN_BLANK;
				classify(c, &joined, R);
				free(rest);
			}
			i++;
		} else if (datewrap_line(c->L, i, sec->to)) {
			/* "(Sep 2020 –" then "Present)": one line */
			struct line joined = *l;
			joined.s = xprintf("%s %s", l->s, c->L->v[i + 1].s);
			classify(c, &joined, R);
			free(joined.s);
			i++;
		} else
			classify(c, l, R);
		for (size_t k = first; k < R->n; k++) {
			R->v[k].indent = l->indent;
			R->v[k].bullet = (l->flags & (MK_BULLET | MK_NUMBERED)) != 0;
			R->v[k].full = margin > 0 && line_end(l) * 100 >= margin * 85;
		}
		if (parent && first < R->n)
			R->v[first].opens = 1;
		r = &R->v[R->n - 1];
		if (first + 1 == R->n)
			sub_item(R, l);
		if (R->n > 1 && (wrap = rowwrap_continues(&R->v[R->n - 2], r, l, prev_indent)) != 0) {
			row_append(&R->v[R->n - 2], wrap == ROWWRAP_DATES ? r->s : l->s);
			if (wrap == ROWWRAP_DATES) {
				R->v[R->n - 2].dated = 1;
				R->v[R->n - 2].when = r->when;
			}
			free(r->s);
			free(r->line);
			R->n--;
			continue;
		}
		prev_indent = l->indent;
	}
}

/* "Poznań, Poland", "São Paulo, Brasil · Híbrida": a place, perhaps with
 * the way the job was worked, and nothing else. */
static int
place_alone(const struct ctx *c, const char *s)
{
	const char *dot = strstr(s, " \xc2\xb7 ");
	char *left;
	int ok;

	if (s[0] == '\0' || strlen(s) > 60 || strpbrk(s, "0123456789.;:") != NULL)
		return 0;
	if (dot == NULL)
		return role_place(c, s, NULL);
	if (!headplace_remote(dot + 4))
		return 0;
	left = xstrndup(s, (size_t)(dot - s));
	ok = role_place(c, left, NULL);
	free(left);
	return ok;
}

/* "Khanbogd soum, Ömnögovi" under the dates of "Oyu Tolgoi LLC | Senior
 * Mine Planning Engineer": places no list knows, set apart by a comma,
 * each begun in capitals, naming no job, firm nor school. */
static int
place_shaped(const char *s)
{
	const char *comma = strstr(s, ", ");

	return comma != NULL && comma > s && strchr(comma + 2, ',') == NULL &&
	    lineword_count(s) <= 6 && strpbrk(s, "0123456789.;:|()") == NULL &&
	    fold_upper_at(s) && fold_upper_at(comma + 2) && role_title_score(s) == 0 &&
	    role_company_score(s) == 0 && role_school_score(s) == 0;
}

/* "• Master of Arts in Rural Development" over "Addis Ababa University":
 * among schools, a bullet that names a degree, short and no sentence, is
 * the header of its entry, its glyph a decoration. */
static void
degree_bullets(struct rows *R)
{
	for (size_t i = 0; i < R->n; i++) {
		struct row *r = &R->v[i];
		size_t n = strlen(r->s);
		if (r->kind == K_BULLET && !r->dated && n > 0 && r->s[n - 1] != '.' &&
		    lineword_count(r->s) <= 12 && role_degree_score(r->s) > 0 &&
		    i + 1 < R->n && R->v[i + 1].kind == K_HEAD)
			r->kind = K_HEAD;
	}
}

void
lineclass_build(const struct ctx *c, const struct sect *sec, struct rows *R)
{
	memset(R, 0, sizeof *R);
	build_rows(c, sec, R);
	if (sec->sec == IS_EDUCATION)
		degree_bullets(R);
	rowbody_heads(R);
	rowbody_mark(R);
	if (sec->sec == IS_EXPERIENCE)
		rowbody_projects(R);
	/* "January 2019 - February 2021" over "Poznań, Wielkopolskie,
	 * Poland": a place alone under dates alone */
	for (size_t i = 1; i < R->n; i++) {
		struct row *r = &R->v[i];
		r->place = R->v[i - 1].kind == K_DATE && r->kind == K_HEAD && !r->dated &&
		    !r->blank && (place_alone(c, r->s) || (i >= 2 &&
		    R->v[i - 2].kind == K_HEAD && strstr(R->v[i - 2].s, " | ") != NULL &&
		    place_shaped(r->s)));
	}
}

void
lineclass_free(struct rows *R)
{
	for (size_t i = 0; i < R->n; i++) {
		free(R->v[i].s);
		free(R->v[i].sub);
		free(R->v[i].line);
	}
	free(R->v);
	memset(R, 0, sizeof *R);
}

int
lineclass_aside(const char *s)
{
	return s[0] != '\0' && lineword_count(s) <= 3 && role_title_score(s) == 0 &&
	    role_company_score(s) == 0 && role_school_score(s) == 0 &&
	    role_degree_score(s) == 0 && !role_noise(s);
}
