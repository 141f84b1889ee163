#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "fold.h"
#include "heading.h"
#include "parse.h"
#include "heading_words.h"
#include "wordlist.h"
#include "utf8.h"
#include "xalloc.h"

#define KEYLEN 128

struct pending {
	char *key;
	enum isec sec;
	size_t order;
	int whole;
};

static int
pending_cmp(const void *a, const void *b)
{
	const struct pending *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c != 0 ? c : (x->order > y->order) - (x->order < y->order);
}

/* Folded, and without the words that join others ("and", "&", "und"), so
 * "Licenses & Certifications" is "Licenses and Certifications". */
static void
heading_key(const char *s, size_t len, char *out, size_t size)
{
	static const char *const joins[] = { "and", "und", "et", "y", "e", "en", "og",
		"och", "oraz", "si", "a", NULL };
	char key[KEYLEN];
	size_t o = 0, n;

	fold_key(s, len, key, sizeof key);
	out[0] = '\0';
	/* fold_key parts words by one space, none before or after */
	for (char *w = key; *w != '\0'; w += n + (w[n] == ' ')) {
		int join = 0;
		n = strcspn(w, " ");
		for (int i = 0; joins[i] != NULL && !join; i++)
			join = w[0] == joins[i][0] && strncmp(w, joins[i], n) == 0 &&
			    joins[i][n] == '\0';
		if (join || o + n + 2 > size)
			continue;
		if (o > 0)
			out[o++] = ' ';
		memcpy(out + o, w, n);
		out[o += n] = '\0';
	}
}

static void
pending_add(struct pending **v, size_t *n, size_t *cap, const char *text, size_t len,
    enum isec sec, int builtin)
{
	char key[KEYLEN];
	int whole = builtin && len > 0 && *text == '=';

	heading_key(text + whole, len - (size_t)whole, key, sizeof key);
	if (key[0] == '\0')
		return;
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 512;
		*v = xreallocarray(*v, *cap, sizeof **v);
	}
	(*v)[*n].key = xstrdup(key);
	(*v)[*n].sec = sec;
	(*v)[*n].order = *n;
	(*v)[*n].whole = whole;
	(*n)++;
}

enum isec
heading_section(const char *name)
{
	for (int i = 0; config_heading_sections[i] != NULL; i++)
		if (strcmp(config_heading_sections[i], name) == 0)
			return (enum isec)i;
	return IS_NONE;
}

/* The config's wordings come first, so they win over the built-in ones. */
void
headings_init(struct headings *h, const struct config *cfg)
{
	struct pending *v = NULL;
	size_t n = 0, cap = 0, o = 0;

	for (size_t i = 0; cfg != NULL && i < cfg->nheadings; i++) {
		enum isec sec = heading_section(cfg->headings[i].section);
		if (sec != IS_NONE)
			pending_add(&v, &n, &cap, cfg->headings[i].text,
			    strlen(cfg->headings[i].text), sec, 0);
	}
	for (const struct heading_row *r = heading_rows; r->words != NULL; r++)
		for (const char *w = r->words; *w != '\0';) {
			size_t len = strcspn(w, "|");
			pending_add(&v, &n, &cap, w, len, r->sec, 1);
			w += len + (w[len] == '|');
		}
	qsort(v, n, sizeof *v, pending_cmp);
	h->v = xcalloc(n + 1, sizeof *h->v);
	for (size_t i = 0; i < n; i++) {
		if (o > 0 && strcmp(h->v[o - 1].key, v[i].key) == 0) {
			free(v[i].key);
			continue;
		}
		h->v[o].key = v[i].key;
		h->v[o].whole = v[i].whole;
		h->v[o++].sec = v[i].sec;
	}
	h->n = o;
	free(v);
}

void
headings_free(struct headings *h)
{
	for (size_t i = 0; i < h->n; i++)
		free(h->v[i].key);
	free(h->v);
	h->v = NULL;
	h->n = 0;
}

static int
word_cmp(const void *k, const void *e)
{
	return strcmp(k, ((const struct heading_word *)e)->key);
}

