#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dateparse.h"
#include "fold.h"
#include "lineword.h"
#include "webchrome.h"
#include "wordlist.h"
#include "xalloc.h"

#define KEYLEN 320

/* The labels of a page's buttons and of the links that open or close a
 * part of it, folded, in English, German, French and Spanish; a line made
 * of nothing else is a row of controls ("Connect Message More", "Accept
 * all Reject Cookie settings").  CONTROL_MAX is the longest one's length. */
#define CONTROL_MAX 29

static const char *const controls[] = {
	"abierto a", "accept", "accept all", "accept cookies", "aceptar todas",
	"add certification",
	"add education", "add experience", "add feedback", "add language",
	"add languages", "add licence", "add license", "add note",
	"add profile section", "add skill", "add skills", "advance",
	"aller au contenu", "als kontakt hinzufugen", "anadir estudio",
	"anadir experiencia", "anadir habilidad", "anadir idioma",
	"anadir seccion del perfil", "archive", "back to top", "baixar pdf",
	"bearbeiten", "borrar", "button", "case study", "cerrar sesion", "change",
	"close", "conectar", "configurar", "connect", "contactar", "cookie preferences", "cookie settings",
	"crear una publicacion", "decline", "delete", "descargar cv en pdf",
	"destaca tu perfil con premium", "dismiss", "disqualify", "edit", "editar",
	"eliminar", "email candidate", "enviar mensaje", "envoyer un message",
	"folgen", "follow", "following", "got it", "hazte premium", "hire",
	"imprimir", "ir al contenido", "join now", "kontakt hinzufugen", "load more",
	"log in", "loschen", "manage cookies", "manage preferences", "mas", "mehr",
	"mehr anzeigen", "mensaje", "menu", "message", "mi cuenta", "modifier",
	"more", "mostrar mais", "mostrar menos", "move stage", "move to next stage",
	"nachricht schreiben", "nachricht senden", "offen fur", "open to", "ouvert a",
	"plus", "premium testen", "probar premium", "pular para o conteudo",
	"read more", "reject", "reject all", "remove", "sair", "saltar al contenido",
	"saltar al contenido principal", "save", "schedule interview", "se connecter",
	"see less", "see more", "seguir", "send inmail", "share", "share profile",
	"show less", "show more", "sign in", "sign up", "skip", "skip to content",
	"skip to main content", "skip to navigation", "submit", "subscribe", "suivre",
	"supprimer", "toggle navigation", "toggle theme", "try premium", "unfollow",
	"ver mais", "ver mais vagas", "ver mas", "ver menos", "vernetzen",
	"view case study", "view full profile", "view more", "view profile",
	"vista previa del cv", "visualizar como empresa", "voir plus",
	"weniger anzeigen", "zum inhalt springen",
	"изменить", "поднять в поиске", "редагувати", "редактировать", "скачать", "удалить",
};
static const struct wordtab control_tab = WORDTAB(controls);

/* The length of the control the words at key begin with, 0 if none: the
 * longest one, so each end of a word is a length to look up. */
static size_t
control_at(const char *key)
{
	size_t best = 0;

	for (size_t n = 1; n <= CONTROL_MAX && key[n - 1] != '\0'; n++)
		if ((key[n] == ' ' || key[n] == '\0') && wordtab_has_n(&control_tab, key, n))
			best = n;
	return best;
}

static int
controls_only(const char *key)
{
	size_t n;

	if (*key == '\0')
		return 0;
	for (const char *p = key; *p != '\0'; p += n + (p[n] == ' '))
		if ((n = control_at(p)) == 0)
			return 0;
	return 1;
}

static int
starts(const char *key, const char *w)
{
	size_t n = strlen(w);

	return strncmp(key, w, n) == 0 && (key[n] == ' ' || key[n] == '\0');
}

/* "Add role", "Add licence or certification", "Ajouter une formation",
 * "Agregar escolaridad", "Agregar", "Edit role", "Edit personal summary":
 * the button under a profile's part that adds another or edits it. */
