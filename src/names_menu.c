/*
 * names: a website's menu and page chrome, which no name is looked for in.
 *
 * A personal page dumped or pasted starts with the site's name and its
 * menu ("Home | About | Work | Contact", or a link a line), perhaps
 * "Skip to content"; names_chrome tells those lines, and
 * names_drop_chrome blanks a run of them near the top, with the one-word
 * brand above it.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "fold.h"
#include "layout.h"
#include "lineword.h"
#include "names.h"
#include "wordlist.h"

/* The size of a line's or a cell's key. */
#define KEY 160

/* The words of a website's navigation and of its page chrome. */
static const char *const nav_words_v[] = {
	"about", "about me", "account", "accueil", "alertas", "alertes", "alerts",
	"apply", "apps", "archive", "articles", "benachrichtigungen", "blog",
	"buscar", "candidaturas", "candidatures", "certifications", "certs",
	"companies", "connections", "contact", "cuenta", "curriculum", "cv",
	"dashboard", "deconnexion", "directory", "discover", "edit", "empleos",
	"emplois", "empresas", "events", "explore", "feed", "formacion", "give",
	"help", "hire me", "home", "ich", "inbox", "inicio", "jobs", "laboral",
	"links", "logout", "mein", "meine", "mensajes", "menu", "mes", "messages",
	"messaging", "mi", "mijn", "mis", "my", "nachrichten", "network",
	"netzwerk", "news", "newsletter", "notes", "notifications", "now",
	"ofertas", "orientacion", "out", "people", "perfil", "photos", "portfolio",
	"posts", "profil", "profile", "projects", "projobs", "publications",
	"research", "reseau", "resume", "rss", "salaries", "salarios", "saved",
	"search", "settings", "sign", "sollicitaties", "speaking", "startseite",
	"stellenangebote", "study", "suche", "suchen", "tags", "talks", "teaching",
	"uses", "vacatures", "work", "writing", "вакансии", "вакансії", "головна",
	"допомога", "зарплати", "компанії", "отклики", "резюме", "роботодавцям",
	"увійти", "шукачам",
};
static const struct wordtab nav_words = WORDTAB(nav_words_v);

static int
nav_word(const char *w)
{
	return wordtab_has(&nav_words, w);
}

static const char *const chrome_lines_v[] = {
	"aller au contenu", "anmelden", "back to top", "background image",
	"contact info", "cover photo", "dark mode", "download cv", "download my cv",
	"download my resume", "download pdf", "download resume", "download the pdf",
	"find jobs", "for business", "foto de capa", "foto de perfil",
	"foto de portada", "hintergrundbild", "home", "imagen de portada",
	"ir al contenido", "jobs", "join now", "light mode", "log in", "me", "menu",
	"messaging", "my network", "notifications", "pdf version",
	"photo de couverture", "photo de profil", "print", "profilbild",
	"profile photo", "profile picture", "registrieren", "search", "sign in",
	"sign up", "skip to content", "skip to main content", "switch theme",
	"titelbild", "toggle navigation", "toggle theme", "view pdf",
	"zum inhalt springen", "в избранное", "работодателям", "распечатать",
	"роботодавцям", "розмістити вакансію", "скачать", "соискателям", "увійти",
	"шукачам",
};
static const struct wordtab chrome_lines = WORDTAB(chrome_lines_v);

/* A line of the page's own, or the pronoun a profile shows under the
 * name (names_profile.c keeps those). */
static int
page_chrome(const char *key)
{
	return wordtab_has(&chrome_lines, key) || names_profile_pronoun(key);
}

/* A job board's menu: "Find Jobs | Salary Tools | Career Advice | Sign In". */
static const char *const nav_phrases_v[] = {
	"applied jobs", "browse jobs", "buscar empleo", "career advice",
	"career resources", "companies", "company reviews", "cv builder",
	"edit profile", "employers", "find jobs", "for employers", "job alerts",
	"job search", "jobs for you", "log in", "log out", "login", "mein profil",
	"mi cv", "mi perfil", "mijn cv", "mijn profiel", "mijn sollicitaties",
	"mon profil", "my applications", "my jobs", "my profile", "ofertas de empleo",
	"post a job", "recommended jobs", "register", "resume builder", "salaries",
	"salary tools", "saved jobs", "saved searches", "search jobs", "sign in",
	"sign out", "sign up", "trouver un emploi", "upload your cv",
	"upload your resume", "vacatures zoeken",
};
static const struct wordtab nav_phrases = WORDTAB(nav_phrases_v);

static int
nav_phrase(const char *key)
{
	return wordtab_has(&nav_phrases, key);
}

/* The nav words a cell's key holds, or -1 when it holds anything else
 * (key is cut into words). */
