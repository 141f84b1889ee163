#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "datewrap.h"
#include "edudegree.h"
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
#include "skillwrap.h"
#include "wordlist.h"
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
	char *j = xprintf("%s %s", r->s, more);

	free(r->s);
	r->s = j;
	if (r->line != NULL) {
		j = xprintf("%s %s", r->line, more);
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
	if ((!bullet || lineword_count(s) <= 18) && headdate_find(s, &r) && !yearnote_event(s, &r, bullet) &&
	    !(bullet && dated_note(s, &r, R))) {
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
		if (!bullet && rest[0] != '\0' && r.from == 0 && edudegree_grade_only(rest) &&
		    edudegree_score(rest, &grade)) {
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
		    role_degree_score(rest) > 0 && role_school_score(rest) > 0)) {
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
	else if (lineword_prose(s) && !(l->flags & MK_HEADING))	/* "## BME Department of ..." */
		lineclass_row_add(R, xstrdup(s), K_PROSE, blank);
	else
		lineclass_row_add(R, xstrdup(s), K_HEAD, blank);
}

/* "R$ 38 milhões", "$2.4M", "€300k", "40%": a sum or a figure opens s. */
static int
sum_start(const char *s)
{
	static const char *const signs[] = { "R$", "$", "US$", "\xe2\x82\xac", "\xc2\xa3",
		"\xc2\xa5", "\xe2\x82\xb9", NULL };

	for (size_t i = 0; signs[i] != NULL; i++)
		if (strncmp(s, signs[i], strlen(signs[i])) == 0)
			return 1;
	return isdigit((unsigned char)s[0]) && dateparse_only(s) == 0;
}

/* Whether s ends in a word that joins it to more ("and", "y", "und",
 * a comma). */
static int
joined_on(const char *s)
{
	/* past the words lineword_open_end knows */
	static const char *const joins[] = { "i", "och", "og", "or", "o", "oder", "ou", "em",
		"on", "at", "to", "from", "since", "until", "im", "am", "seit", "ab", "w", "z",
		"na", "no", "dal", "nel", "dans", "depuis", "desde", "a", "an", "with", "by",
		NULL };
	size_t n = strlen(s), w;

	if (n == 0)
		return 0;
	if (s[n - 1] == ',' || lineword_open_end(s))
		return 1;
	for (w = n; w > 0 && s[w - 1] != ' ';)
		w--;
	return w > 0 && n - w < 7 && wordlist_has(joins, s + w);
}

/* Whether s leaves a bracket open. */
static int
open_bracket(const char *s)
{
	const char *open = strrchr(s, '(');

	return open != NULL && strchr(open, ')') == NULL;
}

/* "Nacional, 2022).": s closes a bracket it did not open, and ends. */
static int
closes(const char *s)
{
	const char *close = strchr(s, ')'), *open = strchr(s, '(');
	size_t n = strlen(s);

	return close != NULL && (open == NULL || open > close) && n > 0 &&
	    (s[n - 1] == ')' || (n > 1 && s[n - 1] == '.' && s[n - 2] == ')'));
}

/* "program.", "предприятия,": a first word in small letters only (not
 * "iOS"). */
static int
lower_word(const char *s)
{
	size_t n = strcspn(s, " ,.;:");

	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && !fold_lower_at(s + i))
			return 0;
	return 1;
}

/* "09/2020, caring for": the sentence goes on in lower case after the
 * first comma. */
static int
lower_after_comma(const char *s)
{
	const char *comma = strstr(s, ", ");

	return comma != NULL && islower((unsigned char)comma[2]);
}