static int
add_button(const char *key)
{
	static const char *const verbs[] = { "add", "adicionar", "agregar", "ajouter",
		"anadir", "aggiungi", "toevoegen", "edit", "editar", "modifier", "update",
		"bewerken", NULL };
	static const char *const parts[] = { "a", "an", "another", "award", "certificate",
		"certification", "certifications", "course", "education", "employment",
		"experience", "formation", "formacion", "idioma", "job", "langue", "language",
		"languages", "licence", "license", "new", "or", "position", "project",
		"qualification", "role", "section", "skill", "skills", "une", "un", "volunteering",
		"work", "experiencia", "escolaridad", "estudio", "estudios", "curso", "cursos",
		"habilidad", "habilidades", "conocimiento", "conocimientos", "certificacion",
		"educacion", "formacao", "personal", "summary", "profile", "about", "me",
		"competence", "competences", "certificat",
		"your", "details", "contact", "resume", NULL };
	char buf[64], *w, *save = NULL;
	int n = 0;

	if (strlen(key) >= sizeof buf)
		return 0;
	memcpy(buf, key, strlen(key) + 1);
	w = strtok_r(buf, " ", &save);
	if (w == NULL || !wordlist_has(verbs, w))
		return 0;
	while ((w = strtok_r(NULL, " ", &save)) != NULL) {
		if (!wordlist_has(parts, w))
			return 0;
		n++;
	}
	/* "Agregar" alone: a part's button, or a field's left empty */
	return n <= 4;
}

static int
words(const char *key)
{
	int n = *key != '\0';

	for (; *key != '\0'; key++)
		n += *key == ' ';
	return n;
}

/* "486 followers 500 connections", "9 endorsements", "2nd": a profile's
 * counters and the degree of a contact. */
static int
counters_only(const char *key)
{
	static const char *const nouns[] = { "follower", "followers", "connection",
		"connections", "endorsement", "endorsements", "mutual", "recommendations",
		"recommendation", "seguidores", "seguidor", "contactos", "contacto",
		"validaciones", "validacion", "conexiones", "conexoes", "validacoes",
		"abonnes", "abonne", "relations", "validations", "recommandations",
		"kontakte", "empfehlungen", "bestatigungen", "recomendaciones", NULL };
	/* "500 contactos o más", "500 connections or more" */
	static const char *const fillers[] = { "o", "mas", "or", "more", "ou", "plus",
		"oder", "mehr", NULL };
	char buf[KEYLEN], *w, *save = NULL;
	int count = 0, nums = 0;

	if (strcmp(key, "1st") == 0 || strcmp(key, "2nd") == 0 || strcmp(key, "3rd") == 0)
		return 1;
	memcpy(buf, key, strlen(key) + 1);	/* a key is shorter than KEYLEN */
	for (w = strtok_r(buf, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save)) {
		/* "1.204 seguidores": the thousands parted by a dot or a comma */
		if (isdigit((unsigned char)*w) && strspn(w, "0123456789.,") == strlen(w)) {
			nums++;
			continue;
		}
		if (wordlist_has(fillers, w) && count > 0)
			continue;
		if (!wordlist_has(nouns, w))
			return 0;
		count++;
	}
	return count > 0 && nums >= count;
}

/* "Show all 14 skills", "See all 4 experiences", "Endorsed by ...",
 * "Ver más (4)". */
static int
opens_more(const char *key)
{
	size_t n = strlen(key);

	/* a control and the count of what it hides ("ver mas 4") */
	while (n > 0 && isdigit((unsigned char)key[n - 1]))
		n--;
	if (n > 1 && n < strlen(key) && key[n - 1] == ' ' && n < 40) {
		char head[40];
		memcpy(head, key, n - 1);
		head[n - 1] = '\0';
		if (controls_only(head))
			return 1;
	}
	if ((starts(key, "show all") || starts(key, "see all") || starts(key, "view all") ||
	    starts(key, "voir tous") || starts(key, "ver todos") || starts(key, "mostrar las") ||
	    starts(key, "mostrar los") || starts(key, "mostrar todo") ||
	    starts(key, "mostrar todos") || starts(key, "afficher les") ||
	    starts(key, "afficher tout") || (starts(key, "alle") &&
	    strstr(key, " anzeigen") != NULL)) && words(key) <= 5)
		return 1;
	if ((starts(key, "endorsed by") || starts(key, "validado por") ||
	    starts(key, "valide par") || starts(key, "recommande par") ||
	    starts(key, "bestatigt von")) && words(key) <= 16)
		return 1;
	/* "Andrés no ha publicado nada recientemente", "Las publicaciones
	 * recientes que Andrés comparta aparecerán aquí." */
	if (words(key) <= 12 && (strstr(key, " no ha publicado nada") != NULL ||
	    (starts(key, "las publicaciones recientes") &&
	    strstr(key, " apareceran aqui") != NULL)))
		return 1;
	/* "Karim hasn't posted yet", "Recent posts Karim shares will be
	 * displayed here." */
	return words(key) <= 12 && (strstr(key, " hasn t posted yet") != NULL ||
	    strstr(key, " has not posted yet") != NULL || (starts(key, "recent posts") &&
	    strstr(key, " will be displayed here") != NULL));
}

