/*
 * roles: what a part of an entry's header is: a job title, a company, a
 * school, a degree, a place, or the chrome of a profile page.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "dateparse.h"
#include "fold.h"
#include "parse.h"
#include "role_cjk.h"
#include "role_words.h"
#include "scorememo.h"
#include "wordlist.h"
#include "xalloc.h"



/* The scores of the last header parts asked about, one memo a question,
 * per thread (the importer parses on a thread of its own). */
static _Thread_local struct scorememo memo_title, memo_company, memo_school, memo_degree;

/* fn(s), from memo when s was asked about lately. */
static int
remembered(struct scorememo *memo, const char *s, int (*fn)(const char *))
{
	size_t len = strlen(s);
	unsigned hash = 0;
	int score;

	if (scorememo_get(memo, s, len, &hash, &score))
		return score;
	score = fn(s);
	scorememo_put(memo, s, len, hash, score);
	return score;
}

static int
in(const struct wordtab *t, const char *w)
{
	return wordtab_has(t, w);
}

/* Calls fn for each word of s: folded, parentheses and trailing commas
 * off; orig is the word as written. */
static int
each_word(const char *s, int (*fn)(const char *w, const char *orig, size_t len))
{
	/* room for a word of 24 letters in Cyrillic or Greek, folded */
	char w[96];
	int score = 0;

	while (*s != '\0') {
		size_t n;
		s += strspn(s, " \t,()/|:;[]\"");
		n = strcspn(s, " \t,()/|:;[]\"");
		if (n == 0)
			break;
		if (n < sizeof w / 2) {
			fold_into(s, n, w, sizeof w);
			score += fn(w, s, n);
		} else if (memchr(s, '-', n) != NULL) {
			/* "Friedrich-Alexander-Universität": too long a word,
			 * read by its parts */
			for (size_t k = 0, m; k < n; k += m + 1) {
				m = strcspn(s + k, "-");
				m = m < n - k ? m : n - k;
				if (m > 0 && m < sizeof w / 2) {
					fold_into(s + k, m, w, sizeof w);
					score += fn(w, s + k, m);
				}
			}
		}
		s += n;
	}
	return score;
}

/* "Softwarearchitektin", "Projektleiter", "Datenbankentwickler": German,
 * Dutch, the Nordic languages and Finnish write a job as one word, a long
 * title word at its end. */
