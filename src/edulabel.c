/*
 * edulabel: see edulabel.h.
 */
#include <stdlib.h>
#include <string.h>

#include "edulabel.h"
#include "lineword.h"
#include "orgword.h"
#include "xalloc.h"

/* The words for a speciality and for a qualification, as written and in
 * capitals at the start of a line. */
static const char *const fields[] = { "специальность", "Специальность", "спеціальність",
	"Спеціальність", "направление подготовки", "Направление подготовки", "направление",
	"Направление", "специализация", "Специализация", "спеціалізація", "Спеціалізація",
	NULL };
static const char *const degrees[] = { "квалификация", "Квалификация", "кваліфікація",
	"Кваліфікація", "степень", "Степень", "ступінь", "Ступінь", NULL };

/* The value after label at the start of part, quotes, a colon or a dash
 * between them gone: a new string, or NULL when part has no such label. */
static char *
value_after(const char *part, const char *const labels[])
{
	for (int i = 0; labels[i] != NULL; i++) {
		size_t k = strlen(labels[i]), n;
		const char *v = part + k;
		if (strncmp(part, labels[i], k) != 0 || (*v != ' ' && *v != ':' && *v != '\0'))
			continue;
		v += strspn(v, " :");
		if (strncmp(v, "\xe2\x80\x93 ", 4) == 0 || strncmp(v, "\xe2\x80\x94 ", 4) == 0)
			v += 4;
		else if (strncmp(v, "- ", 2) == 0)
			v += 2;
		if (strncmp(v, "\xc2\xab", 2) == 0 || *v == '"')
			v += *v == '"' ? 1 : 2;
		n = strlen(v);
		if (n >= 2 && strcmp(v + n - 2, "\xc2\xbb") == 0)
			n -= 2;
		else if (n >= 1 && v[n - 1] == '"')
			n--;
		return n > 0 ? xstrndup(v, n) : NULL;
	}
	return NULL;
}

/* The parts of s between its commas, none inside «» or brackets. */
static void
parts_of(const char *s, struct strlist *parts)
{
	int depth = 0;
	const char *from = s;

	for (const char *p = s;; p++) {
		if (strncmp(p, "\xc2\xab", 2) == 0 || *p == '(')
			depth++;
		else if ((strncmp(p, "\xc2\xbb", 2) == 0 || *p == ')') && depth > 0)
			depth--;
		if (*p == '\0' || (*p == ',' && depth == 0)) {
			strlist_take(parts, parse_trim(from, (size_t)(p - from)));
			if (*p == '\0')
				break;
			from = p + 1;
		}
	}
}

int
edulabel_split(const char *s, struct education *e)
{
	struct strlist parts = STRLIST_INIT;
	char *field = NULL, *degree = NULL, *v;
	const char *left = NULL;
	size_t nleft = 0;

	parts_of(s, &parts);
	for (size_t i = 0; i < parts.n; i++) {
		const char *p = parts.v[i];
		if (field == NULL && (v = value_after(p, fields)) != NULL)
			field = v;
		else if (degree == NULL && (v = value_after(p, degrees)) != NULL)
			degree = v;
		else if (p[0] != '\0' && !orgword_unit(p)) {
			left = p;
			nleft++;
		}
	}
	/* "..., инженер": the one word left over names the degree */
	if ((field != NULL || degree != NULL) && degree == NULL && nleft == 1 &&
	    lineword_count(left) <= 3)
		degree = xstrdup(left);
	if (field == NULL && degree == NULL) {
		strlist_clear(&parts);
		return 0;
	}
	if (field != NULL)
		profile_set(&e->area, field);
	if (degree != NULL)
		profile_set(&e->study_type, degree);
	free(field);
	free(degree);
	strlist_clear(&parts);
	return 1;
}