/* "We use cookies to ...", "This site uses cookies. Accept". */
static int
cookie_banner(const char *key)
{
	return strstr(key, "cookie") != NULL && strlen(key) < 300 &&
	    (strstr(key, "we use") != NULL || strstr(key, "uses cookies") != NULL ||
	    strstr(key, "use of cookies") != NULL || strstr(key, "by continuing") != NULL ||
	    strstr(key, "cookie policy") != NULL || strstr(key, "accept") != NULL);
}

/* A form's text box as w3m draws it, "[          ]"; lynx's "____". */
static int
text_box(const char *s)
{
	size_t n = strlen(s);

	return n >= 3 && strspn(s, "[]_ \t") == n && strchr(s, '[') != NULL ?
	    1 : n >= 5 && strspn(s, "_ \t") == n;
}

/* "Home › People › Jane Doe": the trail back to the site's top. */
static int
breadcrumbs(const char *s, const char *key)
{
	int marks = 0;

	for (const char *p = s; (p = strstr(p, "\xe2\x80\xba")) != NULL; p += 3)
		marks++;
	for (const char *p = s; (p = strstr(p, "\xc2\xbb")) != NULL; p += 2)
		marks++;
	for (const char *p = s; (p = strstr(p, " > ")) != NULL; p += 3)
		marks++;
	return marks >= 2 && starts(key, "home");
}

/* "Logo de iFinanças Digital", "Acme Corp logo": the text of a firm's or
 * a school's logo, when one of the next lines names it again; the name
 * (in key, folded) is at key + *at, *len bytes long. */
static int
logo_alt(const char *key, size_t *at, size_t *len)
{
	static const char *const heads[] = { "logo de la", "logo de", "logo da", "logo do",
		"logo di", "logo von", "logo van", "logotipo de", "logotipo da", "logotipo do",
		"logo du", "logo of", NULL };
	size_t n = strlen(key);

	if (words(key) > 16)
		return 0;
	for (int i = 0; heads[i] != NULL; i++)
		if (starts(key, heads[i]) && key[strlen(heads[i])] == ' ') {
			*at = strlen(heads[i]) + 1;
			*len = n - *at;
			return *len > 0;
		}
	*at = 0;
	*len = n > 5 ? n - 5 : 0;
	return n > 5 && strcmp(key + n - 5, " logo") == 0;
}

/* Whether line i is a logo's text naming what one of the next lines
 * names. */
static int
logo_line(const struct layout *L, size_t i)
{
	char key[KEYLEN], next[KEYLEN];
	size_t at, len;

	if (strlen(L->v[i].s) >= KEYLEN)
		return 0;
	fold_key(L->v[i].s, strlen(L->v[i].s), key, sizeof key);
	if (!logo_alt(key, &at, &len))
		return 0;
	for (size_t j = i + 1; j < L->n && j <= i + 3; j++) {
		if (strlen(L->v[j].s) >= KEYLEN)
			continue;
		fold_key(L->v[j].s, strlen(L->v[j].s), next, sizeof next);
		if (strncmp(next, key + at, len) == 0 && (next[len] == '\0' || next[len] == ' '))
			return 1;
		if (len < strlen(next) && strstr(next, key + at) != NULL)
			return 1;
	}
	return 0;
}

/* "Jobs Candidates Reports | Logged in as Recruiter", "Sign out": the
 * bar of a site one is logged into, an applicant-tracking system's. */
