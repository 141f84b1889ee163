/*
 * Languages: the spoken ones a section lists, with their fluency or CEFR
 * level ("English (native), German (B2)", "Italiano: madrelingua").  A
 * section of them that names none is read as skills.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "epgrid.h"
#include "fold.h"
#include "lineword.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

/* Spoken languages, in English and as their speakers write them. */
static const char *const tongues[] = {
	"acholi", "afaan oromo", "afar", "afrikaans", "akan", "albanian", "albanski",
	"aleman", "alemany", "alemao", "allemand", "almanca", "amharic", "angielski", "anglais",
	"angles", "anglescina", "anglicky", "anglictina", "anglisht", "anglu", "angol", "arab",
	"arabe", "arabic", "arabisch", "arabo", "arapca", "arapski", "armenian",
	"armenio", "assamese", "aymara", "azerbaijani", "azeri", "bahasa", "balochi",
	"baluchi", "bambara", "basque", "belanda", "belarusian", "bemba", "bengali",
	"berber", "bhojpuri", "bikol", "bisaya", "bislama", "bobo", "bosanski",
	"bosnian", "breton", "bugarski", "bulgarian", "burmese", "cantonese",
	"castella", "castellano", "catala", "catalan", "cebuano", "ceski", "cesky", "cestina", "changana",
	"chavacano", "chichewa", "chinees", "chines", "chinese", "chinesisch",
	"chino", "chinois", "cinese", "comorian", "comorien", "creole", "croatian", "czech",
	"czeski", "dagbani", "danisch", "danish", "danois", "dansk", "danska",
	"danski", "dari", "deutsch", "dhivehi", "dinka", "dioula", "dogon", "duits", "dutch",
	"dyula", "dzongkha", "efik", "emakhuwa", "engels", "engelsk", "engelska",
	"englanti", "engleski", "engleza", "englisch", "english", "enska", "espagnol",
	"espanhol", "espanol", "estonian", "estu", "euskera", "ewe", "fante",
	"faroese", "farsi", "fijian", "filipino", "finnisch", "finnish", "finnois",
	"finska", "finski", "flemish", "fon", "francais", "frances", "francese",
	"franceza", "francoscina", "francuski", "francuzsky", "frans", "fransizca",
	"fransk", "franska", "franzosisch", "french", "frengjisht", "fula", "fulani",
	"fulfulde", "ga", "gaelic", "galician", "gallego", "garifuna", "georgian",
	"german", "germana", "giapponese", "gjermanisht", "gourmantche", "grcki",
	"grec", "greek", "greqisht", "griechisch", "guarani", "gujarati", "hakka",
	"hassaniya", "hausa", "hayeren", "hebrejski", "hebrew", "hiligaynon", "hindi",
	"hindoestaans", "hiri motu", "hiszpanski", "hmong", "hokkien", "holandes",
	"holandski", "hrvascina", "hrvatski", "hungarian", "ibibio", "icelandic",
	"igbo", "ilocano", "ilonggo", "indonesia", "indonesian", "inggris",
	"ingilizce", "ingles", "inglese", "irish", "isindebele", "isiswati",
	"isixhosa", "isizulu", "islenska", "ispanu", "ispanyolca", "italiaans",
	"italian", "italiana", "italiano", "italien", "italienisch", "italijanscina",
	"italijanski", "italisht", "italska", "italu", "italyanca", "japanese",
	"japanisch", "japanska", "japanski", "japonais", "japones", "javaans",
	"javanese", "jawa", "jepang", "jerman", "jula", "kabye", "kalenjin", "kamba",
	"kannada", "kanuri", "kapampangan", "karen", "kashmiri", "kazakh", "khmer",
	"kichwa", "kikuyu", "kineski", "kinverska", "kinyarwanda", "kirundi",
	"kiswahili", "konkani", "korea", "korean", "koreanisch", "korejski", "kreyol",
	"krio", "kriol", "kroatisch", "kurdish", "kurmanji", "kyrgyz", "lao", "latin",
	"latinski", "latvian", "latviu", "lenku", "letzebuergesch", "lietuviu",
	"lingala", "lithuanian", "lozi", "luganda", "luhya", "luo", "lusoga",
	"luxembourgeois", "luxembourgish", "macedonian", "macua", "madarski",
	"madarsky", "madzarscina", "maghiara", "magyar", "maithili", "makedonski",
	"malagasy", "malay", "malayalam", "malinke", "maltese", "mandarin",
	"mandinka", "maori", "marathi", "melayu", "mende", "mina", "mongolian",
	"moore", "morisien", "mossi", "nahuatl", "ndau", "nederlands", "neerlandais",
	"nemacki", "nemcina", "nemecky", "nemet", "nemscina", "nepali", "newari",
	"niederlandisch", "niemiecki", "nizozemski", "njemacki", "norsk", "norska",
	"norvegien", "norveski", "norwegian", "norwegisch", "nuer", "nyanja", "odia",
	"olandese", "oriya", "oromo", "papiamento", "papiamentu", "pashto",
	"perancis", "persian", "peul", "polacco", "polaco", "polish", "poljski",
	"polnisch", "polonais", "polski", "polsky", "pools", "portoghese",
	"portugais", "portugalski", "portugees", "portugiesisch", "portugues",
	"portuguese", "prancuzu", "pulaar", "punjabi", "quechua", "romana",
	"romanian", "rosyjski", "rumanisch", "rumunjski", "runyankole", "ruotsi",
	"rusa", "rusca", "ruscina", "rusisht", "ruski", "rusky", "ruso", "russe",
	"russian", "russisch", "russneska", "russo", "rustina", "rusu", "saenska",
	"saksa", "samoan", "sango", "saraiki", "saramaccan", "sarnami", "schwedisch",
	"sena", "sepedi", "serbian", "serer", "sesotho", "setswana", "sharchopkha", "shikomori", "shilluk", "shimaore", "shona", "shqip",
	"sindhi", "sinhala", "sinhalese", "siswati", "slovacki", "slovak",
	"slovenacki", "slovencina", "slovene", "slovenian", "slovenscina",
	"slovenski", "slovensky", "slovenstina", "somali", "songhai", "songhay",
	"soninke", "sorani", "sotho", "spaans", "spaenska", "spagnolo", "spanielsky",
	"spaniola", "spanisch", "spanish", "spanjisht", "spanjolski", "spanscina",
	"spansk", "spanska", "spanski", "sranan", "sranantongo", "srbscina", "srpski",
	"suedois", "sunda", "sundanese", "suomi", "suomiu", "surinaams", "surinamese",
	"svedski", "svedu", "svensk", "svenska", "swahili", "swedish", "sylheti",
	"tagalog", "tajik", "taliansky", "talijanski", "tamasheq", "tamazight",
	"tamil", "tatar", "tcheque", "tedesco", "telugu", "temne", "tetum", "tetun",
	"thai", "thyska", "tibetan", "tigre", "tigrinya", "tionghoa", "tiv",
	"tok pisin", "tongan", "tschechisch", "tshivenda", "tswana", "tulu",
	"tumbuka", "turc", "turkce", "turkisch", "turkish", "turkmen", "turkmence",
	"turks", "turqisht", "turski", "twi", "tysk", "tyska", "ukrainian",
	"ukrainski", "ukrajinski", "ukrajinsky", "ungarisch", "urdu", "uyghur",
	"uzbek", "vietnamese", "visayan", "vokieciu", "waray", "welsh", "wloski",
	"wolof", "xhosa", "xichangana", "xines", "xitsonga", "yiddish", "yoruba", "zande", "zulu",
	"азербайджанский", "английский", "англійська", "арабский", "арабська",
	"армянский", "белорусский", "білоруська", "греческий", "грузинский", "иврит",
	"испанский", "итальянский", "казахский", "киргизский", "китайский",
	"китайська", "корейский", "корейська", "кыргызский", "немецкий", "німецька",
	"польский", "польська", "португальский", "португальська", "російська",
	"русский", "таджикский", "турецкий", "турецька", "туркменский", "узбекский",
	"украинский", "українська", "финский", "французский", "французька", "хинди",
	"чеська", "чешский", "шведский", "японский", "японська", "іспанська",
	"італійська", "中文", "俄语", "德語", "德语", "日語", "日语", "普通話", "普通话", "汉语", "法語",
	"法语", "漢語", "粤语", "粵語", "英語", "英语", "西班牙语", "韓語", "韩语",
};
static const struct wordtab tongue_tab = WORDTAB(tongues);