static int
nav_key(char *key)
{
	char *w, *save = NULL;
	int nav = 0;

	if (nav_phrase(key))
		return 1;
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save)) {
		/* "about me", "hire me" */
		if (strcmp(w, "me") == 0 && nav > 0)
			continue;
		if (!nav_word(w))
			return -1;
		nav++;
	}
	return nav;
}

/* The nav words a cell holds, or -1 when it holds anything else. */
static int
nav_cell(const char *s, size_t len)
{
	char key[KEY];

	fold_key(s, len, key, sizeof key);
	return nav_key(key);
}

/* The length of the cell at s: up to a tab, a bar, two spaces, or a
 * middle dot, a bullet or a slash between spaces. */
static size_t
cell_len(const char *s, size_t *sep)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] == '\t' || s[i] == '|' || (s[i] == ' ' && s[i + 1] == ' ')) {
			*sep = 1;
			return i;
		}
		if (s[i] == ' ' && (strncmp(s + i + 1, "\xc2\xb7 ", 3) == 0 ||
		    strncmp(s + i + 1, "\xe2\x80\xa2 ", 4) == 0 || strncmp(s + i + 1, "/ ", 2) == 0)) {
			*sep = 1 + strcspn(s + i + 1, " ") + 1;
			return i;
		}
	}
	*sep = 0;
	return i;
}

/* "nkr.example.org posts": the nav words that end the first cell, which
 * holds the site's name; *n is cut to the name. */
static int
site_cell(const char *s, size_t *n)
{
	int nav = 0, k;
	size_t end = *n;

	while (end > 0) {
		size_t w = end;
		while (w > 0 && s[w - 1] != ' ')
			w--;
		if (w == 0 || (k = nav_cell(s + w, end - w)) <= 0)
			break;
		nav += k;
		end = w;
		while (end > 0 && s[end - 1] == ' ')
			end--;
	}
	*n = end;
	return nav;
}

/* names_chrome of s, whose key (folded, KEY bytes) is given. */
static int
chrome_keyed(const char *s, const char *key, size_t *site)
{
	int nav = 0, cells = 0, named = 0;
	size_t sep;

	*site = 0;
	if (strlen(s) > 150 || strchr(s, '@') != NULL)
		return 0;
	if (page_chrome(key))
		return 1;
	for (const char *p = s + strspn(s, " "); *p != '\0';) {
		size_t n = cell_len(p, &sep);
		int k = n > 0 ? nav_cell(p, n) : 0;
		if (k < 0 && cells == 0) {
			/* the first cell may be the site's name */
			size_t name = n;
			k = site_cell(p, &name);
			*site = (size_t)(p - s) + name;
			named = 1;
		} else if (k < 0)
			return *site = 0, 0;
		nav += k;
		cells += n > 0;
		p += n + sep;
		p += strspn(p, " ");
	}
	if (nav >= 3 || (nav >= 2 && !named))
		return 1;
	*site = 0;
	return 0;
}

int
names_chrome(const char *s, size_t *site)
{
	char key[KEY];

	*site = 0;
	if (strlen(s) > 150 || strchr(s, '@') != NULL)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	return chrome_keyed(s, key, site);
}

/* "LinkUp", "TalentHarbor", "Work.ua": a word alone, in letters, perhaps
 * with its domain's ending. */
static int
brand(const char *s)
{
	size_t n = strlen(s), all = n;
	const char *dot = strrchr(s, '.');

	if (dot != NULL && dot > s && n - (size_t)(dot - s) >= 3 && n - (size_t)(dot - s) <= 5)
		n = (size_t)(dot - s);
	if (n < 2 || n > 30 || memchr(s, ' ', n) != NULL || memchr(s, '\t', n) != NULL)
		return 0;
	for (size_t i = 0; i < all; i++)
		if (!isalpha((unsigned char)s[i]) && (unsigned char)s[i] < 0x80 && s + i != dot)
			return 0;
	return 1;
}

/* "Hola, Rodrigo", "Hi Sarah!": a site's greeting to the person logged
 * in; the first name greeted (at most size - 1 bytes) into name, 1 when
 * the line is that. */
static int
greeting(const char *s, char *name, size_t size)
{
	static const char *const words_v[] = { "bienvenida", "bienvenido", "bonjour",
		"ciao", "hallo", "hej", "hello", "hey", "hi", "hola", "ola", "welcome",
		"welcome back", "welkom", "witaj" };
	static const struct wordtab words = WORDTAB(words_v);
	char key[KEY];
	size_t n = strlen(s), k;
	const char *p;

	if (n >= 40 || (p = strpbrk(s, ", ")) == NULL)
		return 0;
	/* "Welcome back, Sarah": the greeting is what comes before the comma */
	if (strchr(s, ',') != NULL)
		p = strchr(s, ',');
	fold_key(s, (size_t)(p - s), key, sizeof key);
	if (!wordtab_has(&words, key))
		return 0;
	p += strspn(p, ", ");
	k = strcspn(p, " !.");
	if (k == 0 || k >= size || p[k + strspn(p + k, "!.")] != '\0' ||
	    !isupper((unsigned char)p[0]))
		return 0;
	memcpy(name, p, k);
	name[k] = '\0';
	return 1;
}

