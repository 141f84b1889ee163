/*
 * Field values.  Text fields keep their words for the full-text index;
 * years: becomes a range of months, since: a time, has: and is: a choice
 * from a short list.  Messages name what was expected and point at where.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "query_field.h"
#include "utf8.h"
#include "xalloc.h"

struct fval {
	const struct qtoken *t;
	const char *v;		/* the value */
	size_t len;
	char *err;
	size_t errlen;
	int *errcol;
};

typedef void (*field_parser)(struct fval *, struct qnode *);

static void value_words(struct fval *, struct qnode *);
static void value_skill(struct fval *, struct qnode *);
static void value_name(struct fval *, struct qnode *);
static void value_years(struct fval *, struct qnode *);
static void value_since(struct fval *, struct qnode *);
static void value_has(struct fval *, struct qnode *);
static void value_is(struct fval *, struct qnode *);

static const struct field {
	const char *name;
	enum qfield field;
	field_parser parse;
} fields[] = {
	{ "name", QF_NAME, value_words },
	{ "headline", QF_HEADLINE, value_words },
	{ "company", QF_COMPANY, value_words },
	{ "title", QF_TITLE, value_words },
	{ "school", QF_SCHOOL, value_words },
	{ "degree", QF_DEGREE, value_words },
	{ "location", QF_LOCATION, value_words },
	{ "current", QF_CURRENT, value_words },
	{ "note", QF_NOTE, value_words },
	{ "skill", QF_SKILL, value_skill },
	{ "tag", QF_TAG, value_name },
	{ "by", QF_BY, value_name },
	{ "years", QF_YEARS, value_years },
	{ "since", QF_SINCE, value_since },
	{ "has", QF_HAS, value_has },
	{ "is", QF_IS, value_is },
};

#define NFIELDS (sizeof fields / sizeof fields[0])

static void
ferr(struct fval *f, const char *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* The error points at the character at (inside the value). */
static void
ferr(struct fval *f, const char *at, const char *fmt, ...)
{
	va_list ap;
	int col = f->t->vcol;

	for (const char *c = f->v; c < at; c++)
		if (((unsigned char)*c & 0xc0) != 0x80)
			col++;
	va_start(ap, fmt);
	vsnprintf(f->err, f->errlen, fmt, ap);
	va_end(ap);
	*f->errcol = col;
}

const char *
query_field_name(enum qfield field)
{
	for (size_t i = 0; i < NFIELDS; i++)
		if (fields[i].field == field)
			return fields[i].name;
	return "";
}

/*
 * Whether the index's tokenizer (unicode61) would find a token: an ASCII
 * letter or digit, or a character past Latin-1's symbols that is not in
 * the blocks of punctuation, symbols and emoji.  An approximation, on the
 * side of searching: a word it lets through that has no token matches
 * nothing, which is what the user asked for.
 */
int
query_field_searchable(const char *s, size_t len)
{
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			n = 1;
		i += n;
		if (cp < 0x80 ? isalnum((int)cp) != 0 :
		    cp >= 0xc0 && cp != 0xd7 && cp != 0xf7 &&
		    !(cp >= 0x2000 && cp <= 0x2bff) && !(cp >= 0x3000 && cp <= 0x303f) &&
		    !(cp >= 0xfe00 && cp <= 0xfe0f) && !(cp >= 0xff00 && cp <= 0xff0f) &&
		    cp < 0x1f000)
			return 1;
	}
	return 0;
}

/* Words are prefixes, unless quoted or one character long (C, R). */
static void
set_words(struct qnode *n, const char *s, size_t len, int quoted)
{
	if (!quoted)
		while (len > 1 && s[len - 1] == '*')
			len--;
	n->text = xstrndup(s, len);
	n->prefix = !quoted && utf8_len(n->text) > 1;
}

void
query_field_words(const struct qtoken *t, struct qnode *n)
{
	n->field = QF_TEXT;
	set_words(n, t->s, t->len, t->kind == QT_PHRASE);
}