int
parse_tongue(const char *s, size_t len)
{
	char w[32];

	if (len >= sizeof w)
		return 0;
	/* fold_key: "İngilizce" folds to a dotted i and its mark, which
	 * the key leaves out */
	fold_key(s, len, w, sizeof w);
	return wordtab_has(&tongue_tab, w);
}

/* "Anglický jazyk", "język angielski" no: the word for "language" after
 * the language's name, part of it; its length with the space before it,
 * 0 if none. */
static size_t
tongue_word(const char *s)
{
	static const char *const words[] = { "jazyk", "jezik", "język", "nyelv", NULL };
	size_t n;

	if (s[0] != ' ')
		return 0;
	n = strcspn(s + 1, " :-()\t,;");
	for (int i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == n && strncmp(s + 1, words[i], n) == 0)
			return n + 1;
	return 0;
}

static int fluency_line(const char *);

/* "Comorien (shikomori)" then "Langue maternelle": the bracket read as
 * the level was the language's own when a level follows it. */
static void
note_named(struct language *l, const char *level)
{
	char *name;

	if (l->fluency == NULL || fluency_line(l->fluency) || strlen(l->fluency) > 30 ||
	    strpbrk(l->fluency, "0123456789") != NULL)
		return;		/* not "English (C1)" */
	name = xprintf("%s (%s)", l->language, l->fluency);
	profile_set(&l->language, name);
	profile_set(&l->fluency, level);
	free(name);
}

