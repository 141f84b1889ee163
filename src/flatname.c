#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "flatname.h"
#include "fold.h"
#include "names.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

/* "CURRICULUM VITAE Giulia Ferraresi ...": the document's title of a
 * word to three opening s, set apart; the bytes it took. */
static size_t
title_off(struct layout *out, const char *s)
{
	for (int words = 3; words > 0; words--) {
		size_t n = 0;
		char *title;
		int is;
		for (int w = 0; w < words && s[n] != '\0'; w++) {
			n += strcspn(s + n, " ");
			n += w + 1 < words ? strspn(s + n, " ") : 0;
		}
		title = xstrndup(s, n);
		is = s[n] == ' ' && names_title_line(title);
		free(title);
		if (is) {
			layout_add_trimmed(out, s, n, 0);
			return n + strspn(s + n, " ");
		}
	}
	return 0;
}

/* "2847 Indianola Ave, Apt 3B": a house's number, then a street's name
 * in capitals ending in its kind within three words. */
static int
street_number(const char *s)
{
	static const char *const kinds[] = { "ave", "avenue", "blvd", "boulevard", "cir",
		"court", "ct", "dr", "drive", "hwy", "lane", "ln", "pkwy", "pl", "place", "rd",
		"road", "st", "street", "ter", "way", NULL };
	size_t n = strspn(s, "0123456789");
	const char *w = s + n;
	char key[16];

	if (n == 0 || n > 6 || *w != ' ')
		return 0;
	for (int words = 0; words < 4; words++) {
		w += strspn(w, " ");
		if (!isupper((unsigned char)*w))
			return 0;
		n = strcspn(w, " ,.");
		fold_key(w, n, key, sizeof key);
		if (words > 0 && wordlist_has(kinds, key))
			return 1;
		w += n;
		if (*w != ' ')
			return 0;
	}
	return 0;
}

/* "Avvocato – Diritto del Lavoro Via Santo Stefano 38, 40125 Bologna":
 * where the address after the headline begins, by a street's first word
 * with a figure soon after it; 0 if none. */
static size_t
address_start(const char *s)
{
	static const char *const first[] = { "via", "viale", "piazza", "corso", "largo",
		"calle", "avenida", "avda", "rua", "rue", "ulica", "ul", "strada", "carrer",
		"paseo", "plaza", "praca", "travessa", "quartier", "avenue", "boulevard", "cite",
		"lotissement", "residence", "immeuble", NULL };
	char key[16];

	for (size_t i = 1; s[i] != '\0'; i++) {
		size_t n;
		if (s[i - 1] == ' ' && street_number(s + i))
			return i;
		if (s[i - 1] != ' ' || !isupper((unsigned char)s[i]))
			continue;
		n = strcspn(s + i, " .");
		fold_key(s + i, n, key, sizeof key);
		if (wordlist_has(first, key) && strpbrk(s + i, "0123456789") != NULL &&
		    strcspn(s + i, "0123456789") < 40)
			return i;
	}
	return 0;
}

/* "Javier Morales Ruiz Ingeniero de Caminos": whether the word at w, a
 * name's third or fourth, is one more of the name: in capitals, and no
 * job's word, no skill, no word that qualifies a job ("Registered"). */
static int
name_word(const struct lexicon *lx, const char *w)
{
	static const char *const quals[] = { "registered", "certified", "licensed",
		"chartered", "qualified", "experienced", "freelance", "independent", "data",
		"digital", "frontend", "front-end", "backend", "back-end", "full-stack",
		"fullstack", "mobile", "web", "cloud", "machine", "business", "sales",
		"marketing", "financial", "technical", "creative", "medical", "clinical",
		"legal", "executive", "general", "principal", "staff", "graduate", "trainee",
		"embedded", "systems", "network", "security", "quality", "project", "program",
		"operations", "supply", "human", "customer", "public", "senior", "junior", NULL };
	size_t n = strcspn(w, " ");
	char key[32], *t;
	int ok;

	if (!isupper((unsigned char)w[0]) || n >= sizeof key)
		return 0;
	fold_key(w, n, key, sizeof key);
	if (wordlist_has(quals, key) || role_word(key) || lexicon_skill(lx, w, n))
		return 0;
	t = xstrndup(w, n);
	ok = role_title_score(t) == 0;
	free(t);
	return ok;
}

/* "MARISOL GUERRERO Front Office Manager": whether the name before p is
 * in capitals and the word at p is not; the name ends there. */
static int
case_changes(const char *name, const char *p)
{
	size_t n = strcspn(p, " ");
	int lower = 0;

	for (const char *q = name; q < p; q++)
		if (islower((unsigned char)*q))
			return 0;
	for (size_t i = 1; i < n; i++)
		lower |= islower((unsigned char)p[i]) != 0;
	return lower;
}

/* The name's bytes without the dash after it ("MONA ADEL – "). */
static size_t
dash_end(const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n >= 3 && memcmp(s + n - 3, "\xe2\x80\x93", 3) == 0)
		n -= 3;
	else if (n >= 1 && (s[n - 1] == '-' || s[n - 1] == '|'))
		n--;
	return n;
}

/* "Software Engineer Austin, TX 78704 | (512) ...": where the town
 * before a state's code in capitals starts after the headline's words,
 * one or two words back from the comma; 0 if s holds none so. */
