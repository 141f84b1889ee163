/*
 * eduname: what comes off a school's name once it is read: the place
 * after it (set apart, or as USAJOBS glues it on), a faculty inside the
 * university, the name again in another language.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "eduname.h"
#include "fold.h"
#include "lineword.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

/* "NAIT (Northern Alberta Institute of Technology)": the bracket at open
 * spells out the acronym before it, its capitals' initials the acronym's
 * letters. */
static int
spelt_out(const char *s, const char *open)
{
	const char *a = open - 1;
	size_t k = 0, len;

	while (a > s && a[-1] != ' ')
		a--;
	len = (size_t)(open - 1 - a);
	if (len < 2 || len > 8)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (!isupper((unsigned char)a[i]))
			return 0;
	for (const char *p = open + 1; *p != '\0' && *p != ')'; p++)
		if ((p == open + 1 || p[-1] == ' ') && isupper((unsigned char)*p)) {
			if (k >= len || *p != a[k])
				return 0;
			k++;
		}
	return k == len;
}

/* "Warsaw University of Technology (Politechnika Warszawska)": the name
 * in another language, words in lower case after their capitals, goes;
 * an acronym ("(KAIST)", "(TU/e)") stays. */
static void
other_name_trim(char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;
	char *open = n > 0 && s[n - 1] == ')' ? strrchr(s, '(') : NULL;
	int words = 1, lower = 0;

	if (open == NULL || open < s + 2 || open[-1] != ' ')
		return;
	for (const char *p = open + 1; p < s + n - 1; p++) {
		words += *p == ' ';
		lower += islower((unsigned char)*p) != 0;
	}
	/* "(IDC Herzliya)": an acronym first, the school's old name */
	if (words < 2 || lower < 4 || !isupper((unsigned char)open[1]) || spelt_out(s, open) ||
	    (isupper((unsigned char)open[2]) && isupper((unsigned char)open[3])))
		return;
	/* "Fróðskaparsetur Føroya (University of the Faroe Islands)": a
	 * name no word of which says school, the bracket saying what it is */
	open[-1] = '\0';
	if (role_school_score(s) == 0 && role_school_score(open + 1) > 0)
		open[-1] = ' ';
}

/* "Tohoku University, Graduate School of Engineering": the university,
 * without the faculty or school inside it. */
static void
institution_trim(char *s)
{
	static const char *const units[] = { "faculty ", "school of ", "graduate school",
		"department ", "dept", "college of ", "institute of ", "fakult", "facultad ",
		"faculte ", "faculdade ", "facolta ", "scuola di ", "campus ", NULL };
	char *comma = s != NULL ? strstr(s, ", ") : NULL;
	char key[32];

	if (comma == NULL)
		return;
	fold_into(comma + 2, strlen(comma + 2), key, sizeof key);
	/* "..., Campus di Rimini": the school's site, no school of its own */
	if (role_school_score(comma + 2) == 0 && strncmp(key, "campus ", 7) != 0)
		return;
	for (int i = 0; units[i] != NULL; i++)
		if (strncmp(key, units[i], strlen(units[i])) == 0) {
			char *head = xstrndup(s, (size_t)(comma - s));
			int school = role_school_score(head) > 0;
			free(head);
			if (school)
				*comma = '\0';
			return;
		}
}

/* "Midland WA", "Austin TX": a town, then its state's code in capitals. */
static int
state_after(const char *s)
{
	const char *sp = strrchr(s, ' ');
	size_t n = sp != NULL ? strlen(sp + 1) : 0;

	return sp != NULL && sp > s && (n == 2 || n == 3) && isupper((unsigned char)sp[1]) &&
	    isupper((unsigned char)sp[2]) && (n == 2 || isupper((unsigned char)sp[3]));
}

/* "Bourgoin-Jallieu", "Villefranche-sur-Saône": one word of names
 * joined by hyphens, as towns are, after a dash no list knows; not
 * initials ("VNU-HCM"). */
