/*
 * The labels of the Europass CV form in the languages it is filled in, by
 * the field they name, and how a line is matched against them.  Matching
 * folds case and accents and ignores punctuation.
 */
#include <ctype.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "europass.h"
#include "europass_labels.h"
#include "fold.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

const struct ep_row ep_rows[] = {
	{ EP_PERSONAL, "personal information|angaben zur person|informations personnelles|"
	    "information personnelle|informacion personal|informazioni personali|"
	    "informacao pessoal|persoonlijke informatie|informacje osobiste|"
	    "informatii personale" },
	{ EP_WORK, "work experience|berufserfahrung|experience professionnelle|"
	    "experiencia laboral|esperienza professionale|experiencia profissional|"
	    "werkervaring|doswiadczenie zawodowe|experienta profesionala|esperienza lavorativa|"
	    "experiencia profesional|experiencia professional" },
	{ EP_EDUCATION, "education and training|schul und berufsbildung|education et formation|"
	    "educacion y formacion|istruzione e formazione|educacao e formacao|"
	    "onderwijs en opleiding|wyksztalcenie i odbyte szkolenia|educatie si formare" },
	{ EP_SKILLS, "personal skills and competences|personal skills|"
	    "personliche fahigkeiten und kompetenzen|aptitudes et competences personnelles|"
	    "capacidades y competencias personales|capacita e competenze personali|"
	    "aptidoes e competencias pessoais|persoonlijke vaardigheden en competenties|"
	    "umiejetnosci i kompetencje osobiste|aptitudini si competente personale" },
	{ EP_NAME, "surname s first name s|first name s surname s|nachname n vorname n|"
	    "vorname n nachname n|nom s prenom s|apellido s nombre s|cognome i nome i|"
	    "apelido s nome s proprio s|naam voornaam|nazwisko a imie ona|nume prenume|"
	    "nombre s apellido s|nome i cognome i|prenom s nom s|imie imiona nazwisko a|"
	    "nome s proprio s apelido s|imie i nazwisko|nome e cognome|nombre y apellidos" },
	{ EP_ADDRESS, "address|address es|adresse|adresse n|adresse s|direccion|direccion es|"
	    "indirizzo|indirizzo i|morada|morada s|adres|adres y|adresa|adresa e" },
	{ EP_PHONE, "telephone|telephone s|mobile|telefon|telefone|telephone s|telefono|"
	    "telefono s|telefoon|telefon y|mobil|handy|telefono i|telefone s|cellulare|movil|"
	    "telemovel|telefone movel|tel komorkowy|telefon komorkowy|portable|telefon oane" },
	{ EP_EMAIL, "e mail|e mail s|email|courrier electronique|correo electronico|"
	    "correio s electronico s|posta elettronica|correo s electronico s|e mail e|"
	    "correio s eletronico s|adresse s electronique s|adresse electronique|e mail uri" },
	{ EP_WEB, "website|website s|webseite|site web|sitio web|sito web|sitio s web" },
	{ EP_DESIRED, "desired employment occupational field|desired employment|"
	    "gewunschte beschaftigung gewunschtes berufsfeld|gewunschte beschaftigung|"
	    "emploi recherche domaine de competences|empleo deseado familia profesional|"
	    "occupazione desiderata settore professionale|"
	    "emprego pretendido area de competencia|gewenste functie beroepsgebied|"
	    "preferowane miejsce zatrudnienia obszar zawodowy|"
	    "locul de munca vizat domeniul ocupational" },
	{ EP_PROFILE, "profile|profil|summary|perfil|profilo|profiel|zusammenfassung|uber mich|"
	    "about me|a propos de moi|sobre mi" },
	{ EP_DATES, "dates|zeitraum|date|fechas|datas|data|daty|perioada|okres|date da a|periodo" },
	{ EP_POSITION, "occupation or position held|beruf oder funktion|"
	    "fonction ou poste occupe|profesion o cargo desempenado|"
	    "lavoro o posizione ricoperti|funcao ou cargo ocupado|functie of positie|"
	    "zawod lub zajmowane stanowisko|functia sau postul ocupat|"
	    "puesto o cargo ocupado|puesto o cargo ocupados|stanowisko|tipo di impiego|"
	    "funcao ou cargo ocupados|profession ou poste occupe" },
	{ EP_ACTIVITIES, "main activities and responsibilities|"
	    "wichtigste tatigkeiten und zustandigkeiten|"
	    "principales activites et responsabilites|funciones y responsabilidades principales|"
	    "principali attivita e responsabilita|principais actividades e responsabilidades|"
	    "belangrijkste activiteiten en verantwoordelijkheden|glowne zadania i obowiazki|"
	    "activitati si responsabilitati principale|"
	    "principales actividades y responsabilidades|principali mansioni e responsabilita|"
	    "principais atividades e responsabilidades" },
	{ EP_EMPLOYER, "name and address of employer|name und adresse des arbeitgebers|"
	    "nom et adresse de l employeur|nombre y direccion de la empresa o empleador|"
	    "nome e indirizzo del datore di lavoro|nome e morada do empregador|"
	    "naam en adres werkgever|nazwa i adres pracodawcy|numele si adresa angajatorului|"
	    "nombre y direccion del empleador|nombre y direccion de la empresa|"
	    "nome e endereco do empregador" },
	{ EP_IGNORE, "type of business or sector|tatigkeitsbereich oder branche|"
	    "type ou secteur d activite|tipo de empresa o sector|tipo di attivita o settore|"
	    "tipo di azienda o settore|"
	    "tipo de empresa ou sector|soort onderneming of sector|"
	    "rodzaj dzialalnosci lub sektor|tipul activitatii sau sectorul de activitate|"
	    "nationality|staatsangehorigkeit|nationalite|nacionalidad|cittadinanza|"
	    "nacionalidade|nationaliteit|obywatelstwo|date of birth|geburtsdatum|"
	    "date de naissance|fecha de nacimiento|data di nascita|data de nascimento|"
	    "geboortedatum|data urodzenia|gender|geschlecht|sexe|sexo|sesso|geslacht|plec|"
	    "driving licence|fuhrerschein|permis de conduire|permiso de conducir|"
	    "patente di guida|patente o patenti|driving licence s|"
	    "carta de conducao|rijbewijs|prawo jazdy|self assessment|"
	    "selbstbeurteilung|european level|europaische ebene|understanding|speaking|"
	    "writing|listening|reading|spoken interaction|spoken production|"
	    /* the self-assessment grid of languages, in each language */
	    "autoevaluacion|nivel europeo|comprension|habla|escritura|comprension auditiva|"
	    "lectura|interaccion oral|capacidad oral|expresion oral|expresion escrita|"
	    "autovalutazione|livello europeo|comprensione|parlato|scritto|ascolto|lettura|"
	    "interazione orale|produzione orale|samoocena|poziom europejski|rozumienie|"
	    "mowienie|pisanie|sluchanie|czytanie|porozumiewanie sie|"
	    "samodzielne wypowiadanie sie|auto avaliacao|autoavaliacao|nivel europeu|"
	    "compreensao|conversacao|escrita|compreensao oral|leitura|interaccao oral|"
	    "interacao oral|producao oral|auto evaluation|niveau europeen|comprendre|parler|"
	    "ecrire|ecouter|lire|prendre part a une conversation|s exprimer oralement en continu|"
	    "verstehen|sprechen|schreiben|horen|lesen|an gesprachen teilnehmen|"
	    "zusammenhangendes sprechen|"
	    /* the form's last parts, of no use to a profile */
	    "permiso s de conduccion|carta de conducao|"
	    "additional information|ulteriori informazioni|informacion adicional|"
	    "informations complementaires|zusatzliche angaben|informacoes adicionais|"
	    "dodatkowe informacje|annexes|allegati|anexos|anlagen|zalaczniki|sexo|sesso|"
	    "fax|fax es|fax s|faks y|data e luogo di nascita|lugar de nacimiento|"
	    "fax uri|nationalitate tati|data nasterii|sex|permis e de conducere|"
	    "informatii suplimentare|anexe" },
	{ EP_QUALIFICATION, "title of qualification awarded|"
	    "bezeichnung der erworbenen qualifikation|intitule du certificat ou diplome delivre|"
	    "cualificacion obtenida|titolo della qualifica rilasciata|"
	    "designacao da qualificacao atribuida|naam van het behaalde diploma certificaat|"
	    "nazwa otrzymanego dyplomu lub swiadectwa|calificarea diploma obtinuta|"
	    "cualificacion obtenida|titulo de la cualificacion obtenida|qualifica conseguita|"
	    "tytul uzyskanej kwalifikacji|designacao da qualificacao|titre obtenu" },
	{ EP_SUBJECTS, "principal subjects occupational skills covered|"
	    "hauptfacher berufliche fahigkeiten|"
	    "principales matieres competences professionnelles couvertes|"
	    "principales materias o capacidades profesionales estudiadas|"
	    "principali tematiche competenze professionali possedute|"
	    "principais disciplinas competencias profissionais|"
	    "belangrijkste vakken beroepsvaardigheden|"
	    "podstawowe przedmioty zdobyte umiejetnosci zawodowe|"
	    "discipline principale studiate competente profesionale dobandite|"
	    "disciplinele principale studiate competente profesionale dobandite|"
	    "principales materias o capacidades ocupacionales tratadas|"
	    "principali materie abilita professionali oggetto dello studio|"
	    "principali tematiche competenze professionali acquisite" },
	{ EP_ORGANISATION, "name and type of organisation providing education and training|"
	    "name und art der bildungs oder ausbildungseinrichtung|"
	    "nom et type de l etablissement d enseignement ou de formation|"
	    "nombre y tipo del centro de estudios|"
	    "nome e tipo d organizzazione erogatrice dell istruzione e formazione|"
	    "nome e tipo da organizacao de ensino ou formacao|"
	    "naam en soort onderwijs of opleidingsinstelling|"
	    "nazwa i rodzaj organizacji zapewniajacej edukacje i szkolenia|"
	    "numele si tipul institutiei de invatamant furnizoare de formare|"
	    "numele si tipul institutiei de invatamant furnizorului de formare|"
	    "nombre y tipo de organizacion|"
	    "nombre y tipo de organizacion que ha impartido la educacion o la formacion|"
	    "nome e tipo di istituto di istruzione o formazione|"
	    "nazwa i typ instytucji edukacyjnej|nome e tipo da organizacao|"
	    "nom et type de l etablissement" },
	{ EP_LEVEL, "level in national or international classification|"
	    "stufe der nationalen oder internationalen klassifikation|"
	    "niveau dans la classification nationale ou internationale|"
	    "nivel conforme a una clasificacion nacional o internacional|"
	    "livello nella classificazione nazionale o internazionale|"
	    "nivel segundo a classificacao nacional ou internacional|"
	    "niveau in nationale of internationale classificatie|"
	    "poziom w krajowej lub miedzynarodowej klasyfikacji|"
	    "nivelul in clasificarea nationala sau internationala|"
	    "nivel alcanzado en la clasificacion nacional|"
	    "livello nella classificazione nazionale|nivel segundo a classificacao nacional" },
	{ EP_MOTHER, "mother tongue s|mother tongue|muttersprache n|muttersprache|"
	    "langue s maternelle s|langue maternelle|lengua s materna s|madrelingua|"
	    "lingua s materna s|moedertaal|jezyk i ojczysty e|limba i materna e|madrelingua e|"
	    "lengua materna|lingua materna|jezyk ojczysty|jezyki ojczyste" },
	{ EP_OTHERLANG, "other language s|other languages|sonstige sprache n|"
	    "autre s langue s|otro s idioma s|altra e lingua e|outra s lingua s|"
	    "andere taal talen|inne jezyki|limba i straina e cunoscuta e|otros idiomas|"
	    "altre lingue|outras linguas|autres langues|sonstige sprachen|idiomas" },
	/* the 2004 form's labels of skills a profile keeps, the label their
	 * group's name */
	{ EP_OTHER, "technical skills and competences|computer skills and competences|"
	    "other skills and competences|competente si aptitudini tehnice|"
	    "competente si cunostinte de utilizare a calculatorului|alte competente si aptitudini|"
	    "aptitudes et competences techniques|aptitudes et competences informatiques|"
	    "autres aptitudes et competences|technische fahigkeiten und kompetenzen|"
	    "ikt kenntnisse und kompetenzen|sonstige fahigkeiten und kompetenzen|"
	    "capacita e competenze tecniche|capacita e competenze informatiche|"
	    "altre capacita e competenze|capacidades y aptitudes tecnicas|"
	    "capacidades y aptitudes informaticas|otras capacidades y aptitudes|"
	    "aptidoes e competencias tecnicas|aptidoes e competencias informaticas|"
	    "outras aptidoes e competencias|umiejetnosci i kompetencje techniczne|"
	    "umiejetnosci i kompetencje komputerowe|inne umiejetnosci i kompetencje|"
	    "technische vaardigheden en competenties|computervaardigheden en competenties|"
	    "andere vaardigheden en competenties" },
	{ EP__COUNT, NULL },
};