static void
value_words(struct fval *f, struct qnode *n)
{
	if (!query_field_searchable(f->v, f->len)) {
		ferr(f, f->v, "expected letters or digits after '%s:'", query_field_name(n->field));
		return;
	}
	set_words(n, f->v, f->len, f->t->vquoted);
}

static void
value_skill(struct fval *f, struct qnode *n)
{
	size_t len = f->len;

	if (!f->t->vquoted && f->v[len - 1] == '*') {
		while (len > 0 && f->v[len - 1] == '*')
			len--;
		if (len == 0) {
			ferr(f, f->v, "expected the start of a skill before '*'");
			return;
		}
		n->prefix = 1;
	}
	n->text = xstrndup(f->v, len);
}

static void
value_name(struct fval *f, struct qnode *n)
{
	n->text = xstrndup(f->v, f->len);
}

static void
value_has(struct fval *f, struct qnode *n)
{
	static const char *const names[] = { "email", "phone", "note" };

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (f->len == strlen(names[i]) && strncasecmp(f->v, names[i], f->len) == 0) {
			n->what = (int)i;
			return;
		}
	ferr(f, f->v, "has: takes email, phone or note");
}

static void
value_is(struct fval *f, struct qnode *n)
{
	static const char *const names[] = { "new", "seen", "tagged" };

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (f->len == strlen(names[i]) && strncasecmp(f->v, names[i], f->len) == 0) {
			n->what = (int)i;
			return;
		}
	ferr(f, f->v, "is: takes new, seen or tagged");
}

/* A number of years ("5", "2.5") at s as months; the length read, 0 if
 * there is no number.  *whole says it had no fraction. */
static size_t
years_number(const char *s, const char *end, long long *months, int *whole)
{
	const char *c = s;
	long long y = 0, frac = 0, scale = 1;

	while (c < end && isdigit((unsigned char)*c) && c - s < 4)
		y = y * 10 + (*c++ - '0');
	if (c == s)
		return 0;
	*whole = 1;
	if (c + 1 < end && *c == '.' && isdigit((unsigned char)c[1])) {
		*whole = 0;
		for (c++; c < end && isdigit((unsigned char)*c); c++)
			if (scale < 100) {
				frac = frac * 10 + (*c - '0');
				scale *= 10;
			}
	}
	*months = y * 12 + (frac * 12 + scale / 2) / scale;
	return (size_t)(c - s);
}

/* "<", "<=", ">", ">=" then a number. */
static void
years_compare(struct fval *f, struct qnode *n)
{
	const char *end = f->v + f->len, *num = f->v + 1;
	long long m;
	int whole;
	size_t k;

	if (num < end && *num == '=')
		num++;
	if ((k = years_number(num, end, &m, &whole)) == 0) {
		ferr(f, num, "expected a number after 'years:%.*s'", (int)(num - f->v), f->v);
		return;
	}
	if (num + k < end) {
		ferr(f, num + k, "unexpected '%.*s' after the number", (int)(end - num - k),
		    num + k);
		return;
	}
	if (f->v[0] == '>')
		n->lo = num > f->v + 1 ? m : m + 1;
	else
		n->hi = num > f->v + 1 ? m : m - 1;
}

/* "5" is five years and some months; "3..8" from three to under nine; a
 * bound with a fraction is exact. */
