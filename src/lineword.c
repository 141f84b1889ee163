#include <ctype.h>
#include <string.h>

#include "fold.h"
#include "lineword.h"
#include "parse.h"
#include "wordlist.h"

int
lineword_count(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t' && (s[1] == ' ' || s[1] == '\t' || s[1] == '\0'))
			n++;
	return n;
}

/* "English (Full professional", "proficiency)": a LinkedIn sidebar's
 * languages, cut into a column of work by pdftotext. */
int
lineword_proficiency(const char *s)
{
	size_t n = strcspn(s, " (");

	if (strstr(s, "proficiency") != NULL || strstr(s, "Proficiency") != NULL)
		return 1;
	return parse_tongue(s, n) && (s[n] == '\0' || strncmp(s + n, " (", 2) == 0);
}

/* Words of four letters or more that begin in lower case. */
static int
lower_words(const char *s)
{
	int n = 0;

	for (size_t i = 0; s[i] != '\0'; i++)
		if ((i == 0 || s[i - 1] == ' ') && fold_lower_at(s + i) &&
		    strcspn(s + i, " ,:;.") >= 4)
			n++;
	return n;
}

/* "Responsibilities:", "Key achievements:": a label over a body. */
/* "Duties, Accomplishments and Related Skills:": words that only name
 * what the lines under them hold. */
static int
label_words_only(const char *s)
{
	static const char *const words[] = { "duties", "accomplishments", "achievements",
		"responsibilities", "related", "skills", "key", "and", "main", "tasks",
		"results", "highlights", "selected", "major", "tools", "environment",
		"technologies", "used", "projects", "activities", "contributions", "scope",
		"of", "work", "role", NULL };
	char key[96], *w, *save = NULL;

	if (strlen(s) >= sizeof key)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save))
		if (!wordlist_has(words, w))
			return 0;
	return 1;
}

int
lineword_body_label(const char *s)
{
	size_t n = strlen(s);

	if (n < 2 || n >= 80 || role_title_score(s) > 0)
		return 0;
	/* "Achievements/Tasks": a template's label, no colon after it; so
	 * is "KEY DUTIES AND RESPONSIBILITIES" in capitals */
	if (s[n - 1] != ':')
		return (strchr(s, '/') != NULL || parse_all_caps(s)) && lineword_count(s) <= 4 &&
		    label_words_only(s);
	/* "Engagements via my own firm, among others:": a sentence that
	 * leads into the bullets under it */
	n = (size_t)lineword_count(s);
	return n <= 3 || (n <= 10 && role_company_score(s) == 0 && lower_words(s) >= 2) ||
	    (n <= 8 && label_words_only(s));
}

/* The small words sentences are held together by, in the languages
 * whose nouns are capitalised too or that résumés are written in most. */
static int
function_words(const char *s)
{
	/* not "de", "la", "der": names of places and firms hold them too */
	static const char *const small[] = { "across", "and", "auf", "bei", "et", "for",
		"from", "für", "in", "into", "mit", "of", "on", "per", "pour", "the", "to", "und",
		"von", "with", "zu", "zur", NULL };
	int n = 0;

	for (const char *p = s; *p != '\0';) {
		size_t len = strcspn(p, " ");
		for (int i = 0; small[i] != NULL; i++)
			n += strlen(small[i]) == len && strncmp(p, small[i], len) == 0;
		p += len;
		p += strspn(p, " ");
	}
	return n;
}

int
lineword_past_verb(const char *s)
{
	static const char *const irregular[] = { "Built", "Led", "Ran", "Wrote", "Drove",
		"Grew", "Cut", "Set", "Brought", "Made", "Took", "Won", "Taught", NULL };
	size_t n = strcspn(s, " ");

	if (wordlist_has_n(irregular, s, n))
		return 1;
	return n >= 5 && isupper((unsigned char)s[0]) && strncmp(s + n - 2, "ed", 2) == 0 &&
	    islower((unsigned char)s[1]);
}

/* "Double major in Accounting and Economics. Studied at Lautoka
 * Campus ...": a second sentence begun with a verb in the past, as a
 * description goes on, not a header's parts. */
int
lineword_verb_sentence(const char *s)
{
	for (const char *p = strstr(s, ". "); p != NULL; p = strstr(p + 2, ". "))
		if (p - s >= 4 && islower((unsigned char)p[-1]) && lineword_past_verb(p + 2))
			return 1;
	return 0;
}

/* A sentence, not a header: long, or ending like one with mostly
 * lower-case words and none of the separators headers use, or held
 * together by small words and naming no job, school, degree or firm. */
/* "Licence professionnelle Logistique et pilotage des flux", "Master 2
 * Management de la chaîne logistique": a line opened by a degree's
 * name in capitals, not a word that also opens sentences, names a
 * degree and its field, however many small words the field has. */
static int
degree_opens(const char *s, int n)
{
	static const char *const also[] = { "be", "me", "ma", "ms", "md", "med", "higher",
		"graduate", "associate", "intermediate", "secondary", "doctor", "honors",
		"honours", "kurs", "course", "certificate", "certificado", "certificat", NULL };
	size_t k = strcspn(s, " ");
	char key[24], w[24];

	if (n > 12 || k < 2 || k >= sizeof w || !isupper((unsigned char)s[0]) || s[k] != ' ')
		return 0;
	memcpy(w, s, k);
	w[k] = '\0';
	fold_key(w, k, key, sizeof key);
	return !wordlist_has(also, key) && role_degree_score(w) > 0;
}

