/*
 * Helpers the section parsers share: trimming, joining lines, dates into
 * fields, and the splitting of skill lists, glued ones included.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dateparse.h"
#include "fold.h"
#include "lineword.h"
#include "parse.h"
#include "utf8.h"
#include "wordlist.h"
#include "xalloc.h"

char *
parse_trim(const char *s, size_t len)
{
	while (len > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	return xstrndup(s, len);
}

int
parse_joining_word(const char *w, size_t n)
{
	static const char *const links[] = { "and", "da", "de", "del", "della", "der", "des",
		"di", "do", "du", "et", "for", "fur", "la", "le", "of", "und", "y", NULL };
	char key[32];

	if (n == 0 || n >= sizeof key)
		return 0;
	fold_into(w, n, key, sizeof key);
	return wordlist_has(links, key);
}

int
parse_ends_joining(const char *s, size_t len)
{
	size_t w;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	for (w = len; w > 0 && s[w - 1] != ' ';)
		w--;
	return len > w && !isupper((unsigned char)s[w]) && parse_joining_word(s + w, len - w);
}

int
parse_column(const struct column_name *v, size_t n, const char *cell)
{
	char key[48];

	fold_key(cell, strlen(cell), key, sizeof key);
	for (size_t i = 0; i < n; i++)
		if (strcmp(key, v[i].key) == 0)
			return v[i].col;
	return 0;
}

/* "B.Tech | VIT, Pune | SPPU | 2024 | 8.62 CGPA": a row whose cells bars
 * set apart, with no tab, as one whose tabs do; NULL when s is none. */