enum { LOOSE_START = 1, LOOSE_MIDDLE = 2 };

/* Whether key stands inside the label w[0, n) as whole words. */
static int
inside(const char *w, size_t n, const char *key, size_t klen)
{
	for (size_t i = 1; i + klen < n; i++)
		if (w[i - 1] == ' ' && w[i] == key[0] && w[i + klen] == ' ' &&
		    memcmp(w + i, key, klen) == 0)
			return 1;
	return 0;
}

/* How key (klen bytes, shorter than the label w[0, n)) stands in the
 * label: its first words (M_START), its last ones or, loose, words inside
 * it (M_CONT), or not (M_NONE).  spaced: key holds a space. */
static enum match
label_part(const char *w, size_t n, const char *key, size_t klen, int loose, int spaced)
{
	if (w[0] == key[0] && w[klen] == ' ' && memcmp(w, key, klen) == 0 &&
	    ((loose & LOOSE_START) || spaced))
		return M_START;
	if (w[n - klen - 1] == ' ' && w[n - klen] == key[0] && memcmp(w + n - klen, key, klen) == 0)
		return M_CONT;
	if ((loose & LOOSE_MIDDLE) && klen >= 5 && inside(w, n, key, klen))
		return M_CONT;
	return M_NONE;
}

/* The labels of ep_rows one by one, with their lengths: split once, on
 * first use, as every line of a form is compared with all of them. */
