#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wctype.h>

#include "dateparse.h"
#include "fold.h"
#include "names.h"
#include "parse.h"
#include "utf8.h"
#include "wordlist.h"
#include "xalloc.h"

int
names_capital_at(const char *s)
{
	uint32_t cp;
	size_t n = utf8_decode(s, strlen(s), &cp);

	if (n == 0)
		return 0;
	return cp < 0x80 ? isupper((unsigned char)*s) != 0 : fold_isupper(cp) || !fold_isalpha(cp);
}

/* "Computer Vision Lab", "Data Group": a word no person is named by. */
static int
org_word(const char *w, size_t n)
{
	static const char *const words[] = { "lab", "labs", "laboratory", "group",
		"institute", "department", "centre", "center", "faculty", "school", "team",
		"studio", "studios", "agency", "motion", "design", "designs", "creative",
		"films", "media", "photography", "productions", "collective", "consulting",
		"digital", "interactive", "graphics", "visuals", "pictures", "co", "co.", "inc",
		"inc.", "ltd", "llc", "gmbh", NULL };

	for (int i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == n && strncasecmp(w, words[i], n) == 0)
			return 1;
	return 0;
}

/* "山田 太郎", "김지원", "张伟": two to eight Han, kana or Hangul letters,
 * a space at most between surname and given name. */
static int
cjk_name(const char *s)
{
	size_t n = strlen(s), k;
	int letters = 0, spaces = 0;

	for (size_t i = 0; i < n; i += k) {
		uint32_t cp;
		if ((k = utf8_decode(s + i, n - i, &cp)) == 0)
			return 0;
		if (cp == ' ')
			spaces++;
		else if ((cp >= 0x3041 && cp <= 0x30fa) || (cp >= 0x3400 && cp <= 0x9fff) ||
		    (cp >= 0xac00 && cp <= 0xd7a3))
			letters++;
		else
			return 0;
	}
	return letters >= 2 && letters <= 8 && spaces <= 1;
}

/* Words that may stand between the capitalised words of a name. */
static int
particle(const char *w, size_t n)
{
	static const char *const words[] = { "van", "von", "de", "der", "den", "da", "das",
		"dos", "do", "di", "del", "della", "du", "la", "le", "bin", "binti", "al", "el",
		"ter", "ten", "zu", "y", NULL };

	return wordlist_has_n(words, w, n);
}

/* "Level III", "Part II", "Stage 2": a course's or a licence's grade,
 * wrapped onto a line of its own. */
static int
grade_named(const char *s)
{
	static const char *const words[] = { "band", "grade", "level", "module", "part",
		"phase", "stage", "step", "tier", NULL };
	size_t n = strcspn(s, " ");
	char key[16];

	if (n >= sizeof key || s[n] == '\0')
		return 0;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(words, key);
}

static int
namelike(const char *s)
{
	int words = 0, caps = 0;

	if (cjk_name(s))
		return 1;
	if (strlen(s) > 60 || strpbrk(s, "@0123456789/:|") != NULL || grade_named(s))
		return 0;
	for (const char *p = s; *p != '\0'; p++)
		if (*p != ' ' && (p == s || p[-1] == ' ')) {
			size_t n = strcspn(p, " ");
			if (p != s && p[n] != '\0' && particle(p, n))
				continue;
			words++;
			caps += names_capital_at(p);
			if (org_word(p, strcspn(p, " ")))
				return 0;
		}
	return words >= 1 && words <= 5 && caps >= words - 1 && caps > 0;
}

/* "Curriculum vitae" in the languages CVs are written in. */
static const char *const cv_words[] = { "resume", "zivotopis", "zyciorys", "ansioluettelo",
	"cv", "ozgecmis", "curriculo", "curriculum vitae", "meritforteckning", "oneletrajz",
	"hoja de vida", "riwayat hidup", "daftar riwayat hidup", "rirekisho",
	"shokumu keirekisho", "career history sheet", "so yeu ly lich", "levensloop",
	"lebenslauf", "tabellarischer lebenslauf", "europass curriculum vitae",
	"curriculum vitae et studiorum", "biodata", "bio data", "resume cv", "curriculo vitae",
	"strukturovany zivotopis", "levnedsbeskrivelse", "cv ansioluettelo", "zivljenjepis",
	"ferilskra", "jeteshkrimi", "elulookirjeldus", "dzives gajums", "gyvenimo aprasymas",
	"resume preview", "cv preview", "profile preview", "view resume", "my profile",
	"履歴書", "履 歴 書", "職務経歴書", "職 務 経 歴 書", "简历", "个人简历", "이력서",
	NULL };

