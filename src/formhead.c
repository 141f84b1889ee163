/*
 * The form's labels are looked up folded ("persönliche angaben" is
 * "personliche angaben"); only the lines of the header and of the first
 * contact section are read, where a label cannot be a job's or a skill's.
 */
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "form_line.h"
#include "formhead.h"
#include "homeplace.h"
#include "heading.h"
#include "names.h"
#include "wordlist.h"
#include "xalloc.h"

static const char *const headings[] = {
	"angaben zur person", "dados pessoais", "dane osobowe", "dane personalne",
	"date personale", "dati anagrafici", "dati personali", "datos personales",
	"donnees personnelles", "etat civil", "henkilotiedot", "informacao pessoal",
	"informacion de contacto", "informacion personal", "informacje osobiste",
	"informacoes pessoais", "informatii personale", "information personnelle",
	"informations personnelles", "informazioni personali", "osobni udaje",
	"persoenliche daten", "personal data", "personal details", "personal info",
	"personal information", "personal particulars", "personal profile information",
	"personalia", "personalien", "personliche angaben", "personliche daten",
	"personlig information", "personliga uppgifter", "personlige oplysninger",
	"personopplysninger", "personuppgifter", "persoonlijke gegevens",
	"persoonlijke informatie", "zur person",
};
static const struct wordtab headings_tab = WORDTAB(headings);

static const char *const name_labels[] = {
	"ad soyad", "adi soyadi", "apellidos y nombre", "applicant name",
	"candidate name", "cognome e nome", "ees ja perekonnanimi",
	"emri dhe mbiemri", "first and last name", "first name and surname",
	"for och efternamn", "fulde navn", "full name", "fullstandigt namn", "ho ten",
	"ho va ten", "ime i prezime", "ime in priimek", "imie i nazwisko",
	"imie nazwisko", "isim soyisim", "jmeno", "jmeno a prijmeni",
	"jmeno prijmeni", "meno a priezvisko", "naam", "nama", "nama lengkap",
	"nama penuh", "name", "name and surname", "name vorname", "namn", "navn",
	"nazwisko i imie", "nev", "nimi", "nom", "nom complet", "nom et prenom",
	"nombre", "nombre completo", "nombre y apellidos", "nome", "nome completo",
	"nome e cognome", "nume", "nume prenume", "nume si prenume", "onoma",
	"prenom et nom", "prenume si nume", "surname and first name", "teljes nev",
	"vardas pavarde", "vards uzvards", "volledige naam", "vollstandiger name",
	"voor en achternaam", "vor und nachname", "vor und zuname", "vorname name",
	"your name", "п і б", "прізвище ім я по батькові", "піб", "ф и о",
	"фамилия имя отчество", "фио", "氏名",
};
static const struct wordtab name_labels_tab = WORDTAB(name_labels);

static const char *const titles[] = {
	"angestrebte position", "ansokan avser", "basvurulan is",
	"basvurulan pozisyon", "befattning", "beroep", "beruf", "berufsbezeichnung",
	"beworbene position", "candidatura a", "cargo pretendido", "current position",
	"desired employment", "desired employment occupational field", "desired job",
	"desired position", "desired role", "empleo deseado",
	"empleo deseado familia profesional", "emploi recherche",
	"emploi recherche domaine de competences", "emprego pretendido",
	"emprego pretendido area de competencia", "expected position",
	"funcao pretendida", "functie", "gewenste baan", "gewenste functie",
	"gewenste functie beroepsgebied", "gewunschte beschaftigung",
	"gewunschte beschaftigung gewunschtes berufsfeld", "gewunschte position",
	"intended position", "job applied for", "job intention", "job objective",
	"job target", "job title", "nimike", "occupation", "occupazione desiderata",
	"occupazione desiderata settore professionale", "ocupacion",
	"onskad anstallning", "onskad tjanst", "onskat arbete", "onsket job",
	"onsket stilling", "posicao", "posicao pretendida", "position",
	"position applied for", "posizione", "posizione desiderata",
	"posizione ricoperta", "post applied for", "poste", "poste recherche",
	"poste souhaite", "poste vise", "pozadovana pozice", "pozice", "pozicia",
	"pozisyon", "pracovni pozice",
	"preferowane miejsce zatrudnienia obszar zawodowy", "preferowane stanowisko",
	"preferred job", "present position", "profesion", "profession", "professione",
	"profissao", "puesto", "puesto deseado", "puesto solicitado",
	"sollicitatie naar", "stanowisko", "stilling", "stillingsbetegnelse",
	"target position", "target role", "tehtava", "unvan", "wunschposition",
	"yrke", "zawod", "应聘职位", "意向岗位", "期望职位", "求职意向",
};
static const struct wordtab titles_tab = WORDTAB(titles);

