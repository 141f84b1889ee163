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

	return wordlist_has(cells, key);
}

/* Whether the line is a footer's: a copyright, a colophon, or only
 * footer cells between bars or dots. */
int
footer_line(const char *s)
{
	char key[160];
	size_t len = strlen(s);
	int cells = 0;

	if (strncmp(s, "\xc2\xa9", 2) == 0 || strstr(s, "All rights reserved") != NULL)
		return 1;
	fold_key(s, len, key, sizeof key);
	if (strncmp(key, "copyright ", 10) == 0 || strncmp(key, "c 20", 4) == 0 ||
	    strncmp(key, "built with ", 11) == 0 || strncmp(key, "powered by ", 11) == 0 ||
	    strncmp(key, "made with ", 10) == 0)
		return 1;
	for (const char *p = s; *p != '\0';) {
		size_t n = strcspn(p, "|\xc2\xb7\xe2");
		fold_key(p, n, key, sizeof key);
		if (key[0] != '\0') {
			if (!footer_cell(key))
				return 0;
			cells++;
		}
		p += n;
		p += strspn(p, "|\xc2\xb7\xe2\x80\xa2 ");
	}
	return cells >= 2;
}

void
footer_drop(struct layout *L)
{
	size_t seen = 0;

	for (size_t i = L->n; i-- > 0 && seen < 6;) {
		if (L->v[i].s[0] == '\0')
			continue;
		seen++;
		if (footer_line(L->v[i].s))
			L->v[i].s[0] = '\0';
	}
}