/*
 * A profile page copied while its owner is logged in: the site's menu,
 * "Hola, Rodrigo", more of the menu and of the page's tools ("Tu CV está
 * completo al 90%"), then the profile, opened by the name greeted in
 * full ("Rodrigo Andrés Tapia Cortés").  All before that line is the
 * site's and goes.
 */
static void
greeted_drop(struct layout *L)
{
	char name[40];
	size_t i, j, k;

	for (i = 0; i < L->n && i < 24; i++)
		if (greeting(L->v[i].s, name, sizeof name))
			break;
	if (i == L->n || i == 24)
		return;
	k = strlen(name);
	for (j = i + 1; j < L->n && j < i + 30; j++) {
		const char *s = L->v[j].s;
		if (strncmp(s, name, k) == 0 && s[k] == ' ' && names_like(s)) {
			for (size_t m = 0; m < j; m++)
				L->v[m].s[0] = '\0';
			return;
		}
	}
}

/* "Резюме від 4 березня 2024", "Резюме от 12 марта 2024", "Resume
 * updated 3 May 2024": a job board's line over the person's name, when
 * the résumé was posted; it and the site's lines above it go. */
static void
posted_drop(struct layout *L)
{
	static const char *const leads[] = { "резюме від ", "резюме от ",
		"резюме оновлено ", "резюме обновлено ", "resume updated ", "cv updated ",
		"resume posted ", NULL };
	char key[64];

	for (size_t i = 0; i < L->n && i < 24; i++) {
		const char *s = L->v[i].s;
		if (strpbrk(s, "0123456789") == NULL || strlen(s) > 60)
			continue;
		fold_key(s, strlen(s), key, sizeof key);
		if (wordlist_prefix(leads, key) == 0)
			continue;
		for (size_t m = 0; m <= i; m++)
			L->v[m].s[0] = '\0';
		return;
	}
}

/* The letters of the first email's address before its "@" in lines
 * [0, to), lower case, into local; 1 when there is one. */
static int
email_local(const struct layout *L, size_t to, char *local, size_t size)
{
	for (size_t i = 0; i < to && i < L->n; i++) {
		const char *s = L->v[i].s, *at = strchr(s, '@'), *b;
		size_t k = 0;
		if (at == NULL || at == s || strchr(at, '.') == NULL)
			continue;
		for (b = at; b > s && (isalnum((unsigned char)b[-1]) || strchr("._%+-", b[-1]));)
			b--;
		for (; b < at && k + 1 < size; b++)
			if (isalpha((unsigned char)*b))
				local[k++] = (char)tolower((unsigned char)*b);
		local[k] = '\0';
		return k >= 4;
	}
	return 0;
}

/* The spelling of a name in Latin letters, the choices of its
 * transliteration made one: "kh" is "h", "y" and "j" are "i"
 * ("Seytkazina", "Seitkazina"; "Akhmetova", "Ahmetova"). */
static void
spelling(char *s)
{
	size_t o = 0;

	for (size_t i = 0; s[i] != '\0'; i++) {
		if (s[i] == 'k' && s[i + 1] == 'h')
			continue;
		s[o++] = s[i] == 'y' || s[i] == 'j' ? 'i' : s[i];
	}
	s[o] = '\0';
}

/* Whether the name s is the one the address's letters spell: two of its
 * words in them ("Rachel Tan Wei Ling", "racheltanwl"; 2), or one at
 * their start, perhaps after the others' initials ("jwhitfieldcivil"; 1). */
static int
email_names(const char *s, const char *local)
{
	char key[KEY], initials[8], spelt[64], *w, *save = NULL;
	const char *hit = NULL;
	size_t ni = 0, lead;
	int in = 0;

	fold_latin(s, strlen(s), key, sizeof key);
	snprintf(spelt, sizeof spelt, "%s", local);
	spelling(key);
	spelling(spelt);
	local = spelt;
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save)) {
		const char *at = strlen(w) >= 3 ? strstr(local, w) : NULL;
		if (at != NULL) {
			in++;
			hit = at;
		} else if (ni + 1 < sizeof initials)
			initials[ni++] = w[0];
	}
	initials[ni] = '\0';
	if (in != 1)
		return in >= 2 ? 2 : 0;
	lead = (size_t)(hit - local);
	for (size_t i = 0; i < lead; i++)
		if (strchr(initials, local[i]) == NULL)
			return 0;
	return lead <= 2;
}