static const struct heading_word *
lookup_word(const struct headings *h, const char *key)
{
	if (key[0] == '\0')
		return NULL;
	return bsearch(key, h->v, h->n, sizeof *h->v, word_cmp);
}

enum isec
heading_lookup(const struct headings *h, const char *key)
{
	const struct heading_word *w = lookup_word(h, key);

	return w != NULL ? w->sec : IS_NONE;
}

/* Whether s has letters with case: "■資格" has none, and stands out by
 * its glyph alone. */
static int
cased(const char *s)
{
	size_t len = strlen(s);
	uint32_t cp;

	for (size_t i = 0, n; i < len; i += n > 0 ? n : 1) {
		n = utf8_decode(s + i, len - i, &cp);
		if (fold_islower(cp) || fold_isupper(cp))
			return 1;
	}
	return 0;
}

static int
all_caps(const char *s)
{
	size_t len = strlen(s);
	int upper = 0;
	uint32_t cp;

	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return 0;
		if (fold_islower(cp))
			return 0;
		upper += fold_isupper(cp);
		i += n;
	}
	return upper >= 3;
}

static int
words_of(const char *key)
{
	int n = *key != '\0';

	for (; *key != '\0'; key++)
		n += *key == ' ';
	return n;
}

int
heading_looks(const struct line *l)
{
	size_t len = strlen(l->s);

	if (l->flags & (MK_HEADING | LN_UNDERLINED))
		return 1;
	/* "EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES AND QUALIFICATIONS
	 * OBTAINED": a form's heading in capitals runs longer */
	if (len == 0 || len > 80 || (len > 60 && !all_caps(l->s)) ||
	    (l->flags & (MK_BULLET | MK_NUMBERED)))
		return 0;
	return (l->flags & MK_BOLD) || l->s[len - 1] == ':' || all_caps(l->s);
}

/* The longest wording the key holds, as whole words; none in a school's
 * label of its courses ("Relevant Coursework, Licensures and
 * Certifications:"). */
static enum isec
contained(const struct headings *h, const char *key)
{
	size_t best = 0, klen = strlen(key);
	enum isec sec = IS_NONE;

	if (strncmp(key, "coursework ", 11) == 0 || strstr(key, " coursework ") != NULL)
		return IS_NONE;

	for (size_t i = 0; i < h->n; i++) {
		size_t n = strlen(h->v[i].key);
		const char *p;
		if (n <= best || n < 5 || n > klen || h->v[i].whole)
			continue;
		for (p = strstr(key, h->v[i].key); p != NULL; p = strstr(p + 1, h->v[i].key))
			if ((p == key || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' ')) {
				best = n;
				sec = h->v[i].sec;
				break;
			}
	}
	return sec;
}

/* "Skills: C, Go" and "EXPERIENCE<gap>Senior Engineer ...": a wording
 * before a colon or a wide gap, with the content after it. */
static int
match_prefix(const struct headings *h, const struct line *l, struct heading_hit *hit)
{
	char key[KEYLEN];
	size_t n = strcspn(l->s, ":\t");
	const struct heading_word *w;

	if (l->s[n] == '\0' || n > 40 || n == 0)
		return 0;
	heading_key(l->s, n, key, sizeof key);
	/* a wording that heads a section only as the whole line is, before
	 * content, a label ("Research areas: fairness, causality"); "Say
	 * hi: jane@example.org" still gives the contact */
	if ((w = lookup_word(h, key)) == NULL || (w->whole && w->sec != IS_CONTACT))
		return 0;
	hit->sec = w->sec;
	hit->exact = 1;
	hit->rest = n + 1;
	while (l->s[hit->rest] == ' ' || l->s[hit->rest] == '\t')
		hit->rest++;
	return 1;
}

/* "21.   COMPUTER SKILLS   :   AutoCAD, ..." after a blank line: a
 * numbered form's section in capitals, its content after the colon. */
