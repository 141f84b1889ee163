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
#include "wordlist.h"
#include "xalloc.h"

/* Word lists, folded and sorted for bsearch (a unit test checks). */
static const char *const title_heads[] = {
	"abogada", "abogado", "abteilungsleiter", "accountant", "acheteur", "acheteuse",
	"actuary", "addetta", "addetto", "adjuster", "admin", "administrador",
	"administradora", "administrativa", "administrativo", "administrator",
	"adviser", "adviseur", "advisor", "advocate", "advogada", "advogado",
	"afdelingshoofd", "agent", "agente", "aide", "alternant", "alternante",
	"ambassador", "analist", "analista", "analitica", "analitico", "analityk",
	"analyst", "analyste", "analystin", "angestellte", "angestellter", "animateur",
	"animator", "animatrice", "appraiser", "apprendista", "apprenti", "apprentice",
	"apprentie", "aprendiz", "architect", "architecte", "architekt", "architektin",
	"architetto", "archivist", "arkitekt", "arquitecta", "arquitecto", "arquiteta",
	"arquiteto", "artisan", "artist", "arzt", "arztin", "asesor", "asesora",
	"asiantuntija", "assessor", "assistant", "assistante", "assistent",
	"assistente", "assistentin", "assistenz", "assistenzarzt", "assistenzarztin",
	"associate", "asystent", "asystentka", "attache", "attachee", "attendant",
	"attorney", "auditeur", "auditor", "auditrice", "auszubildende", "author",
	"auxiliar", "avocat", "avocate", "avvocato", "baker", "banker", "barista",
	"barman", "barmanka", "bartender", "beautician", "becaria", "becario",
	"beheerder", "berater", "beraterin", "biologist", "blogger", "boekhouder",
	"bolseira", "bolseiro", "bookkeeper", "broker", "buchhalter", "buchhalterin",
	"butcher", "buyer", "caissier", "caissiere", "cajera", "cajero", "camarera",
	"camarero", "cameriera", "cameriere", "capo", "captain", "caregiver", "carer",
	"carpenter", "cashier", "catedratica", "catedratico", "ceo", "cfo", "chair",
	"chairman", "chairwoman", "charge", "chargee", "chauffeur", "chef", "chefe",
	"cheffe", "chemist", "chercheur", "chercheuse", "chief", "cio", "ciso", "clerk",
	"clinician", "cmo", "co-founder", "coach", "cocinera", "cocinero", "coder",
	"cofounder", "commander", "commessa", "commesso", "commis", "compagnon",
	"comptable", "concierge", "configurator", "conseiller", "conseillere",
	"consilier", "consulente", "consultant", "consultante", "consultor",
	"consultora", "contabile", "contabilista", "contable", "contador", "contadora",
	"contractor", "contributor", "controleur", "controleuse", "controller",
	"controllerin", "coo", "cook", "coordenador", "coordenadora", "coordinador",
	"coordinadora", "coordinateur", "coordinator", "coordinatore", "coordinatrice",
	"copywriter", "cosmetologist", "counsel", "counsellor", "counselor", "courier",
	"cpo", "cto", "cuisinier", "cuisiniere", "cuoco", "curator", "dean",
	"decorator", "dentist", "dependienta", "dependiente", "desarrollador",
	"desarrolladora", "desenvolvedor", "desenvolvedora", "designer", "designerin",
	"detective", "developer", "developers", "developpeur", "developpeuse", "devops",
	"dezvoltator", "dietitian", "directeur", "director", "directora", "directrice",
	"diretor", "diretora", "direttore", "direttrice", "disenador", "disenadora",
	"dispatcher", "disponent", "disponentin", "docent", "docente", "doctor",
	"doctorant", "doctorante", "doktorand", "doktorandin", "dottoranda",
	"dottorando", "dozent", "dozentin", "drafter", "draftsman", "draughtsman",
	"driver", "dyrektor", "dyrektorka", "ebeniste", "economist", "editor",
	"educateur", "educatore", "educatrice", "einkaufer", "einkauferin", "ekonom",
	"ekspedientka", "electrician", "elektriker", "elektroniker", "employe",
	"encargada", "encargado", "encarregada", "encarregado", "enfermeira",
	"enfermeiro", "enfermera", "enfermero", "engenheira", "engenheiro", "engineer",
	"engineers", "enseignant", "enseignante", "entrepreneur", "entwickler",
	"entwicklerin", "erzieher", "erzieherin", "especialista", "estagiaria",
	"estagiario", "estimator", "evangelist", "executive", "expeditor", "expert",
	"fachangestellte", "fachangestellter", "fachinformatiker", "fachinformatikerin",
	"fachkraft", "farmer", "fejleszto", "fellow", "firefighter", "foreman",
	"forklift", "formateur", "formatrice", "forscher", "forscherin", "founder",
	"freelance", "freelancer", "gardener", "gelistirici", "geologist", "geometra",
	"geophysicist", "gerente", "geschaftsfuhrer", "geschaftsfuhrerin",
	"gestionnaire", "gestor", "gestora", "governor", "guard", "guide", "hacker",
	"hairdresser", "handlaggare", "handlowiec", "harjoittelija", "head",
	"headhunter", "hoogleraar", "host", "hostess", "hotesse", "housekeeper",
	"hygienist", "illustrator", "impiegata", "impiegato", "implementer",
	"infermiera", "infermiere", "infirmier", "infirmiere", "ingegnera", "ingegnere",
	"ingeniera", "ingeniero", "ingenieur", "ingenieure", "ingenieurin", "ingenjor",
	"inginer", "insegnante", "insinoori", "inspector", "inspektor", "instructor",
	"integrator", "intern", "internship", "interpreter", "investigador",
	"investigadora", "investigator", "inzynier", "jefa", "jefe", "jeweler",
	"johtaja", "journalist", "jurist", "juriste", "kasjer", "kasjerka", "kauffrau",
	"kehittaja", "kelner", "kelnerka", "kierowca", "kierowniczka", "kierownik",
	"kochin", "kock", "konsult", "konsultant", "konsultantka", "kontroler",
	"koordynator", "koordynatorka", "krankenpfleger", "krankenpflegerin",
	"ksiegowa", "ksiegowy", "kucharka", "kucharz", "laborant", "laborantka",
	"lagerist", "lageristin", "landscaper", "larare", "lawyer", "lead", "leader",
	"lecturer", "leerkracht", "lehrer", "lehrerin", "leiter", "leiterin", "lekarz",
	"lektor", "leraar", "lerares", "librarian", "lieutenant", "lifeguard",
	"machinist", "maestra", "maestro", "magazynier", "magazziniere", "maintainer",
	"maitre", "manager", "managerin", "marketer", "mason", "mathematician",
	"mechanic", "mechaniker", "mechanikerin", "medarbetare", "medecin",
	"medewerker", "medewerkster", "menedzer", "menuisier", "merchandiser", "mernok",
	"midwife", "mitarbeiter", "mitarbeiterin", "modeler", "modeller", "moderator",
	"monteur", "muhendis", "nanny", "nauczyciel", "nauczycielka", "nurse",
	"nutritionist", "oberarzt", "oberarztin", "officer", "onderzoeker",
	"onderzoeksassistent", "ontwerper", "ontwikkelaar", "operadora", "operaia",
	"operaio", "operaria", "operario", "operateur", "operative", "operator",
	"operatrice", "optometrist", "owner", "owner-operator", "paallikko", "painter",
	"paralegal", "paramedic", "partner", "pesquisador", "pesquisadora",
	"pflegefachkraft", "pflegehelfer", "pflegehelferin", "pharmacien",
	"pharmacienne", "pharmacist", "photographer", "physician", "physicist",
	"physiotherapist", "pielegniarka", "pilot", "planner", "plumber", "porter",
	"postdoc", "postdoctoral", "pracownica", "pracowniczka", "pracownik",
	"praktikant", "praktikantin", "praktykant", "praktykantka", "president",
	"principal", "procurement", "producer", "product", "profesor", "profesora",
	"professeur", "professeure", "professor", "professora", "professore",
	"professoressa", "progettista", "programador", "programadora", "programator",
	"programista", "programistka", "programmatore", "programmer", "programmeur",
	"programmeuse", "projectleider", "projektledare", "projektleiter",
	"promovendus", "provost", "przedstawiciel", "psychologist", "purchaser",
	"radiographer", "ragioniere", "ranger", "rececionista", "recepcionista",
	"recepcjonistka", "receptionist", "receptioniste", "recruiter", "rector",
	"redacteur", "redactor", "redactora", "redactrice", "referent", "referentin",
	"referentka", "registrar", "rektor", "representative", "researcher", "resident",
	"responsabile", "responsabili", "responsable", "responsavel", "revisor",
	"ricercatore", "ricercatrice", "sachbearbeiter", "sachbearbeiterin", "salesman",
	"salesperson", "saleswoman", "saljare", "scheduler", "scholar", "scientist",
	"scrum", "sde", "seamstress", "secretaire", "secretaresse", "secretary",
	"security", "sef", "segretaria", "sekreterare", "sergeant", "server", "serveur",
	"serveuse", "sjukskoterska", "softwareentwickler", "softwareentwicklerin",
	"soldier", "sonographer", "sourcer", "sous", "specialist", "specialista",
	"specjalista", "specjalistka", "sprzataczka", "sprzedawca", "sre", "stagiair",
	"stagiaire", "stagiar", "stagista", "statistician", "stazysta", "stazystka",
	"steward", "stewardess", "storekeeper", "strategist", "student", "stylist",
	"superintendent", "supervisor", "supervisora", "surgeon", "surveyor",
	"suunnittelija", "sviluppatore", "sviluppatrice", "swe", "tailor", "tanar",
	"teacher", "teamleider", "teamleiter", "technician", "technicien",
	"technicienne", "technologist", "tecnica", "tecnico", "tecnologo", "tehnician",
	"teller", "tester", "therapist", "tirocinante", "trader", "traducteur",
	"traductor", "traductora", "traductrice", "trainee", "trainer", "translator",
	"treasurer", "tutkija", "tutor", "underskoterska", "underwriter", "utvecklare",
	"uzman", "validator", "vedouci", "vendedor", "vendedora", "vendeur", "vendeuse",
	"venditore", "verifier", "verkaufer", "verkauferin", "verkoopster", "verkoper",
	"verpleegkundige", "veterinarian", "videographer", "volontar", "volunteer",
	"vp", "vyvojar", "waiter", "waitress", "warehouseman", "welder", "werkstudent",
	"werkstudentin", "wissenschaftler", "wissenschaftlerin", "worker", "writer",
	"yazilimci", "zorgkundige",
};
static const char *const title_mods[] = {
	"assistant", "associate", "bitradande", "chief", "deputy", "ds", "executive",
	"global", "head", "jr", "junior", "lead", "leitende", "leitender",
	"mlodsza", "mlodszy", "principal", "regional", "senior", "sr", "staff",
	"starsza", "starszy", "stellvertretende", "stellvertretender", "vice",
};
static const char *const company_cues[] = {
	"a/s", "ab", "ag", "agency", "airline", "airlines", "airways", "aps", "as", "asa",
	"association", "assurance", "assurances", "authority", "b.v.", "bakery", "bancorp",
	"bank", "bhd", "bureau", "bv", "cafe", "capital", "cie", "clinic", "clinics", "co",
	"co.", "company", "consultancy", "consultants", "consulting", "corp", "corp.",
	"corporation", "council", "department", "e.v.", "enterprise", "enterprises", "firm",
	"foundation", "games", "gbr", "global", "gmbh", "group", "holdings", "hospital",
	"hotel", "hotels", "inc", "inc.", "industries", "insurance", "international", "k.k.",
	"kft", "kg", "kk", "lab", "laboratories", "laboratory", "labs", "limitada", "limited",
	"llc", "llp", "logistics", "ltd", "ltd.", "ltda", "market", "media", "ministry",
	"motors", "municipality", "n.v.", "networks", "nv", "office", "offices", "oy",
	"partners", "partnership", "pharmacy", "plc", "private", "pte", "pty", "pvt",
	"restaurant", "restaurants", "s.a.", "s.a.s.", "s.p.a.", "s.r.l.", "sa", "sarl",
	"sas", "sdn", "services", "shop", "software", "solutions", "sp.", "spa", "srl",
	"store", "stores", "studio", "studios", "supermarket", "systems", "tech",
	"technologies", "technology", "trust", "ug", "union", "ventures", "z.o.o.", "zrt",
};
static const char *const school_cues[] = {
	"academy", "bits", "campus", "college", "conservatory", "ecole", "engg", "engg.",
	"escuela", "fachhochschule", "faculty", "gymnasium", "hochschule", "iiit", "iit",
	"institute", "institution", "liceo", "lycee", "mit", "nit", "politecnico",
	"polytechnic", "polytechnique", "school", "scuola", "seminary", "univ", "univ.",
	"universidad", "universidade", "universita", "universitat", "universite",
	"universiteit", "universities", "university", "uniwersytet",
};
static const char *const degree_words[] = {
	"10th", "12th", "a-levels", "abitur", "associate", "associate's", "associates",
	"b.a", "b.a.", "b.com", "b.e", "b.e.", "b.ed", "b.eng", "b.s", "b.s.", "b.sc",
	"b.sc.", "b.tech", "b.tech.", "ba", "bac", "baccalaureat", "baccalaureate",
	"bacharelado", "bachelor", "bachelor's", "bachelor-studium", "bachelors",
	"bachiller", "bba", "bca", "bcom", "be", "beng", "bep", "bfa", "brevet", "bs",
	"bsc", "btech", "bts", "cap", "cbse", "certificate", "dba", "dea", "dess",
	"deug", "diplom", "diploma", "diplome", "doctor", "doctorat", "doctorate",
	"dottorato", "doutorado", "dphil", "dut", "edd", "especializacao", "fachwirt",
	"gcse", "gesellenbrief", "grado", "graduacao", "graduate", "hbo", "higher",
	"honors", "honours", "hsc", "icse", "intermediate", "jd", "laurea", "licence",
	"licenciatura", "licencjat", "llb", "llm", "m.a", "m.a.", "m.com", "m.e",
	"m.e.", "m.ed", "m.eng", "m.s", "m.s.", "m.sc", "m.sc.", "m.tech", "m.tech.",
	"ma", "magister", "magistrale", "maitrise", "master", "master's",
	"master-studium", "mastere", "masters", "matriculation", "mba", "mbo", "mca",
	"mcom", "md", "me", "med", "meister", "meng", "mestrado", "mfa", "ms", "msc",
	"mtech", "pgd", "pgdm", "ph.d", "ph.d.", "phd", "postgraduate", "propedeuse",
	"secondary", "ssc", "sslc", "tecnologo", "triennale", "undergraduate", "x",
	"xii",
};

