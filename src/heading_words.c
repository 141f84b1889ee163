/*
 * The built-in wordings of section headings, one section a row, wordings
 * separated by "|".  Matching folds case and accents, and ignores
 * punctuation, so "Work Experience:", "WORK EXPERIENCE" and "work
 * experience" are one wording; "&" is written "and" nowhere: it is dropped.
 * A wording written "=stack" heads a section only as a whole line: inside a
 * longer heading ("Software Stack of Acme") it says nothing.
 */
#include "heading.h"
#include "heading_words.h"

const struct heading_row heading_rows[] = {
	{ IS_SUMMARY, "summary|self evaluation|self assessment|self introduction|self appraisal|personal evaluation|=biography|=short bio|=hello|=intro|=about myself|=in short|=who am i|a bit about me|"
	    "my story|professional summary|career summary|executive summary|"
	    "profile|professional profile|personal profile|profile summary|about|about me|"
	    "objective|career objective|objectives|overview|introduction|"
	    "personal statement|summary of qualifications|qualifications summary|bio|"
	    "professional overview|who i am|personal summary|candidate summary|career profile|"
	    "career overview|profile statement|personal profile statement|professional bio|"
	    "zusammenfassung|profil|uber mich|kurzprofil|a propos|a propos de moi|"
	    "perfil|resumen|sobre mi|acerca de mi|=acerca de|=infos|=sobre|perfil profesional|profilo|sommario|=extracto|"
	    "chi sono|profilo professionale|presentazione|presentazione personale|"
	    "presentacion|presentation|presentation personnelle|apresentacao|resumo|sobre mim|perfil profissional|"
	    "profiel|samenvatting|over mij|podsumowanie|o mnie|sammanfattning|om mig|"
	    "profil zawodowy|objectif|objetivo|obiettivo|doel|"
	    "sommaire|sommaire des competences|sommaire des qualifications|sommaire professionnel|"
	    "profil professionnel|"
	    "profil profesional|rezumat|despre mine|obiectiv profesional|obiectiv|obiective profesionale|shrnuti|osszefoglalo|szakmai osszefoglalo|bemutatkozas|ozet|ozet bilgi|hakkimda|profiili|yhteenveto|o mne" },
	{ IS_EXPERIENCE, "experience|major responsibilities in present position|responsibilities in present position|duties and responsibilities in present position|duties in present position|responsibilities in current position|duties in current position|national service|national youth service|career details|other employment|other experience|additional experience|previous employment|career history details|atuacao profissional|carreira|percurso profissional|loopbaan|laufbahn|carriere|carrera profesional|carriera|career so far|my career so far|my career|academic appointments|academic positions|appointments|travel assignments|assignments|contract assignments|travel contracts|locum assignments|"
	    "academic employment|working experiences|job experience|job experiences|board and advisory|advisory roles|board positions|=jobs|=positions|=roles|where i ve worked|"
	    "where i have worked|where i worked|work i ve done|career path|"
	    "professional journey|previous experience|past experience|"
	    "work experience|professional experience|employment|"
	    "employment history|work history|career history|career|relevant experience|"
	    "professional background|positions held|professional history|job history|"
	    "employment experience|working experience|work experiences|experiences|"
	    "professional experiences|industry experience|technical experience|"
	    "internships|internship|internship experience|experience and internships|"
	    "industrial training|in plant training|inplant training|industrial exposure|"
	    "internship training|summer training|industrial internship|"
	    "research experience|teaching experience|military experience|"
	    "leadership experience|relevant work experience|employment record|"
	    "career experience|professional employment|work|employment details|work details|"
	    "employment summary|work summary|"
	    "berufserfahrung|berufliche erfahrung|beruflicher werdegang|werdegang|"
	    "praxiserfahrung|arbeitserfahrung|berufspraxis|praktika|praktikum|"
	    "praktische erfahrung|berufliche stationen|berufliche laufbahn|berufstatigkeit|"
	    "berufliche erfahrungen|beschaftigungsverlauf|anstallningar|tidligere stillinger|"
	    "erhvervserfaring|przebieg kariery|historia zatrudnienia|przebieg pracy zawodowej|"
	    "percurso profissional|loopbaan|relevante werkervaring|praktijkervaring|"
	    "beroepservaring|esperienze di lavoro|zawodowe doswiadczenie|"
	    "werkervaring en stages|stages|werkgeschiedenis|arbetslivserfarenhet och praktik|"
	    "doswiadczenie zawodowe i praktyki|praktyki|experiencia laboral y practicas|"
	    "experience professionnelle|experiences professionnelles|parcours professionnel|"
	    "parcours|experiencia|experiencia profesional|experiencia laboral|"
	    "trayectoria profesional|trayectoria|trayectoria laboral|percorso professionale|trajetoria profissional|beruflicher werdegang|esperienza|esperienze|esperienza professionale|"
	    "esperienze professionali|esperienza lavorativa|esperienze lavorative|"
	    "experiencia profissional|werkervaring|ervaring|professionele ervaring|"
	    "doswiadczenie|doswiadczenie zawodowe|arbetslivserfarenhet|erfarenhet|"
	    "erfaring|arbejdserfaring|arbeidserfaring|yrkeserfarenhet|"
	    "experienta profesionala|experienta|experienta de munca|pracovni zkusenosti|praxe|szakmai tapasztalat|tapasztalat|munkatapasztalat|is deneyimi|deneyim|tyokokemus|tyohistoria|ervaring" },
	{ IS_EDUCATION, "education|educational institutions attended with dates|educational institutions attended|institutions attended with dates|institutions attended|schools attended with dates|schools attended|=studying|=study|=studies|what i studied|=school|=schools|=university|where i studied|=academic|"
	    "=diplomas|trade qualification|=trade certificate|=apprenticeship|academic background|academics|academic qualifications|academic qualification|educational qualification|"
	    "educational qualifications|education and training|educational background|"
	    "academic history|studies|academic details|academic profile|"
	    "education and qualifications|qualifications|education history|"
	    "academic record|degrees|schooling|education details|formal education|"
	    "ausbildung|bildung|bildungsweg|studium|schulbildung|akademische ausbildung|"
	    "schulische ausbildung|berufsausbildung|hochschulstudium|hochschulausbildung|"
	    "akademischer werdegang|schulischer werdegang|schul und berufsausbildung|"
	    "schullaufbahn|aus und weiterbildung|studium und ausbildung|opleiding en cursussen|"
	    "opleidingen en cursussen|utbildningar|wyksztalcenie i kursy|"
	    "formacion academica y complementaria|percorso formativo|percorso di studi|"
	    "formazione accademica|istruzione e formazione professionale|"
	    "formation|formations|education et formation|diplomes|cursus|etudes|"
	    "parcours academique|educacion|formacion|formacion academica|estudios|instruccion formal|instruccion|estudios realizados|"
	    "istruzione|formazione|istruzione e formazione|titoli di studio|educacao|"
	    "formacao|formacao academica|opleiding|opleidingen|wyksztalcenie|edukacja|escolaridad|"
	    "utbildning|uddannelse|utdanning|"
	    "educatie|studii|formare|vzdelani|tanulmanyok|vegzettseg|oktatas|egitim|koulutus|obrazovanje|education and training" },
	{ IS_SKILLS, "specialties and skills|specialties|specialities and skills|conocimientos y experiencia|conocimientos y aptitudes|=specialization|=specialisation|=specializations|=fields of specialization|"
	    "=areas of specialization|skills|ict|ict skills|clinical skills|nursing skills|technical and clinical skills|skills and interests|skills and hobbies|skills languages and interests|skills activities and interests|additional skills and interests|other skills and interests|skills and other information|=toolkit|=my toolkit|=what i bring|savoir faire|mes savoir faire|savoir etre|qualites|qualites personnelles|=software|tools and software|what i work with|=methods|research methods|technologies i work with|tools i work with|digital skills|digital competences|digital competence|ich biete|=what i do|what i know|what i use|=toolbox|=my toolbox|=stack|"
	    "=my stack|tools i use|things i use|=uses|languages and tools|tech i use|technical toolbox|"
	    "technical skills|core skills|key skills|skill set|skillset|"
	    "core competencies|competencies|areas of expertise|expertise|technologies|"
	    "tools and technologies|technical proficiencies|proficiencies|tech stack|"
	    "technical expertise|it skills|computer skills|skills and tools|computer proficiency|"
	    "computer literacy|computer knowledge|it proficiency|"
	    "=equipment|equipment systems|equipment and systems|plant and equipment|equipment operated|"
	    "plant and machinery|=machinery|machinery operated|vehicles and equipment|"
	    "skills and abilities|abilities|top skills|other skills|professional skills|"
	    "technical competencies|key competencies|skills summary|technical summary|summary of skills|skill summary|"
	    "technical skills and tools|skills and technologies|personal skills|"
	    "digital skills|job related skills|competences|strengths|tools|"
	    "programming skills|software skills|soft skills|hard skills|"
	    "kenntnisse|fahigkeiten|kenntnisse und fahigkeiten|faehigkeiten|fachkenntnisse|it kenntnisse|"
	    "kompetenzen|edv kenntnisse|technische kenntnisse|competences techniques|"
	    "habilidades|habilidades tecnicas|habilidades informaticas|competencias tecnicas|conocimientos tecnicos|competencias|conocimientos|aptitudes|competenze|aptitudes principales|"
	    "principales competences|competences principales|principais competencias|"
	    "competenze principali|top kenntnisse|belangrijkste vaardigheden|"
	    "competenze professionali|competenze digitali|competenze personali|"
	    "competenze tecniche|capacita e competenze|competencias tecnicas|"
	    "informatica|informatique|ofimatica|edv|conocimientos informaticos|"
	    "competencias digitales|competencias informaticas|competences informatiques|"
	    "connaissances informatiques|conhecimentos de informatica|conhecimentos informaticos|"
	    "outils informatiques|=outils|=logiciels|logiciels et outils|outils et logiciels|"
	    "logiciels maitrises|logiciels utilises|maitrise des logiciels|"
	    "=szoftverek|szoftverismeret|informatikai ismeretek|szamitogepes ismeretek|"
	    "pocitacove znalosti|pocitacove dovednosti|digitalni dovednosti|"
	    "maitrise des outils|herramientas informaticas|=herramientas|ferramentas|"
	    "conoscenze informatiche|competenze informatiche|computerkenntnisse|"
	    "computervaardigheden|umiejetnosci komputerowe|bilgisayar becerileri|"
	    "vaardigheden|competenties|umiejetnosci|kompetenser|faerdigheder|"
	    "ferdigheter|kompetanse|"
	    "competente|aptitudini|abilitati|dovednosti|keszsegek|kepessegek|yetenekler|beceriler|taidot|vestine" },
	{ IS_PROJECTS, "projects|academic project|=portfolio|=case studies|=selected projects|things i ve built|things i built|things i made|=selected work|"
	    "hobby projects|pet projects|open source work|=apps|personal projects|"
	    "key projects|selected projects|"
	    "side projects|academic projects|notable projects|project experience|"
	    "open source|open source contributions|project highlights|major projects|"
	    "projects undertaken|professional projects|relevant projects|project work|"
	    "projekte|projets|proyectos|progetti|projetos|projecten|projekty|projekt|"
	    "proiecte|projektek|projeler|projektit" },
	{ IS_PATENTS, "patents|patents granted|patents filed|patent applications|patent|"
	    "patente|brevets|patentes|brevetti|octrooien|patenty|"
	    "brevete|szabadalmak|patentler" },
	{ IS_PUBLICATIONS, "publications|papers|selected publications|research papers|"
	    "articles|publications and presentations|conference papers|books|"
	    "talks|presentations|talks and publications|speaking|speaking and publications|"
	    "publications and speaking|speaking engagements|public speaking|conference talks|"
	    "talks and presentations|presentations and publications|publications and talks|"
	    "conferences|conference presentations|conferences and presentations|"
	    "veroffentlichungen|publikationen|publicaciones|pubblicazioni|publicacoes|"
	    "publicaties|publikacje|"
	    "publicatii|publikace|publikaciok|yayinlar|julkaisut" },
	{ IS_CERTIFICATES, "otros titulos certificaciones y carnes|otros titulos y certificaciones|otros titulos|abilitazioni e iscrizioni|abilitazioni|iscrizioni ad albi|iscrizione albo|patenti e abilitazioni|certs|mandatory training|statutory and mandatory training|mandatory and statutory training|certifications|certificates|licenses and certifications|"
	    "licences and certifications|certifications and licenses|certifications and licences|professional certifications|certification|"
	    "professional status and training|professional status|status and training|"
	    "oposiciones|concurso oposicion|concursos oposicion|oposiciones aprobadas|"
	    "short courses and licences|short courses and licenses|short courses|"
	    "courses|courses and certifications|certifications and courses|trainings|"
	    "trainings attended|training attended|trainings and workshops attended|"
	    "workshops attended|seminars attended|trainings and seminars attended|"
	    "training|training and certifications|professional training|professional trainings|professional development|"
	    "job related training|job-related training|additional training|"
	    "continuing education|licenses|licences|nursing licenses|nursing license|nursing licences|nursing licence|accreditations|licences and tickets|licenses and tickets|"
	    "professional registration|professional registrations|registrations|registration and licensure|"
	    "registration|registration cpd|registration and cpd|cpd|cpd and registration|"
	    "licensure|licensure and certifications|licensure and certification|"
	    "tickets and licences|tickets and licenses|licences and permits|licenses and permits|"
	    "qualifications and training|training and qualifications|certificates and licences|"
	    "certificates and licenses|licences and certificates|professional qualifications|professional qualification|"
	    "professional qualifications membership|professional qualifications and membership|"
	    "professional qualifications and memberships|certifications and memberships|"
	    "professional designations|designations|designations and memberships|professional designations and memberships|"
	    "trade qualifications|trade qualifications and licences|trade qualifications and licenses|"
	    "licenses and qualifications|licences and qualifications|免許・資格|資格|"
	    "zertifikate|zertifizierungen|weiterbildung|fortbildung|weiterbildungen|"
	    "fortbildungen|fort und weiterbildungen|fort und weiterbildung|aus und weiterbildung|zertifikate und weiterbildungen|weiterbildungen und zertifikate|"
	    "kurse|kurse und zertifikate|corsi|corsi di formazione|corsi e certificazioni|"
	    "kurser|kurser och certifieringar|cursussen|cursussen en certificaten|registratie|registraties|"
	    "cursos y certificaciones|cursos e certificacoes|kursy i certyfikaty|szkolenia|"
	    "certificats|certificaciones|certificados|cursos|certificazioni|"
	    "certifications et habilitations|habilitations|habilitations et certifications|"
	    "cursos complementares|formacao complementar|cursos complementarios|"
	    "formacion complementaria|otra formacion|otras formaciones|otros cursos|kurser og beviser|kurser och intyg|"
	    "formations complementaires|formation complementaire|formation continue|"
	    "perfectionnement|perfectionnement professionnel|"
	    "formazione complementare|corsi di aggiornamento|"
	    "certificacoes|certificaten|certificeringen|certyfikaty|kursy|certifikat|"
	    "certificari|certifikaty|tanusitvanyok|kepesitesek|sertifikalar|sertifikaatit|licenses and certificates|"
	    "licencas e certificados|licencias y certificaciones|licences et certifications|"
	    "lizenzen und zertifizierungen|licenze e certificazioni|licenties en certificaten|"
	    "licencje i certyfikaty" },
	{ IS_AWARDS, "awards|grants and awards|awards and grants|grants|fellowships|"
	    "research funding|funding|grants and funding|research grants|external funding|"
	    "grants and fellowships|honors|honours|awards and honors|awards and honours|"
	    "honors and awards|honours and awards|achievements|accomplishments|"
	    "recognition|awards and recognition|awards recognition|awards and recognitions|scholarships|key achievements|"
	    "auszeichnungen|distinctions|prix|premios|logros|premi|riconoscimenti|"
	    "premios e reconhecimentos|prijzen|nagrody|utmarkelser|"
	    "premii|oceneni|dijak|oduller|palkinnot|reconhecimentos e premios|"
	    "reconocimientos y premios|premios y reconocimientos|distinctions et prix|auszeichnungen und preise|"
	    "premi e riconoscimenti|onderscheidingen en prijzen|wyroznienia i nagrody" },
	{ IS_LANGUAGES, "languages|language skills|spoken languages|language proficiency|"
	    "linguistic skills|languages known|language known|mother tongue|mother tongues|other languages|"
	    "sprachen|sprachkenntnisse|langues|competences linguistiques|idiomas|"
	    "lingue|conoscenze linguistiche|linguas|talen|jezyki|znajomosc jezykow|"
	    "sprak|sprog|"
	    "limbi straine|limbi|jazyky|nyelvtudas|nyelvek|diller|kielitaito|kielet|competenze linguistiche|conocimientos de idiomas|lenguas" },
	{ IS_VOLUNTEER, "volunteer|volunteering|volunteer experience|volunteer work|"
	    "community service|community involvement|volunteer activities|"
	    "ehrenamt|ehrenamtliches engagement|benevolat|voluntariado|volontariato|"
	    "trabalho voluntario|experiencia de voluntariado|experiencia como voluntario|"
	    "ehrenamtliche tatigkeiten|ehrenamtliche tatigkeit|soziales engagement|"
	    "engagement associatif|engagements associatifs|vie associative|"
	    "engagement communautaire|implication communautaire|engagement benevole|"
	    "activites benevoles|benevolat et engagement communautaire|"
	    "vrijwilligerswerk|wolontariat|ideellt arbete|frivilligt arbejde|"
	    "voluntariat|dobrovolnictvi|onkentes munka|gonulluluk|vapaaehtoistyo" },
	{ IS_INTERESTS, "interests|zaujmy|zaujmy a zaluby|konicky|=research themes|=lineas de investigacion|=areas de investigacion|=intereses de investigacion|=forschungsschwerpunkte|=forschungsinteressen|=forschungsgebiete|=themes de recherche|=axes de recherche|=interets de recherche|=interessi di ricerca|=aree di ricerca|=linhas de pesquisa|=areas de interesse|=interesses de pesquisa|=onderzoeksinteresses|=onderzoeksgebieden|=research interests|=research areas|=areas of research|"
	    "=research topics|=research focus|hobbies|hobbies and interests|interests and hobbies|"
	    "personal interests|activities|extracurricular activities|extra curricular activities|"
	    "co curricular activities|cocurricular activities|"
	    "interessen|hobbys|centres d interet|loisirs|intereses|aficiones|interessi|"
	    "hobby|interesses|hobby s|zainteresowania|intressen|hobiler|"
	    "interese|zajmy|erdeklodes|ilgi alanlari|harrastukset" },
	{ IS_REFERENCES, "references|referees|references available upon request|"
	    "referenzen|references professionnelles|referencias|referenze|referencias personales|referencias laborales|referencias profesionales|"
	    "referenties|referencje|"
	    "referinte|reference|referenciak|referanslar|suosittelijat" },
	{ IS_CONTACT, "contact|get in touch|=find me|=elsewhere|=say hello|=say hi|=reach me|"
	    "contact me|=socials|contact information|contact details|contact info|=contactar|"
	    "personal information|personal details|personal data|personal info|"
	    "kontakt|kontaktdaten|kontaktinformationen|kontaktangaben|personliche daten|"
	    "persoenliche daten|coordonnees|"
	    "mes coordonnees|me contacter|meine kontaktdaten|mis datos de contacto|"
	    "i miei contatti|os meus contactos|mijn contactgegevens|moje dane kontaktowe|"
	    "informations personnelles|=etat civil|contacto|datos personales|contatti|"
	    "dati personali|informazioni personali|contato|contatos|contactos|dados pessoais|"
	    "persoonlijke gegevens|dane osobowe|kontaktuppgifter|personuppgifter|"
	    "date personale|date de contact|osobni udaje|szemelyes adatok|kapcsolat|elerhetoseg|elerhetosegek|iletisim|kisisel bilgiler|yhteystiedot|henkilotiedot" },
	{ IS_OTHER, "=military service|=military status|=compulsory military service|"
	    "=желаемая должность и зарплата|=желаемая должность|=бажана посада|"
	    "=desired position|=target position|=target job|=desired job|=position sought|=poste recherche|"
	    "=puesto deseado|=wunschposition|=categoria docente|=categoria cientifica|"
	    "=participacion en eventos|=eventos|"
	    "declaration|clearance|security clearance|clearances|mentoring|mentorship|students mentored|student mentoring|research mentoring|student supervision|students supervised|additional information|miscellaneous|memberships|professional membership|membership|professional bodies|professional body membership|membership of professional bodies|"
	    "informacoes adicionais|organizacoes profissionais|carta de conducao|"
	    "conferences attended|conferences and seminars attended|"
	    "professional memberships|organizations|organisations|professional organizations|professional organisations|affiliations|professional affiliations|memberships and affiliations|work highlights|key highlights|highlights|driving licence|"
	    "boards|boards and advisory|board and advisory roles|advisory roles|advisory boards|"
	    "board memberships|board positions|board roles|board appointments|board mandates|"
	    "non executive roles|non executive directorships|directorships|"
	    "driving license|patente di guida|jogositvany|ridicsky prukaz|vodicsky preukaz|prawo jazdy|"
	    "other information|additional|misc|signature|=other|=others|other details|"
	    /* a teacher's checks and duties beyond the timetable */
	    "checks and status|checks status|=checks|pre employment checks|safeguarding checks|"
	    "additional responsibilities|other responsibilities|wider responsibilities|"
	    "questions|screening questions|application questions|=attachments|ich suche|"
	    /* an applicant-tracking system's review page around the application */
	    "=application|=application details|=application review|"
	    /* what the person looks for next: a job board's wishes, no job */
	    "=what i m looking for|=what i am looking for|=job preferences|=career preferences|"
	    "=career and application information|=application information|"
	    "=about your next role|=your next role|=ce que je recherche|=je recherche|"
	    "=preferencias de empleo|=preferencias laborales|=salario deseado|=salario pretendido|"
	    "=pretension salarial|=pretensiones salariales|=archivo adjunto|"
	    "=was ich suche|=job jeg soger|=onsket job|=jobonsker|=jag soker|=onskat jobb|"
	    "=jobb jeg soker|=etsin|=toivottu tyopaikka|=hledam|=o que procuro|=cosa cerco|"
	    "=wat ik zoek|=szukam|=lo que busco|=aradigim is|"
	    "custom questions|additional questions|=voluntary self identification|"
	    "=self identification|=eeo|=eeo questions|=equal opportunity|=scorecard|=scorecards|"
	    "=public profile url|=public profile and url|=perfil publico y url|=profil public et url|"
	    "=perfil publico e url|=offentliches profil und url|=profile language|=idioma del perfil|"
	    "=langue du profil|=idioma do perfil|=profilsprache|"
	    "=activity|=activity feed|=activity log|=actividad|=activite|=atividade|=aktivitat|=interview plan|=interview kit|=feedback|=notes|"
	    "=teaching|=supervision|=service|professional service|=enseignements dispenses|"
	    "=enseignements|=cours dispenses|=courses taught|"
	    "people also viewed|people also searched|personas que tambien han visto|"
	    "autres profils consultes|pessoas que tambem viram|personas que quiza conozcas|"
	    "personnes que vous pourriez connaitre|reviews|client reviews|testimonials|"
	    "recommendations|what people say|people you may know|similar profiles|"
	    "more profiles for you|related profiles|=also viewed|ahnliche profile|"
	    "profils similaires|perfiles similares|=ofertas que te pueden interesar|=ofertas recomendadas|"
	    "=jobs you may be interested in|=recommended jobs|=similar jobs|"
	    /* the closing box of a Japanese résumé form */
	    "=personal requests|=personal requests salary position working hours location etc|"
	    "=本人希望記入欄|"
	    "erklarung|sonstiges|divers|otros|altro|overig|doplnujuce informacie|"
	    "=muuta|muut tiedot|lisatiedot|lisatietoja|=ovrigt|=andet|=annet" },
	/* Danish, Norwegian, Finnish, Czech, Turkish and Brazilian wordings */
	{ IS_SUMMARY, "profil og kompetencer|om mig|om meg|profiili|tietoa minusta|"
	    "o mne|profesni profil|hakkimda|ozet|profesyonel ozet|kariyer hedefi|"
	    "resumo profissional|objetivo profissional|sobre mim" },
	{ IS_EXPERIENCE, "arbejdserfaring|erhvervserfaring og stillinger|arbeidserfaring|"
	    "yrkeserfaring|tyokokemus|tyohistoria|pracovni zkusenosti|praxe|"
	    "pracovne skusenosti|pracovna prax|"
	    "is deneyimi|is deneyimleri|deneyim|deneyimler|profesyonel deneyim|"
	    "experiencia profissional|experiencias profissionais|historico profissional" },
	{ IS_CONTACT, "personlige oplysninger|personlige data|kontaktoplysninger|"
	    "personopplysninger|personlige opplysninger" },
	{ IS_INTERESTS, "fritid|fritidsinteresser|interesser|hobbyer|fritidsaktiviteter" },
	{ IS_EDUCATION, "uddannelse|uddannelser|utdanning|utdannelse|koulutus|"
	    "vzdelani|egitim|egitim bilgileri|ogrenim|formacao|formacao academica|"
	    "vzdelanie" },
	{ IS_SKILLS, "kompetencer|faglige kompetencer|it kompetencer|ferdigheter|"
	    "=it|it kundskaber|it faerdigheder|faerdigheder|"
	    "kompetanse|taidot|osaaminen|dovednosti|pocitacove dovednosti|yetkinlikler|"
	    "dalsi dovednosti|ostatni dovednosti|znalosti a dovednosti|dalsi znalosti|"
	    "datakunnskaper|it kunnskaper|datorkunskaper|it kunskaper|"
	    "beceriler|bilgisayar bilgileri|bilgisayar bilgisi|bilgisayar|bilgisayar becerileri|teknik beceriler|"
	    "habilidades|competencias|"
	    "pocitacove znalosti|zrucnosti|ine zrucnosti|zrucnosti a schopnosti|"
	    "dalsie znalosti a zrucnosti|dalsie znalosti|dalsie zrucnosti|"
	    "conhecimentos|conhecimentos tecnicos" },
	{ IS_LANGUAGES, "sprogkundskaber|sprakkunnskaper|jazykove znalosti|"
	    "yabanci diller|yabanci dil|dil bilgisi" },
	{ IS_CERTIFICATES, "taydennyskoulutukset|taydennyskoulutus|lisakoulutus|"
	    "koulutukset ja kurssit|"
	    "kurser og certificeringer|kurs og sertifiseringer|"
	    "kurs og sertifikater|sertifikater|kurs|kurser og certifikater|"
	    "kurser och certifikat|kurser och certifieringar|"
	    "kurssit|sertifikaatit ja kurssit|kurzy|kurzy a certifikaty|kurslar|"
	    "certifikaty a kurzy|certifikaty|kurzy a skolenia" },
	/* Chilean and Filipino wordings ("Antecedentes laborales",
	 * "Educational attainment") */
	{ IS_EXPERIENCE, "antecedentes laborales|antecedentes profesionales|"
	    "experiencia laboral y profesional|work experience and employment history" },
	{ IS_EDUCATION, "antecedentes academicos|antecedentes educacionales|"
	    "antecedentes de estudios|educational attainment|educational attainments|"
	    "opleidingen en diploma s|opleiding en diploma s|diploma s" },
	{ IS_CONTACT, "antecedentes personales|personal background|=otros datos" },
	{ IS_CERTIFICATES, "cursos y capacitaciones|capacitaciones|capacitacion|"
	    "cursos y perfeccionamiento|license eligibility|licenses eligibility|eligibility" },
	/* Vietnamese, its tone marks folded away */
	{ IS_SUMMARY, "muc tieu nghe nghiep|muc tieu|gioi thieu ban than|gioi thieu|"
	    "tom tat|tom tat ban than|ve toi" },
	{ IS_EXPERIENCE, "kinh nghiem lam viec|kinh nghiem|qua trinh cong tac|"
	    "kinh nghiem chuyen mon|lich su lam viec" },
	{ IS_EDUCATION, "hoc van|trinh do hoc van|qua trinh hoc tap|dao tao|hoc van va dao tao" },
	{ IS_SKILLS, "ky nang|ky nang chuyen mon|ky nang mem|cac ky nang" },
	{ IS_LANGUAGES, "ngoai ngu|ngon ngu" },
	{ IS_CERTIFICATES, "chung chi|bang cap|bang cap va chung chi|chung chi va khoa hoc" },
	{ IS_AWARDS, "giai thuong|thanh tich|danh hieu va giai thuong" },
	{ IS_PROJECTS, "du an|cac du an" },
	{ IS_INTERESTS, "so thich|hoat dong" },
	{ IS_CONTACT, "thong tin ca nhan|thong tin lien he|lien he" },
	{ IS_REFERENCES, "nguoi tham chieu|nguoi gioi thieu|nguoi tham khao" },
	/* Indonesian and Malay wordings (JobStreet, Kalibrr, a CV typed there) */
	{ IS_SUMMARY, "ringkasan|ringkasan pribadi|profil pribadi|ringkasan profil|profil singkat|tentang saya|tujuan karir|"
	    "ringkasan diri|objektif kerjaya|profil diri" },
	{ IS_EXPERIENCE, "pengalaman kerja|riwayat karier|riwayat karir|pengalaman|riwayat pekerjaan|riwayat kerja|"
	    "pengalaman profesional|pengalaman bekerja|pengalaman pekerjaan" },
	{ IS_EDUCATION, "pendidikan|riwayat pendidikan|pendidikan formal|latar belakang pendidikan|"
	    "kelayakan akademik" },
	{ IS_SKILLS, "keahlian|keterampilan|kemampuan|kompetensi|kemahiran|keahlian teknis" },
	{ IS_LANGUAGES, "kemampuan bahasa|penguasaan bahasa|bahasa" },
	{ IS_CERTIFICATES, "sertifikasi|lisensi dan sertifikasi|lisensi sertifikasi|lisensi|sertifikat|pelatihan|kursus|pendidikan non formal|"
	    "seminar dan pelatihan|pelatihan dan sertifikasi|sijil" },
	{ IS_AWARDS, "penghargaan|prestasi|anugerah" },
	{ IS_PROJECTS, "proyek|projek" },
	{ IS_VOLUNTEER, "pengalaman organisasi|organisasi|kegiatan organisasi" },
	{ IS_VOLUNTEER, "frivillig arbeid|frivillig arbeid og verv|verv|frivilligt arbete|"
	    "luottamustoimet|luottamustehtavat|vapaaehtoistyo|jarjestotoiminta" },
	{ IS_REFERENCES, "referanser|referenser" },
	{ IS_INTERESTS, "hobi|minat" },
	{ IS_CONTACT, "data pribadi|informasi pribadi|data diri|biodata|maklumat peribadi" },
	{ IS_REFERENCES, "referensi|rujukan" },
	/* Croatian, Serbian and Bosnian (Latin script) and Slovene */
	{ IS_SUMMARY, "o meni|o sebi|osobni profil|licni profil|profesionalni profil|sazetak|"
	    "povzetek|o meni na kratko" },
	{ IS_EXPERIENCE, "radno iskustvo|iskustvo|profesionalno iskustvo|radna iskustva|"
	    "delovne izkusnje|izkusnje|delovna doba" },
	{ IS_EDUCATION, "obrazovanje i osposobljavanje|obrazovanje i usavrsavanje|izobrazevanje|"
	    "izobrazevanje in usposabljanje|izobrazba|skolovanje" },
	{ IS_LANGUAGES, "jezicne vjestine|jezicne vestine|jezicke vestine|jezici|strani jezici|"
	    "poznavanje jezika|poznavanje stranih jezika|znanje jezika|znanje stranih jezika|"
	    "jezikovne spretnosti|jezikovne kompetence|tuji jeziki|znanje tujih jezikov|znanje jezikov" },
	{ IS_SKILLS, "vjestine|digitalne vjestine|racunalne vjestine|racunarske vestine|"
	    "digitalne vestine|znanja i vjestine|znanja i vestine|kompetencije|"
	    "strucne vjestine|poslovne vjestine|komunikacijske vjestine|organizacijske vjestine|"
	    "spretnosti|digitalne spretnosti|racunalniske spretnosti|kompetence|"
	    "informaticka znanja|informaticko znanje|racunalna znanja|tehnicke vjestine|"
	    "racunalniska znanja|osebnostne lastnosti|znanja in spretnosti" },
	{ IS_CERTIFICATES, "certifikati|sertifikati|tecajevi|kursevi|certifikati i tecajevi|"
	    "dodatno obrazovanje|dodatna edukacija|usavrsavanje|strucno usavrsavanje|"
	    "licence i certifikati|certifikati in tecaji|tecaji|dodatna izobrazevanja|"
	    "dodatno izobrazevanje|strokovna izobrazevanja|izpopolnjevanja" },
	{ IS_PROJECTS, "projekti|odabrani projekti" },
	{ IS_AWARDS, "nagrade|nagrade i priznanja|priznanja|nagrade in priznanja|postignuca" },
	{ IS_INTERESTS, "hobiji|hobiji i interesi|interesi|interesi i hobiji|slobodne aktivnosti|"
	    "hobiji in interesi|prosti cas" },
	{ IS_VOLUNTEER, "volontiranje|volonterski rad|volonterstvo|volontersko iskustvo|"
	    "prostovoljno delo" },
	{ IS_PUBLICATIONS, "publikacije|objavljeni radovi|radovi|objave" },
	{ IS_REFERENCES, "preporuke|reference" },
	{ IS_CONTACT, "osobni podaci|licni podaci|osebni podatki|kontakt podaci|kontakt podatki" },
	{ IS_OTHER, "vozacka dozvola|vozacka dozvola kategorija|vozisko dovoljenje|voznisko dovoljenje|"
	    "konferencije|konferencije i seminari|konference|ostalo|dodatne informacije" },
	/* Albanian */
	{ IS_SUMMARY, "profili profesional|profili|rreth meje|permbledhje" },
	{ IS_EXPERIENCE, "pervoja e punes|pervoja profesionale|pervoja|eksperienca e punes|"
	    "eksperienca profesionale" },
	{ IS_EDUCATION, "arsimimi|edukimi|arsimi|arsimimi dhe trajnimet|shkollimi" },
	{ IS_CERTIFICATES, "kurse dhe certifikime|kurse|certifikime|certifikata|trajnime|"
	    "trajnime dhe kurse|kualifikime" },
	{ IS_LANGUAGES, "gjuhet e huaja|gjuhet|njohja e gjuheve te huaja|aftesi gjuhesore" },
	{ IS_SKILLS, "aftesi kompjuterike|aftesite|aftesi|aftesi komunikuese dhe organizative|"
	    "aftesi teknike|aftesi profesionale|aftesi komunikuese|aftesi organizative" },
	{ IS_INTERESTS, "hobi|interesa|hobi dhe interesa" },
	{ IS_REFERENCES, "referenca|referencat|rekomandime" },
	{ IS_CONTACT, "te dhena personale|te dhenat personale|informacion personal" },
	{ IS_OTHER, "leje drejtimi|patente|informacione shtese" },
	/* Icelandic */
	{ IS_SUMMARY, "um mig|samantekt|profill|kynning" },
	{ IS_EXPERIENCE, "starfsreynsla|starfsferill|reynsla|atvinnureynsla" },
	{ IS_EDUCATION, "menntun|nam|menntun og nam|skolaganga" },
	{ IS_CERTIFICATES, "namskeid|namskeid og vottanir|vottanir|rettindi|namskeid og rettindi" },
	{ IS_LANGUAGES, "tungumal|tungumalakunnatta" },
	{ IS_SKILLS, "tolvukunnatta|haefni|faerni|kunnatta|taeknikunnatta" },
	{ IS_INTERESTS, "ahugamal" },
	{ IS_REFERENCES, "medmaelendur|umsagnaradilar|medmaeli" },
	{ IS_VOLUNTEER, "felagsstorf|sjalfbodastorf" },
	{ IS_CONTACT, "personuupplysingar|upplysingar" },
	{ IS_OTHER, "annad|onnur atridi|okurettindi" },
	/* a Japanese résumé form's box for the person's case */
	/* Lithuanian, Latvian and Estonian */
	{ IS_SUMMARY, "apie mane|profilis|asmenines savybes|par mani|profils|minust|"
	    "enesetutvustus|profiil" },
	{ IS_EXPERIENCE, "darbo patirtis|profesine patirtis|darbo patirtis ir pareigos|"
	    "darba pieredze|profesionala pieredze|tookogemus|tooalane kogemus|"
	    "tookogemused" },
	{ IS_EDUCATION, "issilavinimas|issilavinimas ir mokymai|izglitiba|haridus|"
	    "haridustee" },
	{ IS_CERTIFICATES, "kvalifikacijos kelimas|kursai|mokymai ir kursai|sertifikatai|"
	    "kursi|sertifikati|tapsemiskoolitus|koolitused|kursused|sertifikaadid" },
	{ IS_LANGUAGES, "kalbos|kalbu zinios|uzsienio kalbos|valodas|valodu zinasanas|"
	    "keeled|keelteoskus" },
	{ IS_SKILLS, "kompiuterinis rastingumas|kompiuteriniai igudziai|igudziai|"
	    "datorprasmes|prasmes|arvutioskus|oskused" },
	{ IS_INTERESTS, "pomegiai|laisvalaikis|intereses|vaasp aja tegevused|huvid|hobid" },
	{ IS_REFERENCES, "rekomendacijos|rekomendacijas|soovitajad" },
	{ IS_CONTACT, "asmenine informacija|kontaktine informacija|personiga informacija|"
	    "kontaktinformacija|isikuandmed|kontaktandmed" },
	{ IS_OTHER, "papildoma informacija|vairuotojo pazymejimas|papildu informacija|"
	    "lisainfo|juhiload" },
	{ IS_SUMMARY, "=reason for applying|=reasons for applying|"
	    "=reason for applying strengths special skills|=志望動機|=志望の動機" },
	/* Russian and Ukrainian wordings (hh.ru, work.ua, rabota.ua) */
	{ IS_SUMMARY, "о себе|обо мне|коротко о себе|профиль|цель|про себе|про мене|профіль|мета" },
	{ IS_EXPERIENCE, "опыт работы|опыт|профессиональный опыт|трудовая деятельность|"
	    "места работы|досвід роботи|досвід|професійний досвід|трудова діяльність|"
	    "місця роботи" },
	{ IS_EDUCATION, "образование|высшее образование|основное образование|освіта|"
	    "вища освіта" },
	{ IS_SKILLS, "навыки|ключевые навыки|профессиональные навыки|компетенции|"
	    "технические навыки|навички|ключові навички|професійні навички|компетенції|"
	    "технічні навички|знання і навички|знання та навички|знания и навыки|"
	    "навыки и знания|навички та знання|компьютерные навыки|компьютерные знания|"
	    "знание компьютера|владение компьютером|владение пк|знание пк|"
	    "навыки работы на компьютере|личные качества|персональные качества|"
	    "деловые качества|профессиональные качества|комп'ютерні навички|"
	    "особисті якості|особистісні якості" },
	{ IS_LANGUAGES, "знание языков|языки|иностранные языки|владение языками|знання мов|"
	    "мови|іноземні мови|володіння мовами" },
	{ IS_CERTIFICATES, "сертификаты|курсы|повышение квалификации|"
	    "повышение квалификации курсы|тесты экзамены|сертифікати|курси|"
	    "підвищення кваліфікації|додаткова освіта та курси|додаткова освіта|"
	    "дополнительное образование|дополнительное образование и курсы|курси та тренінги|"
	    "тренінги|тренинги|курсы и тренинги" },
	{ IS_PROJECTS, "проекты|проєкти" },
	{ IS_AWARDS, "награды|достижения|нагороди|досягнення" },
	{ IS_INTERESTS, "хобби|интересы|увлечения|хобі|інтереси|захоплення" },
	{ IS_VOLUNTEER, "волонтерство|волонтерский опыт|волонтерський досвід" },
	{ IS_PUBLICATIONS, "публикации|публікації" },
	{ IS_REFERENCES, "рекомендации|рекомендації" },
	{ IS_CONTACT, "контакты|контактная информация|личная информация|личные данные|"
	    "контакти|контактна інформація|особиста інформація|особисті дані" },
	{ IS_OTHER, "дополнительная информация|дополнительно|додатково|додаткова інформація|"
	    "водительское удостоверение|гражданство время в пути до работы|"
	    "опыт вождения|водительские права|водійське посвідчення|"
	    "=желаемая должность и зарплата|=бажана посада і зарплата|додаткова інформація" },
	/* Catalan wordings, the Europass editor's among them */
	{ IS_EXPERIENCE, "experiencia professional|experiencia laboral i professional" },
	{ IS_EDUCATION, "educacio i formacio|educacio|formacio|formacio academica|estudis|"
	    "formacio i educacio" },
	{ IS_LANGUAGES, "competencies linguistiques|idiomes|llengues|coneixement d idiomes" },
	{ IS_SKILLS, "competencies digitals|habilitats|altres competencies|"
	    "competencies professionals|coneixements informatics" },
	{ IS_CERTIFICATES, "cursos i certificacions|certificacions|formacio complementaria" },
	{ IS_INTERESTS, "aficions|interessos" },
	{ IS_PROJECTS, "projectes" },
	{ IS_PUBLICATIONS, "publicacions" },
	{ IS_REFERENCES, "referencies" },
	{ IS_CONTACT, "informacio personal|dades personals" },
	{ IS_OTHER, "permis de conduccio|informacio addicional" },
	/* Chinese (simplified and traditional), Japanese and Korean wordings */
	{ IS_SUMMARY, "自我评价|自我評價|个人评价|個人評價|自我介绍|自我介紹|个人简介|個人簡介|"
	    "个人总结|個人總結|職務要約|自己pr|자기소개|자기 소개" },
	{ IS_EXPERIENCE, "工作经历|工作經歷|工作经验|工作經驗|实习经历|實習經歷|职业经历|"
	    "職業經歷|工作履历|职务经历|職務経歴|経歴|경력|경력사항|경력 사항|업무 경력" },
	{ IS_EDUCATION, "教育背景|教育经历|教育經歷|学历|學歷|学歴|학력|학력사항|학력 사항" },
	{ IS_SKILLS, "专业技能|專業技能|技能|技能特长|技能特長|技术栈|技術棧|スキル|保有スキル|"
	    "活かせる経験 知識 技術|기술|보유 기술|스킬" },
	{ IS_PROJECTS, "项目经历|項目經歷|项目经验|項目經驗|プロジェクト|프로젝트" },
	{ IS_CERTIFICATES, "证书|證書|资格证书|資格證書|자격증" },
	{ IS_AWARDS, "获奖情况|獲獎情況|荣誉奖项|榮譽獎項|获奖经历|수상|수상 경력" },
	{ IS_LANGUAGES, "语言能力|語言能力|外语能力|外語能力|語学|어학|외국어" },
	{ IS_INTERESTS, "兴趣爱好|興趣愛好|취미" },
	{ IS_CONTACT, "个人信息|個人信息|基本信息|基本資料|联系方式|聯繫方式|인적사항|인적 사항" },
	{ IS_OTHER, "=求职意向|=求職意向" },
	{ IS_NONE, NULL },
};
