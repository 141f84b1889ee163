/*
 * A skills section's lines made plain lists before they are read: a table
 * of skills cut to its names, dot leaders made colons, and the years a
 * skill was used cut out.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dateparse.h"
#include "fold.h"
#include "parse.h"
#include "skilltidy.h"
#include "wordlist.h"
#include "xalloc.h"

/* "Go (5 years)", "Python - 8 years, SQL (3+ years)": the time a skill
 * was used, as job boards print it, cut out; NULL when s states none. */
char *
skilltidy_years(const char *s)
{
	struct buf b = BUF_INIT;
	size_t from, to;
	int cut = 0;

	buf_adds(&b, s);
	while (dateparse_duration(b.s, b.len, &from, &to) >= 0 && cut < 32) {
		size_t a = from, z;
		while (to > from && strchr(",;. ", b.s[to - 1]) != NULL)
			to--;	/* "3 years," */
		z = to + strspn(b.s + to, " ");
		/* the time ends an item; "12 years in logistics" is prose */
		if (b.s[z] != '\0' && strchr("),;|", b.s[z]) == NULL)
			break;
		z = to;
		/* "(3+ years)", "(less than 1 year)": the brackets and the
		 * words inside them go too */
		while (a > 0 && b.s[a - 1] != '(' && b.s[a - 1] != ',' && a > from - 12 &&
		    isalpha((unsigned char)b.s[a - 1]) + (b.s[a - 1] == ' ') > 0)
			a--;
		if (a > 0 && b.s[a - 1] == '(' && (z = to + strcspn(b.s + to, ")")) < b.len) {
			a--;
			z++;
		} else
			a = from;
		while (a > 0 && strchr(" -:\t", b.s[a - 1]) != NULL)
			a--;
		memmove(b.s + a, b.s + z, b.len - z + 1);
		b.len -= z - a;
		cut++;
	}
	if (cut == 0 || b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

/* "languages ..... C++17/20, HLSL": dot leaders after a group's name
 * stand for its colon. */
void
skilltidy_leader(char *s)
{
	char *dots = strstr(s, "..."), *end, *items;
	size_t w = 1;

	if (dots == NULL || dots == s || strchr(s, ':') != NULL)
		return;
	for (const char *p = s; p < dots; p++)
		if (isdigit((unsigned char)*p) ||
		    (*p == ' ' && p[1] != ' ' && p[1] != '.' && ++w > 4))
			return;
	items = dots + strspn(dots, ". ");
	end = dots;
	while (end > s && end[-1] == ' ')
		end--;
	if (*items == '\0' || end == s)
		return;
	end[0] = ':';
	end[1] = ' ';
	memmove(end + 2, items, strlen(items) + 1);
}

/* "Douane : SYDONIA World, ... Logistique : Incoterms": the French space
 * before a label's colon goes, as an English list writes it. */
void
skilltidy_colon(char *s)
{
	for (char *p = strstr(s, " : "); p != NULL; p = strstr(p, " : "))
		if (p > s && isalpha((unsigned char)p[-1]))
			memmove(p, p + 1, strlen(p + 1) + 1);
		else
			p += 3;
}

static int level_cell(const char *cell);

static const char *const head_first[] = { "skill", "skills", "skill name", "it skill",
	"software", "tool", "tools", "technology", "logiciel", "logiciels", "outil", "outils",
	"competence", "competences", "herramienta", "programa", NULL };
static const char *const head_others[] = { "version", "last used", "experience",
	"proficiency", "level", "years", "year", "exp", "niveau", "nivel", "niveau de maitrise",
	"maitrise", NULL };

int
skilltidy_head_cell(const char *s, size_t n)
{
	char key[24];

	if (n == 0 || n >= sizeof key)
		return 0;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(head_first, key) ? 1 : wordlist_has(head_others, key) ? 2 : 0;
}

/* "Skill Name<TAB>Version<TAB>Last Used<TAB>Experience": the head of a
 * table of skills, one a row, its first cell the skill's name. */
static int
table_head(const char *s)
{
	size_t n = strcspn(s, "\t");
	int more = 0;

	if (s[n] != '\t' || skilltidy_head_cell(s, n) != 1)
		return 0;
	for (const char *p = s + n; *p == '\t'; p += n) {
		p += strspn(p, "\t");
		n = strcspn(p, "\t");
		more += skilltidy_head_cell(p, n) == 2;
	}
	return more > 0;
}

/* "Skill" over "Level" over "Experience", then a skill over its level
 * over its years, and so on: such a table with a cell a line, from line
 * i; its columns, 0 if none. */
static size_t
cells_head(const struct ctx *c, const struct sect *sec, size_t i)
{
	const struct line *v = c->L->v;
	size_t k = i + 1;

	if (skilltidy_head_cell(v[i].s, strlen(v[i].s)) != 1)
		return 0;
	while (k < sec->to && !(v[k].flags & LN_BLANK) &&
	    skilltidy_head_cell(v[k].s, strlen(v[k].s)) == 2)
		k++;
	return k - i > 1 ? k - i : 0;
}

/* Whether the cells of a row after its first are a level or a time
 * ("Expert", "More than 5 Years"). */
static int
row_of_cells(const struct ctx *c, size_t i, size_t cols)
{
	for (size_t k = 1; k < cols; k++) {
		const char *s = c->L->v[i + k].s;
		if ((c->L->v[i + k].flags & LN_BLANK) || (!level_cell(s) &&
		    strpbrk(s, "0123456789") == NULL))
			return 0;
	}
	return 1;
}

/* The rows of such a table each cut to the skill, the head and other
 * cells gone; the line after the last row. */
static size_t
cells_cut(struct ctx *c, const struct sect *sec, size_t i, size_t cols)
{
	for (size_t k = 0; k < cols; k++)
		c->L->v[i + k].s[0] = '\0';
	for (i += cols; i + cols <= sec->to && row_of_cells(c, i, cols); i += cols)
		for (size_t k = 1; k < cols; k++)
			c->L->v[i + k].s[0] = '\0';
	return i;
}

/* "Category<TAB>Details": the head of a table of groups, a group's name
 * and its items a row, which read as such without it. */
static int
groups_head(const char *s)
{
	static const char *const first[] = { "area", "category", "domain", "field", "group",
		"skill area", "skill category", "type", NULL };
	static const char *const second[] = { "description", "details", "items", "skills",
		"technologies", "tools", NULL };
	size_t n = strcspn(s, "\t");
	char a[24], b[24];

	if (s[n] != '\t' || n >= sizeof a || strchr(s + n + 1, '\t') != NULL ||
	    strlen(s + n + 1) >= sizeof b)
		return 0;
	fold_key(s, n, a, sizeof a);
	fold_key(s + n + 1, strlen(s + n + 1), b, sizeof b);
	return wordlist_has(first, a) && wordlist_has(second, b);
}

/* Whether s names the 2013 Europass's grid of digital skills rated by
 * oneself ("AUTOVALUTAZIONE", "Self-assessment", "Digital competences -
 * Self-assessment grid"). */
static int
grid_named(const char *s)
{
	static const char *const names[] = { "autovalutazione", "self assessment",
		"selbstbeurteilung", "autoevaluation", "autoevaluacion", "autoavaliacao",
		"samoocena", "zelfbeoordeling", "autoevaluare", NULL };
	char key[160];

	fold_key(s, strlen(s), key, sizeof key);
	return wordlist_holds(names, key);
}

/* Whether every word of s is one of the grid's: its five areas and its
 * three levels, in the languages Europass wrote them in. */
static int
grid_line(const char *s)
{
	static const char *const words[] = { "elaborazione", "delle", "informazioni",
		"comunicazione", "creazione", "di", "contenuti", "sicurezza", "risoluzione",
		"problemi", "utente", "avanzato", "autonomo", "base", "information", "processing",
		"communication", "content", "creation", "safety", "problem", "solving",
		"proficient", "independent", "basic", "user", "informationsverarbeitung",
		"kommunikation", "erstellung", "von", "inhalten", "sicherheit", "problemlosung",
		"kompetente", "selbstandige", "elementare", "verwendung", "traitement", "de",
		"l", "contenu", "securite", "resolution", "problemes", "utilisateur",
		"experimente", "elementaire", "procesamiento", "la", "informacion", "comunicacion",
		"creacion", "contenidos", "seguridad", "problemas", "usuario", "competente",
		NULL };
	char key[200], *w, *save = NULL;
	int n = 0;

	if (strlen(s) >= sizeof key)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save), n++)
		if (!wordlist_has(words, w))
			return 0;
	return n >= 1;
}