static int
compound_title(const char *w, size_t n)
{
#define E WORDLEN
	static const struct wordlen tails[] = {
		E("adviseur"), E("analytiker"), E("analyytikko"),
		E("arbeiter"), E("arbeiterin"), E("arbetare"), E("architekt"),
		E("architektin"), E("arzt"), E("arztin"), E("asentaja"),
		E("asiantuntija"), E("assistent"), E("assistentin"),
		E("assistenz"), E("avustaja"), E("beheerder"), E("berater"),
		E("beraterin"), E("betreuer"), E("betreuerin"), E("chef"),
		E("controller"), E("controllerin"), E("designer"), E("ekonom"),
		E("entwickler"), E("entwicklerin"), E("erzieher"),
		E("erzieherin"), E("esihenkilo"), E("esimies"),
		E("fachangestellte"), E("fachfrau"), E("fachkraft"), E("fachmann"), E("fahrer"),
		E("fahrerin"), E("handlaggare"), E("harjoittelija"),
		E("helfer"), E("helferin"), E("hoitaja"), E("informatiker"),
		E("informatikerin"), E("ingenieur"), E("ingenieurin"), E("kasittelija"),
		E("ingenior"), E("ingenjor"), E("insinoori"), E("johtaja"),
		E("kauffrau"), E("kaufmann"), E("kehittaja"),
		E("kirjanpitaja"), E("konsulent"), E("konsult"),
		E("konsultti"), E("koordinaattori"), E("kuljettaja"),
		E("kundige"), E("laerling"), E("larare"), E("larling"),
		E("ledare"), E("leder"), E("lehrer"), E("lehrerin"),
		E("leider"), E("leiter"), E("leiterin"), E("leitung"),
		E("manager"), E("managerin"), E("medarbeider"),
		E("medarbejder"), E("medarbetare"), E("medewerker"),
		E("mitarbeiter"), E("mitarbeiterin"), E("montor"), E("myyja"),
		E("neuvoja"), E("ohjaaja"), E("onderzoeker"), E("ontwerper"),
		E("ontwikkelaar"), E("opettaja"), E("paallikko"), E("pfleger"),
		E("pflegerin"), E("planer"), E("planerin"), E("radgiver"),
		E("referent"), E("referentin"), E("sachbearbeiter"),
		E("sachbearbeiterin"), E("saljare"), E("sekreterare"),
		E("sihteeri"), E("suunnittelija"), E("svend"), E("svenn"),
		E("sygeplejerske"), E("sykepleier"), E("techniker"),
		E("technikerin"), E("tekniker"), E("teknikko"), E("trainer"),
		E("trainerin"), E("tyontekija"), E("udvikler"),
		E("utvecklare"), E("utvikler"), E("verkaufer"),
		E("verkauferin"), E("zeichner"), E("zeichnerin") };
#undef E
	/* Swedish verbs on "-leder": "Handleder två konsulter" */
	static const char *const verbs[] = { "avleder", "handleder", "vagleder" };
	static const struct wordtab verb_tab = WORDTAB(verbs);

	return strchr(w, '-') == NULL && !wordtab_has_n(&verb_tab, w, n) &&
	    wordlen_ends(tails, sizeof tails / sizeof tails[0], w, n, 4);
}

static int
title_word(const char *w, const char *orig, size_t len)
{
	size_t n = strlen(w);
	const char *dash = strchr(w, '-');

	(void)orig;
	(void)len;
	if (in(&role_title_heads, w))
		return 2;
	if (dash != NULL && dash > w && n < 40) {
		char a[48];
		memcpy(a, w, (size_t)(dash - w));
		a[dash - w] = '\0';
		if (in(&role_title_heads, a) ||
		    in(&role_title_heads, dash + 1))
			return 2;
	}
	if (compound_title(w, n))
		return 2;
	if (n > 1 && w[n - 1] == '.') {
		char t[48];
		memcpy(t, w, n - 1);
		t[n - 1] = '\0';
		return in(&role_title_mods, t) ? 1 : 0;
	}
	return in(&role_title_mods, w) ? 1 : 0;
}

static int
title_score(const char *s)
{
	return each_word(s, title_word) + role_cjk_title(s);
}

int
role_title_score(const char *s)
{
	return remembered(&memo_title, s, title_score);
}


/* "Park-Klinikum", "Universitätsklinikum", "Woonzorgcentrum": a compound
 * ending in an organisation's word. */
static int
org_word(const char *w, const char *orig, size_t len)
{
	static const struct wordlen tails[] = { WORDLEN("klinikum"),
		WORDLEN("krankenhaus"), WORDLEN("ziekenhuis"), WORDLEN("sjukhus"),
		WORDLEN("zorgcentrum"), WORDLEN("versicherung"), WORDLEN("sparkasse"),
		WORDLEN("stadtwerke"), WORDLEN("laitos"), WORDLEN("virasto"), WORDLEN("yhtio") };
	const char *dash = strrchr(w, '-');

	(void)orig;
	(void)len;
	if (in(&role_org_words, w) ||
	    (dash != NULL && in(&role_org_words, dash + 1)))
		return 1;
	return wordlen_ends(tails, sizeof tails / sizeof tails[0], w, strlen(w), 3);
}

