#include <ctype.h>
#include <string.h>

#include "eduspan.h"
#include "fold.h"
#include "parse.h"
#include "wordlist.h"

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
