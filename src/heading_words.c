/*
 * The built-in wordings of section headings, one section a row, wordings
 * separated by "|".  Matching folds case and accents, and ignores
 * punctuation, so "Work Experience:", "WORK EXPERIENCE" and "work
 * experience" are one wording; "&" is written "and" nowhere: it is dropped.
 */
#include "heading.h"
#include "heading_words.h"

const struct heading_row heading_rows[] = {
	{ IS_SUMMARY, "summary|professional summary|career summary|executive summary|"
	    "profile|professional profile|personal profile|profile summary|about|about me|"
	    "objective|career objective|objectives|overview|introduction|"
	    "personal statement|summary of qualifications|qualifications summary|bio|"
	    "professional overview|who i am|"
	    "zusammenfassung|profil|uber mich|kurzprofil|a propos|a propos de moi|"
	    "perfil|resumen|sobre mi|acerca de mi|perfil profesional|profilo|sommario|"
	    "chi sono|profilo professionale|resumo|sobre mim|perfil profissional|"
	    "profiel|samenvatting|over mij|podsumowanie|o mnie|sammanfattning|om mig|"
	    "profil zawodowy|objectif|objetivo|obiettivo|doel" },
	{ IS_EXPERIENCE, "experience|work experience|professional experience|employment|"
	    "employment history|work history|career history|career|relevant experience|"
	    "professional background|positions held|professional history|job history|"
	    "employment experience|working experience|work experiences|experiences|"
	    "professional experiences|industry experience|technical experience|"
	    "internships|internship|internship experience|experience and internships|"
	    "research experience|teaching experience|military experience|"
	    "leadership experience|relevant work experience|employment record|"
	    "career experience|professional employment|work|"
	    "berufserfahrung|berufliche erfahrung|beruflicher werdegang|werdegang|"
	    "praxiserfahrung|arbeitserfahrung|berufspraxis|"
	    "experience professionnelle|experiences professionnelles|parcours professionnel|"
	    "parcours|experiencia|experiencia profesional|experiencia laboral|"
	    "trayectoria profesional|esperienza|esperienze|esperienza professionale|"
	    "esperienze professionali|esperienza lavorativa|esperienze lavorative|"
	    "experiencia profissional|werkervaring|ervaring|professionele ervaring|"
	    "doswiadczenie|doswiadczenie zawodowe|arbetslivserfarenhet|erfarenhet|"
	    "erfaring|arbejdserfaring|arbeidserfaring|yrkeserfarenhet" },
	{ IS_EDUCATION, "education|academic background|academics|academic qualifications|"
	    "educational qualifications|education and training|educational background|"
	    "academic history|studies|academic details|academic profile|"
	    "education and qualifications|qualifications|education history|"
	    "academic record|degrees|schooling|education details|formal education|"
	    "ausbildung|bildung|bildungsweg|studium|schulbildung|akademische ausbildung|"
	    "formation|formations|education et formation|diplomes|cursus|"
	    "parcours academique|educacion|formacion|formacion academica|estudios|"
	    "istruzione|formazione|istruzione e formazione|titoli di studio|educacao|"
	    "formacao|formacao academica|opleiding|opleidingen|wyksztalcenie|edukacja|"
	    "utbildning|uddannelse|utdanning" },
	{ IS_SKILLS, "skills|technical skills|core skills|key skills|skill set|skillset|"
	    "core competencies|competencies|areas of expertise|expertise|technologies|"
	    "tools and technologies|technical proficiencies|proficiencies|tech stack|"
	    "technical expertise|it skills|computer skills|skills and tools|"
	    "skills and abilities|abilities|top skills|other skills|professional skills|"
	    "technical competencies|key competencies|skills summary|technical summary|"
	    "technical skills and tools|skills and technologies|personal skills|"
	    "digital skills|job related skills|competences|strengths|tools|"
	    "programming skills|software skills|soft skills|hard skills|"
	    "kenntnisse|fahigkeiten|faehigkeiten|fachkenntnisse|it kenntnisse|"
	    "kompetenzen|edv kenntnisse|technische kenntnisse|competences techniques|"
	    "habilidades|competencias|conocimientos|aptitudes|competenze|"
	    "competenze tecniche|capacita e competenze|competencias tecnicas|"
	    "vaardigheden|competenties|umiejetnosci|kompetenser|faerdigheder|"
	    "ferdigheter|kompetanse" },
	{ IS_PROJECTS, "projects|personal projects|key projects|selected projects|"
	    "side projects|academic projects|notable projects|project experience|"
	    "open source|open source contributions|project highlights|major projects|"
	    "projects undertaken|professional projects|relevant projects|project work|"
	    "projekte|projets|proyectos|progetti|projetos|projecten|projekty|projekt" },
	{ IS_PATENTS, "patents|patents granted|patents filed|patent applications|patent|"
	    "patente|brevets|patentes|brevetti|octrooien|patenty" },
	{ IS_PUBLICATIONS, "publications|papers|selected publications|research papers|"
	    "articles|publications and presentations|conference papers|books|"
	    "talks|presentations|talks and publications|"
	    "veroffentlichungen|publikationen|publicaciones|pubblicazioni|publicacoes|"
	    "publicaties|publikacje" },
	{ IS_CERTIFICATES, "certifications|certificates|licenses and certifications|"
	    "licences and certifications|professional certifications|certification|"
	    "courses|courses and certifications|certifications and courses|trainings|"
	    "training|training and certifications|professional development|"
	    "continuing education|licenses|accreditations|"
	    "zertifikate|zertifizierungen|weiterbildung|fortbildung|"
	    "certificats|certificaciones|certificados|cursos|certificazioni|"
	    "certificacoes|certificaten|certificeringen|certyfikaty|kursy|certifikat" },
	{ IS_AWARDS, "awards|honors|honours|awards and honors|awards and honours|"
	    "honors and awards|honours and awards|achievements|accomplishments|"
	    "recognition|awards and achievements|scholarships|key achievements|"
	    "auszeichnungen|distinctions|prix|premios|logros|premi|riconoscimenti|"
	    "premios e reconhecimentos|prijzen|nagrody|utmarkelser" },
	{ IS_LANGUAGES, "languages|language skills|spoken languages|language proficiency|"
	    "linguistic skills|mother tongue|mother tongues|other languages|"
	    "sprachen|sprachkenntnisse|langues|competences linguistiques|idiomas|"
	    "lingue|conoscenze linguistiche|linguas|talen|jezyki|znajomosc jezykow|"
	    "sprak|sprog" },
	{ IS_VOLUNTEER, "volunteer|volunteering|volunteer experience|volunteer work|"
	    "community service|community involvement|volunteer activities|"
	    "ehrenamt|ehrenamtliches engagement|benevolat|voluntariado|volontariato|"
	    "vrijwilligerswerk|wolontariat|ideellt arbete|frivilligt arbejde" },
	{ IS_INTERESTS, "interests|hobbies|hobbies and interests|interests and hobbies|"
	    "personal interests|activities|extracurricular activities|"
	    "interessen|hobbys|centres d interet|loisirs|intereses|aficiones|interessi|"
	    "hobby|interesses|hobby s|zainteresowania|intressen" },
	{ IS_REFERENCES, "references|referees|references available upon request|"
	    "referenzen|references professionnelles|referencias|referenze|referencias|"
	    "referenties|referencje" },
	{ IS_CONTACT, "contact|contact information|contact details|contact info|"
	    "personal information|personal details|personal data|personal info|"
	    "kontakt|personliche daten|persoenliche daten|coordonnees|"
	    "informations personnelles|contacto|datos personales|contatti|"
	    "dati personali|informazioni personali|contato|dados pessoais|"
	    "persoonlijke gegevens|dane osobowe|kontaktuppgifter|personuppgifter" },
	{ IS_OTHER, "declaration|additional information|miscellaneous|memberships|"
	    "professional memberships|affiliations|work highlights|key highlights|highlights|driving licence|"
	    "driving license|other information|additional|misc|signature|"
	    "erklarung|sonstiges|divers|otros|altro|overig" },
	{ IS_NONE, NULL },
};
