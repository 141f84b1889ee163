/*
 * eprows: the 2013 Europass CV through pdftotext without -layout.
 *
 * That form sets its labels in a left column beside their values, and the
 * raw text puts each label at the head of its value's first line:
 * "Mother tongue(s) Arabic", "Certifications ▪ AWS Certified ...",
 * "POSITION Backend Developer".  eprows_split parts such a line into the
 * label, on a line of its own where the parsers take it for a heading,
 * and the value; the headline the form asks for ("POSITION", "JOB
 * APPLIED FOR") becomes a labelled line of the person's, the grids of
 * languages and of digital skills become lists, the prose of the
 * person's communication and managerial skills goes under "Additional
 * information", and "Business or sector ..." under a job, the form's note
 * of the trade, goes.
 */
#include <stdlib.h>
#include <string.h>

#include "eprows.h"
#include "europass_labels.h"
#include "fold.h"
#include "markup.h"
#include "wordlist.h"
#include "xalloc.h"

/* The labels of the form's left column, as they open a line. */
static const char *const labels[] = {
	"Mother tongue(s)", "Other language(s)", "Communication skills",
	"Organisational / managerial skills", "Organisational / managerial",
	"Job-related skills", "Digital competence", "Digital skills", "Other skills",
	"Driving licence", "Publications", "Presentations", "Projects", "Conferences",
	"Seminars", "Honours and awards", "Memberships", "References", "Citations",
	"Courses", "Certifications", "Volunteering", "Volunteer work", NULL };

static void
add(struct layout *out, const char *s, size_t n, const struct line *l, unsigned flags)
{
	layout_add(out, s, n, l->indent, flags)->level = l->level;
}

/* A label of the form's, set as a heading of its part. */
static void
add_label(struct layout *out, const char *s, size_t n, const struct line *l)
{
	struct line *h = layout_add(out, s, n, l->indent, l->flags | LN_BLANK | MK_HEADING);

	h->level = 2;
}

static const char *const mother[] = { "Mother tongue(s)", NULL };
static const char *const other[] = { "Other language(s)", NULL };

/* The labels of the form's parts that hold prose about the person, no
 * list of skills. */
static const char *const prose_parts[] = { "Communication skills",
	"Organisational / managerial skills", "Organisational / managerial",
	"Job-related skills", "Other skills", NULL };

/* The labels of the headline the form asks for. */
static const char *const wanted[] = { "POSITION", "JOB APPLIED FOR", "PREFERRED JOB",
	"STUDIES APPLIED FOR", NULL };

/* The words of the form's grids: the levels of each language and the
 * self-assessment of digital skills, headers and ratings. */
static int
grid_line(const char *s)
{
	static const char *const words[] = { "assessment", "basic", "communication",
		"competence", "competences", "content", "creation", "digital", "grid",
		"independent", "information", "interaction", "listening", "problem",
		"processing", "production", "proficient", "reading", "safety", "self",
		"solving", "speaking", "spoken", "understanding", "user", "writing", NULL };
	char key[160], *w, *save = NULL;

	if (strlen(s) >= sizeof key)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	if (key[0] == '\0')
		return 0;
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save))
		if (!wordlist_has(words, w))
			return 0;
	return 1;
}

/* "English C1 C1 B2 B2 B2": a language's row of the grid, its five
 * levels; where they begin, or 0. */
static size_t
levels_at(const char *s)
{
	size_t n = strlen(s), k = n, codes = 0;

	while (codes < 5 && k >= 3 && strchr("ABC", s[k - 2]) != NULL &&
	    strchr("12", s[k - 1]) != NULL && s[k - 3] == ' ') {
		codes++;
		k -= 3;
	}
	return codes == 5 && k > 0 ? k : 0;
}

/* The lines of the languages' part: the grid's headers and notes go, a
 * row becomes "English: C1 C1 B2 B2 B2". */
static void
language_line(struct layout *out, const struct line *l)
{
	const char *s = l->s;
	size_t k;

	if (grid_line(s) || strncmp(s, "Levels: ", 8) == 0 ||
	    strncmp(s, "Common European Framework", 25) == 0)
		return;
	if ((k = levels_at(s)) > 0) {
		char *t = xprintf("%.*s:%s", (int)k, s, s + k);
		add(out, t, strlen(t), l, 0);
		free(t);
		return;
	}
	add(out, s, strlen(s), l, l->flags);
}