static size_t
town_after_title(const char *s, size_t len)
{
	const char *comma = memchr(s, ',', len);
	size_t c, w;
	char *head;
	int ok;

	if (comma == NULL || (c = (size_t)(comma - s)) + 4 > len || comma[1] != ' ' ||
	    !isupper((unsigned char)comma[2]) || !isupper((unsigned char)comma[3]) ||
	    (comma[4] != ' ' && comma[4] != '\0' && c + 4 != len))
		return 0;
	for (int words = 0; words < 2; words++) {
		for (w = c; w > 0 && s[w - 1] != ' ';)
			w--;
		if (w == 0 || !isupper((unsigned char)s[w]))
			return 0;
		head = parse_trim(s, w);
		ok = role_title_score(head) > 0;
		free(head);
		if (ok)
			return w;
		c = w - 1;
	}
	return 0;
}

/* "Translator – Alexandria, Egypt – +20 100 ... – mona@...": the fields
 * after the name, set apart by spaced dashes, a piece each. */
static void
dash_pieces(const struct lexicon *lx, struct layout *out, const char *s, size_t len)
{
	struct ctx c = { lx, NULL, NULL };
	const char *sep = " \xe2\x80\x93 ";
	size_t dashes = 0;

	/* "– Translator – Alexandria, Egypt –": the dashes at its ends */
	if (len >= 4 && memcmp(s, "\xe2\x80\x93 ", 4) == 0) {
		s += 4;
		len -= 4;
	}
	len = dash_end(s, len);
	{
		size_t bar = strcspn(s, "|"), town = town_after_title(s, bar < len ? bar : len);
		if (town > 0) {
			layout_add_trimmed(out, s, town, 0);
			s += town;
			len -= town;
		}
	}
	/* a dash before a place or a contact parts fields, not the one in
	 * "Ingeniero de Caminos – Proyectos de Infraestructura" */
	for (const char *p = s; (p = strstr(p, sep)) != NULL && p < s + len; p += 5) {
		const char *q = p + 5;
		size_t n = strcspn(q, "\xe2");
		char *next = parse_trim(q, n < (size_t)(s + len - q) ? n : (size_t)(s + len - q));
		dashes += role_place(&c, next, NULL) || strchr(next, '@') != NULL ||
		    next[0] == '+';
		free(next);
	}
	if (dashes < 1) {
		layout_add_trimmed(out, s, len, 0);
		return;
	}
	for (const char *p = s; p < s + len;) {
		const char *d = strstr(p, sep);
		size_t n = d != NULL && d < s + len ? (size_t)(d - p) : (size_t)(s + len - p);
		layout_add_trimmed(out, p, n, 0);
		p += n + (d != NULL && d < s + len ? 5 : 0);
	}
}

/* "2847 Indianola Ave, Apt 3B Columbus, OH 43202": the street's line
 * and the town's, parted after the flat's number where the break was
 * lost. */
static void
address_pieces(struct layout *out, const char *s)
{
	static const char *const units[] = { "apt", "apartment", "suite", "ste", "unit", "flat",
		NULL };
	char key[16];

	for (const char *w = s; (w = strstr(w, ", ")) != NULL && w - s < 60; w += 2) {
		const char *u = w + 2, *num, *next;
		size_t n = strcspn(u, " .#");
		fold_key(u, n, key, sizeof key);
		if (!wordlist_has(units, key))
			continue;
		num = u + n + strspn(u + n, " .#");
		next = num + strcspn(num, " ");
		if (next == num || *next != ' ' || !isdigit((unsigned char)*num) ||
		    !isupper((unsigned char)next[1]))
			continue;
		layout_add_trimmed(out, s, (size_t)(next - s), 0);
		s = next + 1;
		break;
	}
	layout_add_trimmed(out, s, strlen(s), 0);
}

/* "Megan R. Kowalski, BSN, RN, CMSRN Medical-Surgical ...": the
 * letters after a name and its comma are the name's; their bytes at p. */
static size_t
postnominals(const char *name, const char *p)
{
	size_t n = 0, k;

	if (p - name < 2 || p[-2] != ',')
		return 0;
	while ((k = strspn(p + n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) >= 2 && k <= 6) {
		const char *e = p + n + k;
		if (*e == ',' && e[1] == ' ')
			n += k + 2;
		else if (*e == ' ' || *e == '\0') {
			n += k + (*e == ' ');
			break;
		} else
			break;
	}
	return n > 0 && p[n - 1] == ' ' ? n : 0;
}

void
flatname_piece(const struct lexicon *lx, struct layout *out, const char *s, size_t len)
{
	char *t = parse_trim(s, len);
	const char *p = t + title_off(out, t), *name = p;

	for (int words = 0; *p != '\0' && len < 200; words++) {
		p += strcspn(p, " ");
		p += strspn(p, " ");
		if (words >= 1 && *p != '\0' && role_title_score(p) > 0) {
			char *n = xstrndup(name, (size_t)(p - name));
			int ok = role_title_score(n) == 0;
			const char *next = p + strcspn(p, " ");
			free(n);
			if (!ok)
				continue;
			next += strspn(next, " ");
			if (words < 3 && name_word(lx, p) && role_title_score(next) > 0 &&
			    !case_changes(name, p))
				continue;
			p += postnominals(name, p);
			size_t addr = address_start(p);
			layout_add_trimmed(out, name, dash_end(name, (size_t)(p - name)), 0);
			dash_pieces(lx, out, p, addr > 0 ? addr : strlen(p));
			if (addr > 0)
				address_pieces(out, p + addr);
			free(t);
			return;
		}
	}
	layout_add_trimmed(out, name, strlen(name), 0);
	free(t);
}