static void
years_range(struct fval *f, struct qnode *n)
{
	const char *end = f->v + f->len, *c = f->v;
	long long m;
	int whole;
	size_t k;
	int range = 0;

	if ((k = years_number(c, end, &m, &whole)) > 0) {
		n->lo = m;
		n->hi = whole ? m + 11 : m;
		c += k;
	}
	if (c + 1 < end && c[0] == '.' && c[1] == '.') {
		range = 1;
		n->hi = -1;
		c += 2;
		if ((k = years_number(c, end, &m, &whole)) > 0) {
			n->hi = whole ? m + 11 : m;
			c += k;
		}
	}
	if (c < end && c > f->v && !(range && c[-1] == '.')) {
		ferr(f, c, "unexpected '%.*s' after the number", (int)(end - c), c);
		return;
	}
	if (c < end || (n->lo < 0 && n->hi < 0)) {
		ferr(f, c, range ? "expected a number after '..'" :
		    "expected a number, a range (3..8) or a comparison (>5) after 'years:'");
		return;
	}
	if (n->lo >= 0 && n->hi >= 0 && n->lo > n->hi)
		ferr(f, f->v, "the range %.*s is backwards", (int)f->len, f->v);
}

static void
value_years(struct fval *f, struct qnode *n)
{
	if (f->v[0] == '<' || f->v[0] == '>')
		years_compare(f, n);
	else
		years_range(f, n);
}

/* Reads exactly ndigits digits; -1 if they are not there. */
static int
read_digits(const char **s, const char *end, int ndigits)
{
	int v = 0;

	for (int i = 0; i < ndigits; i++, (*s)++) {
		if (*s >= end || !isdigit((unsigned char)**s))
			return -1;
		v = v * 10 + (**s - '0');
	}
	return v;
}

/* "2025", "2025-01", "2025-01-31": the local midnight it starts at. */
static int
since_date(const char *s, const char *end, long long *t)
{
	struct tm tm;
	int y = read_digits(&s, end, 4), m = 1, d = 1;

	if (y < 0)
		return -1;
	if (s < end && (*s++ != '-' || (m = read_digits(&s, end, 2)) < 1 || m > 12))
		return -1;
	if (s < end && (*s++ != '-' || (d = read_digits(&s, end, 2)) < 1 || d > 31))
		return -1;
	if (s != end)
		return -1;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_isdst = -1;
	*t = (long long)mktime(&tm);
	return 0;
}

/* "14d", "2w": that long before now. */
static int
since_age(const char *s, const char *end, long long *t)
{
	long long n = 0;
	const char *c = s;

	while (c < end && isdigit((unsigned char)*c) && c - s < 5)
		n = n * 10 + (*c++ - '0');
	if (c == s || c + 1 != end || (*c != 'd' && *c != 'w'))
		return -1;
	*t = (long long)time(NULL) - n * 86400 * (*c == 'w' ? 7 : 1);
	return 0;
}

static void
value_since(struct fval *f, struct qnode *n)
{
	const char *end = f->v + f->len;

	if (since_date(f->v, end, &n->lo) != 0 && since_age(f->v, end, &n->lo) != 0)
		ferr(f, f->v, "expected a date (2025-01) or an age (14d, 2w) after 'since:'");
}

static const struct field *
field_find(const char *name, size_t len)
{
	for (size_t i = 0; i < NFIELDS; i++)
		if (strlen(fields[i].name) == len && strncasecmp(fields[i].name, name, len) == 0)
			return &fields[i];
	return NULL;
}

void
query_field_parse(const struct qtoken *t, struct qnode *n, char *err, size_t errlen,
    int *errcol)
{
	struct fval f = { t, t->val, t->vlen, err, errlen, errcol };
	const struct field *d = field_find(t->s, t->len);
	const struct field *near = t->len > 1 ? field_find(t->s, t->len - 1) : NULL;

	if (d == NULL && near != NULL && tolower((unsigned char)t->s[t->len - 1]) == 's') {
		snprintf(err, errlen, "unknown field '%.*s:'; did you mean '%s:'?", (int)t->len,
		    t->s, near->name);
		*errcol = t->col;
	} else if (d == NULL) {
		snprintf(err, errlen, "unknown field '%.*s:'", (int)t->len, t->s);
		*errcol = t->col;
	} else if (t->vlen == 0) {
		snprintf(err, errlen, "expected a value after '%s:'", d->name);
		*errcol = t->vcol;
	} else {
		n->field = d->field;
		d->parse(&f, n);
	}
}