static int
legal_form(const char *w, const char *orig)
{
	size_t n = strlen(w);

	if (!in(&role_legal_forms, w))
		return 0;
	/* "oHG": capitals after a small letter */
	return n > 3 || strchr(w, '.') != NULL || strchr(w, '/') != NULL ||
	    isupper((unsigned char)orig[0]) || (n == 3 && isupper((unsigned char)orig[1]) &&
	    isupper((unsigned char)orig[2]));
}

/* The score of legal forms and of the words firms' names end in. */
static int
firm_score(const char *s)
{
	char w[48];
	const char *last = NULL, *prev = NULL, *note = strstr(s, " (");
	int score = 0;

	/* "Kitchen Porter (agency)": the last word is the one before a note */
	if (note != NULL && (strchr(note + 2, '(') != NULL || s[strlen(s) - 1] != ')'))
		note = NULL;
	for (const char *p = s; *p != '\0';) {
		size_t n;
		p += strspn(p, " \t,()|:;[]\"&");
		n = strcspn(p, " \t,()|:;[]\"&");
		if (n == 0)
			break;
		if (n < sizeof w / 2) {
			fold_into(p, n, w, sizeof w);
			score += legal_form(w, p);
		}
		if (note == NULL || p < note) {
			prev = last;
			last = p;
		}
		p += n;
	}
	if (last != NULL && strcspn(last, " \t,()/|:;[]\"&") < sizeof w / 2) {
		size_t n;
		fold_into(last, strcspn(last, " \t,()/|:;[]\"&"), w, sizeof w);
		/* "Commis de bureau": a firm's word in small letters after
		 * a capital, the end of a title */
		if (!(islower((unsigned char)last[0]) && isupper((unsigned char)s[0])))
			score += in(&role_company_cues, w);
		if ((n = strlen(w)) > 1 && w[n - 1] == '.') {
			w[n - 1] = '\0';
			score += in(&role_company_cues, w);
		}
		/* "Plan International Guiné-Bissau", "British Council
		 * Yangon": "International" or "Council" before the country or
		 * the town the firm works in */
		if (score == 0 && prev != NULL && isupper((unsigned char)last[0]) &&
		    strcspn(last, " \t,()/|:;[]\"&") >= 4 &&
		    strcspn(prev, " \t,()/|:;[]\"&") < sizeof w / 2 && role_title_score(last) == 0) {
			fold_into(prev, strcspn(prev, " \t,()/|:;[]\"&"), w, sizeof w);
			score += strcmp(w, "international") == 0 || strcmp(w, "council") == 0;
		}
	}
	return score;
}

int
role_firm_score(const char *s)
{
	return firm_score(s);
}

int
role_legal_form(const char *s)
{
	char w[48];
	size_t n = strlen(s);

	if (n == 0 || n >= sizeof w / 2)
		return 0;
	fold_into(s, n, w, sizeof w);
	return legal_form(w, s);
}

static int
company_score(const char *s)
{
	int score = firm_score(s) + role_cjk_company(s);

	if (role_title_score(s) == 0)
		score += each_word(s, org_word) > 0;
	return score;
}

int
role_company_score(const char *s)
{
	return remembered(&memo_company, s, company_score);
}

