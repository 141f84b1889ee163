/*
 * rowwrap: see rowwrap.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "fold.h"
#include "lineclass.h"
#include "lineword.h"
#include "parse.h"
#include "rowwrap.h"
#include "skillwrap.h"
#include "utf8.h"
#include "wordlist.h"
#include "xalloc.h"

/* "R$ 38 milhões", "$2.4M", "€300k", "40%": a sum or a figure opens s. */
static int
sum_start(const char *s)
{
	static const char *const signs[] = { "R$", "$", "US$", "\xe2\x82\xac", "\xc2\xa3",
		"\xc2\xa5", "\xe2\x82\xb9", NULL };

	for (size_t i = 0; signs[i] != NULL; i++)
		if (strncmp(s, signs[i], strlen(signs[i])) == 0)
			return 1;
	return isdigit((unsigned char)s[0]) && dateparse_only(s) == 0;
}

/* Whether s ends in a word that joins it to more ("and", "y", "und",
 * a comma). */
static int
joined_on(const char *s)
{
	/* past the words lineword_open_end knows */
	static const char *const joins[] = { "i", "och", "og", "or", "o", "oder", "ou", "em",
		"on", "at", "to", "from", "since", "until", "im", "am", "seit", "ab", "w", "z",
		"na", "no", "dal", "nel", "dans", "depuis", "desde", "a", "an", "with", "by",
		"including", "incl.", "as", "via", "into", "across", "per", "within", "during",
		"throughout", "after", "before", "under", NULL };
	size_t n = strlen(s), w;

	if (n == 0)
		return 0;
	if (s[n - 1] == ',' || lineword_open_end(s))
		return 1;
	for (w = n; w > 0 && s[w - 1] != ' ';)
		w--;
	return w > 0 && n - w < 10 && wordlist_has(joins, s + w);
}

/* Whether s ends in a year in brackets: "(2021).", "(2021)". */
static int
year_note_end(const char *s)
{
	size_t n = strlen(s);

	if (n > 0 && s[n - 1] == '.')
		n--;
	return n >= 6 && s[n - 1] == ')' && s[n - 6] == '(' &&
	    strspn(s + n - 5, "0123456789") == 4;
}

/* "Nacional, 2022).": s closes a bracket it did not open, and ends. */
static int
closes(const char *s)
{
	const char *close = strchr(s, ')'), *open = strchr(s, '(');
	size_t n = strlen(s);

	return close != NULL && (open == NULL || open > close) && n > 0 &&
	    (s[n - 1] == ')' || (n > 1 && s[n - 1] == '.' && s[n - 2] == ')'));
}

/* "Icelandair). Meðaleinkunn 8,1.": s closes a bracket it did not open
 * in its first words. */
static int
closes_first(const char *s)
{
	const char *close = strchr(s, ')'), *open = strchr(s, '(');

	return close != NULL && (open == NULL || open > close) && close - s < 40;
}

/* "специальность «Программное": a quotation or a bracket left open. */
static int
open_quote(const char *s)
{
	const char *q = strstr(s, "\xc2\xab");	/* « */

	return lineword_open_bracket(s) || (q != NULL && strstr(q, "\xc2\xbb") == NULL);
}

/* "program.", "предприятия,": a first word in small letters only (not
 * "iOS"). */
static int
lower_word(const char *s)
{
	size_t n = strcspn(s, " ,.;:");

	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && !fold_lower_at(s + i))
			return 0;
	return 1;
}

/* "09/2020, caring for": the sentence goes on in lower case after the
 * first comma. */
static int
lower_after_comma(const char *s)
{
	const char *comma = strstr(s, ", ");

	return comma != NULL && islower((unsigned char)comma[2]);
}

/* "Wisconsin–Madison, Madison, WI", "Sciences (SLU), Uppsala": a line
 * whose first part, before its comma, is a word or two that end a name
 * cut off above; not "Bachelor of Engineering, Electrical Engineering". */
static int
tail_part(const char *s)
{
	char *first = xstrndup(s, strcspn(s, ","));
	int tail = lineword_count(first) <= 2 && role_degree_score(s) == 0;

	free(first);
	return tail;
}

/* Words in small letters in s, past its first. */
static size_t
lower_words(const char *s)
{
	size_t n = 0;

	for (const char *p = strchr(s, ' '); p != NULL; p = strchr(p + 1, ' '))
		n += islower((unsigned char)p[1]) != 0;
	return n;
}

/* Under a duty with no glyph, not ended: "(hospitality, retail and
 * leisure)", a bracket in small letters; "POS briefs and social assets"
 * under "..., including", a sentence after a joining word; "Studio"
 * under a line that reached the margin, a word cut off it. */