/* "Comorien (shikomori) – Langue maternelle": a bracket after the
 * language, then its level after a dash or a colon, is the language's
 * own; its length with the space before it, 0 if none. */
static size_t
tongue_note(const char *s)
{
	const char *close, *after;

	if (strncmp(s, " (", 2) != 0 || (close = strchr(s, ')')) == NULL ||
	    memchr(s + 2, '(', (size_t)(close - s - 2)) != NULL)
		return 0;
	after = close + 1 + strspn(close + 1, " ");
	if (strncmp(after, "\xe2\x80\x93 ", 4) != 0 && strncmp(after, "- ", 2) != 0 &&
	    *after != ':')
		return 0;
	return (size_t)(close + 1 - s);
}

/* "English (Native)", "French – B2", "German: fluent", "Spanish C1". */
/* The language the item names, appended; NULL when it names none or
 * one already listed. */
struct language *
parse_language_item(struct ctx *c, const char *s)
{
	size_t n = 0;
	struct language *l;
	char *rest;

	while (s[n] != '\0' && (isalpha((unsigned char)s[n]) || (unsigned char)s[n] >= 0x80))
		n++;
	if (n == 0 || !parse_tongue(s, n))
		return NULL;
	for (size_t i = 0; i < c->p->nlanguages; i++)
		if (c->p->languages[i].language != NULL &&
		    strlen(c->p->languages[i].language) == n &&
		    strncmp(c->p->languages[i].language, s, n) == 0)
			return NULL;	/* named twice: in the skills and on its own */
	if ((l = parse_append(c, SEC_LANGUAGES)) == NULL)
		return NULL;
	n += tongue_word(s + n);
	n += tongue_note(s + n);
	profile_setn(&l->language, s, n);
	s += n;
	s += strspn(s, " :-()\t\xe2\x80\x93\xe2\x80\x94");
	/* "(Native)" ends at its bracket; "nivel B2 (First Certificate)"
	 * keeps its own */
	n = strcspn(s, ")");
	if (s[n] == ')' && memchr(s, '(', n) != NULL)
		n++;
	rest = parse_trim(s, n);
	profile_set(&l->fluency, rest);
	free(rest);
	return l;
}

/* "Deutsch (Muttersprache) Englisch (Fließend)": languages with their
 * levels in brackets, one after another with no separator, are one each. */
static void
bracket_split(struct strlist *items)
{
	struct strlist out = STRLIST_INIT;

	for (size_t i = 0; i < items->n; i++) {
		const char *s = items->v[i], *p;
		while ((p = strstr(s, ") ")) != NULL && isupper((unsigned char)p[2])) {
			strlist_take(&out, parse_trim(s, (size_t)(p + 1 - s)));
			s = p + 2;
		}
		strlist_take(&out, parse_trim(s, strlen(s)));
	}
	strlist_clear(items);
	*items = out;
}

