#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "eduspan.h"
#include "fold.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

#define MAXW 24

/* The last words of fields of study, folded. */
static const char *const field_ends[] = {
	"accounting", "administration", "affairs", "agriculture", "architecture", "arts",
	"biologia", "biology", "biotechnology", "chemie", "chemistry", "communication",
	"communications", "derecho", "design", "droit", "ecology", "economia", "economics",
	"economie", "education", "electronics", "elektrotechnik", "engineering",
	"enfermeria", "finance", "fisica", "geography", "geology", "gestion", "health",
	"history", "humanities", "informatica", "informatics", "informatik",
	"informatique", "ingegneria", "ingenieria", "journalism", "languages", "law",
	"linguistics", "literature", "management", "marketing", "maschinenbau",
	"matematica", "matematicas", "mathematics", "mathematik", "mathematiques",
	"maths", "mechanics", "media", "medicine", "medicina", "music", "nursing",
	"pharmacy", "philosophy", "physics", "physik", "politics", "psicologia",
	"psychologie", "psychology", "quimica", "relations", "science", "sciences",
	"sociology", "statistica", "statistics", "studies", "technology", "translation",
	NULL,
};

struct words {
	size_t at[MAXW], len[MAXW], n;
};

static int
words_of(const char *h, struct words *w)
{
	w->n = 0;
	for (size_t i = 0; h[i] != '\0';) {
		i += strspn(h + i, " ");
		if (h[i] == '\0')
			break;
		if (w->n == MAXW)
			return 0;
		w->at[w->n] = i;
		w->len[w->n] = strcspn(h + i, " ");
		i += w->len[w->n++];
	}
	return w->n >= 3;
}

/* Whether word k, alone, is what fn scores. */
static int
word_is(const char *h, const struct words *w, size_t k, int (*fn)(const char *))
{
	char one[64];

	if (w->len[k] >= sizeof one)
		return 0;
	memcpy(one, h + w->at[k], w->len[k]);
	one[w->len[k]] = '\0';
	return fn(one) > 0;
}

static int
field_end(const char *h, const struct words *w, size_t k)
{
	char key[64];

	fold_key(h + w->at[k], w->len[k], key, sizeof key);
	return wordlist_has(field_ends, key);
}

int
eduspan_school(const char *h, size_t *from, size_t *to)
{
	struct words w;
	size_t cue, k;

	if (strpbrk(h, ",\t|") != NULL || !words_of(h, &w))
		return 0;
	for (cue = 0; cue < w.n && !word_is(h, &w, cue, role_school_score); cue++)
		;
	if (cue == w.n)
		return 0;
	if (word_is(h, &w, 0, role_degree_score) && !word_is(h, &w, 0, role_school_score)) {
		/* the degree first: the school after the last field word */
		for (k = cue; k > 1 && !field_end(h, &w, k - 1); k--)
			;
		if (k <= 1 || !isupper((unsigned char)h[w.at[k]]))
			return 0;
		*from = w.at[k];
		*to = strlen(h);
		return 1;
	}
	/* "Computer Science Graz University of Technology": a field of two
	 * words or more, then the school */
	for (k = cue; k >= 2 && !field_end(h, &w, k - 1); k--)
		;
	if (k >= 2 && field_end(h, &w, k - 1) && isupper((unsigned char)h[w.at[k]])) {
		*from = w.at[k];
		*to = strlen(h);
		return 1;
	}
	/* the school first: up to the first degree word after its cue */
	for (k = 0; k < cue; k++)
		if (word_is(h, &w, k, role_degree_score))
			return 0;
	for (k = cue + 1; k < w.n && !word_is(h, &w, k, role_degree_score); k++)
		;
	if (k == w.n || role_degree_score(h + w.at[k]) == 0)
		return 0;
	*from = 0;
	*to = w.at[k] - 1;
	return 1;
}

int
eduspan_field(const char *s)
{
	const char *last = strrchr(s, ' ');
	char key[64];

	last = last != NULL ? last + 1 : s;
	fold_key(last, strlen(last), key, sizeof key);
	return wordlist_has(field_ends, key);
}

/* "PhD, Computer Science Graz University of Technology": a part after
 * the first with a field before the school, parted. */
void
eduspan_apart(struct strlist *parts)
{
	size_t a, b;

	for (size_t i = 1; i < parts->n; i++)
		if (eduspan_school(parts->v[i], &a, &b) && a > 0) {
			struct strlist out = STRLIST_INIT;
			for (size_t k = 0; k < parts->n; k++)
				if (k != i)
					strlist_add(&out, parts->v[k]);
				else {
					strlist_take(&out, parse_trim(parts->v[k], a));
					strlist_take(&out, parse_trim(parts->v[k] + a, b - a));
				}
			strlist_clear(parts);
			*parts = out;
			return;
		}
}