static int
hyphen_town(const struct ctx *c, const char *sep, const char *tail)
{
	return sep[0] == ' ' && sep[1] != ' ' && sep[1] != '|' &&
	    sep[1] != ',' && strchr(tail, ' ') == NULL && strchr(tail + 1, '-') != NULL &&
	    isupper((unsigned char)tail[0]) && strpbrk(tail, "0123456789") == NULL &&
	    !parse_all_caps(tail) && role_town_like(c, tail);
}

/* "Abellana National School, Cebu City": a town that calls itself a city,
 * in a word or two and "City", after a school's name. */
static int
city_named(const char *tail)
{
	size_t n = strlen(tail);
	int words = 1;

	if (n < 7 || strcmp(tail + n - 5, " City") != 0 || !isupper((unsigned char)tail[0]))
		return 0;
	for (const char *p = tail; *p != '\0'; p++)
		if (*p == ' ')
			words++;
		else if (strchr(",()0123456789", *p) != NULL)
			return 0;
	return words <= 3;
}

/* Whether s ends in a word that names a school's kind ("Riverside
 * College", "Kestrel Polytechnic Institute"), so that what follows it
 * set apart is not more of its name. */
static const char *const school_kinds[] = { "academy", "campus", "college",
	"conservatory", "gymnasium", "hochschule", "institute", "lyceum", "polytechnic",
	"school", "seminary", "universitat", "universiteit", "university", NULL };

static int
school_word_last(const char *s)
{
	const char *sp = strrchr(s, ' ');
	char key[16];
	size_t n;

	sp = sp != NULL ? sp + 1 : s;
	n = strlen(sp);
	if (n == 0 || n >= sizeof key)
		return 0;
	fold_key(sp, n, key, sizeof key);
	return wordlist_has(school_kinds, key);
}

/* "Fachhochschule Nordwestschweiz FHNW", "SIB Schweizerisches Institut
 * für Betriebsökonomie": a name whose kind of school is a word of it in
 * German ("...schule", "Institut", "Akademie"), wherever it stands. */
static int
school_word_in(const char *s)
{
	static const char *const ends[] = { "schule", "gymnasium", "akademie", "kolleg",
		NULL };
	char key[96];
	char *w, *save = NULL;
	int hit = 0;

	fold_key(s, strlen(s), key, sizeof key);
	for (w = strtok_r(key, " ", &save); w != NULL && !hit; w = strtok_r(NULL, " ", &save)) {
		size_t n = strlen(w);
		hit = strcmp(w, "institut") == 0;
		for (int i = 0; ends[i] != NULL && !hit; i++) {
			size_t k = strlen(ends[i]);
			hit = n >= k && strcmp(w + n - k, ends[i]) == 0;
		}
	}
	return hit;
}

/* "Riverside College, Lakeview", "Kestrel Polytechnic Institute – Marlowe
 * Heights", "Fachhochschule Nordwestschweiz FHNW, Olten": a word or two
 * in capitals, a town's shape though no list knows it, after a name that
 * ends in its kind of school, or names it in German. */
static int
town_after_school(const struct ctx *c, const char *head, const char *tail)
{
	const char *comma = strchr(tail, ',');
	char *town;
	int ok;

	/* "Amrit Science Campus, Lainchaur, Kathmandu": a quarter, then a
	 * known town */
	if (comma != NULL && (strchr(comma + 1, ',') != NULL || comma[1] != ' ' ||
	    !role_place(c, comma + 2, NULL)))
		return 0;
	if ((!school_word_last(head) && !school_word_in(head)) || !isupper((unsigned char)tail[0]) ||
	    strpbrk(tail, "0123456789()&/") != NULL || role_school_score(tail) > 0)
		return 0;
	town = comma != NULL ? xstrndup(tail, (size_t)(comma - tail)) : xstrdup(tail);
	ok = role_town_like(c, town);
	free(town);
	return ok;
}

/* "University of Cape Coast, Cape Coast": the town after the comma is a
 * word of the name key (folded, in spaces) before it, no campus. */
static int
town_in_name(const char *key, const char *tail)
{
	char town[64];

	town[0] = ' ';
	fold_key(tail, strlen(tail), town + 1, sizeof town - 2);
	strcat(town, " ");
	return strlen(town) > 3 && strstr(key, town) != NULL;
}

