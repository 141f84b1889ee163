/*
 * form_line: what a line of a labelled form says; see form_line.h.
 */
#include <string.h>

#include "edutable.h"
#include "fold.h"
#include "form_line.h"
#include "heading.h"
#include "heading_words.h"
#include "lineword.h"
#include "wordlist.h"

/* "REFEREES", "Character References:": the heading of the people who
 * vouch for the candidate, whose phones and e-mails are theirs. */
int
form_line_references(const char *s)
{
	static const char *const words[] = { "character references", "professional references",
		"reference", "referees", "references", "referencias", "referencje", "referenties",
		"referenze", "referenzen", NULL };
	char key[48];
	size_t n;

	fold_key(s, strlen(s), key, sizeof key);
	if (wordlist_has(words, key))
		return 1;
	/* "Non-related references", "Work references": a kind of them */
	n = strlen(key);
	return n > 11 && n < 40 && (strcmp(key + n - 11, " references") == 0 ||
	    strcmp(key + n - 9, " referees") == 0);
}

/* "Objetivo profissional", "Career Objective": a heading over the work
 * wished for, whose "Nível: Coordenação" is no degree. */
int
form_line_objective(const char *s)
{
	static const char *const stems[] = { "objetiv", "objectiv", "objectif", "obiettiv",
		"career objectiv", "job objectiv", NULL };
	char key[48];

	if (strlen(s) >= sizeof key || lineword_count(s) > 4)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	return wordlist_prefix(stems, key) > 0;
}

/* "ACADEMIC PROJECTS", "Projects": a heading over projects, whose
 * "Title:" and "Duration:" the projects' reader takes, no job's. */
int
form_line_projects(const struct line *l)
{
	char key[48];

	if (!heading_looks(l) || strlen(l->s) >= sizeof key || strchr(l->s, '\t') != NULL)
		return 0;
	fold_key(l->s, strlen(l->s), key, sizeof key);
	return strstr(key, "project") != NULL && lineword_count(l->s) <= 4;
}

int
form_line_heading(const struct line *l)
{
	/* "4. EXPERIENCIA LABORAL": numbered, in capitals */
	return heading_looks(l) || ((l->flags & MK_NUMBERED) && parse_all_caps(l->s));
}

int
form_line_wording(const char *s)
{
	char key[48];
	size_t n;

	if (strlen(s) >= sizeof key || lineword_count(s) > 5)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	if ((n = strlen(key)) == 0)
		return 0;
	for (const struct heading_row *r = heading_rows; r->words != NULL; r++)
		for (const char *p = strstr(r->words, key); p != NULL; p = strstr(p + 1, key))
			if ((p == r->words || p[-1] == '|' || p[-1] == '=') &&
			    (p[n] == '\0' || p[n] == '|'))
				return 1;
	return 0;
}

/* Whether the heading l names its words' section. */
static int
heading_says(const struct line *l, const char *const *words)
{
	char key[64];

	if (!form_line_heading(l) || strlen(l->s) >= sizeof key || strchr(l->s, '\t') != NULL ||
	    lineword_count(l->s) > 5)
		return 0;
	fold_key(l->s, strlen(l->s), key, sizeof key);
	for (size_t i = 0; words[i] != NULL; i++)
		if (strstr(key, words[i]) != NULL)
			return 1;
	return 0;
}

int
form_line_work(const struct line *l)
{
	static const char *const words[] = { "experienc", "employment", "laboral", "trabajo",
		"work history", "career history", "berufserfahrung", "werdegang", NULL };

	return heading_says(l, words);
}

int
form_line_courses(const struct line *l)
{
	static const char *const words[] = { "formacao profissional", "formacao complementar",
		"formacion complementaria", "cursos", "certific", "trainings", "formations",
		NULL };

	return heading_says(l, words);
}

int
form_line_schools(const struct line *l)
{
	static const char *const words[] = { "education", "habilitac", "formacao academica",
		"formacion academica", "estudios", "academic", NULL };

	return heading_says(l, words);
}

/* "1)<TAB>Organisation : ...", "2. Company: ...": the number of a
 * record before its first label; its bytes. */
size_t
form_line_enumerator(const char *s)
{
	size_t d = strspn(s, "0123456789");

	if (d == 0 || d > 2 || (s[d] != ')' && s[d] != '.') || (s[d + 1] != ' ' && s[d + 1] != '\t'))
		return 0;
	return d + 1 + strspn(s + d + 1, " \t");
}

/* The field a line labels, and where its value starts (0: on the next
 * line).  "Job Title: Engineer", "Job Title *", and a table's row
 * "Job Title<TAB>Engineer" whose cells the layout set apart. */