static const char *const fields[] = {
	"achternaam", "address", "adres", "adres e mail", "adresa", "adress",
	"adresse", "agama", "ajokortti", "allampolgarsag", "anschrift", "apellidos",
	"askerlik durumu", "birth date", "birthday", "burgerlijke staat", "bydlisko",
	"bydliste", "carnet de conducir", "carteira de habilitacao", "cell",
	"cellulare", "cep telefonu", "cetatenie", "cinsiyet", "citizenship", "citta",
	"cittadinanza", "city", "ciudad", "civilstand", "cnh", "cognome",
	"contact no", "contact number", "contacts", "correio electronico",
	"correio eletronico", "correo", "correo electronico", "courriel",
	"criminal record", "csaladi allapot", "current location",
	"data de nascimento", "data di nascita", "data nasterii", "data urodzenia",
	"date de naissance", "date et lieu de naissance", "date of birth",
	"datum narodenia", "datum narozeni", "dependants", "dependents", "direccion",
	"dogum tarihi", "dogum yeri", "domicilio", "driver s licence",
	"driver s license", "drivers licence", "drivers license", "driving licence",
	"driving license", "e mail", "e mail address", "e mail adresse", "e post",
	"e posta", "efternamn", "efternavn", "ehliyet", "email", "email address",
	"endereco", "epost", "estado civil", "etternavn", "etunimi", "familienstand",
	"family name", "fecha de nacimiento", "first name", "first names",
	"fodelsedatum", "fodelseort", "fodested", "fodselsdato", "forename",
	"forenames", "forerkort", "fornamn", "fornavn", "fuhrerschein",
	"geboortedatum", "geboorteplaats", "geboren", "geburtsdatum", "geburtsort",
	"gender", "geschlecht", "geslacht", "given name", "given names", "handy",
	"health", "home address", "id no", "id number", "identity number", "imie",
	"indirizzo", "jantina", "jenis kelamin", "jogositvany", "kansalaisuus",
	"kewarganegaraan", "kon", "konfession", "korekort", "korkort", "lakcim",
	"last name", "licence", "license", "lieu de naissance",
	"lieu et date de naissance", "location", "lugar de nacimiento",
	"luogo di nascita", "luogo e data di nascita", "marital status",
	"medborgarskap", "medeni durum", "medeni hali", "middle name",
	"miejsce urodzenia", "miejscowosc", "misto narozeni", "mobil", "mobile",
	"mobile no", "mobile number", "mobilnummer", "morada", "movil", "nachname",
	"nacionalidad", "nacionalidade", "narodnost", "national id", "nationalitat",
	"nationalite", "nationaliteit", "nationalitet", "nationality", "naturalidade",
	"nazionalita", "nazwisko", "no hp", "no hp whatsapp", "no telepon",
	"nom de famille", "nomor hp", "nomor telepon", "notice period",
	"obywatelstwo", "ort", "osoite", "passport", "passport no", "passport number",
	"patente", "patente di guida", "permis", "permis de conducere",
	"permis de conduire", "permiso de conducir", "phone", "phone no",
	"phone number", "plaats", "place of birth", "plec", "posta elettronica",
	"postadress", "postal address", "prawo jazdy", "prenom", "prijmeni",
	"puhelin", "religion", "residence", "residential address", "residential area",
	"residenza", "ridicsky prukaz", "rijbewijs", "rodinny stav", "sahkoposti",
	"sesso", "sex", "sexe", "sexo", "sitio web", "sito web",
	"situation de famille", "situation familiale", "situation matrimoniale",
	"siviilisaaty", "sobrenome", "staatsangehorigkeit", "stad", "stan cywilny",
	"stare civila", "statni prislusnost", "stato civile", "status perkawinan",
	"sukunimi", "surname", "surucu belgesi", "syntymaaika", "syntymapaikka",
	"szuletesi ido", "tanggal lahir", "tarikh lahir", "tel", "telefon",
	"telefone", "telefonnummer", "telefono", "telefonszam", "telefoon",
	"telemovel", "telephone", "telephone number", "tempat lahir",
	"tempat tanggal lahir", "town", "uyrugu", "uyruk", "ville", "visa",
	"visa status", "vodicsky preukaz", "voornaam", "vorname", "webseite",
	"website", "whatsapp", "wohnort", "woonplaats", "yasadigi yer", "адрес",
	"город", "гражданство", "дата рождения", "проживает", "разрешение на работу",
	"семейное положение",
};
static const struct wordtab fields_tab = WORDTAB(fields);

