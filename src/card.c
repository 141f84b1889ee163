#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "career.h"
#include "card.h"
#include "xalloc.h"

static const char *const month_abbr[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

static void
card_add(struct card *c, enum card_style style, int indent, char *text)
{
	c->v = xreallocarray(c->v, c->n + 1, sizeof *c->v);
	c->v[c->n].style = style;
	c->v[c->n].indent = indent;
	c->v[c->n].text = text;
	c->n++;
}

static void
card_addf(struct card *c, enum card_style style, int indent, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
card_addf(struct card *c, enum card_style style, int indent, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	card_add(c, style, indent, buf_detach(&b));
}

static void
card_blank(struct card *c)
{
	if (c->n > 0 && c->v[c->n - 1].text[0] != '\0')
		card_add(c, CS_TEXT, 0, xstrdup(""));
}

void
card_date(const char *iso, char *out, size_t size)
{
	struct ym d;

	if (iso == NULL)
		snprintf(out, size, "present");
	else if (date_iso_parse(iso, &d) != 0)
		snprintf(out, size, "%s", iso);
	else if (d.m > 0)
		snprintf(out, size, "%s %d", month_abbr[d.m - 1], d.y);
	else
		snprintf(out, size, "%d", d.y);
}

static char *
card_range(const char *start, const char *end)
{
	char a[24], b[24];

	if (start == NULL && end == NULL)
		return xstrdup("");
	if (start == NULL) {
		card_date(end, b, sizeof b);
		return xstrdup(b);
	}
	card_date(start, a, sizeof a);
	card_date(end, b, sizeof b);
	return xprintf("%s – %s", a, b);
}

/* "Software Engineer · Jun 2019 – present" without empty parts. */
static void
join_parts(struct buf *b, const char *const *parts, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (parts[i] == NULL || parts[i][0] == '\0')
			continue;
		if (b->len > 0)
			buf_adds(b, " · ");
		buf_adds(b, parts[i]);
	}
}

static void
card_joined(struct card *c, enum card_style style, int indent, const char *const *parts,
    size_t n)
{
	struct buf b = BUF_INIT;

	join_parts(&b, parts, n);
	if (b.len > 0)
		card_add(c, style, indent, buf_detach(&b));
	buf_free(&b);
}

static void
card_header(struct card *c, const struct profile *p)
{
	const struct basics *b = &p->basics;
	char *loc = profile_location_str(p);
	const char *contact[] = { loc, b->email, b->phone, b->url };

	card_add(c, CS_NAME, 0, xstrdup(b->name != NULL ? b->name : "(no name)"));
	if (b->label != NULL)
		card_add(c, CS_TEXT, 0, xstrdup(b->label));
	card_joined(c, CS_DIM, 0, contact, 4);
	for (size_t i = 0; i < b->nprofiles; i++) {
		const struct social *s = &b->profiles[i];
		const char *parts[] = { s->network, s->url != NULL ? s->url : s->username };
		card_joined(c, CS_DIM, 0, parts, 2);
	}
	free(loc);
}

static void
card_figures(struct card *c, const struct profile *p)
{
	struct career k;
	char total[24], avg[24], stated[24];

	career_compute(p, &k);
	if (p->nwork > 0) {
		card_blank(c);
		date_span_format(k.total_months, total, sizeof total);
		date_span_format(k.avg_tenure_months, avg, sizeof avg);
		if (p->stated_months >= 0) {
			date_span_format(p->stated_months, stated, sizeof stated);
			card_addf(c, CS_FIGURE, 0, "Experience %s (the text states %s) · "
			    "average tenure %s over %d employer%s", total, stated, avg,
			    k.nemployers, k.nemployers == 1 ? "" : "s");
		} else
			card_addf(c, CS_FIGURE, 0, "Experience %s · average tenure %s over "
			    "%d employer%s", total, avg, k.nemployers, k.nemployers == 1 ? "" : "s");
	}
	if (k.current >= 0) {
		const struct work *w = &p->work[k.current];
		card_addf(c, CS_FIGURE, 0, "Now %s%s%s", w->position ? w->position : "",
		    w->position && w->name ? " at " : "", w->name ? w->name : "");
	}
	for (size_t i = 0; i < k.ngaps; i++) {
		char from[24], to[24], span[24];
		char fi[8], ti[8];
		date_iso_format(k.gaps[i].from, fi);
		date_iso_format(k.gaps[i].to, ti);
		card_date(fi, from, sizeof from);
		card_date(ti, to, sizeof to);
		date_span_format(k.gaps[i].months, span, sizeof span);
		card_addf(c, CS_GAP, 0, "Gap %s – %s (%s)", from, to, span);
	}
	career_free(&k);
}

static void
card_heading(struct card *c, const char *title)
{
	card_blank(c);
	card_add(c, CS_HEADING, 0, xstrdup(title));
}

static void
card_list(struct card *c, const struct strlist *l, int indent)
{
	for (size_t i = 0; i < l->n; i++)
		card_addf(c, CS_BULLET, indent, "• %s", l->v[i]);
}

/* A line of a card is drawn as it is, and a tab would jump to a stop the
 * caller's wrapping never counted: it becomes a space. */
static void
card_text(struct card *c, const char *text, int indent)
{
	const char *s = text;

	while (s != NULL && *s != '\0') {
		size_t n = strcspn(s, "\n");
		char *line = xstrndup(s, n);
		for (char *t = line; (t = strchr(t, '\t')) != NULL;)
			*t = ' ';
		card_add(c, CS_TEXT, indent, line);
		s += n + (s[n] == '\n');
	}
}

static void
card_skills(struct card *c, const struct profile *p)
{
	if (p->nskills == 0)
		return;
	card_heading(c, "Skills");
	for (size_t i = 0; i < p->nskills; i++) {
		const struct skill *k = &p->skills[i];
		struct buf b = BUF_INIT;
		if (k->name != NULL)
			buf_addf(&b, "%s%s", k->name, k->keywords.n > 0 ? ": " : "");
		for (size_t j = 0; j < k->keywords.n; j++)
			buf_addf(&b, "%s%s", j > 0 ? ", " : "", k->keywords.v[j]);
		if (k->level != NULL)
			buf_addf(&b, " (%s)", k->level);
		card_add(c, CS_TEXT, 2, buf_detach(&b));
	}
}

static size_t
company_group_end(const struct profile *p, size_t i)
{
	size_t j = i + 1;

	while (j < p->nwork && p->work[i].name != NULL && p->work[j].name != NULL &&
	    strcasecmp(p->work[i].name, p->work[j].name) == 0)
		j++;
	return j;
}

static void
card_role(struct card *c, const struct work *w, int indent)
{
	char *range = card_range(w->start, w->end);
	const char *parts[] = { w->position, range, w->location };

	card_joined(c, CS_TEXT, indent, parts, 3);
	free(range);
	card_text(c, w->summary, indent + 2);
	card_list(c, &w->highlights, indent + 2);
}

static void
card_work(struct card *c, const struct profile *p)
{
	if (p->nwork == 0)
		return;
	card_heading(c, "Experience");
	for (size_t i = 0; i < p->nwork;) {
		size_t end = company_group_end(p, i);
		if (end - i > 1) {
			char *range = card_range(p->work[end - 1].start, p->work[i].end);
			card_addf(c, CS_SUBHEAD, 2, "%s · %s · %zu roles", p->work[i].name,
			    range, end - i);
			free(range);
			for (size_t j = i; j < end; j++)
				card_role(c, &p->work[j], 4);
		} else {
			card_add(c, CS_SUBHEAD, 2, xstrdup(p->work[i].name ? p->work[i].name :
			    "(company not given)"));
			card_role(c, &p->work[i], 4);
		}
		i = end;
	}
}

static void
card_education(struct card *c, const struct profile *p)
{
	if (p->neducation == 0)
		return;
	card_heading(c, "Education");
	for (size_t i = 0; i < p->neducation; i++) {
		const struct education *e = &p->education[i];
		char *range = card_range(e->start, e->end);
		const char *head[] = { e->institution, range };
		const char *deg[] = { e->study_type, e->area, e->score };
		card_joined(c, CS_SUBHEAD, 2, head, 2);
		card_joined(c, CS_TEXT, 4, deg, 3);
		card_list(c, &e->courses, 4);
		free(range);
	}
}

static void
card_projects(struct card *c, const struct profile *p)
{
	if (p->nprojects == 0)
		return;
	card_heading(c, "Projects");
	for (size_t i = 0; i < p->nprojects; i++) {
		const struct project *j = &p->projects[i];
		char *range = card_range(j->start, j->end);
		const char *head[] = { j->name, j->entity, range };
		card_joined(c, CS_SUBHEAD, 2, head, 3);
		card_text(c, j->description, 4);
		card_list(c, &j->highlights, 4);
		free(range);
	}
}

/* The small sections: a line an entry, its parts joined. */
static void
card_simple(struct card *c, const struct profile *p)
{
	static const struct {
		enum section sec;
		const char *title;
	} small[] = {
		{ SEC_PATENTS, "Patents" }, { SEC_PUBLICATIONS, "Publications" },
		{ SEC_CERTIFICATES, "Certificates" }, { SEC_AWARDS, "Awards" },
		{ SEC_LANGUAGES, "Languages" }, { SEC_VOLUNTEER, "Volunteer" },
		{ SEC_INTERESTS, "Interests" }, { SEC_REFERENCES, "References" },
	};

	for (size_t k = 0; k < sizeof small / sizeof small[0]; k++) {
		const struct section_desc *d = &profile_sections[small[k].sec];
		size_t n = profile_count(p, small[k].sec);
		if (n == 0)
			continue;
		card_heading(c, small[k].title);
		for (size_t i = 0; i < n; i++) {
			void *rec = profile_item(p, small[k].sec, i);
			const char *parts[12];
			char dates[12][24];
			size_t np = 0;
			for (size_t f = 0; f < d->nfields && np < 12; f++) {
				if (d->fields[f].type == FT_LIST)
					continue;
				const char *v = *field_str(rec, &d->fields[f]);
				if (v != NULL && d->fields[f].type == FT_DATE) {
					card_date(v, dates[np], sizeof dates[np]);
					v = dates[np];
				}
				parts[np++] = v;
			}
			card_joined(c, CS_TEXT, 2, parts, np);
		}
	}
}

static void
card_marks(struct card *c, const struct card_marks *m)
{
	char when[32];

	if (m == NULL)
		return;
	if (m->ntags > 0)
		card_heading(c, "Tags");
	for (size_t i = 0; i < m->ntags; i++) {
		time_t t = (time_t)m->tags[i].at;
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", localtime(&t));
		card_addf(c, CS_TAG, 2, "%s · %s · %s", m->tags[i].tag, m->tags[i].user, when);
	}
	if (m->nnotes > 0)
		card_heading(c, "Notes");
	for (size_t i = 0; i < m->nnotes; i++) {
		time_t t = (time_t)m->notes[i].at;
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", localtime(&t));
		card_addf(c, CS_DIM, 2, "%s · %s", m->notes[i].user, when);
		card_text(c, m->notes[i].text, 4);
	}
}

void
card_build(struct card *c, const struct profile *p, const struct card_marks *m)
{
	memset(c, 0, sizeof *c);
	card_header(c, p);
	card_figures(c, p);
	if (p->basics.summary != NULL) {
		card_heading(c, "Summary");
		card_text(c, p->basics.summary, 2);
	}
	card_skills(c, p);
	card_work(c, p);
	card_education(c, p);
	card_projects(c, p);
	card_simple(c, p);
	card_marks(c, m);
}

void
card_free(struct card *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].text);
	free(c->v);
	memset(c, 0, sizeof *c);
}
