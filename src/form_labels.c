#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "form_labels.h"

/* Folded: lower case, no accents, punctuation as one space. */
static const struct {
	const char *key;
	enum form_field f;
} labels[] = {
	/* the person */
	{ "name", F_NAME }, { "full name", F_NAME }, { "candidate name", F_NAME },
	{ "legal name", F_MARK }, { "given name s", F_GIVEN }, { "given name", F_GIVEN },
	{ "first name", F_GIVEN }, { "first names", F_GIVEN }, { "given names", F_GIVEN },
	{ "forename", F_GIVEN }, { "forenames", F_GIVEN }, { "family name", F_FAMILY },
	{ "last name", F_FAMILY },
	{ "surname", F_FAMILY }, { "current title", F_HEADLINE }, { "headline", F_HEADLINE },
	{ "current position", F_HEADLINE }, { "email", F_EMAIL }, { "e mail", F_EMAIL },
	{ "email address", F_EMAIL }, { "phone", F_PHONE }, { "phone number", F_PHONE },
	{ "mobile", F_PHONE }, { "mobile phone", F_PHONE }, { "telephone", F_PHONE },
	{ "tel", F_PHONE }, { "tel no", F_PHONE },
	{ "website", F_WEB }, { "websites", F_WEB }, { "linkedin", F_WEB },
	{ "linkedin profile", F_WEB }, { "linkedin url", F_WEB }, { "portfolio", F_WEB },
	/* any record */
	{ "location", F_PLACE }, { "address", F_PLACE }, { "city", F_PLACE },
	{ "location city", F_PLACE }, { "current location", F_PLACE },
	{ "place of assignment", F_PLACE }, { "duty station", F_PLACE },
	{ "place of work", F_PLACE }, { "site", F_PLACE }, { "work site", F_PLACE },
	{ "roster", F_SKIP }, { "swing", F_SKIP },
	{ "mobile number", F_PHONE }, { "contact number", F_PHONE },
	{ "from", F_FROM }, { "start date", F_FROM }, { "to", F_TO }, { "end date", F_TO },
	{ "started", F_FROM }, { "finished", F_TO }, { "ended", F_TO }, { "date started", F_FROM },
	{ "date finished", F_TO }, { "date left", F_TO },
	{ "to actual or expected", F_TO }, { "from to", F_FROMTO }, { "dates", F_FROMTO },
	{ "period", F_FROMTO }, { "duration", F_FROMTO },
	/* work */
	{ "job title", F_TITLE }, { "position", F_TITLE }, { "title", F_TITLE },
	{ "position title", F_TITLE }, { "designation", F_TITLE }, { "position held", F_TITLE },
	{ "post held", F_TITLE },
	{ "current designation", F_HEADLINE }, { "employer", F_EMPLOYER }, { "company", F_EMPLOYER },
	{ "company name", F_EMPLOYER }, { "employer name", F_EMPLOYER },
	{ "organisation", F_EMPLOYER }, { "organization", F_EMPLOYER }, { "role", F_ROLE },
	{ "hospital", F_EMPLOYER }, { "health facility", F_EMPLOYER },
	{ "project", F_NOTE }, { "client", F_NOTE }, { "project name", F_NOTE },
	{ "client name", F_NOTE }, { "team size", F_NOTE }, { "reporting to", F_NOTE },
	{ "reports to", F_NOTE }, { "section", F_NOTE }, { "obra", F_NOTE }, { "proyecto", F_NOTE },
	{ "cliente", F_NOTE }, { "projet", F_NOTE }, { "projeto", F_NOTE },
	{ "i currently work here", F_CURRENT }, { "current job", F_CURRENT },
	{ "current role", F_CURRENT }, { "current position held", F_CURRENT },
	{ "description", F_DESC }, { "role description", F_DESC },
	{ "job description", F_DESC }, { "responsibilities", F_DESC },
	{ "duties", F_DESC }, { "main duties", F_DESC }, { "key responsibilities", F_DESC },
	{ "duties and responsibilities", F_DESC }, { "tasks", F_DESC },
	/* education */
	{ "school", F_SCHOOL }, { "school or university", F_SCHOOL }, { "school name", F_SCHOOL },
	{ "institution", F_SCHOOL }, { "university", F_SCHOOL }, { "college", F_SCHOOL },
	{ "degree", F_DEGREE }, { "qualification", F_DEGREE }, { "degree type", F_DEGREE },
	{ "field of study", F_FIELD }, { "major", F_FIELD }, { "discipline", F_FIELD },
	{ "area of study", F_FIELD }, { "secondary school", F_SCHOOL }, { "high school", F_SCHOOL },
	{ "tertiary", F_SCHOOL }, { "tertiary institution", F_SCHOOL }, { "highest grade", F_DEGREE },
	{ "highest qualification", F_SKIP }, { "subjects", F_SKIP },
	{ "highest grade passed", F_DEGREE }, { "subjects passed", F_SKIP },
	/* a South African CV's personal details */
	{ "e mail address", F_EMAIL }, { "identity number", F_SKIP }, { "id number", F_SKIP },
	{ "id no", F_SKIP }, { "equity status", F_SKIP }, { "criminal record", F_SKIP },
	{ "health", F_SKIP }, { "residential address", F_PLACE }, { "postal address", F_PLACE },
	/* certificates */
	{ "certification", F_CERT }, { "certificate", F_CERT }, { "issued by", F_ISSUER },
	{ "issuing organization", F_ISSUER }, { "issued date", F_FROM },
	{ "issuing body", F_ISSUER }, { "issuing organisation", F_ISSUER }, { "issuer", F_ISSUER },
	{ "awarding body", F_ISSUER }, { "issuing authority", F_ISSUER },
	{ "date obtained", F_FROM }, { "date issued", F_FROM }, { "issue date", F_FROM },
	{ "date of issue", F_FROM },
	{ "trade test centre", F_ISSUER }, { "trade test center", F_ISSUER },
	{ "date passed", F_FROM }, { "certificate no", F_SKIP }, { "certificate number", F_SKIP },
	/* said, and of no use here */
	{ "grade", F_SKIP }, { "overall result gpa", F_SKIP }, { "gpa", F_SKIP },
	{ "status", F_SKIP }, { "industry", F_SKIP }, { "sector", F_SKIP },
	{ "employment type", F_SKIP }, { "job type", F_SKIP }, { "reason for leaving", F_SKIP },
	{ "notice period", F_SKIP }, { "salary", F_SKIP }, { "salary expectation", F_SKIP },
	{ "expected salary", F_SKIP }, { "availability", F_SKIP }, { "right to work", F_SKIP },
	{ "preferred work type", F_SKIP }, { "work type", F_SKIP }, { "profile id", F_SKIP },
	{ "candidate id", F_SKIP }, { "exported", F_SKIP }, { "last updated", F_SKIP }, { "source", F_SKIP }, { "resume cv", F_SKIP },
	{ "resume", F_SKIP }, { "cover letter", F_SKIP },
	{ "my information", F_MARK }, { "my experience", F_MARK },
	/* other languages: employer */
	{ "empresa", F_EMPLOYER }, { "empleador", F_EMPLOYER }, { "arbeitgeber", F_EMPLOYER },
	{ "unternehmen", F_EMPLOYER }, { "firma", F_EMPLOYER }, { "werkgever", F_EMPLOYER },
	{ "bedrijf", F_EMPLOYER }, { "employeur", F_EMPLOYER }, { "entreprise", F_EMPLOYER },
	{ "societe", F_EMPLOYER }, { "azienda", F_EMPLOYER }, { "datore di lavoro", F_EMPLOYER },
	{ "pracodawca", F_EMPLOYER }, { "arbetsgivare", F_EMPLOYER }, { "empregador", F_EMPLOYER },
	{ "arbejdsgiver", F_EMPLOYER }, { "virksomhed", F_EMPLOYER }, { "zamestnavatel", F_EMPLOYER },
	{ "tyonantaja", F_EMPLOYER }, { "yritys", F_EMPLOYER }, { "sirket", F_EMPLOYER },
	/* title */
	{ "cargo", F_TITLE }, { "puesto", F_TITLE }, { "funcion", F_TITLE },
	{ "funktion", F_TITLE }, { "stelle", F_TITLE }, { "functie", F_TITLE },
	{ "poste", F_TITLE }, { "fonction", F_TITLE }, { "ruolo", F_TITLE },
	{ "mansione", F_TITLE }, { "posizione", F_TITLE }, { "stanowisko", F_TITLE },
	{ "befattning", F_TITLE }, { "roll", F_TITLE }, { "funcao", F_TITLE },
	{ "stilling", F_TITLE }, { "pozice", F_TITLE }, { "tehtavanimike", F_TITLE },
	{ "unvan", F_TITLE }, { "pozisyon", F_TITLE },
	/* dates */
	{ "fechas", F_FROMTO }, { "periodo", F_FROMTO }, { "zeitraum", F_FROMTO },
	{ "periode", F_FROMTO }, { "okres", F_FROMTO }, { "datum", F_FROMTO },
	{ "duracion", F_FROMTO }, { "obdobi", F_FROMTO }, { "ajanjakso", F_FROMTO },
	{ "donem", F_FROMTO }, { "tarih", F_FROMTO },
	/* place */
	{ "ort", F_PLACE }, { "lugar", F_PLACE }, { "ciudad", F_PLACE }, { "lieu", F_PLACE },
	{ "luogo", F_PLACE }, { "plaats", F_PLACE }, { "miejscowosc", F_PLACE },
	{ "ubicacion", F_PLACE }, { "localidade", F_PLACE }, { "cidade", F_PLACE },
	{ "endereco", F_PLACE },
	/* the duties of the job */
	{ "funciones", F_DESC }, { "responsabilidades", F_DESC }, { "tareas", F_DESC },
	{ "descripcion", F_DESC }, { "funcoes", F_DESC }, { "atividades", F_DESC },
	{ "descricao", F_DESC }, { "aufgaben", F_DESC }, { "tatigkeiten", F_DESC },
	{ "taetigkeiten", F_DESC }, { "beschreibung", F_DESC }, { "missions", F_DESC },
	{ "taches", F_DESC }, { "responsabilites", F_DESC }, { "activites", F_DESC },
	{ "mansioni", F_DESC }, { "responsabilita", F_DESC }, { "attivita", F_DESC },
	{ "descrizione", F_DESC }, { "taken", F_DESC }, { "werkzaamheden", F_DESC },
	{ "verantwoordelijkheden", F_DESC }, { "omschrijving", F_DESC },
	{ "obowiazki", F_DESC }, { "zakres obowiazkow", F_DESC }, { "opis", F_DESC },
	{ "arbetsuppgifter", F_DESC }, { "arbejdsopgaver", F_DESC }, { "opgaver", F_DESC },
	{ "napln prace", F_DESC }, { "tehtavat", F_DESC }, { "gorevler", F_DESC },
	{ "naloge", F_DESC }, { "delovne naloge", F_DESC }, { "opis dela", F_DESC },
	{ "opis posla", F_DESC }, { "zaduzenja", F_DESC }, { "detyrat", F_DESC },
	/* a French job board's "Mon CV" page, and its Spanish, Portuguese
	 * and German kin */
	{ "intitule du poste", F_TITLE }, { "titre du poste", F_TITLE },
	{ "date de debut", F_FROM }, { "date de fin", F_TO }, { "poste actuel", F_CURRENT },
	{ "emploi actuel", F_CURRENT }, { "annee d obtention", F_TO },
	{ "domaine d etudes", F_FIELD }, { "data de inicio", F_FROM }, { "data de fim", F_TO }, { "data de termino", F_TO },
	{ "startdatum", F_FROM }, { "enddatum", F_TO },
	/* a Portuguese CV of labelled records: "Período:", "Entidade:",
	 * "Função:", "Principais actividades:"; "Estabelecimento de ensino:" */
	{ "entidade", F_EMPLOYER }, { "entidade empregadora", F_EMPLOYER },
	{ "principais actividades", F_DESC }, { "actividades", F_DESC }, { "estabelecimento de ensino", F_SCHOOL },
	{ "classificacao final", F_SKIP }, { "tese", F_SKIP }, { "data", F_FROM },
	{ "metier recherche", F_SKIP }, { "type de contrat", F_SKIP }, { "mobilite", F_SKIP },
	{ "disponibilite", F_SKIP }, { "salaire souhaite", F_SKIP },
	/* CV-Online's Latvian pages (cv.lv) */
	{ "amats", F_TITLE }, { "uznemums", F_EMPLOYER }, { "periods", F_FROMTO },
	{ "atrasanas vieta", F_PLACE }, { "pienakumi", F_DESC }, { "sasniegumi", F_DESC },
	{ "macibu iestade", F_SCHOOL }, { "izglitibas limenis", F_DEGREE },
	{ "specialitate", F_FIELD }, { "nosaukums", F_CERT }, { "iestade", F_ISSUER },
	{ "datums", F_FROM }, { "talrunis", F_PHONE }, { "e pasts", F_EMAIL },
	{ "dzimsanas datums", F_SKIP }, { "dzivesvieta", F_PLACE },
	/* an Ecuadorian or Colombian hoja de vida */
	{ "nombres", F_GIVEN }, { "apellidos", F_FAMILY }, { "nombres y apellidos", F_NAME },
	{ "cedula", F_SKIP }, { "cedula de ciudadania", F_SKIP }, { "cedula de identidad", F_SKIP },
	{ "telefono celular", F_PHONE }, { "telefono movil", F_PHONE },
	{ "telefono convencional", F_SKIP }, { "telefono fijo", F_SKIP },
	{ "correo electronico", F_EMAIL }, { "correo", F_EMAIL },
	{ "direccion domiciliaria", F_PLACE }, { "direccion", F_PLACE },
	{ "lugar de nacimiento", F_SKIP }, { "edad", F_SKIP }, { "tipo de sangre", F_SKIP },
	{ "fecha de ingreso", F_FROM }, { "fecha de salida", F_TO },
	{ "fecha de inicio", F_FROM }, { "fecha de fin", F_TO }, { "fecha de finalizacion", F_TO },
	{ "fecha de termino", F_TO }, { "desde", F_FROM }, { "hasta", F_TO },
	/* the school */
	{ "institucion", F_SCHOOL }, { "universidad", F_SCHOOL }, { "centro educativo", F_SCHOOL },
	{ "centro de estudios", F_SCHOOL }, { "instituicao", F_SCHOOL }, { "escola", F_SCHOOL },
	{ "hochschule", F_SCHOOL }, { "schule", F_SCHOOL }, { "bildungseinrichtung", F_SCHOOL },
	{ "etablissement", F_SCHOOL }, { "ecole", F_SCHOOL }, { "istituto", F_SCHOOL },
	{ "scuola", F_SCHOOL }, { "onderwijsinstelling", F_SCHOOL }, { "instelling", F_SCHOOL },
	{ "uczelnia", F_SCHOOL }, { "szkola", F_SCHOOL }, { "larosate", F_SCHOOL },
	{ "uddannelsessted", F_SCHOOL }, { "skola", F_SCHOOL }, { "oppilaitos", F_SCHOOL },
	{ "okul", F_SCHOOL },
	/* the degree */
	{ "nivel", F_DEGREE }, { "nivel de estudios", F_DEGREE }, { "titulo", F_DEGREE },
	{ "titulacion", F_DEGREE }, { "grado", F_DEGREE }, { "grau", F_DEGREE },
	{ "abschluss", F_DEGREE }, { "diplome", F_DEGREE }, { "titolo di studio", F_DEGREE },
	{ "opleiding", F_DEGREE }, { "tytul", F_DEGREE }, { "examen", F_DEGREE },
	{ "uddannelse", F_DEGREE }, { "tutkinto", F_DEGREE }, { "derece", F_DEGREE },
	/* the field */
	{ "area", F_FIELD }, { "area de estudio", F_FIELD }, { "especialidad", F_FIELD },
	{ "fachrichtung", F_FIELD }, { "studiengang", F_FIELD }, { "studienfach", F_FIELD },
	{ "domaine", F_FIELD }, { "specialite", F_FIELD }, { "indirizzo di studio", F_FIELD },
	{ "richting", F_FIELD }, { "kierunek", F_FIELD }, { "inriktning", F_FIELD },
	{ "obor", F_FIELD }, { "paaaine", F_FIELD }, { "bolum", F_FIELD },
	/* Brazilian and Spanish-speaking job boards' forms */
	{ "nome", F_NAME }, { "nome completo", F_NAME }, { "nombre", F_NAME },
	{ "nombre completo", F_NAME },
	{ "celular", F_PHONE }, { "telefone", F_PHONE }, { "telefono", F_PHONE },
	{ "movil", F_PHONE }, { "telemovel", F_PHONE }, { "whatsapp", F_PHONE },
	{ "telefone celular", F_PHONE },
	{ "cidade uf", F_PLACE }, { "local", F_PLACE },
	{ "localizacao", F_PLACE }, { "municipio", F_PLACE },
	{ "cargo pretendido", F_HEADLINE }, { "cargo desejado", F_HEADLINE },
	{ "puesto deseado", F_HEADLINE }, { "cargo actual", F_HEADLINE },
	{ "cargo atual", F_HEADLINE },
	{ "principais atividades", F_DESC }, { "atividades desenvolvidas", F_DESC },
	{ "principales funciones", F_DESC }, { "funciones principales", F_DESC },
	{ "atribuicoes", F_DESC }, { "descricao das atividades", F_DESC },
	{ "curso", F_FIELD }, { "carrera", F_FIELD },
	{ "nivel hierarquico", F_SKIP }, { "situacao", F_SKIP },
	{ "status do curso", F_SKIP }, { "cep", F_SKIP },
	{ "codigo do candidato", F_SKIP }, { "estado civil", F_SKIP },
	{ "data de nascimento", F_SKIP }, { "cnh", F_SKIP },
	{ "disponibilidade para viagens", F_SKIP },
	{ "disponibilidade para mudanca", F_SKIP }, { "area de interesse", F_SKIP },
	{ "pretensao salarial", F_SKIP }, { "porte da empresa", F_SKIP },
	{ "disponibilidade para viajar", F_SKIP }, { "telefone residencial", F_SKIP },
	{ "resultados", F_DESC }, { "atual", F_MARK }, { "ultima atualizacao", F_SKIP },
	{ "ultima atualizacao do curriculo", F_SKIP },
	{ "fecha de nacimiento", F_SKIP }, { "nacionalidade", F_SKIP },
	{ "nacionalidad", F_SKIP }, { "genero", F_SKIP }, { "cpf", F_SKIP },
	{ "dni", F_SKIP }, { "rg", F_SKIP }, { "pretension salarial", F_SKIP },
	{ "disponibilidad", F_SKIP },
	/* Philippine and other English-speaking job boards' forms */
	{ "date joined", F_FROM }, { "date hired", F_FROM }, { "inclusive years", F_FROMTO },
	{ "inclusive dates", F_FROMTO }, { "year graduated", F_TO },
	{ "present address", F_PLACE }, { "current address", F_PLACE },
	{ "school university", F_SCHOOL }, { "honors awards", F_NOTE },
	{ "position level", F_SKIP }, { "monthly salary", F_SKIP },
	{ "permanent address", F_SKIP }, { "date of birth", F_SKIP }, { "birth date", F_SKIP },
	{ "gender", F_SKIP }, { "sex", F_SKIP }, { "civil status", F_SKIP },
	{ "marital status", F_SKIP }, { "nationality", F_SKIP }, { "citizenship", F_SKIP },
	{ "passport", F_SKIP }, { "religion", F_SKIP }, { "preferred work location", F_SKIP },
	{ "total work experience", F_SKIP }, { "current employer", F_SKIP },
	{ "highest education attained", F_SKIP }, { "license no", F_SKIP },
	{ "license number", F_SKIP }, { "expiry date", F_SKIP }, { "expiration date", F_SKIP },
	{ "valid until", F_SKIP }, { "contact no", F_SKIP },
	/* South African and other job boards' exports */
	{ "start year", F_FROM }, { "end year", F_TO }, { "year obtained", F_TO },
	{ "year completed", F_TO }, { "year of completion", F_TO }, { "completion year", F_TO },
	{ "graduation year", F_TO }, { "year of graduation", F_TO },
	{ "graduation date", F_TO }, { "date of graduation", F_TO }, { "completion date", F_TO },
	{ "date completed", F_TO }, { "expected graduation", F_TO },
	{ "expected graduation date", F_TO }, { "date awarded", F_TO },
	{ "currently working here", F_CURRENT }, { "current job title", F_HEADLINE },
	{ "cell number", F_PHONE }, { "cell", F_PHONE }, { "nqf level", F_SKIP },
	{ "result", F_SKIP }, { "desired job title", F_SKIP }, { "years of experience", F_SKIP },
	{ "alternative number", F_SKIP }, { "own transport", F_SKIP },
	{ "willing to relocate", F_SKIP },
	/* other languages' labels of no use here */
	{ "estatus", F_SKIP }, { "estado", F_SKIP }, { "nota", F_SKIP }, { "note", F_SKIP },
	{ "voto", F_SKIP },
};

