/*
 * names_bare: a name without what is written around it: the titles
 * before it ("Dr. rer. nat.", "Prof."), the degrees, credentials and
 * licences after it (", PhD, PMP", " MSc", " RN"), and a note in
 * brackets ("(Ms)", "(Bob)").
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "names.h"
#include "wordlist.h"

/* "P.E.", "MBA", "RN", "CISSP": letters written as capitals, with dots;
 * 3 for a known degree of three letters or more, 2 for another known
 * one, 1 for capitals, 0 for none. */
static int
credential(const char *w, size_t n)
{
	static const char *const words[] = { "phd", "ph d", "msc", "m sc", "mba", "ma", "ms",
		"bsc", "ba", "bs", "meng", "beng", "mphil", "dphil", "edd", "jd", "llm", "md",
		"esq", "pe", "cpa", "rn", "pmp", "cfa", "frcs", "ceng", "dipl", "p e", "m b a",
		"c p a", "r n", "m d", "j d", "b sc", "m a", "b a", "m s", "b s", "m eng",
		/* nursing, health, finance and people credentials */
		"bn", "bsn", "msn", "ccrn", "lpn", "cna", "np", "dnp", "aprn", "fnp", "pharmd",
		"rph", "mph", "mha", "fache", "dds", "dmd", "dvm", "dpt", "psyd", "lcsw", "lmft",
		"aca", "fca", "acca", "fcca", "cima", "cma", "cia", "cisa", "cism", "cissp", "cfp",
		"ea", "icaew", "shrm cp", "sphr", "phr", "frcp", "mrcp", "mrcs", "fracs", "llb",
		"msw", "mfa", "leed ap", "itil", "acib", "fcib", "anan", "acti", "fcti", "mnim",
		"acit", "ficn", "rm", "rgn", "rmn", "scm", "cnm", "crna", NULL };
	size_t caps = 0, lower = 0;
	char key[16];

	if (n == 0 || n > 12)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (!isalpha((unsigned char)w[i]) && w[i] != '.' && w[i] != '-')
			return 0;
		caps += isupper((unsigned char)w[i]) != 0;
		lower += islower((unsigned char)w[i]) != 0;
	}
	fold_key(w, n, key, sizeof key);
	if (wordlist_has(words, key))
		return isupper((unsigned char)w[0]) ? 2 + (strlen(key) >= 3) : 0;
	return caps >= 2 && lower <= 1;
}

/* "RN", "LPN", "RM": s[0..n) a nurse's or midwife's licence, in capitals. */
static int
licence(const char *s, size_t n)
{
	static const char *const marks[] = { "APRN", "CNA", "CNM", "CRNA", "EMT", "LPN", "LVN",
		"NP", "RGN", "RM", "RN", NULL };

	for (int i = 0; marks[i] != NULL; i++)
		if (strlen(marks[i]) == n && memcmp(s, marks[i], n) == 0)
			return 1;
	return 0;
}

/* "Jane Doe, P.E.", "Jane Doe, PhD, PMP": cuts one post-nominal after a
 * comma off the end of s[0..*len); whether there was one. */
static int
postnominal(const char *s, size_t *len)
{
	size_t end = *len, start;
	int kind, lic;

	while (end > 0 && s[end - 1] == ' ')
		end--;
	start = end;
	while (start > 0 && s[start - 1] != ' ' && s[start - 1] != ',')
		start--;
	if (start < 2 || (kind = credential(s + start, end - start)) == 0)
		return 0;
	/* "DOE, JANE": in capitals only a known degree is one */
	for (size_t i = 0; i < start && kind == 1; i++)
		if (islower((unsigned char)s[i]))
			kind = 4;
	if (kind == 1)
		return 0;
	lic = kind >= 2 && licence(s + start, end - start);
	while (start > 0 && s[start - 1] == ' ')
		start--;
	/* "Jane Doe MSc", "HANNAH WHITFIELD RN": without the comma, a known
	 * degree, or a nurse's licence, after two words */
	if (start > 0 && s[start - 1] != ',' && (kind == 3 || lic) &&
	    memchr(s, ' ', start) != NULL) {
		*len = start;
		return 1;
	}
	if (start == 0 || s[start - 1] != ',')
		return 0;
	*len = start - 1;
	return 1;
}

/* Titles before a name, folded, without their dot ("Dr. rer. nat."), in
 * byte order: they are looked up by halves. */
static const char *const titles[] = {
	"arch", "arq", "assistant", "assoc", "associate", "asst", "atty", "avv", "bc",
	"bca", "capt", "dame", "dipl", "dipl.-ing", "doc", "dott", "dottssa", "dr",
	"dr.-ing", "dra", "drs", "eng", "engr", "frau", "hab", "herr", "hon", "ing",
	"inz", "ir", "judr", "lic", "mag", "mddr", "mdm", "med", "mgr", "miss", "mlle",
	"mme", "mr", "mrs", "ms", "mudr", "mvdr", "mx", "nat", "paeddr", "pharmdr",
	"phdr", "phil", "prof", "professor", "rer", "rev", "rndr", "sir", "sr", "sra",
	"srta", "thdr"
};
static const struct wordtab title_tab = WORDTAB(titles);

/* Titles before and degrees after a name: "Dr. rer. nat.", ", PhD". */
const char *
names_bare(const char *s, size_t *len)
{
	static const char *const after[] = { ", PhD", ", Ph.D.", ", MBA", ", MSc", ", M.Sc.",
		", PE", ", CPA", ", MD", " PhD", NULL };
	int more = 1;

	while (more) {
		size_t n = strcspn(s, " ");
		char w[16];
		more = 0;
		if (n >= sizeof w || s[n] != ' ')
			break;
		fold_into(s, n, w, sizeof w);
		if (n > 0 && w[strlen(w) - 1] == '.')
			w[strlen(w) - 1] = '\0';
		if (wordtab_has(&title_tab, w)) {
			s += n + 1;
			more = 1;
		}
	}
	*len = strlen(s);
	/* "ADEBOLA OGUNLEYE (MRS.), ACA, ACIB": the degrees after the
	 * brackets first */
	while (*len > 0 && postnominal(s, len))
		;
	/* "Abena Owusu (RM)", "JASMINE TAN (Ms)", "Oleksandr Hnatiuk (Олександр Гнатюк)": what
	 * the brackets after the name add is no part of it */
	if (*len > 3 && s[*len - 1] == ')') {
		const char *open = NULL;
		for (const char *q = s; q + 1 < s + *len; q++)
			if (q[0] == ' ' && q[1] == '(')
				open = q;
		if (open != NULL && memchr(s, ' ', (size_t)(open - s)) != NULL)
			*len = (size_t)(open - s);
	}
	for (int i = 0; after[i] != NULL; i++) {
		size_t n = strlen(after[i]);
		if (*len > n && strcmp(s + *len - n, after[i]) == 0)
			*len -= n;
	}
	while (*len > 0 && postnominal(s, len))
		;
	return s;
}

int
names_tables_sorted(void)
{
	return wordtab_sorted(&title_tab);
}
