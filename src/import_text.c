/*
 * The minimal text importer of the foundation: repairs nothing but the
 * obvious, stores the name, headline, email, phone and the text.  The full
 * importer replaces it.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "utf8.h"
#include "xalloc.h"

/* UTF-8 as is; any other byte is taken as Latin-1.  Controls but newline
 * and tab are dropped. */
static char *
text_decode(const char *data, size_t len)
{
	struct buf b = BUF_INIT;
	uint32_t cp;
	char enc[4];

	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(data + i, len - i, &cp);
		if (n == 0) {
			cp = (unsigned char)data[i];
			n = 1;
		}
		i += n;
		if (cp == '\r')
			continue;
		if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7f ||
		    (cp >= 0x80 && cp < 0xa0))
			continue;
		buf_add(&b, enc, utf8_encode(cp, enc));
	}
	return buf_detach(&b);
}

static int
is_binary(const char *data, size_t len)
{
	size_t nul = 0;

	for (size_t i = 0; i < len && i < 8192; i++)
		if (data[i] == '\0')
			nul++;
	return nul > 0;
}

static void
find_email(struct profile *p, const char *line)
{
	const char *at = strchr(line, '@');
	const char *s, *e;

	if (at == NULL || p->basics.email != NULL)
		return;
	for (s = at; s > line && !isspace((unsigned char)s[-1]) && s[-1] != '<' &&
	    s[-1] != ':'; s--)
		;
	for (e = at; *e != '\0' && !isspace((unsigned char)*e) && *e != '>'; e++)
		;
	if (s < at && e > at + 1 && memchr(at, '.', (size_t)(e - at)) != NULL)
		profile_setn(&p->basics.email, s, (size_t)(e - s));
}

static void
find_phone(struct profile *p, const char *line)
{
	for (const char *s = line; *s != '\0' && p->basics.phone == NULL; s++) {
		const char *e = s;
		int digits = 0;
		if (!(isdigit((unsigned char)*s) || *s == '+' || *s == '('))
			continue;
		while (*e != '\0' && (isdigit((unsigned char)*e) || strchr("+-() .", *e))) {
			digits += isdigit((unsigned char)*e) != 0;
			e++;
		}
		if (digits >= 8 && digits <= 15)
			profile_setn(&p->basics.phone, s, (size_t)(e - s));
		s = e > s ? e - 1 : s;
	}
}

enum status
import_text(const char *data, size_t len, const struct import_opts *o,
    struct import_result *r, char *err, size_t errlen)
{
	char *text, *line, *save = NULL;
	int nth = 0;
	struct profile *p;

	if (is_binary(data, len)) {
		snprintf(err, errlen, "binary data, not résumé text");
		return ST_DATA;
	}
	text = text_decode(data, len);
	r->text = xstrdup(text);
	p = profile_new();
	for (line = strtok_r(text, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		while (isspace((unsigned char)*line))
			line++;
		if (*line == '\0')
			continue;
		if (nth == 0)
			profile_set(&p->basics.name, line);
		else if (nth == 1 && strchr(line, '@') == NULL)
			profile_set(&p->basics.label, line);
		nth++;
		find_email(p, line);
		find_phone(p, line);
	}
	free(text);
	if (o->as_of.y > 0) {
		char iso[8];
		date_iso_format(o->as_of, iso);
		profile_set(&p->as_of, iso);
	}
	r->profile = p;
	if (p->basics.name == NULL) {
		snprintf(err, errlen, "no text found");
		profile_free(p);
		free(r->text);
		r->text = NULL;
		r->profile = NULL;
		return ST_DATA;
	}
	return ST_OK;
}