void
skilltidy_grid(struct ctx *c, const struct sect *sec)
{
	int in = sec->title != NULL && grid_named(sec->title);

	/* the grid's lines run on from its name, down to the first that
	 * is none of its words; a skill after them ("Problem solving") stays */
	for (size_t i = sec->from; i < sec->to; i++) {
		char *s = c->L->v[i].s;
		if (grid_named(s))
			in = 1;
		else if (!in || (s[0] != '\0' && !grid_line(s)))
			in = 0;
		if (in)
			s[0] = '\0';
	}
}

/* The rows under such a head down to a blank line, each cut to its first
 * cell; the head goes.  A table of groups loses its head alone. */
void
skilltidy_table(struct ctx *c, const struct sect *sec)
{
	for (size_t i = sec->from; i < sec->to; i++) {
		size_t cols = cells_head(c, sec, i);
		if (cols > 0) {
			i = cells_cut(c, sec, i, cols) - 1;
			continue;
		}
		if (groups_head(c->L->v[i].s))
			c->L->v[i].s[0] = '\0';
		if (!table_head(c->L->v[i].s))
			continue;
		c->L->v[i].s[0] = '\0';
		for (i++; i < sec->to && strchr(c->L->v[i].s, '\t') != NULL &&
		    !(c->L->v[i].flags & LN_BLANK); i++)
			c->L->v[i].s[strcspn(c->L->v[i].s, "\t")] = '\0';
	}
}