static int
school_word(const char *w, const char *orig, size_t len)
{
	/* "TU Clausthal", "FH Aachen", "TH Köln": German universities'
	 * kinds before their towns */
	static const char *const acronyms[] = { "bits", "fh", "iiit", "iit", "mit", "nit", "th",
		"tu", NULL };

	/* "MIT" is a school, "mit" a German word */
	for (int i = 0; acronyms[i] != NULL; i++)
		if (strcmp(w, acronyms[i]) == 0)
			for (size_t k = 0; k < len; k++)
				if (islower((unsigned char)orig[k]))
					return 0;
	/* "TU" before its town, not "Diplom-Ingenieur (FH)" */
	if (len == 2 && (strcmp(w, "fh") == 0 || strcmp(w, "th") == 0 || strcmp(w, "tu") == 0) &&
	    !(orig[len] == ' ' && isupper((unsigned char)orig[len + 1])))
		return 0;
	static const char *const stems[] = { "universit", "hochschule", "college", "school",
		"akadem", "academ", "egyetem", "politechn", "politecn", "polytechn", "institut",
		"istitut", "technion", "yliopisto", "hogskol", "hogeschool", "ecole", "escola",
		"lycee", "lyceum", "liceum", "licej", "liceo", "gymnas", "fakult", "faculdade", "facultad", "colegio",
		"uceni", "szkola", "skola", "schule", "conservato", "tecnologico", "truong",
		"gakuin", "daigaku", "koulu", "lukio", "opisto", "skole", "escuela", "scuola",
		"accadem", "colegiu", "liceu", "okulu", "lisesi", "sekolah", "vidyala", "vidyapee",
		"daxue", "ulikool", "bildungszentr", "bildungswerk", "kolleg", NULL };

	/* which of a-z w holds: a stem (all a-z) needs its first two */
	uint32_t has = 0;

	if (in(&role_school_cues, w))
		return 1;
	if (strlen(w) < 5)	/* shorter than any stem */
		return 0;
	for (const char *c = w; *c != '\0'; c++)
		if (*c >= 'a' && *c <= 'z')
			has |= 1u << (*c - 'a');
	for (int i = 0; stems[i] != NULL; i++)
		if ((has >> (stems[i][0] - 'a') & has >> (stems[i][1] - 'a') & 1) &&
		    strstr(w, stems[i]) != NULL)
			return 1;
	return 0;
}

static int
school_score(const char *s)
{
	return each_word(s, school_word) + role_cjk_school(s);
}

int
role_school_score(const char *s)
{
	return remembered(&memo_school, s, school_score);
}

/* Short degree words count only in capitals: "BS" is a degree, "be" a verb. */
static int
degree_word(const char *w, const char *orig, size_t len)
{
	size_t letters = 0, upper = 0;

	for (size_t i = 0; i < len; i++) {
		letters += isalpha((unsigned char)orig[i]) != 0;
		upper += isupper((unsigned char)orig[i]) != 0;
	}
	if (!in(&role_degree_words, w))
		return 0;
	if (letters <= 2 && upper < letters)
		return 0;
	return 1;
}

static int
degree_score(const char *s)
{
	return each_word(s, degree_word);
}

int
role_degree_score(const char *s)
{
	return remembered(&memo_degree, s, degree_score);
}

/* "[Foto]", "(photo)", "Bewerbungsfoto": where a picture stood in the
 * PDF, in brackets or not. */
static int
photo_slot(const char *s, const char *key)
{
	static const char *const words[] = { "bild", "foto", "image", "photo", "picture",
		"profile photo", "profile picture", "zdjecie", "bewerbungsfoto", "passfoto",
		"passbild", "fotografia", "fotografie", "photograph", "photo here", "your photo",
		"insert photo", "add photo", "foto hier", "photo d identite", "foto carnet",
		"foto tessera", "pasfoto", "profilfoto", "profilbild", "portrait", "portraitfoto",
		"foto de perfil", "photo de profil", "foto profilo", "foto perfil",
		"zdjecie profilowe", "valokuva", "kuva", "billede", "profilbillede", "fotka",
		"fotograf", "vesikalik", "profilkep", "fenykep", NULL };
	size_t n = strlen(s);

	if (n < 3)
		return 0;
	return wordlist_has(words, key);
}

static int
size_band(const char *key)
{
	static const char *const staff[] = { "employees", "mitarbeiter", "mitarbeitende",
		"beschaftigte", "salaries", "empleados", "trabajadores", "funcionarios",
		"colaboradores", "dipendenti", "medewerkers", "werknemers", "pracownikow",
		"anstallda", "ansatte", "tyontekijaa", "zamestnancu", "calisan", "staff", NULL };
	size_t n = strspn(key, "0123456789");

	if (n == 0)
		return 0;
	if (key[n] == ' ' && isdigit((unsigned char)key[n + 1]))
		n += 1 + strspn(key + n + 1, "0123456789");
	return key[n] == ' ' && wordlist_has(staff, key + n + 1);
}