/* "Vysoká škola ekonomická v Praze, Fakulta financí a účetnictví": a
 * school's name in its first three words, capitalised, names a school
 * however many small words follow. */
static int
school_opens(const char *s)
{
	size_t k = 0;
	char head[96];
	int ok;

	if (!fold_upper_at(s))
		return 0;
	for (int w = 0; w < 3 && s[k] != '\0'; w++) {
		k += strcspn(s + k, " ,");
		k += strspn(s + k, " ,");
	}
	if (k == 0 || k >= sizeof head)
		return 0;
	memcpy(head, s, k);
	head[k] = '\0';
	ok = role_school_score(head) > 0;
	return ok;
}

/* "Ministry of Education, Sports and Culture - Apia": a firm's name, its
 * only words in small letters the ones that join. */
static int
firm_cased(const char *s, int lower)
{
	return lower <= function_words(s) && role_company_score(s) > 0 &&
	    !lineword_past_verb(s);
}

/* "Chambre d'agriculture, de commerce, d'industrie, de métiers et de
 * l'artisanat (CACIMA)", "Ministère de la Santé et de ...": a body's
 * word, capitalised, then "de", "of" or an elided "d'": a body's name,
 * however many small words follow ("Bank reconciliations for ..." is
 * none). */
static int
org_opens(const char *s)
{
	static const char *const smalls[] = { "de", "del", "della", "der", "des", "di", "du",
		"for", "of", "van", "von", NULL };
	size_t n = strcspn(s, " ,");
	const char *next = s + n + strspn(s + n, " ");
	char head[48];

	if (!fold_upper_at(s) || n >= sizeof head || *next == '\0')
		return 0;
	memcpy(head, s, n);
	head[n] = '\0';
	if (role_company_score(head) == 0 || role_title_score(head) > 0)
		return 0;
	return wordlist_has_n(smalls, next, strcspn(next, " ")) ||
	    ((next[0] == 'd' || next[0] == 'l') && (next[1] == '\'' ||
	    strncmp(next + 1, "\xe2\x80\x99", 3) == 0));
}

int
lineword_prose(const char *s)
{
	int n = lineword_count(s), lower = 0;
	size_t len = strlen(s);

	if (n > 16)
		return 1;
	/* "Node.js services for merchant payouts.": short, and a sentence */
	if (n >= 4 && n < 6 && len > 0 && s[len - 1] == '.' && strchr(s, '\t') == NULL &&
	    strchr(s, '|') == NULL) {
		for (const char *p = s; *p != '\0'; p++)
			lower += (p == s || p[-1] == ' ') && fold_lower_at(p);
		return lower * 4 >= n * 3;
	}
	if (n < 6 || strchr(s, '\t') != NULL || strchr(s, '|') != NULL ||
	    strstr(s, " \xe2\x80\x94 ") != NULL || strstr(s, " \xe2\x80\x93 ") != NULL)
		return 0;
	/* words in lower case, figures and sums ("$10M") */
	for (const char *p = s; *p != '\0'; p++)
		lower += (p == s || p[-1] == ' ') && (fold_lower_at(p) ||
		    isdigit((unsigned char)*p) || (*p == '$' && isdigit((unsigned char)p[1])));
	/* ended like a sentence, or long and written in lower case as one is */
	if (strchr(".;!", s[len - 1]) != NULL)
		return lower * 2 >= n || (n >= 8 && lineword_verb_sentence(s));
	/* "Ing., obor Účetnictví a finanční řízení podniku": a degree and
	 * its field after the Czech and Slovak word for one */
	if (degree_opens(s, n) || school_opens(s) || org_opens(s) ||
	    strstr(s, ", obor ") != NULL)
		return 0;
	if (n >= 7 && lower * 10 >= n * 6)
		return 1;
	if (role_degree_score(s) > 0 || role_school_score(s) > 0)
		return 0;
	/* "Chair of the incident review board": no separator between a job
	 * and a firm, six words or more held by small words, and some in
	 * lower case that are none ("Teacher of Mathematics and KS5 Lead" is
	 * a title) */
	if (function_words(s) >= 2 && ((role_title_score(s) == 0 && !firm_cased(s, lower)) ||
	    (n >= 6 && strpbrk(s, ",|") == NULL && role_company_score(s) == 0 &&
	    lower > function_words(s))))
		return 1;
	/* "Moved 600 services to Kubernetes": a sentence begun with a verb */
	return n >= 4 && lineword_past_verb(s) && role_title_score(s) == 0 && strchr(s, ',') == NULL;
}

/* Words that join a line to the next or to the one before. */
static const char *const joins[] = { "and", "&", "of", "for", "the", "in", "und",
	"für", "der", "de", "des", "du", "di", "del", "della", "y", "et", "e", "en",
	"van", "voor", "da", "do", "dos", "das", "\xc5\x9fi", "\xc8\x99i", NULL };

int
lineword_open_end(const char *s)
{
	const char *last = strrchr(s, ' ');

	return last != NULL && wordlist_has(joins, last + 1);
}

int
lineword_open_start(const char *s)
{
	size_t n = strcspn(s, " ");
	char w[8];

	if (n >= sizeof w || s[n] != ' ')
		return 0;
	memcpy(w, s, n);
	w[n] = '\0';
	return wordlist_has(joins, w);
}

int
lineword_open_bracket(const char *s)
{
	const char *open = strrchr(s, '(');

	return open != NULL && strchr(open, ')') == NULL;
}