static int level_word(const char *w, size_t n);

/* "SAP SuccessFactors gute Anwenderkenntnisse", "Excel very good": two
 * level words or more ending an item, after its name, go (in place). */
static void
level_words_off(char *s)
{
	char *cut = NULL;
	int words = 0;

	if (strpbrk(s, "()") != NULL)
		return;		/* "SolidWorks (sehr gut)": see level_note */
	for (char *w = s + strlen(s); w > s;) {
		char *end = w;
		while (w > s && w[-1] != ' ')
			w--;
		if (!level_word(w, (size_t)(end - w)))
			break;
		words++;
		cut = w;
		while (w > s && w[-1] == ' ')
			w--;
	}
	if (words >= 2 && cut != NULL && cut > s + 1)
		cut[-1] = '\0';
}

/* The words of a skill's level, folded: "Expert", "sehr gut",
 * "Grundkenntnisse", "working knowledge", "avancé", "ottimo", "ileri".
 * Sorted. */
static const char *const level_words[] = {
	"advanced", "alto", "anwenderkenntnisse", "avancada", "avancado", "avance",
	"avancee", "avancerad", "avanceret", "avansert", "avanzado", "bajo", "basic",
	"basico", "basics", "basis", "baslangic", "beginner", "bon", "bonne", "bruger",
	"buona", "buono", "cok", "confirme", "confirmee", "courant", "daglig", "debutant",
	"debutante", "discreto", "dobry", "ekspert", "erfaren", "excellent", "experienced",
	"expert", "experte", "experto", "familiar", "fluent", "fortgeschritten", "god",
	"goda", "gode", "goed", "good", "grundkenntnisse", "grundlaeggende",
	"grundlaggande", "grunnleggende", "gut", "gute", "ileri", "intermediaire",
	"intermediario", "intermediate", "intermedio", "iyi", "kendskab", "kenntnisse",
	"kjennskap", "knowledge", "kunskaper", "maitrise", "medio", "meget", "mierne",
	"moyen", "moyenne", "mycket", "notions", "novice", "orta", "ottima", "ottimo",
	"podstawowy", "pokrocila", "pokrocile", "pokrocily", "proficient", "redelijk",
	"rutineret", "rutinert", "sehr", "skilled", "skillful", "stredne", "strong",
	"superbruger", "temel", "tres", "uitstekend", "very", "working", "zaawansowany",
	"zaciatocnik", "zakladna", "zakladni", "zakladny", "zeer", "一般", "了解", "入门", "掌握",
	"熟悉", "熟練", "熟练", "精通", "良好", NULL
};

static int
level_word(const char *w, size_t n)
{
	char key[32];

	if (n == 0 || n >= sizeof key)
		return 0;
	fold_key(w, n, key, sizeof key);
	return wordlist_has(level_words, key);
}