#define NLABELS (sizeof labels / sizeof labels[0])

/*
 * The labels in the order of their keys, for a binary search: the table
 * above stays in its groups, by field and language, and each label is in
 * it once.  Every line of a résumé is asked about, so a search through
 * the whole table was a good part of what reading one cost.  Built once,
 * whichever parsing thread asks first.
 */
static unsigned short by_key[NLABELS];
static pthread_once_t by_key_once = PTHREAD_ONCE_INIT;

static int
label_cmp(const void *a, const void *b)
{
	return strcmp(labels[*(const unsigned short *)a].key,
	    labels[*(const unsigned short *)b].key);
}

static void
by_key_init(void)
{
	for (size_t i = 0; i < NLABELS; i++)
		by_key[i] = (unsigned short)i;
	qsort(by_key, NLABELS, sizeof by_key[0], label_cmp);
}

static int
key_cmp(const void *key, const void *e)
{
	return strcmp(key, labels[*(const unsigned short *)e].key);
}

enum form_field
form_label_find(const char *key)
{
	const unsigned short *at;

	pthread_once(&by_key_once, by_key_init);
	at = bsearch(key, by_key, NLABELS, sizeof by_key[0], key_cmp);
	return at != NULL ? labels[*at].f : F_NONE;
}

int
form_labels_unique(void)
{
	pthread_once(&by_key_once, by_key_init);
	for (size_t i = 1; i < NLABELS; i++)
		if (strcmp(labels[by_key[i - 1]].key, labels[by_key[i]].key) == 0)
			return 0;
	return 1;
}