#define NWORDS(a) (sizeof(a) / sizeof((a)[0]))

static int
str_cmp(const void *k, const void *e)
{
	const unsigned char *a = k, *b = *(const unsigned char *const *)e;

	return *a != *b ? *a - *b : strcmp(k, (const char *)b);
}

static int
in(const char *const *list, size_t n, const char *w)
{
	return bsearch(w, list, n, sizeof *list, str_cmp) != NULL;
}

/* Calls fn for each word of s: folded, parentheses and trailing commas
 * off; orig is the word as written. */
static int
each_word(const char *s, int (*fn)(const char *w, const char *orig, size_t len))
{
	char w[48];
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

/* "Softwarearchitektin", "Projektleiter", "Datenbankentwickler": German
 * and Dutch write a job as one word, a long title word at its end. */
static int
compound_title(const char *w, size_t n)
{
	static const char *const tails[] = { "architekt", "architektin", "berater",
		"beraterin", "designer", "entwickler", "entwicklerin", "ingenieur",
		"ingenieurin", "leiter", "leiterin", "manager", "managerin", "ontwikkelaar",
		"referent", "referentin", "techniker", "technikerin", "utvecklare",
		/* "Krankenpflegerin", "applicatiebeheerder", "Redovisningsekonom",
		 * "Logistikkonsult", "Ekonomiassistent", "Projektchef" */
		"pfleger", "pflegerin", "helfer", "helferin", "fachkraft", "kauffrau",
		"beheerder", "medewerker", "adviseur", "kundige", "ekonom", "konsult",
		"assistent", "assistentin", "handlaggare", "ledare", "controller",
		"controllerin", "chef", "leider", "analytiker", "sachbearbeiter",
		"sachbearbeiterin", "arbeiter", "arbeiterin", "kaufmann", "mitarbeiter",
		"mitarbeiterin", "assistenz", "informatiker", "informatikerin", "leitung",
		"arzt", "arztin", "fachangestellte", "larare", "saljare", "sekreterare",
		"ingenjor", "arbetare", "medarbetare", "ontwerper", "onderzoeker", NULL };

	for (int i = 0; tails[i] != NULL; i++) {
		size_t k = strlen(tails[i]);
		if (n >= k + 4 && strcmp(w + n - k, tails[i]) == 0 && strchr(w, '-') == NULL)
			return 1;
	}
	return 0;
}

static int
title_word(const char *w, const char *orig, size_t len)
{
	size_t n = strlen(w);
	const char *dash = strchr(w, '-');

	(void)orig;
	(void)len;
	if (in(title_heads, NWORDS(title_heads), w))
		return 2;
	if (dash != NULL && dash > w && n < 40) {
		char a[48];
		memcpy(a, w, (size_t)(dash - w));
		a[dash - w] = '\0';
		if (in(title_heads, NWORDS(title_heads), a) ||
		    in(title_heads, NWORDS(title_heads), dash + 1))
			return 2;
	}
	if (compound_title(w, n))
		return 2;
	if (n > 1 && w[n - 1] == '.') {
		char t[48];
		memcpy(t, w, n - 1);
		t[n - 1] = '\0';
		return in(title_mods, NWORDS(title_mods), t) ? 1 : 0;
	}
	return in(title_mods, NWORDS(title_mods), w) ? 1 : 0;
}

int
role_title_score(const char *s)
{
	return each_word(s, title_word);
}

/* Legal forms count anywhere ("Acme GmbH & Co"); words like "Software"
 * or "Systems" only at the end, since "Software Engineer" is a job.  A
 * form without dots of three letters or fewer counts only capitalised:
 * "Vasakronan AB", "Boiron SA", not the words "as", "se", "ab". */
static const char *const legal_forms[] = {
	"a/s", "ab", "abp", "ag", "aps", "as", "asa", "b.v.", "bhd", "bv", "bvba",
	"corp", "corp.", "cvba", "e.v.", "eurl", "gbr", "ggmbh", "gmbh", "inc", "inc.",
	"kg", "kgaa", "lda", "lda.", "limitada", "llc", "llp", "ltd", "ltd.", "ltda",
	"ltda.", "n.v.", "nv", "o.o.", "ohg", "oy", "oyj", "plc", "pte", "pty", "pvt",
	"s.a.", "s.a.s.", "s.a.u.", "s.c.", "s.l.", "s.l.u.", "s.p.a.", "s.r.l.", "sa",
	"sarl", "sas", "sasu", "se", "sp.", "sp.k.", "spa", "sprl", "srl", "ug",
};
/* Words that make a name an organisation's wherever they stand, when the
 * part names no job: "Gemeente Utrecht", "Sundsvalls kommun", "Gruppo
 * Hera", "Ospedale Sant'Orsola", "Universitätsklinikum Leipzig". */
static const char *const org_words[] = {
	"agence", "agencia", "agenzia", "ajuntament", "ayuntamiento", "azienda", "bank",
	"brasserie", "bundesagentur", "bundesamt", "cafe", "camara", "caritas", "comune",
	"conseil", "cooperativa", "diakonie", "fondazione", "fundacao", "fundacion",
	"gemeente", "generalitat", "gmina", "groupe", "grupo", "gruppe", "gruppo",
	"hopital", "hospital", "hotel", "kaupunki", "kliniek", "klinik", "klinikum",
	"kommun", "kommune", "krankenhaus", "landesamt", "landkreis", "lasarett",
	"mairie", "ministere", "ministerie", "ministerio", "ministerium", "ministero",
	"municipio", "ospedale", "prefeitura", "provincie", "rathaus", "region",
	"regione", "restauracja", "restaurante", "ristorante", "sairaala", "sjukhus",
	"sparkasse", "spital", "stad", "stadt", "stadtwerke", "stichting", "stiftung",
	"sygehus", "szpital", "trattoria", "urzad", "verein", "versicherung",
	"ziekenhuis",
};

/* "Park-Klinikum", "Universitätsklinikum", "Woonzorgcentrum": a compound
 * ending in an organisation's word. */
static int
org_word(const char *w, const char *orig, size_t len)
{
	static const char *const tails[] = { "klinikum", "krankenhaus", "ziekenhuis",
		"sjukhus", "zorgcentrum", "versicherung", "sparkasse", "stadtwerke", NULL };
	const char *dash = strrchr(w, '-');
	size_t n = strlen(w);

	(void)orig;
	(void)len;
	if (in(org_words, NWORDS(org_words), w) ||
	    (dash != NULL && in(org_words, NWORDS(org_words), dash + 1)))
		return 1;
	for (int i = 0; tails[i] != NULL; i++) {
		size_t k = strlen(tails[i]);
		if (n >= k + 3 && strcmp(w + n - k, tails[i]) == 0)
			return 1;
	}
	return 0;
}

static int
legal_form(const char *w, const char *orig)
{
	size_t n = strlen(w);

	if (!in(legal_forms, NWORDS(legal_forms), w))
		return 0;
	return n > 3 || strchr(w, '.') != NULL || strchr(w, '/') != NULL ||
	    isupper((unsigned char)orig[0]);
}

/* The score of legal forms and of the words firms' names end in. */
static int
firm_score(const char *s)
{
	char w[48];
	const char *last = NULL, *note = strstr(s, " (");
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
		if (note == NULL || p < note)
			last = p;
		p += n;
	}
	if (last != NULL && strcspn(last, " \t,()/|:;[]\"&") < sizeof w / 2) {
		size_t n;
		fold_into(last, strcspn(last, " \t,()/|:;[]\"&"), w, sizeof w);
		score += in(company_cues, NWORDS(company_cues), w);
		if ((n = strlen(w)) > 1 && w[n - 1] == '.') {
			w[n - 1] = '\0';
			score += in(company_cues, NWORDS(company_cues), w);
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
role_company_score(const char *s)
{
	int score = firm_score(s);

	if (role_title_score(s) == 0)
		score += each_word(s, org_word) > 0;
	return score;
}

static int
school_word(const char *w, const char *orig, size_t len)
{
	static const char *const acronyms[] = { "bits", "iiit", "iit", "mit", "nit", NULL };

	/* "MIT" is a school, "mit" a German word */
	for (int i = 0; acronyms[i] != NULL; i++)
		if (strcmp(w, acronyms[i]) == 0)
			for (size_t k = 0; k < len; k++)
				if (islower((unsigned char)orig[k]))
					return 0;
	static const char *const stems[] = { "universit", "hochschule", "college", "school",
		"akadem", "academ", "egyetem", "politechn", "politecn", "polytechn", "institut",
		"istitut", "technion", "yliopisto", "hogskol", "hogeschool", "ecole", "escola",
		"lycee", "lyceum", "liceum", "licej", "liceo", "gymnas", "fakult", "faculdade", "facultad", "colegio",
		"uceni", "szkola", "skola", "schule", "conservato", "tecnologico", "truong",
		"gakuin", "daigaku", NULL };

	/* which of a-z w holds: a stem (all a-z) needs its first two */
	uint32_t has = 0;

	if (in(school_cues, NWORDS(school_cues), w))
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

int
role_school_score(const char *s)
{
	return each_word(s, school_word);
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
	if (!in(degree_words, NWORDS(degree_words), w))
		return 0;
	if (letters <= 2 && upper < letters)
		return 0;
	return 1;
}

int
role_degree_score(const char *s)
{
	return each_word(s, degree_word);
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
		"foto tessera", "pasfoto", NULL };
	size_t n = strlen(s);

	if (n < 3)
		return 0;
	return wordlist_has(words, key);
}

int
role_noise(const char *s)
{
	static const char *const phrases[] = { "promoted", "total experience",
		"average tenure", "current experience", "highly stable", "show more",
		"see more", "show all", "see all", "full time", "part time", "permanent",
		"temporary", "contract", "seasonal", "apprenticeship", "internship", NULL };
	char key[64];
	size_t n;

	if (strlen(s) > 60)
		return 0;
	fold_key(s, strlen(s), key, sizeof key);
	for (int i = 0; phrases[i] != NULL; i++)
		if (key[0] == phrases[i][0] && strcmp(key, phrases[i]) == 0)
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
	static const char *const seps[] = { " | ", "|", "\t", " \xe2\x80\x94 ", " \xe2\x80\x93 ",
		" -- ", " - ", " \xc2\xb7 ", " \xe2\x80\xa2 ", " at ", " @ ", " \xe2\x80\x94",
		"\xe2\x80\x94 ", " \xe2\x88\x99 ", " \xe2\x97\x8f ", " // ", NULL };

	/* every separator starts with one of these bytes */
	if (*s != ' ' && *s != '|' && *s != '\t' && *s != '\xe2')
		return 0;
	return wordlist_prefix(seps, s);
}

void
role_parts(const char *s, struct strlist *out)
{
	const char *start = s;

	while (*s != '\0') {
		size_t n = separator(s);
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
	for (size_t i = 0; i < out->n;)
		if (out->v[i][0] == '\0')
			strlist_remove(out, i);
		else
			i++;
}

int
role_word(const char *w)
{
	return in(title_heads, NWORDS(title_heads), w) || in(title_mods, NWORDS(title_mods), w) ||
	    in(company_cues, NWORDS(company_cues), w) || in(school_cues, NWORDS(school_cues), w) ||
	    in(degree_words, NWORDS(degree_words), w);
}

static int
sorted(const char *const *v, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (strcmp(v[i - 1], v[i]) >= 0)
			return 0;
	return 1;
}

int
role_tables_sorted(void)
{
	return sorted(title_heads, NWORDS(title_heads)) && sorted(title_mods, NWORDS(title_mods)) &&
	    sorted(company_cues, NWORDS(company_cues)) && sorted(school_cues, NWORDS(school_cues)) &&
	    sorted(degree_words, NWORDS(degree_words)) &&
	    sorted(legal_forms, NWORDS(legal_forms)) && sorted(org_words, NWORDS(org_words));
}