/* Whether the label s[0..len) asks for an address or a town. */
static int
place_label(const char *s, size_t len)
{
	static const char *const places[] = { "address", "home address", "adresse",
		"anschrift", "wohnort", "direccion", "domicilio", "indirizzo", "residenza",
		"morada", "endereco", "adres", "woonplaats", "adresa", "adress", "postadress",
		"city", "ville", "ciudad", "citta", "stad", "miejscowosc", "plaats", "ort",
		"location", "town", "residence", "current location", "residential address",
		"residential area", "postal address", "osoite", "bydliste", "bydlisko",
		"yasadigi yer", "lakcim", "alamat", "alamat lengkap", "alamat rumah", "адрес", "город", "проживает", "місто", "адреса",
		"现居", "現居", "现居住地", "居住地", "所在地", "地址", "住址", "住所", "現住所",
		"주소", "거주지", NULL };
	char key[96];

	if (len == 0 || len > 80)
		return 0;
	fold_key(s, len, key, sizeof key);
	return wordlist_has(places, key);
}

/* "Екатеринбург, м. Геологическая": a town known, then its district or
 * underground station; whether the part before the comma is a place. */
static int
town_first(struct ctx *c, const char *value, struct location *loc)
{
	size_t n = strcspn(value, ",");
	char *town;
	int ok;

	if (value[n] != ',' || n == 0)
		return 0;
	town = xstrndup(value, n);
	ok = homeplace_find(c, town, loc);
	free(town);
	return ok;
}

/* The place an address or town field gives, when none is known yet. */
static void
place_take(struct ctx *c, const char *value)
{
	struct location loc;

	if (c->p->basics.location.city != NULL || c->p->basics.location.country_code != NULL)
		return;
	memset(&loc, 0, sizeof loc);
	if (homeplace_address(c, value, &loc) || homeplace_find(c, value, &loc) ||
	    town_first(c, value, &loc))
		c->p->basics.location = loc;
	else
		record_free(&loc, profile_location_fields, profile_nlocation_fields);
}

static void line_set(struct line *, const char *);
static int place_line(const char *);

/* Whether a line after i up to to asks for a place again. */
static int
place_below(const struct layout *L, size_t i, size_t to)
{
	while (++i < to)
		if (place_line(L->v[i].s))
			return 1;
	return 0;
}

/* "Endereço: Av. Vladimir Lenine, nº 2145, Bairro da Coop," over
 * "Maputo": an address cut at its comma goes on with its town on the
 * next line, a short line of no label; the two are read as one. */
static void
place_wrapped(struct ctx *c, struct layout *L, size_t i, size_t to, const char *value)
{
	size_t n = strlen(value);
	const char *next = i + 1 < to ? L->v[i + 1].s : "";
	char *whole;

	/* "Postal Address: P.O. Box 64, Bairiki" over "Residential
	 * Address: Temakin, Betio": the home is the place */
	if (form_line_postal_box(value) && place_below(L, i, to))
		return;
	if (n == 0 || value[n - 1] != ',' || *next == '\0' || strlen(next) > 40 ||
	    strchr(next, ':') != NULL || strchr(next, '\t') != NULL) {
		place_take(c, value);
		return;
	}
	whole = xprintf("%s %s", value, next);
	place_take(c, whole);
	free(whole);
	line_set(&L->v[i + 1], "");
}

enum formhead_kind
formhead_kind(const char *s, size_t len)
{
	char key[96];

	if (len == 0 || len > 80)
		return FH_NONE;
	fold_key(s, len, key, sizeof key);
	if (wordtab_has(&headings_tab, key))
		return FH_HEADING;
	if (wordtab_has(&name_labels_tab, key))
		return FH_NAME;
	if (wordtab_has(&titles_tab, key))
		return FH_TITLE;
	if (wordtab_has(&fields_tab, key))
		return FH_FIELD;
	return FH_NONE;
}

/* Whether line l is a heading, set as one or only worded as one
 * ("Experiência profissional" in a column of its own). */