/*
 * A job board's profile page copied whole: its menu, the user's first
 * name in it, the country chosen, "Profile Strength: Strong", then the
 * person's name over their email.  When the menu holds two lines or more
 * and a name below it is the one the email spells, all above that name
 * is the site's and goes.
 */
static void
emailed_drop(struct layout *L)
{
	char local[64];
	size_t chrome = 0, site, menu = 0;

	if (!email_local(L, L->n, local, sizeof local))
		return;
	for (size_t i = 0; i < L->n && i < 32; i++) {
		const char *s = L->v[i].s;
		char key[KEY];
		int spelt;
		if (s[0] == '\0')
			continue;
		if (strchr(s, '@') != NULL)
			return;
		fold_key(s, strlen(s), key, sizeof key);
		if (page_chrome(key) || chrome_keyed(s, key, &site) || nav_key(key) > 0) {
			chrome++;
			continue;
		}
		spelt = strchr(s, ' ') != NULL && names_like(s) ? email_names(s, local) : 0;
		/* a site's menu in a language no list knows: many short
		 * lines over the name the address spells in full */
		if ((chrome >= 2 && spelt > 0) || (menu >= 6 && spelt == 2)) {
			for (size_t k = 0; k < i; k++)
				L->v[k].s[0] = '\0';
			return;
		}
		menu += lineword_count(s) <= 4;
	}
}

void
names_drop_chrome(struct layout *L)
{
	size_t run = 0;
	int menu = 0;

	greeted_drop(L);
	names_profile_drop(L);
	posted_drop(L);
	emailed_drop(L);

	for (size_t i = 0; i <= L->n && i < 24; i++) {
		char key[KEY], words[KEY];
		size_t site = 0;
		int chrome = 0, solo = 0;
		if (i < L->n) {
			/* the line folded once, for the three questions */
			fold_key(L->v[i].s, strlen(L->v[i].s), key, sizeof key);
			chrome = page_chrome(key) || chrome_keyed(L->v[i].s, key, &site);
			/* "Companies" a line, in a column of links */
			memcpy(words, key, sizeof words);
			solo = !chrome && nav_key(words) > 0;
		}
		if (chrome || solo) {
			run++;
			menu |= chrome && !page_chrome(key) && site == 0;
			continue;
		}
		/* three or more in a row: a site's menu, "Jobs" in it no heading */
		for (size_t k = i - run; run >= 3 && k < i; k++)
			L->v[k].s[0] = '\0';
		/* one word over a menu is the site's name, no person's */
		if ((run >= 3 || menu) && i > run && brand(L->v[i - run - 1].s))
			L->v[i - run - 1].s[0] = '\0';
		run = 0;
		menu = 0;
	}
}

/* "Created with Resumio", "Erstellt mit ...", "Powered by ...": the
 * credit of the site or tool that made the page. */
int
names_credit(const char *s)
{
	static const char *const leads[] = { "created with ", "created by ", "made with ",
		"built with ", "generated by ", "generated with ", "powered by ", "designed with ",
		"erstellt mit ", "erstellt von ", "generiert mit ", "cree avec ", "realise avec ",
		"genere par ", "propulse par ", "creado con ", "hecho con ", "generado por ",
		"generado con ", "creato con ", "realizzato con ", "generato da ", "gemaakt met ",
		"gemaakt door ", "utworzono w ", "stworzono w ", "skapad med ", "skapat med ",
		"criado com ", "feito com ", "gerado por ", NULL };
	char key[48];

	if (strlen(s) > 80)
		return 0;
	fold_into(s, strlen(s) < 30 ? strlen(s) : 30, key, sizeof key);
	return wordlist_prefix(leads, key) > 0;
}

/* "Home Jane Doe", "About Jane Doe": a menu's word glued before the name;
 * the length to skip, 0 when s does not open so. */
size_t
names_menu_lead(const char *s)
{
	size_t n = strcspn(s, " ");
	char key[24];
	const char *rest = s + n + strspn(s + n, " ");

	if (n == 0 || n >= sizeof key || *rest == '\0' || strchr(rest, ' ') == NULL)
		return 0;
	fold_key(s, n, key, sizeof key);
	if (!nav_word(key) || strcmp(key, "my") == 0 || !names_like(rest))
		return 0;
	return (size_t)(rest - s);
}

int
names_menu_word(const char *s)
{
	return nav_cell(s, strlen(s)) > 0;
}

int
names_menu_nav_word(const char *w)
{
	return nav_word(w);
}

int
names_menu_nav_line(const char *key)
{
	char words[KEY];

	if (page_chrome(key))
		return 1;
	snprintf(words, sizeof words, "%s", key);
	return nav_key(words) > 0;
}

int
names_menu_tables_sorted(void)
{
	return wordtab_sorted(&nav_words) && wordtab_sorted(&chrome_lines) &&
	    wordtab_sorted(&nav_phrases) && names_profile_tables_sorted();
}