struct label {
	const char *w;
	size_t n;
	enum ep_field field;
};

static struct label *labels;
static size_t nlabels;
static pthread_once_t labels_once = PTHREAD_ONCE_INIT;

/* The length of the label at *w, which moves on to the next one. */
static size_t
label_next(const char **w)
{
	size_t n = (size_t)(strchrnul(*w, '|') - *w);

	*w += n + ((*w)[n] == '|');
	return n;
}

static void
labels_init(void)
{
	size_t n = 0;

	for (const struct ep_row *r = ep_rows; r->labels != NULL; r++)
		for (const char *w = r->labels; *w != '\0'; n++)
			label_next(&w);
	labels = xcalloc(n > 0 ? n : 1, sizeof *labels);
	for (const struct ep_row *r = ep_rows; r->labels != NULL; r++)
		for (const char *w = r->labels; *w != '\0';) {
			const char *start = w;
			size_t len = label_next(&w);
			labels[nlabels++] = (struct label){ start, len, r->field };
		}
}

/* How key compares with the labels: equal or the start of one (a label
 * wrapped in its column), the end or the middle of one (its next lines),
 * or neither.  loose: LOOSE_START, a single word may start a label
 * ("Occupazione" over "desiderata/Settore" over "professionale");
 * LOOSE_MIDDLE, words inside a label continue it. */