/* A line that goes on with the bullet before it: wrapped text. */
static int
continues(const struct row *prev, const struct row *r, const struct line *l, int prev_indent)
{
	size_t n = strlen(prev->s);
	char last = n > 0 ? prev->s[n - 1] : '.';

	if (r->kind == K_HEAD && !r->dated && !r->blank && prev->kind == K_HEAD &&
	    l->s[0] == '(' && l->s[strlen(l->s) - 1] == ')' && strlen(l->s) < 40)
		return 1;	/* "(Ensai)" under the school it abbreviates */
	/* "... (Sello de Calidad" over a page's break over "Nacional,
	 * 2022).": the bullet's bracket closed on the next page */
	if (prev->kind == K_BULLET && open_bracket(prev->s) && closes(l->s) &&
	    lineword_count(l->s) <= 8 && !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	/* "... helped reduce falls by 28%" over "in 2023": a bullet's
	 * sentence wrapped before its year */
	if (prev->kind == K_BULLET && r->dated && r->when.single && !r->blank &&
	    islower((unsigned char)l->s[0]) && lineword_count(l->s) <= 4 &&
	    strchr(".!?", last) == NULL && !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	/* "... surge unit from 04/2020 to" over "09/2020, caring for
	 * patients ...", "... OPERA Cloud in" over "spring 2023 and trained
	 * ...": a bullet's sentence wrapped inside its dates */
	if (prev->kind == K_BULLET && r->dated && !r->blank && joined_on(prev->s) &&
	    strchr(".!?", last) == NULL && ((r->when.single && lower_after_comma(l->s)) ||
	    islower((unsigned char)l->s[0])) &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	/* "... freeing cash for a $9M automation" over a page's foot over
	 * "program.": a bullet's sentence goes on past the page */
	if (prev->kind == K_BULLET && r->blank && !r->dated && lower_word(l->s) &&
	    strchr(".!?;:", last) == NULL && lineword_count(l->s) <= 6 &&
	    (r->kind == K_HEAD || r->kind == K_PROSE) &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	if (r->blank || r->dated || (r->kind != K_HEAD && r->kind != K_PROSE))
		return 0;
	/* "2021 – present<TAB>Senior Lecturer, ..., University of" over
	 * "<TAB><TAB>KwaZulu-Natal, Durban": a dated head wrapped after a
	 * joining word, or before one ("of Zululand") */
	if (prev->kind == K_HEAD && prev->dated && (joined_on(prev->s) || lineword_open_start(l->s)) &&
	    strchr(".!?", last) == NULL &&
	    l->indent > 0 && lineword_count(l->s) <= 8 &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	if (prev->kind != K_BULLET && prev->kind != K_PROSE)
		return 0;
	if (prev->kind == K_BULLET && l->indent > prev_indent && !(l->flags & LN_CELLS))
		return 1;
	/* "... DFMEA for 4 customer projects (German and" over "French
	 * OEMs).": a bullet cut inside its bracket or after a joining word */
	if (prev->kind == K_BULLET && (open_bracket(prev->s) || joined_on(prev->s)) &&
	    lineword_count(l->s) <= 14 && !(l->flags & LN_CELLS))
		return 1;
	/* "... and shipping for a" over "450,000 sq ft grocery distribution
	 * center. Built ...": a paragraph cut after a joining word */
	if (prev->kind == K_PROSE && r->kind == K_PROSE && joined_on(prev->s) &&
	    l->indent == prev_indent && !(l->flags & LN_CELLS))
		return 1;
	/* "... que somavam" over "R$ 38 milhões.": a sum or a figure goes
	 * on with the bullet's sentence */
	if (prev->kind == K_BULLET && strchr(".!?;:", last) == NULL && sum_start(l->s) &&
	    lineword_count(l->s) <= 8)
		return 1;
	/* a sentence wrapped, of a bullet or of one whose glyph the PDF lost */
	return islower((unsigned char)l->s[0]) && strchr(".!?", last) == NULL &&
	    (prev->kind == K_BULLET || (l->indent == prev_indent && !(l->flags & LN_CELLS)));
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

static void
build_rows(const struct ctx *c, const struct sect *sec, struct rows *R)
{
	int prev_indent = 0;
	char *joined_cell, *rest;

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
		if ((earlier = roleline_earlier(c->L, i, sec->to, &pieces)) > 0) {
			earlier_rows(c, l, &pieces, R);
			i += earlier - 1;
			prev_indent = l->indent;
			continue;
		}
		/* "➢ ... pick accuracy rose to" over "     99.92%.": a bullet's
		 * text wrapped under it, whatever it reads like */
		if (R->n > 0 && R->v[R->n - 1].kind == K_BULLET && l->indent > prev_indent &&
		    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED | LN_CELLS)) && merged == 0 &&
		    strlen(l->s) < 40 && !dateparse_only(l->s)) {
			row_append(&R->v[R->n - 1], l->s);
			continue;
		}
		/* "Tech stack: Python 3.11, Go, ..., AWS" over "(EKS, SQS,
		 * RDS), Terraform.": a job's list of tools wrapped, kept or
		 * left out as a fact of the job */
		if (R->n > 0 && (R->v[R->n - 1].kind == K_SKILLS || (R->v[R->n - 1].kind == K_SKIP &&
		    skillwrap_list_sep(R->v[R->n - 1].s))) &&
		    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED)) &&
		    R->v[R->n - 1].s[strlen(R->v[R->n - 1].s) - 1] != '.' &&
		    (skillwrap_bracket_next(R->v[R->n - 1].s, l->s) ||
		    ((fold_lower_at(l->s) || R->v[R->n - 1].s[strlen(R->v[R->n - 1].s) - 1] == ',') &&
		    skillwrap_list_sep(l->s)))) {
			row_append(&R->v[R->n - 1], l->s);
			continue;
		}
		/* "• Системная интеграция, автоматизации технологических и
		 * бизнес-процессов" over "предприятия, ИТ-консалтинг": a bullet
		 * not ended, its text going on in small letters at the margin */
		if (R->n > 0 && R->v[R->n - 1].kind == K_BULLET &&
		    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED | LN_CELLS)) && merged == 0 &&
		    lower_word(l->s) && strchr(".;:!?", R->v[R->n - 1].s[strlen(R->v[R->n - 1].s) - 1]) == NULL &&
		    !dateparse_find(l->s, strlen(l->s), &mr)) {
			row_append(&R->v[R->n - 1], l->s);
			continue;
		}
		/* "... la cuota anual en 2021, 2022 y" over "2023": a bullet's
		 * list of years wrapped before its last */
		if (R->n > 0 && R->v[R->n - 1].kind == K_BULLET && joined_on(R->v[R->n - 1].s) &&
		    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED)) && strlen(l->s) <= 12 &&
		    dateparse_only(l->s)) {
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
		}
		if (parent && first < R->n)
			R->v[first].opens = 1;
		r = &R->v[R->n - 1];
		if (first + 1 == R->n)
			sub_item(R, l);
		if (R->n > 1 && continues(&R->v[R->n - 2], r, l, prev_indent)) {
			row_append(&R->v[R->n - 2], l->s);
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

void
lineclass_build(const struct ctx *c, const struct sect *sec, struct rows *R)
{
	memset(R, 0, sizeof *R);
	build_rows(c, sec, R);
	rowbody_heads(R);
	rowbody_mark(R);
	/* "January 2019 - February 2021" over "Poznań, Wielkopolskie,
	 * Poland": a place alone under dates alone */
	for (size_t i = 1; i < R->n; i++) {
		struct row *r = &R->v[i];
		r->place = R->v[i - 1].kind == K_DATE && r->kind == K_HEAD && !r->dated &&
		    !r->blank && place_alone(c, r->s);
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