char *
parse_unbar(const char *s)
{
	struct buf b = BUF_INIT;
	int bars = 0;

	if (strchr(s, '\t') != NULL)
		return NULL;
	for (const char *p = s; *p != '\0'; p++) {
		if (p[0] == ' ' && p[1] == '|' && p[2] == ' ') {
			buf_addc(&b, '\t');
			p += 2;
			bars++;
		} else
			buf_addc(&b, *p);
	}
	if (bars < 2) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

int
parse_row(const char *s, size_t n, struct strlist *out)
{
	char *t = parse_unbar(s);

	parse_cells(t != NULL ? t : s, out);
	free(t);
	return out->n + 1 >= n && out->n <= n;
}

void
parse_cells(const char *s, struct strlist *out)
{
	for (const char *p = s;;) {
		size_t n = strcspn(p, "\t");
		strlist_take(out, parse_trim(p, n));
		if (p[n] == '\0')
			return;
		p += n + 1;
	}
}

char *
parse_join(const struct ctx *c, size_t from, size_t to, const char *sep)
{
	struct buf b = BUF_INIT;

	for (size_t i = from; i < to; i++) {
		/* Chinese or Japanese text wrapped goes on with no space */
		if (b.len > 0 && !(strcmp(sep, " ") == 0 && utf8_wide_end(b.s, b.len)))
			buf_adds(&b, sep);
		buf_adds(&b, c->L->v[i].s);
	}
	return buf_detach(&b);
}

void
parse_date_set(char **slot, struct ym d)
{
	char iso[8];

	if (d.y == 0) {
		profile_set(slot, NULL);
		return;
	}
	date_iso_format(d, iso);
	profile_set(slot, iso);
}

/* Where a glued list may be cut: a lower-case letter (or "+", "#", ")")
 * then a capital ("LinuxC", "C++Python"), or a capital before a capital
 * and a lower-case letter ("CData"). */
static int
boundary(const char *s, size_t i)
{
	unsigned char a = (unsigned char)s[i - 1], b = (unsigned char)s[i];

	if (!isupper(b))
		return 0;
	if (islower(a) || a == '+' || a == '#' || a == ')')
		return 1;
	/* "SQLA/B Testing" */
	return isupper(a) && (islower((unsigned char)s[i + 1]) || s[i + 1] == '/');
}

#define MAXCUTS 64

/* Whether the vocabulary knows s, or each of its names parted by "/"
 * ("JavaScript/TypeScript", "HTML/CSS"). */
static int
known_piece(const struct lexicon *lx, const char *s, size_t len)
{
	const char *slash;

	if (lexicon_skill(lx, s, len))
		return 1;
	if ((slash = memchr(s, '/', len)) == NULL)
		return 0;
	while (slash != NULL) {
		if (slash == s || !lexicon_skill(lx, s, (size_t)(slash - s)))
			return 0;
		len -= (size_t)(slash - s) + 1;
		s = slash + 1;
		slash = memchr(s, '/', len);
	}
	return len > 0 && lexicon_skill(lx, s, len);
}

/*
 * Cuts s at case boundaries so that the pieces are names the vocabulary
 * knows, fewest pieces first: a known piece costs 10, an unknown one 16,
 * and an unknown piece spanning a boundary 40 more for each (so "JavaScript"
 * stays whole when known, and "VirtualizationDevice Drivers" is cut).
 */
void
parse_unglue(const struct lexicon *lx, const char *s, size_t len, struct strlist *out)
{
	size_t cuts[MAXCUTS + 2], n = 0;
	int cost[MAXCUTS + 2], from[MAXCUTS + 2];

	cuts[n++] = 0;
	for (size_t i = 1; i < len && n < MAXCUTS; i++)
		if (boundary(s, i))
			cuts[n++] = i;
	cuts[n++] = len;
	cost[0] = 0;
	for (size_t j = 1; j < n; j++) {
		cost[j] = -1;
		for (size_t i = j; i-- > 0;) {
			size_t a = cuts[i], b = cuts[j];
			int known = known_piece(lx, s + a, b - a);
			/* an unknown piece cut out of a word ("Velo|Cloud") */
			int inword = (a > 0 && s[a - 1] != ' ' && s[a] != ' ') ||
			    (b < len && s[b - 1] != ' ' && s[b] != ' ');
			int c = cost[i] + (known ? 10 : 16 + 40 * (int)(j - i - 1) +
			    (inword ? 60 : 0));
			if (cost[j] < 0 || c < cost[j]) {
				cost[j] = c;
				from[j] = (int)i;
			}
		}
	}
	{
		size_t stack[MAXCUTS + 2], k = 0, prev = 0;
		for (size_t j = n - 1; j > 0; j = (size_t)from[j])
			stack[k++] = j;
		while (k-- > 0) {
			char *piece = parse_trim(s + cuts[prev], cuts[stack[k]] - cuts[prev]);
			if (piece[0] != '\0')
				strlist_take(out, piece);
			else
				free(piece);
			prev = stack[k];
		}
	}
}

/* The length of the longest run of up to four words at p that the
 * vocabulary knows, 0 if none. */
static size_t
known_words(const struct ctx *c, const char *p)
{
	size_t best = 0, end = 0;

	for (int w = 0; w < 4 && p[end] != '\0'; w++) {
		end += strcspn(p + end, " ");
		if (lexicon_skill(c->lx, p, end))
			best = end;
		end += strspn(p + end, " ");
	}
	return best;
}

/* The length of the words at p up to the next one that starts a name
 * the vocabulary knows; *words says how many. */
static size_t
unknown_run(const struct ctx *c, const char *p, int *words)
{
	size_t k = 0;

	*words = 0;
	while (p[k] != '\0' && (k == 0 || known_words(c, p + k) == 0)) {
		k += strcspn(p + k, " ");
		(*words)++;
		if (p[k] == ' ' && p[k + 1] != '\0' && known_words(c, p + k + 1) > 0)
			break;
		k += strspn(p + k, " ");
	}
	while (k > 0 && p[k - 1] == ' ')
		k--;
	return k;
}

/* "Python Java SQL", "React Ruby on Rails GraphQL" (a page's tags): names
 * the vocabulary knows, one after the other and not as a whole, are a
 * list that lost its commas.  Among four known names or more, a name it
 * lacks ("Jetpack Compose", "CI with Bitrise") may stand for every three,
 * the words between two known ones. */
static int
space_list(const struct ctx *c, const char *s, struct strlist *out)
{
	size_t known = 0, unknown = 0, k;
	int words;

	if (strchr(s, ' ') == NULL || lexicon_skill(c->lx, s, strlen(s)))
		return 0;
	for (const char *p = s; *p != '\0'; p += k + strspn(p + k, " ")) {
		if ((k = known_words(c, p)) > 0) {
			known++;
			continue;
		}
		k = unknown_run(c, p, &words);
		if (words > 3)
			return 0;
		unknown++;
	}
	if (known + unknown < 3 || (unknown > 0 && (known < 4 || unknown * 3 > known)))
		return 0;
	for (const char *p = s; *p != '\0'; p += k + strspn(p + k, " ")) {
		if ((k = known_words(c, p)) == 0)
			k = unknown_run(c, p, &words);
		strlist_addn(out, p, k);
	}
	return 1;
}

/* "Product StrategyPaymentsUPI": a long item glued where a small letter
 * meets a capital, three pieces or more, one of them known, is a list
 * even where the vocabulary knows few of them.  The pieces replace those
 * in *out; a count that passes the caller's test is returned, else 0. */
static size_t
glued_cut(const struct ctx *c, const char *s, struct strlist *out)
{
	struct strlist cut = STRLIST_INIT;
	size_t start = 0, known = 0;

	for (size_t i = 1; s[i] != '\0'; i++)
		if (islower((unsigned char)s[i - 1]) && isupper((unsigned char)s[i])) {
			strlist_addn(&cut, s + start, i - start);
			start = i;
		}
	strlist_add(&cut, s + start);
	for (size_t i = 0; i < cut.n; i++)
		known += lexicon_skill(c->lx, cut.v[i], strlen(cut.v[i]));
	if (cut.n < 3 || known == 0) {
		strlist_clear(&cut);
		return 0;
	}
	strlist_clear(out);
	*out = cut;
	return (cut.n + 1) / 2;
}

/* One item of a list: glued names are cut where the vocabulary agrees. */
static void
list_item(const struct ctx *c, const char *s, size_t len, struct strlist *out, int among)
{
	struct strlist pieces = STRLIST_INIT;
	size_t known = 0;
	char *item = parse_trim(s, len);

	len = strlen(item);
	while (len > 0 && (item[len - 1] == '.' || item[len - 1] == ':'))
		item[--len] = '\0';
	if (len == 0 || len > 2000) {
		free(item);
		return;
	}
	/* "Salesforce Marketing Cloud, Brevo": among items set apart, a
	 * name of known words is one name */
	if (!among && space_list(c, item, out)) {
		free(item);
		return;
	}
	parse_unglue(c->lx, item, len, &pieces);
	/* a single lower-case letter is no language: "dSPACE" is one name */
	for (size_t i = 0; i < pieces.n; i++)
		known += lexicon_skill(c->lx, pieces.v[i], strlen(pieces.v[i])) &&
		    !(strlen(pieces.v[i]) == 1 && islower((unsigned char)pieces.v[i][0]));
	if (pieces.n < 2 && len > 20 && !known_piece(c->lx, item, len))
		known = glued_cut(c, item, &pieces);
	if (pieces.n >= 2 && known * 2 >= pieces.n) {
		for (size_t i = 0; i < pieces.n; i++)
			if (strlist_findcase(out, pieces.v[i]) < 0)
				strlist_add(out, pieces.v[i]);
	} else if (len <= 80 && strlist_findcase(out, item) < 0)
		strlist_add(out, item);
	strlist_clear(&pieces);
	free(item);
}

/* The separators of a list, outside parentheses. */
static size_t
list_sep(const char *s)
{
	static const char *const seps[] = { ",", ";", "|", "\t", " \xc2\xb7 ", "\xc2\xb7",
		"\xe2\x80\xa2", " - ", " \xe2\x80\x93 ", "\xe2\x97\x8f", "\xe2\x96\xaa", " / ",
		"\xe2\x80\xa3", "\xe3\x80\x81", "\xef\xbc\x8c", "\xe3\x83\xbb", " ~ ", NULL };	/* 、 ， ・ */

	if (strchr(",;|\t \xc2\xe2\xe3\xef", *s) == NULL)
		return 0;
	return wordlist_prefix(seps, s);
}

/* " / ", " - ", " – ": separators that part items only where no other
 * does ("DOT / FMCSA Compliance | CSA Score Management" has two items). */
static int
weak_sep(const char *s, size_t n)
{
	return (n == 3 && (strncmp(s, " / ", 3) == 0 || strncmp(s, " - ", 3) == 0)) ||
	    (n == 5 && strncmp(s, " \xe2\x80\x93 ", 5) == 0);
}

/* Whether s holds a separator, outside brackets, that is not weak. */
static int
strong_sep(const char *s)
{
	int depth = 0;
	size_t n;

	for (; *s != '\0'; s++) {
		depth += (*s == '(' || *s == '[') - ((*s == ')' || *s == ']') && depth > 0);
		if (depth == 0 && (n = list_sep(s)) > 0 && !weak_sep(s, n))
			return 1;
	}
	return 0;
}

/* "SEO / SEM", "Cartrack / MiX Telematics", "AML / KYC": one slash
 * between two names joins them into one skill; "Python / Go / Rust" is
 * a list. */
static int
one_slash(const char *s)
{
	const char *a = strstr(s, " / ");

	return a != NULL && strstr(a + 3, " / ") == NULL;
}

void
parse_skill_list(const struct ctx *c, const char *s, struct strlist *out)
{
	const char *start = s;
	int depth = 0, among = 0, strong = strong_sep(s), slash = one_slash(s);
	size_t n;

	while (*s != '\0') {
		if (*s == '(' || *s == '[')
			depth++;
		else if ((*s == ')' || *s == ']') && depth > 0)
			depth--;
		if (depth == 0 && (n = list_sep(s)) > 0 && !(strong && weak_sep(s, n)) &&
		    !(slash && n == 3 && strncmp(s, " / ", 3) == 0)) {
			list_item(c, start, (size_t)(s - start), out, 1);
			s += n;
			start = s;
			among = 1;
			continue;
		}
		s++;
	}
	list_item(c, start, (size_t)(s - start), out, among);
}

/* Whether s ends in a date ("..., 2019", "(2021)"). */
static int
ends_dated(const char *s)
{
	struct daterange r;
	size_t n = strlen(s);

	return dateparse_find(s, n, &r) && s[r.to + strspn(s + r.to, " .)")] == '\0';
}

/* "Lean Six Sigma Green Belt –" over "University of Limerick – 2018",
 * "ASQ Certified Quality Engineer" over "(CQE) – 2021": a line a narrow
 * column wrapped, going on from the one before. */
static int
runs_on(const char *prev, const char *s)
{
	size_t n = strlen(prev);

	if (s[0] == '(' && strchr(s, ')') != NULL && strchr(prev, '(') == NULL)
		return 1;
	/* "Negociación Estratégica (Harvard" over "ManageMentor)" */
	if (strrchr(prev, '(') != NULL && strchr(strrchr(prev, '('), ')') == NULL &&
	    strchr(s, ')') != NULL && memchr(s, '(', (size_t)(strchr(s, ')') - s)) == NULL)
		return 1;
	/* "... – South African Institution of Civil" over "Engineering,
	 * 2020": a long item wrapped, its last words and its year below */
	if (lineword_count(prev) >= 8 && lineword_count(s) <= 4 && strchr(s, ',') != NULL &&
	    dateparse_only(strrchr(s, ',') + 1) && !ends_dated(prev))
		return 1;
	while (n > 0 && prev[n - 1] == ' ')
		n--;
	if (n == 0)
		return 0;
	return prev[n - 1] == ',' || prev[n - 1] == '&' || prev[n - 1] == '-' ||
	    (n >= 3 && (memcmp(prev + n - 3, "\xe2\x80\x93", 3) == 0 ||
	    memcmp(prev + n - 3, "\xe2\x80\x94", 3) == 0));
}

/* The items of a list section: a bullet, or a line after a blank, starts
 * one; an indented or lower-case line goes on with the one before. */
void
parse_items(const struct ctx *c, const struct sect *sec, struct strlist *out)
{
	int indent = 0, bulleted = 0;

	for (size_t i = sec->from; i < sec->to; i++) {
		const struct line *l = &c->L->v[i];
		int bullet = (l->flags & (MK_BULLET | MK_NUMBERED)) != 0;
		if (l->s[0] == '\0')
			continue;
		if (out->n > 0 && !bullet && !(l->flags & LN_BLANK) &&
		    (l->indent > indent || (islower((unsigned char)l->s[0]) &&
		    !dateparse_only(l->s)) ||	/* "juin 2021" under its giver */
		    runs_on(out->v[out->n - 1], l->s) ||
		    (bulleted && l->indent >= indent && !(l->flags & LN_CELLS)))) {
			char *j = xprintf("%s %s", out->v[out->n - 1], l->s);
			free(out->v[out->n - 1]);
			out->v[out->n - 1] = j;
			continue;
		}
		strlist_add(out, l->s);
		indent = l->indent;
		bulleted = bullet;
	}
}

/* A new record, or NULL past the most a résumé could hold: hostile input
 * must not grow a profile without end. */
void *
parse_append(struct ctx *c, enum section s)
{
	if (profile_count(c->p, s) >= PARSE_MAX_RECORDS)
		return NULL;
	return profile_append(c->p, s);
}

/* Tabs stand between cells while parsing; a stored field has spaces. */
static void
untab_str(char *s)
{
	size_t o = 0;

	if (s == NULL)
		return;
	for (size_t i = 0; s[i] != '\0'; i++) {
		char ch = s[i] == '\t' ? ' ' : s[i];
		if (ch == ' ' && o > 0 && s[o - 1] == ' ')
			continue;
		s[o++] = ch;
	}
	s[o] = '\0';
}

static void
untab_record(void *rec, const struct field_desc *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (f[i].type != FT_LIST) {
			untab_str(*field_str(rec, &f[i]));
			continue;
		}
		for (size_t j = 0; j < field_list(rec, &f[i])->n; j++)
			untab_str(field_list(rec, &f[i])->v[j]);
	}
}

void
parse_untab(struct profile *p)
{
	untab_record(&p->basics, profile_basics_fields, profile_nbasics_fields);
	untab_record(&p->basics.location, profile_location_fields, profile_nlocation_fields);
	for (size_t i = 0; i < p->basics.nprofiles; i++)
		untab_record(&p->basics.profiles[i], profile_social_fields, profile_nsocial_fields);
	for (int s = 0; s < SEC__COUNT; s++)
		for (size_t i = 0; i < profile_count(p, s); i++)
			untab_record(profile_item(p, s, i), profile_sections[s].fields,
			    profile_sections[s].nfields);
}

int
parse_in_brackets(const char *s, const char *at)
{
	int depth = 0;

	for (; s < at; s++)
		depth += (*s == '(') - (*s == ')' && depth > 0);
	return depth > 0;
}