static enum match
match_label(const char *key, enum ep_field *field, int loose)
{
	size_t klen = strlen(key);
	int spaced = strchr(key, ' ') != NULL;
	enum match best = M_NONE, m;

	if (klen == 0)
		return M_NONE;
	pthread_once(&labels_once, labels_init);
	/* the first label key equals, else the first it is part of */
	for (const struct label *l = labels; l < labels + nlabels; l++) {
		if (l->n == klen) {
			if (l->w[0] == key[0] && memcmp(l->w, key, klen) == 0) {
				*field = l->field;
				return M_START;
			}
		} else if (best == M_NONE && l->n > klen &&
		    (m = label_part(l->w, l->n, key, klen, loose, spaced)) != M_NONE &&
		    (l->field != EP_OTHER || (m == M_START && spaced))) {
			/* a kept skills label only by its first words */
			*field = l->field;
			best = m;
		}
	}
	return best;
}

/* Whether key is a whole label, not the start of one. */
static int
match_full(const char *key)
{
	size_t klen = strlen(key);

	pthread_once(&labels_once, labels_init);
	for (const struct label *l = labels; l < labels + nlabels; l++)
		if (l->n == klen && l->w[0] == key[0] && memcmp(l->w, key, klen) == 0)
			return 1;
	return 0;
}