static int
plain_wrap(const struct row *prev, const char *s)
{
	if (s[0] == '(' && islower((unsigned char)s[1]) && lineword_count(s) <= 10)
		return 1;
	if (joined_on(prev->s) && lower_words(s) >= 2 && lineword_count(s) <= 14)
		return 1;
	return prev->full && prev->kind == K_PROSE && lineword_count(s) == 1 &&
	    lineword_count(prev->s) >= 6;
}

/* "... revue de code au sein d'une équipe" over "Scrum de 8
 * personnes.", "... compteurs KPI" over "(Python, Pandas, Grafana).":
 * a long bullet not ended, the few words under it ending its sentence
 * in small letters, or a bracket closed with the stop */
static int
sentence_tail(const struct row *prev, const char *s)
{
	size_t n = strlen(s), w = n;

	if (prev->kind != K_BULLET || lineword_count(prev->s) < 8 || n < 3 || s[n - 1] != '.' ||
	    lineword_count(s) > 5)
		return 0;
	if (s[0] == '(')
		return s[n - 2] == ')' && strchr(s + 1, '(') == NULL;
	while (w > 0 && s[w - 1] != ' ')
		w--;
	return w > 0 && lower_word(s + w) && lower_words(s) >= 2;
}

/* "1. 负责天猫旗舰店日常运营，包括商品上下架、标题与" over "详情页优化
 * ...；": Chinese or Japanese text that ends on a character of its own,
 * not on a stop (。；！？：), a sentence that goes on. */
static int
cjk_open_end(const char *s)
{
	static const char *const stops[] = { "\xe3\x80\x82", "\xef\xbc\x9b",
		"\xef\xbc\x81", "\xef\xbc\x9f", "\xef\xbc\x9a", "\xef\xbc\x89",
		"\xe3\x80\x8d", "\xe2\x80\x9d", NULL };
	size_t n = strlen(s);

	return utf8_wide_end(s, n) && !wordlist_has(stops, s + n - 3);
}