static int
numbered_prefix(const struct headings *h, const struct line *l, struct heading_hit *hit)
{
	size_t n = strcspn(l->s, ":");
	char *label;
	int caps;

	if ((l->flags & (MK_NUMBERED | LN_BLANK)) != (MK_NUMBERED | LN_BLANK) || l->s[n] == '\0' ||
	    l->s[n + 1 + strspn(l->s + n + 1, " \t")] == '\0')
		return 0;
	label = xstrndup(l->s, n);
	caps = all_caps(label);
	free(label);
	return caps && match_prefix(h, l, hit);
}

/* "LANGUAGES English (native) • Spanish (fluent)", "EDUCATION Master of
 * Science ...": a wording in capitals at the head of a line its
 * section's content goes on, the words after it in lower case or
 * capitalised. */
static int
caps_prefix(const struct headings *h, const struct line *l, struct heading_hit *hit)
{
	size_t ends[6], k = 0, i = 0;
	const char *s = l->s;
	const struct heading_word *w;
	char key[KEYLEN];

	while (k < 6 && s[i] != '\0') {
		size_t n = strcspn(s + i, " \t");
		int lower = 0, letters = 0;
		for (size_t j = i; j < i + n; j++) {
			lower |= islower((unsigned char)s[j]) || fold_lower_at(s + j);
			letters += isalpha((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80;
		}
		if (lower || (letters == 0 && s[i] != '&'))
			break;
		i += n;
		ends[k++] = i;
		i += strspn(s + i, " \t");
	}
	/* the content must follow, and open with a capital; the wording is
	 * the whole run of capitals ("UNIVERSITY OF LEEDS" heads nothing) */
	if (k == 0 || k > 4 || s[i] == '\0' || !isupper((unsigned char)s[i]))
		return 0;
	/* "IT Volunteer Club": two capitals are a name's, no heading */
	if (ends[k - 1] < 4)
		return 0;
	heading_key(s, ends[k - 1], key, sizeof key);
	if ((w = lookup_word(h, key)) == NULL)
		return 0;
	hit->sec = w->sec;
	hit->exact = 1;
	hit->rest = i;
	return 1;
}

/* Whether the line's words were joined by a sign or a word the key has
 * left out ("Skills & Certificates", "Kenntnisse und Sprachen"). */
static int
joined(const char *s, const char *key)
{
	int n = *s != '\0';

	if (strpbrk(s, "&,/+") != NULL)
		return 1;
	for (; *s != '\0'; s++)
		n += *s == ' ' && s[1] != ' ' && s[1] != '\0';
	return n > words_of(key);
}

/* "Kenntnisse und Fähigkeiten", "Certifications & Licenses",
 * "Registratie, cursussen en certificaten": wordings of one section
 * joined, two to four (the joins are out of the key). */
static enum isec
pair_lookup(const struct headings *h, const char *key, int linked)
{
	enum isec sec = IS_NONE, first = IS_NONE;
	int words = 0;

	for (const char *w = key; *w != '\0'; words++) {
		size_t n = strcspn(w, " ");
		char one[KEYLEN];
		enum isec k;
		if (n >= KEYLEN || words >= 4)
			return IS_NONE;
		memcpy(one, w, n);
		one[n] = '\0';
		if ((k = heading_lookup(h, one)) == IS_NONE)
			return IS_NONE;
		if (first == IS_NONE)
			first = sec = k;
		else if (k != sec)
			sec = IS__COUNT;
		w += n + (w[n] == ' ');
	}
	/* "Skills & Certificates", "EQUIPMENT EXPERIENCE": two sections'
	 * words joined or standing out, the first's; "Toolbox Talks" in a
	 * list is a skill */
	if (sec == IS__COUNT)
		return words == 2 && linked && first == IS_SKILLS ? first : IS_NONE;
	return words >= 2 ? sec : IS_NONE;
}

static int
parted(const char *s)
{
	return strstr(s, " \xe2\x80\x94 ") != NULL || strstr(s, " \xe2\x80\x93 ") != NULL ||
	    strstr(s, " | ") != NULL || strstr(s, " \xc2\xb7 ") != NULL || strchr(s, ',') != NULL;
}

/* "**Engineering Manager — Platform**" and "### Groupe Ardoise
 * Technologies — Québec, QC": a job or a firm, parted from more */
static int
headline_like(const char *s)
{
	return (role_title_score(s) > 0 && (strstr(s, " \xe2\x80\x94 ") != NULL ||
	    strstr(s, " | ") != NULL || strstr(s, " \xc2\xb7 ") != NULL)) ||
	    (role_company_score(s) > 0 && parted(s));
}

/* "Portfolio" under the name with no blank line before it: an item of
 * the site's menu, not the heading it is on a freelancer's page. */
static int
menu_word(const struct line *l, const char *key)
{
	static const char *const items[] = { "portfolio", NULL };

	return !(l->flags & (LN_BLANK | MK_HEADING | LN_UNDERLINED)) && wordlist_has(items, key);
}

/* "Kitchens I've worked in", "Teams I have worked with": a short line
 * that tells where one worked heads the work, whatever its first word. */
static int
worked_phrase(const char *key)
{
	static const char *const said[] = { "i ve worked", "i have worked", "ive worked", NULL };

	if (words_of(key) > 6)
		return 0;
	for (const char *p = key; *p != '\0'; p += strcspn(p, " "), p += *p == ' ')
		if (wordlist_prefix(said, p) > 0)
			return 1;
	return 0;
}

/* "Опыт работы — 9 лет 2 месяца", "Experience (8 years)", "Experience ·
 * 9 yrs": a wording and the time it sums up; the wording's section. */
static enum isec
before_duration(const struct headings *h, const char *s, size_t len)
{
	static const char *const seps[] = { " ", "(", ":", "|", "-", "\xe2\x80\x93",
		"\xe2\x80\x94", "\xc2\xb7", NULL };
	char key[KEYLEN];
	size_t from, to, k;

	if (strpbrk(s, "0123456789") == NULL ||
	    dateparse_duration(s, len, &from, &to) < 0 || from == 0 ||
	    to + strspn(s + to, " )") != len)
		return IS_NONE;
	for (k = from, to = 0; k > 0 && to != k;) {
		to = k;
		for (size_t i = 0; seps[i] != NULL; i++) {
			size_t n = strlen(seps[i]);
			if (k >= n && memcmp(s + k - n, seps[i], n) == 0)
				k -= n;
		}
	}
	if (k == from || k == 0)
		return IS_NONE;
	heading_key(s, k, key, sizeof key);
	return heading_lookup(h, key);
}

/* "PUBLICATIONS (peer-reviewed journal articles)", "4. Publications
 * (selected)": a wording that stands out, and a note in brackets after
 * it in small letters; the wording's section. */
static enum isec
before_note(const struct headings *h, const struct line *l, size_t len)
{
	const char *open = strrchr(l->s, '(');
	char key[KEYLEN], *head;
	int stands;

	if (open == NULL || open == l->s || open[-1] != ' ' || l->s[len - 1] != ')' ||
	    !islower((unsigned char)open[1]) || memchr(open, ')', (size_t)(l->s + len - 1 - open)))
		return IS_NONE;
	head = xstrndup(l->s, (size_t)(open - 1 - l->s));
	/* "Mandatory training (up to date)" after a blank line: a short
	 * wording stands by itself */
	stands = all_caps(head) || (l->flags & (MK_HEADING | MK_BOLD | LN_UNDERLINED)) ||
	    ((l->flags & (MK_NUMBERED | MK_BULLET)) == 0 && (l->flags & LN_BLANK) &&
	    words_of(head) < 3) ||
	    ((l->flags & MK_NUMBERED) && (l->flags & LN_BLANK));
	heading_key(head, strlen(head), key, sizeof key);
	free(head);
	return stands ? heading_lookup(h, key) : IS_NONE;
}

/* "Educational qualifications with dates", "Educational institutions
 * attended with dates and qualifications obtained": a wording and the
 * note that its entries are dated, the note and what follows it cut from
 * the key. */
static void
undated(char *key)
{
	static const char *const notes[] = { " with dates", " with date", " and dates", NULL };

	for (int i = 0; notes[i] != NULL; i++) {
		char *at = strstr(key, notes[i]);
		size_t k = strlen(notes[i]);
		if (at != NULL && at > key && (at[k] == '\0' || at[k] == ' ')) {
			*at = '\0';
			return;
		}
	}
}

/* "IV. EXPÉRIENCE PROFESSIONNELLE": a section numbered in Roman figures,
 * the wording after them a heading's. */
size_t
heading_roman(const char *s)
{
	size_t n = strspn(s, "IVX");

	return n > 0 && n <= 4 && (s[n] == '.' || s[n] == ')') && s[n + 1] == ' ' &&
	    s[n + 2] != '\0' ? n + 2 : 0;
}

static enum isec
roman_lookup(const struct headings *h, const struct line *l, const char *key)
{
	size_t n = heading_roman(l->s), k = strspn(key, "ivx");

	if (n == 0 || k + 2 != n || key[k] != ' ')
		return IS_NONE;
	return heading_lookup(h, key + k + 1);
}

int
heading_match(const struct headings *h, const struct line *l, struct heading_hit *hit)
{
	char key[KEYLEN];
	size_t len = strlen(l->s);

	memset(hit, 0, sizeof *hit);
	hit->sec = IS_NONE;
	if (len == 0)
		return 0;
	/* "Digital skills: AWS Security, Splunk, Sigma, ...": a wording and
	 * its content, however long */
	if (len > 120 || (heading_key(l->s, len, key, sizeof key), undated(key),
	    words_of(key) > 8))
		return (!(l->flags & (MK_BULLET | MK_NUMBERED)) && (match_prefix(h, l, hit) ||
		    caps_prefix(h, l, hit))) || numbered_prefix(h, l, hit);
	/* "...without interruption of" over "service": a lower-case line
	 * with no blank before it and nothing of a heading goes on the one
	 * above */
	if (islower((unsigned char)l->s[0]) && !(l->flags & (LN_BLANK | LN_UNDERLINED |
	    MK_HEADING | MK_BOLD)) && l->s[len - 1] != ':')
		return 0;
	if ((hit->sec = before_note(h, l, len)) != IS_NONE) {
		hit->exact = 1;
		return 1;
	}
	/* a bullet before a wording is a decoration when the wording stands
	 * out ("◆ PROFILE", "■ **Experience**"); in a list it is an item */
	if ((l->flags & (MK_BULLET | MK_NUMBERED)) && !(l->flags & MK_HEADING)) {
		/* "3. Education" after a blank line: a numbered section's
		 * heading, the whole wording a heading's */
		int numbered = (l->flags & MK_NUMBERED) && (l->flags & LN_BLANK) &&
		    heading_lookup(h, key) != IS_NONE;
		if (numbered_prefix(h, l, hit))
			return 1;
		if (!numbered && !(l->flags & MK_BOLD) && !all_caps(l->s) && cased(l->s))
			return 0;
		hit->sec = heading_lookup(h, key);
		hit->exact = 1;
		return hit->sec != IS_NONE;
	}
	if (menu_word(l, key))
		return 0;
	if ((hit->sec = heading_lookup(h, key)) != IS_NONE || (hit->sec = roman_lookup(h, l, key)) != IS_NONE ||
	    (hit->sec = pair_lookup(h, key, joined(l->s, key) || heading_looks(l))) != IS_NONE) {
		hit->exact = 1;
		return 1;
	}
	if (match_prefix(h, l, hit))
		return 1;
	if (!(l->flags & (MK_BULLET | MK_NUMBERED)) && caps_prefix(h, l, hit))
		return 1;
	if ((hit->sec = before_duration(h, l->s, len)) != IS_NONE) {
		hit->exact = 1;
		return 1;
	}
	if (l->s[len - 1] != '.' && worked_phrase(key)) {
		hit->sec = IS_EXPERIENCE;
		hit->exact = 1;
		return 1;
	}
	/* "**Engineering Manager — Platform & Developer Experience**" is a
	 * headline: a job and a separator */
	if (heading_looks(l) && words_of(key) <= 6 && !headline_like(l->s) &&
	    (strchr(l->s, ':') == NULL || strchr(l->s, ':') == l->s + len - 1) &&
	    (hit->sec = contained(h, key)) != IS_NONE)
		return 1;
	hit->sec = IS_NONE;
	return 0;
}