static enum match
classify_text(const char *s, size_t len, enum ep_field *field, int loose)
{
	char key[160];

	if (len > 120)
		return M_NONE;
	fold_key(s, len, key, sizeof key);
	return match_label(key, field, loose);
}

char *
europass_value(const char *s, int *bullet)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	*bullet = 0;
	if (strncmp(s, "\xe2\x80\xa2", 3) == 0 || strncmp(s, "- ", 2) == 0) {
		*bullet = 1;
		s += strncmp(s, "- ", 2) == 0 ? 2 : 3;
		while (*s == ' ')
			s++;
	}
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n > 0 ? xstrndup(s, n) : NULL;
}

/* "Dates 02/2020 – presente", as lynx prints a form: the longest run of
 * leading words that is a whole label; returns its length, or 0. */
static size_t
label_prefix(const struct lexicon *lx, const char *s, enum ep_field section,
    enum ep_field *field)
{
	size_t best = 0, end = 0;
	enum ep_field f;
	char key[160];

	for (int words = 0; words < 12 && s[end] != '\0'; words++) {
		end += strcspn(s + end, " ");
		if (s[end] == '\0')
			break;
		fold_key(s, end, key, sizeof key);
		/* a whole label, or the start of one the renderer cut short */
		if (match_label(key, &f, 0) == M_START && (match_full(key) || words >= 2)) {
			best = end;
			*field = f;
		} else if (section == EP_SKILLS && best == 0 && words < 3 &&
		    heading_lookup(&lx->headings, key) != IS_NONE) {
			best = end;
			*field = EP_OTHER;
		}
		end += strspn(s + end, " ");
	}
	return best;
}

/* A row of the self-assessment grid of languages: levels A1 to C2 in
 * its cells, or more cells than a label and its value. */
static int
grid_row(const char *s, size_t cell)
{
	int levels = 0;

	if (s[cell] == '\t' && strchr(s + cell + 1, '\t') != NULL)
		return 1;
	for (const char *p = s; *p != '\0'; p++)
		levels += (p == s || p[-1] == '\t' || p[-1] == ' ') && *p >= 'A' && *p <= 'C' &&
		    (p[1] == '1' || p[1] == '2') && (p[2] == '\0' || p[2] == ' ' || p[2] == '\t');
	return levels >= 3;
}

/* What pdftotext without -layout gives of the grid, a cell a line: a
 * level ("C1 Usuario", "B2") or the rest of its description
 * ("competente"). */
static int
grid_cell(const char *s)
{
	static const char *const words[] = { "user", "proficient user", "independent user",
		"basic user", "competente", "independiente", "basico", "avanzato", "autonomo",
		"base", "avancado", "independente", "elementar", "experimente", "independant",
		"elementaire", "biegly", "samodzielny", "podstawowy", "kompetente",
		"selbstandige", "elementare", "sprachverwendung", NULL };
	char key[64];

	fold_key(s, strlen(s), key, sizeof key);
	if (key[0] >= 'a' && key[0] <= 'c' && (key[1] == '1' || key[1] == '2') &&
	    (key[2] == ' ' || key[2] == '\0'))
		return 1;
	return wordlist_has(words, key);
}

/* In the skills part, a value beside a part of a label is beside a label
 * of its own: the start of a section's ("Umiejętności i kompetencje" over
 * "techniczne"), or one word ("Języki", not "Języki ojczyste"). */
static int
own_label(const char *s, size_t len, enum ep_field f, enum match m)
{
	char key[160];

	if (len > 120)
		return 0;
	fold_key(s, len, key, sizeof key);
	if (match_full(key))
		return 0;
	return m == M_START && (f <= EP_SKILLS || strchr(key, ' ') == NULL);
}

/* "Con computer, attrezzature" over "specifiche, macchinari, ecc.": the
 * 2004 form's notes under a label of skills, in the labels' column. */
