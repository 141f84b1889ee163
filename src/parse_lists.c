/*
 * The sections that list one record a line: publications, certificates,
 * awards and interests.  Each line (or bullet) is a record: its first part
 * the name, its date the record's date, its second part who gave or
 * published it.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "citation.h"
#include "certtable.h"
#include "dateparse.h"
#include "fold.h"
#include "lineword.h"
#include "certline.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

/* "2016" and "Present", split from "2016 – Present" at its dash: the
 * open end goes with its start. */
static void
open_end_out(struct strlist *parts)
{
	char both[96];

	for (size_t i = parts->n; i-- > 1;) {
		if (!dateparse_only(parts->v[i - 1]) || dateparse_only(parts->v[i]) ||
		    strlen(parts->v[i]) > 24)
			continue;
		snprintf(both, sizeof both, "%s - %s", parts->v[i - 1], parts->v[i]);
		if (dateparse_only(both))
			strlist_remove(parts, i);
	}
}

/* "2023  NWO Veni grant", "Mar 2021 – AWS Solutions Architect": the dates
 * at the head of a line are its date, not its name; parts that are dates
 * alone go, and a date that opens the first part is cut off it. */
static void
dates_out(struct strlist *parts)
{
	struct daterange r;
	char *s;
	size_t k;

	open_end_out(parts);
	for (size_t i = parts->n; i-- > 0;)
		if (parts->n > 1 && dateparse_only(parts->v[i]))
			strlist_remove(parts, i);
	if (parts->n == 0 || !dateparse_find(parts->v[0], strlen(parts->v[0]), &r) ||
	    r.from != 0)
		return;
	s = parts->v[0];
	k = r.to + strspn(s + r.to, " \t:,;-");
	/* "2019 Certified ...", "2010-08 普通自動車免許": a capital or a
	 * script with no case (U+3000 on) after it */
	if (s[k] == '\0' || (!isupper((unsigned char)s[k]) && (unsigned char)s[k] < 0xe3))
		return;
	memmove(s, s + k, strlen(s + k) + 1);
}

/* "exp. 03/2026" after the certificate's name and its issuer: when it
 * runs out, no part of the record. */
static void
expiry_out(struct strlist *parts)
{
	struct daterange r;

	for (size_t i = parts->n; i-- > 1;)
		if (dateparse_find(parts->v[i], strlen(parts->v[i]), &r) && r.from > 0 &&
		    certline_expiry(parts->v[i], r.from) && lineword_count(parts->v[i]) <= 4)
			strlist_remove(parts, i);
}

/* The opening bracket of the pair that closes s ("(...)", "（...）"),
 * with the length of the closing one; NULL if s ends in none. */
static char *
closing_pair(char *s, size_t n, size_t *close)
{
	char *open = NULL, *p;

	if (n >= 1 && s[n - 1] == ')') {
		*close = 1;
		open = strrchr(s, '(');
	} else if (n >= 3 && strcmp(s + n - 3, "\xef\xbc\x89") == 0) {
		*close = 3;
		for (p = strstr(s, "\xef\xbc\x88"); p != NULL; p = strstr(p + 3, "\xef\xbc\x88"))
			open = p;
	}
	return open;
}

/* "GCIH (2020)", "普通自動車免許（2014年8月）": a date in brackets closing a
 * part goes. */
static void
bracket_date_out(char *s)
{
	size_t n = strlen(s), close = 0;
	char *open = closing_pair(s, n, &close), keep;

	if (n < 4 || open == NULL || open == s)
		return;
	keep = s[n - close];
	s[n - close] = '\0';
	if (!dateparse_only(open + (close == 1 ? 1 : 3))) {
		s[n - close] = keep;
		return;
	}
	while (open > s && (open[-1] == ' ' || open[-1] == ','))
		open--;
	*open = '\0';
}

/* "AWS Certified Security – Specialty": a level after the separator is
 * part of a certificate's name, not its issuer. */
