/*
 * fedjob: see fedjob.h.
 */
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "fedjob.h"
#include "fold.h"
#include "wordlist.h"
#include "xalloc.h"

/* The value of "Agency name: X", "Employer name: X", else NULL. */
static const char *
employer_value(const char *s)
{
	static const char *const labels[] = { "agency name", "employer name", "agency",
		"employer", "organization name", "organisation name", NULL };
	size_t n = strcspn(s, ":");
	char key[24];

	if (s[n] != ':' || n == 0 || n >= sizeof key || s[n + 1] != ' ')
		return NULL;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(labels, key) ? s + n + 2 : NULL;
}

/* The dates of "10/2019 - Present" ("Dates: " is off it by now), else
 * NULL. */
static const char *
dates_value(const char *s)
{
	if (strncmp(s, "Dates: ", 7) == 0)
		s += 7;
	return dateparse_only(s) ? s : NULL;
}

/* "Washington, DC 20410 United States": the town and state, up to the
 * postcode. */
static char *
town_of(const char *s)
{
	const char *comma = strstr(s, ", ");
	size_t n;

	if (comma == NULL)
		return NULL;
	n = (size_t)(comma - s) + 2;
	while (s[n] >= 'A' && s[n] <= 'Z')
		n++;
	return parse_trim(s, n);
}

/* "Series: 0343 Grade: GS-12", "Supervisor: ...", "Salary: ...": the
 * facts of a federal job under its dates. */
static int
fact(const char *s)
{
	static const char *const labels[] = { "hours per week", "series", "salary", "supervisor",
		"grade", "pay plan", "occupational series", "rank", "pay grade", NULL };
	size_t n = strcspn(s, ":");
	char key[24];

	if (s[n] != ':' || n == 0 || n >= sizeof key)
		return 0;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(labels, key);
}

/* One job whose employer is on line i: its title the line before, its
 * address and dates the lines after; 1 when it was one. */
static int
job_at(struct ctx *c, const struct sect *sec, size_t i)
{
	struct line *v = c->L->v;
	const char *firm = employer_value(v[i].s), *dates = NULL;
	size_t t = i, d, k;
	char *town = NULL, *head;

	while (t > sec->from && v[t - 1].s[0] == '\0')
		t--;
	if (t == sec->from || firm == NULL)
		return 0;
	t--;
	for (d = i + 1; d < sec->to && d <= i + 4; d++)
		if ((dates = dates_value(v[d].s)) != NULL)
			break;
	if (dates == NULL || strchr(v[t].s, ':') != NULL)
		return 0;
	for (k = i + 1; k < d && town == NULL; k++)
		town = town_of(v[k].s);
	head = xprintf("%s | %s%s%s | %s", v[t].s, firm, town != NULL ? " | " : "",
	    town != NULL ? town : "", dates);
	free(v[t].s);
	v[t].s = head;
	free(town);
	for (k = i; k <= d; k++)
		v[k].s[0] = '\0';
	for (k = d + 1; k < sec->to && fact(v[k].s); k++)
		v[k].s[0] = '\0';
	return 1;
}

/* The builder's newer layout, with no labels for employer and dates:
 *
 *	Department of the Army, XVIII Airborne Corps G-4
 *	2-1139 Randolph Street
 *	Fort Liberty, NC 28310 United States
 *
 *	10/2018 - Present
 *	Salary: ... / Hours per week: 40 / Series: 0346 Grade: GS-12
 *	Logistics Management Specialist
 *	Duties, Accomplishments and Related Skills:
 *
 * the dates-only line d, facts under it, then the title over the
 * duties' label; the employer is the first line of the block of lines
 * above the dates.  1 when it was such a job. */
static int
block_at(struct ctx *c, const struct sect *sec, size_t d)
{
	struct line *v = c->L->v;
	size_t t = d + 1, a, b, k;
	char *town = NULL, *head;

	while (t < sec->to && fact(v[t].s))
		t++;
	if (t == d + 1 || t + 1 >= sec->to || v[t].s[0] == '\0' || strchr(v[t].s, ':') != NULL ||
	    strcmp(v[t + 1].s, "Duties, Accomplishments and Related Skills:") != 0)
		return 0;
	/* the block: the lines above the dates, up to a blank one */
	for (b = d; b > sec->from && v[b - 1].s[0] == '\0'; b--)
		;
	for (a = b; a > sec->from && v[a - 1].s[0] != '\0';)
		if (v[--a].flags & LN_BLANK)
			break;
	if (a == b || b - a > 4 || strchr(v[a].s, ':') != NULL)
		return 0;
	/* the town is the address's last line, "Fort Bragg, NC 28310 United
	 * States", not its street's ("2175 Reilly Road, Stop A") */
	for (k = b; k > a + 1 && town == NULL; k--)
		town = town_of(v[k - 1].s);
	head = xprintf("%s | %s%s%s | %s", v[t].s, v[a].s, town != NULL ? " | " : "",
	    town != NULL ? town : "", v[d].s);
	free(v[a].s);
	v[a].s = head;
	free(town);
	for (k = a + 1; k <= t + 1; k++)
		v[k].s[0] = '\0';
	return 1;
}

int
fedjob_signs(const struct layout *L)
{
	for (size_t i = 0; i < L->n; i++)
		if (strncmp(L->v[i].s, "Hours per week: ", 16) == 0 ||
		    strcmp(L->v[i].s, "Duties, Accomplishments and Related Skills:") == 0)
			return 1;
	return 0;
}

int
fedjob_rewrite(struct ctx *c, const struct sect *sec)
{
	int n = 0;

	for (size_t i = sec->from; i < sec->to; i++)
		if (employer_value(c->L->v[i].s) != NULL)
			n += job_at(c, sec, i);
	if (n > 0)
		return 1;
	for (size_t i = sec->from; i < sec->to; i++)
		if (dateparse_only(c->L->v[i].s))
			n += block_at(c, sec, i);
	return n > 0;
}