/* "Italiano: madrelingua Inglese: C1 Tedesco: B1": a language and its
 * colon after another's level open an item. */
static void
colon_split(struct strlist *items)
{
	struct strlist out = STRLIST_INIT;

	for (size_t i = 0; i < items->n; i++) {
		const char *s = items->v[i], *p = s;
		while (*p != '\0' && (p = strchr(p + 1, ' ')) != NULL) {
			size_t n = strcspn(p + 1, " :");
			/* "Afar : langue maternelle", the French space too */
			if ((p[1 + n] == ':' || (p[1 + n] == ' ' && p[2 + n] == ':')) &&
			    p > s && isupper((unsigned char)p[1]) &&
			    parse_tongue(p + 1, n) && strchr(s, ':') < p) {
				strlist_take(&out, parse_trim(s, (size_t)(p - s)));
				s = p + 1;
			}
		}
		strlist_take(&out, parse_trim(s, strlen(s)));
	}
	strlist_clear(items);
	*items = out;
}

/* "Hindi – B2": the level a list separator cut off its language; a CEFR
 * level or a word or two ("native", "working proficiency"). */
static int
fluency_item(const char *s)
{
	size_t n = strlen(s);

	if (n == 2 && strchr("ABCabc", s[0]) != NULL && (s[1] == '1' || s[1] == '2'))
		return 1;
	return n > 0 && n <= 30 && lineword_count(s) <= 3 && !isdigit((unsigned char)*s);
}

/* The word before the colon s starts with, if a label in list:
 * "Language:", "Proficiency:"; the bytes up to the value, else 0. */
static size_t
label_of(const char *s, const char *const *list)
{
	size_t n = strcspn(s, ": ");
	char key[24];

	if (s[n] != ':' || n == 0 || n >= sizeof key)
		return 0;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(list, key) ? n + 1 + strspn(s + n + 1, " \t") : 0;
}

static const char *const language_labels[] = { "idioma", "jezyk", "language", "langue",
	"lingua", "sprache", "taal", NULL };
static const char *const level_labels[] = { "fluency", "level", "livello", "niveau",
	"nivel", "proficiency", "stufe", NULL };

static int
spoken(const struct ctx *c, const struct sect *sec)
{
	int yes = 0, no = 0;

	for (size_t i = sec->from; i < sec->to; i++) {
		const char *s = c->L->v[i].s;
		yes += label_of(s, language_labels) > 0;
		for (const char *p = s; *p != '\0';) {
			size_t n = strcspn(p, " ,;|:()\t/");
			if (n > 0) {
				if (parse_tongue(p, n))
					yes++;
				else if (lexicon_skill(c->lx, p, n))
					no++;
			}
			p += n + (p[n] != '\0');
		}
	}
	return yes > 0 && yes >= no;
}

/* "Native or bilingual proficiency", "Nível profissional pleno",
 * "Competencia básica", "Verhandlungssicher": a line that tells a level
 * and names no language. */
static int
fluency_line(const char *s)
{
	static const char *const words[] = { "native", "bilingual", "proficiency",
		"professional", "working", "elementary", "limited", "fluent", "basic",
		"nivel", "nativo", "nativa", "bilingue", "profissional", "profesional",
		"basico", "basica", "elementar", "pleno", "competencia", "muttersprache",
		"zweisprachig", "verhandlungssicher", "fliessend", "grundkenntnisse",
		"capacite", "notions", "langue", "natale", "madrelingua", "moedertaal",
		"advanced", "intermediate", "beginner", "materinsky", "materinska", "rodny",
		"pokrocily", "pokrocila", "mierne", "zaciatocnik", "zakladny", "zakladna",
		"plynule", "aktivne", "competence", "limitee", "professionnelle", "complete",
		"maternelle", "courant", "intermediaire", "debutant", "avance", "elementaire",
		NULL };
	char key[96], *w, *save = NULL;

	if (strlen(s) >= sizeof key || lineword_count(s) > 6 ||
	    parse_tongue(s, strcspn(s, " ,(:")))
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	for (w = strtok_r(key, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save))
		if (wordlist_has(words, w))
			return 1;
	return 0;
}

/* "Arabe tchadien<gap>Parlé couramment", "Ngambaye<gap>Langue
 * maternelle": a two-column row, the language in its first cell (known,
 * or its level known), the level whole in the second; whether s was. */
