/*
 * eventlog: see eventlog.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "eventlog.h"
#include "fold.h"
#include "xalloc.h"

enum ev { EV_NONE, EV_OPEN, EV_ROLE, EV_CLOSE, EV_ABROAD, EV_NOW, EV_END };

struct verb {
	const char *words;	/* folded */
	enum ev ev;
};

static const struct verb school_verbs[] = {
	{ "studied abroad at", EV_ABROAD }, { "exchange student at", EV_ABROAD },
	{ "entered", EV_OPEN }, { "enrolled in", EV_OPEN }, { "enrolled at", EV_OPEN },
	{ "admitted to", EV_OPEN }, { "graduated from", EV_CLOSE }, { "graduated", EV_CLOSE },
	{ "completed", EV_CLOSE }, { "withdrew from", EV_CLOSE }, { NULL, EV_NONE },
};

static const struct verb job_verbs[] = {
	{ "joined", EV_OPEN }, { "entered", EV_OPEN }, { "hired by", EV_OPEN },
	{ "assigned to", EV_ROLE }, { "promoted to", EV_ROLE }, { "transferred to", EV_ROLE },
	{ "left", EV_CLOSE }, { "resigned from", EV_CLOSE }, { "resigned", EV_CLOSE },
	{ "retired from", EV_CLOSE }, { "retired", EV_CLOSE }, { NULL, EV_NONE },
};

/* Lines with no date: "Currently employed", "End". */
static enum ev
undated(const char *s)
{
	static const char *const now[] = { "currently employed", "presently employed",
		"currently working", "still employed", NULL };
	char key[32];

	if (strlen(s) >= sizeof key)
		return EV_NONE;
	fold_key(s, strlen(s), key, sizeof key);
	for (int i = 0; now[i] != NULL; i++)
		if (strcmp(key, now[i]) == 0)
			return EV_NOW;
	return strcmp(key, "end") == 0 || strcmp(s, "\xe4\xbb\xa5\xe4\xb8\x8a") == 0 ?
	    EV_END : EV_NONE;
}

/* The event of a line that opens with one date: its kind, the date's
 * bytes in *r and where the words after the verb begin in *at. */
static enum ev
event_of(const char *s, const struct verb *verbs, struct daterange *r, size_t *at)
{
	const char *rest;
	char key[48];

	if (!dateparse_find(s, strlen(s), r) || r->from != 0 || !r->single)
		return undated(s);
	rest = s + r->to + strspn(s + r->to, " \t");
	fold_key(rest, strcspn(rest, ",("), key, sizeof key);
	for (int i = 0; verbs[i].words != NULL; i++) {
		size_t n = strlen(verbs[i].words);
		if (strncmp(key, verbs[i].words, n) == 0 && (key[n] == ' ' || key[n] == '\0')) {
			/* past as many words of the line as the verb has */
			const char *p = rest;
			for (const char *w = verbs[i].words; w != NULL; w = strchr(w + 1, ' '))
				p += strcspn(p, " "), p += strspn(p, " ");
			*at = (size_t)(p - s);
			return verbs[i].ev;
		}
	}
	return EV_NONE;
}

/* A part of a line, trimmed. */
static char *
part(const char *s, size_t n)
{
	return parse_trim(s, n);
}

/* "Assigned to Overseas Sales Division as Sales Assistant": the title
 * after " as "; "Promoted to Assistant Manager": the title itself. */
static char *
title_of(const char *s, size_t at, int promoted)
{
	const char *as = strstr(s + at, " as ");

	if (as != NULL)
		return part(as + 4, strcspn(as + 4, "("));
	return promoted ? part(s + at, strcspn(s + at, "(")) : NULL;
}

/* The entry open: its line, name, title and start. */
struct open {
	size_t line;
	char *name, *title, *start;
};

static void
open_clear(struct open *o)
{
	free(o->name);
	free(o->title);
	free(o->start);
	memset(o, 0, sizeof *o);
	o->line = SIZE_MAX;
}

/* The opening line written again: "Title | Name | start – end", the end
 * "Present" when open, none when not known. */