/* "Anton de Kom Universiteit van Suriname": a name that holds its
 * country, after which a town is where it is, no campus (but "University
 * of Nigeria, Nsukka" and "University of Ghana, Legon" name campuses). */
static int
country_in_name(const struct ctx *c, const char *name, size_t n)
{
	char cc[3], *s = xstrndup(name, n);
	int found = 0;

	for (char *p = s; *p != '\0'; p++)
		if (strchr(",()", *p) != NULL)
			*p = ' ';
	for (size_t i = strspn(s, " "); s[i] != '\0' && !found;
	    i += strcspn(s + i, " "), i += strspn(s + i, " ")) {
		size_t end = i;
		if (!isupper((unsigned char)s[i]))
			continue;
		for (int words = 0; words < 3 && s[end] != '\0' && !found; words++) {
			end += strcspn(s + end, " ");
			found = lexicon_place(c->lx, s + i, end - i, PLACE_COUNTRY, cc);
			end += strspn(s + end, " ");
		}
	}
	free(s);
	return found;
}

/* "Sree Ayyappa College of Engineering, Namakkal": a known town after a
 * college's name; not after a university's whose campus the town names
 * ("University of California, Berkeley"), unless the name holds the
 * town already ("University of Cape Coast, Cape Coast"). */
static int
city_after_college(const struct ctx *c, const char *s, const char *tail)
{
	static const char *const kinds[] = { " college ", " school ", " institute ",
		" polytechnic ", " academy ", " board ", " fh ", " gymnasium ", " gjimnazi ",
		" gimnazija ", " lycee ", " liceo ", " liceum ", " colegio ", " escuela ",
		" instituto ", " instituti ", " shkolla ", " skola ", " szkola ", " scuola ",
		" ecole ", " kolegji ",
		/* "Университет КИМЭП, Алматы": no campus after a comma */
		" академия ", " институт ", " колледж ", " университет ", " университеті ",
		" училище ", NULL };
	char key[160], cc[3];
	int hit = 0;

	/* two words at least ("FH JOANNEUM, Graz"): were the town the
	 * name's, the name without it would still be near enough */
	key[0] = ' ';
	fold_key(s, (size_t)(tail - s), key + 1, sizeof key - 2);
	strcat(key, " ");
	for (int i = 0; kinds[i] != NULL; i++)
		hit |= strstr(key, kinds[i]) != NULL;
	if (!lexicon_place(c->lx, tail, strlen(tail), PLACE_CITY, cc))
		return 0;
	/* "Hogeschool Windesheim, Zwolle", "ROC Midden Nederland, Utrecht":
	 * a school no word says is a university, whose campus a town would
	 * name */
	hit |= strstr(key, " univ") == NULL && strstr(key, "universi") == NULL;
	return (hit && lineword_count(key) >= 2 && strncmp(key, " univ", 5) != 0) ||
	    town_in_name(key, tail) ||
	    (strncmp(key, " univ", 5) != 0 && country_in_name(c, s, (size_t)(tail - s)));
}

/* "Board of Intermediate Education", "Board of Secondary Education": the
 * boards that set school examinations, standing for a school. */
static int
exam_board(const char *s)
{
	char key[72];

	fold_key(s, strlen(s), key, sizeof key);
	return strncmp(key, "board of ", 9) == 0 && strstr(key, " education") != NULL;
}

/* "FH JOANNEUM", "FH Campus Wien": a Fachhochschule by its initials
 * before its name (after a degree, "Diplom-Ingenieur (FH)", no school). */
static int
fh_named(const char *s)
{
	return strncmp(s, "FH ", 3) == 0 && isupper((unsigned char)s[3]);
}

/* "Camp Street, Georgetown": a street, then a place, after a school. */
static int
street_then_place(const struct ctx *c, const char *tail)
{
	const char *comma = strstr(tail, ", ");
	char *street;
	int ok;

	if (comma == NULL)
		return 0;
	street = xstrndup(tail, (size_t)(comma - tail));
	ok = role_street_named(street) && (role_place(c, comma + 2, NULL) ||
	    role_town_like(c, comma + 2));
	free(street);
	return ok;
}

