/*
 * The labels of the Europass CV form in the languages it is filled in, by
 * the field they name: folded (case and accents off, punctuation a space),
 * each row's wordings separated by "|".
 */
#include "europass_labels.h"

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
