#!/bin/sh
# dossier import through the real binary: files, standard input, dry runs,
# re-import of the same text and of the same person.
. "$SRCDIR/tests/lib.sh"
DB="$T/t.db"

run --db "$DB" import "$FIX/cli/ada.txt" "$FIX/cli/bruno.txt"
expect_rc 0 "import of two files succeeds"
has "$T/err" '^imported 2, updated 0, skipped 0, failed 0$' "summary line counts two imports"

mode=$(stat -c %a "$DB")
same "$mode" 600 "the database is created mode 0600"

run --db "$DB" import "$FIX/cli/ada.txt"
expect_rc 0 "importing the same text again succeeds"
has "$T/err" '^imported 0, updated 0, skipped 1, failed 0$' "the same text is skipped"

sed 's/Runs the container platform/Runs the build platform/' "$FIX/cli/ada.txt" >"$T/ada2.txt"
run --db "$DB" import "$T/ada2.txt"
has "$T/err" '^imported 0, updated 1, skipped 0, failed 0$' "the same person (email) is updated in place"
run --db "$DB" list --format tsv
n=$(wc -l <"$T/out")
same "$n" 2 "still two candidates after the update"

run_in "$FIX/cli/bruno.txt" --db "$T/stdin.db" import -
expect_rc 0 "import from standard input"
run --db "$T/stdin.db" list --format tsv
has "$T/out" 'Bruno Ferreira' "the candidate read from standard input is listed"

run import --dry-run "$FIX/cli/ada.txt"
expect_rc 0 "dry run succeeds"
has "$T/out" '"name": "Ada Quill"' "dry run prints JSON Resume"
[ ! -e "$XDG_DATA_HOME/dossier/dossier.db" ]
ok $? "dry run stores nothing (no database created)"

run --db "$DB" import --dry-run "$FIX/cli/ada.txt" "$FIX/cli/bruno.txt"
first=$(head -c1 "$T/out")
same "$first" "[" "dry run of two files prints a JSON array"

run --db "$DB" import --as-of 2020-13 "$FIX/cli/ada.txt"
expect_rc 64 "a bad --as-of is a usage error"

run --db "$DB" import --as-of 2021-06 --dry-run "$FIX/cli/ada.txt"
has "$T/out" '"asOf": "2021-06"' "--as-of is recorded with the profile"

touch -d '2019-04-15' "$T/old.txt" 2>/dev/null
cp "$FIX/cli/bruno.txt" "$T/old.txt" && touch -d '2019-04-15' "$T/old.txt"
run import --dry-run "$T/old.txt"
has "$T/out" '"asOf": "2019-04"' "without --as-of the file's date is the as-of date"

run --db "$DB" import "$FIX/cli/ada.txt" "$T/missing.txt" "$FIX/cli/bruno.txt"
expect_rc 66 "a missing file among good ones: exit 66"
has "$T/err" 'missing.txt' "the missing file is named"
has "$T/err" 'skipped 2, failed 1' "the other files were still processed"

# Same name, same first employer, different emails: two people, not one.
sed 's/ada.quill@example.org/ada.quill@example.net/; s/+44 20 7946 0101/+44 20 7946 0199/' \
    "$FIX/cli/ada.txt" >"$T/ada-other.txt"
run --db "$T/two.db" import "$FIX/cli/ada.txt" "$T/ada-other.txt"
has "$T/err" '^imported 2, updated 0, skipped 0, failed 0$' "a different email is a different person"

# Many files store in batches; every one is counted and listed.
mkdir -p "$T/many"
for i in $(seq 1 300); do
	sed "s/ada.quill@example.org/ada$i@example.org/; s/7946 0101/7946 $((1000 + i))/" \
	    "$FIX/cli/ada.txt" >"$T/many/$i.txt"
done
run --db "$T/many.db" import "$T"/many/*.txt
expect_rc 0 "300 files import"
has "$T/err" '^imported 300, updated 0, skipped 0, failed 0$' "300 imported, in batches"
run --db "$T/many.db" list --format tsv
same "$(wc -l <"$T/out")" 300 "300 candidates listed"
# Again, with two new among them: the known texts are passed over.
cp "$FIX/cli/ada.txt" "$T/many/new1.txt"
sed 's/Ada Quill/Ada Quill-Byron/' "$FIX/cli/ada.txt" >"$T/many/new2.txt"
run --db "$T/many.db" import "$T"/many/*.txt
has "$T/err" '^imported 1, updated 1, skipped 300, failed 0$' "a re-import skips the 300 known"

# Not résumé text: refused with the file named and why, nothing stored.
printf 'PK\003\004binary' >"$T/cv.docx"
run --db "$T/bad.db" import "$T/cv.docx"
expect_rc 65 "a zip archive is refused (exit 65)"
has "$T/err" 'cv.docx: .*zip' "the message names the file and says it is a zip archive"
printf '\177ELF\002\001\001\000\000\000\000\000\000\000' >"$T/nul.txt"
run --db "$T/bad.db" import "$T/nul.txt"
expect_rc 65 "binary data is refused"
has "$T/err" 'nul.txt: binary data' "the message names the file"
run --db "$T/bad.db" import "$T/cv.docx" "$FIX/cli/ada.txt"
has "$T/err" 'imported 1, updated 0, skipped 0, failed 1' "a bad file does not stop a good one"

# The user's locale changes nothing: letters past Latin (Cyrillic, Han)
# are told the same under LC_ALL=C as under a UTF-8 locale.
printf 'ОЛЕНА ШЕВЧЕНКО\nolena@example.com.ua\n\nExperience\n03/2019 – 05/2023\nБухгалтер\nТОВ Ромашка, Київ\n' >"$T/uk.txt"
for f in "$T/uk.txt" "$FIX/resumes/201-rirekisho-japanese.txt"; do
	LC_ALL=C "$DOSSIER" import --dry-run --as-of 2025-06 "$f" >"$T/c.json" 2>&1
	LC_ALL=C.UTF-8 "$DOSSIER" import --dry-run --as-of 2025-06 "$f" >"$T/u.json" 2>&1
	cmp -s "$T/c.json" "$T/u.json"
	ok $? "$(basename "$f"): the same profile under LC_ALL=C and C.UTF-8"
done
LC_ALL=C "$DOSSIER" import --dry-run --as-of 2025-06 "$T/uk.txt" >"$T/uk.json" 2>&1
has "$T/uk.json" '"name": "Олена Шевченко"' "under LC_ALL=C too, a Cyrillic name in capitals goes in Title Case"

# a summary paragraph under the headline, with no heading of its own:
# its digits ("10+", "B2B") make it no contact line
printf 'Marcus Ellington\nCharlotte, NC | (704) 555-0187 | m@example.com\n\nRegional Sales Manager\nResults-driven sales leader with 10+ years growing B2B territories in medical devices.\n\nExperience\nMedtronic, Atlanta, GA 2012 - 2016\nTerritory Manager\n' >"$T/head.txt"
run import --dry-run --as-of 2025-06 "$T/head.txt"
has "$T/out" '"summary": "Results-driven sales leader with 10[+] years growing B2B territories' "a prose line with digits under the headline is the summary"
has "$T/out" '"phone": "[(]704[)] 555-0187"' "the contact line above it still gives the phone"

# "Personal details": the date of birth is no phone; "Languages known:"
# gives the languages and the address after it is still read
printf "Rahul Sharma\nr@example.in\n\nPERSONAL DETAILS\nFather's Name : Suresh Sharma\nDate of Birth : 12-08-1995\nLanguages Known : English, Hindi, Telugu\nNationality : Indian\nAddress : Kondapur, Hyderabad\n" >"$T/pd.txt"
run import --dry-run --as-of 2025-06 "$T/pd.txt"
hasnt "$T/out" '"phone"' "a date of birth is no phone"
has "$T/out" '"language": "Telugu"' "'Languages Known :' in the personal details gives the languages"
has "$T/out" '"city": "Hyderabad"' "the address after the languages line still gives the city"

# "INFORMÁTICA" heads the skills; a fluency with its own bracket keeps it
printf 'Lucía Ortega\nlucia@example.es\n\nIDIOMAS\nInglés: nivel B2 (First Certificate)\n\nINFORMÁTICA\nPaquete Office, SAP Salud\n' >"$T/es.txt"
run import --dry-run --as-of 2025-06 "$T/es.txt"
has "$T/out" '"SAP Salud"' "'INFORMÁTICA' heads a list of skills"
has "$T/out" '"fluency": "nivel B2 [(]First Certificate[)]"' "a fluency keeps its bracket's close"

# Schools written in sentences: "X from Y in 2017 with 72%.", "Grado en
# Enfermería. Universidad ...", a grade after the year
printf "Priya Rao\np@example.in\n\nEDUCATION\n B.Tech (ECE) from JNTU Hyderabad in 2017 with 72%%.\n2013 - 2017 Grado en Enfermería. Universidad Complutense de Madrid.\nBachelor of Commerce, University of Mumbai, 2015, First Class\nM.Sc. in Chemistry from the University of Delhi (2016)\n" >"$T/edu.txt"
run import --dry-run --as-of 2025-06 "$T/edu.txt"
has "$T/out" '"institution": "JNTU Hyderabad"' "'from' names the school of a degree"
has "$T/out" '"score": "72%"' "'with 72%' is the score"
has "$T/out" '"institution": "Universidad Complutense de Madrid"' "a full stop between degree and school parts them"
has "$T/out" '"area": "Enfermería"' "'Grado en X': X is the field"
has "$T/out" '"institution": "University of Mumbai"' "a grade after the year leaves the school alone"
has "$T/out" '"score": "First Class"' "the grade after the year is the score"
has "$T/out" '"institution": "University of Delhi"' "'from the University of ...' drops the article"

# A British degree with its class after a dash, A-levels with subjects
printf "Emma Clarke\ne@example.co.uk\n\nEDUCATION\nBSc (Hons) Nursing Science – 2:1\nUniversity of Leeds, 2018 – 2021\nA-Levels: Biology (A), Chemistry (B)\nHarrogate Grammar School, 2016 – 2018\n" >"$T/uk.txt"
run import --dry-run --as-of 2025-06 "$T/uk.txt"
has "$T/out" '"score": "2:1"' "a class after the degree is the score"
has "$T/out" '"area": "Nursing Science"' "the field after 'BSc (Hons)'"
has "$T/out" '"studyType": "A-Levels"' "'A-Levels:' is the study type"

# Skills as bullets set in two columns: one list, no cell taken for a label
printf "Jo Park\nj@example.com\n\nSkills\n• GAAP and IFRS reporting          • Month-end close\n• SAP and Oracle Financials        • Advanced Excel (VLOOKUP, pivot tables)\n" >"$T/cols.txt"
run import --dry-run --as-of 2025-06 "$T/cols.txt"
hasnt "$T/out" '"name": "GAAP and IFRS reporting"' "a bulleted cell is no group's name"
has "$T/out" '"GAAP and IFRS reporting",' "the first cell is a skill"
has "$T/out" '"Advanced Excel [(]VLOOKUP, pivot tables[)]"' "the last cell is a skill, its brackets whole"

# LinkedIn's PDF: each job's place on the line under its dates; a link
# broken at a hyphen keeps it
printf "M K\nm@example.com\nwww.linkedin.com/in/m-k-\na1b2 (LinkedIn)\n\nExperience\nNordlog\nPlanner\nMarch 2021 - Present (3 years)\nPoznań, Poland\nLeading a team of planners.\n\nSolaris Bus\nAnalyst\nJanuary 2018 - December 2020 (3 years)\nGdańsk, Poland\n" >"$T/li.txt"
run import --dry-run --as-of 2025-06 "$T/li.txt"
has "$T/out" '"location": "Poznań, Poland"' "the place under the first job's dates is its location"
has "$T/out" '"location": "Gdańsk, Poland"' "the place under the last job's dates is its location"
hasnt "$T/out" '^ *"Poznań, Poland",*$' "the place is no highlight"
has "$T/out" '"username": "m-k-a1b2"' "a link broken after a hyphen keeps the hyphen"

# A profile page's text: logos' alt text, "· Hybrid" after the place, a
# certificate's issuer and "Issued" date, a school's "Grade:" line
T235="$SRCDIR/tests/fixtures/resumes/235-linkedin-web-logos-certificates.txt"
run import --dry-run --as-of 2024-12 "$T235"
hasnt "$T/out" 'logo' "a logo's text is no part of the profile"
has "$T/out" '"name": "iFinance Digital",' "the firm's name without its logo's words"
has "$T/out" '"location": "São Paulo, Brazil",' "the place without the way of working"
has "$T/out" '"issuer": "Amazon Web Services [(]AWS[)]"' "the line between name and 'Issued' is the issuer"
has "$T/out" '"date": "2022-06"' "'Issued Jun 2022' dates the certificate"
hasnt "$T/out" 'Show credential' "'Show credential' is no certificate"
has "$T/out" '"score": "Grade: 8.6"' "a 'Grade:' line under the school is its score"

# A CV flattened onto one line, its entries opening with their dates:
# the document's title, a name of three words, an address after the
# headline, each entry cut where its dates begin, the consent clause apart
T236="$SRCDIR/tests/fixtures/resumes/236-one-line-dates-first-es.txt"
run import --dry-run --as-of 2025-06 "$T236"
has "$T/out" '"name": "Javier Morales Ruiz"' "a name of three words, the title before it left out"
has "$T/out" '"label": "Ingeniero de Caminos – Proyectos de Infraestructura"' "the headline ends where the address begins"
has "$T/out" '"name": "Estudio Técnico Prieto"' "the entry after a bullet opens at its dates"
has "$T/out" '"Coordinación con ADIF según la Orden FOM/3317/2010"' "a bullet ends before the next entry's dates"
has "$T/out" '"institution": "Colegio de Ingenieros de Caminos"' "a single year opens the next school"
has "$T/out" '"fluency": "C1 [(]Cambridge Advanced[)]"' "'Lang: level Lang: level' on one line"
has "$T/out" '"score": "nota media 8,1"' "a grade after the school is the score"
hasnt "$T/out" 'Autorizo' "the consent clause is dropped"

# "Title, Studio Legale X, Town": a firm named by its first word
printf "A B\na@example.com\n\nESPERIENZA\n01/2020 – 12/2022\nSenior Associate, Studio Legale Conti, Bologna\n• Contenzioso\n" >"$T/studio.txt"
run import --dry-run --as-of 2025-06 "$T/studio.txt"
has "$T/out" '"name": "Studio Legale Conti"' "a firm whose first word says it is one"
has "$T/out" '"position": "Senior Associate"' "the title before the firm's comma"

# A school's line long enough to read as prose, and a grade after it
printf "A B\na@example.com\n\nISTRUZIONE\n2009 – 2014\nLaurea Magistrale a ciclo unico in Giurisprudenza, Università di Bologna, voto 110/110 e lode\n" >"$T/laurea.txt"
run import --dry-run --as-of 2025-06 "$T/laurea.txt"
has "$T/out" '"institution": "Università di Bologna"' "a long line naming a degree and a school heads its entry"
has "$T/out" '"score": "voto 110/110 e lode"' "the grade after the school's comma"

# "Puesto en Empresa": the word for "at" parts role and firm when every
# header of the section has it; a title with "en" in it stays whole
printf "A B\na@example.com\n\nEXPERIENCIA LABORAL\nJefe de Almacén en Transportes y Almacenes del Bajío\nMarzo 2015 – Diciembre 2019 · Querétaro, Qro.\n* Control de inventarios\n\nAnalista de Comercio Exterior en Aceros Regiomontanos\n2011 – 2015 · Monterrey, N.L.\n* Trámites de importación\n" >"$T/en.txt"
run import --dry-run --as-of 2025-06 "$T/en.txt"
has "$T/out" '"name": "Transportes y Almacenes del Bajío"' "'Title en Firm': the firm"
has "$T/out" '"position": "Analista de Comercio Exterior"' "'Title en Firm': the title"
has "$T/out" '"location": "Querétaro, Qro."' "the place beside the dates stays the place"
printf "A B\na@example.com\n\nEXPERIENCIA\nEspecialista en Marketing Digital\nAcme SA\n2019 – 2021\n\nAnalista\nBeta SL\n2017 – 2019\n" >"$T/en2.txt"
run import --dry-run --as-of 2025-06 "$T/en2.txt"
has "$T/out" '"position": "Especialista en Marketing Digital"' "a title with 'en' in one header only stays whole"

# A Nigerian header's state ("Lagos State") holds the city; a class of
# degree after a dash is the score, the degree before it kept
printf "CHINEDU OKAFOR\n12 Admiralty Way, Lekki Phase 1, Lagos State, Nigeria\n+234 803 123 4567 | c.okafor@example.com\n\nEDUCATION\nUniversity of Nigeria, Nsukka\nB.Sc. Marketing — Second Class Upper Division\n2007 – 2011\n" >"$T/ng.txt"
run import --dry-run --as-of 2025-06 "$T/ng.txt"
has "$T/out" '"city": "Lagos"' "the city a state's name holds"
has "$T/out" '"region": "Lagos State"' "the state is the region"
has "$T/out" '"score": "Second Class Upper Division"' "the class after the dash is the score"
has "$T/out" '"studyType": "B.Sc."' "the degree before the class is kept"

# A PDF's sidebar before the name: the name after it, not a language's
# line; lines a narrow column wrapped rejoined; a project in a sentence
T237="$SRCDIR/tests/fixtures/resumes/237-sidebar-first-wrapped-lists.txt"
run import --dry-run --as-of 2025-06 "$T237"
has "$T/out" '"name": "Tom Brennan"' "the name after the sidebar"
hasnt "$T/out" '"name": "Polish' "a language's line is no name"
has "$T/out" '"name": "ISTQB Advanced Test Analyst [(]CTAL-TA[)]"' "a bracket on the next line ends the certificate's name"
has "$T/out" '"issuer": "Amazon Web Services"' "a line ending in a dash goes on in the next"
has "$T/out" '"exploratory [(]session-based[)]"' "a skill's bracket wrapped to the next line"
has "$T/out" '"name": "Test Automation"' "a skill's name over a list of three names the group"
has "$T/out" '"score": "Upper Second Class Honours [(]2:1[)]"' "the class after the degree's dash"
has "$T/out" '"studyType": "M.Eng."' "M.Eng. is a degree"
has "$T/out" '"name": "Flaky Test Tracker"' "a project told in a sentence, its name first"
has "$T/out" '"city": "Manchester"' "a district before a known city: the city"

# "Title – Department" over "Firm & Associates, Town"; an Indian school
# named by "Bhavan", "Vidyalaya"
printf "A B\na@example.in\n\nEXPERIENCE\nAssistant Manager – Audit & Assurance                 Aug 2016 – Mar 2020\nK. Raghavan & Associates, Chennai\n   •   Led statutory audits\n\nEDUCATION\nClass XII (CBSE), Padma Seshadri Bala Bhavan, Chennai          2010\n" >"$T/ca.txt"
run import --dry-run --as-of 2025-06 "$T/ca.txt"
has "$T/out" '"name": "K. Raghavan & Associates"' "'& Associates' names the firm, not the department"
has "$T/out" '"institution": "Padma Seshadri Bala Bhavan"' "a 'Bhavan' is a school"

# A Lebenslauf: a trade learnt at a firm, a degree with its school's
# kind in brackets, the grade after a comma, "Sonstiges:" among the skills,
# a German compound title in the volunteer work
printf "Anna Huber\nanna@example.de\n\nAusbildung\n10/2008 – 08/2013\nHochschule München – Diplom-Ingenieurin (FH) Maschinenbau\nSchwerpunkt Konstruktion, Abschlussnote: 1,7\n\n09/2004 – 06/2007\nMAN Truck & Bus AG, München – Berufsausbildung Technische Zeichnerin\n\nKenntnisse\nCAD:            SolidWorks, Siemens NX\nSonstiges:      SAP PLM, MS Office\n\nEhrenamt\nseit 2015  Jugendtrainerin Volleyball, TSV Neuhausen\n" >"$T/lebenslauf.txt"
run import --dry-run --as-of 2025-06 "$T/lebenslauf.txt"
has "$T/out" '"institution": "MAN Truck & Bus AG"' "the firm a trade was learnt at is the school"
has "$T/out" '"studyType": "Berufsausbildung"' "the training is the study type"
has "$T/out" '"area": "Maschinenbau"' "the field after 'Diplom-Ingenieurin (FH)'"
has "$T/out" '"score": "Abschlussnote: 1,7"' "only the grade of a line with a comma"
has "$T/out" '"name": "Sonstiges"' "'Sonstiges:' among the skills is a group"
has "$T/out" '"position": "Jugendtrainerin Volleyball"' "a compound title names the position"

# Two roles under a trust named once, the second's ward after its
# title; an issuer ending in its country's code; the closing offer of
# references is no part of the last section
printf "Priya Hale\np@example.com\n\nExperience:\nLeeds Teaching Hospitals NHS Trust, Leeds\nJunior Sister (Band 6), Ward J22 Respiratory\n03/2022 - present\n- Coordinate a 28-bed ward\n\nStaff Nurse (Band 5), Acute Medical Unit\n09/2018 - 02/2022\n- Triage and admission\n\nCertifications:\nImmediate Life Support (ILS), Resuscitation Council UK, 2023\n\nVolunteering:\nSt John Ambulance — Event First Aider, 2014 - 2018\n\nReferences available on request.\n" >"$T/nhs.txt"
run import --dry-run --as-of 2025-06 "$T/nhs.txt"
has "$T/out" '"position": "Staff Nurse [(]Band 5[)], Acute Medical Unit"' "a unit after the title stays with it"
hasnt "$T/out" '"name": "Acute Medical Unit"' "a unit is no employer"
has "$T/out" '"issuer": "Resuscitation Council UK"' "an issuer ending in its country's code"
hasnt "$T/out" 'References available' "the offer of references is dropped"

# "Title – Focus, Firm B.V., Town": the focus goes with the title
printf "Sanne de Vries\ns@example.nl\n\nEXPERIENCE\n==========\nSince 2021\nHR Business Partner – Tech & Product, Fietsly B.V., Amsterdam\n  * Business partner to 4 directors\n" >"$T/focus.txt"
run import --dry-run --as-of 2025-06 "$T/focus.txt"
has "$T/out" '"name": "Fietsly B.V."' "the firm named by its legal form"
has "$T/out" '"position": "HR Business Partner – Tech & Product"' "the focus before the firm goes with the title"

# A French CV: a skill of known words among commas stays whole, a field
# opening with an accented capital, a certificate's second half
printf "Claire Martin\nc@example.fr\n\nCOMPÉTENCES\nCRM : Salesforce Marketing Cloud, Brevo\n\nFORMATION\n2008 – 2011  Licence Économie-Gestion, Université Grenoble Alpes\n\nCERTIFICATIONS\nGoogle Ads – Certification Search, 2023\n" >"$T/fr.txt"
run import --dry-run --as-of 2025-06 "$T/fr.txt"
has "$T/out" '"Salesforce Marketing Cloud",' "a name of known words among commas is one skill"
has "$T/out" '"area": "Économie-Gestion"' "a field that opens with an accented capital"
has "$T/out" '"name": "Google Ads – Certification Search"' "'Certification ...' after the dash is the name's"

# Markdown projects as named bullets; a certificate's level then its
# issuer; an award's body before "of"; a grade alone under the school
printf "# Jordan Ellison\njordan@example.com\n\n## Education\n\n**McGill University** — BSc (Honours) Mathematics, 2009 – 2013\n- CGPA 3.82/4.00\n\n## Projects\n\n- **pgqueue** — a tiny Postgres-backed job queue for Go\n- **ledgerlint** — static checks for double-entry accounting invariants\n\n## Certifications\n\n- AWS Certified Solutions Architect – Associate, Amazon Web Services, 2022\n\n## Awards\n\n- Best Student Paper, Statistical Society of Canada, 2016\n" >"$T/md.txt"
run import --dry-run --as-of 2025-06 "$T/md.txt"
has "$T/out" '"name": "ledgerlint"' "each named bullet is a project"
has "$T/out" '"name": "AWS Certified Solutions Architect – Associate"' "the level stays in the certificate's name"
has "$T/out" '"issuer": "Amazon Web Services"' "the issuer after the level"
has "$T/out" '"awarder": "Statistical Society of Canada"' "a society of a country gives the award"
has "$T/out" '"score": "CGPA 3.82/4.00"' "a grade alone under the school"

# A running header with a short headline over the page's full one; a site
# alone among the contacts
printf "Aisha Clarke                                  Data Scientist · Résumé\n\n                AISHA CLARKE\n       Data Scientist — Forecasting & Experimentation\nToronto, ON  ·  (416) 555-0139  ·  a.clarke@example.com  ·  aishac.dev\n\nSUMMARY\nData scientist.\n" >"$T/running.txt"
run import --dry-run --as-of 2025-06 "$T/running.txt"
has "$T/out" '"label": "Data Scientist — Forecasting & Experimentation"' "the headline in full over the running header's"
has "$T/out" '"url": "aishac.dev"' "a domain alone among the contacts is the site"

# A profile page in Portuguese: each language's level on the next line, a
# publication's venue and date under its title; a province's code after a
# town is no country
printf "Fernanda Lins\nf@example.com\nRua Augusta 10, 40125 Bologna (BO)\n\nPublicações\nPrevisão hierárquica de demanda no varejo\nSimpósio Brasileiro de Pesquisa Operacional (SBPO) · ago de 2020\n\nIdiomas\nPortuguês\nNível nativo ou bilíngue\nInglês\nNível profissional pleno\n" >"$T/pt.txt"
run import --dry-run --as-of 2025-06 "$T/pt.txt"
has "$T/out" '"fluency": "Nível nativo ou bilíngue"' "the level on the line under its language"
has "$T/out" '"fluency": "Nível profissional pleno"' "each language its own level"
has "$T/out" '"publisher": "Simpósio Brasileiro de Pesquisa Operacional [(]SBPO[)]"' "the venue under the title"
has "$T/out" '"releaseDate": "2020-08"' "the venue's date"
has "$T/out" '"countryCode": "IT"' "a town's province code is no country"
has "$T/out" '"region": "BO"' "the province is the region"

# pdftotext -layout of two pages with no form feed: "Page 1 of 2" ends
# the first, whose sidebar and main column are read apart; a contact row
# set apart by bars stays whole
T238="$SRCDIR/tests/fixtures/resumes/238-layout-sidebar-pages-no-formfeed.txt"
run import --dry-run --as-of 2025-06 "$T238"
has "$T/out" '"name": "GIBB Engineering"' "the main column's jobs beside a sidebar"
has "$T/out" '"phone": "[+]27 83 555 0199"' "a contact row with bars is read whole"
has "$T/out" '"language": "isiXhosa"' "South African languages"
has "$T/out" '"Contract administration [(]GCC 2015, NEC4[)]"' "a skill's bracket on the next line"
has "$T/out" '"awarder": "South African Institution of Civil Engineering"' "a long item wrapped before its year"
has "$T/out" '"score": "Passed with distinction"' "'Passed with distinction' is a grade"

# Numbered sections ("3. Education"), a bullet's figure wrapped under it,
# a skill with commas in brackets on its own line
printf "A B\na@example.com\n\n1. Profile\n\nManager.\n\n2. Experience\n\nShift Leader at DHL\nFrom June 2014 to February 2018 – Ploiești\n   ➢ Pick accuracy rose to\n     99.92%%.\n\n3. Education\n\n2011 – 2014   Bachelor of Economics\n              ASE Bucharest\n\n4. Certifications\n\n   ➢ Lean Six Sigma Green Belt – TÜV SÜD Romania, 2019\n\n5. Skills\n\n   Manhattan WMS\n   SAP EWM\n   Microsoft Excel (advanced, pivot tables)\n" >"$T/num.txt"
run import --dry-run --as-of 2025-06 "$T/num.txt"
has "$T/out" '"name": "Lean Six Sigma Green Belt"' "'4. Certifications' heads its section"
hasnt "$T/out" '"Certifications",' "a numbered heading is no course"
has "$T/out" '"Pick accuracy rose to 99.92%."' "a figure wrapped under its bullet"
has "$T/out" '"Microsoft Excel [(]advanced, pivot tables[)]"' "commas in brackets part no items"
hasnt "$T/out" '"name": "SAP EWM"' "a skill over one with bracketed commas is no group"

# A profile page copied with its screen readers' text: every line twice;
# " at " inside a hotel's name; an award named whole over its "Issued by"
printf "Karim Adel\nChef\nk@example.com\n\nActivity\nActivity\nKarim hasn't posted yet\nExperience\nExperience\nExecutive Chef\nExecutive Chef\nFour Seasons Hotel Cairo at Nile Plaza · Full-time\nFour Seasons Hotel Cairo at Nile Plaza · Full-time\nJun 2020 - Present · 4 yrs 3 mos\nJun 2020 - Present · 4 yrs 3 mos\nHonors & awards\nHonors & awards\nGold Medal – Hot Cooking, Salon Culinaire Egypt\nGold Medal – Hot Cooking, Salon Culinaire Egypt\nIssued by Egyptian Chefs Association · Nov 2018\nIssued by Egyptian Chefs Association · Nov 2018\n" >"$T/twice.txt"
run import --dry-run --as-of 2025-06 "$T/twice.txt"
has "$T/out" '"name": "Four Seasons Hotel Cairo at Nile Plaza"' "' at ' inside a firm's name"
has "$T/out" '"title": "Gold Medal – Hot Cooking, Salon Culinaire Egypt"' "an award's name whole over its 'Issued by'"
has "$T/out" '"awarder": "Egyptian Chefs Association"' "'Issued by' gives the awarder"
hasnt "$T/out" 'posted yet' "a page's note on posts is no text of the profile"
has "$T/out" '"position": "Executive Chef"' "a doubled line read once"

# A US federal résumé: a grade code's "09/11" is no date; the label over
# the duties is no body; a grade after the year's full stop; a name's part
# before its giver; a department gives an award
printf "Marcus Whitfield\nm@example.com\n\nPROFESSIONAL EXPERIENCE\n\nDEPARTMENT OF THE ARMY\nContract Specialist (GS-1102-09/11)\nMission and Installation Contracting Command, Fort Meade, MD\n06/2015 – 09/2019\nDuties, Accomplishments and Related Skills:\n- Administered 60+ service contracts.\n\nEDUCATION\nMaster of Business Administration (MBA), Acquisition and Contract Management\nUniversity of Maryland Global Campus, Adelphi, MD, 2018. GPA: 3.86/4.00\nBachelor of Science (BS), Business Administration\nExcelsior College, Albany, NY, 2013. GPA: 3.52/4.00\n\nCERTIFICATIONS\nDAWIA Level II – Contracting, Defense Acquisition University, 2018\n\nAWARDS\nArmy Achievement Medal for Civilian Service, Department of the Army, 2018\n" >"$T/fed.txt"
run import --dry-run --as-of 2025-06 "$T/fed.txt"
has "$T/out" '"startDate": "2015-06"' "the job's own dates, not a grade code's"
hasnt "$T/out" '2011-09' "'GS-1102-09/11' holds no date"
hasnt "$T/out" 'Duties, Accomplishments' "the label over the duties is dropped"
has "$T/out" '"institution": "Excelsior College"' "the second school after a grade's full stop"
has "$T/out" '"score": "GPA: 3.86/4.00"' "the grade after the year's full stop"
has "$T/out" '"name": "DAWIA Level II – Contracting"' "a part of the certificate's name before its giver"
has "$T/out" '"awarder": "Department of the Army"' "a department gives the award"

# Dates over a school's line with a grade beside them; a degree, a dash
# and its school; a thesis line; journalism's titles
printf "Martina Paz\nm@example.com\n\n**Experiencia laboral**\n\nAgo 2016 – actualidad\nEditora de Datos e Investigación — La Nación, Buenos Aires\n▪ Dirijo un equipo de 6 periodistas.\n\n**Educación**\n\nLicenciatura en Ciencias de la Comunicación — Universidad de Buenos Aires (UBA)\n2005 – 2010 · Promedio: 8,72\n\nMaestría en Periodismo — Universidad de San Andrés\n2017 – 2019 · Tesis aprobada con distinción\n" >"$T/ar.txt"
run import --dry-run --as-of 2025-06 "$T/ar.txt"
has "$T/out" '"name": "La Nación"' "a newspaper after an editor's title"
has "$T/out" '"position": "Editora de Datos e Investigación"' "'Editora' is a title"
has "$T/out" '"score": "Promedio: 8,72"' "a grade beside the dates under the school"
has "$T/out" '"institution": "Universidad de San Andrés"' "the school after a degree's dash"
hasnt "$T/out" '"institution": "Tesis' "a thesis line is no school"

# A birth date with spaces after its dots is no phone; a school's town
# over the lowercase line of its programme is no part of the programme,
# and goes from the school's name
printf "Petr Dvořák\n\nDatum narození:   14. 5. 1990\nTelefon:          +420 603 111 222\n\nVzdělání\n--------\n2008 – 2010   Střední průmyslová škola elektrotechnická, Brno\n              obor Elektrotechnika – maturitní zkouška\n" >"$T/cz.txt"
run import --dry-run --as-of 2025-06 "$T/cz.txt"
has "$T/out" '"phone": "\+420 603 111 222"' "the phone after a birth date"
has "$T/out" '"institution": "Střední průmyslová škola elektrotechnická"' "the town after the school goes"

# Skills one a line, the last of them over a list: no group
printf "Petr Dvořák\np@example.com\n\nDovednosti\n----------\nRevize elektrických instalací\nMontáž rozvaděčů\nČtení výkresové dokumentace\nMS Office, Revizor, AutoCAD LT\n" >"$T/sk.txt"
run import --dry-run --as-of 2025-06 "$T/sk.txt"
hasnt "$T/out" '"name": "Čtení výkresové dokumentace"' "the last item of a run names no group"
has "$T/out" '"Čtení výkresové dokumentace",' "the last item of a run is a skill"
has "$T/out" '"AutoCAD LT"' "the list after the run"

# Markdown: a headline with a small figure; a title and its focus over
# the employer and its town; a heading of the sections' level that is
# none known ends the section above; a note of how one studied
cat >"$T/md.txt" <<'MD'
# Nikos Papadakis

**First Officer, Boeing 777** · Dubai, UAE
nikos@example.com

## Flying Experience

**First Officer – Airbus A320**
*Aegean Airlines, Athens* | Jun 2013 – Mar 2018

- Short- and medium-haul network; 3,100 hours on type.

## Licences & Ratings

- A320 Type Rating, Hellenic Civil Aviation Authority, 2013

## Flight Hours

- Total time: 7,850 h
- PIC: 1,650 h

## Education

**BSc Aviation Management** — Hellenic Open University, 2014 – 2018 (remote, part-time)
MD
run import --dry-run --as-of 2025-06 "$T/md.txt"
has "$T/out" '"label": "First Officer, Boeing 777"' "a headline with a small figure"
has "$T/out" '"name": "Aegean Airlines"' "the employer over the dates"
has "$T/out" '"position": "First Officer – Airbus A320"' "the title keeps its focus"
has "$T/out" '"location": "Athens"' "the employer's town"
hasnt "$T/out" 'Total time' "an unknown section's lines are no certificates"
has "$T/out" '"area": "Aviation Management"' "a note of how one studied is no field"

# A job board's export: "From: ... To: ..." on one row, an "Industry:"
# between the labels, a volunteer's record under its own heading; a
# bullet with a date in brackets is no role of its own
cat >"$T/jb.txt" <<'JB'
Full Name:            Grace Mwangi
Email Address:        grace@example.com
Mobile Number:        +254 712 000 345

WORK EXPERIENCE

Job Title:        Senior Accountant
Company:          Savanna Agro Processors Ltd
Industry:         Manufacturing / FMCG
Location:         Nairobi
From:             04/2020        To: Present
Responsibilities:
- Prepare monthly management accounts for 3 entities
- Lead the migration from Sage 300 to SAP Business One (go-live 01/2023)

Job Title:        Audit Senior
Company:          Mbugua & Otieno Certified Public Accountants
From:             09/2017        To: 03/2020

VOLUNTEER EXPERIENCE
Role:             Treasurer
Organisation:     Kilimani Women Investment Group
From:             03/2018        To: Present
JB
run import --dry-run --as-of 2025-06 "$T/jb.txt"
has "$T/out" '"phone": "\+254 712 000 345"' "a mobile number's label"
has "$T/out" '"endDate": "2020-03"' "the end after 'To:' on the row"
hasnt "$T/out" '"endDate": "2020-04"' "a current job has no end"
hasnt "$T/out" 'FMCG' "the industry is no part of the job"
has "$T/out" '"Lead the migration from Sage 300 to SAP Business One \(go-live 01/2023\)"' "a dated bullet stays a highlight"
has "$T/out" '"organization": "Kilimani Women Investment Group"' "the volunteer's record under its heading"
has "$T/out" '"position": "Treasurer"' "'Role:' in a form"

# A résumé flattened onto a few lines: headings opening a line and
# joined by '&'; a bullet ending in a year in brackets, then the next
# job; a school's word inside an employer's name; a grade between two
# schools' lines; skill groups set apart by a tab
{
printf 'Mariam Hassan Clinical Pharmacist Alexandria, Egypt  Mobile: +20 100 000 4567  E-mail: mariam@example.com  PROFESSIONAL EXPERIENCE Clinical Pharmacist – Royal Nile Hospital, Alexandria (2019.03 – Present) • Daily rounds with ICU and internal medicine teams • Prepared the pharmacy chapter for the JCI accreditation survey (2022) Community Pharmacist – Al Shifa Pharmacies, Alexandria (2017.09 – 2019.02) • Inventory control for a branch with 1,200 SKUs Pharmacy Intern – Alexandria University Main Hospital (2016.07 – 2016.09) • Rotations in IV admixture\n'
printf 'EDUCATION Professional Diploma in Clinical Pharmacy – Faculty of Pharmacy, Alexandria University (2020 – 2022) GPA: 3.7/4.0 Bachelor of Pharmaceutical Sciences – Faculty of Pharmacy, Alexandria University (2012 – 2017) CERTIFICATIONS & LICENSES • Basic Life Support (BLS) – American Heart Association, 2024.01\n'
printf 'SKILLS Clinical: Pharmacotherapy, TDM, Parenteral nutrition, Medication reconciliation, Antimicrobial stewardship\tComputer: Lexicomp, UpToDate, Micromedex, MS Office\n'
} >"$T/flat.txt"
run import --dry-run --as-of 2025-06 "$T/flat.txt"
has "$T/out" '"name": "Al Shifa Pharmacies"' "the job after a bullet's year in brackets"
has "$T/out" '"name": "Alexandria University Main Hospital"' "a school's word inside an employer's name"
has "$T/out" '"Prepared the pharmacy chapter for the JCI accreditation survey \(2022\)"' "the bullet keeps its year"
has "$T/out" '"studyType": "Bachelor of Pharmaceutical Sciences"' "the degree after a grade"
has "$T/out" '"score": "GPA: 3.7/4.0"' "the grade of the school before"
has "$T/out" '"name": "Computer"' "a group after a tab"
hasnt "$T/out" '"LICENSES' "a heading's second half is no line"

# A Europass CV as pdftotext -layout gives it: the position applied for
# in Turkish, a district and its city, a field and its degree in
# brackets beside its framework level, the running head of page two,
# and the languages' grid among the skills
cat >"$T/ep.txt" <<'EP'
 KİŞİSEL BİLGİLER               Mehmet Can Yıldırım

                                   Atatürk Blv. 12, 06520 Çankaya/Ankara (Türkiye)
                                   mcan@example.com

 BAŞVURULAN POZİSYON            Proje Müdürü

 EDUCATION AND TRAINING

                      2006–2011    Civil Engineering (Bachelor)                                 EQF level 6
                                   Middle East Technical University, Ankara (Turkey)

24/4/24                  © European Union, 2002-2024 | europass.cedefop.europa.eu                   Page 1 / 2
Curriculum Vitae                                                                                Mehmet Can Yıldırım

 PERSONAL SKILLS

                      Mother tongue(s)      Turkish

               Other language(s)        UNDERSTANDING                     SPEAKING                        WRITING

                                   Listening      Reading         Spoken interaction  Spoken production

                     English     C1           C1            B2               B2            C1
                                   Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user
                                   Common European Framework of Reference for Languages

         Communication skills       ▪ Good coordination with subcontractors

             Job-related skills     ▪ Reinforced concrete, quantity surveying

            Digital skills      AutoCAD, SAP2000, Primavera P6

                Driving licence     B

24/4/24                  © European Union, 2002-2024 | europass.cedefop.europa.eu                   Page 2 / 2
EP
sed -i 's/\\f/\f/' "$T/ep.txt"
run import --dry-run --as-of 2025-06 "$T/ep.txt"
has "$T/out" '"label": "Proje Müdürü"' "the position applied for, in Turkish"
has "$T/out" '"city": "Ankara"' "the city after the district's slash"
has "$T/out" '"studyType": "Bachelor"' "the degree in brackets"
has "$T/out" '"area": "Civil Engineering"' "the field before it"
hasnt "$T/out" 'EQF' "the framework's level is no field"
hasnt "$T/out" 'Curriculum Vitae' "the running head of page two"
has "$T/out" '"fluency": "Listening C1, Reading C1, Spoken interaction B2, Spoken production B2, Writing C1"' "a row of the languages' grid"
has "$T/out" '"language": "Turkish"' "the mother tongue"
hasnt "$T/out" '"UNDERSTANDING"' "the grid's headings are no skills"
hasnt "$T/out" 'Good coordination' "communication skills are no skills of a trade"
has "$T/out" '"name": "Job-related skills"' "a group's label before its bulleted list"
has "$T/out" '"Primavera P6"' "the digital skills"
hasnt "$T/out" '"name": "Driving licence"' "a driving licence is no skill"

# A sidebar read into the middle of the work: a job, its dates first,
# after the languages; "Enseñanza Media" is a school's level, no grade;
# "Superintendente" is a title
cat >"$T/cl.txt" <<'CL'
RODRIGO FUENTES
rfuentes@example.com

EXPERIENCIA LABORAL
Marzo 2018 – Actualidad
SUPERINTENDENTE DE PLANIFICACIÓN MINA
Compañía Minera Cerro Alto – Sierra Gorda, Región de Antofagasta
• Liderazgo de equipo de 14 profesionales.

IDIOMAS
Español: nativo
Inglés: avanzado (C1)
abr. 2011 – dic. 2012
INGENIERO DE PLANIFICACIÓN CORTO PLAZO
Minera Punta Colorada S.A. – Taltal
• Programas semanales de extracción y control de leyes.

FORMACIÓN ACADÉMICA
2001 – 2004
Enseñanza Media
Colegio San Luis, Antofagasta
CL
run import --dry-run --as-of 2025-06 "$T/cl.txt"
has "$T/out" '"position": "SUPERINTENDENTE DE PLANIFICACIÓN MINA"' "'Superintendente' is a title"
has "$T/out" '"position": "INGENIERO DE PLANIFICACIÓN CORTO PLAZO"' "a job, dates first, after the languages"
has "$T/out" '"endDate": "2012-12"' "its dates"
has "$T/out" '"language": "Inglés"' "the languages before it stay"
hasnt "$T/out" '"score": "Enseñanza Media"' "a school's level is no grade"

# Polish degrees ('Studia magisterskie'), the field after its label
printf "Anna Kowalczyk\na@example.com\n\nWYKSZTAŁCENIE\n\n2015 – 2017   Studia magisterskie, kierunek: Pielęgniarstwo\n              Uniwersytet Jagielloński – Collegium Medicum\n" >"$T/pl.txt"
run import --dry-run --as-of 2025-06 "$T/pl.txt"
has "$T/out" '"studyType": "Studia magisterskie"' "a Polish master's degree"
has "$T/out" '"area": "Pielęgniarstwo"' "the field without its label"
has "$T/out" '"institution": "Uniwersytet Jagielloński – Collegium Medicum"' "the school under it"

# Working for oneself in brackets after the job; a level in brackets
# after the degree ('PGDE (Secondary) Mathematics'); 'REGISTRATION & CPD';
# a year inside a list's item
cat >"$T/sco.txt" <<'SC'
FIONA MACLEOD
fiona@example.com

OTHER EMPLOYMENT
----------------
Private maths tutor (self-employed), Glasgow                 Sep '12 - Jun '16
      * Nat 5 / Higher tutoring, up to 8 pupils a week

EDUCATION
=========
PGDE (Secondary) Mathematics - University of Edinburgh                 2015 - 2016

REGISTRATION & CPD
------------------
* GTCS Full Registration - Mathematics (Secondary), Jun '17

SKILLS
------
SQA marking (Higher Maths marker since '19) | Google Classroom | Microsoft Teams |
Desmos | GeoGebra
SC
run import --dry-run --as-of 2025-06 "$T/sco.txt"
has "$T/out" '"name": "self-employed"' "working for oneself is the employer"
has "$T/out" '"position": "Private maths tutor"' "the job without it"
has "$T/out" '"studyType": "PGDE \(Secondary\)"' "a level in brackets stays the degree's"
has "$T/out" '"area": "Mathematics"' "the field after it"
hasnt "$T/out" '"institution": "REGISTRATION' "registration and CPD is a section of its own"
has "$T/out" '"name": "GTCS Full Registration' "its certificate"
has "$T/out" '"Google Classroom"' "a list with a year in an item"

# Roles at one firm whose titles end in the same focus after a dash;
# a bullet wrapped before a sum
cat >"$T/br.txt" <<'BR'
Juliana Albuquerque
juliana@example.com

EXPERIÊNCIA PROFISSIONAL
Castro Leme Sociedade de Advogados – São Paulo/SP
Advogada Sênior – Tributário
fev/2017 – atualmente
• Condução de mais de 120 processos ativos; êxito em autos de infração que somavam
R$ 38 milhões.
Advogada Pleno – Tributário
mar/2014 – jan/2017
• Elaboração de defesas administrativas.
BR
run import --dry-run --as-of 2025-06 "$T/br.txt"
has "$T/out" '"position": "Advogada Pleno – Tributário"' "the focus ends the next title too"
hasnt "$T/out" '"name": "Tributário"' "a focus is no firm"
has "$T/out" 'que somavam R\$ 38 milhões.' "a bullet wrapped before a sum"

# Items set apart by bars over wide gaps, a spaced slash inside one; a
# bracket's comma in a job's title; Romanian names of languages
cat >"$T/us.txt" <<'US'
DARRELL PRUITT
dp@example.com

CORE COMPETENCIES
DOT / FMCSA Compliance  |  CSA Score Management  |  ELD & Telematics (Samsara, Omnitracs)
Preventive Maintenance Programs  |  Driver Recruiting & Retention  |  P&L / Budgeting

PROFESSIONAL EXPERIENCE

HEARTLAND TANK LINES - Joplin, MO
Company Driver (CDL-A, Tanker/Hazmat)                           02/2009 - 05/2012
 - 400,000+ accident-free miles

LIMBI STRĂINE
Română – limba maternă
Engleză – C1
US
run import --dry-run --as-of 2025-06 "$T/us.txt"
has "$T/out" '"DOT / FMCSA Compliance",' "a spaced slash inside a barred item"
has "$T/out" '"P&L / Budgeting"' "and in the last item"
hasnt "$T/out" '"name": "DOT' "the first item is no group's label"
has "$T/out" '"position": "Company Driver' "the title before its bracket"
hasnt "$T/out" '"name": "Tanker/Hazmat' "a bracket's comma parts no firm from the title"
has "$T/out" '"name": "HEARTLAND TANK LINES"' "the firm above"
has "$T/out" '"language": "Engleză"' "Romanian names of languages"

# A text flattened onto a few lines, its fields set apart by wide gaps;
# schools' lines with a grade after the dates, and a course's length
{
printf 'HOJA DE VIDA\n'
printf 'Laura Mejía Arango   Trabajadora Social – Especialista en Intervención Familiar   Medellín, Antioquia, Colombia   Cel. +57 300 555 0121   laura@example.com   Fecha de actualización: 02/04/2025\n'
printf 'EXPERIENCIA LABORAL  Fundación Semillas del Valle de Aburrá   Trabajadora social de programa   ene. 2017 – ene. 2020   • Coordinación del programa de fortalecimiento familiar en 3 comunas de Bello (120 familias). • Talleres de pautas de crianza.\n'
printf 'FORMACIÓN ACADÉMICA  Especialización en Intervención Familiar – Universidad Pontificia Bolivariana, Medellín – 2018 – 2019   Trabajo Social (pregrado) – Universidad de Antioquia, Medellín – 2010 – 2015 – Promedio acumulado 4,3/5,0   Diplomado en Atención Psicosocial a Víctimas – Universidad de Antioquia – 2017 (120 horas)\n'
printf 'COMPETENCIAS  Entrevista y visita domiciliaria · Genograma y ecomapa · Mediación de conflictos · Excel intermedio\n'
printf 'IDIOMAS  Español: nativo\n'
printf 'REFERENCIAS  Disponibles a solicitud.\n'
printf 'VOLUNTARIADO  Voluntaria – Cruz Roja Colombiana – 2012 – 2016\n'
printf 'OTROS  Licencia de conducción B1\n'
printf 'PUBLICACIONES  Ninguna\n'
printf 'INTERESES  Senderismo\n'
} >"$T/co.txt"
run import --dry-run --as-of 2025-06 "$T/co.txt"
has "$T/out" '"label": "Trabajadora Social – Especialista en Intervención Familiar"' "the headline between gaps"
has "$T/out" '"phone": "\+57 300 555 0121"' "the phone between gaps"
has "$T/out" '"name": "Fundación Semillas del Valle de Aburrá"' "the employer between gaps"
has "$T/out" '"position": "Trabajadora social de programa"' "the title between gaps"
has "$T/out" '"studyType": "Especialización"' "a Spanish specialisation"
has "$T/out" '"score": "Promedio acumulado 4,3/5,0"' "a grade after the dates"
has "$T/out" '"institution": "Universidad de Antioquia, Medellín"' "the school of the line with a grade"
has "$T/out" '"area": "Atención Psicosocial a Víctimas"' "a course's length is no part of its field"
has "$T/out" '"endDate": "2017"' "the year before the course's length"

# A job board's export with 'Started:' and 'Finished:', 'Still in role',
# a profile's number that is no phone, a school with its year of leaving
# alone, a heading with a note in brackets
cat >"$T/nz.txt" <<'NZ'
JobHub NZ - Candidate profile export
Exported: 14/05/2025 09:12 NZST      Profile ID: 88123047
Name: Ethan Walker
Phone: 021 555 0176
Email: ethan@example.com
Availability: 4 weeks notice

CAREER HISTORY
Job title: Electrician - Commercial
Company: Waikato Sparks Ltd
Location: Hamilton
Started: March 2021
Finished: Still in role

Job title: Apprentice Electrician
Company: Kowhai Electrical Services
Started: January 2017
Finished: February 2021

EDUCATION
Institution: Hillcrest High School
Qualification: NCEA Level 2
Finished: 2014

------------------------------------------------------------
SKILLS (as selected by candidate)
------------------------------------------------------------
Switchboard installation; Fault finding; Solar PV installation
NZ
run import --dry-run --as-of 2025-06 "$T/nz.txt"
has "$T/out" '"phone": "021 555 0176"' "the phone, not the profile's number"
has "$T/out" '"endDate": "2021-02"' "'Finished:' ends the job"
has "$T/out" '"startDate": "2021-03"' "'Started:' starts it"
hasnt "$T/out" '"endDate": "2021-03"' "'Still in role' is no end"
has "$T/out" '"endDate": "2014"' "the year a school was left"
has "$T/out" '"name": "SKILLS"' "the heading without its note names the group"

# Danish and Norwegian: titles ('Fysioterapeut', 'Lektor'), 'd.d.' for
# to date, a degree and its field after 'i', a project's label and a
# grade's under the school
cat >"$T/dk.txt" <<'DK'
Mette Holm
mette@example.com

Erhvervserfaring
2018 – d.d.
Fysioterapeut, FysioCenter Risskov
 Selvstændig behandling af patienter med muskuloskeletale lidelser.

Uddannelse
2013 – 2016
Professionsbachelor i fysioterapi, VIA University College, Aarhus
Bachelorprojekt: ”Tidlig mobilisering efter knæalloplastik”. Karakter: 12
Eksamensgennemsnit: 10,4
DK
run import --dry-run --as-of 2025-06 "$T/dk.txt"
has "$T/out" '"name": "FysioCenter Risskov"' "the clinic after a Danish title"
has "$T/out" '"position": "Fysioterapeut"' "'Fysioterapeut' is a title"
hasnt "$T/out" '"endDate": "2018"' "'d.d.' is to date"
has "$T/out" '"studyType": "Professionsbachelor"' "a Danish degree"
has "$T/out" '"area": "fysioterapi"' "its field after 'i'"
has "$T/out" '"institution": "VIA University College' "the school, no project's line"
has "$T/out" '"score": "Eksamensgennemsnit: 10,4"' "a Danish grade"

# 'à ce jour' is to date; a school's line under a degree that names
# schools ('Classes préparatoires aux grandes écoles'); Czech 'Další
# dovednosti'
cat >"$T/ma.txt" <<'MA'
Yassine El Amrani
yassine@example.com

EXPÉRIENCES PROFESSIONNELLES

Sept. 2021 – à ce jour
ANALYSTE SUPPLY CHAIN SENIOR – Atlas Distribution Agroalimentaire (ADA) SA, Casablanca
• Pilotage du processus S&OP mensuel.

FORMATION

2013 – 2015   Classes préparatoires aux grandes écoles (MP)
              CPGE Lycée Moulay Youssef, Rabat

Další dovednosti
Řídicí systémy: Heidenhain, Sinumerik, Fanuc
MA
run import --dry-run --as-of 2025-06 "$T/ma.txt"
hasnt "$T/out" '"endDate": "2021-09"' "'à ce jour' is to date"
has "$T/out" '"institution": "CPGE Lycée Moulay Youssef"' "the school under the degree, its town apart"
has "$T/out" '"studyType": "Classes préparatoires aux grandes écoles \(MP\)"' "the preparatory classes are the degree"
has "$T/out" '"name": "Řídicí systémy"' "Czech 'other skills' heads skills"

# A Brazilian job board's form: 'Nome', 'Celular', 'Cidade/UF' with a
# state's code after a dash, 'Período' with its length in brackets, the
# activities set apart by semicolons, a candidate's number
cat >"$T/vagas.txt" <<'VG'
Código do candidato: 4471829
Nome: Larissa Teixeira
Cidade/UF: Uberaba - MG
Celular: (34) 99817-4402
E-mail: larissa@example.com
Cargo pretendido: Médica Veterinária – Bovinocultura de Leite

EXPERIÊNCIA PROFISSIONAL

Empresa: Cooperativa Agropecuária do Triângulo Ltda.
Cargo: Médica Veterinária de Campo
Período: jan/2021 - atual (3 anos e 2 meses)
Nível hierárquico: Pleno
Principais atividades: Assistência clínica a rebanhos leiteiros; condução de protocolos de IATF; treinamento de ordenhadores.

Empresa: Clínica Veterinária Bicho do Mato
Cargo: Médica Veterinária Plantonista
Período: 02/2018 a 02/2019 (1 ano e 1 mês)
VG
run import --dry-run --as-of 2025-06 "$T/vagas.txt"
has "$T/out" '"phone": "\(34\) 99817-4402"' "the mobile's label"
has "$T/out" '"city": "Uberaba"' "the town before its state's code"
has "$T/out" '"region": "MG"' "the state"
has "$T/out" '"label": "Médica Veterinária – Bovinocultura de Leite"' "the post sought is the headline"
hasnt "$T/out" '"endDate": "2021-01"' "'atual' is to date, the length aside"
hasnt "$T/out" 'meses\)' "the length in brackets is no place"
has "$T/out" '"condução de protocolos de IATF"' "an activity between semicolons"
has "$T/out" '"endDate": "2019-02"' "the second job's end"

# An Indian résumé: numbered records of labels with a tab before the
# colon ('1)<TAB>Organisation<TAB>: M/s ...'), a project and a client as
# lines of the job; schools in a table under a header row
printf 'PRADEEP SAHU\npradeep@example.com\n\nWORK EXPERIENCE:\n\n1)\tOrganisation\t: M/s Kalinga Infraprojects Pvt. Ltd., Bhubaneswar\n\tDesignation\t: Senior Site Engineer\n\tDuration\t: June 2020 \xe2\x80\x93 till date\n\tProject\t: Four-laning of NH-53\n\tClient\t: NHAI\n\tResponsibilities:\n\t\xe2\x80\xa2\tSupervision of embankment and BC layers\n\n2)\tOrganisation\t: Shree Balaji Constructions, Cuttack\n\tDesignation\t: Junior Engineer (Trainee)\n\tDuration\t: 07/2016 \xe2\x80\x93 02/2019\n\tResponsibilities:\n\t\xe2\x80\xa2\tSupervision of WBM works\n\nEDUCATIONAL QUALIFICATION:\n\nQualification\tBoard/University\tInstitute\tYear of Passing\t%% / CGPA\nB.Tech (Civil Engg.)\tBPUT, Odisha\tMahanadi College of Engineering & Technology\t2016\t7.82 CGPA\n12th (Science)\tCHSE, Odisha\tSri Aurobindo Junior College\t2012\t71.50%%\n' >"$T/in.txt"
run import --dry-run --as-of 2025-06 "$T/in.txt"
has "$T/out" '"position": "Senior Site Engineer"' "a numbered record's title"
has "$T/out" '"Supervision of embankment and BC layers"' "its duties stay with it"
has "$T/out" '"Project: Four-laning of NH-53"' "the project is a line of the job"
has "$T/out" '"position": "Junior Engineer \(Trainee\)"' "the next record"
has "$T/out" '"institution": "Mahanadi College of Engineering & Technology"' "the institute's column"
has "$T/out" '"studyType": "B.Tech"' "the degree's column"
has "$T/out" '"area": "Civil Engg."' "its field in brackets"
has "$T/out" '"score": "7.82 CGPA"' "the grade's column"
has "$T/out" '"institution": "Sri Aurobindo Junior College"' "the second row"
has "$T/out" '"endDate": "2012"' "its year"

# The Europass editor's records: '[ dates ] Title', the employer, then
# its town and country under their labels; a school's facts on one line
cat >"$T/ep2.txt" <<'EP'
Dariusz Wróblewski

DOŚWIADCZENIE ZAWODOWE

[ 01/2022 – Obecnie ] Brygadzista spawaczy
Stalmont Konstrukcje Sp. z o.o.
Miasto: Ostrów Wielkopolski | Kraj: Polska
• nadzór nad brygadą 6 spawaczy

WYKSZTAŁCENIE I SZKOLENIA

[ 02/2008 – 04/2008 ] Kurs spawania metodami 135 i 141
Ośrodek Szkolenia Spawaczy „Spaw-Tech”
Miasto: Kalisz | Kraj: Polska

[ 09/2003 – 06/2007 ] Technik mechanik
Zespół Szkół Technicznych im. Józefa Bema w Kaliszu
Miasto: Kalisz | Kraj: Polska | Ocena końcowa: egzamin zawodowy – 82% | Poziom w EQF: Poziom 4 EQF
EP
run import --dry-run --as-of 2025-06 "$T/ep2.txt"
has "$T/out" '"position": "Brygadzista spawaczy"' "the title after the dates"
has "$T/out" '"name": "Stalmont Konstrukcje Sp. z o.o."' "the employer under it"
hasnt "$T/out" 'Miasto:' "the place's labels are no title nor field"
has "$T/out" '"institution": "Ośrodek Szkolenia Spawaczy „Spaw-Tech”"' "a training centre is the school"
has "$T/out" '"studyType": "Kurs spawania metodami 135 i 141"' "a course is the degree"
has "$T/out" '"score": ".*82%"' "the grade among the school's facts"

# A flattened résumé's first line, its fields set apart by dashes (a
# headline's own dash is kept: fixture 236)
printf 'MONA ADEL ABDELRAHMAN \xe2\x80\x93 Arabic<>English Translator & Localization Specialist \xe2\x80\x93 Alexandria, Egypt \xe2\x80\x93 +20 100 555 8421 \xe2\x80\x93 mona@example.com \xe2\x80\x93 proz.example.com/profile/monaadel\nPROFILE \xe2\x80\xa2 Certified translator with 9+ years of experience in legal, medical and software localization, native Arabic speaker, CIOL-qualified in English, long-term vendor for agencies in the UK, UAE and Germany. EXPERIENCE \xe2\x80\xa2 Nile Lingua Translation Services, Cairo \xe2\x80\x93 Junior Translator, Sept 2014 until Aug 2016: translated certificates and court rulings.\n' >"$T/eg.txt"
run import --dry-run --as-of 2025-06 "$T/eg.txt"
has "$T/out" '"label": "Arabic<>English Translator & Localization Specialist"' "the headline between dashes"
has "$T/out" '"city": "Alexandria"' "the town after it"

# Turkish: 'Mart' is March, 'İngilizce' a language whatever its dotted
# capital, 'BİLGİSAYAR' heads skills
cat >"$T/tr2.txt" <<'TR'
Zeynep Aydoğan
zeynep@example.com

İŞ DENEYİMİ
-----------
Akın Dokuma Sanayi ve Ticaret A.Ş. – Bursa
  Üretim Planlama Şefi                        Mart 2021 - Halen
    * Aylık 1,2 milyon metre dokuma kapasitesinin planlanması

YABANCI DİL
-----------
İngilizce : İleri (YDS: 82,5)
Almanca   : Başlangıç

BİLGİSAYAR
----------
SAP PP, MS Excel (ileri), AutoCAD, Minitab
TR
run import --dry-run --as-of 2025-06 "$T/tr2.txt"
has "$T/out" '"startDate": "2021-03"' "'Mart' is March"
has "$T/out" '"position": "Üretim Planlama Şefi"' "the title without the month"
has "$T/out" '"language": "İngilizce"' "a language with a dotted capital"
has "$T/out" '"name": "BİLGİSAYAR"' "'Bilgisayar' heads skills"

# A sidebar layout whose main column opens with a heading above the
# sidebar's name, the name over two lines in capitals
cat >"$T/mx.txt" <<'MX'
                                  PERFIL PROFESIONAL
MARIANA ITZEL
CORTÉS RANGEL                     Química Farmacobióloga con 6 años de experiencia en laboratorio
                                  clínico de segundo nivel, especializada en hematología y control
Química Farmacobióloga            de calidad analítico. Orientada a la seguridad del paciente.

CONTACTO                          EXPERIENCIA LABORAL

+52 222 418 9073                  Laboratorio Clínico San Rafael                        Puebla, Pue.
mariana@example.com               Responsable del Área de Hematología             Ago. 2019 – Actual
Puebla, Pue., México              • Supervisión de 4 químicos y 2 técnicos en turnos matutino y
                                    vespertino.
HABILIDADES                       Químico Analista                             Ene. 2018 – Jul. 2019
                                  • Procesamiento de química clínica, uroanálisis y serología.
Hematología
Química clínica
Uroanálisis
MX
run import --dry-run --as-of 2025-06 "$T/mx.txt"
has "$T/out" '"name": "Mariana Itzel Cortés Rangel"' "the name over two lines in the sidebar"
has "$T/out" '"label": "Química Farmacobióloga"' "the headline under it"
has "$T/out" '"summary": "Química Farmacobióloga con 6 años' "the main column's heading heads its paragraph"
has "$T/out" '"name": "Laboratorio Clínico San Rafael"' "the employer"

# Norwegian headings: courses and certificates, computer skills,
# voluntary work, references
cat >"$T/no.txt" <<'NO'
Ingrid Haugen
ingrid@example.com

UTDANNING

Nord universitet                                                                 2020 – 2021
   Årsstudium i havbruksdrift (deltid, nettbasert)

KURS OG SERTIFIKATER
Fagbrev i akvakulturfaget, Nordland fylkeskommune                                       2015
Båtførerbevis                                                                           2012

DATAKUNNSKAPER
AKVA Control · Fishtalk · Mercatus Farmer · Microsoft Office

REFERANSER
Oppgis ved forespørsel.
NO
run import --dry-run --as-of 2025-06 "$T/no.txt"
hasnt "$T/out" '"institution": "Fagbrev' "a certificate is no school"
hasnt "$T/out" '"institution": "Båtførerbevis' "nor is a licence"
has "$T/out" '"name": "DATAKUNNSKAPER"' "computer skills head skills"
has "$T/out" '"Mercatus Farmer"' "their items"
hasnt "$T/out" 'forespørsel' "references are left out"

# A Portuguese postcode before the phone is no phone
printf "Joana Carvalho\nRua de Cedofeita 210, 4050-174 Porto | +351 912 555 038 | joana@example.com\n" >"$T/pt.txt"
run import --dry-run --as-of 2025-06 "$T/pt.txt"
has "$T/out" '"phone": "\+351 912 555 038"' "the phone after a Portuguese postcode"

# A Turkish CV: an address ending "District / CITY", a faculty before the
# field, a grade labelled GNO, projects as bullets dated in brackets
cat >"$T/tr.txt" <<'TR'
ZEYNEP AYDOĞAN
Tekstil Mühendisi

Adres        : Beşevler Mah. Kırlangıç Sok. No: 7/4, 16110 Nilüfer / BURSA
E-posta      : zeynep@example.com

EĞİTİM
------
2010 - 2015   Uludağ Üniversitesi
              Mühendislik Fakültesi, Tekstil Mühendisliği (Lisans) – GNO: 3,12 / 4,00

PROJELER
--------
* Dokuma hattında OEE iyileştirme projesi (2019): OEE %61'den %74'e çıkarıldı.
* Atkı kopuşlarının azaltılması – Altı Sigma Yeşil Kuşak projesi (2020)
TR
run import --dry-run --as-of 2025-06 "$T/tr.txt"
has "$T/out" '"city": "Bursa"' "the city after the slash, in Title Case"
has "$T/out" '"area": "Tekstil Mühendisliği"' "the field without its faculty"
has "$T/out" '"studyType": "Lisans"' "the degree in brackets"
has "$T/out" '"score": "GNO: 3,12 / 4,00"' "a GNO is a grade"
has "$T/out" '"name": "Dokuma hattında OEE iyileştirme projesi"' "a dated bullet is a project"
has "$T/out" '"name": "Atkı kopuşlarının azaltılması – Altı Sigma Yeşil Kuşak projesi"' "and so is the next, dash and all"
has "$T/out" '"endDate": "2020"' "a year alone is when the project ran"

# A name with two particles ("van der") heads a Markdown résumé; a Dutch
# season opens a range
cat >"$T/nl.txt" <<'NL'
# Femke van der Heijden-Bakker

**Stedenbouwkundige**

Arnhem · femke@example.com

## Werkervaring

### Bureau Stadsruimte B.V. (Utrecht)

**Ontwerper stedenbouw** — voorjaar 2015 – dec 2016

- Massastudies en 3D-visualisaties in SketchUp en Rhino
NL
run import --dry-run --as-of 2025-06 "$T/nl.txt"
has "$T/out" '"name": "Femke van der Heijden-Bakker"' "a name with two particles"
has "$T/out" '"name": "Bureau Stadsruimte B.V."' "the employer, not the season"
has "$T/out" '"startDate": "2015-03"' "voorjaar is spring"

# A Danish CV: the hospital's department is part of the employer, not
# its place; "IT" heads the skills
cat >"$T/dk.txt" <<'DK'
Mette Kjærgaard Holm
Fysioterapeut
Erhvervserfaring
august 2019 – nu
Fysioterapeut, Aarhus Universitetshospital, Afdeling for Ortopædkirurgi
 Genoptræning af patienter efter hofte- og knæalloplastik.
feb. 2017 – jul. 2019
Fysioterapeut, FysioCenter Risskov
 Selvstændig behandling af patienter med muskuloskeletale lidelser.
Sprog
Dansk: modersmål
IT
Journalsystemer: Sundhedsplatformen (Epic), Novax
DK
run import --dry-run --as-of 2025-06 "$T/dk.txt"
has "$T/out" '"name": "Aarhus Universitetshospital, Afdeling for Ortopædkirurgi"' "the department stays with the employer"
hasnt "$T/out" '"location": "Afdeling' "and is no place"
has "$T/out" '"Sundhedsplatformen \(Epic\)"' "IT heads a list of skills"

# An old Europass form: the name under "Surname(s) / First name(s)", a
# footer of four lines on each page ("Page 1/2 - Curriculum vitae of" over
# the name), a label wrapped after its "and"
printf 'Europass\nCurriculum Vitae\n\nPersonal information\nSurname(s) / First name(s)\tPapadakis Nikolaos\nAddress(es)\t14 Akti Miaouli, 185 38 Piraeus (Greece)\nE-mail\tn.papadakis@example.com\n\nWork experience\n\nDates\tMarch 2020 - present\nOccupation or position held\tOperations Officer\nMain activities and responsibilities\tVoyage monitoring for 14 vessels\nName and address of employer\tKyma Chartering Ltd, Glyfada (Greece)\nPage 1/2 - Curriculum vitae of\nPapadakis Nikolaos\nFor more information on Europass go to http://europass.cedefop.europa.eu\n\xc2\xa9 European Union, 2004-2010 24082010\n\fEducation and training\n\nDates\t2010 - 2014\nTitle of qualification awarded\tDiploma of Merchant Marine Officer (Deck)\nName and type of organisation\tAcademy of Merchant Marine of Aspropyrgos\nproviding education and training\n\nPersonal skills and\ncompetences\n\nComputer skills and\tVeson IMOS, Dataloy, MarineTraffic\ncompetences\nPage 2/2 - Curriculum vitae of\nPapadakis Nikolaos\nFor more information on Europass go to http://europass.cedefop.europa.eu\n\xc2\xa9 European Union, 2004-2010 24082010\n' >"$T/gr.txt"
run import --dry-run --as-of 2025-06 "$T/gr.txt"
has "$T/out" '"name": "Nikolaos Papadakis"' "the label asks for the surname first, and the e-mail agrees"
has "$T/out" '"institution": "Academy of Merchant Marine of Aspropyrgos"' "the page's footer, name and all, is gone"
has "$T/out" '"name": "Computer skills and competences"' "a label wrapped after its and"
sed 's/n.papadakis@/nikolaos.papadakis@/; s/Papadakis Nikolaos$/Nikolaos Papadakis/' "$T/gr.txt" >"$T/gr2.txt"
run import --dry-run --as-of 2025-06 "$T/gr2.txt"
has "$T/out" '"name": "Nikolaos Papadakis"' "given name first, as the e-mail reads it, stays so"

# A Korean CV in Markdown: a town after a firm's legal form, a second
# role titled "Engineer, Etch Process" under the same firm, Korean patent
# numbers
cat >"$T/kr.txt" <<'KR'
# Ji-hoon Kim

## Experience

### Hanbit Semiconductor Co., Ltd. — Hwaseong

**Senior Engineer, Process Integration (1b nm DRAM)** · *Mar '22 – Present*
- Owner of the buried-channel array transistor module integration.

**Engineer, Etch Process** · *Jul '19 – Feb '22*
- Developed high-aspect-ratio contact etch recipes on CCP chambers.

## Patents

| No. | Title | Status |
|---|---|---|
| KR 10-2468135 | Method of forming a buried channel array transistor | Granted (2023) |
| KR 10-2024-0051872 | Etch endpoint detection using optical emission spectroscopy | Filed (2024) |
KR
run import --dry-run --as-of 2025-06 "$T/kr.txt"
has "$T/out" '"location": "Hwaseong"' "a town after the firm's legal form"
hasnt "$T/out" '"name": "Etch Process"' "a title's field is no firm"
has "$T/out" '"position": "Engineer, Etch Process"' "the second role whole"
has "$T/out" '"number": "KR 10-2468135"' "a Korean patent number"
has "$T/out" '"number": "KR 10-2024-0051872"' "an application number"

# A Philippine job board's export: "Label:  value" records with "Date
# Joined"/"Date Left", "Present Address", "Inclusive Years", and the
# board's running title on each page beside its number
cat >"$T/ph.txt" <<'PH'
CareerHub PH - Candidate Profile                                    Profile ID: 20481137

MARIA CRISTINA D. VILLANUEVA
Registered Nurse

PERSONAL INFORMATION
Email Address:  mc.villanueva@example.com
Mobile Number:  +63 917 555 0142
Present Address:  Unit 5B, 112 Kamuning Road, Quezon City, Metro Manila 1103, Philippines
Permanent Address:  24 Mabini St., Brgy. San Isidro, Cabanatuan City, Nueva Ecija 3100
Civil Status:  Single

WORK EXPERIENCE
Total Work Experience: 10 years 3 months

Position Title:  Charge Nurse - Intensive Care Unit
Company Name:  Saint Raphael Medical Center
Location:  Quezon City, Philippines
Position Level:  Supervisor / 5 Yrs & Up Experienced Employee
Monthly Salary:  PHP 42,000
Date Joined:  March 2021
Date Left:  Present
Job Description:
- Supervises a team of 8 staff nurses per shift

CareerHub PH - Candidate Profile                                                Page 1 of 2
Position Title:  Staff Nurse - Medical-Surgical Ward
Company Name:  Holy Cross Community Hospital
Location:  Cabanatuan City, Nueva Ecija
Date Joined:  Jun 2015
Date Left:  Dec 2017

EDUCATION
Degree:  Bachelor of Science in Nursing
School/University:  Central Luzon College of Health Sciences
Inclusive Years:  2010 - 2014

CareerHub PH - Candidate Profile                                                Page 2 of 2
PH
run import --dry-run --as-of 2025-06 "$T/ph.txt"
has "$T/out" '"name": "Maria Cristina D. Villanueva"' "the name, not the board's running title"
has "$T/out" '"phone": "\+63 917 555 0142"' "the mobile, not the profile's number"
has "$T/out" '"city": "Quezon City"' "the present address gives the city"
has "$T/out" '"position": "Charge Nurse - Intensive Care Unit"' "the title, without the position level"
has "$T/out" '"startDate": "2021-03"' "Date Joined starts the job"
has "$T/out" '"endDate": "2017-12"' "Date Left ends it"
has "$T/out" '"institution": "Central Luzon College of Health Sciences"' "School/University"
has "$T/out" '"startDate": "2010"' "Inclusive Years"
hasnt "$T/out" 'CareerHub' "the running title is gone"

# An Australian trade résumé: "Leading Hand" is a title, a roster note
# with "from 2020" in it is no job, a note in brackets under a dated
# certificate goes on with it, "EQUIPMENT & SYSTEMS" heads skills
cat >"$T/au.txt" <<'AU'
BRADLEY KOVACS
==============

EMPLOYMENT HISTORY
------------------

Goldfields Haulage & Plant Pty Ltd, Kalgoorlie WA               2017 – 2021

  Leading Hand - Mobile Plant Workshop                (2019 – 2021)
  Roster: 2/1 FIFO ex Perth, then residential Kalgoorlie from 2020
  * Ran a crew of 6 fitters and 2 apprentices on day shift

  HD Fitter                                           (2017 – 2019)
  * Servicing and repairs to Komatsu PC1250 excavators


EDUCATION
---------
2012 - 2015   Certificate III in Heavy Commercial Vehicle Mechanical Technology
              (Apprenticeship) - Polytechnic West TAFE, Midland WA


EQUIPMENT & SYSTEMS
-------------------
Haul trucks:    CAT 793F, CAT 789D
Diagnostics:    Cat ET, VIMS
AU
run import --dry-run --as-of 2025-06 "$T/au.txt"
has "$T/out" '"position": "Leading Hand - Mobile Plant Workshop"' "Leading Hand is a title"
hasnt "$T/out" '"startDate": "2020"' "a roster's 'from 2020' opens no job"
has "$T/out" '"position": "HD Fitter"' "a fitter is a title"
has "$T/out" '"institution": "Polytechnic West TAFE"' "the school after the bracketed note, without its town and state"
has "$T/out" '"name": "Haul trucks"' "equipment is a list of skills"

# A Finnish CV in tabbed columns: an open range "3/2019 –" before a tab,
# "kesä–elokuu 2014" (June to August), title and office as compounds,
# further training, positions of trust and "Muuta" as their own sections
printf 'Riikka Häkkinen\nSosiaalityöntekijä\n\nTYÖKOKEMUS\n\n3/2019 –\tHelsingin kaupunki\n\tSosiaalityöntekijä, lastensuojelun avohuolto\n\t-\tlastensuojeluilmoitusten käsittely\n\nkesä–elokuu 2014\tKansaneläkelaitos (Kela)\n\tEtuuskäsittelijä, kesätyö\n\t-\tasumistukihakemusten käsittely\n\nTÄYDENNYSKOULUTUKSET\n\n2019\t\tMotivoiva haastattelu (2 pv), Vantaan kaupunki\n\nLUOTTAMUSTOIMET\n\n2012–2013\tSosiaalipoliittinen Kerho ry, puheenjohtaja\n\nMUUTA\nAjokortti B.\n' >"$T/fi.txt"
run import --dry-run --as-of 2025-06 "$T/fi.txt"
has "$T/out" '"startDate": "2019-03"' "the open range's start"
hasnt "$T/out" '"endDate": "2019-03"' "and no end"
has "$T/out" '"name": "Kansaneläkelaitos \(Kela\)"' "a compound on -laitos is the employer"
has "$T/out" '"position": "Etuuskäsittelijä, kesätyö"' "one on -käsittelijä the title"
has "$T/out" '"startDate": "2014-06"' "kesä before elokuu is June"
has "$T/out" '"endDate": "2014-08"' "elokuu is August"
has "$T/out" '"certificates"' "further training is certificates"
has "$T/out" '"organization": "Sosiaalipoliittinen Kerho ry"' "positions of trust are volunteer work"
hasnt "$T/out" '"organization": "MUUTA"' "Muuta is a heading"

# Word's Wingdings bullets as letters ("Ø<TAB>", "ü<TAB>"), a computer
# proficiency section, a colon inside brackets that labels no group
printf 'Ayesha Rauf\nLahore, Pakistan\n\nPROFESSIONAL EXPERIENCE\n\nAudit Senior, Riaz Ahmad & Co. (Jan 2019 - till date)\n\xc3\x98\tLeading audit teams of five on listed clients\n\xc3\x98\tReviewing working papers under ISA\n\nCOMPUTER PROFICIENCY\n\xc3\xbc\tMS Excel (Advanced: Pivot Tables, VLOOKUP)\n\xc3\xbc\tSAP FICO\n' >"$T/pk.txt"
run import --dry-run --as-of 2025-06 "$T/pk.txt"
has "$T/out" '"Leading audit teams of five on listed clients"' "a Wingdings bullet's letter goes"
hasnt "$T/out" '"Ø' "no highlight starts with the letter"
has "$T/out" '"MS Excel \(Advanced: Pivot Tables, VLOOKUP\)"' "computer proficiency heads skills; the bracketed colon labels no group"
has "$T/out" '"SAP FICO"' "the second skill"

# Markdown from Québec: the region in brackets after the town, a firm's
# heading whose name holds a word of a section's ("Technologies"), a
# title no list knows under the firm's dates, names parted by "/"
printf '# Chantal Gagnon\n\nMontréal (Québec), Canada · 514-555-0199\n\n## Expérience professionnelle\n\n### **Groupe Ardoise Technologies** — Québec, QC\n*mai 2018 – déc. 2019*\n\n**Testeuse logiciel**\n\n- Tests fonctionnels d un portail client\n\n## Compétences\n\n**Langages :** JavaScript/TypeScript, Java, Python\n' >"$T/qc.txt"
run import --dry-run --as-of 2025-06 "$T/qc.txt"
has "$T/out" '"city": "Montréal"' "the town before the brackets"
has "$T/out" '"region": "Québec"' "the region in them"
has "$T/out" '"name": "Groupe Ardoise Technologies"' "a firm's heading is no section's"
has "$T/out" '"position": "Testeuse logiciel"' "the line under its dates is the title"
has "$T/out" '"JavaScript/TypeScript"' "two known names parted by a slash stay one item"
hasnt "$T/out" '"Script/Type"' "no cut inside them"

# French: a degree with its year or kind ("Master 2", "Licence
# professionnelle") over a school and dates, no blank between entries;
# a town and its département ("Corbas (69)"); a hyphenated town after a
# school's dash; "Outils informatiques" heads skills, whose items wrap
# inside a bracket or before their last word
printf 'Aurélie Vasseur\n\nEXPÉRIENCES PROFESSIONNELLES\nPréparatrice de commandes\nLogidis Rhône – Corbas (69)\njuil. 2013 – août 2013\n• Préparation de commandes\n\nFORMATION\nMaster 2 Management de la chaîne logistique\nIAE Lyon School of Management\n2015 – 2017\nLicence professionnelle Logistique et pilotage des flux\nIUT Lumière Lyon 2\n2014 – 2015\nBaccalauréat STG\nLycée Jean-Moulin – Bourgoin-Jallieu\n2012\n\nCOMPÉTENCES\nIncoterms 2020 et formalités\ndouanières\nLean management\n\nOUTILS INFORMATIQUES\nSAP (MM, SD)\nReflex WMS\nExcel avancé (TCD, Power\nQuery)\n' >"$T/frm2.txt"
run import --dry-run --as-of 2025-06 "$T/frm2.txt"
has "$T/out" '"studyType": "Master 2"' "a degree's year is the degree's"
has "$T/out" '"area": "Management de la chaîne logistique"' "the field after it"
has "$T/out" '"studyType": "Licence professionnelle"' "a degree's kind is the degree's"
has "$T/out" '"area": "Logistique et pilotage des flux"' "a field of small words is no sentence"
has "$T/out" '"name": "Logidis Rhône"' "the firm without its town"
has "$T/out" '"location": "Corbas \(69\)"' "a town and its département"
has "$T/out" '"institution": "Lycée Jean-Moulin"' "a hyphenated town after a school's dash goes"
has "$T/out" '"Incoterms 2020 et formalités douanières"' "an item wrapped before its last word"
has "$T/out" '"name": "OUTILS INFORMATIQUES"' "computer tools head a group of skills"
has "$T/out" '"Excel avancé \(TCD, Power Query\)"' "an item wrapped inside its bracket"
hasnt "$T/out" '"name": "Reflex WMS"' "the item before it is no group"

# A Nigerian CV of labelled records: the name in capitals with a title in
# brackets and post-nominals; "Position:<TAB>" under the firm's own line;
# a heading that says its entries are dated; professional
# qualifications and memberships as certificates
printf 'ADEBOLA FUNMILAYO OGUNLEYE (MRS.), ACA, ACIB\n\nE-mail:\t\tadebola.o@example.com\nSex:\t\t\tFemale\nMarital Status:\t\tMarried\n\nWORK EXPERIENCE:\n\nLAGOON TRUST BANK PLC, Victoria Island, Lagos\nPosition:\tRelationship Manager\nDuration:\tJune, 2018 \xe2\x80\x93 Date\nJob Responsibilities:\n\xe2\x80\xa2\tManaging a portfolio of 85 SME accounts.\n\nCRESTFIELD MICROFINANCE BANK LIMITED, Ikeja, Lagos\nPosition:\tCredit Officer\nDuration:\tMarch, 2015 \xe2\x80\x93 May, 2018\n\nOGUN STATE BOARD OF INTERNAL REVENUE, Abeokuta\nPosition:\tIndustrial Training Student (SIWES)\nDuration:\tMay \xe2\x80\x93 October, 2011\n\nEDUCATIONAL QUALIFICATIONS WITH DATES:\n\nUniversity of Lagos, Akoka\t\t2019 \xe2\x80\x93 2021\nMaster of Business Administration (MBA), Finance\n\nPROFESSIONAL QUALIFICATIONS / MEMBERSHIP:\n\xe2\x80\xa2\tAssociate Chartered Accountant (ACA) \xe2\x80\x93 ICAN, 2016\n' >"$T/ng.txt"
run import --dry-run --as-of 2025-06 "$T/ng.txt"
has "$T/out" '"name": "Adebola Funmilayo Ogunleye"' "the name without its title and post-nominals"
has "$T/out" '"name": "CRESTFIELD MICROFINANCE BANK LIMITED"' "the firm's line over the labelled title"
has "$T/out" '"position": "Credit Officer"' "the title after its label and a tab"
has "$T/out" '"location": "Ikeja, Lagos"' "the place after the firm's comma"
has "$T/out" '"name": "OGUN STATE BOARD OF INTERNAL REVENUE"' "a firm in capitals no cue names"
has "$T/out" '"institution": "University of Lagos, Akoka"' "education under a heading that says it is dated"
has "$T/out" '"name": "Associate Chartered Accountant \(ACA\)' "qualifications and memberships are certificates"

# An English résumé from Japan: full-width digits in the phone, the
# surname in capitals last, a table of jobs whose header names its
# columns apart ("Period<TAB>Company<TAB>Position"), "OTHER" as a
# heading, hobbies with notes in brackets
printf 'Name:\xe3\x80\x80\xe3\x80\x80Haruka MORIYAMA\nMobile:\xe3\x80\x80\xef\xbc\x90\xef\xbc\x99\xef\xbc\x90\xef\xbc\x8d\xef\xbc\x95\xef\xbc\x95\xef\xbc\x95\xef\xbc\x95\xef\xbc\x8d\xef\xbc\x90\xef\xbc\x91\xef\xbc\x98\xef\xbc\x97\nE-mail:\xe3\x80\x80haruka.m@example.com\n\nWORK EXPERIENCE\nPeriod\t\t\tCompany\t\t\t\t\tPosition\n2022.04 - present\tHotel Marunouchi Grand Tokyo\t\tAssistant Front Office Manager\n\t\t\t\xe3\x83\xbbSupervise front desk and concierge teams\n2019.04 - 2022.03\tHotel Marunouchi Grand Tokyo\t\tFront Desk Supervisor\n\t\t\t\xe3\x83\xbbLed shift operations\n\nLICENSES AND CERTIFICATIONS\n\xe3\x83\xbbTOEIC 850 (2018)\n\nHOBBIES\nTea ceremony (Urasenke), long-distance running (Tokyo Marathon 2024 finisher)\n\nOTHER\nCommuting time: approx. 35 minutes\n' >"$T/jp.txt"
run import --dry-run --as-of 2025-06 "$T/jp.txt"
has "$T/out" '"phone": "090-5555-0187"' "full-width digits are digits"
has "$T/out" '"name": "Haruka Moriyama"' "the surname in capitals last in Title Case"
has "$T/out" '"position": "Assistant Front Office Manager"' "a table's title cell whole"
has "$T/out" '"position": "Front Desk Supervisor"' "the second row's"
has "$T/out" '"Supervise front desk and concierge teams"' "the bullet under the row is its highlight"
has "$T/out" '"name": "long-distance running \(Tokyo Marathon 2024 finisher\)"' "a hobby's note in brackets counts no words"
hasnt "$T/out" '"name": "OTHER"' "Other is a heading"
hasnt "$T/out" 'Commuting time' "what it heads is of no use"

# A job board's export from India: "Employment Details", a bullet that
# dates an event inside the job ("... in Jul 2018."), Class XII and its
# percentage, a table of IT skills, projects under labels
printf 'Rohit Patil\n\nEmployment Details\n\nJunior Engineer - Maintenance\nShreeji Precision Castings Pvt. Ltd.\nJul \x2717 to Mar \x2719 (1 Year 9 Months)\nJob Profile :\n\xe2\x80\xa2\tJoined as Graduate Engineer Trainee and confirmed as Junior Engineer - Maintenance in Jul 2018.\n\xe2\x80\xa2\tBreakdown maintenance of the moulding line.\n\nEducation\n\nClass XII\nMaharashtra State Board\n2013 | English | 78.46%%\n\nIT Skills\nSkill Name\tVersion\tLast Used\tExperience\nSAP PM\tECC 6.0\t2023\t4 Year(s)\nAutoCAD\t2018\t2023\t5 Year(s)\n\nProjects\nMTTR reduction on VMC line\nClient : Varad Auto Components Pvt. Ltd.\nDuration : Jan \x2721 to Jun \x2721\nProject Details : Analysed breakdown data of 14 VMCs.\n\nDesign and Fabrication of Pedal Operated Water Pump\nClient : Academic (Final Year Project)\nDuration : Dec \x2716 to Apr \x2717\nProject Details : Team of 4.\n' >"$T/in.txt"
run import --dry-run --as-of 2025-06 "$T/in.txt"
has "$T/out" '"position": "Junior Engineer - Maintenance"' "employment details head the work"
hasnt "$T/out" '"startDate": "2018-07"' "an event dated inside a bullet opens no job"
has "$T/out" '"Joined as Graduate Engineer Trainee' "it stays a highlight"
has "$T/out" '"studyType": "Class XII"' "a school year is no grade"
has "$T/out" '"score": "78.46%"' "its percentage is"
has "$T/out" '"SAP PM"' "a table's first cell is the skill"
hasnt "$T/out" '"Skill Name"' "its head is none"
hasnt "$T/out" '"ECC 6.0"' "nor its other cells"
has "$T/out" '"name": "Design and Fabrication of Pedal Operated Water Pump"' "a project's name over its labels"
has "$T/out" '"entity": "Varad Auto Components Pvt. Ltd."' "the client is the entity"
has "$T/out" '"Team of 4."' "the details are its highlight"

# A German CV under -layout: a title compound on -fachmann over the firm
# and a ward; "Fort- und Weiterbildungen" heads certificates; a
# Bildungszentrum is a school; "EDV:" under "Sprachen:" heads skills
printf 'Tobias Wendland\n\n     Beruflicher Werdegang\n\n     seit 04/2021               Pflegefachmann Intensivpflege\n                                Elbklinik Harburg gGmbH, Hamburg\n                                Interdisziplinäre operative Intensivstation (16 Betten)\n                                \xe2\x80\x93  Versorgung von beatmeten Patienten\n\n     Ausbildung\n\n     04/2022 \xe2\x80\x93 03/2024          Fachweiterbildung Intensivpflege (DKG)\n                                Bildungszentrum der Elbklinik Harburg, Hamburg\n\n     Fort- und Weiterbildungen\n\n     11/2023                    ALS-Provider (Advanced Life Support), European Resuscitation Council\n\n     Kenntnisse\n\n     Sprachen:                  Deutsch (Muttersprache), Englisch (verhandlungssicher),\n                                Polnisch (Grundkenntnisse)\n     EDV:                       ORBIS, COPRA 6, MS Office\n' >"$T/de2.txt"
run import --dry-run --as-of 2025-06 "$T/de2.txt"
has "$T/out" '"position": "Pflegefachmann Intensivpflege"' "a compound on -fachmann is the title"
has "$T/out" '"institution": "Bildungszentrum der Elbklinik Harburg' "a Bildungszentrum is the school"
has "$T/out" '"name": "ALS-Provider \(Advanced Life Support\)"' "further training is certificates"
has "$T/out" '"name": "EDV"' "EDV heads a group of skills"
has "$T/out" '"COPRA 6"' "its items"

# A South African CV of labels: surname and first names apart, a school
# year and its year after a comma, subjects wrapped, a tertiary school
# whose period has a note in brackets, "Working at Heights"
printf 'SIPHO BONGANI MTHEMBU\nQualified Electrician\n\nPERSONAL DETAILS\nSurname:             Mthembu\nFirst names:         Sipho Bongani\nE-mail:              sipho.m@example.com\n\nEDUCATIONAL BACKGROUND\n\nSecondary school:    Emthethweni Secondary School, Umlazi\nHighest grade:       Grade 12 (Matric), 2008\nSubjects:            English FAL, isiZulu HL, Mathematics,\n                     Engineering Graphics and Design\n\nTertiary:            Mangosuthu University of Technology, Umlazi\nQualification:       National Diploma: Electrical Engineering\nPeriod:              2009 - 2012 (S1-S4 plus in-service training)\n\nTRADE QUALIFICATIONS & LICENCES\n- Working at Heights, 2022\n\nEMPLOYMENT HISTORY\n\nCompany:             Umhlanga Facilities Engineering (Pty) Ltd, Durban\nPosition:            Maintenance Electrician\nPeriod:              Jan 2017 - Current\n\nCompany:             Coastal Conveyor Services cc, Pinetown\nPosition:            Apprentice Electrician\nPeriod:              Feb 2013 - Dec 2016\n' >"$T/za.txt"
run import --dry-run --as-of 2025-06 "$T/za.txt"
has "$T/out" '"name": "Sipho Bongani Mthembu"' "first names and surname make the name"
has "$T/out" '"institution": "Emthethweni Secondary School' "the secondary school"
has "$T/out" '"endDate": "2008"' "its year after the grade's comma"
hasnt "$T/out" '"score": "Grade 12' "a school year is no grade"
hasnt "$T/out" 'Engineering Graphics' "subjects wrapped are of no use"
has "$T/out" '"institution": "Mangosuthu University of Technology' "the tertiary school with its note after the dates"
has "$T/out" '"area": "Electrical Engineering"' "its field"
has "$T/out" '"name": "Working at Heights"' "a course's name holding 'at'"

# A résumé flattened onto a few long lines, its headings in capitals: a
# headline glued to the town, a title glued to its firm, a title that
# opens with a skill's words, a month glued to a state's code, a
# course's number in a title, a school "in" a town
{
printf 'JORDAN T. ELLISON Software Engineer Austin, TX 78704 | (512) 555-0148 | jordan.e@example.com | github.com/jtellison | linkedin.com/in/jordan-t-ellison\n'
printf 'SUMMARY Backend-focused software engineer with 4+ years of experience building event-driven logistics systems in Go, Python and TypeScript on AWS, from design docs to on-call and all the reviews between. '
printf 'EXPERIENCE Software Engineer Brightline Freight Inc. \xe2\x80\x93 Austin, TX Jun 2021 \xe2\x80\x93 Present \xe2\x80\xa2 Designed and built a Go service that matches 40k+ daily freight loads to carriers \xe2\x80\xa2 Mentor 2 junior engineers and run the biweekly architecture review '
printf 'Software Engineering Intern Corvid Health Systems \xe2\x80\x93 Dallas, TXMay 2020 \xe2\x80\x93 Aug 2020 \xe2\x80\xa2 Built a FastAPI microservice that de-identifies HL7 messages for the analytics team '
printf 'EDUCATION \xe2\x80\xa2 Professional Diploma in Translation, School of Continuing Education, The American University in Cairo, 2015\xe2\x80\x932016.\n'
} >"$T/flat.txt"
run import --dry-run --as-of 2025-06 "$T/flat.txt"
has "$T/out" '"label": "Software Engineer"' "the headline before the town"
has "$T/out" '"city": "Austin"' "the town"
has "$T/out" '"name": "Brightline Freight Inc."' "the firm after its title"
has "$T/out" '"position": "Software Engineer"' "the title before its firm"
has "$T/out" '"position": "Software Engineering Intern"' "a title that opens with a skill's words"
has "$T/out" '"startDate": "2020-05"' "a month glued to a state's code"
has "$T/out" '"institution": "The American University in Cairo"' "a school in a town is one name"

# A LinkedIn PDF in Spanish: "Contactar" and "Aptitudes principales" in
# the sidebar, a certificate wrapped there before its last word, the
# headline wrapped over lines, "Extracto", a bullet's years wrapped
printf 'Contactar\ndaniela.r@example.com\n\nAptitudes principales\nGesti\xc3\xb3n de cuentas clave\nCanal moderno\n\nCertifications\nSalesforce Certified Sales Cloud\nConsultant\nNegociaci\xc3\xb3n Estrat\xc3\xa9gica (Harvard\nManageMentor)\n\nDaniela Ruiz Castro\nGerente Regional de Ventas en Grupo L\xc3\xa1cteo | Canal\nModerno y Tradicional | Key Account Management\nMonterrey, Nuevo Le\xc3\xb3n, M\xc3\xa9xico\n\nExtracto\nGerente comercial con m\xc3\xa1s de 12 a\xc3\xb1os de experiencia en consumo masivo.\n\nExperiencia\n\nGrupo L\xc3\xa1cteo Sierra Madre\nGerente Regional de Ventas\nenero de 2021 - actualidad (3 a\xc3\xb1os 11 meses)\nMonterrey, Nuevo Le\xc3\xb3n, M\xc3\xa9xico\n- Crecimiento de ventas de 31%%, superando la cuota anual en 2021, 2022 y\n2023\n- Negociaci\xc3\xb3n de planes comerciales anuales\n' >"$T/mx.txt"
run import --dry-run --as-of 2025-06 "$T/mx.txt"
has "$T/out" '"name": "Daniela Ruiz Castro"' "the name after the sidebar, not a certificate's"
has "$T/out" '"label": "Gerente Regional de Ventas en Grupo Lácteo \| Canal Moderno y Tradicional \| Key Account Management"' "the headline wrapped whole"
has "$T/out" '"city": "Monterrey"' "the place under it"
has "$T/out" '"name": "Aptitudes principales"' "Aptitudes principales head skills"
has "$T/out" '"Gestión de cuentas clave"' "their items"
has "$T/out" '"name": "Negociación Estratégica \(Harvard ManageMentor\)"' "a certificate wrapped inside its bracket"
has "$T/out" '2021, 2022 y 2023"' "a bullet's years wrapped before the last"
hasnt "$T/out" '"startDate": "2023"' "the last year opens no job"

# A Brazilian postcode after CEP is no phone; a bullet wrapped after
# "em" before its year; a running head naming the CV on page two
printf 'Renata Alves\nRua Padre Chico, 418 \xe2\x80\x93 S\xc3\xa3o Paulo/SP \xe2\x80\x93 CEP 05008-010\nCelular: (11) 95555-0173 | E-mail: r.alves@example.com\n\nEXPERI\xc3\x8aNCIA PROFISSIONAL\n\n03/2018 \xe2\x80\x93 atual\nGrupo Tellus Alimentos S.A. \xe2\x80\x93 S\xc3\xa3o Paulo/SP\nCargo: Analista Cont\xc3\xa1bil S\xc3\xaanior\n\xe2\x80\xa2 Participa\xc3\xa7\xc3\xa3o na implanta\xc3\xa7\xc3\xa3o do ERP TOTVS Protheus em\n2019.\n\nPage 1 of 2\n\fRenata Alves \xe2\x80\x93 Curriculum Vitae                         (11) 95555-0173\n\n08/2013 \xe2\x80\x93 02/2018\nMendes & Takahashi Contadores Associados \xe2\x80\x93 S\xc3\xa3o Paulo/SP\nCargo: Analista Cont\xc3\xa1bil Pleno\n\nPage 2 of 2\n' >"$T/br.txt"
run import --dry-run --as-of 2025-06 "$T/br.txt"
has "$T/out" '"phone": "\(11\) 95555-0173"' "the phone, not the postcode"
has "$T/out" 'Protheus em 2019."' "the year wrapped after 'em' stays in the bullet"
hasnt "$T/out" '"startDate": "2019"' "and opens no job"
has "$T/out" '"name": "Mendes & Takahashi Contadores Associados"' "the firm under the running head"
hasnt "$T/out" 'Curriculum Vitae' "the running head goes"

# Europass (2020) as pdftotext: bullets wrapped inside a bracket and after
# "in" go on though the next line opens with a capital; a list of digital
# skills wrapped inside an item, and one whose lines are whole lists
printf 'Andrei Pop\n\nWORK EXPERIENCE\n[ 01/03/2019 \xe2\x80\x93 Current ]\nDesign Engineer\nAutoparts Cluj SRL\nCity: Cluj-Napoca | Country: Romania\n\xe2\x97\xa6 Performed tolerance stack-up analyses for 4 customer projects (German and\nFrench OEMs).\n\xe2\x97\xa6 Reduced the mass of an aluminium housing by 14%% through topology optimisation in\nANSYS Mechanical.\n\nDIGITAL SKILLS\nCATIA V5 | SolidWorks | Siemens NX | ANSYS Mechanical | AutoCAD | MATLAB | Microsoft\nOffice | SAP PP (basic)\n\nCORE COMPETENCIES\nDOT / FMCSA Compliance  |  CSA Score Management  |  ELD & Telematics (Samsara)\nPreventive Maintenance Programs  |  Driver Recruiting  |  P&L / Budgeting\nRoute Optimization  |  Fuel Management\n' >"$T/ro.txt"
run import --dry-run --as-of 2025-06 "$T/ro.txt"
has "$T/out" '"Performed tolerance stack-up analyses for 4 customer projects \(German and French OEMs\)."' "a bullet cut inside its bracket goes on"
has "$T/out" 'topology optimisation in ANSYS Mechanical."' "a bullet cut after 'in' goes on"
has "$T/out" '"Microsoft Office"' "an item wrapped at a list's line end"
has "$T/out" '"Preventive Maintenance Programs"' "lines that are whole lists stay apart"
has "$T/out" '"Route Optimization"' "each item its own"

# Hungarian: "jelenleg" leaves a range open, month names, "Szoftverek"
# heads skills, "Elérhetőség" contact details
printf 'Bence Kovacs\n\nEL\xc3\x89RHET\xc5\x90S\xc3\x89G\n+36 30 512 4478\nGy\xc5\x91r, Magyarorsz\xc3\xa1g\n\nSZOFTVEREK\nCATIA V5\nSolidWorks\n\nSZAKMAI TAPASZTALAT\n\nVezet\xc5\x91 folyamatm\xc3\xa9rn\xc3\xb6k         2020.03 \xe2\x80\x93 jelenleg\nAudi Hungaria Zrt., Gy\xc5\x91r\n\xe2\x80\xa2 12 f\xc5\x91s m\xc3\xa9rn\xc3\xb6kcsapat ir\xc3\xa1ny\xc3\xadt\xc3\xa1sa\n\nKonstrukci\xc3\xb3s m\xc3\xa9rn\xc3\xb6k  szeptember 2015 \xe2\x80\x93 febru\xc3\xa1r 2020\nNemak Gy\xc5\x91r Kft.\n' >"$T/hu.txt"
run import --dry-run --as-of 2025-06 "$T/hu.txt"
has "$T/out" '"position": "Vezető folyamatmérnök"' "the title without the open end"
hasnt "$T/out" '"endDate": "2020-03"' "jelenleg leaves the range open"
has "$T/out" '"startDate": "2015-09"' "szeptember is September"
has "$T/out" '"endDate": "2020-02"' "február is February"
has "$T/out" '"SolidWorks"' "Szoftverek head skills"
has "$T/out" '"phone": "\+36 30 512 4478"' "the contact section's phone"

# A résumé pasted from a web form, each heading glued to the text after
# it ("EXPERIENCERegistered Nurse", "CLINICAL SKILLSCardiac ...",
# "AWARDS & HONORSDAISY Award"); a heading in capitals that runs on
# ("SKILLSET") stays whole
printf 'Danielle Foster, BSN, RN\nColumbus, OH 43214 | danielle.f@example.com\nEXPERIENCERegistered Nurse \xe2\x80\x93 Progressive Care Unit\nScioto Valley Medical Center, Columbus, OH\n08/2019\xe2\x80\x93Present\n- Provide care for 4 patients per shift\nEDUCATIONBachelor of Science in Nursing (BSN)\nThe Ohio State University, Columbus, OH\n08/2014\xe2\x80\x9305/2018\nCLINICAL SKILLSCardiac monitoring \xe2\x80\xa2 Vasoactive drip titration\nAWARDS & HONORSDAISY Award for Extraordinary Nurses \xe2\x80\x93 2022\n' >"$T/glued.txt"
run import --dry-run --as-of 2025-06 "$T/glued.txt"
has "$T/out" '"name": "Scioto Valley Medical Center"' "the job under the glued heading"
has "$T/out" '"position": "Registered Nurse' "its title"
has "$T/out" '"institution": "The Ohio State University' "the school"
has "$T/out" '"Vasoactive drip titration"' "skills under a heading glued to a skill"
has "$T/out" '"title": "DAISY Award for Extraordinary Nurses"' "an award under a heading glued to capitals"

# An Irish CV: a bar of skills under the headline with no heading, a
# Dublin postal district after the firm, a project's link on its own
# line, a Leaving Certificate beside its years, CAO points as its score
printf 'NIAMH NI BHRIAIN\nData Analyst\n\nDublin 8, Ireland | +353 87 555 0192 | niamh.nb@example.com\n\nPython \xc2\xb7 SQL \xc2\xb7 Tableau \xc2\xb7 Power BI \xc2\xb7 pandas \xc2\xb7 Git\n\nEXPERIENCE\n----------\nData Analyst                                                  09/2021 \xe2\x80\x93 present\nClearwater Payments Ltd, Dublin 2\n  - Own the merchant-churn dashboard suite in Tableau\n\nEDUCATION\n---------\nLeaving Certificate                                                 2009 \xe2\x80\x93 2015\nGaelcholaiste Chiarrai, Tralee, Co. Kerry\n545 CAO points (A1 Mathematics, A1 Irish, A2 Applied Maths)\n\nPROJECTS\n--------\nDublin Bikes availability forecast                                         2022\ngithub.com/niamhnb/dublinbikes-forecast\n  - Station-level forecasts of bike availability\n' >"$T/ie.txt"
run import --dry-run --as-of 2025-06 "$T/ie.txt"
has "$T/out" '"name": "Tableau"' "a bar of skills under the headline"
has "$T/out" '"label": "Data Analyst"' "the headline stays the headline"
has "$T/out" '"name": "Clearwater Payments Ltd"' "the firm without its postal district"
has "$T/out" '"location": "Dublin 2"' "the district is the place"
has "$T/out" '"studyType": "Leaving Certificate"' "a school-leaving exam beside its years"
has "$T/out" '"score": "545 CAO points \(A1 Mathematics, A1 Irish, A2 Applied Maths\)"' "points are the score, commas in brackets kept"
has "$T/out" '"name": "Dublin Bikes availability forecast"' "the project's name without its link"
has "$T/out" '"url": "github.com/niamhnb/dublinbikes-forecast"' "the link is the project's"

# A job portal's export: the board's facts under each job ("Industry :",
# "Position Level :", "Monthly Salary :") are no employer nor title;
# "Location :" is the job's place
printf 'Putu Wulandari\nFront Office Supervisor\n\nExperience\n\nMar 2021 - Present (3 years 8 months)\nFront Office Supervisor\nSanur Cendana Beach Resort\nLocation : Indonesia, Bali\nIndustry : Hotel/Hospitality\nSpecialization : Hotel/Tourism \xe2\x80\x93 Front Office\nPosition Level : Supervisor/Coordinator\nMonthly Salary : IDR 6,500,000\nDescription :\n\xe2\x80\xa2 Supervise a team of 9 front desk agents\n\nAug 2019 - Feb 2021 (1 year 7 months)\nFront Desk Agent\nKuta Paradiso Hotel & Spa\nLocation : Indonesia, Bali\nIndustry : Hotel/Hospitality\nPosition Level : Junior Executive\nDescription :\n\xe2\x80\xa2 Check-in and check-out of guests\n' >"$T/id.txt"
run import --dry-run --as-of 2025-06 "$T/id.txt"
has "$T/out" '"name": "Sanur Cendana Beach Resort"' "the employer, not the industry"
has "$T/out" '"position": "Front Desk Agent"' "the title, not the position level"
hasnt "$T/out" 'Hotel/Hospitality' "the industry goes"
hasnt "$T/out" 'Position Level' "the level goes"
has "$T/out" '"location": "Indonesia, Bali"' "the labelled place"

# A Czech CV: a title of small words under dates alone, "Ing., obor
# ..." (a degree and its field), a school's long name in small words, a
# degree in lower case under its school, the running foot naming the CV,
# computer skills and a driving licence as their own sections
printf 'Petra Dvorakova\n\nPracovn\xc3\xad zku\xc5\xa1enosti\n09/2015 \xe2\x80\x93 02/2020\n\xc3\x9a\xc4\x8detn\xc3\xad\nBDH Audit & Accounting, s.r.o., Praha\n\xe2\x80\xa2 vedeni ucetnictvi\n\nPetra Dvorakova \xe2\x80\x93 \xc5\xbeivotopis\n1/2\n\f07/2013 \xe2\x80\x93 08/2015\nFakturantka / asistentka \xc3\xba\xc4\x8detn\xc3\xad (p\xc5\x99i studiu, zkr\xc3\xa1cen\xc3\xbd \xc3\xbavazek)\nPek\xc3\xa1rny Vltava a.s., Kralupy nad Vltavou\n\xe2\x80\xa2 vystavovani faktur\nVzd\xc4\x9bl\xc3\xa1n\xc3\xad\n2010 \xe2\x80\x93 2015\nVysok\xc3\xa1 \xc5\xa1kola ekonomick\xc3\xa1 v Praze, Fakulta financ\xc3\xad a \xc3\xba\xc4\x8detnictv\xc3\xad\nIng., obor \xc3\x9a\xc4\x8detnictv\xc3\xad a finan\xc4\x8dn\xc3\xad \xc5\x99\xc3\xadzen\xc3\xad podniku\n2006 \xe2\x80\x93 2010\nObchodn\xc3\xad akademie Kol\xc3\xadn\nmaturitn\xc3\xad zkou\xc5\xa1ka, obor Obchodn\xc3\xad akademie\nJazykov\xc3\xa9 znalosti\n\xc4\x8de\xc5\xa1tina \xe2\x80\x93 rodil\xc3\xbd mluv\xc4\x8d\xc3\xad\nPo\xc4\x8d\xc3\xadta\xc4\x8dov\xc3\xa9 znalosti\nSAP FI/CO, Helios Orange, Pohoda\n\xc5\x98idi\xc4\x8dsk\xc3\xbd pr\xc5\xafkaz\nskupina B\n' >"$T/cz2.txt"
run import --dry-run --as-of 2025-06 "$T/cz2.txt"
has "$T/out" '"position": "Fakturantka / asistentka účetní' "a title of small words under dates alone"
has "$T/out" '"name": "Pekárny Vltava a.s."' "its firm"
hasnt "$T/out" 'životopis' "the running foot goes"
has "$T/out" '"institution": "Vysoká škola ekonomická v Praze' "a school's long name is no sentence"
has "$T/out" '"studyType": "Ing."' "the degree before obor"
has "$T/out" '"area": "Účetnictví a finanční řízení podniku"' "the field after it"
has "$T/out" '"studyType": "maturitní zkouška"' "a degree in lower case under its school"
has "$T/out" '"name": "Počítačové znalosti"' "computer skills head skills"
has "$T/out" '"Helios Orange"' "their items"
hasnt "$T/out" 'skupina B' "the driving licence's section is of no use"

# Three wordings of one section joined ("Registratie, cursussen en
# certificaten") head it, in plain text
printf 'Sanne de Vries\nVerpleegkundige\n\nOpleiding\n\n2006 \xe2\x80\x93 2011\n\nHAVO, profiel Natuur & Gezondheid\nLindenholt College, Nijmegen\n\nRegistratie, cursussen en certificaten\nBIG-registratie verpleegkundige (geregistreerd sinds 2015)\nReanimatie BLS/AED (NRR), 2025\n' >"$T/nl.txt"
run import --dry-run --as-of 2025-06 "$T/nl.txt"
has "$T/out" '"name": "Reanimatie BLS/AED \(NRR\)"' "the joined wordings head certificates"
hasnt "$T/out" '"institution": "Reanimatie' "no school of a course"

# Skills as bullets, each a phrase whose last part "and" joins: one item
# each; a bullet of known names is still a list
printf 'Dale Kowalchuk\n\n## Skills\n\n- Powertrain, final drives & undercarriage\n- Stock management, stock takes and loss prevention\n- Python, SQL and Tableau\n' >"$T/phr.txt"
run import --dry-run --as-of 2025-06 "$T/phr.txt"
has "$T/out" '"Powertrain, final drives & undercarriage"' "a phrase with a comma is one item"
has "$T/out" '"Stock management, stock takes and loss prevention"' "so is one joined by and"
has "$T/out" '"Python"' "known names are still a list"

# A Philippine CV: "Summary of Skills" heads skills, a bullet item with a
# note in brackets is no sentence, an award dated in a job's bullet
# opens no job, schooling labelled by its level ("Secondary:<TAB>")
printf 'Maria Dela Cruz\nTeam Leader\n\nSUMMARY OF SKILLS\n* People management and coaching (team of up to 18 agents)\n* Call calibration and quality monitoring\n\nWORK EXPERIENCE\n\nCUSTOMER SERVICE REPRESENTATIVE\nPacific Crest Contact Center Corp. \xe2\x80\x93 Ortigas Center, Pasig City\nMarch 2015 \xe2\x80\x93 December 2016\n* Handled 70 to 90 inbound calls per day\n* Agent of the Month, September 2016\n\nEDUCATIONAL BACKGROUND\n\nTertiary:\tBachelor of Science in Psychology\n\t\tRizal Technological University, Mandaluyong City\n\t\t2010 \xe2\x80\x93 2014\n\nSecondary:\tCainta Catholic College, Cainta, Rizal\n\t\t2006 \xe2\x80\x93 2010\n' >"$T/ph2.txt"
run import --dry-run --as-of 2025-06 "$T/ph2.txt"
has "$T/out" '"People management and coaching \(team of up to 18 agents\)"' "a bullet with a note is an item"
has "$T/out" '"name": "SUMMARY OF SKILLS"' "summary of skills heads skills"
has "$T/out" '"Agent of the Month, September 2016"' "the award stays a highlight"
hasnt "$T/out" '"startDate": "2016-09"' "and opens no job"
has "$T/out" '"studyType": "Bachelor of Science"' "the degree after the level's label"
has "$T/out" '"studyType": "Secondary"' "the level alone is the degree"
hasnt "$T/out" '"studyType": "Cainta, Rizal"' "not the town"

# An Italian CV: "Da marzo 2016 ad agosto 2020", a degree's field in
# brackets after "indirizzo", "Votazione:", courses among the schools
# as certificates
printf 'Federica Zanotti\n\nESPERIENZE LAVORATIVE\n\nDa marzo 2016 ad agosto 2020\nLogistica Emiliana S.p.A. \xe2\x80\x93 Piacenza\nAddetta ufficio spedizioni\n- Preparazione dei documenti di trasporto\n\nISTRUZIONE E FORMAZIONE\n\n2009 \xe2\x80\x93 2014\nDiploma di ragioneria (indirizzo Amministrazione, Finanza e Marketing)\nIstituto Tecnico Commerciale Romagnosi \xe2\x80\x93 Piacenza\nVotazione: 82/100\n\n2019\nCorso Tecnico della logistica integrata (120 ore) \xe2\x80\x93 Ente di formazione Logistica Futura, Piacenza\n\n2020\nFormazione sicurezza generale e specifica \xe2\x80\x93 rischio medio (12 ore)\n' >"$T/it2.txt"
run import --dry-run --as-of 2025-06 "$T/it2.txt"
has "$T/out" '"endDate": "2020-08"' "ad joins a range"
has "$T/out" '"studyType": "Diploma di ragioneria"' "the degree before its bracket"
has "$T/out" '"area": "Amministrazione, Finanza e Marketing"' "the field after indirizzo"
has "$T/out" '"score": "Votazione: 82/100"' "the grade after Votazione"
has "$T/out" '"issuer": "Ente di formazione Logistica Futura, Piacenza"' "a course is a certificate, its body the issuer"
has "$T/out" '"name": "Formazione sicurezza generale e specifica – rischio medio \(12 ore\)"' "a dash before small letters goes on with the name"
hasnt "$T/out" '"institution": "Corso' "no school of a course"

# An Australian CV: a note of the study's terms in brackets after the
# school goes; a skills bullet whose "and" comes before a comma and small
# letters after it is one item, one with a capital after it two
printf 'Bronwyn Teague\nAged Care Worker\n\nKEY SKILLS\n\xe2\x96\xaa  Infection prevention and control, correct PPE use\n\xe2\x96\xaa  GAAP and IFRS reporting, Month-end close\n\nEDUCATION\n\nCertificate IV in Ageing Support (CHC43015)\t\t2024 \xe2\x80\x93 present\nTAFE NSW \xe2\x80\x93 Wollongong (part-time, in progress)\n' >"$T/au2.txt"
run import --dry-run --as-of 2025-06 "$T/au2.txt"
has "$T/out" '"Infection prevention and control, correct PPE use"' "small letters after the comma go on"
has "$T/out" '"Month-end close"' "a capital after it starts an item"
has "$T/out" '"institution": "TAFE NSW – Wollongong"' "the school without the note of its terms"

# A figure glued to a name ("SAP2000", "ETABS2019") is no year; one
# glued to a place before a duration's unit still counts
printf 'Rita Correia\n\nEXPERIENCE\n\nEngineer   2016 - 2017\nAFA Consultores, Porto\n- Modelling of slabs in SAP2000\n- Checked ETABS2019 files\n' >"$T/sap.txt"
run import --dry-run --as-of 2025-06 "$T/sap.txt"
has "$T/out" '"Modelling of slabs in SAP2000"' "the bullet keeps its name"
hasnt "$T/out" '"startDate": "2000"' "SAP2000 dates nothing"
hasnt "$T/out" '"startDate": "2019"' "nor ETABS2019"

# A skill's bullet wrapped under its text, set in past the glyph
printf 'Rita Correia\n\nCOMPET\xc3\x8aNCIAS T\xc3\x89CNICAS\n\nC\xc3\xa1lculo estrutural\n\xe2\x96\xaa Robot Structural\n  Analysis\n\xe2\x96\xaa SAP2000\n\xe2\x96\xaa CYPECAD\n' >"$T/ptsk.txt"
run import --dry-run --as-of 2025-06 "$T/ptsk.txt"
has "$T/out" '"Robot Structural Analysis"' "the wrapped bullet is one item"
has "$T/out" '"CYPECAD"' "the next bullet its own"

# A Lebenslauf as pdftotext -layout: dates and labels left of the
# entries on both pages; the place and date it was signed at the foot
# ("Ulm, 12.11.2024" beside the name) and two labels in one ("Berechnung
# / Simulation") still make that column a column of labels, no page's
cat >"$T/de2.txt" <<'EOF'
  Jan Keßler
  Maschinenbauingenieur

  Berufserfahrung

  04/2018 – heute             Hallberg Automationstechnik GmbH, Ulm
                              Projektingenieur Konstruktion
                              •   Konzeption von Montage- und Prüfanlagen

  09/2014 – 03/2018           Weißenhorner Getriebebau GmbH, Weißenhorn
                              Konstruktionsingenieur
                              •   Auslegung von Stirnradgetrieben

                                                                               Seite 1 von 2
  Ausbildung

  03/2012 – 08/2014           Universität Stuttgart
                              Master of Science Maschinenbau

  10/2008 – 02/2012           Hochschule Ulm
                              Bachelor of Engineering Maschinenbau

  Kenntnisse

  CAD                         SolidWorks, CATIA V5, AutoCAD
  Berechnung / Simulation     KISSsoft, ANSYS Workbench, MATLAB
  PDM / ERP                   SolidWorks PDM, SAP ERP
  Office                      MS Office, Excel VBA

  Sprachen                    Deutsch                Muttersprache
                              Englisch               verhandlungssicher (C1)

  Ulm, 12.11.2024                                          Jan Keßler
                                                                               Seite 2 von 2
EOF
run import --dry-run --as-of 2025-06 "$T/de2.txt"
has "$T/out" '"institution": "Universität Stuttgart"' "page 2 is read across: the school"
has "$T/out" '"institution": "Hochschule Ulm"' "and the next"
has "$T/out" '"name": "Berechnung / Simulation"' "a label with a slash names its group"
hasnt "$T/out" '"name": "Sprachen"' "no group of the languages' heading"

# Raw pdftotext of a two-column CV: the sidebar's sections ("HABILIDADES")
# set inside a job, whose bullets and the next job go on under the list;
# a hyphen at a line's end joins letters of any script ("desempe-" "ño");
# the Mexican state after the town
cat >"$T/mx.txt" <<'EOF'
MARIANA
LÓPEZ ARREDONDO
GERENTE DE MARKETING

CONTACTO
+52 55 4187 2093
mariana@example.com
Ciudad de México, CDMX

EXPERIENCIA LABORAL
Gerente de Marketing
Sierra Azul Alimentos | Ciudad de México
ene. 2020 – actualidad
• Lidero un equipo de 8 personas (marca, digital y trade marketing) y un presupuesto
anual de 42 MDP.
HABILIDADES
Estrategia de marca
Marketing digital
Trade marketing
• Implementé la estrategia de contenidos y pauta en Meta, TikTok y Google Ads; el
costo por adquisición bajó 28 %.
Ejecutiva de Cuentas
Punto Norte Publicidad | Guadalajara, Jal.
jun. 2013 – feb. 2016
• Planeación y optimización de pauta digital (1.2 MDP mensuales) y reportes de desempe-
ño semanales para la dirección comercial.
IDIOMAS
Español – nativo
EOF
run import --dry-run --as-of 2025-06 "$T/mx.txt"
has "$T/out" '"Implementé la estrategia de contenidos y pauta en Meta, TikTok y Google Ads; el costo por adquisición bajó 28 %."' "the job's bullet under the skills goes back to the job"
has "$T/out" '"position": "Ejecutiva de Cuentas"' "the next job's title"
has "$T/out" '"name": "Punto Norte Publicidad"' "and firm"
has "$T/out" 'reportes de desempeño semanales' "the hyphen joins ñ"
hasnt "$T/out" '"TikTok y Google Ads"' "no skill of the sentence"
has "$T/out" '"region": "CDMX"' "CDMX is Mexico City's region"
has "$T/out" '"countryCode": "MX"' "in Mexico"

# A South African job board's export: "Current Job Title" is the
# headline, "Start Year" and "Year Obtained" a school's dates, "NQF
# Level" and "Status" said of nothing kept; Gauteng is a region
cat >"$T/za.txt" <<'EOF'
CareerHub | Candidate Profile Export
Reference: CH-2207841 | Exported: 17/11/2026 08:42 | Page 1 of 2

PERSONAL DETAILS
First Name: Thandiwe
Last Name: Mokoena
Email Address: thandiwe@example.com
Cell Number: +27 82 555 0147
Alternative Number: 011 555 0932
Current Location: Germiston, Gauteng

CAREER SUMMARY
Current Job Title: Logistics Coordinator
Desired Job Title: Senior Logistics Coordinator / Transport Planner
Years of Experience: 11

WORK EXPERIENCE

Job Title: Logistics Coordinator
Company: Imbali Freight Solutions (Pty) Ltd
Location: Isando, Gauteng
Start Date: Mar 2021
End Date:
Currently working here: Yes
Description:
- Coordinate daily loads for a fleet of 45 trucks

QUALIFICATIONS

Qualification: National Diploma: Logistics
Institution: University of Johannesburg
NQF Level: 6
Start Year: 2011
Year Obtained: 2013
Status: Completed
EOF
run import --dry-run --as-of 2025-06 "$T/za.txt"
has "$T/out" '"label": "Logistics Coordinator"' "the current job title is the headline"
has "$T/out" '"institution": "University of Johannesburg",' "the school without the next label"
has "$T/out" '"startDate": "2011"' "Start Year starts it"
has "$T/out" '"endDate": "2013"' "Year Obtained ends it"
has "$T/out" '"region": "Gauteng"' "Gauteng is a region"
has "$T/out" '"countryCode": "ZA"' "of South Africa"
hasnt "$T/out" 'Year Obtained' "no label left in a value"

# An Indian graduate's résumé: the schools as a table whose cells bars
# part; numbered projects, dated or not, each with its "Tech Stack:" set
# in under it (a line of the project, no skills heading); a subtitle in
# capitals after the dash stays with the name, a note of the project's
# kind in brackets is its description
printf 'Sneha Patil\nsneha@example.com\n\nACADEMIC QUALIFICATIONS\nQualification | Institute | Board / University | Year | CGPA / Percentage\nB.Tech (Computer Engineering) | Vishwakarma Institute of Technology, Pune | Autonomous (affiliated to SPPU) | 2024 | 8.62 CGPA\nClass X | Sanskriti Public School, Nashik | CBSE | 2018 | 93.20%%\n\nPROJECTS\n1. KrishiDrishti \xe2\x80\x93 Crop Disease Detection (Final Year Project) | Aug 2023 \xe2\x80\x93 Apr 2024\n   Tech Stack: Python, TensorFlow, Flask\n   - Trained a CNN on 38 classes of leaf images\n2. CampusConnect \xe2\x80\x93 College Event Management Portal\n   Tech Stack: React.js, Node.js, MongoDB\n   - Event registration and admin dashboard\n\nTECHNICAL SKILLS\nLanguages: Java, Python\n' >"$T/inproj.txt"
run import --dry-run --as-of 2025-06 "$T/inproj.txt"
has "$T/out" '"institution": "Vishwakarma Institute of Technology"' "the institute's cell, its town off"
has "$T/out" '"score": "8.62 CGPA"' "the score's cell"
hasnt "$T/out" 'Qualification \|' "the header row is no school"
has "$T/out" '"name": "KrishiDrishti – Crop Disease Detection"' "the subtitle stays with the name"
has "$T/out" '"description": "Final Year Project"' "the kind of project its description"
has "$T/out" '"name": "CampusConnect – College Event Management Portal"' "the undated project is one of its own"
hasnt "$T/out" '"name": "Tech Stack"' "no skills group of a project's line"

# A UK teacher's CV: a title whose only small words join capitals is no
# sentence ("Teacher of Mathematics and KS5 Coordinator"); a year opening
# a note of a figure in a bullet ("(2022: 41% A*–A)") dates no job; a
# bullet's "since September 2021:" is no one-line entry; "Professional
# Status and Training" heads certificates; "Skills & Interests" heads the
# skills, its "Interests:" line the interests
printf 'Eleanor Whitcombe\n\nEmployment History\n\nTeacher of Mathematics and KS5 Coordinator\nHolmebrook Academy, Leeds\nSeptember 2019 \xe2\x80\x93 Present\n\xe2\x80\xa2\tCoordinate KS5 mathematics since September 2021: schemes of work and assessment\n\xe2\x80\xa2\tA-level Mathematics results above the national average for three consecutive years (2022: 41%% A*\xe2\x80\x93A)\n\nTeacher of Mathematics\nCalder Vale School, Wakefield\nSeptember 2017 \xe2\x80\x93 August 2019\n\xe2\x80\xa2\tCompleted my NQT year\n\nProfessional Status and Training\n\xe2\x80\xa2\tQualified Teacher Status (QTS), awarded July 2017\n\nSKILLS & INTERESTS\nTechnical: Advanced Excel (VBA, Power Query), Power BI, SQL\nInterests: Fell running, choral singing\n' >"$T/gbt.txt"
run import --dry-run --as-of 2025-06 "$T/gbt.txt"
has "$T/out" '"position": "Teacher of Mathematics and KS5 Coordinator"' "the title with small words"
has "$T/out" '"Coordinate KS5 mathematics since September 2021: schemes of work and assessment"' "the bullet keeps its date"
has "$T/out" '"startDate": "2017-09"' "the second job"
hasnt "$T/out" '"startDate": "2022"' "the figure's year dates nothing"
hasnt "$T/out" '"institution": "Professional Status' "no school of the heading"
has "$T/out" '"name": "Qualified Teacher Status \(QTS\)' "a certificate under it"
has "$T/out" '"Advanced Excel \(VBA, Power Query\)"' "the skills under Skills & Interests"
has "$T/out" '"name": "Fell running"' "and the interests after their label"

# Markdown side projects, each a bullet "name — what it is (dates)":
# a link's bold text is its name; each bullet is a project, dated at its
# end or not; a grade beside the thesis under a school is its score
printf '# Jordan Ellis\n\n## Side projects\n\n- [**a11y-notes**](https://github.com/jellisw/a11y-notes) \xe2\x80\x94 open-source Figma plugin for accessibility annotations, 4k+ installs (2021 \xe2\x80\x93 present)\n- **Trail Conditions Bot** \xe2\x80\x94 Slack bot that posts daily trail reports for Front Range hikers (2019)\n\n## Education\n\n### University of Colorado Denver \xe2\x80\x94 B.F.A., Digital Design\n*Aug 2010 \xe2\x80\x93 May 2014* \xc2\xb7 Denver, CO  \nMagna cum laude \xc2\xb7 Senior thesis: wayfinding app for the Anschutz Medical Campus\n' >"$T/mdproj.md"
run import --dry-run --as-of 2025-06 "$T/mdproj.md"
has "$T/out" '"name": "a11y-notes",' "the link's text without its stars"
has "$T/out" '"name": "Trail Conditions Bot",' "the second bullet a project of its own"
has "$T/out" '"endDate": "2019"' "its year ends it"
has "$T/out" '"institution": "University of Colorado Denver",' "the school before the dash"
has "$T/out" '"score": "Magna cum laude"' "the grade beside the thesis"
hasnt "$T/out" 'Senior thesis' "the thesis is no degree"

# A Nigerian CV read as a form: "Tel:" gives the candidate's phone, and
# a referee's "Phone:" under REFEREES stays the referee's
cat >"$T/ngtel.txt" <<'EOF'
Tel: 0803 555 0192, 0812 555 0347
Name:                   Chinedu Emmanuel Okafor
Company:   Adewale Okon & Co. (Chartered Accountants), Surulere, Lagos
Position:  Audit Senior
Period:    January 2016 – February 2019
Company:   Akwa Ibom State Internal Revenue Service, Uyo
Position:  Youth Corps Member (NYSC) – Accounts Officer
Period:    November 2014 – October 2015
    Phone: 0805 555 0111
EOF
run import --dry-run --as-of 2025-06 "$T/ngtel.txt"
has "$T/out" '"phone": "0803 555 0192"' "Tel: is the candidate's phone"
printf 'CHINEDU OKAFOR\n0803 555 0192 | c@example.com\n\nPERSONAL DATA\nName: Chinedu Okafor\nSex: Male\n\nWORK EXPERIENCE\nCompany: Acme Ltd, Lagos\nPosition: Accountant\nPeriod: March 2019 \xe2\x80\x93 Till Date\nCompany: Beta Ltd, Uyo\nPosition: Clerk\nPeriod: November 2014 \xe2\x80\x93 October 2015\n\nREFEREES\n1.  Mr. Babatunde Alabi, FCA\n    Phone: 0805 555 0111\n' >"$T/ngref.txt"
run import --dry-run --as-of 2025-06 "$T/ngref.txt"
has "$T/out" '"phone": "0803 555 0192"' "a referee's labelled phone is not the candidate's"

# A LinkedIn export's second role under one firm, in a town no list
# knows before a known state and country ("Cary, North Carolina, United
# States"): the town is the place, not the employer
cat >"$T/li2.txt" <<'EOF'
Jane Doe

Experience
Redbud Analytics
3 years 1 month

Software Engineer
July 2016 - May 2018 (1 year 11 months)
Cary, North Carolina, United States
- Developed Python ETL pipelines

Software Engineering Intern
May 2015 - August 2015 (4 months)
Cary, North Carolina, United States
- Wrote integration tests
EOF
run import --dry-run --as-of 2025-06 "$T/li2.txt"
hasnt "$T/out" '"name": "Cary"' "the town is no employer"
has "$T/out" '"location": "Cary, North Carolina, United States"' "it is the place"

# A Polish CV: the degree, field and school on one line over the faculty
# and its specialisation: the school is the university, not the faculty;
# Politechnika is a school's word
cat >"$T/plfac.txt" <<'EOF'
Jan Kowalski

Education

2013 – 2015	Master's degree, Computer Science, Politechnika Warszawska
		Faculty of Electronics and Information Technology, specialization: Software Engineering
		Master thesis: „Automatic generation of test cases from UML activity diagrams”
2009 – 2013	Engineer's degree (inż.), Computer Science, Politechnika Łódzka

EOF
run import --dry-run --as-of 2025-06 "$T/plfac.txt"
has "$T/out" '"institution": "Politechnika Warszawska"' "the university, not its faculty"
has "$T/out" '"area": "Computer Science"' "the field between them"

# One slash between two names joins them into one skill; two or more
# part a list
printf 'Ana Ruiz\n\nSKILLS\nSEO / SEM\nCartrack / MiX Telematics\nPython / Go / Rust\n' >"$T/slash.txt"
run import --dry-run --as-of 2025-06 "$T/slash.txt"
has "$T/out" '"SEO / SEM"' "one slash: one skill"
has "$T/out" '"Cartrack / MiX Telematics"' "and another"
has "$T/out" '"Go"' "two slashes: a list"

# A label column's list wrapped after "und": the item goes on below,
# capital and all
cat >"$T/skund.txt" <<'EOF'
  Jan Keßler

  Kenntnisse

  CAD                         SolidWorks, CATIA V5, AutoCAD
  Normen / Methoden           DIN EN ISO 12100, Maschinenrichtlinie 2006/42/EG, ISO GPS / Form- und
                              Lagetolerierung, FMEA
  Office                      MS Office, Excel VBA
EOF
run import --dry-run --as-of 2025-06 "$T/skund.txt"
has "$T/out" '"ISO GPS / Form- und Lagetolerierung"' "the wrapped item is one"
has "$T/out" '"FMEA"' "the next its own"

# A school's acronym spelt out in brackets keeps the brackets; an exam's
# result out of a whole ("Period 4 final exam: 88%") is the score
printf 'Jane\n\nEDUCATION\n\n**Heavy Equipment Technician Apprenticeship** \xe2\x80\x94 NAIT (Northern Alberta Institute of Technology), Edmonton, AB\n*2013 \xe2\x80\x93 2017* \xc2\xb7 Period 4 final exam: 88%%\n' >"$T/nait.md"
run import --dry-run --as-of 2025-06 "$T/nait.md"
has "$T/out" '"institution": "NAIT \(Northern Alberta Institute of Technology\)"' "the acronym with its spelling out"
has "$T/out" '"score": "Period 4 final exam: 88%"' "the exam's result is the score"

# A number that ends its line ("PAR 0061834") is read as no day's date
# without reading past the line (the sanitizer build's overread)
printf 'Jane Doe\nHPCSA Reg. No. PAR 0061834\nCell: 082 555 0147\n' >"$T/dayend.txt"
run import --dry-run --as-of 2025-06 "$T/dayend.txt"
expect_rc 0 "a line ending in a number imports"
has "$T/out" '"phone": "082 555 0147"' "the phone is the one after Cell, not the registration number"

# A Spanish teacher's CV: "OPOSICIONES" heads the civil-service exams
# passed (certificates), no job; a bullet's bracket closed after a page's
# break goes on with it; a bullet's years inside its sentence stay in it
printf 'Ana Ruiz\n\nEXPERIENCIA PROFESIONAL\n\nIES Ribera del Pisuerga (Valladolid)\n\nProfesora de Geograf\xc3\xada e Historia\nDesde septiembre de 2020\n\xe2\x80\xa2 Tutora de un grupo de 3.\xc2\xba de ESO (cursos 2020-2021 y 2021-2022).\n\xe2\x80\xa2 Coordinadora del proyecto eTwinning (Sello de Calidad\n\nP\xc3\xa1gina 1 de 2\n\nNacional, 2022).\n\nAcademia Minerva (Salamanca)\n\nProfesora de apoyo escolar\n2013 - 2015\n\nOPOSICIONES\n\nConcurso-oposici\xc3\xb3n al Cuerpo de Profesores de Ense\xc3\xb1anza Secundaria. Junta de Castilla y Le\xc3\xb3n, convocatoria 2020.\n' >"$T/esop.txt"
run import --dry-run --as-of 2025-06 "$T/esop.txt"
has "$T/out" '"Tutora de un grupo de 3.º de ESO \(cursos 2020-2021 y 2021-2022\)."' "the bullet keeps its years"
has "$T/out" '\(Sello de Calidad Nacional, 2022\)' "the bracket goes on past the page's break"
has "$T/out" '"name": "Academia Minerva"' "the last job keeps its firm"
hasnt "$T/out" '"name": "OPOSICIONES"' "the exams' heading is no firm"

# The 2004 European CV format in Italian as pdftotext -layout: labels set
# right in their column and wrapped ("• Nome e indirizzo del datore" over
# "di lavoro"), duties wrapped under their dash, the skills' labels
# wrapped in capitals with the form's notes under them; soft skills told
# in sentences and the driving licence are no skills
cat >"$T/ep2004.txt" <<'EOF'

           F O R M A T O   E U R O P E O
                 P E R   I L   C U R R I C U L U M
                              V I T A E

            INFORMAZIONI PERSONALI

                              Nome    ROSSI, Giulia
                         Indirizzo    Via Roma 12, 40121 Bologna (BO), Italia
                          Telefono    +39 347 555 0101
                            E-mail    giulia.rossi@example.com

             ESPERIENZA LAVORATIVA

                   • Date (da – a)    Marzo 2022 – oggi
     • Nome e indirizzo del datore    Ortensi Arredi S.r.l., Via del Lavoro 3, 40127 Bologna
                         di lavoro
       • Tipo di azienda o settore    Arredamento – e-commerce
                 • Tipo di impiego    Marketing Assistant
           • Principali mansioni e    - Gestione dei canali social
                    responsabilità      (Instagram, Facebook)
                                      - Campagne Meta Ads e
                                        Google Ads

             CAPACITÀ E COMPETENZE    Buona capacità di lavoro in team maturata in agenzia.
                       RELAZIONALI

             CAPACITÀ E COMPETENZE    Google Analytics 4, Looker Studio, Meta Business
                          TECNICHE    Suite, Klaviyo, Adobe Photoshop
        Con computer, attrezzature    (livello base), Canva
      specifiche, macchinari, ecc.

                 PATENTE O PATENTI    Patente B
EOF
run import --dry-run --as-of 2025-06 "$T/ep2004.txt"
has "$T/out" '"name": "Giulia Rossi"' "the name, given name first"
has "$T/out" '"name": "Ortensi Arredi S.r.l."' "the employer"
has "$T/out" '"position": "Marketing Assistant"' "the job"
has "$T/out" '"Gestione dei canali social \(Instagram, Facebook\)"' "a duty wrapped into a bracket"
has "$T/out" '"Campagne Meta Ads e Google Ads"' "a duty wrapped after 'e'"
has "$T/out" '"name": "CAPACITÀ E COMPETENZE TECNICHE"' "the technical skills' label, wrapped"
has "$T/out" '"Meta Business Suite"' "a skill wrapped across lines"
has "$T/out" '"Adobe Photoshop \(livello base\)"' "a skill wrapped beside the form's note"
hasnt "$T/out" 'specifiche' "the form's notes are no skills"
hasnt "$T/out" 'RELAZIONALI' "nor the soft skills"
hasnt "$T/out" '"title": "Patente B"' "the licence is no patent"

# An Indian engineer's résumé: "Since Jul'19 with FIRM, Town as TITLE"
# lines; "Highlights:" under a job's bullets is the job's, not a section;
# competencies parted by " ~ "; dotted H.S.C. is a degree
printf 'SACHIN PATIL\nsachin@example.com\n\nCORE COMPETENCIES\nProduction Planning & Control ~ Lean Manufacturing ~ TPM\n\nORGANISATIONAL EXPERIENCE\n\nSince Jul\xe2\x80\x9919 with Vardhaman Autocomp Ltd., Pune as Senior Engineer\n\nKey Result Areas:\n\xef\x82\xa7\tManaging end-to-end production of steering components\n\nHighlights:\n\xef\x83\xbc\tImproved OEE of VMC line from 68%% to 81%%\n\nAug\xe2\x80\x9916 \xe2\x80\x93 Jun\xe2\x80\x9919 with Shreeji Precision Components Pvt. Ltd., Chakan as Production Engineer\n\nKey Result Areas:\n\xef\x82\xa7\tHandled shift operations of crankshaft lines\n\nHighlights:\n\xef\x83\xbc\tImplemented 5S in machining shop\n\nACADEMIC DETAILS\n\xef\x83\x98\tH.S.C. from Maharashtra State Board in 2012 with 68.50%%\n' >"$T/insince.txt"
run import --dry-run --as-of 2025-06 "$T/insince.txt"
has "$T/out" '"name": "Vardhaman Autocomp Ltd.",' "the firm after 'with'"
has "$T/out" '"position": "Senior Engineer"' "the title after 'as'"
has "$T/out" '"name": "Shreeji Precision Components Pvt. Ltd.",' "the second job after the first's highlights"
has "$T/out" '"Improved OEE of VMC line from 68% to 81%"' "a highlight under Highlights:"
has "$T/out" '"Implemented 5S in machining shop"' "and the last job's"
has "$T/out" '"Lean Manufacturing"' "competencies parted by ~"
has "$T/out" '"studyType": "H.S.C."' "dotted H.S.C. is a degree"

# An Australian résumé from Word: "Key Achievements:" under a job's
# bullets is the job's, its "o<TAB>" items (Word's second-level bullets)
# the job's highlights; "Short Courses & Licences" heads certificates
cat >"$T/auka.txt" <<'EOF'
Danielle Mercer

EMPLOYMENT HISTORY

Store Manager – Harvest Fresh Supermarkets, Parramatta NSW
Feb 2019 – Present
•	Accountable for all store operations
Key Achievements:
o	Grew store sales by 11% over three years
o	Reduced stock loss from 2.9% to 1.7%

Assistant Store Manager – Harvest Fresh Supermarkets, Castle Hill NSW
Jun 2015 – Jan 2019
•	Supported the Store Manager

EDUCATION & TRAINING

Certificate III in Retail			2009
TAFE NSW, Nepean

Short Courses & Licences
•	Provide First Aid (HLTAID011) – 2024
EOF
run import --dry-run --as-of 2025-06 "$T/auka.txt"
has "$T/out" '"Grew store sales by 11% over three years"' "a key achievement is a highlight"
has "$T/out" '"position": "Assistant Store Manager"' "the next job after them"
hasnt "$T/out" '"institution": "Provide First Aid' "a short course is no school"
has "$T/out" '"name": "Provide First Aid \(HLTAID011\)"' "but a certificate"

# A Word résumé as pdftotext -layout: the name over the phone on the
# first line; later pages head with the name and "Page 2": the name is
# their running title, and stays at the head of the first page
cat >"$T/kbname.txt" <<'EOF'

Kayla Brandt-Moreno                                                                       (513) 555-0142
                                                                               kbrandtmoreno@example.com
Registered Dental Hygienist                                                       West Chester, OH 45069
                                                                        linkedin.com/in/kayla-brandt-rdh


PROFESSIONAL SUMMARY
____________________________________________________________________________________________________

Licensed dental hygienist with nine years of clinical experience in general and periodontal practices.
Skilled in scaling and root planing, local anesthesia, digital radiography and patient education, with a

PROFESSIONAL EXPERIENCE

Dental Hygienist | Bright Smiles Dental | Dayton, OH        Jun 2015 – Jul 2016
   •   Covered hygiene schedules

Kayla Brandt-Moreno                                                                               Page 2

Dental Assistant | Fairborn Dental Care | Fairborn, OH                               Jan 2011 – Jul 2013
   •   Chairside assisting
EOF
run import --dry-run --as-of 2025-06 "$T/kbname.txt"
has "$T/out" '"name": "Kayla Brandt-Moreno"' "the name on the first page stays"
has "$T/out" '"phone": "\(513\) 555-0142"' "with the phone beside it"
has "$T/out" '"name": "Fairborn Dental Care"' "the job after the page's head"

# "Informática:" labels a group of skills under another section;
# "Castellano" is Spanish; a project's link after a comma is its url
printf 'Laura Mart\xc3\xadn\n\nOTROS DATOS\nIDIOMAS: Castellano nativo \xc2\xb7 Ingl\xc3\xa9s B2\nINFORM\xc3\x81TICA: Selene, HCIS, AP-Madrid, paquete Office\n\nPROJECTS\n2023\nfloodcast, github.com/rpryce/floodcast.\nRiver-level forecasting for the Severn from open data.\n' >"$T/otros.txt"
run import --dry-run --as-of 2025-06 "$T/otros.txt"
has "$T/out" '"name": "INFORMÁTICA"' "a group of skills under its label"
has "$T/out" '"HCIS"' "with its items"
has "$T/out" '"language": "Castellano"' "Castellano is a language"
has "$T/out" '"name": "floodcast"' "the project's name without its link"
has "$T/out" '"url": "github.com/rpryce/floodcast"' "the link is its url"

# One project in a bullet, "name – what it is – link (year)": its name,
# link and year apart
printf 'Lucas Teixeira\n\nProjetos\n\xe2\x80\xa2 finbr-api \xe2\x80\x93 API aberta de indicadores econ\xc3\xb4micos em Kotlin + Ktor \xe2\x80\x93 github.com/lhteixeira/finbr-api (2022)\n' >"$T/oneproj.txt"
run import --dry-run --as-of 2025-06 "$T/oneproj.txt"
has "$T/out" '"name": "finbr-api"' "the project's name"
has "$T/out" '"url": "github.com/lhteixeira/finbr-api"' "its link"
has "$T/out" '"endDate": "2022"' "its year"

# A job board's text box that kept one line a section: the heading in
# capitals heads its line, the content after it ("LANGUAGES English
# (native) • Spanish ..."); "Clinical Skills" heads skills
printf 'Jane Doe\n\nCLINICAL SKILLS Chronic disease management \xe2\x80\xa2 Acute care\n\nLANGUAGES English (native) \xe2\x80\xa2 Spanish (fluent, medical Spanish certified)\n\nPROFESSIONAL AFFILIATIONS American Association of Nurse Practitioners (AANP)\n' >"$T/capsline.txt"
run import --dry-run --as-of 2025-06 "$T/capsline.txt"
has "$T/out" '"name": "CLINICAL SKILLS"' "the skills under their heading"
has "$T/out" '"Acute care"' "with their items"
has "$T/out" '"language": "Spanish"' "the languages after theirs"
hasnt "$T/out" 'LANGUAGES English' "the heading is no skill"
hasnt "$T/out" 'American Association' "an affiliation is no skill"

# A flattened section: "09/2019 - Present" is a range, its dash no
# bullet's
printf 'Jane Doe\n\nCLINICAL EXPERIENCE Family Nurse Practitioner Desert Bloom Community Health Center, Phoenix, AZ 09/2019 - Present \xe2\x80\xa2 Provide comprehensive primary care to a panel of patients \xe2\x80\xa2 Diagnose and manage chronic conditions Registered Nurse, Emergency Department St. Brigid Medical Center, Mesa, AZ 06/2015 - 08/2019 \xe2\x80\xa2 Triaged and cared for patients\n' >"$T/flatpres.txt"
run import --dry-run --as-of 2025-06 "$T/flatpres.txt"
hasnt "$T/out" '"Present"' "Present is no highlight"
hasnt "$T/out" '"endDate": "2019-09"' "the job runs on"

# Sections headed "Title Case:"; "Key achievements:" under a job's dated
# head (no bullet above it) is the job's, over its bullets; a bullet
# ending "in Q3 2016" opens no job; A-levels and GCSEs with grades:
# the grades are the score
cat >"$T/keyach.txt" <<'EOF'
Kirsty Ashworth

Work History:

Team Leader at Northgate Energy (March 2021 - Present)
Key achievements:
- Improved team NPS from +18 to +41 in 12 months

Senior Advisor at Aire Valley Insurance (June 2017 - March 2021)
Key achievements:
* Covered the team leader role during holidays
* Consistently hit sales and retention targets, top retention advisor in Q3 2016

Advisor at Yorkshire Home Broadband (September 2015 - June 2017)

Education:

Leeds City College (2013 - 2015)
A-Levels: English Language (B), Psychology (C), Business Studies (C)

Horsforth Fields Academy (2008 - 2013)
9 GCSEs A-C including English (A), Maths (B), Science (B B), French (C)
EOF
run import --dry-run --as-of 2025-06 "$T/keyach.txt"
has "$T/out" '"name": "Aire Valley Insurance"' "the job after a label stays a job"
has "$T/out" '"Covered the team leader role during holidays"' "the bullets under the label are its highlights"
hasnt "$T/out" '"awards"' "the label heads no awards"
has "$T/out" '"name": "Yorkshire Home Broadband"' "the bullet dated in its sentence opens no job"
has "$T/out" '"score": "English Language \(B\), Psychology \(C\), Business Studies \(C\)"' "A-level grades are the score"
has "$T/out" '"studyType": "GCSEs"' "the GCSEs without the count and the range"
has "$T/out" '"score": "English \(A\), Maths \(B\), Science \(B B\), French \(C\)"' "their grades are the score"

# An academic CV: numbered headings, one with a note in brackets
# ("4. PUBLICATIONS (peer-reviewed ...)"), "CONFERENCES"; a dated head
# wrapped after "University of", or before "of Zululand"
printf 'Jane Doe\n\n3. EMPLOYMENT HISTORY\n\n2021 \xe2\x80\x93 present\tSenior Lecturer, School of Chemistry, University of\n\t\tKwaZulu-Natal, Durban\n\t\t- Teach general chemistry\n2012 \xe2\x80\x93 2015\tJunior Lecturer, Department of Chemistry, University\n\t\tof Zululand, KwaDlangezwa\n\n4. PUBLICATIONS (peer-reviewed journal articles)\n\n1. Doe J, Naidoo K (2018). Activity coefficients at infinite dilution.\n   Fluid Phase Equilibria, 470, 121-130.\n\n5. CONFERENCES\n\n- 8th International Congress on Ionic Liquids, Lisbon, Portugal,\n  June 2019 \xe2\x80\x93 poster\n' >"$T/academic.txt"
run import --dry-run --as-of 2025-06 "$T/academic.txt"
has "$T/out" '"name": "University of KwaZulu-Natal"' "the head's wrapped line is the employer's"
has "$T/out" '"name": "University of Zululand"' "a line that opens with 'of' goes on the head"
hasnt "$T/out" '"name": "Doe J, Naidoo K"' "a publication is no job"
hasnt "$T/out" '"startDate": "2019-06"' "a conference is no job"

# A Gulf CV: "Projects Handled:" over a table of projects under a job,
# then the job's duties; each row a project, the client its entity
printf 'Anoop Nair\n\nWORK EXPERIENCE\n\n1.\tEmployer:\tAl Safeer Building Contracting L.L.C., Dubai, U.A.E.\n\tDesignation:\tSite Engineer (Civil)\n\tDuration:\tMar 2019 to till date\n\nProjects Handled:\nSl. No.\tProject Name\tClient\tConsultant\tPeriod\n1\tG+4P+18 Residential Tower, Jumeirah Village Circle\tAl Waha Real Estate\tArch Concept Consultants\t03/2019 \xe2\x80\x93 08/2021\n2\tB+G+12 Commercial Building, Al Barsha South\tNoor Holdings L.L.C.\tDesign Axis Consultants\t09/2021 \xe2\x80\x93 till date\n\nDuties & Responsibilities:\n\xe2\x80\xa2\tSupervising all civil works at site.\n\xe2\x80\xa2\tPreparing daily and weekly progress reports.\n' >"$T/gulf.txt"
run import --dry-run --as-of 2025-06 "$T/gulf.txt"
has "$T/out" '"name": "G\+4P\+18 Residential Tower, Jumeirah Village Circle"' "a row of the table is a project"
has "$T/out" '"entity": "Noor Holdings L.L.C."' "its client the entity"
has "$T/out" '"description": "Consultant: Design Axis Consultants"' "another column its description"
has "$T/out" '"startDate": "2021-09"' "its period its dates"
has "$T/out" '"Preparing daily and weekly progress reports."' "the duties after the table stay the job's"
hasnt "$T/out" '"name": "Sl. No."' "the header is no project"

# Skills with their level in the next cell ("Python<gap>Expert", "MS
# Office<gap>sehr gut (Word, ..." wrapped): the skill without the level
printf 'Jana K\n\nEDV-Kenntnisse\n\nMS Office               sehr gut (Word, Excel mit SVERWEIS und Pivot,\n                        PowerPoint, Outlook)\nPersonio                sehr gut\nDATEV LODAS             gut\n\nSkills\n\nPython                  Expert\nExcel                   Advanced\n' >"$T/levels.txt"
run import --dry-run --as-of 2025-06 "$T/levels.txt"
has "$T/out" '"MS Office"' "the skill before its level"
has "$T/out" '"DATEV LODAS"' "each row's skill"
has "$T/out" '"Python"' "an English level too"
hasnt "$T/out" '"name": "Python"' "the skill names no group"
hasnt "$T/out" 'sehr gut' "the level goes"
hasnt "$T/out" 'Outlook' "and its note wrapped under it"

# A skills-based résumé: groups as sub-headings over bullets, four of
# them; a later group is no end of the skills; a bullet that is one
# phrase keeps its commas before a note in brackets
printf 'Callum Ngata\n\nKEY SKILLS\n\nInstallation & Fit-off\n\xc2\xb7\tHeat pump, EV charger and solar PV installations (grid-tied systems up to 10 kW)\n\xc2\xb7\tThree-phase wiring for workshops, dairy sheds and irrigation pumps\n\xc2\xb7\tData and security cabling (Cat6, CCTV, alarm systems)\n\nCompliance & Safety\n\xc2\xb7\tTesting and verification to AS/NZS 3000:2018\n\xc2\xb7\tPrepare JSAs and site-specific safety plans\n\nLeadership & Customer Service\n\xc2\xb7\tSupervise and mentor two apprentices\n' >"$T/groups.txt"
run import --dry-run --as-of 2025-06 "$T/groups.txt"
has "$T/out" '"name": "Compliance & Safety"' "a later group of the same shape"
has "$T/out" '"Supervise and mentor two apprentices"' "the last group's items"
has "$T/out" '"Heat pump, EV charger and solar PV installations \(grid-tied systems up to 10 kW\)"' "one phrase with its note"

# Raw pdftotext of a two-column CV: the sidebar's skills come after the
# main column's first page, then the page's last job (title, firm, dates
# alone, bullets) is back in the work; "Formations complémentaires" are
# certificates; every item of a group rated in brackets: the ratings go
printf '\xc3\x89lodie Marchetti\nEXP\xc3\x89RIENCES PROFESSIONNELLES\nPharmacienne adjointe\nPharmacie de la Croix-Rousse \xe2\x80\x93 Lyon 4e\nDepuis septembre 2020\n\xe2\x80\xa2 Vaccination antigrippale\nCOMP\xc3\x89TENCES\nAnalyse pharmaceutique\nGestion des stocks\nStagiaire de 6e ann\xc3\xa9e\nPharmacie du Parc \xe2\x80\x93 Villeurbanne\nJanv. 2013 \xe2\x80\x93 juin 2013\n\xe2\x80\xa2 Stage officinal de six mois\nFORMATIONS COMPL\xc3\x89MENTAIRES\n2021 Formation \xc3\xa0 la vaccination (DPC) \xe2\x80\x93 Ordre des pharmaciens\n\nKenntnisse\n\nCAD:  SolidWorks (sehr gut), CATIA V5 (gut), AutoCAD (Grundkenntnisse)\nBI:  Power BI (basic), Tableau\n' >"$T/sidebar.txt"
run import --dry-run --as-of 2025-06 "$T/sidebar.txt"
has "$T/out" '"name": "Pharmacie du Parc"' "the job after the sidebar is a job"
has "$T/out" '"startDate": "2013-01"' "with its dates"
hasnt "$T/out" '"Stage officinal de six mois",$' "its bullet is no skill"
has "$T/out" '"name": "Formation à la vaccination \(DPC\)' "a course is a certificate"
hasnt "$T/out" '"institution": "Formation' "no school"
has "$T/out" '"CATIA V5"' "a rated group's items without their ratings"
has "$T/out" '"Power BI \(basic\)"' "one item's level among others stays"

# A profile page in Spanish: its counters ("24 validaciones", "1.204
# seguidores", "500 contactos o más"), "Validado por ...", "Mostrar las
# 15 aptitudes" and buttons are no content; "Bogotá, Distrito Capital,
# Colombia" is a place
cat >"$T/esweb.txt" <<'EOF'
Andrés Rojas
500 contactos o más
Añadir sección del perfil
Actividad
1.204 seguidores
Experiencia
Asesor Comercial
Lácteos La Sabana S.A.
feb. 2015 - dic. 2016 · 1 año 11 meses
Bogotá, Distrito Capital, Colombia
Aptitudes
Ventas consultivas
Validado por 2 colegas de Distribuidora Andina del Café S.A.S.
24 validaciones
Negociación
17 validaciones
Mostrar las 15 aptitudes
Editar
EOF
run import --dry-run --as-of 2025-06 "$T/esweb.txt"
has "$T/out" '"location": "Bogotá, Distrito Capital, Colombia"' "the place of the job"
has "$T/out" '"Negociación"' "the skills"
hasnt "$T/out" 'validaciones' "no counter"
hasnt "$T/out" 'Validado por' "no endorsement"
hasnt "$T/out" 'Mostrar las' "no link"
hasnt "$T/out" 'seguidores' "no followers"

# pdftotext -layout of a two-page CV in two columns: page 2's right
# column goes on with the experience ("Commis Chef" over "Firm, Town |
# dates" over bullets) after the left's certificates
printf 'Darragh Whelan\n\nCONTACT                         EXPERIENCE\n\n+353 87 555 0162                Junior Sous Chef\ndarragh@example.com             The Harcourt Grill, Dublin 2 | Mar 2022 \xe2\x80\x93 Present\nDublin 8, Ireland               \xe2\x80\xa2   Run the pass on four services a week for up\n                                    to 140 covers, deputising for the head chef\nKEY SKILLS                      \xe2\x80\xa2   Reduced food cost from 33%% to 29%% by re-costing\n                                    the menu and tightening portion control\nGrill & sauce sections          \xe2\x80\xa2   Keep HACCP and allergen records for inspections\nMenu costing                    \xe2\x80\xa2   Train and supervise three commis chefs\nRota planning\n\x0c\nCERTIFICATES                    Commis Chef\n                                Brasserie L\xc3\xbanasa, Galway | Sep 2015 \xe2\x80\x93 Apr 2018\nHACCP Level 3 \xe2\x80\x93 Food            \xe2\x80\xa2   Worked all sections on rotation, including\nSafety Training Ireland,            pastry and larder\n2021                            \xe2\x80\xa2   Butchery of lamb and pork primals and daily\nHACCP Level 2, 2015                 fish prep\nManual Handling, 2022\nOccupational First Aid          EDUCATION\n(QQI Level 5), 2024\n                                Leaving Certificate\n                                Col\xc3\xa1iste Mhuire, Mullingar | 2013\n' >"$T/page2col.txt"
run import --dry-run --as-of 2025-06 "$T/page2col.txt"
has "$T/out" '"name": "Brasserie Lúnasa"' "the job on page 2 is a job"
has "$T/out" '"position": "Commis Chef"' "with its title"
has "$T/out" '"name": "Manual Handling"' "the certificates stay certificates"
hasnt "$T/out" '"name": "Commis Chef"' "the title is no certificate"

# An Indeed résumé: a bullet dated in brackets at its end ("(Q3 2023)")
# opens no job; a paragraph cut after "for a" goes on over a line that
# opens with a figure; "hours-of-" + "service" keeps its hyphen
cat >"$T/indeed.txt" <<'EOF'
Marcus Holloway
Work Experience
CDL-A Regional Truck Driver
Buckeye Freight Lines, Inc. - Groveport, OH
April 2021 to Present
• Complete pre-trip inspections and keep ELD logs in compliance with FMCSA hours-of-
service rules
• 500,000+ accident-free miles; recognized as Driver of the Quarter (Q3 2023)
Warehouse Shift Supervisor
Scioto Valley Distribution Center - Obetz, OH
June 2016 to March 2021
Supervised a second-shift team of 28 associates in receiving and shipping for a
450,000 sq ft grocery distribution center. Built the shift schedule.
EOF
run import --dry-run --as-of 2025-06 "$T/indeed.txt"
has "$T/out" 'Driver of the Quarter \(Q3 2023\)"' "the dated bullet stays the job's"
hasnt "$T/out" '"startDate": "2023-07"' "and opens no job"
has "$T/out" 'shipping for a 450,000 sq ft grocery' "the paragraph goes on"
has "$T/out" 'hours-of-service rules' "the compound keeps its hyphen"

# A Markdown list of projects, most of them "name — what (dates)", one
# a sentence: each a project
cat >"$T/mdproj.txt" <<'EOF'
Bartosz Kaluza

## Open source / projects

- [**spring-outbox-starter**](https://github.com/bk/spring-outbox-starter) — Spring Boot starter for the transactional outbox pattern (2022)
- [**pl-holidays**](https://github.com/bk/pl-holidays) — tiny Java library for Polish public holidays (2019 – 2023)
- Occasional contributor to [Testcontainers](https://github.com/testcontainers/testcontainers-java) (PostgreSQL module docs)
EOF
run import --dry-run --as-of 2025-06 "$T/mdproj.txt"
has "$T/out" '"name": "spring-outbox-starter"' "the first project"
has "$T/out" '"name": "pl-holidays"' "the second, no highlight of the first"
has "$T/out" '"startDate": "2019"' "with its dates"

# Degrees with their field in brackets ("PhD (Chemistry)", "MSc
# (Chemistry) cum laude", "BSc Honours (Chemistry)"); a town unknown to
# the list after the school is no field; a bullet wrapped before "in 2023"
printf 'Jane Doe\n\nACADEMIC QUALIFICATIONS\n\n2011\tMSc (Chemistry) cum laude, University of Zululand, KwaDlangezwa\n2009\tBSc Honours (Chemistry), University of Zululand, KwaDlangezwa\n\nEXPERIENCE\n\nLakeshore General Hospital, Toronto \xe2\x80\x94 Registered Nurse\nSEPTEMBER 2021 - PRESENT\n\xe2\x97\x8f Member of the falls-prevention committee; helped reduce falls by 28%%\nin 2023\n\xe2\x97\x8f Precept new graduate nurses\n' >"$T/degbr.txt"
run import --dry-run --as-of 2025-06 "$T/degbr.txt"
has "$T/out" '"studyType": "MSc"' "the degree without its field"
has "$T/out" '"area": "Chemistry"' "the field in brackets"
has "$T/out" '"score": "cum laude"' "the grade after them"
has "$T/out" '"studyType": "BSc Honours"' "honours stay with the degree"
hasnt "$T/out" '"area": "KwaDlangezwa"' "the town is no field"
has "$T/out" 'reduce falls by 28% in 2023"' "the bullet goes on over its year"
hasnt "$T/out" '"name": "in"' "the year opens no job"

# A plain-text résumé: "dates   Title, Firm, Town" over a paragraph
# about the firm, a blank line, then bullets: the paragraph is the job's
# summary, not part of its title
cat >"$T/ascii.txt" <<'EOF'
Jane Doe

Experience
----------

2019-03 -- present   Senior Systems Administrator, Pyynikki Data Oy, Tampere

    Pyynikki Data runs private cloud and managed hosting for about 90
    Finnish SMEs and municipalities.

    * Maintain ~450 RHEL and Debian servers
EOF
run import --dry-run --as-of 2025-06 "$T/ascii.txt"
has "$T/out" '"position": "Senior Systems Administrator"' "the title alone"
has "$T/out" '"summary": "Pyynikki Data runs private cloud' "the paragraph is the summary"

# A Japanese résumé in English: a history of dated events ("Entered",
# "Graduated from", "Joined", "Assigned to ... as", "Left the company",
# "Currently employed", "End"); a form's rows with no colon ("Name Aya
# Morikawa"); the postcode of a Tokyo address is no phone
cat >"$T/rirekisho.txt" <<'EOF'
RÉSUMÉ
Name Aya Morikawa
Address 2-8-15 Nishi-Ogikubo, Suginami-ku, Tokyo 167-0042
Phone 090-5555-0187
Education
Apr 2012 Entered Waseda University, School of Commerce
Sep 2014 Studied abroad at University of Victoria, Canada (exchange program, until
Jun 2015)
Mar 2016 Graduated from Waseda University, School of Commerce
Work History
Apr 2016 Joined Hoshino Trading Co., Ltd.
Apr 2016 Assigned to Overseas Sales Division as Sales Assistant
・Prepared quotations, invoices and shipping documents
Mar 2019 Left the company (career change)
Apr 2019 Joined Aozora Cosmetics K.K.
Apr 2019 Assigned to Global Marketing Team as Marketing Coordinator
・Plan and run bilingual Instagram campaigns
Currently employed
End
EOF
run import --dry-run --as-of 2025-06 "$T/rirekisho.txt"
has "$T/out" '"name": "Aya Morikawa"' "the name after its label"
has "$T/out" '"phone": "090-5555-0187"' "the phone, not the postcode"
has "$T/out" '"name": "Hoshino Trading Co., Ltd."' "a company joined"
has "$T/out" '"position": "Sales Assistant"' "the title it was assigned"
has "$T/out" '"endDate": "2019-03"' "left when it says"
has "$T/out" '"Prepared quotations, invoices and shipping documents"' "the bullets the job's"
has "$T/out" '"position": "Marketing Coordinator"' "the second job"
has "$T/out" '"institution": "Waseda University"' "the school entered, not its faculty"
has "$T/out" '"startDate": "2012-04"' "entered then"
has "$T/out" '"endDate": "2016-03"' "graduated then"
has "$T/out" '"institution": "University of Victoria"' "a year abroad"
hasnt "$T/out" '"name": "Left the company' "no job of the leaving"

# An Egyptian CV: jobs numbered "1- ", dates "From: 01/2019 To: Present";
# "Department: Accounting" under the degree's line is its field
printf 'Omar Said\n\nExperience\n\xe2\x80\x8f1- El-Safwa Pharma Distribution Co. \xe2\x80\x93 Cairo\nPosition: Senior Accountant\nFrom: 01/2019 To: Present\n\xe2\x9e\xa2\tPreparing monthly closing entries.\n\xe2\x80\x8f2- Abu Zeid & Partners \xe2\x80\x93 Cairo\nPosition: Junior Auditor\nFrom: 10/2016 To: 12/2018\n\xe2\x9e\xa2\tVouching and testing of revenues.\n\nEducation\nBachelor of Commerce, Ain Shams University, 2016, Grade: Very Good\nDepartment: Accounting (English Section)\n' >"$T/egypt.txt"
run import --dry-run --as-of 2025-06 "$T/egypt.txt"
has "$T/out" '"name": "El-Safwa Pharma Distribution Co."' "the firm without its number"
has "$T/out" '"endDate": "2018-12"' "the end after 'To:'"
hasnt "$T/out" '"endDate": "2019-01"' "an open end stays open"
has "$T/out" '"institution": "Ain Shams University"' "the school"
has "$T/out" '"area": "Accounting"' "the department its field"
has "$T/out" '"studyType": "Bachelor of Commerce"' "the degree"

# A Turkish CV: "Özet Bilgi" is the summary, "Bilgisayar Bilgileri" the
# skills, each rated in brackets ("(İleri)", "(Orta)"): the ratings go
printf 'Mehmet Aydo\xc4\x9fdu\n\xc3\x96zet Bilgi\nD\xc3\xb6k\xc3\xbcm ve tala\xc5\x9fl\xc4\xb1 imalat sekt\xc3\xb6r\xc3\xbcnde 10 y\xc4\xb1l\xc4\xb1 a\xc5\x9fk\xc4\xb1n deneyime sahip makine m\xc3\xbchendisiyim.\nBilgisayar Bilgileri\nSolidWorks (\xc4\xb0leri), AutoCAD (\xc4\xb0leri), SAP PP (Orta), Minitab (Orta)\n' >"$T/turkish.txt"
run import --dry-run --as-of 2025-06 "$T/turkish.txt"
has "$T/out" '"summary": "Döküm ve' "the summary"
has "$T/out" '"name": "Bilgisayar Bilgileri"' "the skills under their heading"
has "$T/out" '"SAP PP"' "without their ratings"
hasnt "$T/out" 'Orta' "no rating"

# A Pakistani CV: "Firm & Co., Chartered Accountants, Lahore" is the
# firm and its town; "Professional Qualification" heads certificates
printf 'Ayesha Khan\n\nProfessional Experience\n\nDesignation:\tAudit Senior\nOrganization:\tRahim Saeed & Co., Chartered Accountants, Lahore\nPeriod:\t\tFrom September 2014 to February 2018\n\nProfessional Qualification\nQualification\tInstitute\tYear\tStatus\nACCA (Member)\tAssociation of Chartered Certified Accountants, UK\t2016\tCompleted\n' >"$T/pk.txt"
run import --dry-run --as-of 2025-06 "$T/pk.txt"
has "$T/out" '"name": "Rahim Saeed & Co., Chartered Accountants"' "the firm with its calling"
has "$T/out" '"location": "Lahore"' "the town apart"
has "$T/out" '"name": "ACCA \(Member\)"' "a qualification is a certificate"
hasnt "$T/out" '"position": "Professional Qualification"' "the heading is no job"

# A job board profile copied from the browser: "Add experience", "Edit",
# "Add skill" are its buttons; the new Europass's "Endereço: Porto
# (Portugal) | Nível no QEQ: Nível 7 QEQ" under a school is no field;
# "Carta de condução" and "Informações adicionais" head no skills
cat >"$T/buttons.txt" <<'EOF'
Nur Aisyah
Experience
Add experience
Senior Customer Service Executive
Kembara Telco Sdn Bhd | Kuala Lumpur, Malaysia
Jan 2020 - Present
Edit
Skills
Add skill
Customer Service
Zendesk
Edit
EDUCAÇÃO E FORMAÇÃO
[ 10/2017 – 07/2019 ] Pós-Graduação em Enfermagem Médico-Cirúrgica
Instituto Superior de Ciências da Saúde do Norte
Endereço: Porto (Portugal) | Nível no QEQ: Nível 7 QEQ
Carta de condução
Carta de condução: B
INFORMAÇÕES ADICIONAIS
Organizações profissionais
EOF
run import --dry-run --as-of 2025-06 "$T/buttons.txt"
has "$T/out" '"name": "Kembara Telco Sdn Bhd"' "the firm, not a button"
has "$T/out" '"Zendesk"' "the skills"
hasnt "$T/out" 'Add skill' "no button is a skill"
hasnt "$T/out" '"Edit"' "nor Edit"
hasnt "$T/out" 'Endereço' "the address line is no field"
hasnt "$T/out" 'Organizações' "nor a skill"

# A federal résumé (USAJOBS): the title over "Agency name:", the
# agency's address and "Dates:", then the job's facts
cat >"$T/usajobs.txt" <<'EOF'
Renee Okonkwo
Work Experience:
Management and Program Analyst
Agency name: U.S. Department of Housing and Urban Development
451 7th Street SW
Washington, DC 20410 United States
Dates: 10/2019 - Present
Hours per week: 40
Series: 0343 Grade: GS-12
Salary: $103,409.00 USD Per Year
Supervisor: Gregory Vance (202-555-0148) Okay to contact: Yes
Duties, Accomplishments and Related Skills:
Serve as a management and program analyst in the Office of Field Policy and Management.

Program Analyst
Agency name: U.S. Department of Veterans Affairs
810 Vermont Avenue NW
Washington, DC 20420 United States
Dates: 06/2016 - 10/2019
Hours per week: 40
EOF
run import --dry-run --as-of 2025-06 "$T/usajobs.txt"
has "$T/out" '"name": "U.S. Department of Housing and Urban Development"' "the agency is the employer"
has "$T/out" '"position": "Management and Program Analyst"' "the title"
has "$T/out" '"location": "Washington, DC"' "the town of its address"
has "$T/out" '"name": "U.S. Department of Veterans Affairs"' "the second job"
hasnt "$T/out" 'Series: 0343' "the grade is no part of the job"
hasnt "$T/out" '"name": "451 7th Street SW"' "nor is the street"

# Skills over rows of rating glyphs: "SQL (MySQL, SQL Server)", a list in
# its brackets, is an item, no group over "Jira, Zephyr"; "IT Volunteer
# Club", two capitals first, heads no section
printf 'Jane Doe\n\n\xef\x82\xae SKILLS\nManual Testing\n\xef\x84\x91\xef\x84\x91\xef\x84\x91\nSQL (MySQL, SQL Server)\n\xef\x84\x91\xef\x84\x91\xef\x84\x8c\nJira, Zephyr, TestRail\n\xef\x84\x91\xef\x84\x91\xef\x84\x8c\n\xef\x86\xae ACTIVITIES\n2016 - 2018\nIT Volunteer Club - University of Science\nMember\n' >"$T/vn.txt"
run import --dry-run --as-of 2025-06 "$T/vn.txt"
has "$T/out" '"SQL \(MySQL, SQL Server\)",' "an item with a list in brackets"
hasnt "$T/out" '"name": "SQL' "no group's name"
hasnt "$T/out" '"name": "IT"' "no heading of two capitals"

# A Québec CV: "Cégep de Saint-Laurent" is a school, "Perfectionnement"
# heads certificates
printf 'Julie Tremblay\n\nFORMATION\n\nDEC en techniques de comptabilit\xc3\xa9 et de gestion\t2009 \xc3\xa0 2012\nC\xc3\xa9gep de Saint-Laurent, Montr\xc3\xa9al\n\nPERFECTIONNEMENT\n\n\xe2\x80\xa2\tSecourisme en milieu de travail \xe2\x80\x93 CNESST, 2021\n' >"$T/quebec.txt"
run import --dry-run --as-of 2025-06 "$T/quebec.txt"
has "$T/out" '"institution": "Cégep de Saint-Laurent"' "the cégep is the school, its town apart"
has "$T/out" '"name": "Secourisme en milieu de travail"' "a course is a certificate"
hasnt "$T/out" '"courses"' "no course of the school"

# "ACTIVITIES" with a dated club under it: volunteer work, not a job;
# "University of Science - VNU-HCM", a school and its university's
# initials, is the institution whole
printf 'Tran Thi Ha\nQA Engineer\n\nEDUCATION\n2015 - 2019\nUniversity of Science - VNU-HCM\nMajor: Information Technology\n\nACTIVITIES\n2016 - 2018\nIT Volunteer Club - University of Science\nMember\n- Taught basic computer skills to children\n' >"$T/act.txt"
run import --dry-run --as-of 2025-06 "$T/act.txt"
has "$T/out" '"institution": "University of Science - VNU-HCM"' "the school with its university's initials"
hasnt "$T/out" '"studyType": "VNU-HCM"' "the initials are no degree"
hasnt "$T/out" '"work"' "the club is no job"
has "$T/out" '"volunteer"' "it is volunteer work"

# A USAJOBS résumé whose reference is labelled like a form ("Employer:",
# "Title:") is no form: its third job, "Employer name:", stays a job;
# "Relevant Coursework, Licensures and Certifications:" is a school's
# label, no heading; "Major: Economics Minor: Mathematics" is the field
cat >"$T/fed2.txt" <<'EOF'
Work Experience:
Program Analyst
Agency name: U.S. Department of Veterans Affairs
Washington, DC 20420 United States
Dates: 06/2016 - 10/2019
Hours per week: 40
Duties, Accomplishments and Related Skills:
Analyzed workload and staffing data.

Graduate Research Assistant
Employer name: George Mason University, Schar School of Policy and Government
Arlington, VA United States
Dates: 08/2014 - 05/2016
Hours per week: 20
Duties, Accomplishments and Related Skills:
Supported faculty research on local housing policy.

Education:
George Mason University Arlington, VA United States
Master's degree 05/2016
Major: Public Policy
Relevant Coursework, Licensures and Certifications:
Program Evaluation; Housing Policy

Howard University Washington, DC United States
Bachelor's degree 05/2014
Major: Economics Minor: Mathematics Honors: cum laude

References:
Gregory Vance
Employer: U.S. Department of Housing and Urban Development
Title: Director, Program Evaluation Division
Phone: 202-555-0148
EOF
run import --dry-run --as-of 2025-06 "$T/fed2.txt"
has "$T/out" '"position": "Graduate Research Assistant"' "the job an employer's name labels"
has "$T/out" '"name": "George Mason University, Schar School of Policy and Government"' "its employer"
hasnt "$T/out" '"position": "Director, Program Evaluation Division"' "the referee's title is no job"
has "$T/out" '"institution": "Howard University"' "the school after the courses"
has "$T/out" '"area": "Economics"' "the major without the minor"
hasnt "$T/out" '"name": "Howard University' "no certificate"

# The 2004 Europass form in Romanian, cedillas and all, as pdftotext
# -layout gives it: its labels are known, wrapped ones too, and the
# skills told in sentences ("organizatorice") are no group
cat >"$T/ro.txt" <<'EOF'
       Curriculum Vitae
       Europass

               Informaţii personale
                     Nume / Prenume   Pop Andreea-Maria
                          Adresă(e)   Str. Observatorului nr. 112, 400363 Cluj-Napoca
                        E-mail(uri)   andreea.pop@example.com

            Experienţa profesională

                           Perioada   04.2019 – prezent
          Funcţia sau postul ocupat   Contabil-şef
     Activităţi şi responsabilităţi   - coordonarea departamentului financiar-contabil;
                         principale   - închiderea lunară de gestiune.
     Numele şi adresa angajatorului   SC Transilvania Agro Distribuţie SRL, Cluj-Napoca

                Educaţie şi formare

                           Perioada   2012 – 2014
     Calificarea / diploma obţinută   Diplomă de master – Expertiză contabilă şi audit
     Numele şi tipul instituţiei de   Universitatea Babeş-Bolyai, Facultatea de Ştiinţe Economice şi
       învăţământ / furnizorului de   Gestiunea Afacerilor
                            formare

           Aptitudini şi competenţe
                          personale

           Competenţe şi aptitudini   Coordonarea unei echipe de 3 persoane, planificarea
                     organizatorice   închiderilor lunare.

Competenţe şi cunoştinţe de utilizare Saga, WinMentor Enterprise, Ciel
                   a calculatorului   Microsoft Word, Outlook
EOF
run import --dry-run --as-of 2025-06 "$T/ro.txt"
has "$T/out" '"name": "Andreea-Maria Pop"' "the name from its label"
has "$T/out" '"position": "Contabil-şef"' "the post held"
has "$T/out" '"name": "SC Transilvania Agro Distribuţie SRL"' "the employer"
has "$T/out" '"studyType": "Diplomă de master"' "the qualification"
has "$T/out" '"institution": "Universitatea Babeş-Bolyai, Facultatea de Ştiinţe Economice şi Gestiunea Afacerilor"' "the school's name wrapped beside its label's"
has "$T/out" '"name": "Competenţe şi cunoştinţe de utilizare a calculatorului"' "a kept group, its label wrapped"
has "$T/out" '"Saga",' "its first item"
hasnt "$T/out" 'organizatorice' "no group of sentences"

# A Chinese résumé in English: "Job Intention:" in a row of pairs is the
# headline; each job's "Project Experience" blocks are projects of that
# job, the next job's dates end them; "Self-Evaluation" is the summary;
# a skills bullet that says how well is one item, wrapped lines and all
cat >"$T/cn.txt" <<'EOF'
Chen Hao
 Personal Information
Name: Chen Hao Gender: Male
Years of Experience: 7 years Job Intention: Senior Java Backend Engineer
 Work Experience
2023.04 - Present
Shanghai Lanxin Fintech Co., Ltd. | Senior Backend Engineer
Responsibilities:
1. Own the design of the risk control back end.
Project Experience
Project 1: Real-time Risk Control Platform (2023.06 - 2024.05)
Tech stack: Java 17, Flink, Redis
Description: A real-time rule engine that scores every payment and blocks
fraudulent transactions within 50 ms.
Contribution:
- Designed the rule DSL.
2019.07 - 2023.03
Shanghai Youxing Network Technology Co., Ltd. | Java Development Engineer
Responsibilities:
1. Developed hotel inventory services.
 Skills
• Familiar with MySQL index optimization, transaction isolation and sharding with
ShardingSphere.
 Self-Evaluation
7 years of Java backend development experience in fintech.
EOF
run import --dry-run --as-of 2025-06 "$T/cn.txt"
has "$T/out" '"label": "Senior Java Backend Engineer"' "the headline from a row of pairs"
has "$T/out" '"position": "Java Development Engineer"' "the job after the projects"
has "$T/out" '"name": "Real-time Risk Control Platform"' "the project, its dates cut off"
has "$T/out" '"entity": "Shanghai Lanxin Fintech Co., Ltd."' "of the job its dates lie in"
has "$T/out" '"Flink",' "its technologies"
has "$T/out" '"description": "A real-time rule engine that scores every payment and blocks fraudulent transactions within 50 ms."' "its description, wrapped"
[ "$(grep -c '"Designed the rule DSL."' "$T/out")" = 1 ]
ok $? "its bullets are the project's alone, not the job's too"
has "$T/out" '"Familiar with MySQL index optimization, transaction isolation and sharding with ShardingSphere."' "a skills sentence whole"
has "$T/out" '"summary": "7 years of Java' "the self-evaluation"

# A Korean résumé's tables: "Career Summary" lists the jobs, "Career
# Details" lists them again with duties under each row; each job once,
# with its duties.  A school table's "Major" is the field and "Graduated"
# no degree; "Category / Details" heads a table of skill groups
printf 'RESUME\n\n1. Personal Information\n\tName\tPark Min-jun\n\tE-mail\tminjun.park@example.com\n\n3. Education\nPeriod\tSchool\tMajor\tDegree\tLocation\n2006.03 ~ 2013.02\tHanyang University\tBusiness Administration\tBachelor\tSeoul\n2003.03 ~ 2006.02\tHwimun High School\t-\tGraduated\tSeoul\n\n4. Career Summary\nPeriod\tCompany\tPosition\tDepartment\n2022.01 ~ Present\tHanbit Cosmetics Co., Ltd.\tMarketing Manager\tDigital Marketing Team\n2018.03 ~ 2021.12\tDaon Foods Corp.\tAssistant Manager\tBrand Marketing Team\n\n5. Career Details\nPeriod\tCompany\tPosition\tMain Duties and Achievements\n2022.01 ~ Present\tHanbit Cosmetics Co., Ltd.\tMarketing Manager\t- Lead a team of 6 marketers\n- Manage an annual digital media budget\n2018.03 ~ 2021.12\tDaon Foods Corp.\tAssistant Manager\t- Brand manager for the ready-meal line\n\n8. Skills\nCategory\tDetails\nTools\tFigma, Notion, Jira\n' >"$T/kr.txt"
run import --dry-run --as-of 2025-06 "$T/kr.txt"
[ "$(grep -c '"name": "Hanbit Cosmetics Co., Ltd."' "$T/out")" = 1 ]
ok $? "a job in both tables is one job"
has "$T/out" '"position": "Assistant Manager"' "the second job"
has "$T/out" '"Manage an annual digital media budget"' "a duty under its row"
has "$T/out" '"Lead a team of 6 marketers"' "the duty in the row's cell"
has "$T/out" '"area": "Business Administration"' "the major"
hasnt "$T/out" '"studyType": "Graduated"' "no degree of a status"
hasnt "$T/out" '"name": "Category"' "no group of the table's head"
has "$T/out" '"name": "Tools"' "a group of a row"

# A Novoresume résumé as raw pdftotext: the template's "Achievements/Tasks"
# label is no text; a bullet wrapped inside its dates ("from 04/2020 to" /
# "09/2020, caring ...") opens no job; the unit a job was in stays with
# it; a job the sidebar's skills came before is still a job; "Courses"
# under a school holds its courses, and the next school is one
cat >"$T/novo.txt" <<'EOF'
Danielle Whitaker
Registered Nurse

CLINICAL EXPERIENCE

Registered Nurse – Medical-Surgical Unit (4 West)
Sonoran Valley Medical Center
07/2018 - 02/2021 Phoenix, AZ
36-bed adult medical-surgical unit
Achievements/Tasks
• Floated to the COVID-19 surge unit from 04/2020 to
09/2020, caring for patients on high-flow oxygen.

Patient Care Technician – Emergency Department
Saguaro Community Hospital
09/2016 - 06/2018 Mesa, AZ
Achievements/Tasks
• Obtained vital signs and point-
of-care tests for up to 20 patients per shift.

SKILLS

Telemetry & ECG Interpretation
Cardiac Drip Titration

Certified Nursing Assistant
Camelback Senior Living
01/2015 - 08/2016 Scottsdale, AZ
120-resident assisted living and memory care community
Achievements/Tasks
• Provided personal care to residents with dementia.

EDUCATION

Bachelor of Science in Nursing (BSN)
Grand Canyon University
08/2014 - 05/2018 Phoenix, AZ
Courses
Senior practicum: 180 hours on a cardiac step-down unit

Certified Nursing Assistant Program
Gateway Community College
05/2014 - 08/2014 Phoenix, AZ
EOF
run import --dry-run --as-of 2025-06 "$T/novo.txt"
has "$T/out" '"Floated to the COVID-19 surge unit from 04/2020 to 09/2020, caring for patients on high-flow oxygen."' "a bullet wrapped inside its dates"
hasnt "$T/out" 'caring for patients on high-flow oxygen.",$' "no job of its second line"
hasnt "$T/out" 'Achievements/Tasks' "no template's label"
has "$T/out" '"position": "Patient Care Technician – Emergency Department"' "the unit with the job"
has "$T/out" 'point-of-care tests' "a hyphen before a hyphened word stays"
has "$T/out" '"position": "Certified Nursing Assistant"' "the job after the skills"
has "$T/out" '"area": "Nursing"' "the field without the degree's initials"
has "$T/out" '"Senior practicum: 180 hours on a cardiac step-down unit"' "a course"
has "$T/out" '"institution": "Gateway Community College"' "the school after the courses"

# A cover letter before the CV: the letter and the school it is sent to
# are not the person's; "Other Employment" heads more jobs; "ICT:" heads
# skills and a licence under them is a certificate; a note set in under
# a school's line, dated within it, opens no school
cat >"$T/letter.txt" <<'EOF'
Hannah Brierley
14 Cranbourne Road
Chorlton
Manchester M21 7XP

The Headteacher
Whitworth Park Academy
Denmark Road
Manchester M15 6FH

Dear Headteacher,

I am writing to apply for the above post.

Yours faithfully,

Hannah Brierley

HANNAH BRIERLEY
Secondary Mathematics Teacher (QTS)
hannah.brierley@example.com

Teaching Experience
Teacher of Mathematics
Brinnington Park High School, Stockport
September 2018 – August 2021

Other Employment
Actuarial Assistant
Northern Mutual Assurance, Manchester
July 2013 – August 2016

Education & Qualifications
2016 – 2017	PGCE Secondary Mathematics, University of Manchester
		Qualified Teacher Status (QTS) awarded July 2017
2010 – 2013	BSc (Hons) Mathematics, 2:1, University of Leeds

Additional Information
ICT: SMART Notebook, Desmos, GeoGebra
Full UK driving licence
EOF
run import --dry-run --as-of 2025-06 "$T/letter.txt"
has "$T/out" '"label": "Secondary Mathematics Teacher \(QTS\)"' "the CV's headline, not the letter's lines"
hasnt "$T/out" 'I am writing to apply' "no letter in the profile"
has "$T/out" '"name": "Northern Mutual Assurance"' "a job under Other Employment"
hasnt "$T/out" '"name": "Other Employment"' "no firm of that heading"
hasnt "$T/out" 'Qualified Teacher Status \(QTS\) awarded' "a note under a school is no school"
has "$T/out" '"name": "ICT"' "the ICT group"
has "$T/out" '"name": "Full UK driving licence"' "the licence a certificate"
hasnt "$T/out" '^ *"Full UK driving licence"' "not a skill"

# A UK care CV from Word: "Mandatory training (up to date)", a heading
# with its note, heads certificates, not more schools; "Oakwood Grange
# Care Home, Ossett": a town no list knows after the firm's only comma
printf 'Jane Doe\n\nEmployment History\n\nSenior Care Assistant, Oakwood Grange Care Home, Ossett\nSeptember 2016 \xe2\x80\x93 May 2019\n\xe2\x80\xa2\tLed a team of 4 care assistants\n\nEducation and Training\n\nBTEC Level 2 Diploma in Health and Social Care\nWakefield College, 2014 \xe2\x80\x93 2016\n\nMandatory training (up to date)\n\xe2\x80\xa2\tMoving and Handling of People \xe2\x80\x93 2024\n\xe2\x80\xa2\tFire Safety \xe2\x80\x93 2024\n' >"$T/care.txt"
run import --dry-run --as-of 2025-06 "$T/care.txt"
has "$T/out" '"name": "Oakwood Grange Care Home",' "the firm without the town"
has "$T/out" '"location": "Ossett"' "the town"
has "$T/out" '"name": "Fire Safety"' "a training a certificate"
hasnt "$T/out" '"institution": "Moving and Handling of People"' "no school of it"

# An Indonesian CV: the personal data's labels are known, so the name
# is the name, not the next label; "Skripsi:" is a thesis; "IPK 3,45" the
# grade; "Jurusan IPA" the field
printf 'CURRICULUM VITAE\n\nPUTRI ANGGRAINI LESTARI\nStaf Keuangan\n\nDATA PRIBADI\nNama Lengkap\t\t: Putri Anggraini Lestari\nTempat, Tanggal Lahir\t: Bogor, 14 Agustus 1996\nJenis Kelamin\t\t: Perempuan\nAgama\t\t\t: Islam\nStatus\t\t\t: Belum Menikah\nAlamat\t\t\t: Jl. Kemang Utara IX No. 27, Jakarta Selatan 12730\nNo. HP / WhatsApp\t: 0813-8702-4419\nEmail\t\t\t: putri.lestari@example.com\n\nPROFIL SINGKAT\nLulusan S1 Akuntansi.\n\nPENDIDIKAN\n2014 \xe2\x80\x93 2018\tS1 Akuntansi, Universitas Negeri Jakarta, IPK 3,45\n\t\tSkripsi: Pengaruh Penerapan e-Faktur terhadap Kepatuhan Wajib Pajak\n2011 \xe2\x80\x93 2014\tSMA Negeri 1 Bogor, Jurusan IPA\n' >"$T/id.txt"
run import --dry-run --as-of 2025-06 "$T/id.txt"
has "$T/out" '"name": "Putri Anggraini Lestari"' "the name"
hasnt "$T/out" '"name": "Tempat, Tanggal Lahir"' "no label for a name"
has "$T/out" '"institution": "Universitas Negeri Jakarta"' "the university, not the thesis"
has "$T/out" '"score": "IPK 3,45"' "the grade"
has "$T/out" '"area": "IPA"' "the field after its word"
printf 'CURRICULUM VITAE\n\nPUTRI ANGGRAINI LESTARI\nStaf Keuangan\n\nDATA PRIBADI\nNama Lengkap\t\t: Putri Anggraini Lestari\nTempat, Tanggal Lahir\t: Bogor, 14 Agustus 1996\nJenis Kelamin\t\t: Perempuan\nAgama\t\t\t: Islam\nStatus\t\t\t: Belum Menikah\nAlamat\t\t\t: Jl. Kemang Utara IX No. 27, Jakarta Selatan 12730\nNo. HP / WhatsApp\t: 0813-8702-4419\nEmail\t\t\t: putri.lestari@example.com\n\nPROFIL SINGKAT\nLulusan S1 Akuntansi.\n' >"$T/id2.txt"
run import --dry-run --as-of 2025-06 "$T/id2.txt"
has "$T/out" '"name": "Putri Anggraini Lestari"' "the name over a column of labels"
has "$T/out" '"label": "Staf Keuangan"' "the headline under it"

# A Canva résumé as raw pdftotext, its sidebar first: the name set a word
# a line in capitals over the headline; a skills bullet wrapped onto one
# word goes on; a job's bullet wrapped before "spring 2023 and ..." opens
# no job
cat >"$T/canva.txt" <<'EOF'
CONTACT

e.daskalaki@example.com

SKILLS

• Opera PMS (V5 & Cloud)
• TrustYou & review
management

ELEFTHERIA
DASKALAKI

FRONT OFFICE MANAGER

WORK EXPERIENCE

Front Office Manager
Amnissos Bay Resort & Spa | Heraklion, Crete
Mar 2022 – Present
• Migrated the front desk from Opera V5 to OPERA Cloud in
spring 2023 and trained all desk staff on the new system.
EOF
run import --dry-run --as-of 2025-06 "$T/canva.txt"
has "$T/out" '"name": "Eleftheria Daskalaki"' "the name over two lines"
has "$T/out" '"TrustYou & review management"' "a skill wrapped onto a word"
has "$T/out" 'OPERA Cloud in spring 2023 and trained all desk staff' "the bullet whole"
[ "$(grep -c '"position"' "$T/out")" = 1 ]
ok $? "one job"

# A Resume.io two-column résumé as pdftotext -layout: a skill's level on
# the line under it ("Expert", "Skillful") is no skill; "Key Holder" is a
# job; a head wrapped after its firm's comma leaves no comma on the
# firm; a school's name wrapped before "University" is one name
cat >"$T/rio.txt" <<'EOF'
Danielle Okafor-Reyes
Store Manager

Employment History

Assistant Store Manager at Meridian Home & Apparel,
Dublin
Jun 2016 — Feb 2019
•  Ran daily operations.

Key Holder at Buckeye Outfitters, Columbus
Sep 2010 — Jul 2013
•  Opened and closed the store.

Education

Bachelor of Science in Business Administration, Franklin
University, Columbus
Jan 2011 — Dec 2015

Skills

Team Leadership
Expert

Loss Prevention
Skillful
EOF
run import --dry-run --as-of 2025-06 "$T/rio.txt"
has "$T/out" '"name": "Meridian Home & Apparel",' "no comma after the firm"
has "$T/out" '"position": "Key Holder"' "a key holder's job"
has "$T/out" '"name": "Buckeye Outfitters"' "its firm"
has "$T/out" '"institution": "Franklin University"' "the school's name whole"
hasnt "$T/out" '"Skillful"' "no level as a skill"
has "$T/out" '"Loss Prevention"' "the skill"

# A Norwegian CV as pdftotext -layout: "(deltid)" after a school is how
# it was studied; "skole" wrapped under a dated head's text goes on with
# it; "Microsoft" over "365" in a list is one item
cat >"$T/no.txt" <<'EOF'
Ole Hansen

Utdanning

2015 – 2017              Erfaringsbasert master i prosjektledelse, NTNU (deltid)
1999 – 2001              Videregående skole, byggfag (VK1 tømrer), Skedsmo videregående
                         skole

IT-kunnskaper

                         MS Project, Dalux Field, Solibri, ISY Prosjektkalkyle, Microsoft
                         365
EOF
run import --dry-run --as-of 2025-06 "$T/no.txt"
has "$T/out" '"institution": "NTNU"' "the school without its note"
has "$T/out" '"institution": "Skedsmo videregående skole"' "the school's name wrapped"
has "$T/out" '"Microsoft 365"' "one item over two lines"

# A label inside a value's brackets is no pair of the row: "(Profession:
# Safety Engineer)" leaves the headline under the name
printf 'ARUN JOSEPH THOMAS\nSenior HSE Engineer\nE-mail: arun@example.com\n\nPERSONAL DETAILS\nNationality                 :   Indian\nIqama Status                :   Valid Iqama \xe2\x80\x93 Transferable (Profession: Safety Engineer)\n' >"$T/iqama.txt"
run import --dry-run --as-of 2025-06 "$T/iqama.txt"
has "$T/out" '"label": "Senior HSE Engineer"' "the headline under the name"

# An Indian fresher's résumé: its projects' "Title:", "Duration:" and
# "Technologies Used:" are projects', no form's jobs; a school table's
# row wrapped in its second cell is one row
cat >"$T/fresher.txt" <<'EOF'
KAVYA SRINIVASAN
E-mail: kavya.srinivasan02@example.com

ACADEMIC QUALIFICATIONS
Course	Institution	Board / University	Year of Passing	CGPA / Percentage
B.E. (Computer Science and Engineering)	Sri Muruga College of Engineering and Technology,
Chennai	Anna University	2024	8.42 CGPA
HSC (12th)	St. Antony’s Matriculation Higher Secondary School, Velachery	State Board	2020	91.6%

ACADEMIC PROJECTS
Final Year Project
Title:	Smart Attendance System using Face Recognition
Duration:	Jan 2024 – Apr 2024
Technologies Used:	Python, OpenCV, Flask, MySQL
Team Size:	4
Description:	A web-based attendance system.

Title:	Expense Tracker Android App
Duration:	Feb 2023 – Mar 2023
Technologies Used:	Java, Android Studio, SQLite
Description:	An Android application to record daily expenses.

INTERNSHIP
Zentrix Software Solutions Pvt. Ltd., Chennai
Python Developer Intern	|	05 June 2023 – 15 July 2023
EOF
run import --dry-run --as-of 2025-06 "$T/fresher.txt"
has "$T/out" '"name": "Smart Attendance System using Face Recognition"' "the project's title"
has "$T/out" '"name": "Expense Tracker Android App"' "the next project, titled alone"
has "$T/out" '"Android Studio",' "its technologies"
[ "$(grep -c '"position"' "$T/out")" = 1 ]
ok $? "the internship the one job"
has "$T/out" '"institution": "Sri Muruga College of Engineering and Technology"' "the school of a wrapped row, its town off"
has "$T/out" '"score": "91.6%"' "the next row's grade"

# An academic CV: a thesis's "Advisor:" under a degree names no school of
# the next degree; "Mentoring" lists students, no jobs
printf 'Priya Raghunathan\n\nEducation\nPh.D., Environmental Engineering\n2021\nUniversity of Illinois Urbana-Champaign\nDissertation: \xe2\x80\x9cHyporheic exchange as a sink for microplastics\xe2\x80\x9d\nAdvisor: Prof. Daniel K. Whitfield\nM.S., Environmental Engineering\n2018\nUniversity of Illinois Urbana-Champaign\n\nMentoring\nChidera Okafor, M.P.H. student, University of Michigan, 2023\nLucas Brenner, undergraduate researcher (UROP), University of Michigan, 2022 \xe2\x80\x93 2023\n' >"$T/acad.txt"
run import --dry-run --as-of 2025-06 "$T/acad.txt"
hasnt "$T/out" '"institution": "Advisor' "no adviser for a school"
[ "$(grep -c '"institution": "University of Illinois Urbana-Champaign"' "$T/out")" = 2 ]
ok $? "both degrees from the university"
hasnt "$T/out" 'Lucas Brenner' "no mentee as a job"

# A Hungarian CV: "2019. 09. – jelenleg", the year and the month with
# their dots, opens a job still held
printf 'Horv\xc3\xa1th Bence\n\nSzakmai tapasztalat\n\n2019. 09. \xe2\x80\x93 jelenleg          Dunakavics Fintech Zrt., Budapest\n                              Senior szoftverfejleszt\xc5\x91\n2016. 02. \xe2\x80\x93 2017. 06.         Webrobot Kft., Budapest\n                              Junior fejleszt\xc5\x91\n' >"$T/hu.txt"
run import --dry-run --as-of 2025-06 "$T/hu.txt"
has "$T/out" '"startDate": "2019-09"' "the month of the open job"
has "$T/out" '"endDate": "2017-06"' "the month its predecessor ended"
has "$T/out" '"name": "Webrobot Kft."' "the firm, no date in it"

# A XING profile page: the site's menu ("Ich", "Suchen") and the
# picture's caption are no name; "· 1 J. 11 Mon.", a duration, is no firm
cat >"$T/xing.txt" <<'EOF'
Zum Inhalt springen
XING
Startseite
Jobs
Netzwerk
Nachrichten
Ich
Suchen
Profilbild von Katharina Obermaier
Katharina Obermaier
ProJobs
Senior Controllerin
Alpenwerk Antriebstechnik GmbH
München, Deutschland
Kontakt hinzufügen
Nachricht schreiben
Berufserfahrung
Werkstudentin Controlling
Südbayerische Versicherungs AG
Okt. 2010 – Aug. 2012 · 1 J. 11 Mon.
München, Deutschland
Mitarbeit im Vertriebscontrolling.
EOF
run import --dry-run --as-of 2025-06 "$T/xing.txt"
has "$T/out" '"name": "Katharina Obermaier"' "the name"
has "$T/out" '"name": "Südbayerische Versicherungs AG"' "the firm"
hasnt "$T/out" '1 J. 11 Mon.' "no duration kept"

# A Dutch CV: "– diploma behaald" after a school says it was finished;
# "HBO-Verpleegkunde" is the degree and the field; a ROC is a school
cat >"$T/nl.txt" <<'EOF'
Sanne de Vries

Opleidingen
2011 – 2015             HBO-Verpleegkunde (Bachelor of Nursing)
                        Hogeschool Utrecht – diploma behaald

2008 – 2011             MBO-Verpleegkunde, niveau 4 (BOL)
                        ROC Midden Nederland, Utrecht – diploma behaald
EOF
run import --dry-run --as-of 2025-06 "$T/nl.txt"
has "$T/out" '"institution": "Hogeschool Utrecht"' "the school without its note"
has "$T/out" '"studyType": "HBO"' "the degree"
has "$T/out" '"area": "Verpleegkunde \(Bachelor of Nursing\)"' "the field"
has "$T/out" '"institution": "ROC Midden Nederland"' "a ROC is a school, its town apart"
hasnt "$T/out" 'diploma behaald' "no note kept"

# A French two-column CV: "D’avril à juin 2015" starts in April; a
# title and firm the column wrapped ("– Rhône Habitat" over "Solidaire,
# Lyon 7e") are one line; a bullet dated within its job's dates ("(Sirha
# 2017)") opens no job
cat >"$T/fr.txt" <<'EOF'
Manon Girard

EXPÉRIENCES PROFESSIONNELLES

Depuis mars 2021
Chargée de communication – Rhône Habitat
Solidaire, Lyon 7e
• Pilotage du plan de communication annuel

De septembre 2016 à août 2017
Assistante communication en alternance – Maison Vérat,
Caluire-et-Cuire
• Préparation des salons professionnels (Sirha 2017)

D’avril à juin 2015
Stagiaire communication événementielle – Office de
tourisme du Grand Annecy, Annecy
• Accueil des journalistes
EOF
run import --dry-run --as-of 2025-06 "$T/fr.txt"
has "$T/out" '"name": "Rhône Habitat Solidaire"' "the firm's name whole"
has "$T/out" '"location": "Lyon 7e"' "its town and district"
has "$T/out" '"name": "Maison Vérat"' "a firm before its town on the next line"
has "$T/out" '"Préparation des salons professionnels \(Sirha 2017\)"' "the bullet with its year"
has "$T/out" '"startDate": "2015-04"' "April, elided"
has "$T/out" '"name": "Office de tourisme du Grand Annecy"' "a firm's name wrapped after 'de'"

# A Ghanaian CV: "PERSONAL PROFILE" over labelled rows is the person's
# details, no summary; "NATIONAL SERVICE" heads a job
printf 'CURRICULUM VITAE\n\nPERSONAL PROFILE\nName:\t\t\tMatilda Akosua Boateng\nDate of Birth:\t\t14th March, 1993\nNationality:\t\tGhanaian\nTelephone:\t\t+233 24 555 0193 / +233 20 555 0471\nEmail:\t\t\tmatilda.boateng@example.com\n\nCAREER OBJECTIVE\nA dedicated Registered General Nurse.\n\nNATIONAL SERVICE\nManhyia District Hospital, Kumasi \xe2\x80\x93 Rotation Nurse (Sept 2015 \xe2\x80\x93 Aug 2016)\n\tRotated through the wards\n' >"$T/gh.txt"
run import --dry-run --as-of 2025-06 "$T/gh.txt"
has "$T/out" '"name": "Matilda Akosua Boateng"' "the name from its row"
has "$T/out" '"phone": "\+233 24 555 0193"' "the first phone"
has "$T/out" '"summary": "A dedicated Registered General Nurse."' "the objective the summary"
has "$T/out" '"position": "Rotation Nurse"' "the national service a job"

# "CLEARANCE: Secret (inactive)" in capitals after the skills and a
# blank line heads a section of its own, no group of skills
printf 'Marcus Reed\n\nSKILLS\nGCSS-Army, SAP MM, Inventory control\n\n\nCLEARANCE: Secret (inactive)\n' >"$T/clear.txt"
run import --dry-run --as-of 2025-06 "$T/clear.txt"
has "$T/out" '"SAP MM",' "the skills"
hasnt "$T/out" '"name": "CLEARANCE"' "no group of the clearance"

# A bullet's sentence cut by a page's foot ("... a $9M automation" over
# "Daniel R. Whitaker" / "Page 2" over "program.") goes on past the page
cat >"$T/page.txt" <<'EOF'
Daniel R. Whitaker
Vice President, Operations

PROFESSIONAL EXPERIENCE
MERIDIAN PACKAGING SOLUTIONS, INC., Charlotte, NC
$640M manufacturer of corrugated and specialty packaging with seven plants and 1,900 employees.
Vice President of Operations March 2019 – Present
Lead manufacturing, engineering, EHS, quality and distribution across seven plants in NC, SC, GA and
TN. Report to the CEO; manage a $455M cost base and a $38M annual capital plan.
Selected Achievements:
HARBISON-LOWE MANUFACTURING CO., Gastonia, NC
$310M privately held maker of industrial fasteners and precision-machined components; three plants.
Director of Operations January 2015 – February 2019
Promoted to run all three plants (820 employees), plant engineering and the central planning team.
Selected Achievements:
• Improved on-time delivery from 81% to 97% by implementing S&OP and a finite-capacity
scheduling system.
• Reduced inventory by $14M (28%) while raising fill rates, freeing cash for a $9M automation
Daniel R. Whitaker
Page 2
program.
• Negotiated a five-year labor agreement without work stoppage in the company’s only union plant.
Plant Manager, Gastonia Plant June 2011 – December 2014
EOF
run import --dry-run --as-of 2025-06 "$T/page.txt"
has "$T/out" 'freeing cash for a \$9M automation program."' "the bullet whole"
hasnt "$T/out" 'team. program.' "its end no part of the summary"

# A Gulf CV: "IOSH MS", initials before what could be a state's code, is
# no town; the address in the Kingdom of Saudi Arabia gives the city
printf 'ARUN JOSEPH THOMAS\nSenior HSE Engineer\nNEBOSH IGC | IOSH MS | OSHA 30 Hrs\nE-mail: arun@example.com\nAddress: P.O. Box 10284, Al Jubail 31961, Eastern Province, Kingdom of Saudi Arabia\n' >"$T/ksa.txt"
run import --dry-run --as-of 2025-06 "$T/ksa.txt"
hasnt "$T/out" '"city": "I' "no town of initials"
has "$T/out" '"city": "Al Jubail"' "the town of the address"
has "$T/out" '"countryCode": "SA"' "its country"

# Each firm's line in capitals over a line describing the firm, then the
# title with its dates: a firm's line after the last job's bullets opens
# the next job; a second role's "Plant Manager, Gastonia Plant" under the
# same firm keeps its unit in the title; a school with no year after one
# with a year is a school of its own
cat >"$T/firms.txt" <<'EOF'
Daniel Whitaker

PROFESSIONAL EXPERIENCE
MERIDIAN PACKAGING SOLUTIONS, INC., Charlotte, NC
$640M manufacturer of corrugated and specialty packaging with seven plants.
Vice President of Operations March 2019 – Present
Lead manufacturing, engineering and quality across seven plants.
• Raised EBITDA margin from 9.8% to 13.4% in four years.
• Consolidated two aging facilities into a new plant in Concord, NC, on time and
$2.1M under budget.
HARBISON-LOWE MANUFACTURING CO., Gastonia, NC
$310M privately held maker of industrial fasteners; three plants.
Director of Operations January 2015 – February 2019
Promoted to run all three plants.
• Improved on-time delivery from 81% to 97%.
Plant Manager, Gastonia Plant June 2011 – December 2014
Full P&L responsibility for the flagship plant.
• Achieved ISO 9001:2015 certification on first audit.
EDUCATION
Master of Business Administration (MBA), Operations Management
Queens University of Charlotte, Charlotte, NC, 2010
Bachelor of Science, Industrial Engineering
North Carolina State University, Raleigh, NC
EOF
run import --dry-run --as-of 2025-06 "$T/firms.txt"
has "$T/out" '"name": "HARBISON-LOWE MANUFACTURING CO\.",' "the second firm a job's"
test "$(grep -c '"name": "HARBISON-LOWE MANUFACTURING CO\.",' "$T/out")" -eq 2
ok $? "both its roles at the second firm"
has "$T/out" '"position": "Plant Manager, Gastonia Plant",' "the unit in the title"
test "$(grep -c '"location": "Gastonia, NC",' "$T/out")" -eq 2
ok $? "the second role at the firm's place"
hasnt "$T/out" 'under budget\. HARBISON' "the firm's line no part of the last bullet"
has "$T/out" '"position": "Director of Operations",' "the title under the description"
has "$T/out" '"institution": "North Carolina State University"' "the school without a year"
has "$T/out" '"area": "Industrial Engineering"' "its field"

# A Computrabajo profile copied while logged in: all before the name the
# site greeted ("Hola, Rodrigo") is the site's; "Añadir estudio" is a
# button; "Universitario - Graduado" says nothing of the school; a
# school's initials under the degree are the school; a sentence under
# the dates is the job's body; the jobs offered after the profile go
cat >"$T/ct.txt" <<'EOF'
Ir al contenido principal
Computrabajo
Ofertas de trabajo
Empresas
Salarios
Hola, Rodrigo
Mi Computrabajo
Postulaciones
Mi CV
Tu CV está completo al 90%
Descargar CV en PDF

Rodrigo Andrés Tapia Cortés
Supervisor de Mantenimiento Mecánico – Minería
Antofagasta, Antofagasta
Editar

Experiencia laboral
Añadir experiencia

Supervisor de Mantenimiento Mecánico Planta Concentradora
Minera Loma Alta SpA
Minería / Extracción
marzo 2018 - Actualmente (6 años y 8 meses)
Supervisión de cuadrilla de 14 mantenedores mecánicos en turno 7x7 en planta concentradora.
- Control de backlog y programa semanal en SAP PM.
Editar

Planificador de Mantenimiento
Servicios Mineros Desierto Ltda.
Minería / Extracción
junio 2014 - febrero 2018 (3 años y 9 meses)
Empresa contratista de mantenimiento para faena Minera Cerro Dorado, Sierra Gorda.
- Elaboración del programa semanal de mantenimiento preventivo.
Editar

Estudios
Añadir estudio

Ingeniería de Ejecución en Mecánica
Universidad de Antofagasta
Universitario - Graduado
2010 - 2014
Editar

Técnico de Nivel Superior en Mantenimiento Industrial
INACAP
Técnico - Graduado
2005 - 2007
Editar

Ofertas que te pueden interesar
Supervisor Mantenimiento Mecánico Planta
Empresa confidencial
Calama, El Loa
Hace 2 días
EOF
run import --dry-run --as-of 2025-06 "$T/ct.txt"
has "$T/out" '"name": "Rodrigo Andrés Tapia Cortés"' "the name the site greeted"
hasnt "$T/out" 'Computrabajo' "nothing of the site's menu"
has "$T/out" '"position": "Planificador de Mantenimiento"' "the title over the firm"
hasnt "$T/out" '"position": "Empresa contratista' "the sentence under the dates no title"
has "$T/out" '"institution": "INACAP"' "the school's initials the school"
hasnt "$T/out" 'Graduado' "the level and state of the study go"
hasnt "$T/out" 'Añadir' "no button's label"
hasnt "$T/out" 'Calama' "no job the site offers"

# Tables set out in columns by spaces (pdftotext -layout), their cells
# wrapped onto the lines under each row: each row read whole, schools by
# their columns, trainings and qualifications as certificates (name,
# institute, year or the "To" date), the header rows no records
cat >"$T/bd.txt" <<'EOF'
  Md. Tanvir Ahmed Chowdhury
  e-mail : tanvir.chowdhury@example.com

  Academic Qualification:

   Exam Title          Concentration/     Institute              Board     Result             Pas.Year  Duration
                       Major/Group
   Master of Business  Finance            University of Dhaka    -         CGPA:3.52 out of   2014      1 Year
   Administration                                                          4
   (MBA)
   SSC                 Business Studies   Motijheel Govt. Boys'  Dhaka     GPA:4.88 out of    2006      2 Years
                                          High School                      5

  Training Summary:

   Training Title           Topic                Institute               Country      Location     Year   Duration
   Foundation Training      General Banking,     Meghna Crescent Bank    Bangladesh   Dhaka        2018   4 Weeks
   Course                   Credit, Foreign      Training Institute
                            Exchange

  Professional Qualification:

   Certification                              Institute                       Location     From         To
   JAIBB (Junior Associate of the Institute   The Institute of Bankers,       Dhaka        Jun 2016     Dec 2018
   of Bankers, Bangladesh)                    Bangladesh (IBB)
EOF
run import --dry-run --as-of 2025-06 "$T/bd.txt"
has "$T/out" '"studyType": "Master of Business Administration \(MBA\)"' "the degree's cell whole"
has "$T/out" '"institution": "University of Dhaka"' "the school from its column"
has "$T/out" '"score": "CGPA:3.52 out of 4"' "the result's cell whole"
has "$T/out" '"institution": "Motijheel Govt. Boys. High School"' "a school's name wrapped in its cell"
has "$T/out" '"area": "Business Studies"' "the group the field"
has "$T/out" '"name": "Foundation Training Course"' "the training's title whole"
has "$T/out" '"issuer": "Meghna Crescent Bank Training Institute"' "its institute the issuer"
has "$T/out" '"name": "JAIBB \(Junior Associate of the Institute of Bankers, Bangladesh\)"' "the qualification whole"
has "$T/out" '"date": "2018-12"' "dated when it ended"
hasnt "$T/out" '"name": "Training Title' "the header no certificate"
hasnt "$T/out" 'General Banking' "the topic kept nowhere"

# A Peruvian CV: the schools a table in columns whose rows wrap (a row
# fills the date's column, a wrapped rest does not); each job a form of
# labels on the left ("Empresa", "Cargo", "Obra", "Lugar", "Periodo",
# "Funciones") whose values go on below in the value's column
cat >"$T/pe.txt" <<'EOF'
                                 ING. JORGE LUIS QUISPE HUAMÁN
                                         INGENIERO CIVIL

  III.  FORMACIÓN ACADÉMICA

           Grado / Título                        Institución                               Fecha
           Maestría en Gestión de la             Universidad Nacional de Ingeniería        2019 – 2021
           Construcción (Egresado)               (UNI)
           Bachiller en Ciencias con mención     Universidad Nacional de Ingeniería        2007 – 2012
           en Ingeniería Civil                   (UNI)


  IV.   EXPERIENCIA PROFESIONAL

           Empresa             Constructora Andina del Pacífico S.A.C.
           Cargo               Residente de Obra
           Obra                Edificio Multifamiliar “Residencial Los Olivos” (14 pisos y 2 sótanos,
                               18 500 m² de área techada)
           Lugar               Los Olivos, Lima
           Periodo             01/03/2021 – a la fecha
           Funciones           • Dirección técnica de la obra y control del cronograma valorizado, con
                                 un equipo de 4 ingenieros y 120 obreros.
                               • Control de costos, metrados y valorizaciones mensuales al cliente.

           Empresa             Consorcio Supervisor Vial Norte
           Cargo               Asistente de Supervisión
           Lugar               Huaura, Lima
           Periodo             15/06/2018 – 28/02/2021
           Funciones           • Revisión de valorizaciones, metrados y adicionales del contratista.
EOF
run import --dry-run --as-of 2025-06 "$T/pe.txt"
has "$T/out" '"area": "Gestión de la Construcción \(Egresado\)"' "the degree's wrapped cell whole"
has "$T/out" '"institution": "Universidad Nacional de Ingeniería \(UNI\)"' "the school's wrapped cell whole"
test "$(grep -c '"institution"' "$T/out")" -eq 2
ok $? "two schools, no more"
has "$T/out" '"location": "Los Olivos, Lima"' "the place under the project's wrapped value"
has "$T/out" '"Dirección técnica de la obra y control del cronograma valorizado, con un equipo de 4 ingenieros y 120 obreros\."' "a duty wrapped under its column whole"
has "$T/out" '"Control de costos, metrados y valorizaciones mensuales al cliente\."' "the next duty its own"
test "$(grep -c '"position"' "$T/out")" -eq 2
ok $? "one job a form, no more"

# A Philippine CV: the schools a table of Level / School / Course / Year
# Graduated, a dash for no course, the level the degree then, the town
# that calls itself a city no part of the school; "(part-time, working
# student)" after a title is a note, no job
printf 'JOHN PAUL R. MAGBANUA\nEmail: jp@example.com\n\nWORK EXPERIENCE\n\n2012 \xe2\x80\x93 2014\nGolden Spoon Fastfood Corp. \xe2\x80\x93 Colon Street, Cebu City\nService Crew (part-time, working student)\n\xef\x82\xb7\tTook customer orders\n\nEDUCATIONAL BACKGROUND\n\nLevel\tSchool\tCourse\tYear Graduated\nTertiary\tUniversity of San Jose\xe2\x80\x93Recoletos, Cebu City\tBachelor of Science in Hospitality Management\t2014\nSecondary\tAbellana National School, Cebu City\t\xe2\x80\x93\t2010\n' >"$T/ph.txt"
run import --dry-run --as-of 2025-06 "$T/ph.txt"
has "$T/out" '"institution": "Abellana National School",' "no city in the school's name"
has "$T/out" '"studyType": "Secondary",' "the level the degree where no course is"
has "$T/out" '"studyType": "Bachelor of Science",' "the course the degree where one is"
has "$T/out" '"endDate": "2010"' "the year graduated"
has "$T/out" '"position": "Service Crew",' "the title without its note"
hasnt "$T/out" '"name": "Service Crew' "the title no firm"

# A Danish CV: "Aarhus Kommune, Familieafdelingen Nord", a unit of the
# employer after its comma, is no town; a sentence dated within its
# job's dates ("fastansat fra august 2013.") opens no job; under dates
# alone, a degree's line of many small words over the school's line is
# the header; a course's name in quotes after its kind is the field
cat >"$T/dk.txt" <<'EOF'
Mette Kjær Andersen
E-mail: mette@example.com

Erhvervserfaring
2019 – nu
Aarhus Kommune, Familieafdelingen Nord
Sagsbehandler (socialrådgiver)
• Myndighedssagsbehandling i børne- og familiesager
mar. 2012 – jul. 2014
Syddjurs Kommune, Borgerservice og Ydelse
Socialrådgiver
Barselsvikariat, fastansat fra august 2013.
• Behandling af ansøgninger om enkeltydelser

Uddannelse
2016 – 2018
Diplomuddannelse i offentlig forvaltning og administration (3 moduler)
VIA University College, Aarhus
2015
Corso di formazione “Contabilità e paghe” (120 ore)
Centro Formazione Felsinea
EOF
run import --dry-run --as-of 2025-06 "$T/dk.txt"
has "$T/out" '"name": "Aarhus Kommune, Familieafdelingen Nord",' "the unit part of the employer's name"
has "$T/out" '"name": "Syddjurs Kommune, Borgerservice og Ydelse",' "so is a service"
test "$(grep -c '"position"' "$T/out")" -eq 2
ok $? "the dated sentence no job"
has "$T/out" '"studyType": "Diplomuddannelse i offentlig' "the degree over the school read"
has "$T/out" '"institution": "VIA University College' "its school"
has "$T/out" '"area": "Contabilità e paghe",' "the course's field from its quotes"
has "$T/out" '"studyType": "Corso di formazione",' "its kind the degree"

# A Québec CV: "Mécanicien industriel" beside its dates is the job's
# title, no aside; "Étés 2009 et 2010" dates a summer job; "DEP en ..."
# over its school is the degree
printf 'SÉBASTIEN GAGNON\nCourriel : seb@example.com\n\nEXPÉRIENCE PROFESSIONNELLE\n\nMécanicien industriel\tMai 2014 \xe2\x80\x93 Août 2018\n\nCartonnerie Rivière-des-Prairies ltée \xe2\x80\x93 Montréal-Est\n\nEntretien mécanique d\xe2\x80\x99une machine à carton.\n\nAide-électricien\tÉtés 2009 et 2010\n\nÉlectro-Service Beaubien enr. \xe2\x80\x93 Montréal\n\nTirage de fils et installation de luminaires.\n\nFORMATION\n\nDEP en électromécanique de systèmes automatisés (1 800 heures)\t2009 \xe2\x80\x93 2011\n\nCentre de formation professionnelle de Lachine\n' >"$T/qc.txt"
run import --dry-run --as-of 2025-06 "$T/qc.txt"
has "$T/out" '"position": "Mécanicien industriel",' "the title beside its dates"
has "$T/out" '"name": "Cartonnerie Rivière-des-Prairies ltée",' "the firm under it"
has "$T/out" '"startDate": "2009-05",' "the summers' first"
has "$T/out" '"endDate": "2010-08"' "and last"
has "$T/out" '"institution": "Centre de formation professionnelle de Lachine"' "the school under the DEP"
has "$T/out" '"studyType": "DEP",' "the DEP the degree"

# A developer's CV in a narrow column: "Django REST" over "Framework"
# is one known skill; "GitLab CI" after a line ended by a comma ends that
# list, no group; "(open to remote)" after the town; a job's "Tech stack:"
# wrapped onto "(EKS, SQS, RDS), Terraform." opens no job
cat >"$T/ua.txt" <<'EOF'
OLEKSANDR KOVALENKO
Senior Backend Developer

CONTACTS
Lviv, Ukraine (open to remote)
o.kovalenko.dev@example.com

SKILLS
Frameworks: Django, Django REST
Framework, FastAPI, Celery
DevOps: Docker, Kubernetes, AWS
(ECS, SQS, S3, RDS), Terraform,
GitLab CI
Testing: pytest, testcontainers

EXPERIENCE
Senior Backend Developer
NordBridge Software, Lviv (remote)
09.2021 – Present
• Designed and built the route-pricing service in Go.
Tech stack: Python 3.11, Go, FastAPI, PostgreSQL, Redis, Kafka, Docker, Kubernetes, AWS
(EKS, SQS, RDS), Terraform.
Backend Developer
GrapesLab
02.2019 – 08.2021
• Developed payment processing modules.
EOF
run import --dry-run --as-of 2025-06 "$T/ua.txt"
has "$T/out" '"Django REST Framework",' "the wrapped skill whole"
has "$T/out" '"GitLab CI"' "the list's last item kept"
hasnt "$T/out" '"name": "GitLab CI"' "no group of it"
has "$T/out" '"city": "Lviv",' "the town before the note"
has "$T/out" '"name": "GrapesLab",' "the second job's firm"
hasnt "$T/out" '"name": "\(EKS' "the tools' wrap no firm"

# An hh.ru résumé: the desired position is the headline, not a line
# near the name; "Март 2019 —" over "по настоящее время" is open; a
# bullet not ended goes on in small letters at the margin
cat >"$T/hh.txt" <<'EOF'
Кузнецова Ольга Андреевна
o.kuznetsova@example.com
Проживает: Москва
Не готова к переезду, готова к командировкам

Желаемая должность и зарплата

Руководитель проектов
Занятость: полная занятость

Опыт работы — 12 лет 3 месяца
Март 2019 —
по настоящее время
5 лет 8 месяцев

ООО «Альфа-Интеграция»
Москва, www.alfa-integration.example.com
• Системная интеграция, автоматизации технологических и бизнес-процессов
предприятия, ИТ-консалтинг

Руководитель проектов
- планирование проектов;
EOF
run import --dry-run --as-of 2025-06 "$T/hh.txt"
has "$T/out" '"label": "Руководитель проектов",' "the desired position the headline"
has "$T/out" '"url": "www.alfa-integration.example.com"' "the firm's site beside its town"
has "$T/out" '"location": "Москва",' "the town without the site"
has "$T/out" '"position": "Руководитель проектов",' "the job's title"
has "$T/out" '"startDate": "2019-03"' "the start over its open end"
hasnt "$T/out" '"endDate"' "no end"
hasnt "$T/out" '"position": "по настоящее' "the open end no title"

# A bdjobs CV: "Internee" is a title; "Company Location :" gives the
# job's place; "Career and Application Information" (salaries, wishes) is
# no job; "Fields of Specialization<gap>Description" over numbered items:
# the items, not the description, are the group's skills
cat >"$T/bdj.txt" <<'EOF'
  Md. Tanvir Ahmed Chowdhury
  e-mail : tanvir.chowdhury@example.com

  Employment History:

   1. Internee ( October 1, 2013 - December 31, 2013)
      Karnaphuli Bank Limited
      Company Location : Agrabad, Chattogram
      Department: General Banking
      Duties/Responsibilities:
      - Completed a three-month internship as part of the BBA program.

  Career and Application Information:

  Looking For                 : Mid Level Job
  Present Salary              : Tk. 78000
  Preferred Job Category      : Bank/ Non-Bank Fin. Institution

  Specialization:

   Fields of Specialization                           Description
   1. General Banking Operations                      Front desk, account opening, clearing,
   2. SME & Retail Credit Analysis                    credit appraisal and trade services
   3. MS Excel & MS Word
EOF
run import --dry-run --as-of 2025-06 "$T/bdj.txt"
has "$T/out" '"position": "Internee",' "the intern's title"
has "$T/out" '"name": "Karnaphuli Bank Limited",' "the bank"
has "$T/out" '"location": "Agrabad, Chattogram",' "the place from its label"
hasnt "$T/out" 'Looking For' "the wishes no job"
has "$T/out" '"name": "Fields of Specialization",' "the table's group"
has "$T/out" '"SME & Retail Credit Analysis",' "an item of the left column"
hasnt "$T/out" 'credit appraisal' "the description no skill"

# A bilingual CV: the Arabic of the name and headings set beside the
# English is left out
cat >"$T/lb.txt" <<'EOF'
                                                                   السيرة الذاتية
KARIM ELIAS HADDAD                                              كريم الياس حداد
Civil Engineer – Structures & Site Execution
karim.haddad@example.com

EDUCATION                                                       التحصيل العلمي
Master of Science in Civil Engineering (Structures)             2014 – 2016
American University of Beirut (AUB)
EOF
run import --dry-run --as-of 2025-06 "$T/lb.txt"
has "$T/out" '"label": "Civil Engineer – Structures & Site Execution",' "the English headline"
hasnt "$T/out" 'كريم' "no Arabic name beside the English"
has "$T/out" '"studyType": "Master of Science",' "the degree, no Arabic heading"

# A Profesia.sk CV in Slovak: its headings; "súčasnosť" is open; the
# faculty under the school is no degree; "Anglický jazyk" over
# "Pokročilý (B2)"; a skill's level after its dash goes
cat >"$T/sk.txt" <<'EOF'
Životopis

Tomáš Hudec
E-mail
tomas.hudec@example.com

Pracovné skúsenosti
04/2018 - súčasnosť
Koordinátor logistiky
NordTrans Logistics s.r.o.
Náplň práce:
- plánovanie a koordinácia vnútroštátnych a medzinárodných prepráv

Vzdelanie
09/2010 - 06/2013
Žilinská univerzita v Žiline
Fakulta prevádzky a ekonomiky dopravy a spojov
Ekonomika dopravy
Vysokoškolské I. stupňa

Jazykové znalosti
Anglický jazyk
Pokročilý (B2)

Počítačové znalosti
Microsoft Excel - Pokročilý
Power BI - Mierne pokročilý
EOF
run import --dry-run --as-of 2025-06 "$T/sk.txt"
has "$T/out" '"position": "Koordinátor logistiky",' "the job under its heading"
hasnt "$T/out" '"endDate": "2018' "the present open"
hasnt "$T/out" 'Fakulta' "the faculty kept nowhere"
has "$T/out" '"area": "Vysokoškolské I. stupňa"' "the level read"
has "$T/out" '"language": "Anglický jazyk",' "the language with its word"
has "$T/out" '"fluency": "Pokročilý \(B2\)"' "its level from the next line"
has "$T/out" '"Power BI"' "the skill"
hasnt "$T/out" '"Mierne pokročilý"' "its level no skill"

# An Ethiopian NGO CV: jobs as labelled rows ("Organization:",
# "Position:", "Duration:", "Place of Assignment:" with a note after the
# town); degrees set as bullets over their schools; "Trainings Attended"
# heads certificates, no jobs
cat >"$T/et.txt" <<'EOF'
CURRICULUM VITAE
HIWOT ALEMAYEHU BEKELE
E-mail: hiwot.alemayehu@example.com
Educational Background
• Master of Arts in Rural Development
Addis Ababa University, College of Development Studies
September 2014 – July 2016 (Extension program)
Work Experience
1. Organization: CareBridge International – Ethiopia Country Office
Position: Program Officer – WASH and Livelihoods
Duration: March 2020 – Present
Place of Assignment: Addis Ababa (with frequent field travel to Afar and Amhara regions)
Major Duties and Responsibilities:
• Manage the implementation of two donor-funded projects.
2. Organization: Amhara Women’s Self-Help Association (AWSHA)
Position: Community Development Facilitator
Duration: September 2011 – September 2014
Place of Assignment: Debre Markos
Major Duties and Responsibilities:
• Mobilized communities in four kebeles.
Trainings Attended
Results-Based Monitoring and Evaluation, Ethiopian Civil Service University, 2015
EOF
run import --dry-run --as-of 2025-06 "$T/et.txt"
has "$T/out" '"location": "Addis Ababa",' "the place without its note"
has "$T/out" '"name": "Amhara Women’s Self-Help Association \(AWSHA\)",' "the labelled employer"
has "$T/out" '"position": "Community Development Facilitator",' "the labelled title"
has "$T/out" '"location": "Debre Markos",' "its place"
has "$T/out" '"studyType": "Master of Arts",' "the degree set as a bullet"
has "$T/out" '"institution": "Addis Ababa University"' "its school"
test "$(grep -c '"position"' "$T/out")" -eq 2
ok $? "the trainings no jobs"

# A JobsDB résumé's second page: dates and labels down the left
# ("2014 - 2018", "Thai", "Willing to Travel") beside the entries, one
# table, no column of their own
printf 'Natthaporn Srisuk\nnatthaporn@example.com\n\nWork Experience\n  Mar 2021 - Present        Marketing Executive\n                            Siam Harvest Foods Co., Ltd.\n\f\nEducation\n  2014 - 2018               Bachelor\x27s Degree, Marketing\n                            Kasetsart University\n                            GPA: 3.31\n\n  2011 - 2014               High School Diploma, Science Program\n                            Bangkapi Wittaya School\n\nLanguages\n  Thai                      Native\n  English                   Good (TOEIC 805)\n  Chinese                   Basic\n\nCertifications\n  Aug 2023                  Google Ads Search Certification \xe2\x80\x93 Google\n  Mar 2023                  Meta Certified Digital Marketing Associate \xe2\x80\x93 Meta\n\nOther Information\n  Driving License           Car (Thai driving license)\n  Willing to Travel         Yes, upcountry\n' >"$T/th.txt"
run import --dry-run --as-of 2025-06 "$T/th.txt"
has "$T/out" '"institution": "Kasetsart University"' "the school beside its dates"
has "$T/out" '"startDate": "2014"' "its dates"
has "$T/out" '"fluency": "Good \(TOEIC 805\)"' "a language beside its level"
test "$(grep -c '"position"' "$T/out")" -eq 1
ok $? "the schools no jobs"

# A Zhaopin résumé: the time spent in brackets after the firm and the pay
# beside the title go; a skill's level and years in its row go; the
# languages named in Chinese are languages
cat >"$T/zp.txt" <<'EOF'
王浩然
邮箱：wanghr_sales@example.com

工作经历
广州华拓医疗器械有限公司（5年7个月）
2019.03 - 至今
销售经理 | 30001-40000元/月
工作描述：
1. 负责广东、广西两省区域销售团队（12人）的日常管理；

专业技能
大客户销售	精通	|	10年以上
渠道管理	熟练	|	8年

语言能力
英语：读写能力熟练 | 听说能力良好
EOF
run import --dry-run --as-of 2025-06 "$T/zp.txt"
has "$T/out" '"name": "广州华拓医疗器械有限公司",' "the firm without its time"
has "$T/out" '"position": "销售经理",' "the title without its pay"
has "$T/out" '"渠道管理"' "the skill"
hasnt "$T/out" '"精通"' "its level no skill"
hasnt "$T/out" '年以上' "its years no skill"
has "$T/out" '"language": "英语",' "the language named in Chinese"

# A Sri Lankan CV for the Gulf: "Non-related references" keeps its
# phones from the person's; schools as bullets "Exam – year (stream) –
# school"
cat >"$T/lk.txt" <<'EOF'
CURRICULUM VITAE

NUWAN CHAMINDA FERNANDO
SOUS CHEF
Mobile / WhatsApp: +94 77 318 4526
E-mail: nuwan.c.fernando@example.com

PERSONAL DETAILS
Full Name	:	Warnakulasuriya Patabendige Nuwan Chaminda Fernando
Nationality	:	Sri Lankan

PROFESSIONAL EXPERIENCE
1.	Ocean Pearl Hotel, Colombo 03, Sri Lanka
Designation	:	Sous Chef
Period	:	March 2019 to date
2.	Hill Mist Hotel, Kandy, Sri Lanka
Designation	:	Commis I
Period	:	June 2012 to March 2014

EDUCATIONAL QUALIFICATIONS
•	G.C.E. Advanced Level Examination – 2009 (Commerce Stream) – St. Mary’s College, Negombo
•	G.C.E. Ordinary Level Examination – 2006 – 8 passes including English – St. Mary’s College, Negombo

NON-RELATED REFERENCES
Mr. Rohan Jayasinghe
Tel: +94 11 255 7810
EOF
run import --dry-run --as-of 2025-06 "$T/lk.txt"
has "$T/out" '"phone": "\+94 77 318 4526"' "the person's phone, no referee's"
has "$T/out" '"studyType": "G.C.E. Advanced Level Examination",' "the exam a school's entry"
has "$T/out" '"endDate": "2009"' "its year before the note"
test "$(grep -c '"institution"' "$T/out")" -eq 2
ok $? "each bullet a school"

# A UK graduate's key skills, each named before a dash and an example
printf 'Amelia Hart\namelia@example.com\n\nKEY SKILLS\n\nCommunication \xe2\x80\x93 explaining products and policies clearly to customers.\n\nProblem solving \xe2\x80\x93 calmly resolving customer complaints at the service desk.\n' >"$T/ks.txt"
run import --dry-run --as-of 2025-06 "$T/ks.txt"
has "$T/out" '"Problem solving"' "the skill before its example"
hasnt "$T/out" 'service desk' "the example no skill"

# An Austrian Lebenslauf: the postcode before the town after the firm's
# comma goes with the town
printf 'Sabine Gruber\nsabine@example.com\n\nBERUFSERFAHRUNG\n\n   seit 09/2020             Personalverrechnerin\n                            Donauwerk Haustechnik GmbH, 1100 Wien\n                            \xe2\x80\x93   Lohn- und Gehaltsabrechnung f\xc3\xbcr 240 Mitarbeiter\n' >"$T/at.txt"
run import --dry-run --as-of 2025-06 "$T/at.txt"
has "$T/out" '"name": "Donauwerk Haustechnik GmbH",' "the firm without the postcode"
has "$T/out" '"location": "1100 Wien",' "the postcode with its town"

# A school's line: its town after its name, though no list knows the
# town, is no part of its name, nor of the field
cat >"$T/edutown.txt" <<'EOF'
Maria Lopez
maria.lopez@example.com

EDUCATION

Bachelor of Science in Nursing
Riverside College, Lakeview
2010 – 2014

Diploma in Business
Kestrel Polytechnic Institute – Marlowe Heights
2008 – 2010

High School Diploma, Westbrook High School, Dunmore, PA, 2008
Associate of Applied Science, Lakeland Community College, Kirtland, Ohio – 2006
EOF
run import --dry-run --as-of 2025-06 "$T/edutown.txt"
has "$T/out" '"institution": "Riverside College",' "the town after a comma no part of the school"
has "$T/out" '"institution": "Kestrel Polytechnic Institute",' "nor after a dash"
hasnt "$T/out" '"area": "(Dunmore|Kirtland)"' "a town before its state no field"
has "$T/out" '"institution": "Lakeland Community College",' "the school before them"

# A school's "St." after the year is no sentence's end
printf 'Nuwan Perera\nnuwan@example.com\n\nEDUCATION\n\xe2\x80\xa2\tG.C.E. Ordinary Level Examination \xe2\x80\x93 2006 \xe2\x80\x93 St. Mary\xe2\x80\x99s College\n\xe2\x80\xa2\tB.A. in English \xe2\x80\x93 2012 \xe2\x80\x93 St. John'"'"'s University\n' >"$T/st.txt"
run import --dry-run --as-of 2025-06 "$T/st.txt"
has "$T/out" '"institution": "St. Mary’s College",' "the school's name whole after the year"
has "$T/out" '"institution": "St. John.s University",' "and after a degree"

# A title and its employer with nothing between ("Patient Care
# Technician St. Brigid's Medical Center, Mesa, AZ"), a unit before the
# employer ("Emergency Department St. Brigid's ...") the title's
cat >"$T/glued.txt" <<'EOF'
Jennifer Castillo
jc@example.com

EXPERIENCE

Family Nurse Practitioner Desert Bloom Community Health Center, Phoenix, AZ 09/2019 - Present
• Provide comprehensive primary care to a panel of patients
Registered Nurse, Emergency Department St. Brigid's Medical Center, Mesa, AZ 06/2015 - 08/2019
• Triaged and cared for up to 5 patients per shift
Patient Care Technician St. Brigid's Medical Center, Mesa, AZ 05/2013 - 05/2015
• Assisted RNs with vital signs
EOF
run import --dry-run --as-of 2025-06 "$T/glued.txt"
has "$T/out" '"name": "Desert Bloom Community Health Center",' "the employer after the title"
has "$T/out" '"position": "Family Nurse Practitioner",' "the title before it"
has "$T/out" '"position": "Registered Nurse, Emergency Department",' "the unit the title's"
test "$(grep -c '"name": "St. Brigid.s Medical Center",' "$T/out")" -eq 2
ok $? "the employer after the unit, and after a title alone"
test "$(grep -c '"location": "Mesa, AZ",' "$T/out")" -eq 2
ok $? "a town no list knows before its state the place"

# A travel nurse: "TRAVEL ASSIGNMENTS" a section of jobs, each with a
# line of facts set apart by dots under it; "RN" a job's word; the ward
# between the title and the employer the title's; "RN" after the name
cat >"$T/travel.txt" <<'EOF'
KAYLA MORGAN RN
Travel Registered Nurse | Med-Surg / Telemetry
kayla.morgan@example.com
TRAVEL ASSIGNMENTS
Progressive Care RN | Pacific Crest Medical Center, Sacramento, CA | 09/2024 – Present
28-bed PCU · 1:3 ratio · Level I trauma · Epic · Agency: Meridian Travel Nursing
Telemetry RN | Lowcountry Regional Medical Center, Charleston, SC | 08/2023 – 12/2023
30-bed cardiac tele · 1:4 ratio · Epic · Agency: BlueHarbor Staffing
STAFF EXPERIENCE
Staff RN – Cardiac Step-Down | Smoky Ridge University Medical Center, Knoxville, TN | 06/2018 – 05/2022
• Cared for post-PCI and heart failure patients on titratable drips.
EOF
run import --dry-run --as-of 2025-06 "$T/travel.txt"
has "$T/out" '"name": "Kayla Morgan",' "the licence after the name no part of it"
has "$T/out" '"name": "Pacific Crest Medical Center",' "an assignment a job"
has "$T/out" '"position": "Telemetry RN",' "its title"
has "$T/out" '"name": "Lowcountry Regional Medical Center",' "the line of facts no job's header"
hasnt "$T/out" '"(name|position)": "30-bed' "nor its title or employer"
has "$T/out" '"position": "Staff RN – Cardiac Step-Down",' "the ward with the title"

# A Vietnamese tester's CV: a skill wrapped in its bracket after a comma;
# projects as a name, its dates, then labels ("Position:",
# "Technologies:" wrapped after a comma, "Responsibilities:")
cat >"$T/vnproj.txt" <<'EOF'
Tran Thi Mai
mai.tran@example.com

SKILLS
Manual testing (functional,
regression, UAT)
API testing with Postman

PROJECTS
HelixPay Mobile Wallet
06/2022 - Present
Customer: Helix Fintech (in-house product)
Team size: 24
Position: Senior QA Engineer
Technologies: Java, Selenium WebDriver, TestNG, Postman, Newman,
JMeter, GitLab CI
Responsibilities: test strategy, API and mobile testing

ShopNow Marketplace Revamp
01/2020 - 12/2021
Customer: Japanese e-commerce company
Position: Tester
Technologies: PHP Laravel, Vue.js, MySQL
Responsibilities: requirement analysis, test design
EOF
run import --dry-run --as-of 2025-06 "$T/vnproj.txt"
has "$T/out" '"Manual testing \(functional, regression, UAT\)"' "the skill whole over its wrap"
has "$T/out" '"name": "HelixPay Mobile Wallet",' "the project's name over its dates"
has "$T/out" '"startDate": "2020-01",' "its dates"
has "$T/out" '"GitLab CI"' "the technologies wrapped after a comma"
hasnt "$T/out" '"name": "(JMeter|Technologies|06/2022)' "no project of a wrap, a label or dates"
has "$T/out" '"Senior QA Engineer"' "the position its role"

# A Nepali CV: schools and jobs as tables of columns; each job's duties
# told after the table under "Title – Firm", the table ended by a line of
# words where its numbers stand; "Head Office" no part of
# the firm; "Passed Year" the year a school ended
cat >"$T/np.txt" <<'EOF'
SANDESH SHRESTHA
sandesh@example.com
  Academic Qualification
   Degree          Board/University          Institution                      Passed Year     Percentage
   B.Sc. CSIT      Tribhuvan University      Amrit Science Campus,            2016            72.6%
                                             Lainchaur, Kathmandu
   SLC             Office of the             Shree Saraswati Secondary        2010            81.5%
                   Controller of             School, Banepa
                   Examinations
  Work Experience
   S.N.   Organization                   Position                    Duration
   1.     Himalayan Sunrise Bank Ltd.,   IT Officer                  16 July 2021 – Present
          Head Office, Kamaladi,
          Kathmandu
   2.     Gandaki Bikas Bank Ltd.,       IT Assistant                12 March 2017 – 31 December 2018
          Pokhara
  Job Responsibilities
  IT Officer – Himalayan Sunrise Bank Ltd.
  • Administration of the Finacle core banking system.
  • Supervising the IT help desk for 48 branches.
  IT Assistant – Gandaki Bikas Bank Ltd.
  • Daily backup of the core banking database.
EOF
run import --dry-run --as-of 2025-06 "$T/np.txt"
has "$T/out" '"institution": "Amrit Science Campus",' "the quarter and the town after the campus no part of it"
has "$T/out" '"endDate": "2016",' "the passed year the school's end"
test "$(grep -c '"name": "Himalayan Sunrise Bank Ltd.",' "$T/out")" -eq 1
ok $? "the firm without its head office, one job"
has "$T/out" '"Supervising the IT help desk for 48 branches."' "the duties under the job's line"
test "$(python3 -c 'import json,sys; w=json.load(open(sys.argv[1]))["work"]; print(len(w), len(w[0].get("highlights",[])), len(w[1].get("highlights",[])))' "$T/out")" = "2 2 1"
ok $? "each job its own duties, no job of their lines"

# A Kazakh CV: a date column too narrow for its ranges ("03.2013 –" over
# "08.2016"); the name heading the CV over a form's longer "Full name:"
cat >"$T/kz.txt" <<'EOF'
                                    CURRICULUM VITAE
                                     DANIYAR AKHMETOV
                             Process Engineer (Gas Processing)
PERSONAL DETAILS
Full name:                Akhmetov Daniyar Serikovich
Mobile:                   +7 701 555 38 21
WORK EXPERIENCE
09.2016 –                 «Caspian Gas Processing» LLP, Tengiz field, Atyrau region
present                   Senior Process Engineer, Gas Processing Plant
                          - process monitoring and optimization of amine treating units;
03.2013 –                 «Zhaiyq Oil Refining» JSC, Atyrau
08.2016                   Process Engineer, Hydrotreating Unit
                          - control of the technological regime of diesel hydrotreating;
EOF
run import --dry-run --as-of 2025-06 "$T/kz.txt"
has "$T/out" '"name": "Daniyar Akhmetov",' "the name gone by over the form's full name"
has "$T/out" '"label": "Process Engineer \(Gas Processing\)",' "the line under it the headline"
has "$T/out" '"endDate": "2016-08"' "the range's end on the line under it"
test "$(grep -c '"startDate"' "$T/out")" -eq 2
ok $? "one job for each range"

# A LinkedIn PDF with no blank lines: the sidebar's wrapped certificate
# ("Level III") no name; the headline wrapped by the sidebar's width one
# line, whole, its tags after the bars kept
cat >"$T/li.txt" <<'EOF'
Contact
noa.benami.pm@example.com
Certifications
Pragmatic Institute Certified - PMC
Level III
Product Analytics Micro-Certification
Honors-Awards
Clarion Excellence Award 2019
Noa Ben-Ami
Senior Product Manager at Tessera
Data | B2B SaaS | Data & AI Platforms
Tel Aviv-Yafo, Tel Aviv District, Israel
Summary
Product manager with 10+ years in B2B SaaS.
EOF
run import --dry-run --as-of 2025-06 "$T/li.txt"
has "$T/out" '"name": "Noa Ben-Ami",' "the name after the sidebar"
has "$T/out" '"label": "Senior Product Manager at Tessera Data \| B2B SaaS \| Data & AI Platforms",' "the headline whole over its wrap"
has "$T/out" '"city": "Tel Aviv-Yafo",' "the place under it"

# A Nigerian CV: "SURNAME, Given names"; the schools attended with their
# dates, then the qualifications with their years, each degree going to
# the school that ended that year; the NYSC's sentence no job; a
# professional membership no skill
cat >"$T/ng.txt" <<'EOF'
CURRICULUM VITAE
OKONKWO, CHIAMAKA GRACE (ACA)
E-mail: chiamaka.okonkwo@example.com
EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES
Obafemi Awolowo University, Ile-Ife, Osun State
2006 – 2011
Federal Government Girls’ College, Onitsha
2000 – 2006
ACADEMIC AND PROFESSIONAL QUALIFICATIONS WITH DATES
Associate Chartered Accountant (ACA) – Institute of Chartered Accountants of Nigeria (ICAN)
2016
B.Sc. Accounting (Second Class Upper Division)
2011
Senior School Certificate Examination (WAEC)
2006
NATIONAL YOUTH SERVICE CORPS (NYSC)
Served in Ekiti State (2012 Batch B). Certificate of National Service obtained in October 2013.
COMPUTER SKILLS
Microsoft Excel (Advanced), Sage 50
PROFESSIONAL MEMBERSHIP
Associate Member, Institute of Chartered Accountants of Nigeria (ICAN) – 2016
EOF
run import --dry-run --as-of 2025-06 "$T/ng.txt"
has "$T/out" '"name": "Chiamaka Grace Okonkwo",' "the given names before the surname"
has "$T/out" '"institution": "Obafemi Awolowo University",' "the school without its town and state"
has "$T/out" '"studyType": "B.Sc.",' "the degree of the year it ended"
has "$T/out" '"score": "Second Class Upper Division"' "with its class"
has "$T/out" '"studyType": "Senior School Certificate Examination \(WAEC\)",' "the school certificate the college's"
has "$T/out" '"name": "Associate Chartered Accountant \(ACA\)",' "the body's qualification a certificate still"
hasnt "$T/out" '"name": "(Served|Associate Member)' "no job of the service's sentence, no skill of the membership"

# An Indonesian job-site profile: "Ringkasan pribadi", "Riwayat karier",
# "Lisensi & sertifikasi" headings; "Selesai 2015" the year a school
# ended, the word no field; "IPK 3,42 dari 4,00" the grade
cat >"$T/id.txt" <<'EOF'
Rina Wulandari
Bekasi, Jawa Barat
rina.wulandari@example.com
Ringkasan pribadi
Saya adalah staf administrasi dengan pengalaman lebih dari 6 tahun di bidang administrasi umum.
Riwayat karier
Staf Administrasi Umum
PT Sinar Cahaya Logistik
Okt 2021 - Sekarang (3 tahun 2 bulan)
- Membuat dan mengarsipkan surat masuk dan surat keluar
Pendidikan
Politeknik LP3I Jakarta
D3 Administrasi Perkantoran
Selesai 2018
IPK 3,42 dari 4,00
SMK Negeri 1 Bekasi
SMK Administrasi Perkantoran
Selesai 2015
Lisensi & sertifikasi
Brevet Pajak A dan B
Ikatan Akuntan Indonesia (IAI)
Diterbitkan Jun 2022
EOF
run import --dry-run --as-of 2025-06 "$T/id.txt"
hasnt "$T/out" '"label": "Ringkasan' "the summary's heading no headline"
has "$T/out" '"name": "PT Sinar Cahaya Logistik",' "the career history the jobs"
has "$T/out" '"score": "IPK 3,42 dari 4,00"' "the grade under the year"
hasnt "$T/out" '"area": "Selesai"' "the word that the study ended no field"
test "$(grep -c '"institution"' "$T/out")" -eq 2
ok $? "the certificates no schools"

# A LinkedIn PDF's education: "(2009" over "- 2013)", the dash read as a
# bullet's; a school's acronym and town in brackets kept; a headline
# beside the contact details in a cell of its own, whole
cat >"$T/liedu.txt" <<'EOF'
MOHAMMED IMRAN QURESHI                                                   Mobile: +91 98765 43120
Team Leader – Customer Support (International Voice & Chat)             E-mail: imran@example.com

Education
Technion - Israel Institute of Technology
Bachelor of Science - BS, Industrial Engineering and Management · (2009
- 2013)
Reichman University (IDC Herzliya)
Certificate, Product Management · (2020 - 2020)
EOF
run import --dry-run --as-of 2025-06 "$T/liedu.txt"
has "$T/out" '"label": "Team Leader – Customer Support \(International Voice & Chat\)",' "the headline's cell whole"
has "$T/out" '"startDate": "2009",' "the range wrapped after its bracket"
has "$T/out" '"endDate": "2013"' "its end"
has "$T/out" '"institution": "Reichman University \(IDC Herzliya\)",' "the acronym and town in brackets kept"

# A table of projects whose first row has a figure in its name
# ("12-Storey"): a wrapped name's last line, no figure in it, is still
# the row's, and the table goes on
cat >"$T/pkproj.txt" <<'EOF'
Imran Qureshi
imran@example.com

   PROJECTS HANDLED

   S.No   Project Name                    Client                 Cost          Duration        Role
   1      Construction of 12-Storey       Gulberg Heights        2.1 Billion   Jul 2021 –      Senior Site
          Commercial Plaza (2B+G+11),     (Pvt.) Ltd.                          Present         Engineer
          Gulberg III, Lahore
   2      Construction of 200-Bed         C&W Department,        1.6 Billion   Mar 2018 –      Site Engineer
          Mother & Child Hospital,        Govt. of the Punjab                  Jun 2021        (Consultant)
          Sheikhupura
EOF
run import --dry-run --as-of 2025-06 "$T/pkproj.txt"
has "$T/out" 'Commercial Plaza \(2B\+G\+11\), Gulberg III, Lahore' "the name's wrapped lines one cell"
hasnt "$T/out" '"name": "(Sheikhupura|Mother)' "no project of a cell's rest"

# An Indian fresher's CV: the schools' table with a wrapped header and
# blank lines between its rows; "Industrial training" a section of jobs;
# the district after the town ("Namakkal (Dt.)") no town
cat >"$T/infresher.txt" <<'EOF'
R. ARUN KUMAR
E-mail : arunkumar.mech24@example.com
Address : 4/112, Kamarajar Street, Rasipuram, Namakkal (Dt.) – 637408, Tamil Nadu.

ACADEMIC QUALIFICATION

  Qualification      Name of the Institution          Board / University      Year of       Percentage /
                                                                              Passing       CGPA

  B.E.               Sree Ayyappa College of          Anna University,        2024          8.12 CGPA
  (Mechanical        Engineering, Namakkal            Chennai
  Engineering)

  HSC                Sri Vidya Mandir Matric Hr.      State Board of          2020          86.50 %
                     Sec. School, Rasipuram           Tamil Nadu


INDUSTRIAL TRAINING

  Company        :   Lakshmi Auto Components Pvt. Ltd., Hosur
  Duration       :   12 June 2023 to 26 June 2023 (15 days)
  Role           :   In-plant Trainee
EOF
run import --dry-run --as-of 2025-06 "$T/infresher.txt"
has "$T/out" '"institution": "Sree Ayyappa College of Engineering",' "the row's wrapped cells one school, its town off"
has "$T/out" '"area": "Mechanical Engineering",' "the degree's field wrapped in its cell"
has "$T/out" '"institution": "Sri Vidya Mandir Matric Hr. Sec. School",' "the row after a blank line"
has "$T/out" '"name": "Lakshmi Auto Components Pvt. Ltd.",' "the training a job"
has "$T/out" '"city": "Rasipuram",' "the town before the district"

# The Europass of 2020 on: a job's title in capitals, then its employer
# on the same line; so a degree, wrapped, then its school; "Livello
# EQF:" a note; "Abilitazioni e iscrizioni" a section of its own
cat >"$T/europass20.txt" <<'EOF'
Luca Bernardi
luca.bernardi@example.com

ESPERIENZA LAVORATIVA

01/03/2018 – ATTUALE
GEOMETRA – TECNICO DI CANTIERE Edilcostruzioni Bertolani S.r.l.
Città: Modena | Paese: Italia

◦ Direzione operativa e contabilità di cantiere

01/09/2012 – 28/02/2018
GEOMETRA COLLABORATORE Studio Tecnico Geom. Paolo Ferrarini
Città: Sassuolo | Paese: Italia

ISTRUZIONE E FORMAZIONE

02/03/2015 – 26/06/2015
CORSO PER COORDINATORE DELLA SICUREZZA IN FASE DI PROGETTAZIONE ED
ESECUZIONE (120 ORE, D.LGS. 81/2008) Ente Scuola Edile Modenese
Città: Modena | Paese: Italia | Livello EQF: Livello 4 EQF

ABILITAZIONI E ISCRIZIONI

Abilitazione all'esercizio della professione di Geometra – Esame di Stato, sessione 2012
EOF
run import --dry-run --as-of 2025-06 "$T/europass20.txt"
has "$T/out" '"position": "GEOMETRA – TECNICO DI CANTIERE",' "the title in capitals whole"
has "$T/out" '"name": "Edilcostruzioni Bertolani S.r.l.",' "the employer after it"
has "$T/out" '"name": "Studio Tecnico Geom. Paolo Ferrarini",' "so for the next job"
has "$T/out" '"institution": "Ente Scuola Edile Modenese",' "the school after the wrapped course"
hasnt "$T/out" '"institution": "(Livello|Abilitazione)' "no school of the level's note nor of the licence"

# An InfoJobs CV: "Junio 2019 - Actualidad (5 años y 5 meses)" its
# duration whole, no place of it; "Categoría:", "Nivel:" facts of the
# job; an IES a school; "Conocimientos y experiencia" the skills
cat >"$T/infojobs.txt" <<'EOF'
David Romero Castillo
david.romero.c@example.com

Experiencia
Camarero de sala
Hotel Miramar Costa del Sol S.L.
Junio 2019 - Actualidad (5 años y 5 meses)
Categoría: Turismo y restauración - Restauración
Nivel: Empleado/a
Descripción:
- Servicio de desayunos buffet, almuerzos y cenas a la carta.

Estudios
Ciclo Formativo Grado Medio - Hostelería y Turismo
Técnico en Servicios en Restauración
IES Costa del Sol (Málaga)
Septiembre 2011 - Junio 2013

Conocimientos y experiencia
Atención al cliente
Servicio de sala
EOF
run import --dry-run --as-of 2025-06 "$T/infojobs.txt"
hasnt "$T/out" '"location": "(y 5 meses\)|Restauración)"' "neither the duration's rest nor the category a place"
has "$T/out" '"institution": "IES Costa del Sol' "the IES the school"
has "$T/out" '"Servicio de sala"' "the knowledge the skills"

# A Bayt profile: "Title at Firm" over its dates over a town named after
# a date ("6th of October City"); a degree "at" the university over the
# faculty; "Specialties & Skills" the skills
cat >"$T/bayt.txt" <<'EOF'
Omar Hassan
omar@example.com

Experience
Junior Accountant at Delta Home Appliances
November 2011 to July 2012
6th of October City, Egypt
- Petty cash, supplier invoices and payment vouchers.

Education
Bachelor's degree, Accounting at Ain Shams University
September 2006 to June 2010
Grade: Very Good
Faculty of Commerce - English Section

Specialties & Skills
Financial Reporting
Odoo
EOF
run import --dry-run --as-of 2025-06 "$T/bayt.txt"
has "$T/out" '"name": "Delta Home Appliances",' "the firm after 'at'"
has "$T/out" '"location": "6th of October City, Egypt",' "the town named after a date the place"
has "$T/out" '"institution": "Ain Shams University",' "the university after 'at', the faculty under it none"
has "$T/out" '"Financial Reporting"' "the specialties the skills"

# A German Lebenslauf: "oHG" a firm's legal form, so the town after its
# comma is the place; "Filiale Köln-Ossendorf" the branch's town; a
# Berufskolleg the school, the track and the certificate under it
cat >"$T/dehandel.txt" <<'EOF'
Jonas Becker
jonas.becker@example.com

Berufserfahrung

seit 04/2019             Stellvertretender Filialleiter
                         HOLZMANN Bau- und Gartenmarkt GmbH & Co. KG, Filiale Köln-Ossendorf
                         •  Vertretung des Filialleiters in allen operativen Belangen

10/2010 – 07/2012        Aushilfe Kasse und Warenverräumung (Minijob)
                         Frischemarkt Hoffmann oHG, Bergisch Gladbach
                         •  Kassiertätigkeit, Auffüllen der Regale

Schulbildung

08/2010 – 06/2012        Berufskolleg Bergisch Gladbach
                         Höhere Handelsschule, Abschluss: Fachhochschulreife (schulischer Teil)
EOF
run import --dry-run --as-of 2025-06 "$T/dehandel.txt"
has "$T/out" '"location": "Köln-Ossendorf",' "the branch's town"
has "$T/out" '"name": "Frischemarkt Hoffmann oHG",' "the firm to its legal form"
has "$T/out" '"location": "Bergisch Gladbach",' "the town after it"
has "$T/out" '"institution": "Berufskolleg Bergisch Gladbach",' "the Berufskolleg the school"

# A French CV: the employer's line set in under the title's ("CHU de
# Nantes, Hôpital Bellier – Nantes (44)") is the header's, no body;
# "Formations" after "Diplômes" are courses, no schools; a legal form
# wrapped onto the next line ("Oy, Tampere") the firm's
cat >"$T/frcv.txt" <<'EOF'
Claire Martin
claire@example.com

Expériences professionnelles

Depuis septembre 2019	Aide-soignante – Service de médecine gériatrique
	CHU de Nantes, Hôpital Bellier – Nantes (44)
•	Soins d'hygiène et de confort

Diplômes

2012	Diplôme d'État d'Aide-Soignant (DEAS)
	IFAS du CHU de Nantes

Formations

Mai 2023	Formation « Humanitude » (4 jours) – Formavie Santé, Nantes
EOF
run import --dry-run --as-of 2025-06 "$T/frcv.txt"
has "$T/out" '"name": "CHU de Nantes, Hôpital Bellier",' "the employer under the title"
has "$T/out" '"location": "Nantes \(44\)",' "its town"
test "$(grep -c '"institution"' "$T/out")" -eq 1
ok $? "the courses after the diplomas no schools"
printf 'Mikko Virtanen\nmikko@example.com\n\nWORK EXPERIENCE\n\nSystems Administrator, Tampereen Energiapalvelut\nOy, Tampere\n03/2016 - 12/2019\n- Ran Linux servers\n' >"$T/oy.txt"
run import --dry-run --as-of 2025-06 "$T/oy.txt"
has "$T/out" '"name": "Tampereen Energiapalvelut Oy",' "the legal form wrapped the firm's"
has "$T/out" '"location": "Tampere",' "the town after it"

# A Pakistani CV: the schools' table's "Degree / Certificate" and "Marks
# / CGPA" headers, the table ended by a heading in capitals; numbered jobs, the firm and dates on one line and the
# title under a "Designation :" label, whatever the firm's words are
cat >"$T/pk.txt" <<'EOF'
Usman Tariq
usman@example.com
   ACADEMIC QUALIFICATION
   Degree / Certificate     Institute                        Board /             Year         Marks /
                                                             University                       CGPA
   B.Sc. Civil              University of Engineering &      UET Lahore          2011 –       3.12 / 4.00
   Engineering              Technology (UET), Lahore                             2015
   PROFESSIONAL EXPERIENCE
   2. Ravi Associates Consulting Engineers, Faisalabad                        March 2018 – June 2021
      Designation : Site Engineer (Consultant side)
        Supervised construction of a 200-bed hospital building.
   3. Indus Engineering & Construction, Multan                                September 2015 – February 2018
      Designation : Junior Engineer
        Executed earthwork, subbase, base course and asphalt works.
EOF
run import --dry-run --as-of 2025-06 "$T/pk.txt"
has "$T/out" '"score": "3.12 / 4.00"' "the table's marks under their header"
has "$T/out" '"studyType": "B.Sc.",' "its degree"
has "$T/out" '"name": "Ravi Associates Consulting Engineers",' "the firm whose name holds a job's word"
has "$T/out" '"position": "Site Engineer \(Consultant side\)",' "the labelled title"
has "$T/out" '"position": "Junior Engineer",' "under the next firm too"
has "$T/out" '"location": "Multan",' "its town"

# A South African CV's personal details: the identity number no phone,
# "E-mail Address:" the e-mail, not a referee's later
cat >"$T/zapd.txt" <<'EOF'
CURRICULUM VITAE

PERSONAL DETAILS

Surname:			Mokoena
First Names:			Lerato Precious
Identity Number:		920315 0456 08 1
Date of Birth:			15 March 1992
Gender:			Female
Nationality:			South African
Residential Address:		14 Jacaranda Crescent, Birchleigh, Kempton Park, 1619
Contact Number:		072 418 3306
E-mail Address:		lerato.mokoena@example.com

REFERENCES

Mr S. Ndlovu
Tel: 011 975 3310
E-mail: s.ndlovu@example.org
EOF
run import --dry-run --as-of 2025-06 "$T/zapd.txt"
has "$T/out" '"phone": "072 418 3306",' "the contact number the phone, no identity number"
has "$T/out" '"email": "lerato.mokoena@example.com",' "the e-mail address hers"

# A job board's page copied whole (VAGAS): the employer over "Cargo" and
# its value on the next line, "Atual", the time the job took, "Local",
# the page's "Mostrar mais"; "Nível" under the objective is no degree.
# jpy EXPR: a Python expression on the printed profile, d.
jpy() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$T/out" "$1"; }
cat >"$T/vagas-page.txt" <<'EOF'
Meu currículo

Juliana Moreira Santos
Coordenadora de Vendas
Campinas - SP

Dados pessoais
E-mail
juliana.ms@example.com

Objetivo profissional
Editar
Cargo pretendido
Gerência de Vendas
Nível
Coordenação
Pretensão salarial
A combinar

Experiência profissional
Editar

Distribuidora Sul Minas Alimentos Ltda
Cargo
Coordenadora de Vendas
Atual
Período
jan/2019 - atual
6 anos e 3 meses
Local
Campinas - SP
Porte da empresa
Média (de 100 a 499 funcionários)
Principais atividades
- Coordenação de equipe de 14 vendedores externos;
- Definição e desdobramento de metas mensais.
Mostrar mais
Resultados
Crescimento de 38% no faturamento da regional.

Magazine Luiza S.A.
Cargo
Vendedora
Período
fev/2010 - jul/2012
2 anos e 6 meses
Local
Jundiaí - SP
Principais atividades
- Venda de eletrodomésticos e serviços financeiros.
EOF
run import --dry-run --as-of 2025-06 "$T/vagas-page.txt"
expect_rc 0 "a copied VAGAS page imports"
same "$(jpy '" ; ".join(w["name"] + " / " + w["position"] + " / " + w["location"] for w in d["work"])')" \
	"Distribuidora Sul Minas Alimentos Ltda / Coordenadora de Vendas / Campinas - SP ; Magazine Luiza S.A. / Vendedora / Jundiaí - SP" \
	"the employer over a bare 'Cargo' heads the job, 'Local' its place"
same "$(jpy 'len(d["work"][0]["highlights"])')" 3 \
	"the duties and 'Resultados' stay with their job past 'Mostrar mais'"
same "$(jpy 'd["work"][0]["startDate"] + " " + d["work"][0].get("endDate", "-")')" "2019-01 -" \
	"'Atual' and the time the job took end nothing"
same "$(jpy 'len(d.get("education", []))')" 0 "'Nível' under the objective is no degree"

# "SKILLS & CERTIFICATES": the skills' section, its labelled lines apart.
cat >"$T/skills-certs.txt" <<'EOF'
Li Wei
liwei@example.com

SKILLS & CERTIFICATES
Programming:    Python, SQL, R
Tools:          Tableau, Power BI
Certificates:   CDA Level II Certified Data Analyst (2021)
EOF
run import --dry-run --as-of 2025-06 "$T/skills-certs.txt"
same "$(jpy '" ; ".join(k["name"] + ": " + ", ".join(k["keywords"]) for k in d["skills"])')" \
	"Programming: Python, SQL, R ; Tools: Tableau, Power BI" \
	"the first labelled line under 'Skills & Certificates' is skills"
same "$(jpy '" ; ".join(c["name"] for c in d["certificates"])')" "CDA Level II Certified Data Analyst" \
	"its certificates' line is certificates"

# A Word table of schools turned to text a cell a line: its head ("YEAR"
# over "INSTITUTION" over "QUALIFICATION") is no school.
cat >"$T/ke-edu-cells.txt" <<'EOF'
Grace Ochieng
grace@example.com

EDUCATION BACKGROUND
YEAR
INSTITUTION
QUALIFICATION
2018 – 2021
University of Nairobi
Master of Arts in Project Planning
and Management
2010 – 2014
Maseno University
Bachelor of Arts in Sociology
EOF
run import --dry-run --as-of 2025-06 "$T/ke-edu-cells.txt"
has "$T/out" '"institution": "University of Nairobi",' "the first school after the table's head"
has "$T/out" '"institution": "Maseno University",' "the second"
hasnt "$T/out" '"INSTITUTION\|"YEAR\|QUALIFICATION' "the names of the columns are no entry"

# A job board's profile page copied whole (JobStreet): its menu, the
# user's first name and the country in it over the person's name, which
# the email spells; each job's "Industry" / "Position Level" / "Monthly
# Salary" over its value the site's facts, no skills; "Add Experience"
# a button, no employer.
cat >"$T/jobstreet.txt" <<'EOF'
Skip to content
JobStreet
Job Search
Profile
Company Profiles
Career Advice
Mei
Sign Out
Malaysia

Profile Strength: Strong
Preview Profile

Lim Mei Xuan
Senior Payroll Executive
+60 12 448 3019
meixuan.lim@example.com

Experience
Edit
Mar 2020 - Present
4 years 2 months
Senior Payroll Executive
Kinta Ventures Sdn Bhd
Kuala Lumpur
Industry
Manufacturing / Production
Specialization
Human Resources
Role
Payroll
Position Level
Senior Executive
Monthly Salary
MYR 6,200
• Run monthly payroll for 640 staff across three plants
• File EPF, SOCSO and PCB returns on time

Add Experience

Skills
Payroll
Microsoft Excel
EOF
run import --dry-run --as-of 2024-06 "$T/jobstreet.txt"
expect_rc 0 "a copied JobStreet page imports"
same "$(jpy "d['basics']['name']")" "Lim Mei Xuan" "the name the email spells, not the site's brand"
same "$(jpy "d['work'][0]['name'], d['work'][0]['position']")" "('Kinta Ventures Sdn Bhd', 'Senior Payroll Executive')" "the job under the menu"
same "$(jpy "len(d['work']), len(d['work'][0]['highlights'])")" "(1, 2)" "one job, its two duties; no button read as one"
hasnt "$T/out" 'Senior Executive"\|Manufacturing\|MYR' "the job's facts are the site's, no skills or duties"

# A LinkedIn page copied whole: "Background Image" over the name; a
# role's "Playwright, TypeScript and +6 skills" the skills it was tagged
# with; under a skill, where it was used, no skill.
cat >"$T/li-page.txt" <<'EOF'
Skip to main content
LinkedIn
Search
Home
My Network
Jobs

Background Image
Ruwan Perera
Ruwan Perera
He/Him
QA Lead at Example Labs
ruwan.perera@example.com

Experience
Experience
Example Labs
QA Lead
QA Lead
Jan 2022 - Present · 2 yrs 5 mos
Jan 2022 - Present · 2 yrs 5 mos
• Lead testing of the ordering platform.
Playwright, TypeScript and +6 skills
Skills
Skills
Test Automation
Test Automation
QA Lead at Example Labs
QA Lead at Example Labs
Selenium WebDriver
Selenium WebDriver
3 experiences across Example Labs and 2 other companies
3 experiences across Example Labs and 2 other companies
EOF
run import --dry-run --as-of 2024-06 "$T/li-page.txt"
same "$(jpy "d['basics']['name']")" "Ruwan Perera" "the name under the page's background image"
same "$(jpy "d['work'][0]['highlights']")" "['Lead testing of the ordering platform.']" "the role's duty"
same "$(jpy "[k for g in d['skills'] for k in g['keywords']]")" "['Playwright', 'TypeScript', 'Test Automation', 'Selenium WebDriver']" "the role's tagged skills, their count gone; where a skill was used no skill"

# SEEK: the address spells the initial and the surname ("jwhitfield");
# "Add role" is the page's button, no employer.
cat >"$T/seek.txt" <<'EOF'
Skip to content
SEEK
Job search
Profile
Saved searches
Saved jobs
Jason
Employer site

Jason Whitfield
Penrith NSW
jwhitfield.civil@example.com

Career history
Add role

Civil Site Supervisor
BMD Example Constructions
Jan 2021 - Current
3 yrs 10 mos
- Supervise civil crews of up to 25
EOF
run import --dry-run --as-of 2024-11 "$T/seek.txt"
same "$(jpy "d['basics']['name']")" "Jason Whitfield" "the name the address spells by initial and surname"
same "$(jpy "d['work'][0]['name']")" "BMD Example Constructions" "'Add role' no employer"

# hh.ru: the site's menu in Russian, "Женщина, 36 лет" and "Не готова к
# переезду" no headline, the town before its metro station, the wanted
# post "Программист 1С" the headline though it holds a figure.
cat >"$T/hh.txt" <<'EOF'
Работодателям
Соискателям
Резюме
Скачать
Распечатать
В избранное

Кравцова Анна Игоревна
Женщина, 34 года, родилась 2 мая 1990
anna.kravtsova@example.ru
Проживает: Екатеринбург, м. Динамо
Гражданство: Россия
Не готова к переезду, готова к командировкам

Желаемая должность и зарплата
Программист 1С
150 000 ₽ на руки

Опыт работы 6 лет
Сентябрь 2018 —
по настоящее время
ООО «Пример Софт»
Программист 1С
- доработка типовых конфигураций
EOF
run import --dry-run --as-of 2024-11 "$T/hh.txt"
same "$(jpy "d['basics']['name'], d['basics']['label']")" "('Кравцова Анна Игоревна', 'Программист 1С')" "the name under the site's menu, the wanted post the headline"
same "$(jpy "d['basics']['location']['city']")" "Екатеринбург" "the town before its metro station"

# An academic CV (pdftotext -layout): a post's "Title, Division of ...,
# University, Town, ST" wrapped at the margin, "Advisor:" under it no
# employer, the unit left off the employer; a degree's "Centre for ...,
# University of ..., Penryn Campus" the university; "RESEARCH FUNDING"
# no schools; a grant line "(PI: ...)" no employer.
cat >"$T/acad.txt" <<'EOF'
                                   PRIYA N. OKAFOR, Ph.D.
                                 Assistant Professor of Physics

  Department of Physics                                                     Office: (555) 656-0193
  Lakeside State University                                            priya.okafor@example.edu
  Springfield, IL 62701                                                https://www.okaforlab.example


  PROFESSIONAL APPOINTMENTS

   2021–present  Assistant Professor, Department of Physics, Lakeside State University, Springfield, IL

   2018–2021     NSF Astronomy and Astrophysics Postdoctoral Fellow, Division of Physics, Mathematics
                 and Astronomy, California Institute of Technology, Pasadena, CA
                 Advisor: Prof. Jonas R. Whitfield

   2017–2018     Postdoctoral Research Associate, School of Physics and Astronomy, University of
                 Leeds, Leeds, UK
                 Leverhulme Trust Grant RPG-2016-123 “Magnetic fields in the early universe and
                 their imprint” (PI: Prof. Helen Ashcroft).


  EDUCATION

   2012–2017     Ph.D., Astrophysics, Centre for Astrophysics and Planetary Science, University of
                 Kent, Canterbury Campus, UK
                 Dissertation: “Turbulence in Molecular Clouds” (2017)
                 Advisor: Prof. Linda K. Oyelaran

   2008–2012     B.S., Physics, summa cum laude, Grand Valley State University, Allendale, MI


  RESEARCH FUNDING

   2024–2029     NSF CAREER Award, AST-2441873, “CAREER: Dust in Young Disks”             $682,000
   2022–2025     Research Corporation Cottrell Scholar Award                              $110,000
EOF
run import --dry-run --as-of 2025-06 "$T/acad.txt"
expect_rc 0 "an academic CV imports"
same "$(jpy "[(w['name'], w['position'], w.get('location')) for w in d['work']]")" "[('Lakeside State University', 'Assistant Professor', 'Springfield, IL'), ('California Institute of Technology', 'NSF Astronomy and Astrophysics Postdoctoral Fellow', 'Pasadena, CA'), ('University of Leeds', 'Postdoctoral Research Associate', 'Leeds, UK')]" "each post wrapped at the margin: its title, its university without the unit, its town"
same "$(jpy "[(e['institution'], e['studyType']) for e in d['education']]")" "[('University of Kent', 'Ph.D.'), ('Grand Valley State University', 'B.S.')]" "the degrees' universities, not their centre or campus; the grants no schools"

# A contractor's CV: "Projects:" under a job, each with its client, its
# value and its years in brackets, are the job's projects, no jobs; the
# duties after "Responsibilities:" stay the job's.
cat >"$T/jobproj.txt" <<'EOF'
Karim Haddad
karim.haddad@example.com

PROFESSIONAL EXPERIENCE

Site Engineer                                                              Aug 2016 – Dec 2019
Gulf Example Contracting L.L.C. – Abu Dhabi, UAE

Projects:
▪ Al Raha Beach – Residential Villas (120 Nos., G+1) – Client: Aldar Properties – Value: AED 180
  Million (2016 – 2018)
▪ Yas Island – Staff Accommodation Complex (4 Blocks, G+6) – Client: Miral – Value: AED 96 Million
  (2018 – 2019)

Responsibilities:
• Executed structural works for villas according to approved drawings.
• Prepared bar bending schedules.

Site Engineer                                                              Sep 2012 – Jul 2016
Example Construction S.A.E. – Cairo, Egypt
• Site supervision of reinforced concrete works.
EOF
run import --dry-run --as-of 2025-06 "$T/jobproj.txt"
same "$(jpy "[(w['name'], w['startDate'], len(w.get('highlights', []))) for w in d['work']]")" "[('Gulf Example Contracting L.L.C.', '2016-08', 2), ('Example Construction S.A.E.', '2012-09', 1)]" "the projects' years are no jobs; the duties stay the job's"
same "$(jpy "[(p['name'], p['startDate'], p['endDate']) for p in d['projects']]")" "[('Al Raha Beach – Residential Villas', '2016', '2018'), ('Yas Island – Staff Accommodation Complex', '2018', '2019')]" "each a project, its storeys off its name"

# A Word CV: a summary table of the jobs ("Dates / Employer / Position"),
# then each job told in full; one job each, its firm and town apart.  A
# "Qualification / Provider / Year" table: the provider the school.
printf 'Tane Walker\ntane.walker@example.co.nz\n\nEMPLOYMENT HISTORY\n\nDates\tEmployer\tPosition\nJune 2021 \342\200\223 Present\tKowhai Farms Ltd, Cambridge\tFarm Manager\nJuly 2016 \342\200\223 May 2021\tRiver Flats Dairy Ltd, Morrinsville\tHerd Manager\n\nFarm Manager\nKowhai Farms Ltd \342\200\223 Cambridge, Waikato\nJune 2021 \342\200\223 Present\nFarm details:\t300 ha, 800 cows\nKey responsibilities:\n\342\200\242\tRunning the farm day to day\n\342\200\242\tTraining 3 staff\nReason for leaving:\tSeeking a contract milking role\n\nHerd Manager\nRiver Flats Dairy Ltd \342\200\223 Morrinsville\nJuly 2016 \342\200\223 May 2021\n\342\200\242\tCalving and mating\n\nQUALIFICATIONS\nQualification\tProvider\tYear\nNational Certificate in Agriculture Level 4\tPrimary ITO\t2018\nNCEA Level 2\tMorrinsville College\t2012\n' >"$T/nztable.txt"
run import --dry-run --as-of 2025-06 "$T/nztable.txt"
expect_rc 0 "a summary table and the jobs in full import"
same "$(jpy "[(w['name'], w['position'], w.get('location'), w['startDate'], len(w.get('highlights', []))) for w in d['work']]")" "[('Kowhai Farms Ltd', 'Farm Manager', 'Cambridge, Waikato', '2021-06', 2), ('River Flats Dairy Ltd', 'Herd Manager', 'Morrinsville', '2016-07', 1)]" "a job in the summary table and in full is one job, read from its details"
same "$(jpy "[(e['institution'], e.get('studyType')) for e in d['education']]")" "[('Primary ITO', 'National Certificate'), ('Morrinsville College', 'NCEA Level 2')]" "a table's provider column is the school"

# Raw text of a two-column template with no glyphs and no gaps: duties
# wrapped after a joining word (a year in brackets no entry's), in
# brackets, or by one word at the margin; "Contact:" a note; the courses
# under a degree end where the next school begins; a certificate cut
# after "in"; skill tags with one space between.
cat >"$T/pills.txt" <<'EOF2'
Freya Lindqvist
Marketing Executive
freya.lindqvist@example.com
07700 900123
WORK EXPERIENCE
Marketing Executive
Harbourside Candles Ltd
04/2021 - Present,
Bristol, UK
Achievements/Tasks
Planned and ran seasonal campaigns across paid social, email and
PR, contributing to a 31% rise in online revenue year on year (2022)
Managed a paid media budget of £20k a month across Meta and Google Ads,
cutting the cost per acquisition by 18 per cent in one year
Reported weekly figures to the Head of E-commerce through GA4 and Looker
Studio
Contact: Ruth Example - ruth@example.com
Marketing Assistant
Tidewater Agency
09/2019 - 03/2021,
Bath, UK
Achievements/Tasks
Scheduled, moderated and reported on social media for 6 retail clients
(fashion, food and leisure)
Supported the launch of a spring campaign, including
in-store briefs and social assets
EDUCATION
BA (Hons) Marketing
University of Exeter
09/2016 - 06/2019,
Courses
Consumer Behaviour
Brand Management
A Levels
Bath Spa Sixth Form
09/2014 - 06/2016,
CERTIFICATES
Postgraduate Certificate in
Digital Marketing (06/2023)
SKILLS
SEO Google Ads Meta Ads Manager
Copywriting Content Strategy
Shopify WordPress
EOF2
run import --dry-run --as-of 2025-06 "$T/pills.txt"
expect_rc 0 "a template's raw text with no glyphs imports"
same "$(jpy "[(w['name'], w['position'], w['startDate'], len(w.get('highlights', []))) for w in d['work']]")" "[('Harbourside Candles Ltd', 'Marketing Executive', '2021-04', 3), ('Tidewater Agency', 'Marketing Assistant', '2019-09', 2)]" "duties wrapped after a joining word, in brackets or by a word at the margin stay duties; 'Contact:' no firm"
same "$(jpy "d['work'][0]['highlights'][0]")" "Planned and ran seasonal campaigns across paid social, email and PR, contributing to a 31% rise in online revenue year on year (2022)" "a duty wrapped after 'and' before a year in brackets is one duty"
same "$(jpy "d['work'][1]['highlights']")" "['Scheduled, moderated and reported on social media for 6 retail clients (fashion, food and leisure)', 'Supported the launch of a spring campaign, including in-store briefs and social assets']" "a bracket in small letters and a line after 'including' go on the duty"
same "$(jpy "d['work'][0].get('summary')")" "Contact: Ruth Example - ruth@example.com" "a job's 'Contact:' line is a note in its summary"
same "$(jpy "[(e['institution'], e['studyType']) for e in d['education']]")" "[('University of Exeter', 'BA (Hons)'), ('Bath Spa Sixth Form', 'A Levels')]" "a degree's courses end where the next school and its dates begin"
same "$(jpy "[(x['name'], x.get('date')) for x in d['certificates']]")" "[('Postgraduate Certificate in Digital Marketing', '2023-06')]" "a certificate cut after 'in' is one"
same "$(jpy "d['skills'][0]['keywords']")" "['SEO', 'Google Ads', 'Meta Ads Manager', 'Copywriting', 'Content Strategy', 'Shopify', 'WordPress']" "skill tags one space apart are cut at the skills the vocabulary knows"
printf 'Ola Nordmann\nola@example.com\n\nSKILLS\nSalesforce CRM\nMicrosoft Office Suite\nLean Manufacturing\n' >"$T/nopills.txt"
run import --dry-run --as-of 2025-06 "$T/nopills.txt"
same "$(jpy "d['skills'][0]['keywords']")" "['Salesforce CRM', 'Microsoft Office Suite', 'Lean Manufacturing']" "one skill a line, each of known words, is not cut"

# A work.ua page copied whole: the site's name and menu, the breadcrumbs
# and "Резюме від ..." above the name go; the pay after the headline
# goes; the firm's trade in brackets after its town is no part of the
# place; "Знання і навички" heads skills, "Додаткова освіта та курси"
# certificates.
cat >"$T/workua.txt" <<'EOF2'
Work.ua
Шукачам
Роботодавцям
Вакансії
Резюме
Компанії
Увійти

Головна
Резюме
Одеса
Бухгалтер

Резюме від 12 лютого 2024
Петренко Ірина Василівна
Бухгалтер, 25 000 грн
Повна зайнятість.

Контактна інформація
Ел. пошта:
i.petrenko@example.com

Досвід роботи

Бухгалтер
з 05.2018 по теперішній час (5 років 9 місяців)
ТОВ «Приклад», Одеса (Оптова торгівля, 30 працівників)
— ведення обліку;
— складання звітності.

Знання і навички

Податковий облік
Microsoft Excel

Додаткова освіта та курси

Курс «МСФЗ», Приклад Академія
2021
EOF2
run import --dry-run --as-of 2025-06 "$T/workua.txt"
expect_rc 0 "a work.ua page imports"
same "$(jpy "(d['basics']['name'], d['basics']['label'])")" "('Петренко Ірина Василівна', 'Бухгалтер')" "the name under the site's menu and 'Резюме від ...', the headline without its pay"
same "$(jpy "[(w['name'], w.get('location'), w.get('summary')) for w in d['work']]")" "[('ТОВ «Приклад»', 'Одеса', 'Оптова торгівля, 30 працівників')]" "the firm's trade after its town is its summary, not its place"
same "$(jpy "d['skills'][0]['keywords']")" "['Податковий облік', 'Microsoft Excel']" "'Знання і навички' heads skills"
same "$(jpy "[(x['name'], x.get('issuer')) for x in d['certificates']]")" "[('Курс «МСФЗ»', 'Приклад Академія')]" "'Додаткова освіта та курси' heads certificates"

# A résumé pasted into a portal's box, its lines lost: a header whose
# title has words in small letters or a bracket after the sentence before
# ("... procedures. Freelance – Desarrollador web Mar. 2014 – ..."); a
# school named with "del"; skill groups one after another on one line.
printf 'Lucía Paz  Desarrolladora  lucia.paz@example.com  EXPERIENCIA LABORAL Banco Ejemplo – Web Developer (SSr) Ago. 2017 – Feb. 2020 | Rosario \342\200\242 Desarrollo de funcionalidades con React. \342\200\242 Escritura de tests unitarios. Estudio Sur – Desarrolladora web Mar. 2014 – Jul. 2017 \342\200\242 Sitios en WordPress para pymes. FORMACI\303\223N ACAD\303\211MICA Ingenier\303\255a en Sistemas \342\200\223 Universidad Ejemplo 2009 \342\200\223 2014 \342\200\242 T\303\255tulo intermedio: Analista (2012) Bachiller en Econom\303\255a \342\200\223 Instituto Nuestra Se\303\261ora del Valle 2004 \342\200\223 2008 CONOCIMIENTOS Lenguajes: JavaScript, TypeScript, PHP Frontend: React, Angular Bases de datos: PostgreSQL, MySQL\n' >"$T/flatar.txt"
run import --dry-run --as-of 2025-06 "$T/flatar.txt"
same "$(jpy "[(w['name'], w['position'], w['startDate']) for w in d['work']]")" "[('Banco Ejemplo', 'Web Developer (SSr)', '2017-08'), ('Estudio Sur', 'Desarrolladora web', '2014-03')]" "a flattened header with a bracket or a word in small letters after the sentence before"
same "$(jpy "[e['institution'] for e in d['education']]")" "['Universidad Ejemplo', 'Instituto Nuestra Señora del Valle']" "a flattened school's name with 'del' in it"
same "$(jpy "[(s['name'], s['keywords']) for s in d['skills']]")" "[('Lenguajes', ['JavaScript', 'TypeScript', 'PHP']), ('Frontend', ['React', 'Angular']), ('Bases de datos', ['PostgreSQL', 'MySQL'])]" "skill groups one after another on a line, each label after the last item of the one before"

# An InfoJobs page copied whole: the site's menu above the name the email
# spells goes; "Editar" and "Eliminar" under each job no firm; the facts
# filed under it ("Categoría", "Nivel", "Personas a cargo") no duties; a
# "CIPFP" a school; "Otra formación" heads courses.
printf 'Saltar al contenido principal\nInfoJobs\nBuscar ofertas\nEmpresas\nSalarios\nMis candidaturas\nMi CV\nMi cuenta\nCerrar sesi\303\263n\n\nMar\303\255a L\303\263pez Soler\nAuxiliar administrativa\n\nDatos personales\nEmail\nmaria.lopez.soler@example.com\n\nExperiencia\nA\303\261adir experiencia\n\nAuxiliar administrativa\nTransportes Ejemplo, S.L.\nenero de 2019 - Actualidad (5 a\303\261os)\nValencia\nCategor\303\255a\nAdministraci\303\263n de empresas\nNivel\nEmpleado/a\nPersonas a cargo\n0\nDescripci\303\263n\n- Facturaci\303\263n mensual a clientes.\nEditar\nEliminar\n\nCajera\nSuper Ejemplo\njulio de 2010 - septiembre de 2012\nValencia\nDescripci\303\263n\n- Atenci\303\263n al cliente.\nEditar\nEliminar\n\nEstudios\n\nCiclo Formativo Grado Superior\nCIPFP Ejemplo\nseptiembre de 2013 - junio de 2015\n\nOtra formaci\303\263n\nCurso de N\303\263minas (120 horas), 2020\n' >"$T/infojobs.txt"
run import --dry-run --as-of 2025-06 "$T/infojobs.txt"
expect_rc 0 "an InfoJobs page imports"
same "$(jpy "(d['basics']['name'], d['basics'].get('label'))")" "('María López Soler', 'Auxiliar administrativa')" "the name under InfoJobs' menu"
same "$(jpy "[(w['name'], w['position'], w.get('highlights')) for w in d['work']]")" "[('Transportes Ejemplo, S.L.', 'Auxiliar administrativa', ['Facturación mensual a clientes.']), ('Super Ejemplo', 'Cajera', ['Atención al cliente.'])]" "'Editar', 'Eliminar' and the facts filed under a job are no firm and no duty"
same "$(jpy "[e['institution'] for e in d['education']]")" "['CIPFP Ejemplo']" "a CIPFP is a school"
same "$(jpy "[x['name'] for x in d['certificates']]")" "['Curso de Nóminas (120 horas)']" "'Otra formación' heads courses"

# A XING profile copied whole: its menu ("Premium testen", "Suche") and
# buttons ("Nachricht schreiben", "Als Kontakt hinzufügen") are no name.
printf 'Zum Inhalt springen\nXING\nStartseite\nJobs\nNetzwerk\nNachrichten\nIch\nPremium testen\nSuche\nJonas Beispiel\nVertriebsingenieur\nBeispiel GmbH\nKarlsruhe, Deutschland\nNachricht schreiben\nAls Kontakt hinzuf\303\274gen\nBerufserfahrung\nVertriebsingenieur\nBeispiel GmbH\nFestanstellung, Vollzeit\nseit 03/2020 \302\267 4 Jahre\nKarlsruhe\n' >"$T/xing.txt"
run import --dry-run --as-of 2025-06 "$T/xing.txt"
same "$(jpy "(d['basics']['name'], d['basics'].get('label'))")" "('Jonas Beispiel', 'Vertriebsingenieur')" "the name under XING's menu and over its buttons"

# A table of schools set out by spaces (pdftotext -layout of a Word
# table): cells wrapped onto the line under their row, the last column's
# grades centred under its name ("1st" under "Division"); two grade
# columns make one score.
cat >"$T/pktable.txt" <<'EOF'
Imran Sample
imran.sample@example.com

   ACADEMIC QUALIFICATION

    Degree / Certificate         Board / University              Year       Marks / CGPA       Division
    MBA (Banking &               Institute of Example            2014       3.41 / 4.00            –
    Finance)                     Studies (IoES), Lahore
    B.Com                        University of Example           2011       64%                    1st
    Intermediate                 Board of Intermediate           2008       71%                    2nd
    (Pre-Commerce)               Education, Lahore

   COMPUTER SKILLS

       MS Office, Outlook
EOF
run import --dry-run --as-of 2025-06 "$T/pktable.txt"
same "$(jpy "[(e.get('studyType'), e.get('area'), e['institution'], e.get('endDate'), e.get('score')) for e in d['education']]")" "[('MBA', 'Banking & Finance', 'Institute of Example Studies (IoES)', '2014', '3.41 / 4.00'), ('B.Com', None, 'University of Example', '2011', '64% (1st)'), ('Intermediate', 'Pre-Commerce', 'Board of Intermediate Education', '2008', '71% (2nd)')]" "a spaced table's wrapped cells and grades centred under their column"

# A Chinese résumé, pdftotext -layout of a two-column template: the job
# sought (求职意向) is the headline; numbered duties wrapped with no
# stop at the end go on on the next line, joined with no space, and a
# duty may open with a year ("2. 2022 年..."); the page after the footer
# opens with a running head ("李明 · 个人简历") and has a column of dated
# certificates beside the schools; a degree's level in brackets after
# its field ("软件工程（本科）"); a note of courses wrapped onto the next line.
cat >"$T/cnlayout.txt" <<'EOF'

                                     李明

             求职意向：测试工程师      期望城市：成都      到岗时间：一个月内


   基本信息                       工作经历

   姓    名：李明                  2020.03-至今          成都示例科技有限公司               测试工程师
   电    话：139-0000-1234       工作描述：
   邮    箱：                    1. 负责支付系统的功能测试与接口测试，编写测试用例与
   liming@example.com         测试报告；
                              2. 2022 年主导自动化测试框架搭建，回归时间缩短 60%；
                              3. 参与需求评审。

   专业技能                       2018.07-2020.02       示例软件有限公司                   测试助理
                              工作描述：
   测试工具：Postman、JMeter          1. 执行手工测试并跟踪缺陷；
   编程语言：Python、SQL              2. 整理测试数据。




                                                                                 第 1 页 / 共 2 页
   李明 · 个人简历


   证书                         教育背景

   2016.12 大学英语四级（CET-4）      2014.09-2018.06       示例大学                           软件工程（本科）
   2019.05 软件测试工程师（中级）      主修课程：软件测试、数据结构、操作系统、数据库
   2020.11 ISTQB 基础级              原理、计算机网络


   兴趣爱好                       项目经历

   羽毛球、摄影                     2021.04-2021.09       支付网关自动化测试项目             测试负责人
                              1. 搭建接口自动化测试用例 800 余条；
                              2. 接入持续集成，每日构建后自动回归。




                                                                                 第 2 页 / 共 2 页
EOF
run import --dry-run --as-of 2025-06 "$T/cnlayout.txt"
same "$(jpy "d['basics'].get('label')")" "测试工程师" "'求职意向' names the job sought, the headline"
same "$(jpy "d['work'][0]['highlights']")" "['负责支付系统的功能测试与接口测试，编写测试用例与测试报告；', '2022 年主导自动化测试框架搭建，回归时间缩短 60%；', '参与需求评审。']" "numbered Chinese duties wrapped with no stop go on with no space; one opens with a year"
same "$(jpy "[(w['name'], w.get('summary')) for w in d['work']]")" "[('成都示例科技有限公司', None), ('示例软件有限公司', None)]" "the running head of page two is no job's summary"
same "$(jpy "[(e['institution'], e.get('studyType'), e.get('area'), e.get('startDate')) for e in d['education']]")" "[('示例大学', '本科', '软件工程', '2014-09')]" "the level in brackets after the field; the courses' wrapped line no degree"
same "$(jpy "[(x['name'], x.get('date')) for x in d['certificates']]")" "[('大学英语四级（CET-4）', '2016-12'), ('软件测试工程师（中级）', '2019-05'), ('ISTQB 基础级', '2020-11')]" "a column of dated certificates beside the schools is a column of its own"

# A job whose body has a "Projects:" label over bullets and then a
# "Responsibilities:" label (Wuzzuf's CV, raw pdftotext): the bullets
# under "Projects:" are the job's projects, named up to their bracket or
# the dash before what they were, no duties; "Military Service" heads a
# section of its own, no school; a "Graduation Project:" note no degree.
cat >"$T/egprojects.txt" <<'EOF'
Karim Sample
Site Engineer
Giza, Egypt
karim.sample@example.com
Work Experience
Site Engineer
Example Builders - Giza, Egypt
Full Time · Construction
Mar 2020 - Present · 4 yrs
Projects:
• Nile View Towers – Towers A & B (G + 10 floors), Client: Example Developments
• Palm Compound – 20 villas (G + 1) with shared landscape
Responsibilities:
• Supervise reinforced concrete works for two towers.
• Review shop drawings before casting.
Education
Bachelor's Degree in Civil Engineering
Example University - Faculty of Engineering
2014 - 2019
Graduation Project: "Design of a Steel Warehouse" – Grade: Excellent
Military Service
Completed – Engineering Corps (Nov 2019 - Feb 2020)
EOF
run import --dry-run --as-of 2025-06 "$T/egprojects.txt"
same "$(jpy "[(w['name'], w.get('highlights')) for w in d['work']]")" "[('Example Builders', ['Supervise reinforced concrete works for two towers.', 'Review shop drawings before casting.'])]" "a job's 'Projects:' bullets are no duties"
same "$(jpy "[(p['name'], p.get('entity')) for p in d.get('projects', [])]")" "[('Nile View Towers – Towers A & B', 'Example Builders'), ('Palm Compound', 'Example Builders')]" "a job's 'Projects:' bullets are its projects, named up to their bracket or the dash before what they were"
same "$(jpy "[(e['institution'], e.get('studyType')) for e in d['education']]")" "[('Example University - Faculty of Engineering', \"Bachelor's Degree\")]" "'Military Service' and a graduation project are no schools"

# A fitter's Word CV saved as text: each job a form of labels and tabs
# ("Company:", "Position:", "Site:", "Roster:", "Dates:", "Duties:"); the
# site is the job's place, the roster no job; a note with a date in
# brackets after the title ("(Leading Hand since 2022)") no date of the
# job; "TRADE QUALIFICATION" heads a school; "Highest Grade Passed:" is a
# degree and a trade test's "Date Passed:" its date.
printf 'DEAN SAMPLE\r\nMechanical Fitter\r\ndean.sample@example.com\r\n\r\nTRADE QUALIFICATION\r\nCertificate III in Engineering \342\200\223 Mechanical Trade\r\nExample Institute of Technology, Fremantle WA\t2007 \342\200\223 2010\r\n\r\nEMPLOYMENT HISTORY\r\n\r\nCompany:\tExample Iron Ore\r\nPosition:\tMaintenance Fitter (Leading Hand since 2022)\r\nSite:\tSolomon Hub, Pilbara WA\r\nRoster:\t8/6 FIFO ex Perth\r\nDates:\tJan 2019 \342\200\223 Current\r\nDuties:\r\n\342\200\242\tCrusher liner change outs\r\n\r\nCompany:\tExample Engineering\r\nPosition:\tMechanical Fitter\r\nSite:\tDampier Port, WA\r\nRoster:\t2/1 FIFO\r\nDates:\tMar 2015 \342\200\223 Dec 2018\r\nDuties:\r\n\342\200\242\tGearbox change outs\r\n' >"$T/aufitter.txt"
run import --dry-run --as-of 2025-06 "$T/aufitter.txt"
same "$(jpy "[(w['name'], w['position'], w.get('location'), w['startDate'], w.get('highlights')) for w in d['work']]")" "[('Example Iron Ore', 'Maintenance Fitter', 'Solomon Hub, Pilbara WA', '2019-01', ['Crusher liner change outs']), ('Example Engineering', 'Mechanical Fitter', 'Dampier Port, WA', '2015-03', ['Gearbox change outs'])]" "a job's form: 'Site:' its place, 'Roster:' no job, a dated note after the title no date of it"
same "$(jpy "[(e['institution'], e.get('studyType'), e.get('endDate')) for e in d['education']]")" "[('Example Institute of Technology', 'Certificate III', '2010')]" "'TRADE QUALIFICATION' heads a school"
printf 'THANDO SAMPLE\nElectrician\nthando@example.com\n\nEDUCATIONAL BACKGROUND\n\nHighest Grade Passed\t:\tGrade 12 (Matric)\nSchool\t:\tExample Secondary School\nYear Completed\t:\t2006\nSubjects Passed\t:\tEnglish, Mathematics\n\nSHORT COURSES\n\nCertificate\t:\tTrade Test Electrician\nTrade Test Centre\t:\tExample Centre\nDate Passed\t:\tMarch 2014\n' >"$T/zaform.txt"
run import --dry-run --as-of 2025-06 "$T/zaform.txt"
same "$(jpy "[(e['institution'], e.get('studyType'), e.get('endDate')) for e in d['education']]")" "[('Example Secondary School', 'Grade 12 (Matric)', '2006')]" "'Highest Grade Passed:' is the degree, the subjects passed none"
same "$(jpy "[(c['name'], c.get('issuer'), c.get('date')) for c in d['certificates']]")" "[('Trade Test Electrician', 'Example Centre', '2014-03')]" "a trade test's centre its issuer, 'Date Passed:' its date"

# A federal résumé from the USAJOBS builder's newer layout: the agency
# and its address over the dates, the facts ("Salary:", "Hours per
# week:", "Series:", "Rank:"), then the title over "Duties,
# Accomplishments and Related Skills:"; a long agency name; a duty cut
# after "during" over a line ending in its year in brackets.
printf 'Dana Sample\nFayetteville, NC 28311 US\nEmail: dana.sample@example.com\n\nWork Experience:\nDepartment of the Army, Example Support Command, 406th Example Field Support Brigade\n2175 Example Road, Stop A\nFort Bragg, NC 28310 United States\n\n07/2014 - Present\nSalary: 72,030.00 USD Per Year\nHours per week: 40\nSeries: 2003 Grade: GS-11\nSupply Systems Analyst\nDuties, Accomplishments and Related Skills:\nKEY ACCOMPLISHMENTS:\n- Coordinated support for 11,000 evacuees at Fort McCoy during\nOperation Allies Welcome (2021).\n- Trained 600 users.\nSupervisor: Pat Example ((910) 555-0172); May contact\n\nU.S. Army, 82nd Airborne Division\nFort Bragg, NC 28310 United States\n\n06/2004 - 01/2012\nHours per week: 60\nRank: Staff Sergeant (E-6)\nAutomated Logistical Specialist (92A)\nDuties, Accomplishments and Related Skills:\nSupervised 14 Soldiers in the receipt and issue of repair parts.\n' >"$T/fednew.txt"
run import --dry-run --as-of 2025-06 "$T/fednew.txt"
same "$(jpy "[(w['name'], w['position'], w.get('location'), w['startDate']) for w in d['work']]")" "[('Department of the Army, Example Support Command, 406th Example Field Support Brigade', 'Supply Systems Analyst', 'Fort Bragg, NC', '2014-07'), ('U.S. Army, 82nd Airborne Division', 'Automated Logistical Specialist (92A)', 'Fort Bragg, NC', '2004-06')]" "USAJOBS' newer layout: the agency over its address and dates, the title under the facts"
same "$(jpy "d['work'][0]['highlights']")" "['Coordinated support for 11,000 evacuees at Fort McCoy during Operation Allies Welcome (2021).', 'Trained 600 users.']" "a duty cut after 'during' goes on past its year in brackets"


# A Bayt.com page: skills one a line with "Toolbox Talks" and "Public
# Speaking" among them (a heading's words, no headings there); a table
# of skills a cell a line ("Skill", "Level", "Experience" over each
# skill's three cells); "Degree, Field at School" over its date over
# "First Class (68%)"; certificates "Name (Certificate)" over "Issued
# by:" over "Date:"; a target job's labels a line each, no job.
cat >"$T/bayt.txt" <<'CV'
Omar Sample
HSE Officer
omar.sample@example.com

Experience

HSE Officer at Example Contracting Co.
Al Jubail, Saudi Arabia
Jun 2019 to Present
- Review risk assessments for hot work

Education

Bachelor's degree, Mechanical Engineering at Example University
Jun 2013
First Class (68%)

Diploma, Industrial Safety at Example State Board of Technical Education
Apr 2014

Specialties & Skills

Risk Assessment
HSE Audits
Toolbox Talks
Public Speaking
Confined Space Entry

Skills
Skill
Level
Experience
Permit to Work
Expert
More than 5 Years
Incident Investigation
Intermediate
2-5 Years

Training and Certifications

IOSH Managing Safely (Certificate)
Issued by: IOSH
Date: Aug 2014

Gas Tester (Training)
Issued by: Example Oil Co.
Date: Jan 2017

Target Job

Target Job Title:
HSE Officer
Career Level:
Mid Career
Target Industry:
Oil & Gas; Construction
CV
run import --dry-run --as-of 2025-06 "$T/bayt.txt"
same "$(jpy "[(w['name'], w['position']) for w in d['work']]")" "[('Example Contracting Co.', 'HSE Officer')]" "'Experience' in a skills table's head and 'Career Level:' in a form are no work headings"
same "$(jpy "[(s['name'], s['keywords']) for s in d['skills']]")" "[('Specialties & Skills', ['Risk Assessment', 'HSE Audits', 'Toolbox Talks', 'Public Speaking', 'Confined Space Entry']), ('Skills', ['Permit to Work', 'Incident Investigation'])]" "a heading's words in a list of skills are skills; a table of skills a cell a line cut to the names"
same "$(jpy "[(e['institution'], e.get('studyType'), e.get('area'), e.get('score')) for e in d['education']]")" "[('Example University', \"Bachelor's degree\", 'Mechanical Engineering', 'First Class (68%)'), ('Example State Board of Technical Education', 'Diploma', 'Industrial Safety', None)]" "'Degree, Field at School', a grade line whole"
same "$(jpy "[(c['name'], c.get('issuer'), c.get('date')) for c in d['certificates']]")" "[('IOSH Managing Safely', 'IOSH', '2014-08'), ('Gas Tester', 'Example Oil Co.', '2017-01')]" "a certificate's kind in brackets goes, 'Date:' its date"

# An Austrian tabellarischer Lebenslauf (pdftotext -layout): a parental
# leave in brackets under a job ("(04/2018 – 06/2019 Elternkarenz)") no
# job; "Masterstudium X" over the school over "Schwerpunkt:" and
# "Abschluss: Master of Science (MSc)": the field, the school and the
# degree; "FH EXAMPLE, Graz" without its town; "... mit gutem Erfolg" the
# grade; a course's provider in brackets its issuer; a level after a
# skill ("gute Anwenderkenntnisse") no part of it.
cat >"$T/atcv.txt" <<'CV'
    Anna Muster
    anna.muster@example.at

    BERUFSERFAHRUNG

    09/2015 – 02/2020           Personalreferentin
                                Example Fahrzeugtechnik GmbH, Graz
                                •   Betreuung der Angestellten im Bereich Engineering
                                (04/2018 – 06/2019 Elternkarenz)

    AUSBILDUNG

    10/2011 – 11/2014           Masterstudium Betriebswirtschaft
                                Example-Universität Graz
                                Schwerpunkt: Personalpolitik und Organisation
                                Abschluss: Master of Science (MSc)

    09/2008 – 07/2011           Bachelorstudium Management internationaler Geschäftsprozesse
                                FH EXAMPLE, Graz
                                Abschluss: Bachelor of Arts in Business (BA)

    09/2003 – 06/2008           Bundeshandelsakademie Leoben
                                Reife- und Diplomprüfung mit gutem Erfolg

    WEITERBILDUNG

    05/2021                     Ausbilderprüfung (WIFI Steiermark)
    10/2016                     Seminar Gesprächsführung (Example Akademie)

    EDV-KENNTNISSE

    MS Office                   sehr gute Kenntnisse
    SAP SuccessFactors gute Anwenderkenntnisse
CV
run import --dry-run --as-of 2025-06 "$T/atcv.txt"
same "$(jpy "[(w['name'], w['position'], w.get('endDate')) for w in d['work']]")" "[('Example Fahrzeugtechnik GmbH', 'Personalreferentin', '2020-02')]" "a parental leave in brackets under a job is no job"
same "$(jpy "[(e['institution'], e.get('studyType'), e.get('area'), e.get('score')) for e in d['education']]")" "[('Example-Universität Graz', 'Master of Science (MSc)', 'Betriebswirtschaft', None), ('FH EXAMPLE', 'Bachelor of Arts in Business (BA)', 'Management internationaler Geschäftsprozesse', None), ('Bundeshandelsakademie Leoben', 'Reife- und Diplomprüfung', None, 'mit gutem Erfolg')]" "'Abschluss:' the degree, 'Masterstudium X' the field, 'FH X, Graz' no town, 'mit gutem Erfolg' the grade"
same "$(jpy "[(c['name'], c.get('issuer')) for c in d['certificates']]")" "[('Ausbilderprüfung', 'WIFI Steiermark'), ('Seminar Gesprächsführung', 'Example Akademie')]" "a course's provider in brackets is its issuer"
same "$(jpy "[k for s in d['skills'] for k in s['keywords']]")" "['MS Office', 'SAP SuccessFactors']" "levels after skills ('sehr gute Kenntnisse', 'gute Anwenderkenntnisse') go"

# The 2013 Europass through pdftotext -layout: its running head
# ("Curriculum Vitae<gap>Name"), its labels in a left column (not a
# sidebar: the skills stay under their labels), "(+39)" before the phone,
# the employer's postal address after its name, a school's town and
# country, a dated certificate among the schools, and the grid of digital
# skills rated by oneself.
cat >"$T/ep13.txt" <<'CV'

   Curriculum Vitae                                                          Marco Esempio


        INFORMAZIONI PERSONALI   Marco Esempio

                                 Via Roma 1, 10100 Torino (Italia)
                                 (+39) 348 000 1234
                                 marco.esempio@example.it

           POSIZIONE RICOPERTA   Ingegnere meccanico


         ESPERIENZA LAVORATIVA

          01/03/2019 – ATTUALE   Progettista meccanico senior
                                 Esempio Robotica S.p.A., Via Rivalta 30, 10095 Grugliasco (TO) (Italia)
                                 ▪ Progettazione di pinze di presa

       ISTRUZIONE E FORMAZIONE

             10/2013 – 10/2016   Laurea Magistrale in Ingegneria Meccanica              Livello 7 QEQ
                                 Politecnico di Esempio, Torino (Italia)

                       06/2021   Lean Six Sigma Green Belt
                                 Esempio Academy, Grugliasco (Italia)

          COMPETENZE PERSONALI

       COMPETENZE LINGUISTICHE

                  Lingua madre   italiano

      Competenze professionali   ▪ Progettazione meccanica e messa in tavola
                                 ▪ Ottimizzazione topologica

           COMPETENZE DIGITALI   AUTOVALUTAZIONE
                                 Elaborazione delle   Comunicazione   Creazione di    Sicurezza      Risoluzione di
                                 informazioni                         Contenuti                      problemi
                                 Utente avanzato      Utente avanzato Utente autonomo Utente autonomo Utente avanzato

                                 Competenze digitali - Scheda per l'autovalutazione

                                 ▪ CAD 3D: CATIA V5, SolidWorks

  © Unione europea, 2002-2020 | europass.cedefop.europa.eu                              Pagina 1 / 1
CV
run import --dry-run --as-of 2025-06 "$T/ep13.txt"
same "$(jpy "(d['basics']['name'], d['basics'].get('label'), d['basics'].get('phone'))")" "('Marco Esempio', 'Ingegnere meccanico', '(+39) 348 000 1234')" "the 2013 Europass: the name after 'Curriculum Vitae', the position held the headline, the phone with its country's code in brackets"
same "$(jpy "[(w['name'], w.get('location')) for w in d['work']]")" "[('Esempio Robotica S.p.A.', 'Grugliasco (TO)')]" "the employer's street and postcode go, its town the place"
same "$(jpy "[(e['institution'], e.get('studyType')) for e in d['education']]")" "[('Politecnico di Esempio', 'Laurea Magistrale')]" "a school's town and country in brackets go"
same "$(jpy "[(c['name'], c.get('issuer'), c.get('date')) for c in d['certificates']]")" "[('Lean Six Sigma Green Belt', 'Esempio Academy', '2021-06')]" "a dated certificate among the schools is a certificate"
same "$(jpy "[(s['name'], s['keywords']) for s in d['skills']]")" "[('Competenze professionali', ['Progettazione meccanica e messa in tavola', 'Ottimizzazione topologica']), ('CAD 3D', ['CATIA V5', 'SolidWorks'])]" "the skills under their labels, the self-assessment grid none"

# Raw pdftotext of a Word CV whose bullet glyphs were lost, each leaving
# one space before its words; a title with a dated note in brackets
# ("(NQT 2016–17)") and a duty ending in a date in brackets, both inside
# the job's range, date no entry; a duty wrapped onto a line in small
# letters that ends in a season's date goes on.
printf 'Rachel Sample\nrachel.sample@example.org\nEmployment History\nExample Academy, Leeds September 2018 \342\200\223 present\nTeacher of Mathematics\n Teaching Mathematics across KS3\342\200\223KS5, including A level Further\nMathematics\n Leading Year 11 intervention for students working at grades 3/4; 71%% of the group\nachieved grade 4+ in summer 2024\nExample High School, Wakefield September 2016 \342\200\223 August 2018\nTeacher of Mathematics (NQT 2016\342\200\22317)\n Taught Years 7\342\200\22311 across all ability sets\n Completed NQT induction with all standards met (July 2017)\nExample Insurance, York July 2013 \342\200\223 July 2015\nAssistant Actuarial Analyst\n Data analysis and reporting for the pensions team\n Prepared quarterly valuation packs\n' >"$T/lostglyph.txt"
run import --dry-run --as-of 2025-06 "$T/lostglyph.txt"
same "$(jpy "[(w['name'], w['position'], w['startDate'], w.get('endDate'), len(w.get('highlights', []))) for w in d['work']]")" "[('Example Academy', 'Teacher of Mathematics', '2018-09', None, 2), ('Example High School', 'Teacher of Mathematics (NQT 2016–17)', '2016-09', '2018-08', 2), ('Example Insurance', 'Assistant Actuarial Analyst', '2013-07', '2015-07', 2)]" "bullets whose glyphs were lost are duties; dates in brackets within a job's range date no entry"
same "$(jpy "d['work'][0]['highlights'][1]")" "Leading Year 11 intervention for students working at grades 3/4; 71% of the group achieved grade 4+ in summer 2024" "a duty wrapped onto a line in small letters with a season's date goes on"

# An OCC Mundial page copied from the browser: its "Agregar experiencia",
# "Agregar escolaridad" and bare "Agregar" buttons no firm, school or
# certificate; "Escolaridad" heads the schools; a course's name over who
# gave it over its year alone.
printf 'Sofía Ejemplo\nSupervisora de Ventas\nsofia.ejemplo@example.mx\nExperiencia laboral\nAgregar experiencia\nSupervisora de Ventas\nEjemplo Alimentos S.A.\nEnero 2019 - Actual\n- Supervisión de un equipo de 14 vendedores\nEscolaridad\nAgregar escolaridad\nLicenciatura en Mercadotecnia\nUniversidad Autónoma de Ejemplo\nAgosto 2006 - Junio 2011\nCursos y certificaciones\nAgregar\nDiplomado en Dirección Comercial\nTecnológico de Ejemplo\n2017\n' >"$T/occ.txt"
run import --dry-run --as-of 2025-06 "$T/occ.txt"
same "$(jpy "[(w['name'], w['position']) for w in d['work']]")" "[('Ejemplo Alimentos S.A.', 'Supervisora de Ventas')]" "'Agregar experiencia' is a button, no employer"
same "$(jpy "[(e['institution'], e.get('studyType'), e.get('area')) for e in d['education']]")" "[('Universidad Autónoma de Ejemplo', 'Licenciatura', 'Mercadotecnia')]" "'Escolaridad' heads the schools"
same "$(jpy "[(c['name'], c.get('issuer'), c.get('date')) for c in d['certificates']]")" "[('Diplomado en Dirección Comercial', 'Tecnológico de Ejemplo', '2017')]" "a course's name over its issuer over its year"
# A Polish CV in two columns through pdftotext -layout: the headline
# under the centred name, the consent to data processing across both
# columns at the foot of the page, "mgr, Logistyka" a title then a field
cat >"$T/pl.txt" <<'PL'

                                    TERESA WOJCIECHOWSKA
                                    Logistyk, lider zespołu
    KONTAKT
                                    DOŚWIADCZENIE ZAWODOWE
    +48 601 222 333
                                    Kierowniczka magazynu                    04.2020 – obecnie
    teresa.w@example.pl             Lotos Logistyka Sp. z o.o. | Poznań
                                    • Nadzór nad zespołem 12 magazynierów
    JĘZYKI OBCE                     • Inwentaryzacje kwartalne w SAP WM

    angielski – B2                  Magazynierka                             06.2016 – 03.2020
    niemiecki – A2                  Kora Dystrybucja Sp. z o.o. | Gniezno
                                    • Kompletacja zamówień i obsługa wózka widłowego
    UMIEJĘTNOŚCI
                                    WYKSZTAŁCENIE
    SAP WM
    MS Excel                        mgr, Logistyka                           10.2014 – 07.2016
                                    Uniwersytet Ekonomiczny w Poznaniu

                                    inż., Transport                          10.2010 – 02.2014
                                    Politechnika Poznańska


    Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji
    procesu rekrutacji zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679
    z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych (RODO).
PL
run import --dry-run --as-of 2025-06 "$T/pl.txt"
has "$T/out" '"name": "Kora Dystrybucja Sp. z o.o."' "the second employer, the sidebar beside it"
has "$T/out" '"language": "niemiecki"' "the sidebar's languages beside the jobs"
same "$(jpy 'd["education"][0]["studyType"]+"|"+d["education"][0]["area"]')" "mgr|Logistyka" "a title, then the field"
same "$(jpy 'd["education"][1]["institution"]')" "Politechnika Poznańska" "the second school"
# the same page without the consent: the headline stays under the name
head -n -3 "$T/pl.txt" >"$T/pl2.txt"
run import --dry-run --as-of 2025-06 "$T/pl2.txt"
has "$T/out" '"label": "Logistyk, lider zespołu"' "the headline under the centred name"
same "$(jpy '",".join(d["skills"][0]["keywords"])')" "SAP WM,MS Excel" "the sidebar's skills, without the headline"

# A job board's profile page copied whole: "Edit role", "Edit education",
# "Change" and "No expiry" are the page's, a date inside a paragraph of
# prose under a job starts no job of its own
cat >"$T/js.txt" <<'JS'
Marites Dela Cruz
Davao City, Davao del Sur
+63 917 000 1122
marites.dc@example.com
Edit
Profile visibility: Standard
Change

Career history
Add role
Quality Analyst
Teleperformance
Feb 2020 - Present
4 yrs 9 mos
Edit role
Customer Service Representative
Alorica
Jun 2017 - Jan 2020
2 yrs 8 mos
Inbound customer service for a US-based insurance company. Handled claims inquiries, policy changes and basic troubleshooting. Agent of the Quarter, April 2018.
Edit role

Education
Add education
Bachelor of Science in Psychology
Ateneo de Davao University
Finished 2017
Edit education

Licences & certifications
Add licence or certification
Lean Six Sigma Yellow Belt
Six Sigma Global Institute
Issued Mar 2022
No expiry
Edit licence or certification
JS
run import --dry-run --as-of 2025-06 "$T/js.txt"
same "$(jpy '"|".join(w["name"] for w in d["work"])')" "Teleperformance|Alorica" "two jobs, no button nor sentence among them"
same "$(jpy 'd["education"][0]["institution"]')" "Ateneo de Davao University" "the school without its button"
same "$(jpy '"|".join(c["name"] for c in d["certificates"])')" "Lean Six Sigma Yellow Belt" "one certificate, 'No expiry' none"
hasnt "$T/out" '"label": "Change"' "the page's 'Change' is no headline"

# A LinkedIn profile saved as PDF: a later role at the same firm whose
# title has its unit after a comma, its place on a line of its own; a
# degree with its initials after a dash; "What I bring:" inside the
# summary's prose heads nothing
cat >"$T/li.txt" <<'LI'
Contact
odile.marsh@example.com
Top Skills
Roadmapping
Odile Marsh
Group Product Manager at Fernbrook
Portland, Oregon, United States
Summary
Product lead for logistics software, eight years in marketplaces.
What I bring: patient discovery work, comfort with SQL and data, and
a habit of shipping with small teams.
Experience
Fernbrook
6 years 2 months
Group Product Manager, Freight
May 2022 - Present (2 years 7 months)
Portland, Oregon
- Lead four product teams across carrier and shipper tools
Product Manager, Carrier Platform
October 2018 - April 2022 (3 years 7 months)
Seattle, Washington
- Built the carrier onboarding flow
Education
University of Oregon
Master of Business Administration - MBA, Supply Chain Management · (2016 - 2018)
LI
run import --dry-run --as-of 2025-01 "$T/li.txt"
same "$(jpy '"|".join(w["name"]+"/"+w["position"]+"/"+w.get("location","") for w in d["work"])')" "Fernbrook/Group Product Manager, Freight/Portland, Oregon|Fernbrook/Product Manager, Carrier Platform/Seattle, Washington" "the later role's unit stays in its title, the firm the group's"
same "$(jpy 'd["education"][0]["studyType"]+"|"+d["education"][0]["area"]')" "Master of Business Administration - MBA|Supply Chain Management" "the degree with its initials, then the field"
same "$(jpy '"|".join(s["name"] for s in d["skills"])')" "Top Skills" "no group from the summary's 'What I bring:'"
has "$T/out" 'What I bring: patient discovery work' "the sentence stays in the summary"

# A UK teacher's CV: the PGCE's placements are no school, QTS dated among
# the degrees is a certificate, the phase opens the PGCE's field, "A*"
# is a grade, and "Checks & Status" and "Additional Responsibilities"
# hold no skills or schools
cat >"$T/qts.txt" <<'QTS'
Nadia Pemberton
Primary Teacher
nadia.p@example.co.uk
Key Skills
Phonics teaching
Behaviour management
Checks & Status
QTS – DfE ref. 1234567
Enhanced DBS on the Update Service
Employment History
Greenfold Primary School, Bradford September 2019 – present
Class Teacher (Year 2)
Education and Qualifications
PGCE Primary Education (5–11 with a specialism in early reading) 2018 – 2019
University of Huddersfield
Placements at Hollin Lane Primary School and Cragside Infants, Keighley
Qualified Teacher Status (QTS) July 2019
A Levels: English (A*), History (A) 2014 – 2016
Skipton Girls' High School
Additional Responsibilities
 Phonics lead (2021 – present)
 Eco-council coordinator
QTS
run import --dry-run --as-of 2025-06 "$T/qts.txt"
same "$(jpy '"|".join(e["institution"] for e in d["education"])')" "University of Huddersfield|Skipton Girls' High School" "the placements and QTS no school"
same "$(jpy 'd["education"][0]["studyType"]+"|"+d["education"][0]["area"]')" "PGCE|Primary Education (5–11 with a specialism in early reading)" "the PGCE's field with its phase and note"
same "$(jpy '"|".join(c["name"]+"/"+c.get("date","") for c in d["certificates"])')" "Qualified Teacher Status (QTS)/2019-07" "QTS a dated certificate"
has "$T/out" 'English \(A\*\), History \(A\)' "the A* grade keeps its star"
same "$(jpy '"|".join(d["skills"][0]["keywords"])')" "Phonics teaching|Behaviour management" "the checks are no skills"
hasnt "$T/out" 'Phonics lead' "an additional responsibility is no school"

# The Europass of 2020 on through raw pdftotext: a school's facts parted
# by bars and wrapped (the field of study the field, the final grade the
# score, the address and level nothing), the degree's name in capitals
# whole, and the languages' grid read down one cell a line
cat >"$T/ep20.txt" <<'EP'
Ana Test
ana.test@example.com

EDUCATION AND TRAINING
01/10/2014 – 15/07/2016 Ljubljana, Slovenia
MASTER OF COMPUTING Faculty of Computer and Information Science
Address Večna pot 113, 1000, Ljubljana, Slovenia | Website https://www.example.si/ |
Field(s) of study Information and communication technologies | Final grade 9,1 (summa cum
laude) | Level in EQF EQF level 7 | Thesis Graph layouts for sparse networks

LANGUAGE SKILLS
Mother tongue(s): SLOVENE
Other language(s):
UNDERSTANDING
SPEAKING
WRITING
Listening
Reading
Spoken production
Spoken interaction
ENGLISH
C1
C2
B2
C1
C1
EP
run import --dry-run --as-of 2025-06 "$T/ep20.txt"
same "$(jpy '"|".join(d["education"][0][k] for k in ("studyType", "institution", "area", "score"))')" "MASTER OF COMPUTING|Faculty of Computer and Information Science|Information and communication technologies|9,1 (summa cum laude)" "the degree whole, the school, the field and grade from the facts"
same "$(jpy '"|".join(l["language"]+"/"+l.get("fluency","") for l in d["languages"])')" "Slovene/Mother tongue|English/Listening C1, Reading C2, Spoken production B2, Spoken interaction C1, Writing C1" "the mother tongue and a row of levels read down the column"
hasnt "$T/out" '"(publications|skills)"' "the grid's headings head nothing"

# A Croatian Europass: its headings, "TRENUTAČNO" an open end, the town
# glued after the firm's legal form the job's place, "XV. gimnazija" the
# school after its degree in capitals
cat >"$T/hr.txt" <<'HR'
Ivo Testić
ivo.testic@example.hr

RADNO ISKUSTVO
15/01/2019 – TRENUTAČNO
JAVA DEVELOPER
Primjer Softver d.o.o. Zagreb, Hrvatska
• Razvoj mikroservisa u Javi

OBRAZOVANJE I OSPOSOBLJAVANJE
01/09/2007 – 15/06/2011 Split, Hrvatska
MATURA, OPĆI SMJER III. gimnazija

JEZIČNE VJEŠTINE
Materinski jezik/jezici: HRVATSKI

HOBIJI I INTERESI
Planinarenje
HR
run import --dry-run --as-of 2025-06 "$T/hr.txt"
same "$(jpy '"|".join(d["work"][0].get(k, "-") for k in ("name", "location", "startDate", "endDate"))')" "Primjer Softver d.o.o.|Zagreb, Hrvatska|2019-01|-" "the firm, its glued town with the country, an open end"
same "$(jpy 'd["education"][0]["institution"]+"|"+d["education"][0]["studyType"]')" "III. gimnazija|MATURA" "the numbered school after the degree"
same "$(jpy '"|".join(l["language"]+"/"+l.get("fluency","") for l in d["languages"])')" "Hrvatski/Materinski jezik" "the mother tongue, recased"
same "$(jpy '"|".join(i["name"] for i in d["interests"])')" "Planinarenje" "'Hobiji i interesi' heads the interests"

# A Computrabajo profile copied whole: the place under a job's dates and
# its sector after it, a level alone over "School - Field - State", the
# skills' "Ver más (4)", a Premium advert and the wishes after them
cat >"$T/ctpe.txt" <<'CT'
Rosa Elvira Paucar Ticona
Analista Contable
Arequipa, Arequipa

Experiencia
Añadir experiencia
Analista Contable
Molinos del Sur S.A.C.
feb. 2020 - Actualidad (4 años 9 meses)
Arequipa, Arequipa
Industria alimentaria · Contabilidad y Finanzas
Responsable de los cierres mensuales y de la conciliación de cuentas.
• Cierres contables mensuales en Concar.
Editar
Eliminar
Asistente Contable
Estudio Contable Flores & Asociados S.A.C.
ene. 2017 - ene. 2020 (3 años 1 mes)
Cusco, Cusco
Servicios profesionales · Contabilidad y Finanzas
Encargada de la contabilidad de 10 clientes.
- Declaraciones mensuales de IGV y Renta.
Editar
Eliminar

Formación
Añadir formación
Universitario
Universidad Nacional de San Agustín - Contabilidad - Titulado
mar. 2012 - dic. 2017
Editar
Postgrado
Colegio de Contadores Públicos de Arequipa - Diplomado en Tributación - Graduado
abr. 2019 - oct. 2019

Conocimientos
Concar
NIIF
Ver más (4)

Habilidades
Trabajo en equipo
Destaca tu perfil con Premium
Probar Premium

Preferencias de empleo
Salario deseado
S/ 3,800
Jornada
Tiempo completo
CT
run import --dry-run --as-of 2025-06 "$T/ctpe.txt"
same "$(jpy '"|".join(d["work"][1].get(k, "-") for k in ("location", "summary"))')" "Cusco|Encargada de la contabilidad de 10 clientes." "the place under the dates, the sector after it left out"
same "$(jpy '"|".join(d["education"][0].get(k, "-") for k in ("institution", "studyType", "area"))')" "Universidad Nacional de San Agustín|Universitario|Contabilidad" "the level alone the degree, the school's field, its state left out"
same "$(jpy 'd["education"][1]["institution"]')" "Colegio de Contadores Públicos de Arequipa" "a level over its school's line"
same "$(jpy '"|".join(k for s in d["skills"] for k in s["keywords"])')" "Concar|NIIF|Trabajo en equipo" "no button, advert or wish among the skills"


# An Indeed résumé read raw: a bullet that wrapped a school's name
# ("... and Mercer" over "University") heads no section, a bullet that
# wrapped before its figure and year ("... by" over "25% in 2021") starts
# no job, and a licence's letters ("LPN") over its facts ("Expires: ...",
# "State: GA") are the licence alone.
cat > "$T/indeed-raw.txt" <<'IN'
Tamika Odell
Licensed Practical Nurse
Macon, GA 31201
tamika.odell.lpn@example.com
+1 478 555 0172
Dependable Licensed Practical Nurse with five years of long-term care and rehabilitation experience in
skilled nursing facilities across middle Georgia, seeking a full-time position on a rehabilitation unit.

Work Experience
Licensed Practical Nurse
Navicent Health - Macon, GA
June 2019 to Present
• Administer scheduled and PRN medications to a caseload of 20 residents on a rehabilitation unit
• Mentor nursing students on clinical rotation from Central Georgia Technical College and Mercer
University
• Led a skin-integrity project with the wound care nurse that cut pressure injuries on the unit by
25% in 2021
• Document assessments and care plans in PointClickCare
Certified Nursing Assistant
Pine Hollow Care Center - Warner Robins, GA
May 2016 to May 2019
• Assisted residents with bathing, dressing, feeding and transfers

Education
Diploma in Practical Nursing
Central Georgia Technical College - Macon, GA
2017 to 2019

Nursing Licenses
LPN
Expires: January 2027
State: GA

Skills
• Medication administration (5 years)
• Wound care (5 years)
IN
run import --dry-run --as-of 2025-06 "$T/indeed-raw.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w.get("endDate", "-") + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Navicent Health/-/4 | Pine Hollow Care Center/2019-05/1" "indeed raw: a wrapped name and a wrapped figure start nothing"
has "$T/out" '"Mentor nursing students on clinical rotation from Central Georgia Technical College and Mercer University"' \
    "indeed raw: the school's name whole in the bullet"
has "$T/out" '"Led a skin-integrity project .* by 25% in 2021"' "indeed raw: the figure and year in the bullet"
same "$(jpy '" | ".join(e["institution"] for e in d["education"])')" \
    "Central Georgia Technical College" "indeed raw: the school alone in education"
same "$(jpy '" | ".join(x["name"] for x in d["certificates"])')" "LPN" \
    "indeed raw: the licence's letters, not its state"

# A Swiss Lebenslauf through pdftotext -layout, two pages: page two's
# sidebar ("INTERESSEN" and three lines) keeps page one's gutter, not the
# dates' column right of it; "Eidg. dipl. Expertin in ... und" over
# "Controlling" is one degree, split at "in"; the town after
# "Fachhochschule ..." and "Handelsschule ..." goes; "Lehrbetrieb: ..." is
# no field; a bullet's bracket wrapped over its date ("(Go-live" over
# "01/2021)") starts no role.
cat > "$T/ch-two.txt" <<'IN'
                                  MARTINA KELLER
                                  Leiterin Finanzen

KONTAKT                           PROFIL
Seestrasse 14                     Erfahrene Controllerin mit zehn Jahren Erfahrung
8002 Zürich                       in Rechnungswesen und Konzernabschluss.
martina.keller@example.ch
+41 78 555 12 34                  BERUFSERFAHRUNG

SPRACHEN                          seit 03/2019       Leiterin Finanzen
                                                     Berghof Mühlen AG, Winterthur
Deutsch    Muttersprache                             • Führung eines Teams von drei Personen
Englisch   C1                                        • Projektleitung Einführung Abacus ERP (Go-live
Französisch B2                                         01/2021)
                                                     • Monatsabschluss und Konzernreporting nach
EDV                                                    Swiss GAAP FER

Abacus                            06/2014 – 02/2019  Controllerin
Excel (inkl. VBA)                                    Seetal Logistik AG, Luzern
Power BI                                             • Kostenrechnung und Budgetierung für
                                                       vier Standorte

    Martina Keller · Lebenslauf                                        Seite 1 von 2
@FF@    Martina Keller                                                     Lebenslauf

INTERESSEN                        AUSBILDUNG

Segeln                            2016 – 2018        Eidg. dipl. Expertin in Rechnungslegung und
Klettern                                             Controlling
Kochen                                               Akademie für Wirtschaft und Finanz, Zürich
                                                     Höhere Fachprüfung, Diplomarbeit: «Liquiditätsplanung
                                                     im Mittelstand»

                                  09/2010 – 07/2014  Bachelor of Science in Betriebsökonomie
                                                     Fachhochschule Zentralschweiz, Rotkreuz

                                  08/2007 – 07/2010  Kauffrau EFZ
                                                     Handelsschule Luzern, Luzern
                                                     Lehrbetrieb: Luzerner Kantonalbank

    Martina Keller · Lebenslauf                                        Seite 2 von 2
IN
sed -i 's/^@FF@/\f/' "$T/ch-two.txt"
run import --dry-run --as-of 2025-06 "$T/ch-two.txt"
same "$(jpy '" | ".join(w["name"] + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Berghof Mühlen AG/3 | Seetal Logistik AG/1" "swiss two pages: two roles, the bracketed date in its bullet"
has "$T/out" '"Projektleitung Einführung Abacus ERP \(Go-live 01/2021\)"' "swiss two pages: the bullet whole"
same "$(jpy '" | ".join(e.get("institution", "-") + "/" + e.get("studyType", "-") + "/" + e.get("area", "-") for e in d["education"])')" \
    "Akademie für Wirtschaft und Finanz/Eidg. dipl. Expertin/Rechnungslegung und Controlling | Fachhochschule Zentralschweiz/Bachelor of Science/Betriebsökonomie | Handelsschule Luzern/Kauffrau EFZ/-" \
    "swiss two pages: schools without their towns, the degree and field apart"
same "$(jpy '" | ".join(i["name"] for i in d["interests"])')" "Segeln | Klettern | Kochen" \
    "swiss two pages: page two's sidebar"

# A French two-column CV through pdftotext -layout whose second page goes
# on with a role beside the sidebar's "LANGUES": the main column's lines
# up to its next heading are read before the sidebar, so the role keeps
# its bullet and the next role stays a role; the page's running head
# ("Julien Moreau – Chef de projet ...") heads nothing.
cat > "$T/fr-two.txt" <<'IN'
                                    JULIEN MOREAU
                                    Chef de projet logistique

 CONTACT                            EXPÉRIENCES PROFESSIONNELLES

 julien.moreau@example.fr           GEODIS – Lyon (69)                      Depuis mars 2021
 06 12 34 56 78                     Chef de projet logistique
 Lyon                               • Pilotage de trois projets d'entrepôt automatisé
                                    • Suivi du budget et des fournisseurs
 COMPÉTENCES
                                    DHL SUPPLY CHAIN – Saint-Priest (69)    2017 – 2021
 WMS Reflex                         Responsable d'exploitation
 SAP EWM                            • Encadrement de 25 préparateurs de commandes
 Power BI                           • Mise en place des indicateurs de performance
 Excel                                quotidiens
                                    • Réduction des erreurs de préparation de 30 %

@FF@                              Julien Moreau – Chef de projet logistique


 LANGUES                            • Animation des réunions sécurité hebdomadaires
                                      avec les chefs d'équipe
 Anglais : courant
 Espagnol : notions                 FM LOGISTIC – Fleury-Mérogis (91)      2014 – 2017
                                    Chef d'équipe
 CENTRES D'INTÉRÊT                  • Gestion des flux entrants et sortants

 Course à pied                      FORMATION
 Photographie
                                    IAE Lyon                               2012 – 2014
                                    Master Logistique et Supply Chain
IN
sed -i 's/^@FF@/\f/' "$T/fr-two.txt"
run import --dry-run --as-of 2025-06 "$T/fr-two.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "GEODIS/Chef de projet logistique/2 | DHL SUPPLY CHAIN/Responsable d'exploitation/4 | FM LOGISTIC/Chef d'équipe/1" \
    "fr two pages: the role goes on past the page, the next is a role"
same "$(jpy '" | ".join(i["name"] for i in d["interests"])')" "Course à pied | Photographie" \
    "fr two pages: the interests alone"

# The old Europass form in Bulgarian, through pdftotext -layout: its labels
# ("Заемана длъжност", "Име и адрес на работодателя", "Наименование на
# придобитата квалификация"), months ("Септември 2012 – Февруари 2018"),
# open end ("до момента"), the "▪" duties wrapped, a firm's Bulgarian legal
# form ("ООД") and „quotes“, "гр. Пловдив" after a school, and "Магистър
# по „...“" as a degree and its field.
cat > "$T/bg-ep.txt" <<'IN'
                     Автобиография

                  Лична информация

                     Име / Фамилия   Мария Иванова Стоянова
                            E-mail   m.stoyanova@example.bg

                       Трудов стаж

                              Дати   01.03.2018 – до момента
                  Заемана длъжност   Главен счетоводител
                Основни дейности и   ▪ Ръководство на счетоводния отдел (3
                      отговорности     служители)
                                     ▪ Месечни справки-декларации по ЗДДС,
                                       Интрастат декларации
       Име и адрес на работодателя   „Родопа Трейд“ ЕООД, ул. „Победа“ № 12, 4000
                                     Пловдив

                              Дати   Септември 2012 – Февруари 2018
                  Заемана длъжност   Счетоводител
                Основни дейности и   ▪ Водене на пълно счетоводство
                      отговорности
       Име и адрес на работодателя   Счетоводна кантора „Делта Консулт“ ООД, ул. „Иван
                                     Вазов“ № 5, 4000 Пловдив

            Образование и обучение

                              Дати   2008 – 2010
       Наименование на придобитата   Магистър по „Счетоводство и контрол“
                      квалификация
      Име и вид на обучаващата или   Университет за национално и световно стопанство,
       образователната организация   гр. София

        Лични умения и компетенции

                       Майчин език   Български
IN
run import --dry-run --as-of 2025-06 "$T/bg-ep.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w.get("position", "-") + "/" + w.get("location", "-") + "/" + w["startDate"] + "/" + w.get("endDate", "-") + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "„Родопа Трейд“ ЕООД/Главен счетоводител/Пловдив/2018-03/-/2 | Счетоводна кантора „Делта Консулт“ ООД/Счетоводител/Пловдив/2012-09/2018-02/1" \
    "bulgarian europass: two roles, their firms, towns, dates and duties"
has "$T/out" '"Ръководство на счетоводния отдел \(3 служители\)"' "bulgarian europass: a wrapped duty whole"
has "$T/out" '"Месечни справки-декларации по ЗДДС, Интрастат декларации"' "bulgarian europass: a duty wrapped after its comma"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e.get("area", "-") for e in d["education"])')" \
    "Университет за национално и световно стопанство/Магистър/Счетоводство и контрол" \
    "bulgarian europass: the school without its town, the degree and its field"

# A Lithuanian CV: its headings ("Darbo patirtis", "Išsilavinimas",
# "Kalbos") and its dates ("2019 m. rugsėjo mėn. – dabar").
cat > "$T/lt-cv.txt" <<'IN'
Rūta Kazlauskienė
Darbo patirtis
2019 m. rugsėjo mėn. – dabar
UAB „Nemuno vežėjai“, Kaunas
Logistikos vadovė
• Vadovauju 8 darbuotojų skyriui
2014 m. kovo mėn. – 2019 m. rugpjūčio mėn.
UAB „Baltijos keliai“, Vilnius
Transporto vadybininkė
• Krovinių pervežimų planavimas
Išsilavinimas
2010 – 2014
Vilniaus universitetas, Ekonomikos bakalauras
Kalbos
Lietuvių – gimtoji, Anglų – C1
IN
run import --dry-run --as-of 2025-06 "$T/lt-cv.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") for w in d["work"])')" \
    "UAB „Nemuno vežėjai“/2019-09/- | UAB „Baltijos keliai“/2014-03/2019-08" \
    "lithuanian cv: the roles and their dates"
same "$(jpy '" | ".join(e["institution"] for e in d["education"])')" "Vilniaus universitetas" \
    "lithuanian cv: the school under its heading"
same "$(jpy '" | ".join(l["language"] + "/" + l.get("fluency", "-") for l in d["languages"])')" \
    "Lietuvių/gimtoji | Anglų/C1" "lithuanian cv: the languages"

# A Canva CV in French read raw: the sidebar first, its letter-spaced
# heading with an apostrophe ("C E N T R E S D ' I N T É R Ê T"), its
# skills ("Spring Boot, Angular") no name; the name under the sidebar;
# bullets wrapped before their last words; schools by their initials
# after a dash, one cut after "de" over its town and year.
cat > "$T/tn-canva.txt" <<'IN'
C O N T A C T
 +216 98 000 111
 salma.trabelsi@example.org
C O M P É T E N C E S
Développement
Python, Java, Bash,
Spring Boot, Angular
DevOps & Cloud
Docker, Kubernetes
L A N G U E S
Arabe : langue maternelle
Français : courant
C E N T R E S D ' I N T É R Ê T
Randonnée
Photographie
SALMA TRABELSI
Ingénieure Réseaux & Développement Logiciel
EXPÉRIENCES PROFESSIONNELLES
Ingénieure Développement Logiciel
Orange Tunisie | Tunis
Sept. 2020 – Aujourd'hui
• Conception d'un outil de détection d'anomalies sur les compteurs KPI
(Python, Pandas, Grafana).
• Encadrement de 3 stagiaires et revue de code au sein d'une équipe
Scrum de 8 personnes.
Ingénieure Support Réseau
Ooredoo Tunisie | Tunis
Sept. 2019 – Août 2020
• Supervision du cœur de réseau EPC/IMS.
FORMATION
Diplôme National d'Ingénieur en Télécommunications – SUP'COM, 2016 – 2019
Cycle préparatoire intégré – INSAT, 2014 – 2016
Baccalauréat Mathématiques, mention Bien – Lycée Pilote Bourguiba de
Tunis, 2014
IN
run import --dry-run --as-of 2025-06 "$T/tn-canva.txt"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"].get("label", "-")')" \
    "Salma Trabelsi / Ingénieure Réseaux & Développement Logiciel" \
    "canva raw: the name and headline under the sidebar, not a line of skills"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Orange Tunisie/Ingénieure Développement Logiciel/2 | Ooredoo Tunisie/Ingénieure Support Réseau/1" \
    "canva raw: a bullet's last words under it stay its own, no job's"
has "$T/out" '"Conception d.un outil de détection d.anomalies sur les compteurs KPI \(Python, Pandas, Grafana\)\."' \
    "canva raw: a bracket wrapped under its bullet"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e.get("area", "-") + "/" + e.get("endDate", "-") for e in d["education"])')" \
    "SUP'COM/Diplôme National d'Ingénieur/Télécommunications/2019 | INSAT/Cycle préparatoire intégré/-/2016 | Lycée Pilote Bourguiba de Tunis/Baccalauréat/Mathématiques/2014" \
    "canva raw: schools by their initials after a dash; a name cut after 'de' over its town"
same "$(jpy '",".join(i["name"] for i in d.get("interests", [])) + " / " + ",".join(l["language"] for l in d.get("languages", []))')" \
    "Randonnée,Photographie / Arabe,Français" \
    "canva raw: a letter-spaced heading with an apostrophe heads the interests"

# An hh.kz page copied whole: the site's menu over the name, which the
# e-mail spells in Latin letters; the board's industry under each firm
# and the firm's site after its town; "Редактировать" buttons; "Высшее"
# over schools whose years come first; courses with their years first;
# "1С: Предприятие 8" among skills one a line.
cat > "$T/hh-kz.txt" <<'IN'
hh.kz
Соискателям
Работодателям
Помощь
Мои резюме
Создать резюме
Редактировать
Сейтказина Айгерим Болатовна
Женщина, 30 лет
+7 (701) 000-11-22
aigerim.seitkazina@example.kz
Проживает: Алматы
Опыт работы — 5 лет 2 месяца
Май 2021 — по настоящее время
3 года 7 месяцев
Air Astana
Алматы, airastana.com
Перевозки, логистика, склад, ВЭД
• Авиаперевозки
Ведущий финансовый аналитик
Подготовка годового бюджета и скользящего прогноза
Автоматизация отчетности в Power BI
Редактировать
Ключевые навыки
Финансовый анализ
SAP
1С: Предприятие 8
Деловая переписка
Редактировать
Образование
Высшее
2019
Университет КИМЭП, Алматы
Бизнес-школа Бэнга, Финансы (магистр)
2017
Казахский экономический университет им. Т. Рыскулова, Алматы
Финансовый факультет, Финансы (бакалавр)
Повышение квалификации, курсы
2022
DipIFR (Диплом по международной финансовой отчетности)
ACCA
2020
Бюджетирование и управленческий учет
Международная академия бизнеса
IN
run import --dry-run --as-of 2025-06 "$T/hh-kz.txt"
same "$(jpy 'd["basics"]["name"]')" "Сейтказина Айгерим Болатовна" \
    "hh.kz: the name the e-mail spells in Latin letters, under the site's menu"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w.get("location", "-") + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Air Astana/Ведущий финансовый аналитик/Алматы/2" \
    "hh.kz: the board's industry no title, the firm's site no part of its town, no button a duty"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e.get("area", "-") + "/" + e.get("endDate", "-") for e in d["education"])')" \
    "Университет КИМЭП/магистр/Финансы/2019 | Казахский экономический университет им. Т. Рыскулова/бакалавр/Финансы/2017" \
    "hh.kz: each school under its year, without its town or faculty"
same "$(jpy '" | ".join(x["name"] + "/" + x.get("issuer", "-") + "/" + x.get("date", "-") for x in d["certificates"])')" \
    "DipIFR (Диплом по международной финансовой отчетности)/ACCA/2022 | Бюджетирование и управленческий учет/Международная академия бизнеса/2020" \
    "hh.kz: each course with its year written over it"
same "$(jpy '",".join(k for g in d["skills"] for k in g["keywords"])')" \
    "Финансовый анализ,SAP,1С: Предприятие 8,Деловая переписка" \
    "hh.kz: a skill with a colon in it among skills one a line"

# An Ecuadorian hoja de vida: its numbered headings, the name in
# "Nombres:" and "Apellidos:", the phone after the "Cédula", and jobs
# given by labels, "Institución:" the employer under the jobs' heading,
# "Fecha de ingreso: 05 de septiembre de 2016" and "Fecha de salida:",
# duties wrapped under their bullets.
cat > "$T/ec-hoja.txt" <<'IN'
                                        HOJA DE VIDA

1. DATOS PERSONALES

   Nombres:                      María José
   Apellidos:                    Andrade Vera
   Cédula de ciudadanía:         0917000000
   Teléfono celular:             0998 000 111
   Correo electrónico:           mjandrade@example.ec

2. INSTRUCCIÓN FORMAL

   Nivel            Institución                 Título obtenido                  Registro SENESCYT

   Tercer nivel     Universidad de Guayaquil    Licenciada en Enfermería         1006-2015-0000000

3. EXPERIENCIA LABORAL

   Institución:          Hospital Luis Vernaza – Junta de Beneficencia de Guayaquil
   Ciudad:               Guayaquil
   Cargo:                Enfermera de Hospitalización
   Fecha de ingreso:     05 de septiembre de 2016
   Fecha de salida:      15 de febrero de 2019
   Funciones:
        Ø   Valoración integral del paciente y aplicación del Proceso de Atención de
            Enfermería (PAE).
        Ø   Educación al paciente y familia para el alta hospitalaria.

   Institución:          Centro de Salud Tipo A Pascuales
   Ciudad:               Guayaquil
   Cargo:                Enfermera Rural
   Fecha de ingreso:     01 de marzo de 2019
   Fecha de salida:      actualmente
   Funciones:
        Ø   Vacunación según esquema del PAI.

4. REFERENCIAS PERSONALES

   Lcda. Mónica Salazar       Líder de Enfermería     Cel. 0987 000 222
IN
run import --dry-run --as-of 2025-06 "$T/ec-hoja.txt"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"]["phone"]')" "María José Andrade Vera / 0998 000 111" \
    "hoja de vida: the name from its two labels, the phone not the cédula"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w.get("location", "-") + "/" + w["startDate"] + "/" + w.get("endDate", "-") + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Hospital Luis Vernaza – Junta de Beneficencia de Guayaquil/Enfermera de Hospitalización/Guayaquil/2016-09/2019-02/2 | Centro de Salud Tipo A Pascuales/Enfermera Rural/Guayaquil/2019-03/-/1" \
    "hoja de vida: 'Institución:' the employer under the jobs, dates from 'Fecha de ingreso' and 'Fecha de salida'"
has "$T/out" '"Valoración integral del paciente y aplicación del Proceso de Atención de Enfermería \(PAE\)\."' \
    "hoja de vida: a duty wrapped under its bullet whole"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e.get("area", "-") for e in d["education"])')" \
    "Universidad de Guayaquil/Licenciada/Enfermería" \
    "hoja de vida: 'INSTRUCCIÓN FORMAL' heads the schools"

# A cv.lv page copied whole: a menu in Latvian over the name the e-mail
# spells, each value under its label alone on a line ("Amats",
# "Uzņēmums", "Periods", "Pienākumi"), "šobrīd" for now, an achievement
# opening on "2021. gadā" no job of its own.
cat > "$T/lv-cvlv.txt" <<'IN'
CV.lv
Vakances
Uzņēmumi
Karjeras padomi
Algu kalkulators
Mans CV
Rediģēt
Līga Bērziņa
Projektu vadītāja
Rīga, Latvija
Tālrunis
+371 20 000 111
E-pasts
liga.berzina@example.lv
Darba pieredze
Amats
Projektu vadītāja
Uzņēmums
SIA "Latvijas Mobilais Telefons"
Periods
03.2019 – šobrīd
Atrašanās vieta
Rīga
Pienākumi
Projektu plānošana un budžeta kontrole
Sasniegumi
2021. gadā ieviesu jaunu klientu apkalpošanas sistēmu
Amats
Projektu koordinatore
Uzņēmums
AS "Latvenergo"
Periods
01.2015 – 02.2019
Pienākumi
Dokumentācijas sagatavošana
Izglītība
Mācību iestāde
Rīgas Tehniskā universitāte
Izglītības līmenis
Bakalaurs
Periods
2011 – 2015
IN
run import --dry-run --as-of 2025-06 "$T/lv-cvlv.txt"
same "$(jpy 'd["basics"]["name"]')" "Līga Bērziņa" "cv.lv: the name under a menu in Latvian"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "SIA \"Latvijas Mobilais Telefons\"/Projektu vadītāja/2019-03/-/2 | AS \"Latvenergo\"/Projektu koordinatore/2015-01/2019-02/1" \
    "cv.lv: values under their labels, 'šobrīd' open, '2021. gadā' no job"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e.get("endDate", "-") for e in d["education"])')" \
    "Rīgas Tehniskā universitāte/Bakalaurs/2015" \
    "cv.lv: a school under its labels"

# A Slovenian življenjepis: its title no headline; "Delovno mesto:" the
# title; "Pridobljeni naziv:" the degree; "Dodatna izobraževanja",
# "Znanje jezikov" and "Računalniška znanja" head their sections.
cat > "$T/si-cv.txt" <<'IN'
                                      ŽIVLJENJEPIS

   Osebni podatki

   Ime in priimek:                Nina Horvat
   E-pošta:                       nina.horvat@example.si

   Delovne izkušnje

   2014 – 2018                    Strojna tovarna Tezno d.d., Maribor
                                  Delovno mesto: konstruktorka strojev in naprav
                                  Naloge:
                                    -   izdelava 3D modelov in delavniških risb

   Izobrazba

   2008 – 2012                    Univerza v Mariboru, Fakulteta za strojništvo
                                  univerzitetni študijski program I. stopnje Strojništvo
                                  Pridobljeni naziv: univerzitetna diplomirana inženirka strojništva (UN)

   Dodatna izobraževanja

   2019                           Tečaj ANSYS Mechanical, CADFEM, Dunaj

   Znanje jezikov

                                  slovenščina – materni jezik
                                  angleščina – aktivno

   Računalniška znanja            SolidWorks, AutoCAD, MATLAB
IN
run import --dry-run --as-of 2025-06 "$T/si-cv.txt"
same "$(jpy 'd["basics"].get("label", "-") + " / " + " | ".join(w["name"] + "/" + w.get("position", "-") for w in d["work"])')" \
    "- / Strojna tovarna Tezno d.d./konstruktorka strojev in naprav" \
    "slovenian cv: the title no headline, 'Delovno mesto:' the job's title"
same "$(jpy '" | ".join(e.get("studyType", "-") for e in d["education"]) + " / " + str(len(d.get("certificates", []))) + " / " + ",".join(l["language"] for l in d.get("languages", [])) + " / " + ",".join(k for g in d["skills"] for k in g["keywords"])')" \
    "univerzitetna diplomirana inženirka strojništva (UN) / 1 / slovenščina,angleščina / SolidWorks,AutoCAD,MATLAB" \
    "slovenian cv: 'Pridobljeni naziv:' the degree; its courses, languages and skills headings"
# A form whose "Position:" lists two roles at one firm, each with its
# dates: two jobs at that employer, the duties with the first.
cat > "$T/form-promoted.txt" <<'IN'
Tendai Moyo
tendai.moyo@example.co.zw

WORK EXPERIENCE

Organisation    :   Dube & Partners, Chartered Accountants, Bulawayo
Position        :   Audit Senior            (January 2019 – February 2021)
                    Audit Assistant         (January 2017 – December 2018)
Period          :   January 2017 – February 2021
Duties          :
    •   Planning and executing statutory audits of clients
    •   Reviewing the working papers of the assistants

Organisation    :   Harare Mills (Private) Limited, Harare
Position        :   Graduate Trainee Accountant
Period          :   February 2016 – December 2016
Duties          :
    •   Posting of journals and creditors reconciliations
IN
run import --dry-run --as-of 2025-06 "$T/form-promoted.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Dube & Partners, Chartered Accountants/Audit Senior/2019-01/2021-02/2 | Dube & Partners, Chartered Accountants/Audit Assistant/2017-01/2018-12/0 | Harare Mills (Private) Limited/Graduate Trainee Accountant/2016-02/2016-12/1" \
    "form: two dated roles under one Position, each a job at the firm"

# A labelled title first in a job's prose ("Delovno mesto:" under the
# firm), a duty after its label on one line ("Duties:", "Naloge:"), and a
# duty wrapped after "for" onto a line that opens on a figure.
cat > "$T/labelled-prose.txt" <<'IN'
Anja Zupan
anja.zupan@example.si

Delovne izkušnje

   2009 – 2012                    Henkel Maribor d.o.o., Maribor
                                  Delovno mesto: tehnična sodelavka v vzdrževanju
                                  Naloge: pomoč pri vzdrževanju polnilnih linij

EXPERIENCE

Acme Holdings Ltd, Nairobi                       2015 - 2018
Position: Accounts Assistant
Duties: posting journals, reconciling the bank, preparing the payroll for
120 staff
IN
run import --dry-run --as-of 2025-06 "$T/labelled-prose.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w.get("position", "-") + "/" + "; ".join(w.get("highlights", [])) for w in d["work"])')" \
    "Henkel Maribor d.o.o./tehnična sodelavka v vzdrževanju/pomoč pri vzdrževanju polnilnih linij | Acme Holdings Ltd/Accounts Assistant/posting journals, reconciling the bank, preparing the payroll for 120 staff" \
    "a labelled title in the prose is the job's; a duty's label goes; '120 staff' ends its duty"

# A résumé flattened onto one line by a web form: the credentials after
# the name, the street and the town apart, the ZIP no part of the phone;
# a header run into the last duty after "in Epic"; the firm after the
# title at "The" or after the title's initials; the first skill with no
# bullet; certificates run together, an expiry no date of theirs.
printf '%s' 'Dana K. Olsen, BSN, RN Registered Nurse 118 Maple Ave, Apt 2C Dayton, OH 45402 (937) 555-0188 dana.olsen@example.com PROFESSIONAL EXPERIENCE Staff Nurse (RN) Miami Valley Hospital, Dayton, OH June 2019 – Present • Provide care for 5 adult patients per shift • Document care in Epic Summer Nurse Extern The Kettering Medical Center, Dayton, OH May 2018 – August 2018 • Completed a 10-week externship on a surgical unit Patient Care Technician (STNA) Grandview Medical Center, Dayton, OH May 2016 – May 2018 • Obtained vital signs and blood glucose checks EDUCATION Bachelor of Science in Nursing The Wright State University, Dayton, OH 2014 – 2018 LICENSES & CERTIFICATIONS Certified Medical-Surgical Registered Nurse (CMSRN), MSNCB – 2022 Basic Life Support (BLS), American Heart Association – exp. 03/2026 NIH Stroke Scale Certification – 2023 CLINICAL SKILLS Epic EHR • IV insertion • Telemetry monitoring' > "$T/flat-nurse.txt"
run import --dry-run --as-of 2025-06 "$T/flat-nurse.txt"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"].get("label", "-") + " / " + d["basics"].get("phone", "-") + " / " + d["basics"].get("location", {}).get("city", "-")')" \
    "Dana K. Olsen / Registered Nurse / (937) 555-0188 / Dayton" \
    "flat: credentials, headline, street, town and phone apart"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Miami Valley Hospital/Staff Nurse (RN)/2 | The Kettering Medical Center/Summer Nurse Extern/1 | Grandview Medical Center/Patient Care Technician (STNA)/1" \
    "flat: each header cut off the duty before it, title and firm apart"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("area", "-") for e in d["education"])')" \
    "The Wright State University/Nursing" \
    "flat: the school after the degree's field at 'The'"
same "$(jpy '" | ".join(x["name"] + "/" + x.get("date", "-") for x in d["certificates"])')" \
    "Certified Medical-Surgical Registered Nurse (CMSRN)/2022 | Basic Life Support (BLS)/- | NIH Stroke Scale Certification/2023" \
    "flat: certificates run together, one each; an expiry no date"
same "$(jpy '" | ".join(k for s in d["skills"] for k in s["keywords"])')" \
    "Epic EHR | IV insertion | Telemetry monitoring" \
    "flat: the first skill of the list with no bullet is a skill"

# An Icelandic ferilskrá: its title no name; the kennitala no phone; a
# range in small letters after a bullet heads the next job; a labelled
# title with a bracket whole, and one read the wrong way round set right;
# "BSc í" the degree and its field; the languages named in Icelandic.
cat > "$T/is-cv.txt" <<'IN'
Ferilskrá
Sigrún Ósk Jónsdóttir
Kennitala: 120591-3389
Sími: 862 5510
Netfang: sigrun.osk@example.is
Starfsreynsla
2019 – í dag Marel hf., Garðabæ
Starfsheiti: Sérfræðingur í prófunum (QA Engineer)
• Hönnun og viðhald sjálfvirkra prófana.
maí 2016 – ágúst 2019 Advania ehf., Reykjavík
Starfsheiti: Hugbúnaðarprófari
• Handvirkar prófanir á launakerfi.
Menntun
Háskólinn í Reykjavík, BSc í tölvunarfræði, 2013 – 2016
Tungumál
Íslenska – móðurmál
Enska – mjög góð
IN
run import --dry-run --as-of 2025-06 "$T/is-cv.txt"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"].get("phone", "-")')" \
    "Sigrún Ósk Jónsdóttir / 862 5510" \
    "Icelandic: 'Ferilskrá' no name, the kennitala no phone"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") for w in d["work"])')" \
    "Marel hf./Sérfræðingur í prófunum (QA Engineer)/2019/- | Advania ehf./Hugbúnaðarprófari/2016-05/2019-08" \
    "Icelandic: 'maí 2016 – ágúst 2019' heads a job; 'Starfsheiti:' the title"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e.get("area", "-") for e in d["education"]) + " / " + " | ".join(l["language"] + ":" + l.get("fluency", "-") for l in d["languages"])')" \
    "Háskólinn í Reykjavík/BSc/tölvunarfræði / Íslenska:móðurmál | Enska:mjög góð" \
    "Icelandic: 'BSc í' the degree, the languages under 'Tungumál'"

# An Albanian jetëshkrimi: "Punëdhënësi:" the employer, "Pozicioni:" the
# title, "Shtator 2018 – Aktualisht" open, "Bachelor në" the degree and
# its field, its headings known.
cat > "$T/al-cv.txt" <<'IN'
                                      JETËSHKRIMI

Të dhëna personale

Emri                          Elira
Mbiemri                       Hoxha
E-mail                        elira.hoxha@example.al


Profili profesional

Infermiere me mbi 9 vjet përvojë në kujdesin kirurgjikal, e përkushtuar ndaj sigurisë
së pacientit dhe punës në ekip. E aftë të punoj me turne dhe në situata urgjente.


Përvoja e punës

Shtator 2018 – Aktualisht     Punëdhënësi: Spitali Rajonal Durrës
                              Pozicioni: Infermiere e përgjithshme
                              Detyrat:
                              • Kujdesi para dhe pas operacionit për pacientët;

Arsimimi

2011 – 2014                   Universiteti i Mjekësisë, Tiranë
                              Bachelor në Infermieri të Përgjithshme

Gjuhët e huaja

Anglisht – B2
IN
run import --dry-run --as-of 2025-06 "$T/al-cv.txt"
same "$(jpy 'd["basics"].get("name", "-")')" "Elira Hoxha" \
    "a name given in two labelled parts, 'Emri' and 'Mbiemri', outside a form"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") for w in d["work"])')" \
    "Spitali Rajonal Durrës/Infermiere e përgjithshme/2018-09/-" \
    "Albanian: labelled employer and title, 'Aktualisht' open"
same "$(jpy '" | ".join(e.get("studyType", "-") + "/" + e.get("area", "-") for e in d["education"]) + " / " + " | ".join(l["language"] for l in d["languages"])')" \
    "Bachelor/Infermieri të Përgjithshme / Anglisht" \
    "Albanian: 'Bachelor në' the degree and field, 'Anglisht' a language"

# A Gulf-style CV: numbered "Company :" records after the job before's
# "Project Handled:" list are still records; a duty's last word "site."
# is no label; the projects' "Project :" and "Client :" lines kept; "POST
# APPLIED FOR:" the headline; a school's line cut at its comma over its
# year and grade.
cat > "$T/gulf-cv.txt" <<'IN'
CURRICULUM VITAE
ANIL KUMAR MENON
E-mail : anil.menon@example.com
POST APPLIED FOR: HVAC ENGINEER
EMPLOYMENT HISTORY
1. Company : Gulf Cooling Contracting Co. W.L.L., Kuwait
Designation : HVAC Engineer
Duration : Feb 2017 to Till Date
Duties & Responsibilities:
➢ Co-ordination with Consultant and other sub-contractors for smooth execution of work at
site.
➢ Preparation of material submittals and method statements.
Project Handled:
Project : South Surra Housing Project - Phase 2
Client : Public Authority for Housing Welfare (PAHW)
2. Company : Voltas Limited, Doha - Qatar
Designation : Site Engineer
Duration : Aug 2013 to Jan 2017
Duties & Responsibilities:
➢ Execution of HVAC works as per approved drawings.
ACADEMIC QUALIFICATION
➢ B.E. (Mechanical Engineering) from Anna University, Chennai, 2011 with 72%
➢ Higher Secondary (Plus Two) from Govt. Higher Secondary School, Chittur, Kerala State Board,
2007 with 84%
IN
# the duties' glyph as Word's symbol font gives it (U+F0D8)
sed -i 's/^➢ \(Co-\|Prep\|Exec\)/\xef\x83\x98 \1/' "$T/gulf-cv.txt"
run import --dry-run --as-of 2025-06 "$T/gulf-cv.txt"
same "$(jpy 'd["basics"].get("label", "-")')" "HVAC ENGINEER" "'POST APPLIED FOR:' the headline"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Gulf Cooling Contracting Co. W.L.L./HVAC Engineer/2017-02/2 | Voltas Limited/Site Engineer/2013-08/1" \
    "a numbered record after the projects of the one before is a record"
has "$T/out" 'execution of work at site\.' "a duty's last word 'site.' stays on the duty"
has "$T/out" 'Preparation of material submittals' "the duty after 'site.' kept"
has "$T/out" 'Client: Public Authority for Housing Welfare' "a project's labelled lines kept"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("endDate", "-") for e in d["education"])')" \
    "Anna University/2011 | Govt. Higher Secondary School, Chittur, Kerala State Board, with 84%/2007" \
    "a school's line cut at its comma keeps the year under it"

# A scanned CV read by OCR: years read with letters ("2O14", "2Ol6"),
# a month with a figure in it ("Ju1y"), bullets read as "e" and "«";
# the e-mail's figures its own, and the text stored as it came.
cat > "$T/ocr-cv.txt" <<'IN'
CURRICULUM VITAE

PERSONAL DETAILS
Name : Chikondi Banda
Email : chikondi1banda@example.mw

WORK EXPERIENCE

Ju1y 2018 — To date
Position : Accounts Clerk
Employer : Lilongwe Water Board, Lilongwe
Duties and Responsibilities:
e Posting of daily transactions into Sage Pastel
« Preparation of payment vouchers

February 2O17 — June 2018
Position : Accounts Assistant
Employer : Chibuku Products Limited, Blantyre

EDUCATIONAL BACKGROUND

2O14 — 2Ol6 Diploma in Accounting — Malawi Co1lege of Accountancy, Blantyre
IN
run import --dry-run --as-of 2025-06 "$T/ocr-cv.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") + "/" + "; ".join(w.get("highlights", [])) for w in d["work"])')" \
    "Lilongwe Water Board/2018-07/-/Posting of daily transactions into Sage Pastel; Preparation of payment vouchers | Chibuku Products Limited/2017-02/2018-06/" \
    "OCR: 'Ju1y', '2O17' read as dates; 'e' and '«' bullets"
same "$(jpy '" | ".join(e["institution"].split(",")[0] + "/" + e["startDate"] + "/" + e["endDate"] for e in d["education"]) + " / " + d["basics"]["email"]')" \
    "Malawi College of Accountancy/2014/2016 / chikondi1banda@example.mw" \
    "OCR: '2O14 — 2Ol6' a range, 'Co1lege' mended, the e-mail's figures kept"
run --db "$T/ocr.db" import --as-of 2025-06 "$T/ocr-cv.txt"
same "$(sqlite3 "$T/ocr.db" "SELECT instr(CAST(raw AS TEXT), 'Ju1y 2018') > 0 FROM source")" 1 \
    "OCR: the raw text stored as it came"

# A Portuguese Word CV: the identity card's number run into its letter
# is no phone; "Local:" is the job's town; the address wrapped after its
# comma has its town on the next line.
cat > "$T/pt-cv.txt" <<'IN'
CURRICULUM VITAE
DADOS PESSOAIS
Nome: Tomás Armando Cossa
Naturalidade: Beira
B.I. nº: 110200567891C
Endereço: Av. Julius Nyerere, nº 812, 2º andar, Bairro da Polana,
Maputo
Telemóvel: +258 84 777 1234
E-mail: tomas.cossa@example.mz
EXPERIÊNCIA PROFISSIONAL
Março de 2019 – Presente
Empresa: Construtora Índico, Lda.
Cargo: Engenheiro de Obra
Local: Nampula
Responsabilidades:
▪ Controlo de qualidade dos materiais
IN
run import --dry-run --as-of 2025-06 "$T/pt-cv.txt"
same "$(jpy 'd["basics"]["phone"] + " / " + d["basics"]["location"]["city"] + " / " + d["work"][0]["location"]')" \
    "+258 84 777 1234 / Maputo / Nampula" \
    "an ID number run into its letter is no phone; 'Local:' the job's town; a wrapped address's town"

# A LaTeX moderncv CV through pdftotext -layout: the brands' icons before
# bare handles (GitHub U+F09B, LinkedIn U+F0E1); "Title, Firm, Town." with
# a line of what the job was under it; a degree, its school and its
# faculty wrapped before the full stop; a note "promoted ... in 01/2021".
cat > "$T/moderncv.txt" <<'IN'
                                                                   Tigran Sargsyan
                                                                   GH tsargsyan
Lead Engineer                                                      LI tigran-sargsyan

                   Experience

     2020–present  Lead Engineer, Codeland, Gyumri.
                   Payments platform for 3M monthly users.
                   • Led the move of the ledger to PostgreSQL 15.
                   • Cut the settlement run from 40 to 6 minutes.

Feb 2016–Jan 2020  Teaching Assistant, Gyumri State University, Gyumri.
                   Faculty of Physics and Applied Mathematics.
                   • Ran the practical sessions of Numerical Methods.

                   Education

        2012–2016  Bachelor of Science, Gyumri State University, Faculty of Physics and Applied
                   Mathematics.
                   Diploma with honours, GPA 18.9/20
IN
sed -i 's/GH /\xef\x82\x9b /; s/LI /\xef\x83\xa1 /' "$T/moderncv.txt"
run import --dry-run --as-of 2025-06 "$T/moderncv.txt"
same "$(jpy 'd["basics"]["label"] + " / " + " ".join(p["network"] + ":" + p["username"] for p in d["basics"]["profiles"])')" \
    "Lead Engineer / GitHub:tsargsyan LinkedIn:tigran-sargsyan" \
    "moderncv: a brand's icon before a handle is that site's profile"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w.get("summary", "-") + "/" + str(len(w["highlights"])) for w in d["work"])')" \
    "Codeland/Lead Engineer/Payments platform for 3M monthly users./2 | Gyumri State University/Teaching Assistant/Faculty of Physics and Applied Mathematics./1" \
    "moderncv: 'Title, Firm, Town.' whole; the line under it the job's summary"
same "$(jpy '" | ".join(e["institution"] + "/" + e["studyType"] + "/" + e["area"] + "/" + e.get("score", "-") for e in d["education"])')" \
    "Gyumri State University/Bachelor of Science/Physics and Applied Mathematics/GPA 18.9/20" \
    "moderncv: the faculty's field the area; 'Diploma with honours' no degree"

# Right-aligned dates on the firm's line, a note of a promotion under
# the title; a school "ESSEC de" over its town; a town after "de" in a
# title stays.
cat > "$T/lu-cv.txt" <<'IN'
PROFESSIONAL EXPERIENCE

Kirchberg Fund Services S.A.                 Luxembourg             Since 09/2018
Senior Fund Accountant
Fund Accounting – promoted from Fund Accountant in 01/2021
   – Daily NAV calculation for 25 UCITS sub-funds
   – Review of accruals and fees

Crédit Agricole                              Douala              03/2015 – 08/2018
Chargé de clientèle, agence de Douala
   – Suivi d'un portefeuille de 300 clients

EDUCATION

2009 – 2012 : Licence en Sciences de Gestion, option Finance, ESSEC de
Douala
IN
run import --dry-run --as-of 2025-06 "$T/lu-cv.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] for w in d["work"])')" \
    "Kirchberg Fund Services S.A./Senior Fund Accountant/2018-09 | Crédit Agricole/Chargé de clientèle, agence de Douala/2015-03" \
    "a promotion's note with its date is no job; a town after 'de' stays in the title"
has "$T/out" '"institution": "ESSEC de Douala"' "a school's name cut after 'de' over its town is whole"

# A two-column template through pdftotext -layout: the name, headline
# and summary across the top, over the main column and a sidebar of
# skills beside it.
cat > "$T/novo.txt" <<'IN'
Aaliyah Baptiste
Customer Service Representative | Retail Banking
Customer-focused banking professional with six years of experience in retail banking and teller
operations, known for resolving client issues quickly and following KYC procedures to the letter.

      aaliyah.baptiste@example.tt                             (868) 555-0192

WORK EXPERIENCE                                                         SKILLS

Customer Service Representative                                         Customer Service      Cash Handling
Scotiabank Trinidad and Tobago
03/2019 – Present                          Port of Spain, Trinidad      KYC / AML Compliance
 ▪ Serve an average of 50 walk-in and telephone customers daily,        Cross-selling      Teamwork
   handling account opening and card services.
 ▪ Resolve customer complaints within 48 hours.                         Core Banking Systems

Bank Teller                                                             LANGUAGES
Unit Trust Corporation
08/2016 – 02/2019                           Chaguanas, Trinidad         English
 ▪ Processed deposits, withdrawals and foreign currency transactions.   Spanish
 ▪ Prepared end-of-day vault reports.
IN
run import --dry-run --as-of 2025-06 "$T/novo.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + str(len(w["highlights"])) for w in d["work"])')" \
    "Scotiabank Trinidad and Tobago/Customer Service Representative/2 | Unit Trust Corporation/Bank Teller/2" \
    "two columns under a head across the page: the jobs apart from the sidebar"
has "$T/out" '"Cash Handling"' "two columns under a head: the sidebar's skills read"

# A Canva CV through raw pdftotext: the sidebar's languages and schools
# read in the middle of the work; the jobs after them go back to the
# work, each with the place under its dates.
cat > "$T/canva.txt" <<'IN'
BAT-ERDENE
TSOGT
W O R K E X P E R I E N C E
Erdenet Mining Corporation | Senior Geologist
2019 - PRESENT
Bayan-Undur soum, Orkhon
• Lead the grade control team of 6 geologists.
• Prepare the quarterly resource model update.
L A N G U A G E S
Mongolian - Native
English - Advanced
E D U C A T I O N
BACHELOR OF SCIENCE
Geology
Mongolian University of Science
and Technology
2010 - 2014
Boroo Gold LLC | Exploration Geologist
2014 - 2019
Bornuur soum, Tuv
• Logged 12,000 m of diamond drill core.
• Supervised the field sampling crews.
IN
run import --dry-run --as-of 2025-06 "$T/canva.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w.get("location", "-") + "/" + str(len(w["highlights"])) for w in d["work"]) + " # " + str(len(d["education"]))')" \
    "Erdenet Mining Corporation/Senior Geologist/Bayan-Undur soum, Orkhon/2 | Boroo Gold LLC/Exploration Geologist/Bornuur soum, Tuv/2 # 1" \
    "woven sidebar: a job read under the schools goes back to the work; the place under its dates"

# A Bolivian hoja de vida's labelled records: "Institución:" wrapped at
# the page's width over the rest of its name; "Gestión 2015", the fiscal
# year, its date.
cat > "$T/bo-cv.txt" <<'IN'
EXPERIENCIA LABORAL
Institución: Instituto Boliviano de Tecnología Agropecuaria y Forestal (IBTAF) – Oficina
Regional Oruro
Cargo: Técnica de Certificación de Semillas
Periodo: Octubre 2021 a la fecha
Funciones:
- Inspección de campo y certificación de semilleros de papa y quinua en el Altiplano Sur.
Institución: Gobierno Autónomo Municipal de Challapata
Cargo: Técnica Agropecuaria (Consultora de Línea)
Periodo: Gestión 2015
Funciones:
- Elaboración de perfiles de proyectos productivos para el POA municipal de la gestión.
IN
run import --dry-run --as-of 2025-06 "$T/bo-cv.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "/" + w.get("location", "-") for w in d["work"])')" \
    "Instituto Boliviano de Tecnología Agropecuaria y Forestal (IBTAF) – Oficina Regional Oruro/Técnica de Certificación de Semillas/2021-10/- | Gobierno Autónomo Municipal de Challapata/Técnica Agropecuaria (Consultora de Línea)/2015/-" \
    "a labelled firm wrapped at the page's width is whole; 'Gestión 2015' its year"

# A French CV's column of dates too narrow for its ranges: "De mars
# 2015 à" over "décembre 2018", "Août – Septembre" over "2013".
cat > "$T/ci-cv.txt" <<'IN'
EXPERIENCES PROFESSIONNELLES

     De mars 2015 à       Cabinet Yao Audit & Conseil – Abidjan Plateau
     décembre 2018        Poste : Comptable
                          - Révision des comptes et préparation des DSF ;

     Août – Septembre     Trésor Public de Korhogo
     2013                 Poste : Stagiaire
                          - Tenue du registre des recettes.
IN
run import --dry-run --as-of 2025-06 "$T/ci-cv.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["startDate"] + "/" + w["endDate"] for w in d["work"])')" \
    "Cabinet Yao Audit & Conseil/2015-03/2018-12 | Trésor Public de Korhogo/2013-08/2013-09" \
    "a date column's range wrapped after 'à', two months over their year"

# Two sections side by side under two headings on one line, in a page
# set in one column (a Word table of two cells through -layout); a label
# set in under a degree ("Parcours :") is no heading.
cat > "$T/mg-cv.txt" <<'IN'
                                     RAKOTO Miora
                                     Réceptionniste

FORMATIONS

Licence en Tourisme – Université de Toamasina (2016 – 2019)
    Parcours : Hôtellerie et Restauration
Baccalauréat série A2 – Lycée Jacques Rabemananjara (2016)


LANGUES                                                 INFORMATIQUE

  Malagasy : langue maternelle                          Opera PMS
  Français : courant                                    Microsoft Word, Excel
  Anglais : bon niveau


LOISIRS

  Lecture, randonnée
IN
run import --dry-run --as-of 2025-06 "$T/mg-cv.txt"
same "$(jpy '" | ".join(l["language"] + ":" + l["fluency"] for l in d["languages"]) + " # " + ", ".join(k for g in d["skills"] for k in [g["name"]] + g["keywords"])')" \
    "Malagasy:langue maternelle | Français:courant | Anglais:bon niveau # Opera PMS, Microsoft Word, Excel" \
    "two headings side by side: each column its own section"
same "$(jpy '" | ".join(e["institution"] for e in d["education"]) + " # " + str(len(d.get("work", [])))')" \
    "Université de Toamasina | Lycée Jacques Rabemananjara # 0" \
    "'Parcours :' set in under a degree is a line of the school's, no heading"

# A doctor's Word CV: "Hospital :" the employer, "Department :" kept as
# the job's summary, "From 2020 up to date" still going on; a labelled
# unit wrapped onto a line of its own; "Duty station:" the place; a duty
# that ends in its dates in brackets is no job.
cat > "$T/sd-cv.txt" <<'IN'
WORK EXPERIENCE
From 2020 up to date
Position : Registrar
Department : Internal Medicine
Hospital : Wad Medani Teaching Hospital, Wad Medani
Duties and responsibilities:
- Admission and management of patients in the medical wards.
- Teaching of house officers and medical students.
From July 2018 to June 2020
Position: Surveillance Officer
Employer: Gezira State Ministry of Health
Division: Epidemic Surveillance and Response Division, Directorate of Disease
Prevention and Control (DDPC)
Duty station: Wad Medani
Key responsibilities:
• Coordinated the weekly collection and analysis of notifiable diseases data reported by
district hospitals;
• Supported the cholera contact tracing and isolation data system at state level (2019-
2020);
• Trained district surveillance focal persons on IDSR guidelines.
IN
run import --dry-run --as-of 2025-06 "$T/sd-cv.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w.get("location", "-") + "/" + w["startDate"] + "/" + w.get("endDate", "-") + "/" + w.get("summary", "-") + "/" + str(len(w["highlights"])) for w in d["work"])')" \
    "Wad Medani Teaching Hospital/Registrar/Wad Medani/2020/-/Department : Internal Medicine/2 | Gezira State Ministry of Health/Surveillance Officer/Wad Medani/2018-07/2020-06/Division: Epidemic Surveillance and Response Division, Directorate of Disease Prevention and Control (DDPC)/3" \
    "'Hospital :' the employer, a labelled unit the summary, 'up to date' open, 'Duty station:' the place, a duty's dates in brackets no job"

# A form's labels alone over their values: the name written surname first
# stays so; "Place of birth:" over a town is no home; "Address:" over an
# address is.  A Word table whose cells came one per line under "Year",
# "Institution", "Qualification obtained" pairs each school with its own
# degree.
cat > "$T/rw-cv.txt" <<'IN'
CURRICULUM VITAE
PERSONAL INFORMATION
Names:
UWIMANA Claudine
Place of birth:
Huye District, Southern Province
Nationality:
Rwandan
Address:
Kicukiro District, Kigali, Rwanda
EDUCATION BACKGROUND
Year
Institution
Qualification obtained
2016-2018
University of Rwanda, College of Business and Economics
Master of Business Administration (MBA)
2010-2014
University of Rwanda, College of Medicine and Health Sciences
Bachelor's Degree in Public Health
2007-2009
Groupe Scolaire Rango
Advanced Level Certificate (A2) in Physics-Chemistry-Biology
IN
run import --dry-run --as-of 2025-06 "$T/rw-cv.txt"
same "$(jpy 'd["basics"]["name"] + "/" + d["basics"]["location"]["city"]')" \
    "UWIMANA Claudine/Kigali" "a form's name kept as written; 'Place of birth:' alone is no home, 'Address:' alone is"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e["startDate"] for e in d["education"])')" \
    "University of Rwanda/Master of Business Administration (MBA)/2016 | University of Rwanda/Bachelor's Degree/2010 | Groupe Scolaire Rango/Advanced Level Certificate (A2)/2007" \
    "a table's cells one per line under 'Qualification obtained': each school with its degree"

# A tab table of schools whose rows wrapped: a row's cells on the next line
# join it, a grade alone under it is its score, "– in progress" no field;
# "Bachelor of Education (Mathematics)" a degree and its field; the town
# the school's name holds goes.  "Institution:" over a job is the employer.
printf '%s\n' 'Kwame Asante' '' 'EDUCATIONAL BACKGROUND' \
    'YEAR	INSTITUTION	CERTIFICATE OBTAINED' \
    '2022 – Date	University of Education, Winneba' \
    '(Sandwich Programme)	Master of Philosophy (Mathematics Education) – in progress' \
    '2012 – 2016	University of Cape Coast, Cape Coast	Bachelor of Education (Mathematics)' \
    'Second Class Upper Division' \
    '2008 – 2011	Okuapeman Senior High School, Akropong	WASSCE' '' \
    'WORKING EXPERIENCE' 'September, 2017 – To Date' \
    'Institution:	Abetifi Presbyterian Senior High School, Abetifi-Kwahu' \
    'Position:	Mathematics Tutor' 'Duties and Responsibilities:' \
    '-	Teaching Core and Elective Mathematics to SHS 1 – 3 students.' > "$T/gh-cv.txt"
run import --dry-run --as-of 2025-06 "$T/gh-cv.txt"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e.get("area", "-") + "/" + e.get("score", "-") for e in d["education"])')" \
    "University of Education, Winneba/Master of Philosophy/Mathematics Education/- | University of Cape Coast/Bachelor of Education/Mathematics/Second Class Upper Division | Okuapeman Senior High School/WASSCE/-/-" \
    "a wrapped row's cells join it, a grade under it its score, 'in progress' no field, the town in the name gone"
same "$(jpy 'd["work"][0]["name"] + "/" + d["work"][0]["position"]')" \
    "Abetifi Presbyterian Senior High School/Mathematics Tutor" "'Institution:' over a job names the employer"

# A form's labels in one column and their values in the next, as raw
# pdftotext gives a Word table: each label meets its value ("Surname:"
# and "First Names:" make the name).  Under the jobs, "Period:" leads each
# record, "School:" under "Employer:" gives the job's town, "Position
# held:" the title; "EXTRA-CURRICULAR ACTIVITIES" holds no jobs.
cat > "$T/bw-cv.txt" <<'IN'
CURRICULUM VITAE
PERSONAL PARTICULARS
Surname:
First Names:
Omang No.:
Date of Birth:
Home Village:
Cell:
E-mail:
Molefe
Kagiso Thato
436920517
23 September 1990
Serowe
+267 72 845 316
kagiso.molefe@example.co.bw
WORK EXPERIENCE
Period: January 2019 to date
Employer: Ministry of Basic Education
School: Naledi Senior Secondary School, Gaborone
Position held: Senior Teacher Grade II (Science)
Responsibilities:
• Teaching BGCSE Chemistry to Form 4 and Form 5 classes
Period: January 2015 to December 2018
Employer: Ministry of Education and Skills Development
School: Francistown Senior Secondary School, Francistown
Position held: Teacher (Chemistry)
Responsibilities:
• Class teacher for a Form 5 class of 38 students
EXTRA-CURRICULAR ACTIVITIES
• Patron – Science and Environmental Club (2019 – to date)
• Netball coach – Francistown SSS (2015 – 2018)
IN
run import --dry-run --as-of 2025-06 "$T/bw-cv.txt"
same "$(jpy 'd["basics"]["name"] + "/" + d["basics"]["phone"]')" \
    "Kagiso Thato Molefe/+267 72 845 316" "a column of labels, then their values: each label meets its value"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w.get("location", "-") + "/" + w["startDate"] + "/" + w.get("endDate", "-") for w in d["work"])')" \
    "Ministry of Basic Education/Senior Teacher Grade II (Science)/Gaborone/2019-01/- | Ministry of Education and Skills Development/Teacher (Chemistry)/Francistown/2015-01/2018-12" \
    "'Period:' leads each job, 'School:' under 'Employer:' its town; extra-curricular activities no jobs"

# The Europass of 2004-2010 through pdftotext -layout: the school's name
# and type, its town and the type after a dash gone; a school whose name
# says none is still the school; "ISCED 3" no line of it; a skills label
# wrapped beside its value's next line whole.
cat > "$T/ep-old.txt" <<'IN'
                     Europass
               Curriculum Vitae

                    Personal information
              Surname(s) / First name(s)   Georgiou Andreas
                                  E-mail   andreas.georgiou@example.com.cy

                         Work experience

                                   Dates   05/2016 - Present
             Occupation or position held   Fleet Accountant
    Main activities and responsibilities   - Full accounting cycle for a fleet of 9 vessels
            Name and address of employer   Columbia Shipmanagement Ltd
                                           Columbia House, Limassol (Cyprus)

                  Education and training

                                   Dates   2007 - 2010
          Title of qualification awarded   Chartered Certified Accountant (ACCA)
           Name and type of organisation   Association of Chartered Certified Accountants (ACCA), London
        providing education and training   (United Kingdom) - professional body
      Level in national or international   Professional qualification
                          classification

                                   Dates   2001 - 2004
          Title of qualification awarded   Apolytirion (School Leaving Certificate)
           Name and type of organisation   Lanitio Lyceum, Limassol (Cyprus) - public secondary school
        providing education and training
      Level in national or international   ISCED 3
                          classification

                     Personal skills and
                             competences

                     Computer skills and   - Microsoft Excel, Word, PowerPoint
                             competences   - ShipNet ONE, SAP FI
IN
run import --dry-run --as-of 2025-06 "$T/ep-old.txt"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") for e in d["education"])')" \
    "Association of Chartered Certified Accountants (ACCA)/Chartered Certified Accountant (ACCA) | Lanitio Lyceum/Apolytirion (School Leaving Certificate)" \
    "an old Europass's schools: the organisation the school, its type and town gone, the level no line"
same "$(jpy '" | ".join(g["name"] for g in d["skills"])')" "Computer skills and competences" \
    "a skills label wrapped beside its value's next line is whole"

# Labelled lines of schools: "Institution:", "Qualification:", "Year:" go,
# the values read as a school's lines.
printf '%s\n' 'Ama Owusu' '' 'EDUCATION' 'Institution: University of Ghana, Legon' \
    'Qualification: BSc Nursing' 'Year: 2011 - 2015' '' \
    'Institution: Wesley Girls High School' 'Qualification: WASSCE' 'Year: 2008 - 2011' > "$T/gh-edu.txt"
run import --dry-run --as-of 2025-06 "$T/gh-edu.txt"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e["startDate"] for e in d["education"])')" \
    "University of Ghana, Legon/BSc/2011 | Wesley Girls High School/WASSCE/2008" \
    "a school's, a degree's and a year's labels go from their values"

# A Bosnian CV: a year's dot after a date with dots ("09.2015. –
# 02.2019.") is the date's; "Poslodavac:" and "Pozicija:" label the firm
# and the title; a standard's number ("BAS EN 1998-1") in a duty no date.
cat > "$T/ba-cv.txt" <<'IN'
Amar Hodžić
RADNO ISKUSTVO
03/2019 – danas
Poslodavac: IPSA Institut d.o.o., Sarajevo
Pozicija: Projektant konstrukcija
Opis poslova:
- izrada statičkih proračuna armiranobetonskih konstrukcija
- proračun seizmičke otpornosti objekata prema BAS EN 1998-1 (Eurokod 8)
09.2015. – 02.2019.
Poslodavac: Tehnograd d.o.o., Tuzla
Pozicija: Inženjer gradilišta
Opis poslova:
- vođenje građevinske knjige i građevinskog dnevnika
IN
run import --dry-run --as-of 2025-06 "$T/ba-cv.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") + "/" + str(len(w["highlights"])) for w in d["work"])')" \
    "IPSA Institut d.o.o./Projektant konstrukcija/2019-03/-/2 | Tehnograd d.o.o./Inženjer gradilišta/2015-09/2019-02/1" \
    "'09.2015. – 02.2019.' a range; 'Poslodavac:', 'Pozicija:' labels; 'BAS EN 1998-1' no date"

# A Word table of jobs under "Period  Position  Organization / Location":
# the firm's cell wrapped onto the line under its row goes on, its town
# after the comma the job's place; "Main duties:" over the duties no duty,
# nor the table's end.
printf '%s\n' 'Heng Sokha' '' 'EMPLOYMENT HISTORY' '' \
    'Period              Position                    Organization / Location' '' \
    'Jan 2020 –          Finance Officer             World Vision International' \
    'Present                                         Cambodia, Siem Reap' '' \
    'Main duties:' \
    ' -  Prepare monthly financial reports for the Area Programme' \
    ' -  Monitor budget versus actual expenditure of 6 grant projects' '' \
    'Mar 2017 –          Project Accountant          Caritas Cambodia, Phnom' \
    'Dec 2019                                        Penh' '' \
    'Main duties:' \
    ' -  Recorded daily transactions into QuickBooks' > "$T/kh-cv.txt"
run import --dry-run --as-of 2025-06 "$T/kh-cv.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w.get("location", "-") + "/" + w["startDate"] + "/" + str(len(w["highlights"])) for w in d["work"])')" \
    "World Vision International Cambodia/Finance Officer/Siem Reap/2020-01/2 | Caritas Cambodia/Project Accountant/Phnom Penh/2017-03/1" \
    "a table's firm cell wrapped goes on, its town the place; 'Main duties:' no duty"

# Courses dated within a month or two under "Courses" are certificates,
# though a course's name holds a job's word ("Tester").
printf '%s\n' 'Ashvin Ram' '' 'Courses' '' \
    'ISTQB Certified Tester Foundation Level (CTFL), ISTQB / MQB' 'Mar 2019 — Mar 2019' '' \
    'ISTQB Agile Tester Extension, ISTQB / MQB' 'Nov 2021 — Nov 2021' '' \
    'Selenium WebDriver with Java – Basics to Advanced, Udemy' 'Jun 2020 — Jul 2020' > "$T/mu-courses.txt"
run import --dry-run --as-of 2025-06 "$T/mu-courses.txt"
same "$(jpy 'str(len(d.get("work", []))) + "/" + str(len(d["certificates"]))')" "0/3" \
    "courses of a month or two under 'Courses' are no jobs"

# A job board's facts under the name: "Experience: 9 years" is no heading
# of the jobs, so "Date of birth: 22 Mar 1992" under it is no job; a
# Congolese "Graduat en Gestion Financière" is a degree and its field.
printf '%s\n' 'Khalid Al Harthi' 'HSE Supervisor' 'Location: Sohar, Oman' 'Experience: 9 years' \
    'Date of birth: 22 Mar 1992' 'Gender: Male' '' 'Work Experience' 'HSE Supervisor' \
    'Sohar Aluminium' 'Jun 2019 - present' '' 'Education' \
    '2007 – 2010 : Graduat en Gestion Financière, ISC Goma' > "$T/om-cv.txt"
run import --dry-run --as-of 2025-06 "$T/om-cv.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["startDate"] for w in d["work"]) + " // " + d["education"][0].get("studyType", "-") + "/" + d["education"][0].get("area", "-")')" \
    "Sohar Aluminium/2019-06 // Graduat/Gestion Financière" \
    "'Experience: 9 years' no heading, a birth date no job; 'Graduat en' a degree"

# A profile page's education: the description under an entry, two
# sentences naming a campus, is that entry's, not the next school's name.
printf '%s\n' 'Litia Vunibola' 'litia@example.com' '' 'Education' 'Bachelor of Commerce (Accounting)' \
    'University of the South Pacific' 'Finished 2014' 'Edit' \
    'Double major in Accounting and Economics. Studied at Lautoka Campus and Laucala Campus, Suva.' \
    'Fiji Year 13 Certificate' 'Nadi College' 'Finished 2010' > "$T/fj-edu.txt"
run import --dry-run --as-of 2025-06 "$T/fj-edu.txt"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e["endDate"] for e in d["education"])')" \
    "University of the South Pacific/Bachelor of Commerce/2014 | Nadi College/Fiji Year 13 Certificate/2010" \
    "a description of two sentences under a school is no school's name"

# A Russian CV in columns: "г. Бишкек" after the firm is the job's town,
# a title wrapped in small letters goes on, "им. И. Раззакова" is no
# sentence's end, and "специальность «...», инженер" gives the field and
# the degree; the address's town is "Бишкек".
printf '%s\n' '                                           РЕЗЮМЕ' '' \
    '                            Жумабеков Азамат Нурланович' '' \
    'Дата рождения:                  12.05.1990' 'Гражданство:                    Кыргызская Республика' \
    'Адрес:                          г. Бишкек, мкр. Джал, д. 23, кв. 41' \
    'Тел.:                           +996 555 48 21 73' 'E-mail:                         azamat@example.kg' '' \
    'Цель: соискание должности ведущего системного администратора.' '' 'ОБРАЗОВАНИЕ' '' \
    '2007 – 2012                     Кыргызский государственный технический университет им. И. Раззакова,' \
    '                                факультет информационных технологий, специальность «Программное' \
    '                                обеспечение вычислительной техники», инженер' '' 'ОПЫТ РАБОТЫ' '' \
    '03.2019 – по настоящее время    ОАО «Айыл Банк», г. Бишкек' \
    '                                Ведущий специалист Отдела сетевой инфраструктуры Управления' \
    '                                информационных технологий' '' \
    '                                •  администрирование серверов Windows Server' > "$T/kg-cv.txt"
run import --dry-run --as-of 2025-06 "$T/kg-cv.txt"
same "$(jpy 'd["basics"]["location"]["city"] + " // " + " | ".join(w["name"] + "/" + w["location"] + "/" + w["position"] for w in d["work"]) + " // " + " | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e.get("area", "-") for e in d["education"])')" \
    "Бишкек // ОАО «Айыл Банк»/Бишкек/Ведущий специалист Отдела сетевой инфраструктуры Управления информационных технологий // Кыргызский государственный технический университет им. И. Раззакова/инженер/Программное обеспечение вычислительной техники" \
    "a Russian CV: 'г.' before a town, a wrapped title, a speciality and a qualification"

# Tables that raw pdftotext gave one cell a line, cells wrapped over
# several lines: each row is read whole ("School" under "Ondangwa
# Secondary" no heading, "Studies)" no heading, "Jan 2019 – to" over
# "date" one range), a grade in the degree's cell is its score.
printf '%s\n' 'NDESHI KALENGA' 'E-mail: ndeshi@example.com' 'EDUCATIONAL QUALIFICATIONS' \
    'Institution' 'Qualification' 'Year' 'University of Namibia' 'Bachelor of Education' \
    '(Honours) in Secondary' 'Education (Mathematics)' '2010 – 2013' 'Ondangwa Combined' 'School' \
    'Grade 10 (JSC) – Mean Grade' 'B+ (Plus)' '2007' 'WORK EXPERIENCE' 'Period' 'Employer' \
    'Position' 'Duties' 'Jan 2019 – to' 'date' 'Ondangwa Secondary' 'School' 'Teacher' \
    '(Mathematics and' 'Physical Science)' '• Teaching Mathematics to Grade 10 – 12' 'learners.' \
    'Jul 2013 – Sep' '2013' 'Eengedjo Senior' 'Secondary School' 'Student Teacher' \
    '(School Based' 'Studies)' '• Taught Grade 11 under a mentor.' > "$T/na-tables.txt"
run import --dry-run --as-of 2025-06 "$T/na-tables.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") + "/" + str(len(w["highlights"])) for w in d["work"])')" \
    "Ondangwa Secondary School/Teacher (Mathematics and Physical Science)/2019-01/-/1 | Eengedjo Senior Secondary School/Student Teacher (School Based Studies)/2013-07/2013-09/1" \
    "a work table one cell a line: each row read whole"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e.get("area", "-") + "/" + e.get("score", "-") + "/" + e["endDate"] for e in d["education"])')" \
    "University of Namibia/Bachelor of Education (Honours)/Secondary Education (Mathematics)/-/2013 | Ondangwa Combined School/Grade 10 (JSC)/-/B+ (Plus)/2007" \
    "a school table one cell a line: each row read whole, its grade the score"

# A Myanmar CV: "Working Experiences" heads the jobs, "(From) 03/2017
# (To) Present" is a range, a table of "Label" over ":" over its value
# gives the details (an address wrapped over two lines whole), a school
# "B.E.H.S (2) ..." after "Matriculation Examination Passed".
printf '%s\n' 'AUNG MIN THU' 'CURRICULUM VITAE' 'Education' \
    'B.E (Civil), Yangon Technological University (2013)' \
    'Matriculation Examination Passed, B.E.H.S (1) Sanchaung (2008)' 'Working Experiences' \
    '(1) (From) 03/2017 (To) Present' 'Company : Shwe Pyi Construction Co., Ltd.' \
    'Position : Site Engineer' 'Duties & Responsibilities' '• Supervising structural works at site.' \
    'Personal Details' 'Name' ':' 'Aung Min Thu' 'Date of Birth' ':' '2.3.1990' 'Address' ':' \
    'No. 12, Bogyoke Road, Ward (4), Sanchaung' 'Township, Yangon.' 'Phone' ':' '09-450012367' \
    'Email' ':' 'aungminthu@example.com' > "$T/mm-cv.txt"
run import --dry-run --as-of 2025-06 "$T/mm-cv.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") for w in d["work"]) + " // " + d["basics"]["location"]["city"] + "/" + d["basics"]["email"] + " // " + d["education"][1]["institution"] + "/" + d["education"][1]["studyType"]')" \
    "Shwe Pyi Construction Co., Ltd./Site Engineer/2017-03/- // Yangon/aungminthu@example.com // B.E.H.S (1) Sanchaung/Matriculation Examination" \
    "a Myanmar CV: its headings, its form's ranges, its table of details, its school"

# An Algerian CV through pdftotext -layout: a column of dates wrapped
# inside its range's end ("De septembre 2016 à" over "février 2020 :"),
# "Poste occupé :" the title, a firm's town after its dash; a school
# known by its initials after a dash ("– USTO-MB."), the baccalauréat's
# "série" its field and "(mention Bien)" its grade.
printf '%s\n' '   Karim BENALI' '   Ingénieur électricien' '   E-mail : karim.benali@example.dz' '' \
    '   DIPLÔMES ET FORMATIONS' '' \
    '   2011 : Licence en Électrotechnique (système LMD) – USTO-MB.' '' \
    '   2008 : Baccalauréat série Mathématiques (mention Bien) – Lycée Pasteur, Oran.' '' \
    '   EXPÉRIENCES PROFESSIONNELLES' '' \
    '   Depuis mars 2020 :        SONATRACH – Hassi Messaoud' \
    '                             Poste occupé : Ingénieur électricien de maintenance' \
    '                             Missions :' \
    '                             ➢ Maintenance préventive des équipements électriques.' '' \
    '   De septembre 2016 à       ENGTP – Hassi Messaoud' \
    '   février 2020 :            Poste occupé : Ingénieur électricité chantier' \
    '                             Missions :' \
    '                             - Supervision des travaux de pose de câbles MT/BT.' > "$T/dz-cv.txt"
run import --dry-run --as-of 2025-06 "$T/dz-cv.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w.get("location", "-") + "/" + w["position"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") for w in d["work"]) + " // " + " | ".join(e["institution"] + "/" + e["studyType"] + "/" + e.get("area", "-") + "/" + e.get("score", "-") for e in d["education"])')" \
    "SONATRACH/Hassi Messaoud/Ingénieur électricien de maintenance/2020-03/- | ENGTP/Hassi Messaoud/Ingénieur électricité chantier/2016-09/2020-02 // USTO-MB/Licence/Électrotechnique (système LMD)/- | Lycée Pasteur/Baccalauréat/série Mathématiques/mention Bien" \
    "an Algerian CV: a wrapped column of dates, 'Poste occupé', initials of a school, a baccalauréat's série"

# A résumé flattened onto one line: schools run together, each ended by
# its year after a comma, a thesis note run into the next degree, a
# school named after its founder's initials ("B.W. Harris ..."), and
# "PROFESSIONAL TRAINING / CERTIFICATES" one heading.
printf '%s\n' 'JOSEPH K. TOGBA  Health Officer  Email: jtogba@example.com  EXPERIENCE Data Clerk, Redemption Hospital, Monrovia, January 2013 – August 2014 • Entered patient records into the hospital database EDUCATION Master of Public Health, University of Liberia, 2017 Thesis: Factors associated with incomplete immunization in Bong County BSc Biology, Cuttington University, 2012 WASSCE, B.W. Harris Episcopal High School, Monrovia, 2007 PROFESSIONAL TRAINING / CERTIFICATES • DHIS2 Fundamentals, University of Oslo, 2020 LANGUAGES English, Kpelle' > "$T/lr-flat.txt"
run import --dry-run --as-of 2025-06 "$T/lr-flat.txt"
same "$(jpy '" | ".join(e["institution"] + "/" + e["studyType"] + "/" + e["endDate"] for e in d["education"]) + " // " + str(len(d.get("certificates", [])))')" \
    "University of Liberia/Master of Public Health/2017 | Cuttington University/BSc/2012 | B.W. Harris Episcopal High School/WASSCE/2007 // 1" \
    "a flattened résumé's schools, each ended by its year, a note run into the next"

# A Computrabajo page: the account menu's avatar ("LR" over "Laura Rojas")
# gives way to the profile's own ("LR" over the full name), the cookie
# banner's "Configurar" is no headline, and "Documento: CI 4.812.337" is
# no phone.
printf '%s\n' 'Computrabajo' 'Empleos' 'LR' 'Laura Rojas' \
    'Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada.' \
    'Configurar' 'Aceptar todas' 'Mi CV' 'LR' 'Laura Rojas Benítez' 'Editar' 'Contadora Pública' \
    'Asunción, Central' 'Documento: CI 4.812.337' 'laura.rojas@example.com' '0981 456 123' '' \
    'Experiencia laboral' 'Analista Contable' 'Distribuidora Ñandutí S.A.' \
    'ene. 2019 - Actualmente (5 años y 10 meses)' > "$T/py-page.txt"
run import --dry-run --as-of 2025-06 "$T/py-page.txt"
same "$(jpy 'd["basics"]["name"] + "/" + d["basics"].get("label", "-") + "/" + d["basics"].get("phone", "-")')" \
    "Laura Rojas Benítez/Contadora Pública/0981 456 123" \
    "a job board's avatar, cookie buttons and an identity number pass over"

# A Gulf contractor's CV: each employer names its sites ("Project:" over
# "Client:", "Consultant:", "Position:"), two of them under one job; each
# site is a project of the employer's, whose client is no employer; the
# address and the school's place end in a country after a dash, and the
# school's grade in brackets is a class and its figure.
printf '%s\n' '                 RAJESH KUMAR NAIR' '                 QA/QC Civil Engineer' \
    '   Mobile: +974 5512 0000 | Email: rajesh.nair@example.com' \
    '   Address: Al Sadd, Doha – Qatar | LinkedIn: linkedin.com/in/rajesh-k-nair' '' \
    '   PROFESSIONAL EXPERIENCE' '' \
    '   Al Noor Contracting W.L.L., Doha – Qatar                      Aug 2018 – Present' '' \
    '   Project: Marina Business Towers (Plot 7)' '   Client: Qatari Diar' \
    '   Consultant: Dar Al-Handasah' '   Position: QA/QC Civil Engineer' \
    '     •   Raising inspection requests for raft foundations and core walls.' '' \
    '   Project: Al Khor Residential Villas (Package B)' '   Client: Qatari Diar' \
    '   Consultant: Khatib & Alami' '   Position: QA/QC Civil Engineer' \
    '     •   Coordinating material tests with third-party laboratories.' '' \
    '   Coastal Infra Projects Pvt. Ltd., Kochi – Kerala, India       Jun 2011 – Feb 2015' '' \
    '   Project: Harbour View Apartments (G+14)' '   Client: Harbour Builders' \
    '   Position: Site Engineer' \
    '     •   Checking reinforcement and shuttering before concreting.' '' \
    '   EDUCATION' '' \
    '   Bachelor of Technology in Civil Engineering                        2007 – 2011' \
    '   Calicut University, Thrissur, Kerala – India (First Class, 71%)' > "$T/qa-sites.txt"
run import --dry-run --as-of 2025-06 "$T/qa-sites.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] for w in d["work"]) + " // " + " | ".join(p["name"] + "/" + p["entity"] for p in d["projects"]) + " // " + d["basics"]["location"]["city"] + "/" + d["basics"]["location"]["countryCode"] + " // " + " | ".join(e["institution"] + "/" + e["score"] for e in d["education"])')" \
    "Al Noor Contracting W.L.L./QA/QC Civil Engineer | Coastal Infra Projects Pvt. Ltd./Site Engineer // Marina Business Towers (Plot 7)/Al Noor Contracting W.L.L. | Al Khor Residential Villas (Package B)/Al Noor Contracting W.L.L. | Harbour View Apartments (G+14)/Coastal Infra Projects Pvt. Ltd. // Doha/QA // Calicut University/First Class, 71%" \
    "a contractor's sites under each employer are its projects; a country after a dash"

# One site beside the job's other facts ("Company :", "Position :",
# "Project :") is one of them, no project.
printf '%s\n' 'ZAW MIN HTET' '' 'Working Experiences' '(From) 03/2017 (To) Present' \
    'Company : Shwe Pyi Construction Co., Ltd.' 'Position : Site Engineer' \
    'Project : 12-Storey Hotel Building' 'Duties & Responsibilities' \
    ' Supervising structural works at site.' > "$T/mm-site.txt"
run import --dry-run --as-of 2025-06 "$T/mm-site.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] for w in d["work"]) + " // " + str(len(d.get("projects", [])))')" \
    "Shwe Pyi Construction Co., Ltd./Site Engineer // 0" \
    "one site among a job's facts is no project"

# "La" ending a wrapped address line is a word, not Louisiana's code.
printf '%s\n' 'MARIO QUISPE' 'Domicilio : Zona Sur, Calle 21 N° 45 – La' 'Paz' '' \
    'EXPERIENCIA' 'Banco Sol S.A., La Paz   2019 – 2024' 'Analista de Créditos' > "$T/bo-la.txt"
run import --dry-run --as-of 2025-06 "$T/bo-la.txt"
hasnt "$T/out" '"countryCode": "US"' "two small letters are no place's code"

# An Indian IT résumé's projects: "Project #1:" over "Project Title :",
# "Client :", "Organization :", "Role :", "Duration :"; the title names
# the project and the organisation is its firm, no project of its own.
printf '%s\n' 'SURESH REDDY' '' 'PROJECTS:' '' 'Project #1:' '' \
    '  Project Title       :   Loan Origination Microservices' \
    '  Client              :   A leading UK based retail bank' \
    '  Organization        :   Infosys Limited' '  Role                :   Module Lead' \
    '  Duration            :   Oct 2022 – Till date' '' 'Project #2:' '' \
    '  Project Title       :   Claims Portal' '  Client              :   A US insurer' \
    '  Organization        :   Wipro Limited' '  Role                :   Developer' \
    '  Duration            :   Jun 2019 – Sep 2022' > "$T/in-projects.txt"
run import --dry-run --as-of 2025-06 "$T/in-projects.txt"
same "$(jpy '" | ".join(p["name"] + "/" + p["entity"] + "/" + p["startDate"] for p in d["projects"])')" \
    "Loan Origination Microservices/Infosys Limited/2022-10 | Claims Portal/Wipro Limited/2019-06" \
    "'Project Title :' names a project block, 'Organization :' its firm"

# A Word form saved as text: a long heading in capitals, tables whose
# cells tabs set apart ("From<TAB>To<TAB>Employer<TAB>Position", "Date"
# meaning to date), the duties told again below the table under numbered
# heads ("1.<TAB>Title – Firm (dates)"), an exam's grade in credits, a
# class after a full stop, and the exam's subjects listed under a label.
printf '%s\r\n' 'MUSA KAMARA' '' \
    'EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES AND QUALIFICATIONS OBTAINED' \
    'Year	Institution	Qualification' \
    '2009 – 2013	Njala University, Bo	Bachelor of Science (B.Sc. Hons) in Logistics. Second Class Upper Division.' \
    '2006	Bo Government Secondary School, Bo	West African Senior School Certificate Examination (WASSCE) – 6 credits' '' \
    'WASSCE Results (May/June 2006):' 'English Language	C5' 'Mathematics	C6' 'Economics	B3' '' \
    'EMPLOYMENT HISTORY' 'From	To	Employer	Position' \
    'March 2020	Date	Concern Worldwide, Kenema Field Office	Logistics Officer' \
    'July 2017	February 2020	International Rescue Committee (IRC), Bo Field Office	Assistant Logistics Officer' '' \
    'KEY DUTIES AND RESPONSIBILITIES' \
    '1.	Logistics Officer – Concern Worldwide, Kenema (March 2020 – Date)' \
    '•	Manage the field office warehouse.' '•	Supervise a team of six drivers.' '' \
    '2.	Assistant Logistics Officer – International Rescue Committee, Bo (July 2017 – February 2020)' \
    '•	Managed a fleet of 11 vehicles.' > "$T/sl-word.txt"
run import --dry-run --as-of 2025-06 "$T/sl-word.txt"
same "$(jpy '" | ".join(w["position"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") + "/" + str(len(w.get("highlights", []))) for w in d["work"]) + " // " + " | ".join(e["institution"] + "/" + e["studyType"] + "/" + e.get("score", "-") + "/" + str(len(e.get("courses", []))) for e in d["education"])')" \
    "Logistics Officer/2020-03/-/2 | Assistant Logistics Officer/2017-07/2020-02/1 // Njala University/Bachelor of Science (B.Sc. Hons)/Second Class Upper Division/0 | Bo Government Secondary School/West African Senior School Certificate Examination (WASSCE)/6 credits/3" \
    "a Word table of jobs told again below it, an exam's subjects under a label"

# A Caribbean school: a street after its name, the exams sat there each
# with its subjects in two columns; the activities under "EXTRA-CURRICULAR
# ACTIVITIES" are unpaid posts, no schools.
printf '%s\n' '                ANISA RAMLAL' '' 'EDUCATION' '' \
    '2007 – 2014             St. Rose'"'"'s High School, Church Street, Georgetown' '' \
    '                        CAPE Unit 1 & 2 (2013 – 2014):' \
    '                        Accounting – Grade I / Grade II                 Caribbean Studies – Grade II' \
    '                        Economics – Grade II / Grade II' '' \
    '                        CXC CSEC (2012):' \
    '                        English A – Grade I                             Mathematics – Grade II' \
    '                        Social Studies – Grade I                        Spanish – Grade III' '' \
    'WORK EXPERIENCE' '' '2019 – present          Accounts Clerk II' \
    '                        Guyana Water Incorporated (GWI), Shelter Belt, Vlissengen Road, Georgetown' \
    '                        •   Process supplier invoices and prepare payment vouchers for approval by the' \
    '                            Finance Manager.' \
    '                        •   Prepare monthly bank reconciliations for four (4) operating accounts.' '' \
    'EXTRA-CURRICULAR ACTIVITIES' '' \
    '•   Treasurer, University of Guyana Accounting Society (2016 – 2017)' \
    '•   Member, St. Rose'"'"'s High School Debating Society (2009 – 2014)' > "$T/gy-exams.txt"
run import --dry-run --as-of 2025-06 "$T/gy-exams.txt"
same "$(jpy '" | ".join(e["institution"] + "/" + e["studyType"] + "/" + e.get("startDate", "-") + "/" + e["endDate"] + "/" + str(len(e["courses"])) for e in d["education"]) + " // " + " | ".join(v["position"] for v in d["volunteer"])')" \
    "St. Rose's High School/CAPE Unit 1 & 2/2013/2014/3 | St. Rose's High School/CXC CSEC/-/2012/4 // Treasurer | Member" \
    "a school's exams with their subjects; extra-curricular posts"

# An Albanian CV: "Emri dhe mbiemri:" names her, "Pozita:" the job,
# "në vazhdim" is to date, a duty's
# years ("... 2013–2017;") no job's, "Fakulteti" the university's part,
# "Drejtimi:" the field and a town after a gymnasium's name.
printf '%s\n' 'TË DHËNAT PERSONALE' '' '     Emri dhe mbiemri:            Arta Krasniqi' \
    '     E-mail:                      arta.krasniqi@example.com' '' 'PËRVOJA E PUNËS' '' \
    '     Shtator 2019 – në vazhdim    Ministria e Ekonomisë, Prishtinë' \
    '                                  Pozita: Menaxhere e Projekteve' '' \
    '                                  -   Planifikimi dhe monitorimi i projekteve;' '' \
    '     01.02.2012 – 28.02.2015      Komuna e Prizrenit' \
    '                                  Pozita: Zyrtare për Zhvillim Ekonomik' '' \
    '                                  -   Hartimi i Planit Lokal të Veprimit 2013–2017;' \
    '                                  -   Organizimi i panaireve të biznesit.' '' 'ARSIMIMI' '' \
    '     2010 – 2012                  Universiteti i Prishtinës' \
    '                                  Fakulteti Ekonomik' '                                  Master në Menaxhment' '' \
    '     2001 – 2005                  Gjimnazi “Gjon Buzuku”, Prizren' \
    '                                  Drejtimi: Shkenca natyrore' > "$T/xk-cv.txt"
run import --dry-run --as-of 2025-06 "$T/xk-cv.txt"
same "$(jpy 'd["basics"]["name"] + " // " + " | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "/" + w.get("endDate", "-") + "/" + str(len(w.get("highlights", []))) for w in d["work"]) + " // " + " | ".join(e["institution"] + "/" + e.get("studyType", "-") + "/" + e.get("area", "-") for e in d["education"])')" \
    "Arta Krasniqi // Ministria e Ekonomisë/Menaxhere e Projekteve/2019-09/-/1 | Komuna e Prizrenit/Zyrtare për Zhvillim Ekonomik/2012-02/2015-02/2 // Universiteti i Prishtinës/Master/Menaxhment | Gjimnazi “Gjon Buzuku”/-/Shkenca natyrore" \
    "an Albanian CV's labels, dates and schools"

# "Faqe 2 nga 3", "Strana 2 od 3": a page's number in Albanian and in
# Serbian, Croatian or Montenegrin, beside the running title.
printf '%s\n' 'Arta Krasniqi' '' 'PËRVOJA E PUNËS' '' 'Ministria e Ekonomisë, Prishtinë   2019 – 2024' \
    'Menaxhere e Projekteve' '' '     Arta Krasniqi – CV                                 Faqe 1 nga 2' \
    'Komuna e Prizrenit   2012 – 2015' 'Zyrtare' '' 'Strana 2 od 2' > "$T/xk-foot.txt"
run import --dry-run --as-of 2025-06 "$T/xk-foot.txt"
hasnt "$T/out" 'Faqe|Strana' "an Albanian or a Serbian page number is furniture"

# A table of jobs under one heading and the same jobs told in full under
# another: one job each, the table's town kept, the duties added.
printf 'MUSA KAMARA\n\nEMPLOYMENT HISTORY\nFrom\tTo\tEmployer\tPosition\nMarch 2020\tDate\tConcern Worldwide, Kenema\tLogistics Officer\nJuly 2017\tFebruary 2020\tInternational Rescue Committee, Bo\tAssistant Logistics Officer\n\nWORK EXPERIENCE\n\nLogistics Officer – Concern Worldwide (March 2020 – Date)\n• Manage the field office warehouse.\n\nAssistant Logistics Officer – International Rescue Committee (July 2017 – February 2020)\n• Managed a fleet of 11 vehicles.\n' > "$T/sl-twice.txt"
run import --dry-run --as-of 2025-06 "$T/sl-twice.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w.get("location", "-") + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Concern Worldwide/Kenema/1 | International Rescue Committee/Bo/1" \
    "jobs in a table and in full under another heading are one job each"

# A Word CV through pdftotext -layout: "Curriculum Vitae – Name" atop the
# page, a table of jobs in five columns whose cells wrap, the duties told
# below under "Firm – Programme – Title" heads, a school year's
# certificate ("12th Grade ...") and a percentage in brackets.
printf '%s\n' '                                              Curriculum Vitae – Karim Jan Sahak' '' \
    '                                   KARIM JAN SAHAK' '                             Monitoring & Evaluation Officer' '' \
    'EMPLOYMENT RECORD' '' \
    ' From        To          Organization               Position                 Location' '' \
    ' Jun 2021    Present     Norwegian Refugee          Monitoring and           Herat,' \
    '                         Council (NRC)              Evaluation Officer       Afghanistan' '' \
    ' Apr 2018    May 2021    Danish Committee for       Monitoring & Evaluation  Mazar-i-Sharif,' \
    '                         Aid to Afghan Refugees     Assistant                Balkh Province' \
    '                         (DACAAR)' '' \
    ' Jan 2016    Mar 2018    Ministry of Rural          Data Collection Officer  Kabul' \
    '                         Rehabilitation and' '                         Development (MRRD) –' \
    '                         AREDP' '' \
    ' Sep 2014    Dec 2015    Samuel Hall                Field Researcher         Kabul' '' \
    'Main Responsibilities' '' \
    ' Norwegian Refugee Council (NRC) – Monitoring and Evaluation Officer' \
    '       Develop and update M&E plans and data collection tools.' '' \
    ' Danish Committee for Aid to Afghan Refugees (DACAAR) – Monitoring & Evaluation Assistant' \
    '       Conducted field monitoring visits to WASH project sites.' '' \
    ' Ministry of Rural Rehabilitation and Development (MRRD) – AREDP – Data Collection Officer' \
    '       Collected data on Savings Groups.' '       Prepared monthly progress reports.' '' \
    'EDUCATION' '' ' Bachelor of Economics, Kabul University, 2010–2014' \
    '       Faculty of Economics, Department of National Economics (Percentage: 78%)' '' \
    ' 12th Grade Graduation Certificate (Baccalaureate), Habibia High School, Kabul, 2009' > "$T/af-table.txt"
run import --dry-run --as-of 2025-06 "$T/af-table.txt"
same "$(jpy 'd["basics"]["name"] + " // " + " | ".join(w["position"] + "/" + w["startDate"] + "/" + str(len(w.get("highlights", []))) for w in d["work"]) + " // " + " | ".join(e["institution"] + "/" + e.get("score", "-") for e in d["education"])')" \
    "Karim Jan Sahak // Monitoring and Evaluation Officer/2021-06/1 | Monitoring & Evaluation Assistant/2018-04/1 | Data Collection Officer/2016-01/2 | Field Researcher/2014-09/0 // Kabul University/Percentage: 78% | Habibia High School/-" \
    "a CV's running title, a five-column table of jobs, duties under three-part heads"

# A Canva CV through raw pdftotext, in Portuguese: "CONTACTOS" heads the
# contact block, each bullet "•" stands alone over its wrapped item, a
# skill wrapped after "e de" goes on, and the last job, its firm over its
# dates over "Função:", comes after the sidebar's list.
printf '%s\n' 'OSVALDO CASSOMA' 'CONTABILISTA' '' 'PERFIL PROFISSIONAL' \
    'Contabilista com mais de 9 anos de experiência.' '' 'CONTACTOS' '' '+244 923 456 781' '' \
    'osvaldo.cassoma@example.com' '' 'EXPERIÊNCIA PROFISSIONAL' 'Sonangol EP' \
    'Jan. 2020 – Actual | Luanda' 'Função: Analista Financeiro Sénior' 'Principais actividades:' \
    '•' 'Elaboração e análise das demonstrações financeiras' 'mensais e trimestrais;' \
    '•' 'Preparação do orçamento anual.' '' 'COMPETÊNCIAS' 'Contabilidade Geral e Analítica' \
    'Análise Financeira e de' 'Investimentos' 'Gestão de Tesouraria' '' 'INFORMÁTICA' \
    'Primavera ERP' 'Power BI' 'KPMG Angola' 'Set/2015 - Fev/2016 | Luanda' \
    'Função: Estagiário de Auditoria' 'Principais actividades:' '•' \
    'Circularização de saldos e testes substantivos;' > "$T/ao-canva.txt"
run import --dry-run --as-of 2025-06 "$T/ao-canva.txt"
same "$(jpy 'd["basics"].get("phone", "-") + " // " + " | ".join(w["name"] + "/" + w["position"] + "/" + str(len(w.get("highlights", []))) for w in d["work"]) + " // " + " | ".join(k for g in d["skills"] for k in g["keywords"])')" \
    "+244 923 456 781 // Sonangol EP/Analista Financeiro Sénior/2 | KPMG Angola/Estagiário de Auditoria/1 // Contabilidade Geral e Analítica | Análise Financeira e de Investimentos | Gestão de Tesouraria | Primavera ERP | Power BI" \
    "a Canva CV's lone bullets, wrapped skill, and the job after the sidebar"

# A LinkedIn page in Spanish copied from the browser: the site's menu,
# the bar atop the page with the name and headline, the profile with the
# name again, "Él", "Acerca de", "Actividad", where each skill was used,
# the site's links at its foot and the page's own address.
printf '%s\n' 'Saltar al contenido principal' 'LinkedIn' 'Buscar' 'Inicio' 'Mi red' 'Empleos' \
    'Mensajes' '3' '3 notificaciones nuevas' 'Notificaciones' 'Yo' 'Abrir el menú' \
    'Prueba Premium por 0 NIO' '' 'Lucía Martínez Obando' 'Ingeniera Agrónoma | Cadenas de Valor de Café | Cambio Climático' \
    'Más' 'Contactar' '' 'Lucía Martínez Obando' 'Ella' 'Ingeniera Agrónoma | Cadenas de Valor de Café | Cambio Climático' \
    'Matagalpa, Nicaragua' '' 'Acerca de' 'Ingeniera agrónoma con diez años en proyectos de café y cacao.' \
    'Aptitudes principales' 'Café • Extensión agrícola • Cambio climático' '' 'Actividad' \
    '1.284 seguidores' '' 'Experiencia' 'Coordinadora de Proyecto' 'Heifer International · Jornada completa' \
    'ene. 2020 - actualidad · 4 años 11 meses' 'Matagalpa, Nicaragua · Presencial' \
    'Coordino un equipo de doce técnicos de campo.' '' 'Aptitudes' 'Café' \
    'Coordinadora de Proyecto en Heifer International' 'Validado por 3 colegas de Heifer International' \
    'Extensión agrícola' '2 experiencias en Heifer International y TechnoServe' '' \
    'Perfil público y URL' 'www.linkedin.com/in/lucia-martinez-obando' '' 'Acerca de' 'Accesibilidad' \
    'Soluciones de talento' 'Directrices comunitarias' 'Empleo' 'Privacidad y condiciones' \
    'Opciones de publicidad' 'Publicidad' 'Centro de seguridad' 'Seleccionar idioma' 'Español (Spanish)' \
    'LinkedIn Corporation © 2024' > "$T/ni-li.txt"
run import --dry-run --as-of 2025-06 "$T/ni-li.txt"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"]["label"] + " / " + d["basics"]["summary"] + " / " + d["basics"]["profiles"][0]["username"] + " // " + " | ".join(g["name"] + ": " + ", ".join(g["keywords"]) for g in d["skills"])')" \
    "Lucía Martínez Obando / Ingeniera Agrónoma | Cadenas de Valor de Café | Cambio Climático / Ingeniera agrónoma con diez años en proyectos de café y cacao. / lucia-martinez-obando // Aptitudes principales: Café, Extensión agrícola, Cambio climático | Aptitudes: Café, Extensión agrícola" \
    "a Spanish LinkedIn page: its menu, its links and where a skill was used are the site's"

# A job board's page: the name over when the profile was changed, the
# name again, an edit button's icon name ("editOneTheme"), the headline.
printf '%s\n' 'Jobs' 'Companies' 'Services' 'Search jobs here' 'Search' '2' 'Ravi Menon' \
    'Profile last updated - 18Dec, 2024' '92%' 'Ravi Menon' 'editOneTheme' 'Senior Software Engineer' \
    'at Acme Private Limited' 'Bengaluru' 'ravi.menon@example.com' > "$T/in-board.txt"
run import --dry-run --as-of 2025-06 "$T/in-board.txt"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"]["label"]')" "Ravi Menon / Senior Software Engineer" \
    "a job board's menu and an edit icon's name are no name or headline"

# A LinkedIn page in French: the menu, the cover photo's label, the name
# over its pronoun and degree, a text cut by "…voir plus", "Recommandé
# par ..." under a skill, a certificate whose name holds a dash over its
# giver, and languages LinkedIn rates in French.
printf '%s\n' 'Passer au contenu principal' 'Accueil' 'Réseau' 'Emplois' 'Messagerie' 'Notifications' \
    'Vous' 'Entreprises' '' 'Photo de couverture' 'Awa Coulibaly' ' Elle' '· 2e' \
    'Médecin de santé publique | Coordinatrice Nutrition chez Save the Children | MPH' 'Bamako, Mali' '' \
    'Infos' 'Médecin avec dix ans de programmes de nutrition au Mali. Passionnée par les données pour …voir plus' '' \
    'Compétences' 'Santé publique' 'Recommandé par 5 collègues chez Save the Children' 'Épidémiologie' '' \
    'Licences et certifications' 'PMD Pro – Gestion de projet pour le développement' 'PM4NGOs' \
    'Délivrée en mars 2021' 'Identifiant de la certification PMD-FR-21-08813' '' \
    'Langues' 'Songhaï' 'Bilingue ou langue natale' 'Anglais' 'Compétence professionnelle limitée' > "$T/ml-li.txt"
run import --dry-run --as-of 2025-06 "$T/ml-li.txt"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"]["summary"][-16:] + " / " + ", ".join(d["skills"][0]["keywords"]) + " / " + d["certificates"][0]["name"] + " (" + d["certificates"][0]["issuer"] + ", " + d["certificates"][0]["date"] + ") / " + ", ".join(l["language"] + ": " + l["fluency"] for l in d["languages"])')" \
    "Awa Coulibaly / les données pour / Santé publique, Épidémiologie / PMD Pro – Gestion de projet pour le développement (PM4NGOs, 2021-03) / Songhaï: Bilingue ou langue natale, Anglais: Compétence professionnelle limitée" \
    "a French LinkedIn page: the name under the cover photo, the text's cut, the giver under a dashed name, the languages"

# A Russian CV from Turkmenistan through pdftotext -layout: "Ф.И.О.:"
# names him, "2009-2013 гг." are the years, "Должность:" the title,
# "г." the word for a town, and a column of labels after the languages.
printf '%s\n' '   Ф.И.О.:              Атаев Мерген' '   E-mail:              m.atayev@example.com' '' \
    '   Опыт работы:' '' '   2009-2013 гг.        Трест «Нефтегазстрой», г. Ашхабад' \
    '                        Должность: инженер ПТО' '                        - подсчёт объёмов работ.' '' \
    '   Знание языков:       туркменский – родной' '                        русский – свободно' '' \
    '   Компьютерные навыки: AutoCAD, Primavera P6' '' \
    '   Дополнительно:       Водительское удостоверение категории B' > "$T/tm-cv.txt"
run import --dry-run --as-of 2025-06 "$T/tm-cv.txt"
same "$(jpy 'd["basics"]["name"] + " / " + " | ".join(w["name"] + "/" + w["position"] + "/" + w["location"] + "/" + w["startDate"] + "-" + w["endDate"] for w in d["work"]) + " / " + ", ".join(l["language"] for l in d["languages"]) + " / " + " | ".join(g["name"] + ": " + ", ".join(g["keywords"]) for g in d["skills"])')" \
    "Атаев Мерген / Трест «Нефтегазстрой»/инженер ПТО/Ашхабад/2009-2013 / туркменский, русский / Компьютерные навыки: AutoCAD, Primavera P6" \
    "a Russian CV's name and title labels, its years and towns, its labels after the languages"

# A 2013 Europass CV through pdftotext without -layout: each label at the
# head of its value's line. The headline asked for, the languages' grid,
# the digital skills' grid and lists, the prose of the soft skills apart,
# the form's "Business or sector" note gone, and projects dated in
# brackets after their names, wrapped.
printf '%s\n' ' Curriculum vitae' '' 'PERSONAL INFORMATION Karim Haddad' '' ' karim.haddad@example.com' '' \
    'POSITION Backend Developer (PHP / Node.js)' '' 'WORK EXPERIENCE' '' '03/2016–08/2019 Web Developer' \
    'Kodsoft Ltd., Gaziantep (Turkey)' '▪ developed web applications for NGOs' \
    'Business or sector Information and communication' '' 'PERSONAL SKILLS' '' 'Mother tongue(s) Arabic' '' \
    'Other language(s) UNDERSTANDING SPEAKING WRITING' '' \
    'Listening Reading Spoken interaction Spoken production' 'English C1 C1 B2 B2 B2' \
    'Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user' \
    'Common European Framework of Reference for Languages' '' \
    'Communication skills ▪ good communication skills gained in international teams' '' \
    'Digital competence SELF-ASSESSMENT' 'Information' 'processing Communication Content' \
    'Proficient user Proficient user Proficient user Independent user Proficient user' \
    '▪ Frameworks: Laravel, Symfony' '▪ Cloud: AWS, DigitalOcean' '' \
    'Projects ▪ Sawa Jobs (2017–2018): volunteer job board for refugees in' \
    'Turkey (Laravel, Vue.js)' '▪ slug-kit (since 2018): small package for Arabic URL slugs' '' \
    '21/6/20 © European Union, 2002-2020 | europass.cedefop.europa.eu Page 1 / 1' > "$T/sy-ep.txt"
run import --dry-run --as-of 2025-06 "$T/sy-ep.txt"
same "$(jpy 'd["basics"]["label"] + " / " + str(d["work"][0].get("summary")) + " / " + ", ".join(l["language"] + ": " + l["fluency"] for l in d["languages"]) + " / " + " | ".join(g["name"] + ": " + ", ".join(g["keywords"]) for g in d["skills"]) + " / " + " | ".join(p["name"] + " " + p["startDate"] + "-" + p.get("endDate", "") for p in d["projects"])')" \
    "Backend Developer (PHP / Node.js) / None / Arabic: Mother tongue, English: C1 C1 B2 B2 B2 / Frameworks: Laravel, Symfony | Cloud: AWS, DigitalOcean / Sawa Jobs 2017-2018 | slug-kit 2018-" \
    "a raw 2013 Europass: the headline, the grids, the skills, the projects"

# A résumé pasted into a job site's text box, flattened onto long lines:
# the name in capitals runs into the headline in small letters, and each
# job's head, firm with "&" and title with "/", runs on from the last duty
# of the job before.
printf '%s\n' 'ROSA TILLETT Front Office Manager | Hospitality Professional Belize City, Belize • Email: rosa.tillett@example.com WORK EXPERIENCE Front Office Manager, Harbour View Hotel, Belize City, Belize (March 2019 – Present) • Supervised a team of 14 front desk agents • Coordinated with housekeeping to manage group bookings Front Desk Agent / Reservations Clerk, Bayside Hotel & Marina, Belize City, Belize (May 2012 – February 2019) • Checked guests in and out and processed payments EDUCATION University of Belize – Associate Degree in Tourism Management, 2012' > "$T/bz-flat.txt"
run import --dry-run --as-of 2025-06 "$T/bz-flat.txt"
same "$(jpy 'd["basics"]["name"] + " / " + " | ".join(w["name"] + "/" + w["position"] + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Rosa Tillett / Harbour View Hotel/Front Office Manager/2 | Bayside Hotel & Marina/Front Desk Agent / Reservations Clerk/1" \
    "a flattened résumé: the name in capitals before the headline, a job's head with '&' and '/' after a duty"

# A French Word CV through pdftotext -layout: "Nom" and "Prénoms" under
# the name atop the page, the headline under it, "Date et lieu de
# naissance" a personal fact, and the jobs in a table of four columns
# whose cells wrap, its rows apart by blank lines, a page break cutting
# a row's duties.
printf '%s\n' '                                    OUEDRAOGO Ali Fabrice' '                                       Financier – Comptable' '' \
    ' I. ETAT CIVIL' '' '       Nom                                 : OUEDRAOGO' \
    '       Prénoms                             : Ali Fabrice' \
    '       Date et lieu de naissance           : né le 3 mai 1988 à Kaya' \
    '       E-mail                              : ali.ouedraogo@example.com' '' \
    ' II. EXPERIENCES PROFESSIONNELLES' '' \
    ' Période           Structure               Poste occupé        Principales tâches' '' \
    ' Depuis janvier    Société des Fibres      Chef du service     - Supervision de la comptabilité' \
    ' 2020              Textiles (SOFITEX),     comptabilité        générale sous Sage Saari ;' \
    '                   Bobo-Dioulasso                              - Encadrement de cinq comptables ;' '' \
    ' De mars 2015 à    Cabinet FIDAF Audit &   Comptable           - Tenue de la comptabilité de' \
    ' décembre 2019     Conseil, Ouagadougou    principal           quinze clients ;' '' \
    ' _______________________________________________________________________________________________' \
    ' CV – OUEDRAOGO Ali Fabrice                                                       Page 1 sur 2' \
    "$(printf '\f') Période           Structure               Poste occupé        Principales tâches" \
    '                                                               - Conseil aux clients en matière' \
    '                                                               fiscale.' '' \
    ' De juin à         Caisse Populaire de     Stagiaire en        - Saisie des pièces comptables.' \
    ' septembre 2012    Koudougou (RCPB)        comptabilité' '' ' III. LANGUES' '' '       Français' > "$T/bf-table.txt"
run import --dry-run --as-of 2025-06 "$T/bf-table.txt"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"]["label"] + " / " + str(d["basics"].get("summary")) + " // " + " | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "-" + w.get("endDate", "") + "/" + "; ".join(w["highlights"]) for w in d["work"])')" \
    "OUEDRAOGO Ali Fabrice / Financier – Comptable / None // Société des Fibres Textiles (SOFITEX)/Chef du service comptabilité/2020-01-/Supervision de la comptabilité générale sous Sage Saari; Encadrement de cinq comptables | Cabinet FIDAF Audit & Conseil/Comptable principal/2015-03-2019-12/Tenue de la comptabilité de quinze clients; Conseil aux clients en matière fiscale. | Caisse Populaire de Koudougou (RCPB)/Stagiaire en comptabilité/2012-06-2012-09/Saisie des pièces comptables." \
    "a French CV: the name from its parts and the top line, a table of jobs in columns over a page break"

# A government bio-data form through pdftotext -layout: numbered labels
# ("8.   Present Position   :   ..."), an employee's ID in the running
# head no phone, and a table of jobs "Sl. No.  Position  Agency  From  To"
# whose cells wrap, with no jobs told again below it.
printf '%s\n' '  Bio-Data : Pema Wangmo (EID 201305112)                        Royal Civil Service Commission' '' \
    '   1.   Name                           :   Pema Wangmo' \
    '   8.   Present Position               :   Executive Engineer' \
    '  15.   Contact No.                    :   +975 17654321 (Mobile)' \
    '  16.   Email                          :   pema.wangmo@example.com' '' \
    '  17.   EDUCATIONAL QUALIFICATION' '' \
    '  1.     Bachelor of Engineering (Civil Engineering), College of Science and Technology, 2011' '' \
    '  18.   WORK EXPERIENCE' '' \
    '  Sl.    Position                   Agency                                      From          To' '  No.' \
    '  1.     Engineer                   Department of Roads, Ministry of Works and  01/01/2015    31/07/2019' \
    '                                    Human Settlement' '' \
    '  2.     Executive Engineer         Engineering Sector, Paro Dzongkhag          01/08/2019    Till date' \
    '                                    Administration' '' \
    '         Note: On study leave from 01/08/2017 to 31/07/2019.' > "$T/bt-form.txt"
run import --dry-run --as-of 2025-06 "$T/bt-form.txt"
same "$(jpy 'd["basics"]["label"] + " / " + d["basics"]["phone"] + " // " + " | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "-" + w.get("endDate", "") for w in d["work"])')" \
    "Executive Engineer / +975 17654321 // Department of Roads, Ministry of Works and Human Settlement/Engineer/2015-01-2019-07 | Engineering Sector, Paro Dzongkhag Administration/Executive Engineer/2019-08-" \
    "a bio-data form: its numbered labels, an ID no phone, its table of jobs"

# An Indeed résumé printed from the browser through pdftotext (raw): the
# date and time and the page's title atop each page and its address at
# each foot go; "Firm, with a comma - Town" under the title; a duty whose
# line ends in "the" goes on with the years on the next line; records of
# "Certifications and Licenses" with their dates under their names, the
# giver or a note under the dates.
printf '%s\n' '3/14/25, 9:07 AM' 'Tavita Leiataua - Indeed' 'Tavita Leiataua' 'Apia, Samoa' \
    'tavita.l@example.com' 'Work Experience' 'Education Officer - Science' \
    'Ministry of Education, Sports and Culture - Apia' 'February 2019 to Present' \
    '• Wrote teacher guides for the science curriculum' \
    '• Ran radio lessons during the measles epidemic and the' '2020 - 2021 school closures' \
    'Science Teacher' 'Avele College - Apia' 'January 2015 to December 2018' \
    'https://profile.indeed.com/resume?from=gnav-homepage' '1/2' "$(printf '\f')3/14/25, 9:07 AM" \
    'Tavita Leiataua - Indeed' 'Certifications and Licenses' 'Teacher Registration' \
    'June 2015 to Present' 'Full registration as a secondary teacher (Science, Biology)' \
    'First Aid Certificate' 'March 2022 to March 2025' 'Samoa Red Cross Society' \
    'https://profile.indeed.com/resume?from=gnav-homepage' '2/2' > "$T/ws-indeed.txt"
run import --dry-run --as-of 2025-06 "$T/ws-indeed.txt"
same "$(jpy 'str(d["basics"].get("label")) + " / " + str(d["basics"].get("url")) + " // " + " | ".join(w["name"] + "/" + w["position"] + "/" + w.get("location", "") + "/" + w["startDate"] + "-" + w.get("endDate", "") + "/" + "; ".join(w.get("highlights", [])) for w in d["work"]) + " // " + " | ".join(c["name"] + "/" + c.get("date", "") + "/" + c.get("issuer", "") for c in d["certificates"])')" \
    "None / None // Ministry of Education, Sports and Culture/Education Officer - Science/Apia/2019-02-/Wrote teacher guides for the science curriculum; Ran radio lessons during the measles epidemic and the 2020 - 2021 school closures | Avele College/Science Teacher/Apia/2015-01-2018-12/ // Teacher Registration/2015-06/ | First Aid Certificate/2022-03/Samoa Red Cross Society" \
    "an Indeed résumé printed from the browser: its print furniture, a firm with a comma, dated records of certificates"

# A bio-data form's later sections: a table of schools under "Sl. No.",
# the duties of the present post told after the jobs, a table of
# trainings ("Name of Training/Workshop  Institute/Country  From  To"),
# and numbered sections in capitals with their content after a colon.
printf '%s\n' '   1.   Name                           :   Karma Choden' \
    '   8.   Present Position               :   Engineer' \
    '  16.   Email                          :   karma.choden@example.com' '' \
    '  17.   EDUCATIONAL QUALIFICATION' '' \
    '  Sl.    Qualification                Institute/University                    Year of       Marks/' \
    '  No.                                                                         Completion    Grade' \
    '  1.     Bachelor of Engineering      College of Science and Technology,      2014          71.5%' \
    '         (Electrical Engineering)     Royal University of Bhutan' '' \
    '  18.   WORK EXPERIENCE' '' \
    '  Sl.    Position                   Agency                                      From          To' '  No.' \
    '  1.     Engineer                   Bhutan Power Corporation, Gedu              01/03/2015    Till date' '' \
    '  19.   MAJOR RESPONSIBILITIES IN PRESENT POSITION' '' \
    '         •   Maintenance of the 66 kV substations of the eastern region and of their' \
    '             protection relays' \
    '         •   Supervision of 6 Technicians' '' \
    '  20.   TRAININGS/WORKSHOPS ATTENDED' '' \
    '  Sl.    Name of Training/Workshop              Institute/Country               From          To' '  No.' \
    '  1.     Substation Automation                  JICA, Tokyo, Japan              02/09/2016    27/09/2016' '' \
    '  2.     Protection Relay Testing               Bhutan Power Corporation,       11/05/2019    15/05/2019' \
    '                                                Thimphu' '' \
    '  21.   COMPUTER SKILLS            :   AutoCAD, ETAP, MS Office' '' \
    '  22.   LANGUAGES KNOWN            :   Dzongkha, English, Sharchopkha' > "$T/bt-later.txt"
run import --dry-run --as-of 2025-06 "$T/bt-later.txt"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "") + "/" + e.get("area", "") for e in d["education"]) + " // " + " | ".join(w["name"] + "/" + w["position"] + "/" + "; ".join(w.get("highlights", [])) for w in d["work"]) + " // " + " | ".join(c["name"] + "/" + c.get("issuer", "") + "/" + c.get("date", "") for c in d["certificates"]) + " // " + " | ".join(s["name"] + ": " + ", ".join(s["keywords"]) for s in d["skills"]) + " // " + ", ".join(l["language"] for l in d["languages"])')" \
    "College of Science and Technology, Royal University of Bhutan/Bachelor of Engineering/Electrical Engineering // Bhutan Power Corporation/Engineer/Maintenance of the 66 kV substations of the eastern region and of their protection relays; Supervision of 6 Technicians // Substation Automation/JICA/2016-09 | Protection Relay Testing/Bhutan Power Corporation/2019-05 // COMPUTER SKILLS: AutoCAD, ETAP, MS Office // Dzongkha, English, Sharchopkha" \
    "a bio-data form: its table of schools, the present post's duties, its trainings and its numbered sections with content"

# Roles under a hospital's line: the second title's ward after a dash is
# no employer, as the first's was not; a bullet that filled the line ends
# on a line of its own between two bullets ("... from the Barbados" over
# "Community College").
{ printf '%s\n' 'Janelle Best' 'janelle.best@example.com' 'PROFESSIONAL PROFILE'
for i in $(seq 1 36); do
    printf '%s\n' "Registered nurse with years of acute care, triage and ward leadership, item $i"
done
printf '%s\n' 'PROFESSIONAL EXPERIENCE' \
    "Queen Elizabeth Hospital, Martindale's Road, St. Michael" \
    'Charge Nurse – Surgical Department' 'May 2017 – Present' \
    '• Orient and mentor newly employed nurses and student nurses from the Barbados' \
    'Community College' '• Audit nursing documentation every month' \
    'Staff Nurse – Medical Wards and Accident & Emergency Department' 'June 2011 – April 2017' \
    '• Provided direct nursing care to adult patients'; } > "$T/bb-wards.txt"
run import --dry-run --as-of 2025-06 "$T/bb-wards.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + "; ".join(w.get("highlights", [])) + "/" + str(w.get("summary")) for w in d["work"])')" \
    "Queen Elizabeth Hospital/Charge Nurse – Surgical Department/Orient and mentor newly employed nurses and student nurses from the Barbados Community College; Audit nursing documentation every month/None | Queen Elizabeth Hospital/Staff Nurse – Medical Wards and Accident & Emergency Department/Provided direct nursing care to adult patients/None" \
    "roles under one hospital: a ward after the dash no employer, a bullet's last words on their own line"

# Dutch schools, each as dates over the degree over the school: where no
# word says which line is the school, the first entry's order holds; a
# town after a school's name that holds its country goes.
printf '%s\n' 'Priya Jagessar' 'priya.j@example.com' 'Opleidingen' '2014 – 2018' \
    'Bachelor Bedrijfskunde' 'Anton de Kom Universiteit van Suriname, Paramaribo' \
    '2011 – 2013' 'VWO-deelcertificaten Engels en Economie' 'Avond-VWO Nickerie, Nieuw Nickerie' \
    '2006 – 2010' 'IMEAO-diploma, richting Administratie' 'IMEAO Nickerie, Nieuw Nickerie' > "$T/sr-schools.txt"
run import --dry-run --as-of 2025-06 "$T/sr-schools.txt"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "") + " " + e.get("area", "") for e in d["education"])')" \
    "Anton de Kom Universiteit van Suriname/Bachelor Bedrijfskunde | Avond-VWO Nickerie/VWO-deelcertificaten Engels en Economie  | IMEAO Nickerie/IMEAO-diploma, richting Administratie " \
    "schools whose lines name no school or degree follow the first entry's order; a town after a name holding its country"

# A résumé sent on in a mail: the headers and the covering note go, the
# quoted lines are read without their marks, lines the mail broke at its
# width are joined, and the sender's card after "-- " goes.
{ printf '%s\n' '---------- Forwarded message ---------' 'From: Lisa Tari <lisa.tari@example.com>' \
    'Subject: CV - application for Tourism Officer' '' 'Dear Sir/Madam,' '' \
    'please find my CV below. Tank yu tumas,' 'Lisa Tari' '' \
    'On Fri, 8 Mar 2024 at 16:22, Lisa Tari <lisa.tari@example.com> wrote:' '' \
    '> CURRICULUM VITAE' '>' '> LISA TARI' '> Tourism Officer' '> Email: lisa.tari@example.com' '>' \
    '> WORK EXPERIENCE' \
    '> Small Business Officer | Department of Cooperatives and Ni-Vanuatu' \
    '> Business Development Services (DCNBDS) | Luganville | 2014 - 2018' \
    '> - Trained rural entrepreneurs in Sanma and Penama provinces in basic' \
    '> bookkeeping, pricing and customer service' \
    '> - Helped operators in Tafea and Penama to recover after TC Harold' \
    '> (2020) and TC Judy and Kevin (2023)' '>' '> EDUCATION' \
    '> Bachelor of Commerce (Management and Public Administration) |' \
    '> University of the South Pacific, Emalus Campus | Port Vila | 2019 -' '> 2023' \
    '> Diploma in Tourism and Hospitality Management | Vanuatu Institute of' \
    '> Technology (VIT) | Port Vila | 2009 - 2010' '>' \
    '> OTHER INFORMATION' '> Languages: Bislama (native), English (fluent)' '>' '> -- ' '> Lisa Tari' \
    '> Mob: (+678) 7745218'; } > "$T/vu-mail.txt"
run import --dry-run --as-of 2025-06 "$T/vu-mail.txt"
same "$(jpy 'd["basics"]["name"] + " / " + str(d["basics"].get("phone")) + " // " + " | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "-" + w.get("endDate", "") + "/" + "; ".join(w.get("highlights", [])) for w in d["work"]) + " // " + " | ".join(e["institution"] + "/" + e.get("studyType", "") + "/" + e.get("startDate", "") + "-" + e.get("endDate", "") for e in d["education"])')" \
    "Lisa Tari / None // Department of Cooperatives and Ni-Vanuatu Business Development Services (DCNBDS)/Small Business Officer/2014-2018/Trained rural entrepreneurs in Sanma and Penama provinces in basic bookkeeping, pricing and customer service; Helped operators in Tafea and Penama to recover after TC Harold (2020) and TC Judy and Kevin (2023) // University of the South Pacific, Emalus Campus/Bachelor of Commerce/2019-2023 | Vanuatu Institute of Technology (VIT)/Diploma/2009-2010" \
    "a résumé quoted in a mail: its quoted lines alone, the mail's line breaks joined, the card after '-- ' gone"

# A Cuban CV: the "Carné de identidad" number is no phone, "Categoría
# docente" heads no school, a note after the years' stop is the school's
# honour, "Premios y reconocimientos" heads awards, "Habilidades técnicas"
# heads skills after the languages.
printf '%s\n' 'Yadira Fonseca Rivero' 'Carné de identidad: 93051228461' \
    'Teléfono: +53 5 2847391 (móvil)' 'Correo: yadira.fonseca@example.com' '' \
    'Formación académica' '' \
    ' Máster en Informática Aplicada, Universidad de las Ciencias Informáticas (UCI), 2018.' \
    ' Licenciada en Matemática, Universidad de La Habana, 2010-2015. Título de Oro.' '' \
    'Categoría docente' '' 'Profesora Asistente (otorgada en 2017).' '' \
    'Premios y reconocimientos' '' ' Premio Relevante en el Fórum de Ciencia y Técnica, UCI, 2017.' '' \
    'Idiomas' '' 'Español: nativo.' 'Inglés: nivel B2.' '' 'Habilidades técnicas' '' \
    'Lenguajes de programación: Python, JavaScript.' > "$T/cu-cv.txt"
run import --dry-run --as-of 2025-06 "$T/cu-cv.txt"
same "$(jpy 'd["basics"]["phone"] + " // " + " | ".join(e["institution"] + "/" + e.get("studyType", "") + "/" + str(e.get("score")) for e in d["education"]) + " // " + " | ".join(a["title"] for a in d["awards"]) + " // " + " | ".join(s["name"] + ": " + ", ".join(s["keywords"]) for s in d["skills"])')" \
    "+53 5 2847391 // Universidad de las Ciencias Informáticas (UCI)/Máster/None | Universidad de La Habana/Licenciada/Título de Oro // Premio Relevante en el Fórum de Ciencia y Técnica // Lenguajes de programación: Python, JavaScript" \
    "a Cuban CV: an ID no phone, the teaching rank no school, an honour after the years, awards and skills headed in Spanish"

# "Windows 7/10" inside a duty names versions, no dates: the bullet stays
# the job's and starts no entry.
printf '%s\n' 'Sipho Dlamini' 'sipho.d@example.com' 'WORK EXPERIENCE' \
    'IT Support Technician, MTN Eswatini' 'March 2016 – December 2018' \
    '• Provided first and second line support to staff at head office' \
    '• Installed, imaged and maintained desktops, laptops and printers (Windows 7/10, MS Office)' \
    '• Kept the asset register up to date' > "$T/sz-versions.txt"
run import --dry-run --as-of 2025-06 "$T/sz-versions.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "-" + w.get("endDate", "") + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "MTN Eswatini/IT Support Technician/2016-03-2018-12/3" \
    "versions written like dates inside a duty start no job"

# The UN Personal History form (P.11), read by its columns: the name from
# its three boxes, first name first; a post's title from the right-hand
# column, wrapped; the employer wrapped in its box; the town from the
# employer's address; the duties over a page break; the tables of schools
# with their wrapped cells; the grid of languages.  The form's questions,
# its referees and its "None" answers are left out.
P11="$SRCDIR/tests/fixtures/resumes/239-un-personal-history-form.txt"
run import --dry-run --as-of 2024-06 "$P11"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"]["phone"] + " / " + d["basics"]["location"]["city"] + " // " + " | ".join(w["name"] + "/" + w["position"] + "/" + w.get("location", "") + "/" + w["startDate"] + "-" + w.get("endDate", "") for w in d["work"])')" \
    "Isatu Fatmata Kamara / +232 76 418 225 / Freetown // World Food Programme (WFP)/Programme Policy Officer (Food Security Analysis)/Kenema/2020-02- | Catholic Relief Services (CRS)/Monitoring and Evaluation Officer/Bo/2013-03-2020-01" \
    "a UN P.11 form: the name from its boxes, each post's title, employer, town and dates from its columns"
same "$(jpy '" ".join(d["work"][0].get("highlights", [])) + " " + (d["work"][0].get("summary") or "")')" \
    "Lead the food security and vulnerability analysis of the sub-office for Kenema, Kailahun and Kono districts. Design and run the seasonal household surveys and market monitoring, analyse the data in R and write the quarterly food security bulletins used by the Government and partners to target assistance. " \
    "a P.11 post's duties go on after the page break"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "") + "/" + e.get("area", "") + "/" + e.get("score", "") + "/" + e["startDate"] + "-" + e["endDate"] for e in d["education"]) + " // " + " | ".join(l["language"] + ": " + l["fluency"] for l in d["languages"])')" \
    "Njala University/Master of Science/Agricultural Economics//2010-09-2012-07 | Fourah Bay College, University of Sierra Leone/Bachelor of Science (Honours)/Economics/Upper Second/2004-10-2008-06 | Saint Joseph's Secondary School/WASSCE//Mean Grade B/1998-09-2004-06 // Temne: mother tongue | English: Read, write, speak and understand easily | French: Speak and understand easily; read and write not easily" \
    "a P.11 form's tables of schools and its grid of languages"
hasnt "$T/out" 'Sesay|SIGNATURE|Mo\./Year|"None"' "a P.11 form's referees, questions and labels stay out"

# A French Word CV of tables, each cell on its own line: sections numbered
# in Roman figures ("IV. EXPÉRIENCE PROFESSIONNELLE"), "Nom :" and
# "Prénoms :" over their values making the name, the jobs' table read by
# its header ("Période" / "Employeur" / "Poste occupé" / "Principales
# tâches", "à nos jours" an open end), trainings in the schools' table
# given by no school certificates, a table of software over its levels
# the software alone.  "Prénoms" and "Poste occupé" make no Europass CV.
printf '%s\n' 'CURRICULUM VITAE' '' 'I. ÉTAT CIVIL' '' 'Nom :' 'CAMARA' 'Prénoms :' 'Mariama Djenabou' \
    'Nationalité :' 'Guinéenne' 'Adresse :' 'Quartier Dixinn, Conakry – République de Guinée' '' \
    'II. DIPLÔMES ET FORMATIONS' '' 'Année' 'Diplôme / Formation' 'Établissement' \
    '2008 – 2013' "Diplôme d'Ingénieur Agronome, option Économie rurale" 'Institut Supérieur Agronomique de Faranah' \
    '2018' 'Formation en gestion de projets (PMD Pro)' 'Oxfam Guinée, Conakry' '' \
    'III. EXPÉRIENCE PROFESSIONNELLE' '' 'Période' 'Employeur' 'Poste occupé' 'Principales tâches' \
    'Avril 2019 – à nos jours' 'Catholic Relief Services (CRS), Kankan' 'Chargée de suivi-évaluation' \
    '- Suivi des indicateurs du projet ;' '- Formation des agents de terrain.' \
    'Mars 2014 – Mars 2019' 'ONG Guinée 44, Labé' 'Animatrice agricole' '- Appui aux groupements de producteurs.' '' \
    'IV. LOGICIELS MAÎTRISÉS' '' 'Logiciel' 'Niveau' 'KoboToolbox' 'Très bon' 'SPSS' 'Bon' 'QGIS' 'Moyen' \
    > "$T/gn-cells.txt"
run import --dry-run --as-of 2025-06 "$T/gn-cells.txt"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"]["location"]["city"] + " // " + " | ".join(w["name"] + "/" + w["position"] + "/" + w.get("location", "") + "/" + w["startDate"] + "-" + w.get("endDate", "") + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Mariama Djenabou Camara / Conakry // Catholic Relief Services (CRS)/Chargée de suivi-évaluation/Kankan/2019-04-/2 | ONG Guinée 44/Animatrice agricole/Labé/2014-03-2019-03/1" \
    "a French CV of table cells: Roman-numbered sections, 'Nom :' over the name, the jobs read by their header"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("studyType", "") + "/" + e.get("area", "") for e in d["education"]) + " // " + " | ".join(c["name"] + "/" + c.get("issuer", "") + "/" + c.get("date", "") for c in d["certificates"]) + " // " + " | ".join(s["name"] + ": " + ", ".join(s["keywords"]) for s in d["skills"])')" \
    "Institut Supérieur Agronomique de Faranah/Diplôme d'Ingénieur Agronome/Économie rurale // Formation en gestion de projets (PMD Pro)/Oxfam Guinée/2018 // LOGICIELS MAÎTRISÉS: KoboToolbox, SPSS, QGIS" \
    "a training among the schools given by no school is a certificate; software over its levels the software alone"

# A two-column CV through pdftotext -layout, its sidebar left: the headline
# a blank under the name, before the first heading, stays the headline (not
# a line of the sidebar's skills); "Marié, 2 enfants" beside the name is no
# headline; a title ending in small words beside its dates in a column
# ("... sécurité alimentaire   Depuis janvier 2020") is a job's head, not a
# sentence.
printf '%s\n' \
    '                                        AMINA SEYNI GARBA' \
    '' \
    '                                        Ingénieure agronome' \
    '' \
    '                                        PROFIL' \
    '' \
    '   Nigérienne – 35 ans                  Ingénieure agronome avec dix années d expérience dans' \
    '   Mariée, 2 enfants                    les projets de sécurité alimentaire au Niger.' \
    '' \
    '   CONTACT                              EXPÉRIENCES PROFESSIONNELLES' \
    '    +227 96 11 22 33' \
    '    amina.garba@example.com             Chargée de suivi sécurité alimentaire            Depuis janvier 2020' \
    '    Niamey – Niger                      ONG Karkara – Zinder' \
    '                                        ✓ Suivi des indicateurs du projet ;' \
    '   COMPÉTENCES                          ✓ Rédaction des rapports mensuels.' \
    '   Suivi-évaluation' \
    '   KoboToolbox                          Animatrice agricole                          Oct. 2014 – Déc. 2019' \
    '   QGIS                                 Save the Children International – Maradi' \
    '                                        ✓ Appui aux groupements féminins.' \
    > "$T/ne-side.txt"
run import --dry-run --as-of 2025-06 "$T/ne-side.txt"
same "$(jpy 'd["basics"]["name"] + " / " + str(d["basics"].get("label")) + " // " + " | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "-" + w.get("endDate", "") for w in d["work"]) + " // " + ", ".join(k for s in d["skills"] for k in s["keywords"])')" \
    "Amina Seyni Garba / Ingénieure agronome // ONG Karkara/Chargée de suivi sécurité alimentaire/2020-01- | Save the Children International/Animatrice agricole/2014-10-2019-12 // Suivi-évaluation, KoboToolbox, QGIS" \
    "a two-column CV: the headline under the name kept, a marital status no headline, a title in small words beside its dates a job's head"

# A Portuguese plain-text CV: "Title - Plan International Guiné-Bissau,
# Bafatá" names the firm with the country it works in, the town after it;
# a duty's dates in brackets wrapped onto a line of their own
# ("(2014-2016);") end the duty and start no job.
printf '%s\n' 'Aníbal Sanhá' 'anibal.sanha@example.com' '' 'EXPERIÊNCIA PROFISSIONAL' \
    '========================' '' '02/2017 - atual' \
    'Oficial de Educação - Plan International Guiné-Bissau, Bafatá' \
    '  - Coordenação das atividades do projeto' '' '09/2011 a 06/2016' \
    'Professor de Matemática - Liceu Nacional Kwame N'"'"'Krumah, Bissau' \
    '  - Lecionação de Matemática às turmas do 10.º ano;' \
    '  - Coordenador do grupo disciplinar de Matemática' '    (2014-2016);' \
    '  - Preparação dos alunos para os exames nacionais.' > "$T/gw-plain.txt"
run import --dry-run --as-of 2025-06 "$T/gw-plain.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w.get("position", "") + "/" + w.get("location", "") + "/" + w["startDate"] + "-" + w.get("endDate", "") for w in d["work"])')" \
    "Plan International Guiné-Bissau/Oficial de Educação/Bafatá/2017-02- | Liceu Nacional Kwame N'Krumah/Professor de Matemática/Bissau/2011-09-2016-06" \
    "a firm named with the country it works in; a duty's bracketed dates wrapped alone start no job"
has "$T/out" 'Matemática \(2014-2016\);' "the wrapped bracket ends its duty"

# An academic CV in French through raw pdftotext: a dated head "Depuis
# octobre 2019 : Title, Unit, School," wrapped before its town
# ("Bujumbura.") or in the middle of a name ("... de Lutte" over "contre
# le Paludisme (PNILP), Bujumbura.") goes on to that line; "V.
# ENSEIGNEMENTS DISPENSÉS" ends the jobs.
printf '%s\n' 'Dr Claudine NDAYISABA' 'claudine.ndayisaba@example.com' 'IV. EXPÉRIENCE PROFESSIONNELLE' \
    'Depuis octobre 2019 : Chargée de cours, Faculté de Médecine, Université du Burundi,' 'Bujumbura.' \
    '• Enseignement de l'"'"'épidémiologie' \
    'Mai 2013 – Août 2015 : Médecin épidémiologiste, Programme National Intégré de Lutte' \
    'contre le Paludisme (PNILP), Bujumbura.' '• Surveillance épidémiologique du paludisme' \
    'V. ENSEIGNEMENTS DISPENSÉS' 'Université du Burundi, Faculté de Médecine' \
    '• Épidémiologie générale (BAC 3 Médecine, 45 heures)' > "$T/bi-wrap.txt"
run import --dry-run --as-of 2025-06 "$T/bi-wrap.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w.get("position", "") + "/" + w.get("location", "") + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Université du Burundi/Chargée de cours/Bujumbura/1 | Programme National Intégré de Lutte contre le Paludisme (PNILP)/Médecin épidémiologiste/Bujumbura/1" \
    "a dated head wrapped before its town or inside a name goes on; courses taught end the jobs"

# A polished Word CV through pdftotext -layout: "PROFESSIONAL
# DESIGNATIONS" are certificates; "2016 – Present" after a membership is
# its date, not its issuer; "CFA Program – Level II passed, CFA
# Institute" names the level, then the issuer; a GPA between "|" is the
# score alone.
printf '%s\n' 'Kristen Ebanks' 'kristen.ebanks@example.com' '' 'EDUCATION' '' \
    'University College of the Cayman Islands                                      2010 – 2013' \
    'Bachelor of Business Administration (BBA), Accounting' \
    "Graduated with Distinction  |  GPA 3.78 / 4.00  |  Dean's List (6 semesters)" '' \
    'PROFESSIONAL DESIGNATIONS' '' \
    'Certified Public Accountant (CPA) – Colorado State Board of Accountancy            2016' \
    'CFA Program – Level II passed, CFA Institute                                       2023' \
    'Member, Cayman Islands Institute of Professional Accountants (CIIPA)     2016 – Present' \
    > "$T/ky-designations.txt"
run import --dry-run --as-of 2025-06 "$T/ky-designations.txt"
same "$(jpy '" | ".join(c["name"] + "/" + c.get("issuer", "") + "/" + c.get("date", "") for c in d["certificates"]) + " // " + str(len(d["education"])) + " " + d["education"][0]["score"]')" \
    "Certified Public Accountant (CPA)/Colorado State Board of Accountancy/2016 | CFA Program – Level II passed/CFA Institute/2023 | Member, Cayman Islands Institute of Professional Accountants (CIIPA)//2016 // 1 GPA 3.78 / 4.00" \
    "professional designations are certificates; an open end is no issuer; a GPA between bars is the score alone"

# A French CV flattened onto one line: the address after the headline
# ("Quartier 7, Rue de Bender, ...") does not cut the headline at its
# dash; "Logistique : ..." after the last item of "Douane : ..." opens a
# group, the French space before the colon too; five languages with
# their levels, run together with " : ", are five.
printf '%s\n' "ABDOURAHMAN HOUMED ALI Déclarant en douane principal – Transit & Logistique portuaire Quartier 7, Rue de Bender, Djibouti-Ville, République de Djibouti Tél. : +253 77 84 21 63 E-mail : a.houmed@example.com PROFIL Déclarant en douane agréé avec plus de 10 ans d'expérience dans le dédouanement. EXPÉRIENCE PROFESSIONNELLE 2019 – Présent Déclarant en douane principal, Port de Djibouti S.A. (PDSA) • Gestion des dossiers de dédouanement COMPÉTENCES Douane : SYDONIA World, tarif douanier (SH), transit international Logistique : Incoterms 2020, manifeste Informatique : Microsoft Excel, Word, CargoWise Qualités : rigueur, disponibilité LANGUES Français : courant (lu, écrit, parlé) Afar : langue maternelle Somali : courant Arabe : bon niveau Anglais : professionnel (TOEIC 785)" > "$T/dj-flat.txt"
run import --dry-run --as-of 2025-06 "$T/dj-flat.txt"
same "$(jpy 'd["basics"]["label"] + " // " + " | ".join(s["name"] + ": " + ", ".join(s["keywords"]) for s in d["skills"]) + " // " + " | ".join(l["language"] + ": " + l["fluency"] for l in d["languages"])')" \
    "Déclarant en douane principal – Transit & Logistique portuaire // Douane: SYDONIA World, tarif douanier (SH), transit international | Logistique: Incoterms 2020, manifeste | Informatique: Microsoft Excel, Word, CargoWise | Qualités: rigueur, disponibilité // Français: courant (lu, écrit, parlé) | Afar: langue maternelle | Somali: courant | Arabe: bon niveau | Anglais: professionnel (TOEIC 785)" \
    "a flattened French CV: the headline whole before its address, skill groups and languages after ' : '"

# An academic French CV through pdftotext -layout: the name over the
# headline at the top, then a form's "Nom et prénom :" with the surname
# first: the name as written at the top, the headline kept; languages in
# two columns, the level whole in the second ("Lu, écrit, parlé
# (excellent)"), a language the word list lacks by its level.
printf '%s\n' '                                 Serge DOUMTANGAR NGARMADJI' \
    '                      Contrôleur financier – Comptabilité OHADA, Audit' '' 'ÉTAT CIVIL' '' \
    'Nom et prénom :               DOUMTANGAR NGARMADJI Serge' \
    'E-mail :                      serge.d@example.com' \
    'Situation matrimoniale :      Marié, père de deux (02) enfants' '' \
    'EXPÉRIENCE PROFESSIONNELLE' '' \
    '2018 – à ce jour   Contrôleur financier, Esso Exploration and Production Chad Inc.,' \
    '                   N'"'"'Djamena' \
    '                     – Supervision de la clôture mensuelle et annuelle des comptes' \
    '                       (US GAAP et SYSCOHADA révisé) et du reporting groupe ;' \
    '2014 – 2018        Chef comptable, CotonTchad Société Nouvelle (CotonTchad SN), Moundou' \
    '                     – Tenue de la comptabilité générale et analytique sous Sage Saari ;' \
    '' 'LANGUES' '' \
    'Français                      Lu, écrit, parlé (excellent)' \
    'Arabe tchadien                Parlé couramment' \
    'Ngambaye                      Langue maternelle' > "$T/td-form.txt"
run import --dry-run --as-of 2025-06 "$T/td-form.txt"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"]["label"] + " // " + " | ".join(l["language"] + ": " + l["fluency"] for l in d["languages"])')" \
    "Serge Doumtangar Ngarmadji / Contrôleur financier – Comptabilité OHADA, Audit // Français: Lu, écrit, parlé (excellent) | Arabe tchadien: Parlé couramment | Ngambaye: Langue maternelle" \
    "a form's name with the surname first is the name at the top, no headline; a language's level whole in its column"

# A French job board's "Mon CV" page copied from the browser: each field
# under its label ("Intitulé du poste", "Entreprise", "Lieu", "Date de
# début", "Date de fin", "Poste actuel"; "Diplôme", "Établissement",
# "Année d'obtention"); "Expérience : Plus de 10 ans" among the wishes
# heads no jobs; the buttons ("Modifier", "Ajouter une compétence", "+ 3
# compétences") go; a level after a skill ("– Confirmé") goes;
# "Savoir-être" heads a group; a language's bracket before its level is
# its own; "juin 2021" under a certificate's giver is its date.
printf '%s\n' 'Faharidine SAÏD ALI' 'Technicien Réseaux & Télécoms' 'Marseille (13015)' \
    'E-mail' 'faharidine@example.com' 'Mes critères' 'Expérience : Plus de 10 ans' \
    'Disponibilité' 'Sous 1 mois' 'Expériences professionnelles' 'Ajouter une expérience' \
    'Intitulé du poste' "Technicien d'intervention FTTH" 'Entreprise' 'Circet' 'Lieu' \
    'Marseille (13)' 'Date de début' 'octobre 2023' 'Date de fin' 'Poste actuel' '2 ans 6 mois' \
    'Description' '- Raccordement des clients à la fibre optique' 'Modifier' 'Supprimer' \
    'Intitulé du poste' 'Technicien réseaux et télécoms' 'Entreprise' 'Comores Telecom' \
    'Lieu' 'Moroni, Comores' 'Date de début' 'janvier 2019' 'Date de fin' 'août 2022' \
    'Modifier' 'Formations' 'Diplôme' 'Baccalauréat série C' 'Établissement' \
    'Lycée Saïd Mohamed Cheikh' 'Lieu' 'Moroni, Comores' "Année d'obtention" '2008' \
    'Compétences' 'Ajouter une compétence' 'Cisco IOS – Confirmé' 'GLPI – Intermédiaire' \
    'Pédagogie – Expert' '+ 3 compétences' 'Savoir-être' 'Rigueur' 'Autonomie' 'Langues' \
    'Comorien (shikomori) – Langue maternelle' 'Français – Courant' \
    'Certifications et habilitations' 'CCNA – Cisco Certified Network Associate' 'Cisco' \
    'juin 2021' > "$T/km-board.txt"
run import --dry-run --as-of 2025-06 "$T/km-board.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["location"] + "/" + w["startDate"] + "-" + w.get("endDate", "") for w in d["work"]) + " // " + " | ".join(e["institution"] + "/" + e["studyType"] + "/" + e["endDate"] for e in d["education"])')" \
    "Circet/Technicien d'intervention FTTH/Marseille (13)/2023-10- | Comores Telecom/Technicien réseaux et télécoms/Moroni, Comores/2019-01-2022-08 // Lycée Saïd Mohamed Cheikh/Baccalauréat/2008" \
    "a French job board's page: jobs and schools by their labels, the wishes no job"
same "$(jpy '" | ".join(s["name"] + ": " + ", ".join(s["keywords"]) for s in d["skills"]) + " // " + " | ".join(l["language"] + ": " + l["fluency"] for l in d["languages"]) + " // " + " | ".join(c["name"] + "/" + c["issuer"] + "/" + c["date"] for c in d["certificates"])')" \
    "Compétences: Cisco IOS, GLPI, Pédagogie | Savoir-être: Rigueur, Autonomie // Comorien (shikomori): Langue maternelle | Français: Courant // CCNA – Cisco Certified Network Associate/Cisco/2021-06" \
    "a French job board's page: its buttons gone, levels off the skills, a language's bracket its own, a certificate's date in French"

# A Portuguese CV of labelled records, typed in an email and wrapped at
# 72 columns: "Período:" leads each job and each school; "Entidade:"
# wrapped over lines ("... do Cacau" over "(PACQ) – ... /" over "FIDA")
# is one employer; "até à presente data" is an open end; "a)" items
# wrapped are one duty each; under "FORMAÇÃO PROFISSIONAL:" "Curso:" names
# a certificate, "Entidade:" its giver and "Data:" its date.
printf '%s\n' 'Nilton Ceita da Costa' 'nilton.ceita@example.com' '' 'HABILITAÇÕES LITERÁRIAS:' '' \
    'Período: 2007 a 2009' 'Estabelecimento de ensino: Instituto Superior de Agronomia –' \
    'Universidade de Lisboa' 'Curso: Mestrado em Agronomia Tropical e Desenvolvimento Sustentável' '' \
    'Período: 2002 a 2006' 'Estabelecimento de ensino: Universidade de Évora' \
    'Curso: Licenciatura em Engenharia Agronómica' '' 'EXPERIÊNCIA PROFISSIONAL:' '' \
    'Período: Janeiro de 2018 até à presente data' \
    'Entidade: Projecto de Apoio à Comercialização e Qualidade do Cacau' \
    '(PACQ) – Ministério da Agricultura, Pescas e Desenvolvimento Rural /' 'FIDA' \
    'Local: São Tomé' 'Função: Especialista em Cadeia de Valor do Cacau' 'Principais actividades:' \
    'a) Coordenação técnica das actividades de apoio a 4 cooperativas de' \
    'cacau biológico e de cacau fino (cerca de 3.200 pequenos produtores);' \
    'b) Redacção dos relatórios semestrais e anuais para o FIDA e para o' 'Governo.' '' \
    'Período: Março de 2013 a Dezembro de 2017' \
    'Entidade: CECAB – Cooperativa de Exportação de Cacau Biológico' \
    'Local: Guadalupe, Distrito de Lobata' 'Função: Responsável de Qualidade e Certificação' '' \
    'FORMAÇÃO PROFISSIONAL:' '' '- Curso: Inspecção e Certificação em Agricultura Biológica' \
    '  Entidade: ECOCERT' '  Local: São Tomé' '  Data: Maio de 2014' > "$T/st-labels.txt"
run import --dry-run --as-of 2025-06 "$T/st-labels.txt"
same "$(jpy '" | ".join(e["institution"] + "/" + e["studyType"] + "/" + e["startDate"] + "-" + e["endDate"] for e in d["education"]) + " // " + " | ".join(w["position"] + "/" + w["startDate"] + "-" + w.get("endDate", "") + "/" + str(len(w.get("highlights", []))) for w in d["work"]) + " // " + " | ".join(c["name"] + "/" + c["issuer"] + "/" + c["date"] for c in d["certificates"])')" \
    "Instituto Superior de Agronomia – Universidade de Lisboa/Mestrado/2007-2009 | Universidade de Évora/Licenciatura/2002-2006 // Especialista em Cadeia de Valor do Cacau/2018-01-/2 | Responsável de Qualidade e Certificação/2013-03-2017-12/0 // Inspecção e Certificação em Agricultura Biológica/ECOCERT/2014-05" \
    "a Portuguese CV of labelled records: periods lead jobs and schools, wrapped values whole, lettered duties, courses as certificates"
has "$T/out" 'para o FIDA e para o Governo\.' "a lettered duty wrapped at 72 columns is one duty"

# A Catalan Europass CV through raw pdftotext: "EDUCACIÓ I FORMACIÓ" heads
# the schools, "COMPETÈNCIES DIGITALS" the skills, "Llengua(es)
# materna(es): CATALÀ | CASTELLÀ" two mother tongues and "Altres idiomes"
# the others.
printf '%s\n' 'Pol Marticella Riba' 'pol.marticella@example.com' '' 'EXPERIÈNCIA LABORAL' \
    '01/12/2018 – ACTUAL' "DIRECTOR D'OPERACIONS" "Hotels Vall d'Incles, SA" \
    'Ciutat: Canillo | País: Andorra' '' 'EDUCACIÓ I FORMACIÓ' '10/2014 – 06/2016' \
    "MÀSTER EN DIRECCIÓ D'EMPRESES TURÍSTIQUES" "Universitat d'Andorra" '' \
    'COMPETÈNCIES LINGÜÍSTIQUES' 'Llengua(es) materna(es): CATALÀ | CASTELLÀ' \
    'Altres idiomes:' 'FRANCÈS' '' 'COMPETÈNCIES DIGITALS' \
    'Oracle Opera PMS / Opera Cloud | SAP Business One | Power BI' > "$T/ad-europass.txt"
run import --dry-run --as-of 2025-06 "$T/ad-europass.txt"
same "$(jpy '" | ".join(e["institution"] + "/" + e["startDate"] + "-" + e["endDate"] for e in d["education"]) + " // " + ", ".join(l["language"] for l in d["languages"]) + " // " + ", ".join(k for s in d["skills"] for k in s["keywords"])')" \
    "Universitat d'Andorra/2014-10-2016-06 // Català, Castellà, FRANCÈS // Oracle Opera PMS / Opera Cloud, SAP Business One, Power BI" \
    "a Catalan Europass CV: its headings, its mother tongues set apart by a bar"


# A Markdown CV from a notes app: "_2013 – 2017_" in italics is the
# dates, "🔹" a bullet, "Vaitape, Bora Bora" under "Title · Firm · dates"
# the job's place; "CV Vaimiti" over "# Vaimiti TETUANUI" the whole name;
# French Polynesia's towns and islands are places.
printf '%s\n' 'CV Vaimiti – version FR' '' '# Vaimiti TETUANUI' \
    "### Responsable d'exploitation perlicole" '' '📍 Papeete, Tahiti – Polynésie française' \
    '📧 vaimiti.t@example.pf' '' '## 💼 Expérience' '' \
    '**Responsable boutique** · Te Ava Pearl Gallery · _2013 – 2017_' '📍 Vaitape, Bora Bora' \
    '🔹 Gestion de la boutique et de 4 vendeuses' '🔹 Visites commentées de la ferme' '' \
    '**Réceptionniste** · Hôtel Tahiti Nui · _2009 – 2011_' '📍 Papeete' \
    '  - Accueil, check-in / check-out' > "$T/pf-md.txt"
run import --dry-run --as-of 2025-06 "$T/pf-md.txt"
same "$(jpy 'd["basics"]["name"] + " / " + d["basics"]["location"]["city"] + ", " + d["basics"]["location"]["countryCode"] + " // " + " | ".join(w["name"] + "/" + w["position"] + "/" + w.get("location", "") + "/" + w["startDate"] + "-" + w["endDate"] + "/" + str(len(w.get("highlights", []))) for w in d["work"])')" \
    "Vaimiti Tetuanui / Papeete, PF // Te Ava Pearl Gallery/Responsable boutique/Vaitape, Bora Bora/2013-2017/2 | Hôtel Tahiti Nui/Réceptionniste/Papeete/2009-2011/1" \
    "Markdown with emoji: italic dates, emoji bullets, a town and its island under the job, the whole name under the title's first name"

# "Fróðskaparsetur Føroya (University of the Faroe Islands), Tórshavn":
# the bracket says what a school named in its own language is, and stays;
# the town goes.
printf '%s\n' 'Jógvan Højgaard' '' 'EDUCATION' '' '2008 – 2011' 'B.Sc. in Biology' \
    'Fróðskaparsetur Føroya (University of the Faroe Islands), Tórshavn' > "$T/fo-school.txt"
run import --dry-run --as-of 2025-06 "$T/fo-school.txt"
same "$(jpy 'd["education"][0]["institution"]')" \
    "Fróðskaparsetur Føroya (University of the Faroe Islands)" \
    "a school's English name in brackets after its own"

# A nurse's timeline CV through pdftotext -layout: the name in capitals
# with two licences after it ("RN, RM"), and competencies set as a grid
# of bullets two a row, one of them a phrase with a comma in it.
printf '%s\n' '                              CLARICE M. BALLANTYNE, RN, RM' \
    '                                  Registered Nurse & Midwife' '' \
    '    PROFESSIONAL EXPERIENCE' '' \
    '    2019 – present            Staff Midwife, Labour & Delivery Unit' \
    '                              Milton Cato Memorial Hospital' \
    '                              Kingstown, St. Vincent' \
    '                              •   Conduct normal deliveries and assist with' \
    '                                  instrumental births' '' \
    '    CORE COMPETENCIES' '' \
    '    •  Antenatal, intrapartum & postnatal care          •  Fetal heart monitoring' \
    '    •  Neonatal resuscitation                           •  IV cannulation & phlebotomy' \
    > "$T/vc-grid.txt"
run import --dry-run --as-of 2025-06 "$T/vc-grid.txt"
same "$(jpy 'd["basics"]["name"] + " // " + d["work"][0]["name"] + " // " + " | ".join(k for s in d["skills"] for k in s["keywords"])')" \
    "Clarice M. Ballantyne // Milton Cato Memorial Hospital // Antenatal, intrapartum & postnatal care | Fetal heart monitoring | Neonatal resuscitation | IV cannulation & phlebotomy" \
    "a name with a nurse's and a midwife's licence after it; a grid of bullets, each cell one skill"

# "Marks & Spencer, Main Street, Gibraltar" after the title and a tab: the
# street goes with the town to the job's place, not to the employer.
printf '%s\n' 'Jane Ferrary' '' 'Employment History' '' 'Summers 2008 – 2010' \
    'Sales Assistant (seasonal)	Marks & Spencer, Main Street, Gibraltar' > "$T/gi-street.txt"
run import --dry-run --as-of 2025-06 "$T/gi-street.txt"
same "$(jpy 'd["work"][0]["name"] + " / " + d["work"][0]["position"] + " / " + d["work"][0]["location"]')" \
    "Marks & Spencer / Sales Assistant (seasonal) / Main Street, Gibraltar" \
    "a street named before the town is the job's place, not its employer"

# The old Italian "formato europeo" through pdftotext -layout: "Nome e
# indirizzo del datore di" over "lavoro" beside the address, a contract's
# note under the job, "Da ottobre 2008 a marzo 2011", a degree over its
# grade, the rows of a language's level, the form's notes in the labels'
# column and the place and date of the signature are no skills.
printf '%s\n' 'INFORMAZIONI PERSONALI' '' \
    '                                    Nome    ROSSI CHIARA' \
    '                                  E-mail    chiara.rossi@example.sm' '' \
    'ESPERIENZA LAVORATIVA' '' \
    '                         • Date (da – a)    Dal 01/03/2017 ad oggi' \
    '        • Nome e indirizzo del datore di    Studio Associato Fabbri & Selva' \
    '                                  lavoro    Via III Settembre 99, 47923 Rimini (RN)' \
    '                       • Tipo di impiego    Contabile senior' \
    '                                            (contratto a tempo indeterminato, full-time)' \
    '                 • Principali mansioni e    - Predisposizione di bilancio e nota integrativa ai' \
    '                          responsabilità      sensi della Legge 23 febbraio 2006 n. 47 (Legge sulle' \
    '                                              Società)' '' \
    'ISTRUZIONE E FORMAZIONE' '' \
    '                         • Date (da – a)    Da ottobre 2008 a marzo 2011' \
    ' • Nome e tipo di istituto di istruzione    Alma Mater Studiorum – Università di Bologna' \
    '                            o formazione    Scuola di Economia, Management e Statistica' \
    '                  • Qualifica conseguita    Laurea Magistrale in Economia e Professione (classe' \
    '                                            LM-77)' \
    '                                            Votazione 108/110' '' \
    'CAPACITÀ E COMPETENZE' 'PERSONALI' 'Acquisite nel corso della vita e della' \
    'carriera ma non necessariamente' '' \
    'MADRELINGUA                                 ITALIANA' '' 'ALTRE LINGUE' '' \
    '                                            INGLESE' \
    '                   • Capacità di lettura    ECCELLENTE' \
    '                 • Capacità di scrittura    BUONO' '' \
    'CAPACITÀ E COMPETENZE                       Software gestionali: TeamSystem, Zucchetti' \
    'TECNICHE                                    Microsoft Office: Excel, Word' \
    'Con computer, attrezzature specifiche,' 'macchinari, ecc.' '' \
    'CAPACITÀ E COMPETENZE                       Ottime capacità di relazione con i clienti.' \
    'RELAZIONALI' 'Vivere e lavorare con altre persone, in     Abituata a lavorare in team.' '' \
    'Autorizzo il trattamento dei dati personali ai sensi del D.Lgs. 196/2003.' '' \
    'San Marino, 04/11/2024                                  Chiara Rossi' > "$T/sm-europeo.txt"
run import --dry-run --as-of 2025-06 "$T/sm-europeo.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["location"] + "/" + w["startDate"] + "/" + str(len(w.get("highlights", []))) for w in d["work"]) + " // " + " | ".join(e["institution"] + "/" + e["studyType"] + "/" + e["area"] + "/" + e["startDate"] + "-" + e["endDate"] for e in d["education"]) + " // " + " | ".join(l["language"] + "=" + l["fluency"] for l in d["languages"]) + " // " + " | ".join(s["name"] + ": " + ", ".join(s["keywords"]) for s in d["skills"])')" \
    "Studio Associato Fabbri & Selva/Contabile senior/Rimini/2017-03/1 // Alma Mater Studiorum – Università di Bologna/Laurea Magistrale/Economia e Professione/2008-10-2011-03 // ITALIANA=native | INGLESE=lettura eccellente, scrittura buono // Software gestionali: TeamSystem, Zucchetti | Microsoft Office: Excel, Word" \
    "the old Italian European CV: wrapped labels, the contract note, the degree's class, a language's rows, the form's notes"


# A Danish Word CV with its tables flattened by tabs: "IT-kompetencer"
# rows of a tool and its level ("rutineret", "daglig bruger (SD og MM)"),
# the level gone; "Fritid" and "Personlige oplysninger" are headings, so
# the address and the birth date are no skills.
printf '%s\n' 'Malik Heilmann' 'Operationsplanlægger' '' 'Erhvervserfaring' \
    'jan. 2019 - nu	Operationsplanlægger, Royal Arctic Line A/S, Nuuk' '' \
    'IT-kompetencer' 'SAP ECC	daglig bruger (SD og MM)' 'Excel	rutineret (pivottabeller, opslag)' \
    'Power BI	grundlæggende' 'Word, Outlook, Teams	rutineret' '' \
    'Fritid' 'Jagt, fiskeri og hundeslæde.' '' 'Personlige oplysninger' \
    'Adresse:	Aqqusinersuaq 14, 3900 Nuuk' 'Telefon:	+299 54 81 27' 'Født:	12. april 1988' \
    > "$T/gl-table.txt"
run import --dry-run --as-of 2025-06 "$T/gl-table.txt"
same "$(jpy '" | ".join(s["name"] + ": " + ", ".join(s["keywords"]) for s in d["skills"]) + " // " + d["basics"]["phone"]')" \
    "IT-kompetencer: SAP ECC, Excel, Power BI, Word, Outlook, Teams // +299 54 81 27" \
    "a Danish table of tools and their levels; its personal details and hobbies are no skills"

# A LinkedIn profile page copied from the browser with the text it keeps
# for screen readers: each line twice, the dates' dash read out as "to"
# the second time; one job, not two.
printf '%s\n' 'Danielle Missick' 'Marketing Manager at Beaches Resorts' '' 'Experience' 'Experience' \
    'Beaches Resorts logo' 'Marketing Manager' 'Marketing Manager' \
    'Beaches Resorts · Full-time' 'Beaches Resorts · Full-time' \
    'Jun 2019 - Present · 5 yrs 6 mos' 'Jun 2019 to Present · 5 yrs 6 mos' \
    'Providenciales, Turks and Caicos Islands · On-site' \
    'Providenciales, Turks and Caicos Islands · On-site' \
    '• Own the annual marketing plan' > "$T/tc-doubled.txt"
run import --dry-run --as-of 2025-06 "$T/tc-doubled.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] for w in d["work"])')" \
    "Beaches Resorts/Marketing Manager/2019-06" \
    "a profile page's lines doubled for screen readers, its dates read out with 'to': one job"

# A résumé pasted from an applicant-tracking system's text field: labels
# with and without colons, a line the paste doubled, a language with a
# label, a heading with no cue but its words.
printf '%s\n' 'Tamar Ladore' 'tladore@example.org' 'Work Experience' \
    'Job Title: Survey Analyst' 'Company: Kosrae State Hospital' 'Company: Kosrae State Hospital' \
    'Location: Tofol' 'Start Date 06/2014 End Date 07/2017' 'Description:' 'Kept the registry.' \
    'Job Title: Research Assistant (part-time)' 'Company: Island Health Survey Unit' \
    'Location: Lelu' 'Start Date: 01/2013 End Date: 05/2014' 'Description: Entered survey data.' \
    'Education' 'School: College of Micronesia-FSM' 'Degree: Associate of Science' \
    'Field of Study: Public Health' 'Graduation Date: 05/2012' 'Graduation Date: 05/2012' \
    'Certifications' 'Certification: Human Subjects Research - Social & Behavioral Research' \
    'Issued By: CITI Program' 'Date: 02/2021' 'Languages' \
    'Language: Kosraean Proficiency: Native' 'Language: English Proficiency: Fluent' \
    'Volunteer Experience' 'Role: Volunteer Data Coordinator' 'Organization: Kosrae Red Cross' \
    'From: 01/2018 To: Current' > "$T/ats.txt"
run import --dry-run --as-of 2025-06 "$T/ats.txt"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w["startDate"] + "-" + w.get("endDate", "") for w in d["work"])')" \
    "Kosrae State Hospital/Survey Analyst/2014-06-2017-07 | Island Health Survey Unit/Research Assistant (part-time)/2013-01-2014-05" \
    "an ATS paste: 'Start Date 06/2014 End Date 07/2017' with no colons and a doubled 'Company:' line, two jobs"
same "$(jpy '" | ".join(e["institution"] + "/" + e.get("endDate", "") for e in d["education"])')" \
    "College of Micronesia-FSM/2012-05" "an ATS paste: 'Graduation Date:' is the school's end, no school of its own"
same "$(jpy '" | ".join(c["name"] + "/" + c.get("issuer", "") for c in d["certificates"])')" \
    "Human Subjects Research - Social & Behavioral Research/CITI Program" \
    "an ATS paste: a certificate's name with a dash keeps it whole, its issuer from 'Issued By:'"
same "$(jpy '" | ".join(l["language"] + "/" + l.get("fluency", "") for l in d["languages"])')" \
    "Kosraean/Native | English/Fluent" "an ATS paste: 'Language: X Proficiency: Y', an unlisted tongue too"
same "$(jpy '" | ".join(v["organization"] + "/" + v["position"] for v in d.get("volunteer", []))')" \
    "Kosrae Red Cross/Volunteer Data Coordinator" "an ATS paste: 'Volunteer Experience' with no cue of layout is the volunteer roles' heading"

# A Québec CV through raw pdftotext: French titles the word list did not
# know ("Adjointe", "Commis de bureau"), a chamber of commerce's long name
# wrapped at its comma, Québec's headings of the summary and of community
# work.
printf '%s\n' 'JOSÉE ARROSSAMENA' 'SOMMAIRE DES COMPÉTENCES' \
    ' Dix ans de soutien administratif dans le secteur public' 'EXPÉRIENCE DE TRAVAIL' \
    'Adjointe administrative' 'Depuis mars 2020' 'Centre intégré de santé de Laval (CISSS), Laval' \
    ' Soutien à la direction des finances' 'Secrétaire de direction' 'De 2014 à 2020' \
    "Chambre d'agriculture, de commerce, d'industrie, de métiers et de l'artisanat (CACIMA)," \
    'Miquelon' ' Accueil des entreprises' 'Commis de bureau' '2010 à 2014' 'Banque Acadienne, Moncton' \
    ' Saisie de données' 'ENGAGEMENT COMMUNAUTAIRE' 'Bénévole au tri alimentaire, Moisson Laval, 2021 à 2023' \
    > "$T/qc.txt"
run import --dry-run --as-of 2025-06 "$T/qc.txt"
same "$(jpy '" | ".join(w["position"] + "/" + w["name"] for w in d["work"])')" \
    "Adjointe administrative/Centre intégré de santé de Laval (CISSS) | Secrétaire de direction/Chambre d'agriculture, de commerce, d'industrie, de métiers et de l'artisanat (CACIMA) | Commis de bureau/Banque Acadienne" \
    "a Québec CV: 'Adjointe' and 'Commis de bureau' titles, a chamber's long name wrapped at its comma the employer"
same "$(jpy 'd["basics"].get("summary", "")')" "Dix ans de soutien administratif dans le secteur public" \
    "a Québec CV: 'SOMMAIRE DES COMPÉTENCES' is the summary"
same "$(jpy '" | ".join(v["organization"] for v in d.get("volunteer", []))')" "Moisson Laval" \
    "a Québec CV: 'ENGAGEMENT COMMUNAUTAIRE' is the volunteer work"

# A Caribbean engineer's CV through pdftotext -layout: letters after the
# name on a line of their own, and a table of key projects whose cells
# wrap onto the line under their row.
printf '%s\n' '                 MARCUS T. BROWNE' '              B.Sc. (Hons), M.Sc., PMP' \
    '   12 Cayon Street, Basseterre, St. Kitts   •   Tel: +1 (869) 555-0100' '' \
    '  KEY PROJECTS' '' \
    '  Project                              Client                       Value (EC$)   Role                 Period' \
    '  Sandy Point Drainage Upgrade         Ministry of Public           12.4 M        Project Manager      2018 – 2020' \
    '  (Phase I)                            Infrastructure' \
    '  Frigate Bay Road Widening            Government of St. Kitts       6.1 M        Design Engineer      2015 – 2016' \
    '                                       and Nevis' '' '  COMPUTER SKILLS' '' '  AutoCAD Civil 3D, HEC-RAS' \
    > "$T/kn.txt"
run import --dry-run --as-of 2025-06 "$T/kn.txt"
same "$(jpy 'd["basics"]["name"] + "/" + d["basics"].get("label", "-") + "/" + d["basics"].get("phone", "-")')" \
    "Marcus T. Browne/-/+1 (869) 555-0100" \
    "a name in capitals over 'B.Sc. (Hons), M.Sc., PMP': no headline, no group of skills, the phone under them read"
same "$(jpy '" | ".join(p["name"] + "/" + p.get("entity", "") + "/" + p.get("startDate", "") for p in d["projects"])')" \
    "Sandy Point Drainage Upgrade (Phase I)/Ministry of Public Infrastructure/2018 | Frigate Bay Road Widening/Government of St. Kitts and Nevis/2015" \
    "a table of projects in columns of spaces, its cells wrapped: one project a row, the client its entity"

# A Pacific CV from a Word document: a postal box before the home
# address, a job's "Section:" among its labels.
printf '%s\n' 'CURRICULUM VITAE' '' 'PERSONAL DETAILS' $'Full Name:\t\tNei Taake Bwebwe' \
    $'Postal Address:\t\tP.O. Box 12, Bairiki, Tarawa, Kiribati' $'Residential Address:\tAnanau, Betio, South Tarawa' \
    $'Email:\t\t\tntbwebwe@example.org' '' 'EMPLOYMENT HISTORY' '' $'Position:\tFisheries Officer' \
    $'Employer:\tMinistry of Fisheries, Tanaea, Tarawa' $'Section:\tCoastal Fisheries Division' \
    $'Period:\t\tMarch 2017 \xe2\x80\x93 to date' 'Duties:' $'1.\tChecked landings at Betio port.' '' \
    $'Position:\tClerk' $'Employer:\tKiribati Fish Limited, Betio' $'Period:\t\tJanuary 2013 \xe2\x80\x93 February 2017' \
    'Duties:' $'1.\tKept the stock records.' > "$T/ki.txt"
run import --dry-run --as-of 2025-06 "$T/ki.txt"
same "$(jpy 'd["basics"]["location"].get("city", "") + "/" + d["basics"]["location"].get("region", "")')" \
    "Betio/South Tarawa" "a postal box over the home address: the home is the place"
same "$(jpy '" | ".join(w["position"] + "/" + w.get("startDate", "") + "-" + w.get("endDate", "") for w in d["work"])')" \
    "Fisheries Officer/2017-03- | Clerk/2013-01-2017-02" \
    "a job's 'Section:' among its labels: the job's dates stay its own"

# A German Lebenslauf through pdftotext -layout: "Master of Science
# Geowissenschaften" (the field after the degree's name, no "in"), "TU"
# before its town a school, a thesis wrapped under it, "Abschluss:" over a
# grade the score, an observatory an employer.
printf '%s\n' 'Lebenslauf' '' 'Name                        Kofi A. Mensah' '' 'Berufserfahrung' '' \
    '07/2012 – 08/2013           Volcano Technician, Soufrière Volcano Observatory (SVO),' \
    '                            Belham, Montserrat' '                            –   Gasmessungen' '' \
    'Ausbildung' '' \
    '10/2013 – 09/2016           Master of Science Geowissenschaften, TU Freiberg, Abschlussnote 1,5' \
    '                            Masterarbeit: „Alteration der Andesite des Centre' \
    '                            Hills, Montserrat“ (Note 1,3)' '' \
    '09/2008 – 06/2011           Bachelor of Science Geology, University of the West Indies (Mona),' \
    '                            Kingston, Jamaika' '                            Abschluss: Second Class Honours, Upper Division' \
    > "$T/ms.txt"
run import --dry-run --as-of 2025-06 "$T/ms.txt"
same "$(jpy '" | ".join(e.get("institution", "") + "/" + e.get("studyType", "") + "/" + e.get("area", "") + "/" + e.get("score", "") for e in d["education"])')" \
    "TU Freiberg/Master of Science/Geowissenschaften/Abschlussnote 1,5 | University of the West Indies (Mona)/Bachelor of Science/Geology/Second Class Honours, Upper Division" \
    "a Lebenslauf: the field after 'Master of Science' with no 'in', 'TU' a school, a thesis wrapped no school, 'Abschluss:' over a grade the score"
same "$(jpy '" | ".join(w["name"] + "/" + w["position"] + "/" + w.get("location", "") for w in d["work"])')" \
    "Soufrière Volcano Observatory (SVO)/Volcano Technician/Belham, Montserrat" \
    "a Lebenslauf: an observatory the employer, its place wrapped under it"
run import --help
expect_rc 0 "import --help"
has "$T/out" 'dry-run' "import --help lists --dry-run"

done_testing