static int
language_row(struct ctx *c, const char *s)
{
	const char *tab = strchr(s, '\t'), *rest;
	size_t n = tab != NULL ? (size_t)(tab - s) : 0;
	struct language *l;
	char *cell;

	if (tab == NULL || strchr(tab + 1, '\t') != NULL || n == 0 || n > 30)
		return 0;
	rest = tab + 1 + strspn(tab + 1, " \t");
	if (strncmp(rest, "\xe2\x80\x93 ", 4) == 0 || strncmp(rest, "- ", 2) == 0)
		rest += rest[0] == '-' ? 2 : 4;	/* "English<gap>– fluent" */
	cell = parse_trim(s, n);
	/* not "polski – ojczysty<gap>...": a level set apart already */
	if (*rest == '\0' || lineword_count(cell) > 3 || strpbrk(cell, ":0123456789") != NULL ||
	    strstr(cell, " \xe2\x80\x93") != NULL || strstr(cell, " -") != NULL ||
	    !(parse_tongue(cell, strcspn(cell, " ")) || fluency_line(rest)) ||
	    (l = parse_append(c, SEC_LANGUAGES)) == NULL) {
		free(cell);
		return 0;
	}
	profile_set(&l->language, cell);
	profile_set(&l->fluency, rest);
	free(cell);
	return 1;
}

/* "Language: Pohnpeian Proficiency: Native": an ATS's record of a
 * language, the tongue whatever it is, as its label says; whether s was. */
static int
language_labelled(struct ctx *c, const char *s)
{
	size_t v = label_of(s, language_labels), n, k = 0;
	const char *p = s + v;
	struct language *l;

	if (v == 0)
		return 0;
	while ((p = strchr(p, ' ')) != NULL && (k = label_of(p + 1, level_labels)) == 0)
		p++;
	n = p != NULL ? (size_t)(p - (s + v)) : strlen(s + v);
	while (n > 0 && strchr(" ,;", s[v + n - 1]) != NULL)
		n--;
	if (n == 0 || (l = parse_append(c, SEC_LANGUAGES)) == NULL)
		return 0;
	profile_setn(&l->language, s + v, n);
	if (p != NULL && p[1 + k] != '\0')
		profile_set(&l->fluency, p + 1 + k);
	return 1;
}

void
parse_languages(struct ctx *c, const struct sect *sec)
{
	if (epgrid_column(c, sec))
		return;
	if (!spoken(c, sec)) {
		parse_skills(c, sec);
		return;
	}
	size_t before = c->p->nlanguages;

	for (size_t i = sec->from; i < sec->to; i++) {
		const char *s = c->L->v[i].s;
		/* several on a line: "English (native), German (B2)",
		 * "English · Japanese (B2)" */
		struct strlist items = STRLIST_INIT, pieces = STRLIST_INIT;
		struct language *last = NULL;
		size_t v = label_of(s, level_labels);
		if (epgrid_mother(c, s))
			continue;
		/* "Português" over "Nível nativo ou bilíngue": a profile
		 * page's level on the line under its language; "Language:
		 * English" over "Proficiency: Fluent" */
		if (c->p->nlanguages > before && (fluency_line(s) || v > 0) &&
		    c->p->languages[c->p->nlanguages - 1].fluency == NULL) {
			profile_set(&c->p->languages[c->p->nlanguages - 1].fluency, s + v);
			continue;
		}
		if (language_row(c, s) || language_labelled(c, s))
			continue;
		strlist_add(&pieces, s);
		colon_split(&pieces);
		for (size_t k = 0; k < pieces.n; k++)
			parse_skill_list(c, pieces.v[k], &items);
		strlist_clear(&pieces);
		colon_split(&items);
		bracket_split(&items);
		for (size_t k = 0; k < items.n; k++) {
			struct language *l = parse_language_item(c, items.v[k]);
			if (l == NULL && last != NULL && last->fluency == NULL &&
			    fluency_item(items.v[k]))
				profile_set(&last->fluency, items.v[k]);
			else if (l == NULL && last != NULL && fluency_line(items.v[k]))
				note_named(last, items.v[k]);
			last = l;
		}
		strlist_clear(&items);
	}
}

int
parse_tongues_sorted(void)
{
	return wordtab_sorted(&tongue_tab);
}