static int
session_bar(const char *key)
{
	static const char *const says[] = { "logged in as", "signed in as",
		"angemeldet als", "eingeloggt als", "connecte en tant que", "conectado como",
		"sesion iniciada como", "connesso come", "ingelogd als", "zalogowany jako",
		"inloggad som", "logget ind som", "logget inn som", NULL };
	static const char *const ends[] = { "log out", "logout", "sign out", "abmelden",
		"se deconnecter", "cerrar sesion", "esci", "uitloggen", "wyloguj", "logga ut",
		"log ud", "logg ut", NULL };
	size_t n = strlen(key);

	if (words(key) > 14)
		return 0;
	for (size_t i = 0; says[i] != NULL; i++) {
		const char *p = strstr(key, says[i]);
		if (p != NULL && (p == key || p[-1] == ' '))
			return 1;
	}
	for (size_t i = 0; ends[i] != NULL; i++) {
		size_t k = strlen(ends[i]);
		if (n > k && key[n - k - 1] == ' ' && strcmp(key + n - k, ends[i]) == 0)
			return 1;
	}
	return 0;
}

/* "... pour …voir plus", "... for …see more": the end of a text the page
 * showed cut, the link that opens the rest; it goes, the ellipsis with
 * it. */
static void
more_tail(char *s)
{
	static const char *const links[] = { "see more", "show more", "more", "voir plus",
		"afficher la suite", "ver mas", "ver más", "ver mais", "mehr anzeigen", "mehr",
		"meer weergeven", "mostra altro", NULL };
	char *dots = strstr(s, "\xe2\x80\xa6");
	const char *p;

	if (dots == NULL || dots == s)
		return;
	while ((p = strstr(dots + 3, "\xe2\x80\xa6")) != NULL)
		dots = (char *)p;
	p = dots + 3 + strspn(dots + 3, " ");
	for (int i = 0; links[i] != NULL; i++)
		if (strcasecmp(p, links[i]) == 0) {
			while (dots > s && dots[-1] == ' ')
				dots--;
			*dots = '\0';
			return;
		}
}

/* "editOneTheme", "addIcon", "closeBtn": the name of a button's icon,
 * which the page's text kept for its label; one word, a control's verb
 * in small letters, then a capital. */
static int
icon_name(const char *s)
{
	static const char *const verbs[] = { "edit", "add", "delete", "close", "remove",
		"share", "download", "upload", "more", NULL };

	for (int i = 0; verbs[i] != NULL; i++) {
		size_t n = strlen(verbs[i]);
		if (strncmp(s, verbs[i], n) == 0 && isupper((unsigned char)s[n]) &&
		    strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") ==
		    strlen(s))
			return 1;
	}
	return 0;
}

int
webchrome_line(const char *s)
{
	char key[KEYLEN];

	if (strlen(s) >= KEYLEN || text_box(s) || icon_name(s))
		return strlen(s) < KEYLEN;
	fold_key(s, strlen(s), key, sizeof key);
	return controls_only(key) || add_button(key) || counters_only(key) || opens_more(key) ||
	    cookie_banner(key) || breadcrumbs(s, key) || session_bar(key);
}

int
webchrome_footer(const char *s)
{
	char key[KEYLEN];

	if (strlen(s) > 200)
		return 0;
	if (strstr(s, "\xc2\xa9") != NULL || strncmp(s, "(c) ", 4) == 0 ||
	    strncmp(s, "(C) ", 4) == 0)
		return 1;
	fold_key(s, strlen(s), key, sizeof key);
	return starts(key, "copyright") || strstr(key, "all rights reserved") != NULL;
}

/* "Playwright, TypeScript and" once its count is off: the skills a role
 * was tagged with, said as a list; 1 when s ends so, its "and" cut. */
static int
tagged_and(char *s)
{
	static const char *const ands[] = { " and", " y", " et", " und", " e", " en", " i", NULL };
	size_t n = strlen(s);

	for (size_t i = 0; ands[i] != NULL; i++) {
		size_t k = strlen(ands[i]);
		if (n > k && strcmp(s + n - k, ands[i]) == 0) {
			s[n - k] = '\0';
			return 1;
		}
	}
	return 0;
}

/* "3 skills", "+4 compétences" after its "+": a count and what it counts
 * of a list the page folded away, the whole of s. */