static void
open_close(struct ctx *c, struct open *o, const char *end)
{
	struct line *l;

	if (o->line == SIZE_MAX || o->name == NULL) {
		open_clear(o);
		return;
	}
	l = &c->L->v[o->line];
	free(l->s);
	l->s = xprintf("%s%s%s | %s%s%s", o->title != NULL ? o->title : "",
	    o->title != NULL ? " | " : "", o->name, o->start,
	    end != NULL ? " \xe2\x80\x93 " : "", end != NULL ? end : "");
	open_clear(o);
}

/* "Studied abroad at University of Victoria, Canada (exchange program,
 * until Jun 2015)": an entry of its own line. */
static void
abroad(struct ctx *c, size_t i, const struct daterange *r, size_t at)
{
	char *s = c->L->v[i].s, *name, *start, *until;
	const char *u = strstr(s + at, "until ");
	struct daterange e;

	name = part(s + at, strcspn(s + at, "("));
	start = xstrndup(s + r->from, r->to - r->from);
	until = u != NULL && dateparse_find(u + 6, strlen(u + 6), &e) ?
	    xstrndup(u + 6 + e.from, e.to - e.from) : NULL;
	c->L->v[i].s = xprintf("%s | %s%s%s", name, start, until != NULL ? " \xe2\x80\x93 " : "",
	    until != NULL ? until : "");
	free(s);
	free(name);
	free(start);
	free(until);
}

/* "... (exchange program, until" over "Jun 2015)": a bracket the line
 * left open, closed on the next. */
static void
join_open(struct ctx *c, size_t i, size_t to)
{
	char *s = c->L->v[i].s, *open = strrchr(s, '(');

	if (open == NULL || strchr(open, ')') == NULL) {
		if (open != NULL && i + 1 < to && strchr(c->L->v[i + 1].s, ')') != NULL &&
		    strchr(c->L->v[i + 1].s, '(') == NULL) {
			c->L->v[i].s = xprintf("%s %s", s, c->L->v[i + 1].s);
			free(s);
			c->L->v[i + 1].s[0] = '\0';
		}
	}
}

static size_t
events_count(const struct ctx *c, const struct sect *sec, const struct verb *verbs)
{
	size_t n = 0, at;
	struct daterange r;

	for (size_t i = sec->from; i < sec->to; i++) {
		enum ev e = event_of(c->L->v[i].s, verbs, &r, &at);
		n += e == EV_OPEN || e == EV_CLOSE;
	}
	return n;
}

int
eventlog_rewrite(struct ctx *c, const struct sect *sec, int school)
{
	const struct verb *verbs = school ? school_verbs : job_verbs;
	struct open o;

	if (events_count(c, sec, verbs) < 2)
		return 0;
	memset(&o, 0, sizeof o);
	o.line = SIZE_MAX;
	for (size_t i = sec->from; i < sec->to; i++) {
		struct daterange r;
		size_t at = 0;
		enum ev e;
		char *s = c->L->v[i].s, *date;
		join_open(c, i, sec->to);
		s = c->L->v[i].s;
		e = event_of(s, verbs, &r, &at);
		date = e != EV_NONE && e != EV_NOW && e != EV_END ?
		    xstrndup(s + r.from, r.to - r.from) : NULL;
		switch (e) {
		case EV_OPEN:
			open_close(c, &o, NULL);
			o.line = i;
			o.name = part(s + at, strcspn(s + at, "("));
			o.start = date;
			date = NULL;
			break;
		case EV_ROLE: {
			char *t = title_of(s, at, strncmp(s + r.to + strspn(s + r.to, " "),
			    "Promoted", 8) == 0);
			if (t != NULL && o.line != SIZE_MAX) {
				free(o.title);
				o.title = t;
			} else
				free(t);
			s[0] = '\0';
			break;
		}
		case EV_CLOSE:
			if (o.line == SIZE_MAX && school) {
				/* "Graduated from ..." with no entering before it */
				o.line = i;
				o.name = part(s + at, strcspn(s + at, "("));
				o.start = date;
				date = NULL;
				open_close(c, &o, NULL);
				break;
			}
			open_close(c, &o, date);
			s[0] = '\0';
			break;
		case EV_ABROAD:
			abroad(c, i, &r, at);
			break;
		case EV_NOW:
			open_close(c, &o, "Present");
			s[0] = '\0';
			break;
		case EV_END:
			s[0] = '\0';
			break;
		default:
			break;
		}
		free(date);
	}
	open_close(c, &o, "Present");
	return 1;
}