static int
cert_level(const char *s)
{
	static const char *const levels[] = { "specialty", "speciality", "associate",
		"professional", "practitioner", "foundation", "foundations", "fundamentals",
		"expert", "advanced", "intermediate", "beginner", "master", "level 1",
		"level 2", "level 3", "level i", "level ii", "level iii", NULL };
	static const char *const firsts[] = { "certification", "certificate", "certified",
		"certificat", "zertifikat", "certificacion", "certificado", "exam", "track",
		NULL };
	char key[32];

	fold_key(s, strlen(s), key, sizeof key);
	if (wordlist_has(levels, key))
		return 1;
	/* "Google Ads – Certification Search": the name's second half */
	fold_key(s, strcspn(s, " "), key, sizeof key);
	return wordlist_has(firsts, key);
}

static int giver_like(const char *);

/* How many of the parts name a certificate: two when the second is its
 * level or a part of its name before the body that gives it. */
static size_t
name_span(const struct strlist *parts)
{
	if (parts->n >= 2 && (cert_level(parts->v[1]) ||
	    (parts->n >= 3 && giver_like(parts->v[2]) && !giver_like(parts->v[1]) &&
	    !dateparse_only(parts->v[1]))))
		return 2;
	return parts->n > 0 ? 1 : 0;
}

/* "AWS Certified Solutions Architect – Associate, Amazon Web Services":
 * the level, then the issuer after its comma, two parts. */
static void
level_apart(struct strlist *parts)
{
	char *comma, *level;
	int is;

	/* "CFA Program – Level II passed, CFA Institute      2023" */
	if ((parts->n != 2 && (parts->n != 3 || !dateparse_only(parts->v[2]))) ||
	    (comma = strstr(parts->v[1], ", ")) == NULL)
		return;
	level = xstrndup(parts->v[1], (size_t)(comma - parts->v[1]));
	/* "DAWIA Level II – Contracting, Defense Acquisition University": a
	 * part of the name, then the body that gives it */
	is = cert_level(level) || (giver_like(comma + 2) && !giver_like(level));
	free(level);
	if (!is)
		return;
	if (parts->n == 3)
		strlist_remove(parts, 2);	/* the date, read off the line */
	strlist_add(parts, comma + 2);
	*comma = '\0';
}

/* The name of a certificate whose second part is its level: the text
 * from the first part to the end of the second, as written. */
static char *
cert_name(const char *s, const struct strlist *parts)
{
	const char *from = strstr(s, parts->v[0]), *to;

	if (name_span(parts) < 2 || from == NULL ||
	    (to = strstr(from + strlen(parts->v[0]), parts->v[1])) == NULL)
		return xstrdup(parts->n > 0 ? parts->v[0] : s);
	return parse_trim(from, (size_t)(to + strlen(parts->v[1]) - from));
}

/* "Six Sigma Black Belt (2008); PMP (2016)": certificates and awards
 * listed on one line with semicolons are one record each. */
static void
semicolon_split(struct strlist *items)
{
	struct strlist out = STRLIST_INIT;

	for (size_t i = 0; i < items->n; i++) {
		const char *s = items->v[i], *semi;
		while ((semi = strstr(s, "; ")) != NULL) {
			strlist_take(&out, parse_trim(s, (size_t)(semi - s)));
			s = semi + 2;
		}
		strlist_take(&out, parse_trim(s, strlen(s)));
	}
	strlist_clear(items);
	*items = out;
}

/* Whether s leaves a bracket open that t closes: "(Korona Gór Polski –"
 * over "21/28 szczytów)". */
static int
bracket_goes_on(const char *s, const char *t)
{
	const char *close = strchr(t, ')');

	return lineword_open_bracket(s) && close != NULL &&
	    (strchr(t, '(') == NULL || strchr(t, '(') > close);
}

/* "CIM Level 4 Certificate in Professional" over "Marketing (06/2023)":
 * an item cut after a joining word (unless only brackets are asked for),
 * or inside its bracket, goes on on the next. */