int
names_title_line(const char *s)
{
	char key[32];

	fold_key(s, strlen(s), key, sizeof key);
	return strcmp(key, "resume") == 0 || strcmp(key, "curriculum vitae") == 0 ||
	    strcmp(key, "cv") == 0 || strcmp(key, "lebenslauf") == 0 ||
	    strcmp(key, "curriculum") == 0 || strcmp(key, "my resume") == 0 ||
	    strcmp(key, "my cv") == 0 || strcmp(key, "review") == 0 ||
	    strcmp(key, "preview") == 0 || strcmp(key, "print preview") == 0 ||
	    strcmp(key, "untitled") == 0 || strcmp(key, "untitled document") == 0 ||
	    wordlist_has(cv_words, key);
}

void
names_cv_titled(struct layout *L)
{
	static const char *const seps[] = { " \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", " | ",
		": ", " of ", NULL };

	for (size_t i = 0, seen = 0; i < L->n && seen < 6; i++) {
		char *s = L->v[i].s;
		if (s[0] == '\0')
			continue;
		seen++;
		for (int k = 0; seps[k] != NULL; k++) {
			char *at = strstr(s, seps[k]), *head;
			const char *rest;
			int cv;
			if (at == NULL || at == s)
				continue;
			head = xstrndup(s, (size_t)(at - s));
			cv = names_title_line(head);
			free(head);
			rest = at + strlen(seps[k]);
			if (cv && names_like(rest)) {
				memmove(s, rest, strlen(rest) + 1);
				break;
			}
		}
	}
}

/* fn of s without the titles and degrees around the name. */
static int
on_bare(const char *s, int (*fn)(const char *))
{
	size_t len;
	const char *b = names_bare(s, &len);
	char *t = xstrndup(b, len);
	int k = fn(t);

	free(t);
	return k;
}

int
names_like(const char *s)
{
	return on_bare(s, namelike);
}

int
names_same(const char *name, const char *s)
{
	char a[128], b[128];

	size_t an, bn;
	const char *bare_a = names_bare(name, &an), *bare_b = names_bare(s, &bn);

	fold_key(name, strlen(name), a, sizeof a);
	fold_key(s, strlen(s), b, sizeof b);
	if (strcmp(a, b) == 0)
		return 1;
	/* "Professor Ada Obi", "Ada Obi, PhD": the name with a title */
	fold_key(bare_a, an, a, sizeof a);
	fold_key(bare_b, bn, b, sizeof b);
	return strcmp(a, b) == 0;
}

/* "Foto de Isabel Moreno": a portrait's caption, read from a web page. */
static char *
photo_caption(const char *s)
{
	static const char *const before[] = { "photo of ", "picture of ", "portrait of ",
		"headshot of ", "profile photo of ", "foto de ", "foto di ", "foto von ",
		"photo de ", "bild von ", "zdjecie ", "profilbild von ", "profile picture of ",
		"photo de profil de ", "foto de perfil de ", NULL };

	for (int i = 0; before[i] != NULL; i++) {
		size_t n = strlen(before[i]);
		if (strncasecmp(s, before[i], n) == 0 && names_like(s + n))
			return names_case(s + n);
	}
	return NULL;
}

/* "Name: Ahmed Hassan", as forms and some templates write it ("Name Aya
 * Morikawa" too); a photo's caption too. */
char *
names_label(const char *s)
{
	static const char *const labels[] = { "name", "full name", "nom", "nom complet",
		"nombre", "nombre completo", "nome", "naam", "imie i nazwisko", "vorname name",
		"name vorname", "candidate", "candidate name", "your name", "applicant",
		"applicant name", "navn", "namn", NULL };
	const char *colon = strchr(s, ':'), *v;
	char key[32];

	/* "Name Aya Morikawa": a form's row whose label lost its colon or
	 * its tab */
	if (colon == NULL && strncmp(s, "Name ", 5) == 0 && names_like(s + 5) &&
	    strchr(s + 5, ' ') != NULL)
		return names_case(s + 5);
	if (colon == NULL || colon - s > 24)
		return photo_caption(s);
	fold_key(s, (size_t)(colon - s), key, sizeof key);
	v = colon + 1 + strspn(colon + 1, " \t");
	for (int i = 0; labels[i] != NULL; i++)
		if (strcmp(key, labels[i]) == 0 && names_like(v))
			return names_case(v);
	return NULL;
}