/* "University of Leeds<tab>Leeds, UK", "Northwestern University — Evanston,
 * IL", "Tohoku University, Sendai, Japan": the place after the school,
 * set apart by a cell's gap or a dash, or by a comma when it is or ends
 * in a region or a country, is not part of its name. */
static void
institution_place_cut(const struct ctx *c, char *s)
{
	static const char *const seps[] = { "\t", "  ", " | ", " - ", " \xe2\x80\x94 ",
		" \xe2\x80\x93 ", " \xc2\xb7 ", ", ", NULL };
	/* ", гр. Пловдив", ", г. Алматы": the word for "town" before it */
	static const char *const towns[] = { ", \xd0\xb3\xd1\x80. ", ", \xd0\xb3. ", NULL };
	char cc[3];

	for (int i = 0; towns[i] != NULL; i++) {
		char *at = strstr(s, towns[i]);
		if (at != NULL && at > s) {
			while (at > s && (at[-1] == ',' || at[-1] == ' '))
				at--;
			*at = '\0';
			return;
		}
	}

	for (char *p = s; p != NULL && *p != '\0'; p++)
		for (int i = 0; seps[i] != NULL; i++) {
			size_t k = strlen(seps[i]);
			const char *tail = p + k;
			char *head;
			int school;
			if (p == s || strncmp(p, seps[i], k) != 0)
				continue;
			tail += strspn(tail, " \t");
			head = xstrndup(s, (size_t)(p - s));
			school = town_after_school(c, head, tail);
			free(head);
			if (school || (seps[i][0] == ',' && (city_named(tail) ||
			    street_then_place(c, tail))))
				;
			else if ((!role_place(c, tail, NULL) && !hyphen_town(c, seps[i], tail)) ||
			    (seps[i][0] == ',' && strchr(tail, ',') == NULL &&
			    !lexicon_place(c->lx, tail, strlen(tail), PLACE_COUNTRY, cc) &&
			    !state_after(tail) && !city_after_college(c, s, tail)))
				continue;
			head = xstrndup(s, (size_t)(p - s));
			school = role_school_score(head) > 0 || exam_board(head) || fh_named(head);
			free(head);
			if (school) {
				*p = '\0';
				return;
			}
		}
}

/* "Politecnico di Torino, Torino (Italia)": Europass's country in
 * brackets after the town after the school goes, and the town with it. */
static void
country_note_cut(const struct ctx *c, char *s)
{
	char *open = strrchr(s, '('), *comma, cc[3];
	size_t n = strlen(s);

	if (open == NULL || open < s + 2 || open[-1] != ' ' || s[n - 1] != ')' ||
	    strstr(s, ", ") == NULL || strstr(s, ", ") > open ||
	    !lexicon_place(c->lx, open + 1, (size_t)(s + n - 1 - open - 1), PLACE_COUNTRY, cc))
		return;
	open[-1] = '\0';
	if ((comma = strrchr(s, ',')) != NULL && comma[1] == ' ' && role_town_like(c, comma + 2))
		*comma = '\0';
}

/* "Central Texas College Killeen, TX United States": USAJOBS sets the
 * town after the school's name with no separator, then the state's code
 * and the country; the school ends at its last school word. */
static void
institution_state_cut(const struct ctx *c, char *s)
{
	char *comma = strrchr(s, ','), *cut = NULL, cc[3];
	const char *rest;
	int words = 0;

	if (comma == NULL || comma[1] != ' ' || !isupper((unsigned char)comma[2]) ||
	    !isupper((unsigned char)comma[3]) || (comma[4] != '\0' && comma[4] != ' '))
		return;
	rest = comma[4] == ' ' ? comma + 5 : comma + 4;
	if (*rest != '\0' && !lexicon_place(c->lx, rest, strlen(rest), PLACE_COUNTRY, cc))
		return;
	for (char *p = s; p < comma; p++) {
		char key[16];
		size_t n = strcspn(p, " ,");
		if (p != s && p[-1] != ' ')
			continue;
		fold_key(p, n < sizeof key ? n : sizeof key - 1, key, sizeof key);
		if (wordlist_has(school_kinds, key)) {
			cut = p + n;
			words = 0;
		} else if (cut != NULL) {
			words++;
			if (!isupper((unsigned char)*p))
				cut = NULL;
		}
	}
	if (cut != NULL && *cut == ' ' && words >= 1 && words <= 3)
		*cut = '\0';
	else
		*comma = '\0';	/* "University of Texas at Austin, TX" */
}