static int
form_note(const char *s, size_t len)
{
	static const char *const opens[] = { "con computer", "specifiche macchinari",
		"acquisite nel corso", "della carriera ma", "necessariamente riconosciute",
		"certificati e diplomi", "with computers", "specific kinds of equipment",
		"acquired in the course", "career but not necessarily", "certificates and diplomas",
		NULL };
	char key[64];

	fold_key(s, len, key, sizeof key);
	for (int i = 0; opens[i] != NULL; i++)
		if (strncmp(key, opens[i], strlen(opens[i])) == 0)
			return 1;
	return 0;
}

void
europass_classify(const struct lexicon *lx, const struct line *l, enum ep_field section,
    struct ep_line *e)
{
	size_t cell = strcspn(l->s, "\t");

	memset(e, 0, sizeof *e);
	e->bullet = (l->flags & MK_BULLET) != 0;
	if (section == EP_SKILLS && form_note(l->s, cell)) {
		int b;
		if (l->s[cell] == '\t')
			e->value = europass_value(l->s + cell + 1, &b);
		return;
	}
	if (section == EP_SKILLS && l->s[cell] == '\0' && strlen(l->s) < 40 &&
	    grid_cell(l->s)) {
		e->field = EP_IGNORE;
		return;
	}
	if (section == EP_SKILLS && grid_row(l->s, cell)) {
		/* "Autoevaluación  Comprensión  Habla": the grid's own label
		 * starts it, and what follows it is of the grid */
		if (classify_text(l->s, cell, &e->field, LOOSE_START) != M_START ||
		    e->field != EP_IGNORE)
			e->field = EP_IGNORE;
		else
			e->m = M_START;
		return;
	}
	if (l->s[cell] == '\t') {
		e->m = classify_text(l->s, cell, &e->field, LOOSE_START);
		/* "învăţământ / furnizorului de<TAB>Gestiunea Afacerilor": the
		 * middle of a label wrapped over three lines, beside its value */
		if (e->m == M_NONE && section != EP_SKILLS && memchr(l->s, ' ', cell) != NULL)
			e->m = classify_text(l->s, cell, &e->field, LOOSE_MIDDLE);
		if (e->m != M_NONE && section == EP_SKILLS && own_label(l->s, cell, e->field, e->m))
			e->m = M_NONE;
		if (e->m == M_NONE && section == EP_SKILLS && cell < 60) {
			e->m = M_START;
			e->field = EP_OTHER;
			e->label = xstrndup(l->s, cell);
		}
		if (e->m != M_NONE) {
			int b;
			if (e->field == EP_OTHER && e->label == NULL)
				e->label = xstrndup(l->s, cell);
			e->value = europass_value(l->s + cell + 1, &b);
			e->bullet |= b;
			return;
		}
	} else if ((e->m = classify_text(l->s, strlen(l->s), &e->field, LOOSE_MIDDLE)) !=
	    M_NONE) {
		/* a kept skills label alone on its line */
		if (e->field == EP_OTHER)
			e->label = xstrdup(l->s);
		return;
	}
	else if ((cell = label_prefix(lx, l->s, section, &e->field)) > 0) {
		int b;
		e->m = M_START;
		if (e->field == EP_OTHER)
			e->label = xstrndup(l->s, cell);
		e->value = europass_value(l->s + cell, &b);
		e->bullet |= b;
		return;
	}
	{
		int b;
		e->value = europass_value(l->s, &b);
		e->bullet |= b;
	}
}


/* The 2004 form's labels of skills no profile keeps: told in sentences. */
static int
prose_skills(const char *label)
{
	static const char *const keys[] = { "capacita e competenze relazionali",
		"capacita e competenze organizzative", "capacita e competenze artistiche",
		"social skills and competences", "organisational skills and competences",
		"organizational skills and competences", "artistic skills and competences",
		"capacidades y aptitudes sociales", "capacidades y aptitudes organizativas",
		"capacidades y aptitudes artisticas", "competente si abilitati sociale",
		"competente si aptitudini organizatorice", "competente si aptitudini artistice",
		"aptitudes et competences sociales", "aptitudes et competences organisationnelles",
		"aptitudes et competences artistiques", "soziale fahigkeiten und kompetenzen",
		"organisatorische fahigkeiten und kompetenzen",
		"kunstlerische fahigkeiten und kompetenzen", "aptidoes e competencias sociais",
		"aptidoes e competencias de organizacao", "aptidoes e competencias artisticas",
		"umiejetnosci i kompetencje spoleczne", "umiejetnosci i kompetencje organizacyjne",
		"umiejetnosci i kompetencje artystyczne", "sociale vaardigheden en competenties",
		"organisatorische vaardigheden en competenties",
		"artistieke vaardigheden en competenties", NULL };
	char key[96];

	fold_key(label, strlen(label), key, sizeof key);
	return wordlist_has(keys, key);
}