static int
count_of_more(const char *s)
{
	static const char *const what[] = { " skills", " skill", " more", " aptitudes",
		" aptitud", " competences", " comp\xc3\xa9tences", " comp\xc3\xa9tence",
		" competencias", " compet\xc3\xaancias", " kenntnisse", NULL };
	size_t n = strspn(s, "0123456789");

	if (n == 0)
		return 0;
	for (int i = 0; what[i] != NULL; i++)
		if (strcmp(s + n, what[i]) == 0)
			return 1;
	return 0;
}

/* "Skills: Kotlin · Apache Kafka · +4 skills": the count of what the
 * page did not show goes; "Playwright, TypeScript and +6 skills" becomes
 * "Skills: Playwright, TypeScript"; "+ 3 compétences" alone, its "+"
 * read as a bullet, goes whole. */
static void
hidden_count(struct line *l)
{
	char *s = l->s, *plus = strrchr(s, '+');

	if (plus == NULL && (l->flags & MK_BULLET) && count_of_more(s)) {
		s[0] = '\0';
		return;
	}
	if (plus == NULL || !count_of_more(plus + 1 + (plus[1] == ' ')))
		return;
	while (plus > s && strchr(" ,|", plus[-1]) != NULL)
		plus--;
	if (plus - s >= 2 && strncmp(plus - 2, "\xc2\xb7", 2) == 0)
		plus -= 2;
	while (plus > s && plus[-1] == ' ')
		plus--;
	*plus = '\0';
	if (tagged_and(s) && strchr(s, ':') == NULL) {
		l->s = xprintf("Skills: %s", s);
		free(s);
	}
}

/* The footer: the last line that opens one, near the end, and all after
 * it; 'end' when there is none. */
static size_t
footer_at(const struct layout *L)
{
	size_t shown = 0;

	for (size_t i = L->n; i > 0; i--) {
		const char *s = L->v[i - 1].s;
		if (*s == '\0')
			continue;
		if (webchrome_footer(s))
			return i - 1;
		if (++shown >= 6 || strlen(s) > 120)
			break;
	}
	return L->n;
}

/* "Accept ... our Cookie" over "Policy.": the end of a banner's sentence. */
static int
banner_tail(const struct line *l)
{
	size_t n = strlen(l->s);
	int spaces = 0;

	for (const char *p = l->s; *p != '\0'; p++)
		spaces += *p == ' ';
	return !(l->flags & LN_BLANK) && n > 0 && n < 40 && spaces <= 2 && l->s[n - 1] == '.';
}

/* A text box lynx draws inside a line: "LinkUp ____________". */
static void
box_out(char *s)
{
	char *u = strstr(s, "_____");
	size_t n;

	if (u == NULL)
		return;
	n = strspn(u, "_");
	memmove(u, u + n, strlen(u + n) + 1);
	for (n = strlen(s); n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t');)
		s[--n] = '\0';
}

/* A dated line set in under the bullet at i, in the run of lines its
 * item holds before a blank line: the item is a card. */
static int
card_dated(const struct layout *L, size_t i)
{
	/* "• ... SAP S/4HANA (Go-live" over "  01/2022)": the bullet's
	 * bracket wrapped, its date inside it no card's */
	if (lineword_open_bracket(L->v[i].s))
		return 0;
	for (size_t j = i + 1; j < L->n && j <= i + 4; j++) {
		const struct line *l = &L->v[j];
		struct daterange r;
		if (l->indent <= L->v[i].indent || (l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED)))
			return 0;
		if (dateparse_find(l->s, strlen(l->s), &r) && (!r.single || r.start.m > 0))
			return 1;
	}
	return 0;
}

/*
 * A profile page lists a role as a card: "* Senior Engineer" over
 * "Acme · Full-time" over "Jan 2020 - Present"; dumped, the card is a
 * bullet with its lines set in under it.  Its first line is then the
 * header of an entry, and its lines stand where the bullet stood, as a
 * pasted page has them; the card's own bullets keep theirs.
 */
static void
cards(struct layout *L)
{
	for (size_t i = 0; i < L->n; i++) {
		struct line *l = &L->v[i];
		size_t n = strlen(l->s), j;
		struct daterange r;
		if (!(l->flags & MK_BULLET) || n == 0 || n > 80 || l->s[n - 1] == '.' ||
		    !card_dated(L, i) || dateparse_find(l->s, n, &r))
			continue;
		l->flags &= ~(unsigned)MK_BULLET;
		l->flags |= LN_BLANK;
		for (j = i + 1; j < L->n && L->v[j].indent > l->indent; j++)
			if (!(L->v[j].flags & (MK_BULLET | MK_NUMBERED)))
				L->v[j].indent = l->indent;
		i = j - 1;
	}
}

