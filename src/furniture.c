/*
 * furniture: see furniture.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "fold.h"
#include "furniture.h"
#include "lineword.h"
#include "names.h"
#include "wordlist.h"
#include "xalloc.h"

/* "第1页": the Chinese words for "page" (页, 頁) and "number" or "of
 * all" (第, 共) around a page's number, glued to it. */
static char *
cjk_page_bare(char *w)
{
	static const char *const heads[] = { "第", "共", NULL }, *const tails[] = { "页", "頁",
		NULL };
	size_t n;

	for (int i = 0; heads[i] != NULL; i++)
		if (strncmp(w, heads[i], strlen(heads[i])) == 0 && w[strlen(heads[i])] != '\0')
			w += strlen(heads[i]);
	n = strlen(w);
	for (int i = 0; tails[i] != NULL; i++)
		if (n > strlen(tails[i]) && strcmp(w + n - strlen(tails[i]), tails[i]) == 0)
			w[n - strlen(tails[i])] = '\0';
	return w;
}

/* "Page 2 of 3", "Seite 2 von 3", "2 / 3", "- 2 -", "第 1 页 / 共 2 页":
 * words for "page" and "of" removed, digits and dashes are all that may
 * remain. */
static int
page_number(const char *s, int at_edge)
{
	static const char *const words[] = { "page", "pages", "seite", "pagina", "strona",
		"pag", "p", "of", "von", "sur", "de", "di", "z", "van", "av", "sida", "第", "共",
		"页", "頁", "strana", "stranica", "od", "faqe", "nga", "oldal", "sayfa", "side",
		"sivu", NULL };
	char key[64], *w, *save = NULL;
	int digits = 0, word = 0;

	while (*s == ' ')
		s++;
	/* "99.92%.", "3,5": a figure, no page's number */
	if (strlen(s) > 40 || strpbrk(s, "%,") != NULL)
		return 0;
	for (const char *d = strchr(s, '.'); d != NULL; d = strchr(d + 1, '.'))
		if (d > s && isdigit((unsigned char)d[-1]) && isdigit((unsigned char)d[1]))
			return 0;
	fold_key(s, strlen(s), key, sizeof key);
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save)) {
		w = cjk_page_bare(w);
		if (isdigit((unsigned char)*w) && strspn(w, "0123456789") == strlen(w) &&
		    strlen(w) <= 3) {
			digits++;
			continue;
		}
		if (!wordlist_has(words, w))
			return 0;
		word++;
	}
	if (digits == 0 || digits > 2)
		return 0;
	/* a number alone is a page number only at the top or foot of a page */
	return word > 0 || digits == 2 || at_edge;
}

/* Whether s is a page's number that says "page": "Page 2 of 3". */
static int
worded_page(const char *s)
{
	static const char *const words[] = { "page", "seite", "pagina", "strona", "strana",
		"stranica", "side", "sida", "sivu", "faqe", "oldal", "sayfa", NULL };
	char key[16];

	s += strspn(s, " \t");
	fold_key(s, strcspn(s, " "), key, sizeof key);
	return wordlist_has(words, key) && page_number(s, 0);
}

/* "Page 2/3 - Curriculum vitae of", "CV Jana Nováková | Strana 2 z 3",
 * "CareerHub PH - Candidate Profile      Page 1 of 3": a page's number
 * with the running title beside it, set apart by a dash, a bar or a gap;
 * the number must say "page".  The title is s[*from..*from + *len). */
static int
titled_page_number(const char *s, size_t *from, size_t *len)
{
	static const char *const seps[] = { " - ", " \xe2\x80\x93 ", " | ", "  ", "\t", NULL };
	size_t n = strlen(s);

	/* every separator opens with a blank, and a page's number has digits */
	if (n > 120 || strpbrk(s, "0123456789") == NULL)
		return 0;
	for (size_t at = 1; at < n; at++)
		for (int i = 0; (s[at] == ' ' || s[at] == '\t') && seps[i] != NULL; i++) {
			size_t k = strlen(seps[i]), r;
			char *left;
			int hit;
			if (strncmp(s + at, seps[i], k) != 0)
				continue;
			r = at + k + strspn(s + at + k, " \t");
			if (s[r] == '\0')
				continue;
			if (worded_page(s + r)) {
				*from = 0;
				*len = at;
				return 1;
			}
			left = xstrndup(s, at);
			hit = worded_page(left);
			free(left);
			if (hit) {
				*from = r;
				*len = n - r;
				return 1;
			}
		}
	return 0;
}

/* Whether s opens with the running title t ("CareerHub PH - Candidate
 * Profile      Profile ID: 20481137" under that title), as a cell. */