/* "Mother tongue(s) Arabic, Kurdish": the part's heading and each
 * language, the mother tongue its level. */
static void
mother_tongues(struct layout *out, const struct line *l, const char *v)
{
	add_label(out, "Languages", 9, l);
	while (*v != '\0') {
		size_t n = strcspn(v, ",");
		char *t = xprintf("%.*s \xe2\x80\x93 Mother tongue", (int)n, v);
		add(out, t, strlen(t), l, 0);
		free(t);
		v += n;
		v += strspn(v, ", ");
	}
}

/* The length of the label s opens with, followed by one space (the raw
 * text's; a layout's keeps its column's gap) and more, or 0. */
static size_t
label_at(const char *s, const char *const *v)
{
	for (int i = 0; v[i] != NULL; i++) {
		size_t n = strlen(v[i]);
		if (strncmp(s, v[i], n) == 0 && s[n] == ' ' && s[n + 1] != ' ' &&
		    s[n + 1] != '\t' && s[n + 1] != '\0')
			return n;
	}
	return 0;
}

/* Whether the text is the form's: two of its language labels, or its
 * foot. */
static int
form_seen(const struct layout *L)
{
	int hits = 0;

	for (size_t i = 0; i < L->n; i++) {
		const char *s = L->v[i].s;
		hits += strncmp(s, "Mother tongue(s)", 16) == 0 ||
		    strncmp(s, "Other language(s)", 17) == 0 ||
		    strstr(s, "europass.cedefop.europa.eu") != NULL;
	}
	return hits >= 2;
}


/* What part of the form the lines are in. */
enum part { P_OTHER, P_LANGUAGES, P_DIGITAL };

/* One line of the form's text, written to out as its labels and values;
 * *part is where the line stands. */
static void
row_split(struct layout *out, const struct line *l, enum part *part)
{
	const char *s = l->s;
	size_t n = label_at(s, labels), w;
	const char *v = s + n + (n > 0) + strspn(s + n + (n > 0), " ");

	if (strncmp(s, "Business or sector ", 19) == 0)
		return;
	if ((w = label_at(s, wanted)) > 0) {
		char *t = xprintf("Desired position: %s", s + w + 1 + strspn(s + w + 1, " "));
		add(out, t, strlen(t), l, l->flags);
		free(t);
	} else if ((w = label_at(s, mother)) > 0) {
		mother_tongues(out, l, s + w + 1);
		*part = P_LANGUAGES;
	} else if ((w = label_at(s, other)) > 0) {
		struct line rest = *l;
		rest.s = (char *)s + w + 1;
		language_line(out, &rest);
		*part = P_LANGUAGES;
	} else if (n > 0 && strncmp(s, "Digital ", 8) == 0) {
		add_label(out, "Digital skills", 14, l);
		*part = P_DIGITAL;
		if (!grid_line(v))
			add(out, v, strlen(v), l, 0);
	} else if (n > 0 && label_at(s, prose_parts) == n) {
		/* the form's prose of the person's skills: kept apart from
		 * the list of them, under its label */
		add_label(out, "Additional information", 22, l);
		add(out, s, strlen(s), l, 0);
		*part = P_OTHER;
	} else if (n > 0) {
		int numbered = 0;
		size_t mark = markup_bullet(v, &numbered);
		add_label(out, s, n, l);
		add(out, v + mark, strlen(v + mark), l, mark > 0 && !numbered ? MK_BULLET : 0);
		*part = P_OTHER;
	} else if (*part == P_LANGUAGES && !(l->flags & MK_BULLET))
		language_line(out, l);
	else if (!(*part == P_DIGITAL && grid_line(s)))
		add(out, s, strlen(s), l, l->flags);
}

void
eprows_split(struct layout *L)
{
	struct layout out;
	enum part part = P_OTHER;

	/* the older form's labels ("Dates", "Occupation or position held")
	 * are the Europass reader's to take */
	if (!form_seen(L) || europass_labels_seen(L))
		return;
	memset(&out, 0, sizeof out);
	out.urls = L->urls;
	for (size_t i = 0; i < L->n; i++) {
		row_split(&out, &L->v[i], &part);
		free(L->v[i].s);
	}
	free(L->v);
	*L = out;
}