/* Whether cell opens with a level and holds nothing else but a note in
 * brackets: "sehr gut", "Expert", "gut (Word, Excel", "★★★★☆", "4/5". */
static int
level_cell(const char *cell)
{
	char key[64], *w, *save = NULL;
	size_t n = strcspn(cell, "(,;"), words = 0;

	if (n == 0 || n >= sizeof key)
		return 0;
	if (strspn(cell, "\xe2\x98\x85\xe2\x98\x86\xe2\x97\x8f\xe2\x97\x8b ") >= 6 &&
	    cell[strspn(cell, "\xe2\x98\x85\xe2\x98\x86\xe2\x97\x8f\xe2\x97\x8b ")] == '\0')
		return 1;	/* stars or dots */
	if (isdigit((unsigned char)cell[0]) && cell[1] == '/' && isdigit((unsigned char)cell[2]) &&
	    cell[3 + (cell[3] == '0')] == '\0')
		return 1;	/* "4/5", "8/10" */
	fold_key(cell, n, key, sizeof key);
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save), words++)
		if (!wordlist_has(level_words, w))
			return 0;
	return words > 0 && words <= 3;
}

/* "10年以上", "8年", "5 years", "|": what may follow a skill's level in
 * its row, the years of use or the bar before them. */
static int
years_cells(const char *s)
{
	while (*s != '\0') {
		size_t n = strcspn(s, "\t");
		size_t d = strspn(s, "0123456789+");
		const char *u = s + d;
		if (!(n == 1 && s[0] == '|') && !(d > 0 && (strncmp(u, "\xe5\xb9\xb4", 3) == 0 ||
		    strncmp(u, " year", 5) == 0 || strncmp(u, " yr", 3) == 0)))
			return 0;
		s += n + strspn(s + n, "\t ");
	}
	return 1;
}

int
skilltidy_level(char *s)
{
	char *tab = strchr(s, '\t'), *cell, *next;
	int open;

	if (tab == NULL || tab == s)
		return 0;
	cell = tab + strspn(tab, "\t ");
	/* "大客户销售<TAB>精通<TAB>|<TAB>10年以上": the level, then years */
	if ((next = strchr(cell, '\t')) != NULL) {
		char *level = xstrndup(cell, (size_t)(next - cell));
		int is = level_cell(level) && years_cells(next + strspn(next, "\t "));
		free(level);
		if (!is)
			return 0;
		*next = '\0';
	}
	if (!level_cell(cell))
		return 0;
	open = strchr(cell, '(') != NULL && strchr(cell, ')') == NULL;
	while (tab > s && tab[-1] == ' ')
		tab--;
	*tab = '\0';
	return open ? 2 : 1;
}

/* Where the level in brackets at the end of s begins ("SolidWorks (sehr
 * gut)"), or 0 when s ends in none. */
static size_t
level_note(const char *s)
{
	const char *open = strrchr(s, '(');
	size_t n = strlen(s);
	char *inner;
	int is;

	if (open == NULL || open == s || n < 4 || s[n - 1] != ')')
		return 0;
	inner = xstrndup(open + 1, (size_t)(s + n - 1 - open - 1));
	is = level_cell(inner) && strchr(inner, '(') == NULL;
	free(inner);
	return is ? (size_t)(open - s) : 0;
}

void
skilltidy_levels(struct strlist *keywords)
{
	size_t alone = 0;

	for (size_t i = 0; i < keywords->n; i++)
		level_words_off(keywords->v[i]);

	/* "Team Leadership" over "Expert": a template's level a line under
	 * each skill, read as items of its own */
	for (size_t i = 0; i < keywords->n; i++)
		alone += level_cell(keywords->v[i]);
	for (size_t i = keywords->n; alone >= 2 && i-- > 0;)
		if (level_cell(keywords->v[i]))
			strlist_remove(keywords, i);
	if (keywords->n < 2)
		return;
	for (size_t i = 0; i < keywords->n; i++)
		if (level_note(keywords->v[i]) == 0)
			return;
	for (size_t i = 0; i < keywords->n; i++) {
		char *s = keywords->v[i];
		size_t at = level_note(s);
		while (at > 0 && s[at - 1] == ' ')
			at--;
		s[at] = '\0';
	}
}