int
role_noise(const char *s)
{
	static const char *const phrases[] = { "promoted", "total experience",
		"average tenure", "current experience", "highly stable", "show more",
		"see more", "show all", "see all", "full time", "part time", "permanent",
		"temporary", "contract", "seasonal", "apprenticeship", "internship",
		/* the kind of contract, as profile sites set it beside a job */
		"festanstellung", "vollzeit", "teilzeit", "befristet", "unbefristet", "cdi",
		"cdd", "temps plein", "temps partiel", "tiempo completo", "jornada completa",
		"media jornada", "tiempo parcial", "tempo integral", "meio periodo",
		"tempo pieno", "tempo parziale", "tempo indeterminato", "voltijd", "deeltijd",
		"vast contract", "heltid", "deltid", "fuldtid", "tillsvidareanstallning",
		"kokoaikainen", "osa aikainen", "vakituinen", "maaraaikainen", "pelny etat",
		"niepelny etat", "plny uvazek", "castecny uvazek", "hlavni pracovni pomer",
		"tam zamanli", "yari zamanli", "sozlesmeli", NULL };
	char key[64];
	size_t n, from, to;

	if (strlen(s) > 60)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	for (int i = 0; phrases[i] != NULL; i++)
		if (key[0] == phrases[i][0] && strcmp(key, phrases[i]) == 0)
			return 1;
	/* "3 Jahre, 9 Monate" under the dates: how long it lasted (a duration
	 * starts with its number) */
	if (isdigit((unsigned char)key[0]) &&
	    dateparse_duration(key, strlen(key), &from, &to) >= 0 && from == 0 &&
	    to == strlen(key))
		return 1;
	/* "201-500 Mitarbeitende", "51-200 employees", "10,001+ employees":
	 * the firm's size, a band; "120 staff" alone is a wrapped duty's end */
	if (size_band(key) && (strpbrk(s, "-+,") != NULL || strstr(s, "\xe2\x80\x93") != NULL))
		return 1;
	if (strncmp(key, "show all ", 9) == 0 || strncmp(key, "see all ", 8) == 0)
		return 1;
	/* a profile page's "Endorsed by 12 colleagues at Personio",
	 * "4 endorsements" */
	if (strncmp(key, "endorsed by ", 12) == 0 ||
	    (isdigit((unsigned char)key[0]) && strstr(key, " endorsement") != NULL))
		return 1;
	if (photo_slot(s, key))
		return 1;
	/* "3 roles", "2 positions" */
	n = strspn(key, "0123456789");
	return n > 0 && (strcmp(key + n, " roles") == 0 || strcmp(key + n, " positions") == 0);
}

int
role_self_employed(const char *s)
{
	static const char *const words[] = { "auto entrepreneur", "autoentrepreneur",
		"autonoma", "autonomo", "eigenes unternehmen", "eenmanszaak", "freelance",
		"freelancer", "freelancing", "freiberufler", "freiberuflerin", "freiberuflich",
		"independent", "independent consultant", "independent contractor",
		"independente", "independiente", "independant", "independante", "libero professionista",
		"own business", "self employed", "self employment", "selbstandig",
		"selbststandig", "selfemployed", "trabajador autonomo", "zelfstandig", "zzp", NULL };
	char key[40];

	if (strlen(s) > 32)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	return wordlist_has(words, key);
}