static const char *
titled_edge(const char *s, const struct strlist *titles)
{
	for (size_t i = 0; i < titles->n; i++) {
		size_t k = strlen(titles->v[i]);
		if (k >= 6 && strncmp(s, titles->v[i], k) == 0 &&
		    (s[k] == '\0' || s[k] == '\t' || (s[k] == ' ' && s[k + 1] == ' ')))
			return titles->v[i];
	}
	return NULL;
}

/* Whether line i, at an edge, opens with a running title and goes: on
 * the first page only when the title is no person's name (the name the
 * later pages repeat heads the first, its phone beside it). */
static int
titled_drop(const struct rawlines *R, size_t i, const struct strlist *titles)
{
	const char *t = titled_edge(R->v[i].s, titles);

	return t != NULL && !(R->v[i].page == 0 && (names_like(R->v[i].s) ||
	    (names_like(t) && strstr(t, " - ") == NULL && strstr(t, " | ") == NULL &&
	    strstr(t, " \xe2\x80\x93 ") == NULL)));
}

/* "Sarah Holloway – Curriculum Vitae      07700 900417" at the edge of a
 * page, past the document's first lines: a running head or foot that
 * names the document, set apart from more by a dash or a gap. */
static int
cv_head(const char *s)
{
	static const char *const words[] = { "curriculum vitae", "resume", "cv",
		"lebenslauf", "curriculum", "curriculo", "zivotopis", "zyciorys", "levensloop",
		"ansioluettelo", "ozgecmis", NULL };
	char key[128];

	if (strlen(s) > 120 || !(strstr(s, " \xe2\x80\x93 ") != NULL || strstr(s, " - ") != NULL ||
	    strstr(s, "   ") != NULL || strchr(s, '\t') != NULL || strchr(s, '|') != NULL))
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	return wordlist_holds(words, key);
}

static void
digits_out(const char *s, char *out, size_t size)
{
	size_t o = 0;

	for (; *s != '\0' && o + 1 < size; s++)
		if (*s != ' ')
			out[o++] = isdigit((unsigned char)*s) ? '#' : *s;
	out[o] = '\0';
}

/* The first or last nonblank lines of page p: up to three at the top,
 * four at the foot ("Page 2/3 - Curriculum vitae of" over the name, a
 * link and a copyright). */
static size_t
edges(const struct rawlines *R, size_t from, size_t to, int top, size_t out[4])
{
	size_t n = 0;

	for (size_t k = 0; k < to - from && n < (top ? 3u : 4u); k++) {
		size_t i = top ? from + k : to - 1 - k;
		if (R->v[i].s[0] != '\0')
			out[n++] = i;
	}
	return n;
}

struct cand {
	char key[96];
	size_t line;
	int page, foot;
};

static int
cand_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c != 0 ? c : (x->page > y->page) - (x->page < y->page);
}

/* Lines at the edges of pages that repeat, digits aside, on two pages or
 * more: running headers and footers.  Sorting keeps it n log n.  The first
 * page keeps its header (it may be the name the others repeat), not its
 * footer. */
static void
mark_repeats(const struct rawlines *R, struct cand *c, size_t n, char *drop)
{
	qsort(c, n, sizeof *c, cand_cmp);
	for (size_t i = 0, j; i < n; i = j) {
		int pages = 1;
		for (j = i + 1; j < n && strcmp(c[i].key, c[j].key) == 0; j++)
			pages += c[j].page != c[j - 1].page;
		if (pages < 2 || strlen(c[i].key) < 2)
			continue;
		for (size_t k = i; k < j; k++)
			if (R->v[c[k].line].page > 0 || c[k].foot)
				drop[c[k].line] = 1;
	}
}

/* "11/24/24, 3:41 PM", "24.11.2024, 15:41", "2024-11-24 15:41": the date
 * and time a browser prints atop a page, alone on its line or before a
 * gap; whether s opens with one. */
static int
clock_stamp(const char *s)
{
	const char *p = s;
	size_t d;

	for (int part = 0; part < 3; part++) {
		d = strspn(p, "0123456789");
		if (d == 0 || d > 4 || (part < 2 && (p[d] == '\0' || strchr("/.-", p[d]) == NULL)))
			return 0;
		p += d + (part < 2);
	}
	p += *p == ',';
	if (*p != ' ')
		return 0;
	p += strspn(p, " ");
	d = strspn(p, "0123456789");
	if (d == 0 || d > 2 || p[d] != ':' || strspn(p + d + 1, "0123456789") != 2)
		return 0;
	p += d + 3;
	if (p[0] == ':' && strspn(p + 1, "0123456789") == 2)
		p += 3;
	if (p[0] == ' ' && p[1] != '\0' && strchr("AaPp", p[1]) != NULL && p[2] != '\0' &&
	    strchr("Mm", p[2]) != NULL)
		p += 3;
	return *p == '\0' || (p[0] == ' ' && p[1] == ' ');
}

