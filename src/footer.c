/*
 * footer: the foot of a web page, dumped with the résumé by w3m or lynx
 * ("© 2026 Monster Worldwide | Privacy | Terms of Use", "Built with Hugo.
 * RSS"), is no part of the last section.
 */
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "footer.h"
#include "wordlist.h"

/* Words a footer's cells are made of. */
static int
footer_cell(const char *key)
{
	static const char *const cells[] = { "privacy", "privacy policy", "terms",
		"terms of use", "terms of service", "terms and conditions", "cookies",
		"cookie policy", "cookie settings", "imprint", "impressum", "datenschutz",
		"legal", "legal notice", "mentions legales", "accessibility", "sitemap",
		"site map", "rss", "contact us", "help", "help center", "careers", "about us",
		"back to top", "top", NULL };
	/* a social site's links at its foot, in the languages it comes in */
	static const char *const site[] = { "accesibilidad", "accessibilite",
		"acessibilidade", "barrierefreiheit", "talent solutions",
		"soluciones de talento", "solutions de recrutement", "solucoes de talentos",
		"community guidelines", "directrices comunitarias", "politiques de la communaute",
		"diretrizes da comunidade", "marketing solutions", "sales solutions",
		"soluciones de ventas", "solutions de vente", "solucoes de vendas",
		"privacy terms", "privacidad y condiciones", "confidentialite et conditions",
		"privacidade e termos", "ad choices", "opciones de publicidad",
		"choix de publicite", "advertising", "publicidad", "publicite", "publicidade",
		"safety center", "centro de seguridad", "centre de securite",
		"centro de seguranca", "small business", "pequenas empresas", "petites entreprises",
		"select language", "seleccionar idioma", "selectionner la langue",
		"selecionar idioma", "careers", "empleo", "carrieres", NULL };

	if (wordlist_has(site, key))
		return 1;

	return wordlist_has(cells, key);
}

/* "Last updated March 2025", "Zuletzt aktualisiert: 03.2025": when the
 * page was last changed. */
static int
updated(const char *key)
{
	static const char *const said[] = { "last updated ", "last modified ",
		"page last updated ", "updated on ", "zuletzt aktualisiert ", "stand ",
		"derniere mise a jour ", "mis a jour le ", "ultima actualizacion ",
		"ultimo aggiornamento ", "ultima atualizacao ", "laatst bijgewerkt ", NULL };

	return wordlist_prefix(said, key) > 0 && strpbrk(key, "0123456789") != NULL;
}

/* The items of a site's menu, repeated at its foot. */
static int
menu_cell(const char *key)
{
	static const char *const cells[] = { "home", "about", "about me", "work", "blog",
		"contact", "projects", "portfolio", "cv", "resume", "writing", "notes", "talks",
		"services", "journal", "uses", "now", "start", "startseite", "accueil", "inicio",
		"kontakt", NULL };

	return wordlist_has(cells, key);
}

/* Whether the line is a footer's: a copyright, a colophon, or only
 * footer cells or a menu's between bars or dots. */
int
footer_line(const char *s)
{
	char key[160];
	size_t len = strlen(s);
	int cells = 0, menu = 0;

	if (strncmp(s, "\xc2\xa9", 2) == 0 || strstr(s, "All rights reserved") != NULL)
		return 1;
	fold_key(s, len, key, sizeof key);
	if (strncmp(key, "copyright ", 10) == 0 || strncmp(key, "c 20", 4) == 0 ||
	    strncmp(key, "built with ", 11) == 0 || strncmp(key, "powered by ", 11) == 0 ||
	    strncmp(key, "made with ", 10) == 0 || updated(key))
		return 1;
	for (const char *p = s; *p != '\0';) {
		size_t n = strcspn(p, "|\xc2\xb7\xe2");
		fold_key(p, n, key, sizeof key);
		if (key[0] != '\0') {
			if (menu_cell(key))
				menu++;
			else if (!footer_cell(key))
				return 0;
			cells++;
		}
		p += n;
		p += strspn(p, "|\xc2\xb7\xe2\x80\xa2 ");
	}
	/* "Home · About · Work · Contact": the menu again, three items or
	 * more */
	return cells >= (menu > 0 ? 3 : 2);
}

/* Whether the line is short enough to be one of a footer's links. */
static int
link_short(const char *s)
{
	size_t words = 0;

	if (strlen(s) > 60 || strchr(s, '@') != NULL)
		return 0;
	for (const char *p = s; *p != '\0'; p++)
		words += *p == ' ';
	return words < 6;
}

/*
 * "About / Accessibility / Talent Solutions / ... / Select Language":
 * a social site's links at the foot of a profile, one a line, under a
 * word ("About") that would open a section.  When the last run of short
 * lines holds four of the site's links or more, and they are half of it
 * or more, the run goes.
 */
static void
links_drop(struct layout *L)
{
	size_t last = L->n, from, known = 0;
	char key[160];

	while (last > 0 && L->v[last - 1].s[0] == '\0')
		last--;
	for (from = last; from > 0 && last - from < 40; from--) {
		const char *s = L->v[from - 1].s;
		if (s[0] == '\0' || !link_short(s))
			break;
		fold_key(s, strlen(s), key, sizeof key);
		known += footer_cell(key);
		if (L->v[from - 1].flags & LN_BLANK) {
			from--;
			break;
		}
	}
	if (known < 4 || known * 2 < last - from)
		return;
	for (size_t i = from; i < last; i++)
		L->v[i].s[0] = '\0';
}

void
footer_drop(struct layout *L)
{
	size_t seen = 0;

	links_drop(L);
	for (size_t i = L->n; i-- > 0 && seen < 6;) {
		if (L->v[i].s[0] == '\0')
			continue;
		seen++;
		if (footer_line(L->v[i].s))
			L->v[i].s[0] = '\0';
	}
}