static int
heading_line(const struct ctx *c, const struct line *l)
{
	struct heading_hit hit;
	char key[96];

	if (heading_match(&c->lx->headings, l, &hit))
		return 1;
	fold_key(l->s, strlen(l->s), key, sizeof key);
	return heading_lookup(&c->lx->headings, key) != IS_NONE;
}

/* The label cell of s: up to a tab, or up to a colon near the start; in
 * *value the rest, trimmed, or NULL when there is none. */
static size_t
label_cell(const char *s, const char **value)
{
	size_t tab = strcspn(s, "\t"), colon = strcspn(s, ":"), cut = tab;
	const char *rest;

	if (colon < tab && colon <= 40 && (s[colon + 1] == ' ' || s[colon + 1] == '\0'))
		cut = colon;
	rest = s + cut + (s[cut] != '\0');
	rest += strspn(rest, " \t");
	*value = *rest != '\0' ? rest : NULL;
	while (cut > 0 && s[cut - 1] == ' ')
		cut--;
	return cut;
}

/* Whether line s is a label asking for an address or a town, with its
 * value. */
static int
place_line(const char *s)
{
	const char *value;

	return place_label(s, label_cell(s, &value));
}

/* "+49 171 555", "a@b.de", "www.x.de": a value the contact details read;
 * "Married", "Nigerian" are the form's alone, no headline. */
static int
contact_value(const char *v)
{
	return strpbrk(v, "@0123456789/.") != NULL;
}

/* "Identity Number:", "CNIC No.", "Passport No:": a label of an ID,
 * whose figures are no phone's. */
static int
id_label(const char *s)
{
	static const char *const ids[] = { "aadhaar", "aadhar", "cnic", "id", "identity",
		"nic", "nin", "pan", "passport", "ssn", NULL };
	char key[40], *w, *save = NULL;
	size_t n = strcspn(s, ":\t");
	int id = 0;

	if (n >= sizeof key)
		return 0;
	fold_key(s, n, key, sizeof key);
	for (w = strtok_r(key, " ", &save); w != NULL && !id; w = strtok_r(NULL, " ", &save))
		id = wordlist_has(ids, w);
	return id;
}

/* What line i is as a label, and how many lines the label takes:
 * "GEWÜNSCHTE" over "BESCHÄFTIGUNG" is one label wrapped in its column. */
static enum formhead_kind
line_kind(const struct layout *L, size_t i, size_t to, size_t *used, const char **value)
{
	const char *s = L->v[i].s, *v2;
	size_t cut = label_cell(s, value), cut2;
	enum formhead_kind k = formhead_kind(s, cut);
	char *j;

	*used = 1;
	if (k != FH_NONE || i + 1 >= to || cut > 40)
		return k;
	cut2 = label_cell(L->v[i + 1].s, &v2);
	if (cut2 == 0 || cut2 > 40 || (v2 != NULL && *value != NULL))
		return FH_NONE;
	j = xprintf("%.*s %.*s", (int)cut, s, (int)cut2, L->v[i + 1].s);
	k = formhead_kind(j, strlen(j));
	free(j);
	if (k != FH_NONE) {
		*used = 2;
		if (*value == NULL)
			*value = v2;
	}
	return k;
}

static void
line_set(struct line *l, const char *s)
{
	char *t = xstrdup(s);

	free(l->s);
	l->s = t;
}

/* The value of a label standing alone: the next line, when it is no
 * label itself and holds one cell. */
static const char *
next_value(const struct ctx *c, size_t j, size_t to)
{
	const struct layout *L = c->L;
	const char *v;
	size_t used;

	if (j >= to || L->v[j].s[0] == '\0' || strchr(L->v[j].s, '\t') != NULL ||
	    line_kind(L, j, to, &used, &v) != FH_NONE || heading_line(c, &L->v[j]))
		return NULL;
	return L->v[j].s;
}

/* Takes the value of a name or headline label; whether it was one. */
static int
take(struct ctx *c, enum formhead_kind k, const char *value)
{
	struct profile *p = c->p;

	if (k == FH_NAME && names_like(value)) {
		if (p->basics.name == NULL) {
			char *n = names_case(value);
			profile_set(&p->basics.name, n);
			free(n);
		}
		return 1;
	}
	if (k == FH_TITLE && strchr(value, '@') == NULL && strlen(value) < 100) {
		if (p->basics.label == NULL)
			parse_label(c, value);
		return 1;
	}
	return 0;
}