static void
wrap_join(struct strlist *items, int only_brackets)
{
	for (size_t i = 0; i + 1 < items->n; i++) {
		char *j;
		if ((only_brackets || !lineword_open_end(items->v[i]) ||
		    strchr(items->v[i], ' ') == NULL) &&
		    !bracket_goes_on(items->v[i], items->v[i + 1]))
			continue;
		j = xprintf("%s %s", items->v[i], items->v[i + 1]);
		free(items->v[i]);
		items->v[i] = j;
		strlist_remove(items, i + 1);
		i--;
	}
}

/* A publication: its title and venue as a reference gives them, else its
 * first part and second. */
static void
publication_add(struct ctx *c, const char *s, const struct strlist *parts, const char *name,
    struct ym when)
{
	struct publication *pu = profile_append(c->p, SEC_PUBLICATIONS);
	char *title, *venue;

	if (citation_split(s, &title, &venue)) {
		profile_set(&pu->name, title != NULL ? title : name);
		profile_set(&pu->publisher, venue);
		free(title);
		free(venue);
	} else {
		profile_set(&pu->name, name);
		if (parts->n > 1 && !dateparse_only(parts->v[1]))
			profile_set(&pu->publisher, parts->v[1]);
	}
	parse_date_set(&pu->release_date, when);
}

/* "DEBS", "Project Management Institute": an organisation's name, or an
 * acronym. */