/* b says a again: the same words, or a range's dash read out as "to"
 * ("Jun 2019 - Present · 5 yrs" over "Jun 2019 to Present · 5 yrs"). */
static int
said_again(const char *a, const char *b)
{
	const char *da = strstr(a, " - "), *tb = strstr(b, " to ");

	if (strcmp(a, b) == 0)
		return 1;
	return da != NULL && tb != NULL && da - a == tb - b &&
	    strncmp(a, b, (size_t)(da - a)) == 0 && strcmp(da + 3, tb + 4) == 0;
}

/* "Experience" over "Experience", "Executive Chef" over "Executive Chef":
 * a profile page copied with the text it keeps for screen readers, each
 * line twice.  When three lines or more come doubled, the second of each
 * pair goes. */
static void
doubled_drop(struct layout *L)
{
	size_t pairs = 0, o = 0;

	for (size_t i = 1; i < L->n; i++)
		pairs += L->v[i].s[0] != '\0' && strcmp(L->v[i].s, L->v[i - 1].s) == 0 &&
		    !(L->v[i].flags & LN_BLANK);
	if (pairs < 3)
		return;
	for (size_t i = 0; i < L->n; i++) {
		if (o > 0 && L->v[i].s[0] != '\0' && !(L->v[i].flags & LN_BLANK) &&
		    said_again(L->v[o - 1].s, L->v[i].s)) {
			free(L->v[i].s);
			continue;
		}
		L->v[o++] = L->v[i];
	}
	L->n = o;
}

/* "MB" over "María Belén": a page's avatar, initials in capitals over
 * the name whose first words they begin. */
static int
avatar_at(const struct layout *L, size_t i)
{
	const char *a = L->v[i].s, *n;
	size_t k = strlen(a), w = 0;

	if (i + 1 >= L->n || k < 2 || k > 3 || strspn(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != k)
		return 0;
	n = L->v[i + 1].s;
	for (const char *p = n; *p != '\0'; p++)
		if (p == n || p[-1] == ' ') {
			if (w < k && *p != a[w])
				return 0;
			w++;
		}
	return w >= k && w <= 5;
}

/* The account menu's avatar ("MB" over "María Belén") when the profile's
 * own avatar further down names the same person in full ("MB" over
 * "María Belén Acosta Giménez"): its two lines, marked in drop. */
static void
avatar_menu(const struct layout *L, char *drop)
{
	for (size_t i = 0; i < L->n; i++) {
		size_t n;
		if (!avatar_at(L, i))
			continue;
		n = strlen(L->v[i + 1].s);
		for (size_t j = i + 2; j < L->n && j < i + 60; j++)
			if (avatar_at(L, j) && strncmp(L->v[j + 1].s, L->v[i + 1].s, n) == 0 &&
			    L->v[j + 1].s[n] == ' ') {
				drop[i] = drop[i + 1] = 1;
				break;
			}
	}
}

void
webchrome_drop(struct layout *L)
{
	size_t o, end;
	unsigned carry = 0;
	int banner = 0;
	char *drop;

	doubled_drop(L);
	o = 0;
	end = footer_at(L);
	drop = xcalloc(L->n + 1, 1);
	avatar_menu(L, drop);

	for (size_t i = 0; i < L->n; i++) {
		struct line *l = &L->v[i];
		char key[KEYLEN];
		if (i >= end || drop[i] || webchrome_line(l->s) || (banner && banner_tail(l)) ||
		    logo_line(L, i)) {
			if (strlen(l->s) < KEYLEN) {
				fold_key(l->s, strlen(l->s), key, sizeof key);
				banner = cookie_banner(key);
			}
			carry |= LN_BLANK | (l->flags & LN_PAGE);
			free(l->s);
			continue;
		}
		banner = 0;
		box_out(l->s);
		more_tail(l->s);
		hidden_count(l);
		l->flags |= carry;
		carry = 0;
		L->v[o++] = *l;
	}
	L->n = o;
	free(drop);
	cards(L);
}

int
webchrome_tables_sorted(void)
{
	return wordtab_sorted(&control_tab);
}