/* Whether the words s[0..n) name a faculty or a school inside a
 * university: "Faculty of Engineering", "Mühendislik Fakültesi",
 * "Wydział Chemiczny". */
static int
unit_named(const char *s, size_t n)
{
	static const char *const units[] = { "faculty", "fakultet", "fakulteti", "fakultesi",
		"fakultat",
		"facultad", "faculte", "faculdade", "facolta", "wydzial", "school of",
		"department of", "dept of", "college of", NULL };
	char key[64];

	if (n == 0 || n >= sizeof key)
		return 0;
	fold_key(s, n, key, sizeof key);
	for (int i = 0; units[i] != NULL; i++) {
		size_t k = strlen(units[i]);
		const char *at = strstr(key, units[i]);
		if (at != NULL && (at == key || at[-1] == ' ') &&
		    (at[k] == '\0' || at[k] == ' '))
			return 1;
	}
	return 0;
}

void
eduname_area(char *area)
{
	char *comma = area != NULL ? strstr(area, ", ") : NULL;
	char *open = area != NULL ? strrchr(area, '(') : NULL;
	size_t n = area != NULL ? strlen(area) : 0;

	/* "„Счетоводство и контрол“": the field in the quotes of German and
	 * Bulgarian type */
	if (n > 6 && strncmp(area, "\xe2\x80\x9e", 3) == 0 &&
	    strcmp(area + n - 3, "\xe2\x80\x9c") == 0 &&
	    strstr(area + 3, "\xe2\x80\x9e") == NULL) {
		memmove(area, area + 3, n - 6);
		area[n - 6] = '\0';
		n -= 6;
		comma = strstr(area, ", ");
		open = strrchr(area, '(');
	}
	/* "Nursing (BSN)": the degree's initials after its field go */
	if (open != NULL && open > area && open[-1] == ' ' && area[n - 1] == ')') {
		char *in = xstrndup(open + 1, (size_t)(area + n - 1 - open - 1));
		if (strlen(in) <= 8 && parse_all_caps(in) && role_degree_score(in) > 0)
			open[-1] = '\0';
		free(in);
	}

	if (comma == NULL || strchr(comma + 2, ',') != NULL ||
	    !unit_named(area, (size_t)(comma - area)) || unit_named(comma + 2, strlen(comma + 2)))
		return;
	memmove(area, comma + 2, strlen(comma + 2) + 1);
}

/* "TAFE NSW – Wollongong (part-time, in progress)": a note of how or
 * whether the study goes on, in brackets after the school, goes. */
static void
status_note_cut(char *s)
{
	static const char *const words[] = { "part-time", "part time", "full-time",
		"full time", "in progress", "ongoing", "expected", "evening", "distance",
		"online", "remote", "incomplete", "not completed", "deltid", "teilzeit",
		"berufsbegleitend", "temps partiel", "tiempo parcial", "part-time study", NULL };
	char *open = strrchr(s, '(');
	size_t n = strlen(s);
	char key[64];

	if (open == NULL || open == s || s[n - 1] != ')' || open[-1] != ' ')
		return;
	fold_into(open + 1, (size_t)(s + n - 1 - open - 1), key, sizeof key);
	for (int i = 0; words[i] != NULL; i++)
		if (strstr(key, words[i]) != NULL) {
			open[-1] = '\0';
			return;
		}
}

void
eduname_tidy(const struct ctx *c, char *s)
{
	if (s == NULL)
		return;
	status_note_cut(s);
	country_note_cut(c, s);
	institution_place_cut(c, s);
	institution_state_cut(c, s);
	institution_trim(s);
	other_name_trim(s);
}