/* The labels alone from line i on, none a heading; how many. */
static size_t
label_run(const struct layout *L, size_t i, size_t to)
{
	size_t n = 0, used;
	const char *v;
	enum formhead_kind k;

	while (i + n < to && L->v[i + n].s[0] != '\0' &&
	    (k = line_kind(L, i + n, to, &used, &v)) != FH_NONE && k != FH_HEADING &&
	    used == 1 && v == NULL)
		n++;
	return n;
}

/* The values of n labels from line j on: the lines up to a blank, a
 * heading or a label, n to n + 2 of them (an address may take two); 0 if not so. */
static size_t
value_block(const struct ctx *c, size_t j, size_t to, size_t n)
{
	const struct layout *L = c->L;
	size_t m = 0, used;
	const char *v;

	while (j + m < to && m < n + 3 && L->v[j + m].s[0] != '\0' &&
	    (m == 0 || !(L->v[j + m].flags & LN_BLANK)) &&
	    line_kind(L, j + m, to, &used, &v) == FH_NONE && !heading_line(c, &L->v[j + m]))
		m++;
	return m >= n && m <= n + 2 ? m : 0;
}

/* Pairs the n labels from line i with the m values from line j: the first
 * half from the start, the rest from the end, so that the name leads and
 * the job sought ends them.  The values are read as contact details and
 * blanked, the labels too. */
static void
pair_values(struct ctx *c, size_t i, size_t n, size_t j, size_t m)
{
	struct layout *L = c->L;
	size_t used, end = j + m;
	const char *v;

	for (size_t k = 0; k < n; k++) {
		enum formhead_kind f = line_kind(L, i + k, i + n, &used, &v);
		size_t at = k < n / 2 ? j + k : j + m - n + k;
		/* without a blank line to end the values, the job sought is
		 * the line that names a job */
		for (size_t e = m; f == FH_TITLE && k >= n / 2 && e > n &&
		    role_title_score(L->v[at].s) == 0; e--)
			if (role_title_score(L->v[j + e - 1 - n + k].s) > 0)
				at = j + e - 1 - n + k;
		if ((f == FH_NAME || f == FH_TITLE) && take(c, f, L->v[at].s))
			line_set(&L->v[at], "");
		line_set(&L->v[i + k], "");
		end = at + 1;
	}
	/* the lines after the last value are the section's own */
	for (size_t k = j; k < end; k++)
		if (L->v[k].s[0] != '\0') {
			parse_contact(c, L->v[k].s);
			line_set(&L->v[k], "");
		}
}

/*
 * "Name:" over "Address:" over "Position:", then "Yuki Tanaka" over the
 * address over the job: a column of labels a layout set apart from its
 * values, which follow in the same order.  Whether lines i on were so.
 */
static int
label_column(struct ctx *c, size_t i, size_t to, size_t *skip)
{
	size_t n = label_run(c->L, i, to), m;

	if (n < 2 || (m = value_block(c, i + n, to, n)) == 0)
		return 0;
	pair_values(c, i, n, i + n, m);
	*skip = n + m - 1;
	return 1;
}

/* Where the values of a column of labels that ends its section begin: the
 * name a line or a few on, past a heading and a date; 0 if not there. */
static size_t
values_start(const struct ctx *c, size_t at)
{
	for (size_t j = at; j < c->L->n && j < at + 4; j++) {
		const char *s = c->L->v[j].s;
		if (strchr(s, ' ') != NULL && names_like(s) && role_title_score(s) == 0 &&
		    !heading_line(c, &c->L->v[j]))
			return j;
	}
	return 0;
}

/*
 * "Nome" over "Indirizzo" over ... "Occupazione desiderata", then a
 * heading, then "ROSSI Chiara" over the address ... over "Farmacista":
 * pdftotext put the column of labels before the next section and the values
 * after its heading.  The name leads the values and the job sought ends
 * them (an address may take two lines between); the values are read as
 * contact details and taken out of the section they fell in.
 */
static int
values_after(struct ctx *c, size_t i, size_t n)
{
	size_t j = values_start(c, i + n), m, used;
	const char *v;

	if (j == 0 || line_kind(c->L, i, i + n, &used, &v) != FH_NAME ||
	    (m = value_block(c, j, c->L->n, n)) == 0)
		return 0;
	pair_values(c, i, n, j, m);
	return 1;
}

/*
 * "Place of birth:" over "Huye District, Southern Province": a field's
 * label alone with a colon, its value the next line.  An address or a
 * town is the person's place; a phone or a mail is left for the contact
 * details; anything else (a birthplace, a nationality) is the form's own
 * and blanked.  Whether line i was such a label.
 */