enum form_field
form_line_label(const char *s, size_t *value)
{
	size_t lead = form_line_enumerator(s), n = strcspn(s + lead, ":\t"), v;
	const char *sep = s[lead + n] != '\0' ? s + lead + n : NULL;
	char key[48];
	enum form_field f;

	*value = 0;
	/* "site." ending a wrapped duty: a sentence's end, no label */
	if (n == 0 || n > 40 || (sep == NULL && (strlen(s) > 40 || s[strlen(s) - 1] == '.')))
		return F_NONE;
	fold_key(s + lead, n, key, sizeof key);
	if ((f = form_label_find(key)) == F_NONE)
		return F_NONE;
	if (sep == NULL)
		return f;
	/* "Designation<TAB>: Senior Site Engineer": the colon after a gap */
	v = lead + n + 1 + strspn(sep + 1, " \t");
	if (*sep == '\t' && s[v] == ':')
		v += 1 + strspn(s + v + 1, " \t");
	if (s[v] != '\0')
		*value = v;
	return f;
}

/* A row of the same table whose label column is one space from its
 * values, so the layout could not set the cells apart: "Start Date
 * 09/2012" between "Degree<TAB>..." rows.  The longest label that
 * begins it. */
static enum form_field
label_loose(const char *s, size_t *value)
{
	enum form_field best = F_NONE;
	char key[48];

	*value = 0;
	if (s[0] == '\0')
		return F_NONE;
	for (size_t n = 1; s[n] != '\0' && n <= 40; n++) {
		enum form_field f;
		if (s[n] != ' ' || s[n + 1] == '\0')
			continue;
		fold_key(s, n, key, sizeof key);
		if ((f = form_label_find(key)) != F_NONE) {
			best = f;
			*value = n + 1;
		}
	}
	return best;
}

/* Whether line i has a neighbour in its block that is a table's row of
 * a label and its value. */
static int
in_table(const struct layout *L, size_t i)
{
	size_t v;

	if (i > 0 && !(L->v[i].flags & LN_BLANK) && strchr(L->v[i - 1].s, '\t') != NULL &&
	    form_line_label(L->v[i - 1].s, &v) != F_NONE && v > 0)
		return 1;
	return i + 1 < L->n && !(L->v[i + 1].flags & LN_BLANK) &&
	    strchr(L->v[i + 1].s, '\t') != NULL && form_line_label(L->v[i + 1].s, &v) != F_NONE &&
	    v > 0;
}

/* "Start Date 06/2014", "End Date 07/2017": a label of dates with no
 * colon, known by the figure its value starts with. */
enum form_field
form_line_date_label(const char *s, size_t *value)
{
	enum form_field f = form_line_label(s, value);

	/* the loose label only before a figure: a line with none, most of
	 * a résumé's, is not searched for one */
	if ((f == F_NONE || *value == 0) && strpbrk(s, "0123456789") != NULL &&
	    (f = label_loose(s, value)) != F_NONE && !(s[*value] >= '0' && s[*value] <= '9'))
		f = F_NONE;
	return (f == F_FROM || f == F_TO || f == F_FROMTO) && *value > 0 ? f : F_NONE;
}

/* The field line i labels, in either way. */
enum form_field
form_line_label_at(const struct layout *L, size_t i, size_t *value)
{
	enum form_field f;

	/* "Qualification<TAB>Board/University<TAB>...": a table's head */
	if (strchr(L->v[i].s, '\t') != NULL && edutable_header(L->v[i].s)) {
		*value = 0;
		return F_NONE;
	}
	f = form_line_label(L->v[i].s, value);

	if (f == F_NONE && in_table(L, i))
		f = label_loose(L->v[i].s, value);
	/* "Start Date 06/2014", not "From 2020 up to date": a date line */
	if (f == F_NONE && (f = form_line_date_label(L->v[i].s, value)) != F_NONE &&
	    memchr(L->v[i].s, ' ', *value - 1) == NULL) {
		f = F_NONE;
		*value = 0;
	}
	return f;
}
/* "Work Experience 2": the form's counter over a record. */
int
form_line_counter(const char *s)
{
	size_t n = strlen(s), d = 0, words = 1;

	while (d < n && d < 3 && s[n - 1 - d] >= '0' && s[n - 1 - d] <= '9')
		d++;
	if (d == 0 || d > 2 || n == d || s[n - d - 1] != ' ')
		return 0;
	for (size_t i = 0; i < n - d - 1; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			return 0;
		words += s[i] == ' ';
	}
	return words <= 4;
}

/* A place with a note of three words or more in brackets after it: the
 * place alone, else NULL. */
char *
form_line_place_bare(const char *value)
{
	const char *open = strstr(value, " (");
	int words = 1;

	if (open == NULL || open == value || value[strlen(value) - 1] != ')')
		return NULL;
	for (const char *p = open + 2; *p != '\0'; p++)
		words += *p == ' ';
	return words >= 3 ? parse_trim(value, (size_t)(open - value)) : NULL;
}

int
form_line_postal_box(const char *value)
{
	static const char *const boxes[] = { "p o box", "po box", "p o b", "pob", "private bag",
		"postfach", "boite postale", "b p", "bp", "apartado", "caixa postal", "casilla",
		NULL };
	char key[24];
	size_t n = strcspn(value, "0123456789,");

	fold_key(value, n < sizeof key ? n : sizeof key - 1, key, sizeof key);
	return wordlist_has(boxes, key);
}