static int
giver_like(const char *s)
{
	static const char *const bodies[] = { "institute", "institut", "council",
		"association", "society", "board", "foundation", "academy", "authority",
		"agency", "commission", "federation", "chamber", "ministry", "organization",
		"organisation", "alliance", "consortium", "league", "department",
		"administration", "bureau", NULL };
	size_t n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&/-");
	const char *last = strrchr(s, ' ');
	char key[24];

	if (n >= 2 && n <= 8 && s[n] == '\0')
		return 1;
	last = last != NULL ? last + 1 : s;
	fold_key(last, strlen(last), key, sizeof key);
	/* "Resuscitation Council UK", "Project Management Institute
	 * International": the body's word before its country's */
	if (last > s + 1 && (strspn(last, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == strlen(last) ||
	    strcmp(key, "international") == 0 || strcmp(key, "global") == 0)) {
		const char *w = last - 1;
		while (w > s && w[-1] != ' ')
			w--;
		fold_key(w, (size_t)(last - 1 - w), key, sizeof key);
	}
	if (wordlist_has(bodies, key) || role_company_score(s) > 0 || role_school_score(s) > 0)
		return 1;
	/* "Statistical Society of Canada": the body's word before "of" */
	for (const char *of = strstr(s, " of "); of != NULL; of = strstr(of + 1, " of ")) {
		const char *w = of;
		while (w > s && w[-1] != ' ')
			w--;
		fold_key(w, (size_t)(of - w), key, sizeof key);
		if (wordlist_has(bodies, key))
			return 1;
	}
	return 0;
}

/* "WIFI Steiermark", "ARS Akademie", "Scrum Alliance": a body's name in
 * brackets after a certificate's, two to five words, each capitalised,
 * no figure; an acronym before a capitalised word ("PSM I" is a level),
 * or a body's name. */
static int
giver_in_brackets(const char *s, size_t n)
{
	char *in = xstrndup(s, n);
	size_t caps = strspn(in, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
	int ok = lineword_count(in) >= 2 && lineword_count(in) <= 5 &&
	    strpbrk(in, "0123456789,") == NULL;

	for (const char *w = in; ok && *w != '\0'; w += strcspn(w, " "), w += *w == ' ')
		ok = isupper((unsigned char)*w) != 0;
	ok = ok && ((caps >= 2 && caps <= 6 && in[caps] == ' ' && islower((unsigned char)in[caps + 2])) ||
	    giver_like(in));
	free(in);
	return ok;
}

/* "Monzo Engineering Award, 2022", "Best Paper, DEBS 2019": the date at
 * the end of a certificate's or award's parts goes (it is the record's
 * date), and an organisation after a comma is who gave it. */
static void
giver_split(struct strlist *parts)
{
	struct daterange r;
	char *s, *comma;

	for (size_t k = 0; k < parts->n; k++) {
		s = parts->v[k];
		if (!dateparse_find(s, strlen(s), &r) || r.from == 0 ||
		    s[r.to + strspn(s + r.to, " .)")] != '\0')
			continue;
		while (r.from > 0 && strchr(" ,;:(", s[r.from - 1]) != NULL)
			r.from--;
		if (r.from > 0)
			s[r.from] = '\0';
	}
	/* "Ausbilderprüfung (WIFI Steiermark)": who gave it in brackets,
	 * after a name that lists nothing ("LOG 0100, LOG 0235 (Performance
	 * Based Logistics)" tells what the last is) */
	s = parts->n == 1 ? parts->v[0] : NULL;
	if (s != NULL && (comma = strrchr(s, '(')) != NULL && comma > s + 2 && comma[-1] == ' ' &&
	    memchr(s, ',', (size_t)(comma - s)) == NULL &&
	    s[strlen(s) - 1] == ')' && strchr(comma, ')') == s + strlen(s) - 1 &&
	    giver_in_brackets(comma + 1, strlen(comma + 1) - 1)) {
		strlist_take(parts, xstrndup(comma + 1, strlen(comma + 1) - 1));
		comma[-1] = '\0';
		return;
	}
	if (parts->n != 1 || (comma = strrchr(parts->v[0], ',')) == NULL ||
	    comma[1] != ' ' || !giver_like(comma + 2) || lineword_count(comma + 2) > 6 ||
	    comma - parts->v[0] < 2)
		return;
	strlist_add(parts, comma + 2);
	*comma = '\0';
}

/* The words of s outside brackets: "running (Tokyo Marathon 2024)" has
 * one. */
static int
bare_words(const char *s)
{
	int n = 0, depth = 0, in = 0;

	for (; *s != '\0'; s++) {
		depth += (*s == '(') - (*s == ')' && depth > 0);
		if (*s == ' ' || *s == '(' || *s == ')' || depth > 0)
			in = 0;
		else if (!in) {
			in = 1;
			n++;
		}
	}
	return n;
}

/* "Reading, Travelling and Cooking": the last of a list joined by
 * "and", one word each side, two items. */
static void
and_split(struct strlist *parts)
{
	char *last = parts->v[parts->n - 1], *and = strstr(last, " and ");

	if (and == NULL || bare_words(last) != 3 || strchr(last, '(') != NULL)
		return;
	*and = '\0';
	strlist_add(parts, and + 5);
}

/* "Working at Heights", "Safety at Sea": a course's name that holds
 * " at ", no body named after it, is one part. */
static void
at_joined(struct strlist *parts, const char *s)
{
	char *both;

	if (parts->n < 2 || role_company_score(parts->v[1]) > 0 ||
	    role_school_score(parts->v[1]) > 0)
		return;
	both = xprintf("%s at %s", parts->v[0], parts->v[1]);
	if (strstr(s, both) == NULL) {
		free(both);
		return;
	}
	free(parts->v[0]);
	parts->v[0] = both;
	strlist_remove(parts, 1);
}

/* "Bouldering, chess, film photography": interests listed on one line
 * are one each, when every one is a few words. */
static void
comma_split(struct strlist *items)
{
	struct strlist out = STRLIST_INIT;

	for (size_t i = 0; i < items->n; i++) {
		struct strlist parts = STRLIST_INIT;
		int short_ones = 1;
		for (const char *p = items->v[i]; *p != '\0';) {
			size_t n = strcspn(p, ",;");
			char *part = parse_trim(p, n);
			short_ones &= *part != '\0' && bare_words(part) <= 4;
			strlist_take(&parts, part);
			p += n + (p[n] != '\0');
		}
		if (parts.n > 1 && short_ones)
			and_split(&parts);
		if (parts.n > 1 && short_ones)
			for (size_t k = 0; k < parts.n; k++)
				strlist_add(&out, parts.v[k]);
		else
			strlist_add(&out, items->v[i]);
		strlist_clear(&parts);
	}
	strlist_clear(items);
	*items = out;
}

/* One record of the kind from the item s, its parts and its name. */
static void
record_add(struct ctx *c, enum section kind, const char *s, const struct strlist *parts,
    const char *name, struct ym when)
{
	if (kind == SEC_CERTIFICATES) {
		struct certificate *ce = profile_append(c->p, kind);
		profile_set(&ce->name, name);
		/* the first part after the name that is no date and no level */
		for (size_t k = name_span(parts); k < parts->n && k <= 2 && ce->issuer == NULL; k++)
			if (!dateparse_only(parts->v[k]) && !cert_level(parts->v[k]))
				profile_set(&ce->issuer, parts->v[k]);
		parse_date_set(&ce->date, when);
	} else if (kind == SEC_AWARDS) {
		struct award *aw = profile_append(c->p, kind);
		profile_set(&aw->title, name);
		if (parts->n > 1 && !dateparse_only(parts->v[1]))
			profile_set(&aw->awarder, parts->v[1]);
		parse_date_set(&aw->date, when);
	} else if (kind == SEC_PUBLICATIONS) {
		publication_add(c, s, parts, name, when);
	} else {
		struct interest *in = profile_append(c->p, kind);
		profile_set(&in->name, name);
	}
}

/* Each line (or bullet) one record, its first part the name. */
/* The date of the last certificate or award, when it has none yet;
 * whether it took it. */
static int
undated_last(struct ctx *c, enum section kind, struct ym when)
{
	size_t n = profile_count(c->p, kind);
	char **slot = NULL;

	if (n == 0 || when.y == 0)
		return 0;
	if (kind == SEC_CERTIFICATES)
		slot = &c->p->certificates[n - 1].date;
	else if (kind == SEC_AWARDS)
		slot = &c->p->awards[n - 1].date;
	if (slot == NULL || *slot != NULL)
		return 0;
	parse_date_set(slot, when);
	return 1;
}

/* The issuer's and the date's slots of the last certificate or award. */
static void
last_slots(struct ctx *c, enum section kind, char ***by, char ***date)
{
	size_t n = profile_count(c->p, kind);

	*by = *date = NULL;
	if (n == 0)
		return;
	if (kind == SEC_CERTIFICATES) {
		*by = &c->p->certificates[n - 1].issuer;
		*date = &c->p->certificates[n - 1].date;
	} else if (kind == SEC_AWARDS) {
		*by = &c->p->awards[n - 1].awarder;
		*date = &c->p->awards[n - 1].date;
	}
}

static int
issued_next(const char *s)
{
	struct ym when;
	char *by = NULL;
	int yes = certline_issued(s, &when, &by);

	free(by);
	return yes;
}

static int
org_named(const char *s)
{
	return (role_company_score(s) > 0 || role_school_score(s) > 0) && !certline_named(s);
}

/* "Teacher Registration" over "June 2014 to Present" over a line l: as
 * job boards list records, their dates under their names, then their
 * giver ("Samoa Red Cross Society") or a note in words, which the record
 * does not keep.  Not so when the line after l is its giver, and l the
 * next record's name ("Marburg Virus Disease case management" over
 * "Rwanda Biomedical Centre / WHO" over "May 2022"), or dates. */
static int
under_dates(const struct strlist *items, size_t i, char **by_slot)
{
	const char *s = items->v[i], *next = i + 1 < items->n ? items->v[i + 1] : NULL;

	if (next != NULL && (dateparse_only(next) || org_named(next)))
		return 0;
	if (org_named(s) && by_slot != NULL && *by_slot == NULL && strlen(s) < 80) {
		profile_set(by_slot, s);
		return 1;
	}
	return lineword_prose(s) && next != NULL && certline_named(next);
}

/* A line of a profile page's record that is no record of its own: when
 * it was issued, by whom, its credential; whether item i was one.  named
 * is the item that opened the last record. */
static int
record_line(struct ctx *c, enum section kind, const struct strlist *items, size_t i,
    size_t named)
{
	const char *s = items->v[i];
	char **by_slot, **date_slot, *by;
	struct ym when;

	last_slots(c, kind, &by_slot, &date_slot);
	if (certline_noise(s))
		return 1;
	if (certline_dated(s, &when)) {
		if (date_slot != NULL && *date_slot == NULL)
			parse_date_set(date_slot, when);
		return 1;
	}
	if (certline_issued(s, &when, &by)) {
		if (date_slot != NULL && *date_slot == NULL && when.y != 0)
			parse_date_set(date_slot, when);
		if (by_slot != NULL && *by_slot == NULL && by != NULL)
			profile_set(by_slot, by);
		free(by);
		return 1;
	}
	/* "PMD Pro – Project Management for ..." over "PM4NGOs" over "Issued
	 * ..." (or "juin 2021"): the dash was the name's own, the giver is on
	 * its line */
	if (kind == SEC_CERTIFICATES && by_slot != NULL && *by_slot != NULL &&
	    named != (size_t)-1 && named + 1 == i && i + 1 < items->n &&
	    (issued_next(items->v[i + 1]) || (dateparse_only(items->v[i + 1]) &&
	    fold_upper_at(s) && lineword_count(s) <= 6 && strpbrk(s, "0123456789") == NULL &&
	    strstr(s, " \xe2\x80\x93 ") == NULL)) &&
	    !dateparse_only(s) && strlen(s) < 80) {
		struct certificate *ce = &c->p->certificates[profile_count(c->p, kind) - 1];
		char *whole = parse_trim(items->v[named], strlen(items->v[named]));
		profile_set(&ce->name, whole);
		profile_set(by_slot, s);
		free(whole);
		return 1;
	}
	if (named != (size_t)-1 && named + 2 == i && dateparse_only(items->v[named + 1]) &&
	    under_dates(items, i, by_slot))
		return 1;
	/* "Amazon Web Services (AWS)" between the name and "Issued ...", or
	 * "Tecnológico de Monterrey" between it and "2017" alone */
	if (by_slot != NULL && *by_slot == NULL && named != (size_t)-1 && named + 1 == i &&
	    i + 1 < items->n && (certline_issued(items->v[i + 1], &when, &by) ||
	    (dateparse_only(items->v[i + 1]) && fold_upper_at(s) &&
	    !dateparse_only(s) && strlen(s) < 80 && s[strlen(s) - 1] != '.' &&
	    items->v[named][strlen(items->v[named]) - 1] != '.'))) {
		free(by);
		profile_set(by_slot, s);
		return 1;
	}
	return 0;
}

/* "Previsão hierárquica de demanda ..." over "Simpósio Brasileiro de
 * Pesquisa Operacional (SBPO) · ago de 2020": a profile page's venue and
 * date under the title, of the publication before it; whether s was. */
static int
venue_line(struct ctx *c, const char *s)
{
	const char *dot = strstr(s, " \xc2\xb7 ");
	struct publication *pu;
	struct daterange r;
	char *venue;

	if (c->p->npublications == 0 || dot == NULL || dot == s || !dateparse_only(dot + 4) ||
	    !dateparse_find(dot + 4, strlen(dot + 4), &r))
		return 0;
	pu = &c->p->publications[c->p->npublications - 1];
	if (pu->publisher != NULL || pu->release_date != NULL)
		return 0;
	venue = parse_trim(s, (size_t)(dot - s));
	profile_set(&pu->publisher, venue);
	free(venue);
	parse_date_set(&pu->release_date, r.single || r.open ? r.start : r.end);
	return 1;
}

/* "2022" over "DipIFR (...)" over "ACCA, ...", then "2019" over the
 * next: each record's year alone over its name and its giver, as hh.ru
 * lists courses.  The years move under their records, where the
 * records' lines look for them. */
static void
years_first(struct strlist *items)
{
	size_t groups = 0;
	char *year;

	for (size_t i = 0; i < items->n;) {
		size_t k = 1;
		if (!dateparse_only(items->v[i]))
			return;
		while (i + k < items->n && k <= 3 && !dateparse_only(items->v[i + k]))
			k++;
		if (k < 2 || k > 3)
			return;
		groups++;
		i += k;
	}
	if (groups < 2)
		return;
	for (size_t i = 0; i < items->n;) {
		size_t k = 1;
		while (i + k < items->n && !dateparse_only(items->v[i + k]))
			k++;
		year = items->v[i];
		memmove(&items->v[i], &items->v[i + 1], (k - 1) * sizeof items->v[0]);
		items->v[i + k - 1] = year;
		i += k;
	}
}

static void
simple_list(struct ctx *c, const struct sect *sec, enum section kind)
{
	struct strlist items = STRLIST_INIT;
	size_t named = (size_t)-1;

	parse_items(c, sec, &items);
	if (kind == SEC_CERTIFICATES || kind == SEC_AWARDS) {
		wrap_join(&items, 0);
		semicolon_split(&items);
		years_first(&items);
	}
	else if (kind == SEC_INTERESTS) {
		wrap_join(&items, 1);
		comma_split(&items);
	}
	for (size_t i = 0; i < items.n; i++) {
		const char *s = items.v[i];
		struct strlist parts = STRLIST_INIT;
		struct daterange r;
		struct ym when = { 0, 0 };
		char *name, *bare;
		/* "RN", "PE": a licence's letters alone */
		if (strlen(s) < 2 || (strlen(s) == 2 && !(kind == SEC_CERTIFICATES &&
		    isupper((unsigned char)s[0]) && isupper((unsigned char)s[1]))))
			continue;
		if ((kind == SEC_CERTIFICATES || kind == SEC_AWARDS) &&
		    record_line(c, kind, &items, i, named))
			continue;
		if (kind == SEC_PUBLICATIONS && named + 1 == i && venue_line(c, s))
			continue;
		if (profile_count(c->p, kind) >= PARSE_MAX_RECORDS)
			break;
		if (dateparse_find(s, strlen(s), &r) &&
		    !(kind == SEC_CERTIFICATES && r.single && certline_expiry(s, r.from)))
			when = r.open || r.single ? r.start : r.end;
		/* "March 2022 to March 2025" under a certificate: when it was
		 * issued, and until when it holds */
		if (dateparse_only(s) && undated_last(c, kind, r.start))
			continue;
		/* "Gold Medal – Hot Cooking" over "Issued by ... · Nov 2018": a
		 * profile page's record, its name whole */
		if ((kind == SEC_CERTIFICATES || kind == SEC_AWARDS) && i + 1 < items.n &&
		    issued_next(items.v[i + 1]))
			strlist_add(&parts, s);
		else
			role_parts(s, &parts);
		if (kind == SEC_CERTIFICATES || kind == SEC_AWARDS)
			at_joined(&parts, s);
		level_apart(&parts);
		if (kind == SEC_CERTIFICATES)
			expiry_out(&parts);
		dates_out(&parts);
		for (size_t k = 0; k < parts.n; k++)
			bracket_date_out(parts.v[k]);
		if (kind == SEC_CERTIFICATES || kind == SEC_AWARDS)
			giver_split(&parts);
		name = kind == SEC_CERTIFICATES ? cert_name(s, &parts) :
		    xstrdup(parts.n > 0 ? parts.v[0] : s);
		if (kind == SEC_CERTIFICATES && (bare = certline_kind_off(name)) != NULL) {
			free(name);
			name = bare;
		}
		record_add(c, kind, s, &parts, name, when);
		named = i;
		free(name);
		strlist_clear(&parts);
	}
	strlist_clear(&items);
}

void
parse_publications(struct ctx *c, const struct sect *sec)
{
	simple_list(c, sec, SEC_PUBLICATIONS);
}

void
parse_certificates(struct ctx *c, const struct sect *sec)
{
	certtable_read(c, sec);
	simple_list(c, sec, SEC_CERTIFICATES);
}

void
parse_awards(struct ctx *c, const struct sect *sec)
{
	simple_list(c, sec, SEC_AWARDS);
}

void
parse_interests(struct ctx *c, const struct sect *sec)
{
	simple_list(c, sec, SEC_INTERESTS);
}