/* A word of a name: a capital first, no digit, no lower-case part after a
 * hyphen ("Berlin-based" is no name). */
static int
name_word(const char *w, size_t n)
{
	const char *dash = memchr(w, '-', n);

	if (n == 0 || !names_capital_at(w) || (unsigned char)*w < 'A')
		return 0;
	for (size_t i = 0; i < n; i++)
		if (isdigit((unsigned char)w[i]) || w[i] == '@' || w[i] == '/')
			return 0;
	return dash == NULL || (dash + 1 < w + n && names_capital_at(dash + 1));
}

/* The capitalised words at s, up to punctuation or a word in lower case. */
static char *
name_words(const char *s)
{
	const char *end = s, *p = s;
	int words = 0;

	while (*p != '\0' && words < 5) {
		size_t n = strcspn(p, " \t,.;:!?()\"");
		if (name_word(p, n)) {
			words++;
			end = p + n;
		} else if (!particle(p, n) || words == 0)
			break;
		p += n;
		if (*p != ' ')
			break;
		p++;
	}
	if (words == 0)
		return NULL;
	return xstrndup(s, (size_t)(end - s));
}

/* The length of phrase at s, case aside, an apostrophe curly or straight;
 * 0 when it is not there. */
static size_t
phrase_at(const char *s, const char *phrase)
{
	size_t i = 0;

	for (; *phrase != '\0'; phrase++) {
		if (*phrase == '\'' && strncmp(s + i, "\xe2\x80\x99", 3) == 0)
			i += 3;
		else if (tolower((unsigned char)s[i]) == *phrase)
			i++;
		else
			return 0;
	}
	return i;
}

char *
names_greeting(const char *s)
{
	static const char *const phrases[] = { "i'm ", "i am ", "my name is ", "this is ",
		"ich bin ", "ich heisse ", "je suis ", "je m'appelle ", "soy ", "me llamo ",
		"mi nombre es ", "sono ", "mi chiamo ", "eu sou ", "meu nome e ", "ik ben ",
		"mijn naam is ", "jestem ", "nazywam sie ", "jag heter ", "jeg heter ",
		"jeg hedder ", NULL };
	char *name = NULL;

	for (size_t i = 0; s[i] != '\0' && i < 200 && name == NULL; i++) {
		if (i > 0 && isalnum((unsigned char)s[i - 1]))
			continue;
		for (int k = 0; phrases[k] != NULL && name == NULL; k++) {
			size_t n = phrase_at(s + i, phrases[k]);
			if (n > 0)
				name = name_words(s + i + n + strspn(s + i + n, " "));
		}
		if (name != NULL && (role_title_score(name) > 0 || role_company_score(name) > 0)) {
			free(name);
			name = NULL;
		}
	}
	return name;
}

/* "Jane Doe - Résumé - Page 2": the name again above a later page is a
 * running header; it is blanked so that no section reads it. */
void
parse_name_headers(struct ctx *c, size_t from)
{
	static const char *const words[] = { "resume", "cv", "curriculum", "vitae",
		"lebenslauf", "page", "of", "seite", "von", NULL };
	char name[128], key[256];
	size_t n;

	if (c->p->basics.name == NULL)
		return;
	fold_key(c->p->basics.name, strlen(c->p->basics.name), name, sizeof name);
	n = strlen(name);
	for (size_t i = from; i < c->L->n && n > 0; i++) {
		char *w, *save = NULL;
		int other = 0;
		fold_key(c->L->v[i].s, strlen(c->L->v[i].s), key, sizeof key);
		if (strncmp(key, name, n) != 0 || (key[n] != '\0' && key[n] != ' '))
			continue;
		for (w = strtok_r(key + n, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save)) {
			other |= !isdigit((unsigned char)*w) && !wordlist_has(words, w);
		}
		if (!other) {
			free(c->L->v[i].s);
			c->L->v[i].s = xstrdup("");
		}
	}
}

/* How far down a name is looked for when the top gave none. */
#define NAME_REACH 80

void
parse_greeting(struct ctx *c, const char *line, const char *name)
{
	char *t = names_case(name);
	const char *after = strstr(line, name), *end;

	profile_set(&c->p->basics.name, t);
	free(t);
	if (after == NULL || c->p->basics.label != NULL)
		return;
	after += strlen(name);
	if (strncmp(after, ", a ", 4) == 0)
		after += 4;
	else if (strncmp(after, ", an ", 5) == 0)
		after += 5;
	else
		return;
	/* up to the end of the sentence, a dot between digits aside */
	for (end = after; *end != '\0' && !(*end == '.' && (end[1] == '\0' || end[1] == ' '));
	    end++)
		;
	if (end - after > 0 && end - after < 100) {
		t = xstrndup(after, (size_t)(end - after));
		if (strchr(t, ',') == NULL)
			parse_label(c, t);
		free(t);
	}
}