/* A page's title as a browser prints it: "Malia Faleolo - Indeed". */
static int
page_title(const char *s)
{
	static const char *const seps[] = { " - ", " | ", " \xe2\x80\x93 ", " \xe2\x80\x94 ",
		" \xc2\xb7 ", NULL };

	if (lineword_count(s) > 12)
		return 0;
	for (int i = 0; seps[i] != NULL; i++)
		if (strstr(s, seps[i]) != NULL)
			return 1;
	return 0;
}

/* A web page printed from a browser: the date and time atop each page,
 * the page's title beside or under them, the page's address over "1/2"
 * at each foot.  They go (the title only when set apart by a dash or a
 * bar from the site's name, lest it be the person's name alone). */
static void
browser_print(const struct rawlines *R, char *drop)
{
	size_t i = 0;
	int title_next = 0;

	while (i < R->n && R->v[i].s[0] == '\0')
		i++;
	if (i == R->n || !clock_stamp(R->v[i].s))
		return;
	for (size_t k = 0; k < R->n; k++) {
		const char *s = R->v[k].s;
		if (clock_stamp(s)) {
			drop[k] = 1;
			/* the title beside the stamp, past a gap, or under it */
			title_next = strstr(s, "  ") == NULL;
		} else if (title_next && s[0] != '\0') {
			drop[k] = page_title(s);
			title_next = 0;
		}
		if ((strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0 ||
		    strncmp(s, "file://", 7) == 0) && strchr(s, ' ') == NULL &&
		    (k + 1 == R->n || page_number(R->v[k + 1].s, 1) ||
		    R->v[k + 1].page != R->v[k].page))
			drop[k] = 1;
	}
}

void
furniture_pages(struct rawlines *R)
{
	int page = 0;
	size_t tf, tl;

	if (R->n == 0 || R->v[R->n - 1].page > 0)
		return;
	for (size_t i = 0; i < R->n; i++) {
		R->v[i].page = page;
		/* "Page 1 of 2" with no form feed after it: a page ends */
		if (i + 3 < R->n && ((page_number(R->v[i].s, 0) && strpbrk(R->v[i].s, "0123456789") &&
		    lineword_count(R->v[i].s) >= 2) || titled_page_number(R->v[i].s, &tf, &tl)))
			page++;
	}
}

void
furniture_drop(struct rawlines *R)
{
	int npages = R->n > 0 ? R->v[R->n - 1].page + 1 : 0;
	/* candidates only where there are pages to repeat them: most texts
	 * are one page, and the table is large */
	struct cand *cand = xcalloc(npages > 1 ? R->n * 7 + 1 : 1, sizeof *cand);
	char *drop = xcalloc(R->n + 1, 1), *edge = xcalloc(R->n + 1, 1);
	size_t o = 0, from = 0, e[4], ncand = 0;
	struct strlist titles = STRLIST_INIT;

	for (size_t i = 0; i <= R->n && npages > 1; i++) {
		if (i < R->n && R->v[i].page == R->v[from].page)
			continue;
		for (int top = 0; top < 2; top++)
			for (size_t k = 0, n = edges(R, from, i, top, e); k < n; k++) {
				/* "07/2013 – 08/2015" opening a page: a job's
				 * dates, whatever dates the page before had */
				if (dateparse_only(R->v[e[k]].s))
					continue;
				digits_out(R->v[e[k]].s, cand[ncand].key, sizeof cand[ncand].key);
				cand[ncand].line = e[k];
				cand[ncand].foot = !top;
				cand[ncand++].page = R->v[e[k]].page;
				edge[e[k]] = 1;
			}
		from = i;
	}
	mark_repeats(R, cand, ncand, drop);
	browser_print(R, drop);
	for (size_t i = 0, tf, tl; i < R->n && npages > 1; i++)
		if (titled_page_number(R->v[i].s, &tf, &tl)) {
			char *t = xstrndup(R->v[i].s + tf, tl);
			size_t k = strlen(t);
			while (k > 0 && strchr(" \t-|", t[k - 1]) != NULL)
				t[--k] = '\0';
			drop[i] = 1;
			if (titles.n < 4 && strlist_find(&titles, t) < 0)
				strlist_add(&titles, t);
			free(t);
		}
	for (size_t i = 0; i < R->n; i++) {
		/* the first page's header stays when it is the name the
		 * others repeat */
		if (drop[i] || page_number(R->v[i].s, edge[i]) ||
		    (edge[i] && i >= 3 && cv_head(R->v[i].s)) ||
		    (edge[i] && titled_drop(R, i, &titles)))
			free(R->v[i].s);
		else
			R->v[o++] = R->v[i];
	}
	strlist_clear(&titles);
	R->n = o;
	free(cand);
	free(drop);
	free(edge);
}