/* "Chambéry", "Le Mans": a town's name, a word or two in capitals. */
int
eduspan_place_like(const char *s)
{
	const char *sp = strchr(s, ' ');

	return isupper((unsigned char)s[0]) && strpbrk(s, "0123456789") == NULL &&
	    (sp == NULL || (strchr(sp + 1, ' ') == NULL && isupper((unsigned char)sp[1])));
}

/* "Brevet professionnel Menuisier": a part that a degree's word opens. */
int
eduspan_degree_lead(const char *s)
{
	char w[32];
	size_t n = strcspn(s, " ");

	if (n == 0 || n >= sizeof w)
		return 0;
	memcpy(w, s, n);
	w[n] = '\0';
	return role_degree_score(w) > 0 && role_school_score(s) == 0;
}

/* A line role_parts found one part in: the school and the rest when
 * eduspan finds where the school is ("B.S. Computer Science Colorado
 * State University"), else the parts between its commas. */
void
eduspan_parts(const char *h, struct strlist *parts)
{
	size_t from = 0, to = 0;

	strlist_clear(parts);
	if (eduspan_school(h, &from, &to)) {
		strlist_take(parts, parse_trim(h + from, to - from));
		strlist_take(parts, from > 0 ? parse_trim(h, from) :
		    parse_trim(h + to, strlen(h + to)));
		return;
	}
	for (const char *p = h; *p != '\0';) {
		const char *q = strstr(p, ", ");
		size_t n = q != NULL ? (size_t)(q - p) : strlen(p);
		strlist_take(parts, parse_trim(p, n));
		p += n + (q != NULL ? 2 : 0);
	}
}

int
eduspan_mode_note(const char *s)
{
	static const char *const modes[] = { "remote", "online", "part-time", "part time",
		"full-time", "full time", "distance", "distance learning", "evening", "evenings",
		"weekend", "weekends", "hybrid", "on campus", "exchange", "erasmus",
		"erasmus exchange", "exchange semester", "semester abroad", "extramural",
		"correspondence", "sandwich", "in person", "fernstudium", "berufsbegleitend",
		"a distancia", "semipresencial", "presencial", "ead", "a distance",
		"en alternance", "alternance", "teilzeit", "vollzeit", "deltid", "heltid",
		"nettbasert", "distanse", "nettstudium", "distans", NULL };
	static const char *const units[] = { "hours", "horas", "hrs", "h", "stunden", "std",
		"ore", "heures", "godzin", "timer", "tuntia", "ects", "credits", "creditos",
		"cfu", "cp", NULL };
	size_t n = strlen(s), d;
	char key[64];

	if (n < 3 || s[0] != '(' || s[n - 1] != ')' || n - 2 >= sizeof key)
		return 0;
	/* "(120 horas)", "(180 ECTS)": the course's length */
	if ((d = strspn(s + 1, "0123456789.,")) > 0 && s[1 + d] == ' ') {
		fold_into(s + 2 + d, n - 3 - d, key, sizeof key);
		if (wordlist_has(units, key))
			return 1;
	}
	for (const char *p = s + 1; p < s + n - 1;) {
		size_t k = strcspn(p, ",;/)");
		int ok = 0;
		while (*p == ' ' && k > 0)
			p++, k--;
		fold_into(p, k, key, sizeof key);
		for (size_t i = 0; modes[i] != NULL && !ok; i++)
			ok = strcmp(key, modes[i]) == 0;
		if (!ok)
			return 0;
		p += k;
		p += *p != ')' && *p != '\0';
	}
	return 1;
}

int
eduspan_level_note(const char *s)
{
	static const char *const frames[] = { "eqf", "isced", "eqr", "cec", "eqf level", "nqf",
		"qeq", "nivel", "nivel no qeq", "livello", "niveau", "poziom", "niveau", NULL };
	char key[32];
	size_t n = strcspn(s, " ");
	const char *colon = strchr(s, ':');

	/* "Livello EQF: Livello 4 EQF", "Niveau CEC : 4": the Europass label */
	if (colon != NULL && colon - s < 16 && colon[1] != '\0') {
		fold_key(s, (size_t)(colon - s), key, sizeof key);
		if (strstr(key, "eqf") != NULL || strstr(key, "cec") != NULL ||
		    strstr(key, "eqr") != NULL || strstr(key, "qeq") != NULL ||
		    strstr(key, "isced") != NULL || strstr(key, "nqf") != NULL)
			return 1;
	}

	if (n == 0 || n >= 8 || strlen(s) > 24 || strpbrk(s, "0123456789") == NULL)
		return 0;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(frames, key);
}