/* "About me" then "I am Priya Ramanathan, a backend engineer ...". */
void
parse_name_greeting(struct ctx *c)
{
	for (size_t i = 0; i < c->L->n && i < NAME_REACH && c->p->basics.name == NULL; i++) {
		char *n = names_greeting(c->L->v[i].s);
		if (n != NULL) {
			parse_greeting(c, c->L->v[i].s, n);
			free(n);
		}
	}
}

/* Whether the line could only be a name: no heading, no chrome, no row
 * of a table, nothing a job, an organisation, a place or a skill is
 * called. */
static int
only_a_name(const struct ctx *c, const struct line *l)
{
	struct heading_hit hit;
	size_t site;
	struct daterange r;

	return names_like(l->s) && strchr(l->s, ' ') != NULL && strchr(l->s, '\t') == NULL &&
	    !names_title_line(l->s) &&
	    !heading_match(&c->lx->headings, l, &hit) && !names_chrome(l->s, &site) &&
	    on_bare(l->s, role_title_score) == 0 && role_company_score(l->s) == 0 &&
	    role_school_score(l->s) == 0 && !role_place(c, l->s, NULL) &&
	    !lexicon_skill(c->lx, l->s, strlen(l->s)) && !dateparse_find(l->s, strlen(l->s), &r);
}

/* No line read as a name: the first line near the top that can be nothing
 * else stands for it.  When there is none the profile goes without. */
void
parse_name_fallback(struct ctx *c)
{
	for (size_t i = 0; i < c->L->n && i < NAME_REACH && c->p->basics.name == NULL; i++)
		if (only_a_name(c, &c->L->v[i])) {
			char *t = names_case(c->L->v[i].s);
			profile_set(&c->p->basics.name, t);
			free(t);
		}
}

/* "About Fatima": a page's heading that names the person by a first name. */
static int
about_first(const char *s, char *first, size_t size)
{
	size_t n;

	if (strncmp(s, "About ", 6) != 0 || !isupper((unsigned char)s[6]))
		return 0;
	n = strcspn(s + 6, " ");
	if (s[6 + n] != '\0' || n < 2 || n >= size)
		return 0;
	memcpy(first, s + 6, n);
	first[n] = '\0';
	return strcmp(first, "Me") != 0;
}

/* "fatima.bello@...": the whole name, when the address begins with the
 * first name, a dot, and a surname in letters. */
static char *
email_name(const char *e, const char *first)
{
	const char *at = e != NULL ? strchr(e, '@') : NULL, *dot;
	size_t n = strlen(first);

	if (at == NULL || (dot = memchr(e, '.', (size_t)(at - e))) == NULL ||
	    (size_t)(dot - e) != n || strncasecmp(e, first, n) != 0 || at - dot < 3)
		return NULL;
	for (const char *q = dot + 1; q < at; q++)
		if (!isalpha((unsigned char)*q))
			return NULL;
	return xprintf("%s %c%.*s", first, toupper((unsigned char)dot[1]), (int)(at - dot - 2),
	    dot + 2);
}

/*
 * A portfolio that says "About Fatima" and nowhere else the whole name
 * but in its email, "fatima.bello@...": the name is the email's.  "About
 * Fatima" is no name itself.
 */
void
parse_name_about(struct ctx *c)
{
	struct profile *p = c->p;
	char first[64], *name;

	for (size_t i = 0; i < c->L->n && i < 12; i++) {
		if (!about_first(c->L->v[i].s, first, sizeof first))
			continue;
		if (p->basics.name != NULL && strcmp(p->basics.name, c->L->v[i].s) == 0)
			profile_set(&p->basics.name, NULL);
		if (p->basics.name == NULL && (name = email_name(p->basics.email, first)) != NULL) {
			profile_set(&p->basics.name, name);
			free(name);
		}
		return;
	}
	/* "Hi, I'm Marcus" and marcus.oyelaran@...: the first name greets,
	 * the email holds the whole */
	if (p->basics.name != NULL && strchr(p->basics.name, ' ') == NULL &&
	    (name = email_name(p->basics.email, p->basics.name)) != NULL) {
		profile_set(&p->basics.name, name);
		free(name);
	}
}
