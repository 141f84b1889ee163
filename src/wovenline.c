/*
 * wovenline: what a line of a woven page is; see wovenline.h.
 */
#include <ctype.h>
#include <string.h>

#include "dateparse.h"
#include "lineword.h"
#include "parse.h"
#include "wovenline.h"

/* A piece of a line, trimmed, is a known skill. */
static int
skill_piece(const struct lexicon *lx, const char *s, size_t n)
{
	while (n > 0 && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	return n > 0 && lexicon_skill(lx, s, n);
}

/* "●●●○○", "■■■■□": a rating drawn beside a skill, no word. */
static int
drawn(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isalnum((unsigned char)s[i]))
			return 0;
	return n > 0;
}

/* Whether each piece of s between seps is a known skill or a drawn
 * rating, and one at least a skill. */
int
wovenline_known(const struct lexicon *lx, const char *s, const char *seps)
{
	int any = 0;

	while (*s != '\0') {
		size_t n = strcspn(s, seps);
		if (n > 0 && !drawn(s, n)) {
			if (!skill_piece(lx, s, n))
				return 0;
			any = 1;
		}
		s += n;
		s += strspn(s, seps);
	}
	return any;
}

/* Whether every word or item of s is a known skill. */
int
wovenline_skills(const struct lexicon *lx, const char *s)
{
	if (s[0] == '\0' || lineword_count(s) > 8)
		return 0;
	if (lexicon_skill(lx, s, strlen(s)))
		return 1;
	if (strpbrk(s, ",;|") != NULL)
		return wovenline_known(lx, s, ",;|");
	return wovenline_known(lx, s, " ");
}

/* "Python, SQL, Power BI and Tableau": a list, even if it reads like a
 * sentence. */
int
wovenline_list(const char *s)
{
	int commas = 0;

	for (; *s != '\0'; s++)
		commas += *s == ',' || *s == ';' || *s == '|';
	return commas >= 2;
}

/* At least two of the comma-separated items known skills. */
int
wovenline_mostly_skills(const struct lexicon *lx, const char *s)
{
	int known = 0, all = 0;

	while (*s != '\0') {
		size_t n = strcspn(s, ",;|");
		if (n > 0) {
			known += skill_piece(lx, s, n);
			all++;
		}
		s += n;
		s += strspn(s, ",;| ");
	}
	return known >= 2 && all >= 2;
}

/* "✉ k.nowak@example.org", "☏ +48 12 555 01 89", "linkedin.com/in/..."
 * : a line of contact details. */
int
wovenline_contact(const char *s)
{
	int digits = 0;

	for (const char *p = s; *p != '\0'; p++)
		digits += isdigit((unsigned char)*p) != 0;
	return strchr(s, '@') != NULL || strstr(s, "www.") != NULL || strstr(s, ".com") != NULL ||
	    strstr(s, "linkedin") != NULL || (digits >= 7 && lineword_count(s) <= 6);
}

/* "English Native", "Polish ●●●○○": a spoken language first. */
int
wovenline_tongue(const char *s)
{
	size_t n = 0;

	while (s[n] != '\0' && (isalpha((unsigned char)s[n]) || (unsigned char)s[n] >= 0x80))
		n++;
	return n > 0 && parse_tongue(s, n) && lineword_count(s) <= 5;
}

/* A range of dates, no single date. */
int
wovenline_range(const char *s)
{
	struct daterange r;

	return dateparse_find(s, strlen(s), &r) && !r.single;
}