int
rowwrap_continues(const struct row *prev, const struct row *r, const struct line *l, int prev_indent)
{
	size_t n = strlen(prev->s);
	char last = n > 0 ? prev->s[n - 1] : '.';

	if (r->kind == K_HEAD && !r->dated && !r->blank && prev->kind == K_HEAD &&
	    l->s[0] == '(' && l->s[strlen(l->s) - 1] == ')' && strlen(l->s) < 40)
		return 1;	/* "(Ensai)" under the school it abbreviates */
	/* "... (Sello de Calidad" over a page's break over "Nacional,
	 * 2022).": the bullet's bracket closed on the next page */
	if ((prev->kind == K_BULLET || prev->kind == K_PROSE) && lineword_open_bracket(prev->s) &&
	    (closes(l->s) || (prev->kind == K_PROSE && closes_first(l->s))) &&
	    lineword_count(l->s) <= 8 &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	/* "... helped reduce falls by 28%" over "in 2023", "... falls on
	 * the unit by" over "30% in 2022": a bullet's sentence wrapped
	 * before its year */
	if (prev->kind == K_BULLET && r->dated && r->when.single && !r->blank &&
	    (islower((unsigned char)l->s[0]) || (joined_on(prev->s) && sum_start(l->s))) &&
	    lineword_count(l->s) <= 4 &&
	    strchr(".!?", last) == NULL && !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	/* "... evacuees at Fort McCoy during" over "Operation Allies Welcome
	 * (2021).": a bullet's sentence cut after a joining word, its year
	 * in brackets at its end no entry's */
	if (prev->kind == K_BULLET && r->dated && r->when.single && !r->blank &&
	    joined_on(prev->s) && year_note_end(l->s) && lineword_count(l->s) <= 10 &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	/* "... surge unit from 04/2020 to" over "09/2020, caring for
	 * patients ...", "... OPERA Cloud in" over "spring 2023 and trained
	 * ...": a bullet's sentence wrapped inside its dates */
	if (prev->kind == K_BULLET && r->dated && !r->blank && joined_on(prev->s) &&
	    strchr(".!?", last) == NULL && ((r->when.single && lower_after_comma(l->s)) ||
	    islower((unsigned char)l->s[0])) &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	/* "... freeing cash for a $9M automation" over a page's foot over
	 * "program.": a bullet's sentence goes on past the page */
	if (prev->kind == K_BULLET && r->blank && !r->dated && lower_word(l->s) &&
	    strchr(".!?;:", last) == NULL && lineword_count(l->s) <= 6 &&
	    (r->kind == K_HEAD || r->kind == K_PROSE) &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	/* "Supervisors: Dr Thomas Pellow ... Viva passed with minor" over
	 * "corrections (December 2019). Funded by ...": a note's sentence
	 * goes on in small letters, its date no entry's */
	if (prev->kind == K_PROSE && r->dated && !r->blank && r->kind != K_DATE && !r->date_first &&
	    lower_word(l->s) &&
	    strchr(".!?;:", last) == NULL && !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	/* "Planned campaigns across paid social, email and" over "PR,
	 * contributing to a 38% increase in revenue (2022)": a duty with
	 * no glyph cut after a joining word, its year no entry's */
	if ((prev->kind == K_PROSE || prev->kind == K_BULLET) && r->dated && !r->blank &&
	    r->kind != K_DATE && !r->date_first && joined_on(prev->s) &&
	    strchr(".!?;:", last) == NULL && lineword_count(l->s) >= 4 &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	/* "Postdoctoral Fellow, Division of Chemistry and Chemical" at the
	 * margin over "Engineering, California Institute of Technology,
	 * Pasadena, CA": an academic header's list wrapped where the line
	 * was full, not under dates set at the right; not a note with its label
	 * ("Höhere Fachprüfung, Diplomarbeit: ...") */
	if (prev->kind == K_HEAD && (prev->full || joined_on(prev->s)) &&
	    !(prev->dated && !prev->date_first) &&
	    r->kind == K_HEAD && !r->dated && !r->blank && strstr(prev->s, ", ") != NULL &&
	    strchr(".;:!?)", last) == NULL && strstr(l->s, ", ") != NULL &&
	    fold_upper_at(l->s) && lineword_count(l->s) <= 10 && tail_part(l->s) &&
	    strchr(l->s, ':') == NULL &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	/* "Baccalauréat ..., mention Bien – Lycée Pilote Bourguiba de" over
	 * "Tunis, 2014": a name cut after its joining word, the rest and
	 * the year under it */
	if (prev->kind == K_HEAD && !prev->dated && lineword_open_end(prev->s) &&
	    r->kind == K_HEAD && r->dated && !r->blank && !r->date_first &&
	    lineword_count(r->s) <= 3 && fold_upper_at(r->s) &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return ROWWRAP_DATES;
	/* "Higher Secondary (Plus Two) from Govt. ... School, Chittur,
	 * Kerala State Board," over "2007 with 84%": the year and grade that
	 * end a school's line cut at its comma */
	if (prev->kind == K_HEAD && !prev->dated && last == ',' && r->kind == K_HEAD && r->dated &&
	    r->when.single && r->date_first && !r->blank && lineword_count(l->s) <= 4 &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return ROWWRAP_DATES;
	if (r->blank || r->dated || (r->kind != K_HEAD && r->kind != K_PROSE))
		return 0;
	/* "Ведущий специалист Отдела ... Управления" over "информационных
	 * технологий": a long header line wrapped, the rest in small letters
	 * at the same indent */
	if (prev->kind == K_HEAD && !prev->dated && r->kind == K_HEAD &&
	    lineword_count(prev->s) >= 4 && n > 0 && ((unsigned char)last >= 0x80 ||
	    isalpha((unsigned char)last)) && lower_word(l->s) && lineword_count(l->s) <= 5 &&
	    strchr(l->s, ':') == NULL && strchr(prev->s, ':') == NULL &&
	    l->indent == prev_indent && prev_indent > 0 &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	if ((prev->kind == K_PROSE || prev->kind == K_BULLET) && strchr(".!?;:", last) == NULL &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)) &&
	    (plain_wrap(prev, l->s) || sentence_tail(prev, l->s)))
		return 1;
	/* "2021 – present<TAB>Senior Lecturer, ..., University of" over
	 * "<TAB><TAB>KwaZulu-Natal, Durban": a dated head wrapped after a
	 * joining word, or before one ("of Zululand") */
	if (prev->kind == K_HEAD && prev->dated && (joined_on(prev->s) || lineword_open_start(l->s) ||
	    (lower_word(l->s) && (last == ',' || open_quote(prev->s)))) &&
	    strchr(".!?", last) == NULL &&
	    l->indent > 0 && lineword_count(l->s) <= 8 &&
	    !(l->flags & (MK_BULLET | MK_NUMBERED | LN_CELLS)))
		return 1;
	if (prev->kind != K_BULLET && prev->kind != K_PROSE)
		return 0;
	if (prev->kind == K_BULLET && l->indent > prev_indent && !(l->flags & LN_CELLS))
		return 1;
	if (prev->kind == K_BULLET && cjk_open_end(prev->s) && !(l->flags & LN_CELLS))
		return 1;
	/* "... DFMEA for 4 customer projects (German and" over "French
	 * OEMs).": a bullet cut inside its bracket or after a joining word */
	if (prev->kind == K_BULLET && (lineword_open_bracket(prev->s) || joined_on(prev->s)) &&
	    lineword_count(l->s) <= 14 && !(l->flags & LN_CELLS))
		return 1;
	/* "... and shipping for a" over "450,000 sq ft grocery distribution
	 * center. Built ...": a paragraph cut after a joining word */
	if (prev->kind == K_PROSE && r->kind == K_PROSE && joined_on(prev->s) &&
	    l->indent == prev_indent && !(l->flags & LN_CELLS))
		return 1;
	/* "... que somavam" over "R$ 38 milhões.": a sum or a figure goes
	 * on with the bullet's sentence; "Duties: ... the payroll for" over
	 * "120 staff", with a duty's after its joining word */
	if ((prev->kind == K_BULLET || (joined_on(prev->s) && l->indent == prev_indent &&
	    !(l->flags & LN_CELLS))) && strchr(".!?;:", last) == NULL && sum_start(l->s) &&
	    lineword_count(l->s) <= 8)
		return 1;
	/* a sentence wrapped, of a bullet or of one whose glyph the PDF lost */
	return islower((unsigned char)l->s[0]) && strchr(".!?", last) == NULL &&
	    (prev->kind == K_BULLET || (l->indent == prev_indent && !(l->flags & LN_CELLS)));
}

int
rowwrap_onto(const struct row *prev, const struct line *l, int prev_indent, size_t merged)
{
	struct daterange mr;

	/* "➢ ... pick accuracy rose to" over "     99.92%.": a bullet's
	 * text wrapped under it, whatever it reads like */
	if (prev->kind == K_BULLET && l->indent > prev_indent &&
	    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED | LN_CELLS)) && merged == 0 &&
	    strlen(l->s) < 40 && !dateparse_only(l->s))
		return 1;
	/* "Tech stack: Python 3.11, Go, ..., AWS" over "(EKS, SQS,
	 * RDS), Terraform.": a job's list of tools wrapped, kept or
	 * left out as a fact of the job */
	if ((prev->kind == K_SKILLS || (prev->kind == K_SKIP &&
	    skillwrap_list_sep(prev->s))) &&
	    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED)) &&
	    prev->s[strlen(prev->s) - 1] != '.' &&
	    (skillwrap_bracket_next(prev->s, l->s) ||
	    ((fold_lower_at(l->s) || prev->s[strlen(prev->s) - 1] == ',') &&
	    skillwrap_list_sep(l->s))))
		return 1;
	/* "• Системная интеграция, автоматизации технологических и
	 * бизнес-процессов" over "предприятия, ИТ-консалтинг": a bullet
	 * not ended, its text going on in small letters at the margin */
	if (prev->kind == K_BULLET &&
	    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED | LN_CELLS)) && merged == 0 &&
	    lower_word(l->s) && strchr(".;:!?", prev->s[strlen(prev->s) - 1]) == NULL &&
	    !dateparse_find(l->s, strlen(l->s), &mr))
		return 1;
	/* "Depuis octobre 2019 : Chargée de cours, Faculté de Médecine,
	 * Université du Burundi," over "Bujumbura.": a dated head's parts,
	 * the comma ending it, go on to the stop that ends the next line;
	 * so does "... Programme National Intégré de Lutte" over "contre le
	 * Paludisme (PNILP), Bujumbura." in small letters */
	if (prev->kind == K_HEAD && prev->dated && prev->date_first && prev->s[0] != '\0' &&
	    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED | LN_CELLS)) && merged == 0 &&
	    (prev->s[strlen(prev->s) - 1] == ',' || lower_word(l->s)) &&
	    l->s[strlen(l->s) - 1] == '.' && lineword_count(l->s) <= 10 &&
	    !dateparse_find(l->s, strlen(l->s), &mr))
		return 1;
	/* "... la cuota anual en 2021, 2022 y" over "2023": a bullet's
	 * list of years wrapped before its last */
	if (prev->kind == K_BULLET && joined_on(prev->s) &&
	    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED)) && strlen(l->s) <= 12 &&
	    dateparse_only(l->s))
		return 1;
	return 0;
}

int
rowwrap_tail(const struct row *prev, const struct line *l, const struct line *next)
{
	size_t n = strlen(prev->s);
	struct daterange r;

	return prev->kind == K_BULLET && prev->full && n > 0 &&
	    strchr(".;:!?", prev->s[n - 1]) == NULL && next != NULL &&
	    (next->flags & MK_BULLET) && !(next->flags & LN_BLANK) &&
	    !(l->flags & (LN_BLANK | MK_BULLET | MK_NUMBERED | LN_CELLS)) &&
	    lineword_count(l->s) <= 4 && l->s[strlen(l->s) - 1] != ':' &&
	    !dateparse_find(l->s, strlen(l->s), &r);
}