/* Where a separator of header parts starts at s, and its length. */
static size_t
separator(const char *s)
{
#define L WORDLEN
	static const struct wordlen seps[] = { L(" | "), L("|"), L("\t"),
		L(" \xe2\x80\x94 "), L(" \xe2\x80\x93 "), L(" -- "), L(" - "),
		L(" \xc2\xb7 "), L(" \xe2\x80\xa2 "), L(" at "), L(" @ "), L(" \xe2\x80\x94"),
		L("\xe2\x80\x94 "), L(" \xe2\x88\x99 "), L(" \xe2\x97\x8f "), L(" // ") };
#undef L

	/* every separator starts with one of these bytes */
	if (*s != ' ' && *s != '|' && *s != '\t' && *s != '\xe2')
		return 0;
	return wordlen_prefix(seps, sizeof seps / sizeof seps[0], s);
}

/* "Tofaş A.Ş. / Kıdemli Kalite Mühendisi", "(주)누리소프트 / 마케팅 대리": a
 * firm and a title on either side of a spaced slash are two parts (a
 * title with a slash in it, "Sales / Marketing Manager", stays one);
 * whether part i was split. */
static int
slash_split(struct strlist *parts, size_t i)
{
	const char *s = parts->v[i], *slash = strstr(s, " / ");
	char *a, *b;
	int ok;

	if (slash == NULL || strstr(slash + 3, " / ") != NULL)
		return 0;
	a = parse_trim(s, (size_t)(slash - s));
	b = parse_trim(slash + 3, strlen(slash + 3));
	ok = (role_company_score(a) > 0 && role_title_score(a) == 0 && role_title_score(b) > 0) ||
	    (role_title_score(a) > 0 && role_company_score(b) > 0 && role_title_score(b) == 0);
	if (!ok) {
		free(a);
		free(b);
		return 0;
	}
	free(parts->v[i]);
	parts->v[i] = a;
	strlist_take(parts, b);		/* at the end, then moved up after a */
	memmove(parts->v + i + 2, parts->v + i + 1, (parts->n - i - 2) * sizeof *parts->v);
	parts->v[i + 1] = b;
	return 1;
}

/* "Four Seasons Hotel Cairo at Nile Plaza": " at " inside a firm's name,
 * after words that name a firm and no job. */
static int
firm_at(const char *start, const char *at)
{
	char *left = xstrndup(start, (size_t)(at - start));
	int firm = role_title_score(left) == 0 && role_company_score(left) > 0;

	free(left);
	return firm;
}

void
role_parts(const char *s, struct strlist *out)
{
	const char *start = s;

	while (*s != '\0') {
		size_t n = separator(s);
		if (n > 0 && strncmp(s, " at ", 4) == 0 && firm_at(start, s)) {
			s += n;
			continue;
		}
		if (n == 0) {
			s++;
			continue;
		}
		if (s > start)
			strlist_take(out, parse_trim(start, (size_t)(s - start)));
		s += n;
		start = s;
	}
	if (s > start)
		strlist_take(out, parse_trim(start, (size_t)(s - start)));
	/* "Meridian Home & Apparel," over "Dublin": no part ends in a comma */
	for (size_t i = 0; i < out->n; i++) {
		size_t n = strlen(out->v[i]);
		while (n > 0 && (out->v[i][n - 1] == ',' || out->v[i][n - 1] == ' '))
			out->v[i][--n] = '\0';
	}
	for (size_t i = 0; i < out->n;)
		if (out->v[i][0] == '\0')
			strlist_remove(out, i);
		else
			i += 1 + slash_split(out, i);
}

int
role_word(const char *w)
{
	return in(&role_title_heads, w) || in(&role_title_mods, w) ||
	    in(&role_company_cues, w) || in(&role_school_cues, w) ||
	    in(&role_degree_words, w);
}

int
role_tables_sorted(void)
{
	return wordtab_sorted(&role_title_heads) && wordtab_sorted(&role_title_mods) &&
	    wordtab_sorted(&role_company_cues) && wordtab_sorted(&role_school_cues) &&
	    wordtab_sorted(&role_degree_words) &&
	    wordtab_sorted(&role_legal_forms) && wordtab_sorted(&role_org_words);
}