/* "CAPACITÀ E COMPETENZE" beside the list's first line over "TECNICHE"
 * beside its second, "Competenţe şi aptitudini" over "organizatorice":
 * the label wrapped, in capitals or on into words in lower case set apart
 * from the value (tabbed), its value going on; 1 when it was so. */
static int
caps_wrapped(struct ep_line *prev, struct ep_line *e, int tabbed)
{
	char *j;

	if (prev->m != M_START || prev->field != EP_OTHER || prev->label == NULL ||
	    e->m != M_START || e->field != EP_OTHER || e->label == NULL)
		return 0;
	if (!(parse_all_caps(prev->label) && parse_all_caps(e->label) &&
	    strchr(e->label, ' ') == NULL) && !(islower((unsigned char)e->label[0]) && tabbed))
		return 0;
	j = xprintf("%s %s", prev->label, e->label);
	free(prev->label);
	prev->label = j;
	if (prose_skills(prev->label))
		prev->field = EP_IGNORE;
	free(e->label);
	e->label = NULL;
	e->m = M_NONE;
	e->field = prev->field;
	return 1;
}

int
europass_wrapped_label(struct ep_line *prev, struct ep_line *e, const char *s)
{
	const char *w = e->m == M_NONE ? e->value : s;
	char *j;

	if (caps_wrapped(prev, e, strchr(s, '\t') != NULL))
		return 1;
	/* "competences" under "Computer skills and": the end of a known
	 * label's wording, but the end of this one */
	if (prev->m != M_START || prev->field != EP_OTHER || prev->label == NULL ||
	    (e->m != M_NONE && e->m != M_CONT) || w == NULL || strchr(s, '\t') != NULL ||
	    !islower((unsigned char)*w) || strchr(w, ' ') != NULL || strlen(w) > 24)
		return 0;
	j = xprintf("%s %s", prev->label, w);
	free(prev->label);
	prev->label = j;
	free(e->value);
	e->value = NULL;
	e->m = M_NONE;
	return 1;
}

/* Words only the form prints, in its editions and languages. */
static const char *const signs[] = { "position held", "Arbeitgeber", "employeur",
	"empleador", "datore di lavoro", "empregador", "werkgever", "pracodawcy", "angajator",
	"First name", "Vorname", "Prénom", "Nombre(s)", "Apellido(s)", "Cognome(i)",
	"Nazwisko(-a)", "Nome(s) próprio(s)", "cargo ocupado", "posizione ricoperti",
	"Stanowisko", "Tipo de empresa", "Tipo di attività", "Rodzaj działalności",
	"Poste occupé", "Curriculum Vitae Europass", "Tipo di impiego", "Tipo di azienda",
	"Principali mansioni", "Qualifica conseguita", "postul ocupat", "Prenume", NULL };

int
europass_signs(const char *text)
{
	int hits = 0;

	for (int k = 0; signs[k] != NULL; k++)
		hits += strstr(text, signs[k]) != NULL;
	return hits >= 2;
}

#define NSIGNS (sizeof signs / sizeof signs[0] - 1)

/* Which bytes s holds, each byte b as bit b % 64: a line can hold a sign
 * only if it holds every byte of it, which most lines tell at once. */
static uint64_t
bytes_of(const char *s)
{
	uint64_t m = 0;

	for (; *s != '\0'; s++)
		m |= (uint64_t)1 << ((unsigned char)*s % 64);
	return m;
}

int
europass_labels_seen(const struct layout *L)
{
	uint64_t need[NSIGNS];
	int hits = 0;

	for (size_t k = 0; k < NSIGNS; k++)
		need[k] = bytes_of(signs[k]);
	for (size_t i = 0; i < L->n && i < 400; i++) {
		uint64_t has = bytes_of(L->v[i].s);
		for (size_t k = 0; k < NSIGNS; k++)
			hits += (need[k] & ~has) == 0 && strstr(L->v[i].s, signs[k]) != NULL;
	}
	return hits >= 2;
}