static int
field_alone(struct ctx *c, size_t i, size_t used, size_t to)
{
	struct layout *L = c->L;
	const char *s = L->v[i + used - 1].s, *value;
	size_t n = strlen(s), j = i + used;

	if (n == 0 || s[n - 1] != ':' || (value = next_value(c, j, to)) == NULL)
		return 0;
	if (place_line(L->v[i].s) || (used == 2 && place_line(s))) {
		place_wrapped(c, L, j, to, value);
		line_set(&L->v[j], "");
	} else if (!contact_value(value) || id_label(L->v[i].s))
		line_set(&L->v[j], "");
	for (size_t k = i; k < j; k++)
		line_set(&L->v[k], "");
	return 1;
}

/* Where the label ending at the colon at is starts in s: the longest run
 * of up to four words before it that the form's tables know, else its
 * last word. */
static const char *
label_before(const char *s, const char *at)
{
	const char *best = NULL, *p = at;

	for (int words = 0; words < 4 && p > s; words++) {
		while (p > s && p[-1] != ' ')
			p--;
		if (formhead_kind(p, (size_t)(at - p)) != FH_NONE)
			best = p;
		if (best == NULL && words == 0)
			best = p;
		if (p > s)
			p--;
	}
	return best;
}

/* "Years of Experience: 7 years Job Intention: Senior Java Backend
 * Engineer": a row of labelled pairs; the headline a label after the
 * first asks for, its value up to the next label. */
static void
pairs_title(struct ctx *c, const char *s)
{
	const char *colon = strchr(s, ':');

	if (colon == NULL || colon - s > 30 || c->p->basics.label != NULL)
		return;
	for (const char *p = strchr(colon, ' '); p != NULL; p = strchr(p + 1, ' ')) {
		const char *c2 = strchr(p + 1, ':'), *next, *end;
		char *v;
		if (c2 == NULL || c2 - p > 30 || c2[1] != ' ' || parse_in_brackets(s, c2) ||
		    formhead_kind(p + 1, (size_t)(c2 - p - 1)) != FH_TITLE)
			continue;
		next = strchr(c2 + 1, ':');
		end = next != NULL ? label_before(c2 + 2, next) : c2 + strlen(c2);
		v = parse_trim(c2 + 2, (size_t)(end - c2 - 2));
		if (v[0] != '\0')
			take(c, FH_TITLE, v);
		free(v);
		return;
	}
}

void
formhead_read(struct ctx *c, size_t from, size_t to)
{
	struct layout *L = c->L;

	for (size_t i = from; i < to; i++) {
		const char *value;
		size_t used, own, skip;
		enum formhead_kind k;
		if (L->v[i].s[0] != '\0')
			pairs_title(c, L->v[i].s);
		if (L->v[i].s[0] == '\0' || (k = line_kind(L, i, to, &used, &value)) == FH_NONE)
			continue;
		if (label_column(c, i, to, &skip)) {
			i += skip;
			continue;
		}
		if ((skip = label_run(L, i, to)) >= 2 && values_after(c, i, skip)) {
			i += skip - 1;
			continue;
		}
		own = value != NULL;
		if (k == FH_FIELD && !own && field_alone(c, i, used, to)) {
			i += used;
			continue;
		}
		if (value == NULL && k != FH_HEADING && k != FH_FIELD)
			value = next_value(c, i + used, to);
		/* a label whose value a column split off is blanked alone */
		if ((k == FH_NAME || k == FH_TITLE) && value != NULL && !take(c, k, value))
			continue;
		/* "Address: Clarecastle Road, Ennis": a place, never the
		 * headline the next line may be */
		if (own && k == FH_FIELD && used == 1 && place_line(L->v[i].s)) {
			place_wrapped(c, L, i, to, value);
			line_set(&L->v[i], "");
		} else if (own && (k == FH_HEADING || (k == FH_FIELD && contact_value(value) &&
		    !id_label(L->v[i].s)))) {
			char *v = xstrdup(value);
			line_set(&L->v[i], v);
			free(v);
		} else
			line_set(&L->v[i], "");
		for (size_t j = 1; j < used + (!own && value != NULL); j++)
			line_set(&L->v[i + j], "");
		i += used - 1;
	}
}

int
formhead_tables_sorted(void)
{
	return wordtab_sorted(&headings_tab) &&
	    wordtab_sorted(&name_labels_tab) &&
	    wordtab_sorted(&titles_tab) &&
	    wordtab_sorted(&fields_tab);
}
