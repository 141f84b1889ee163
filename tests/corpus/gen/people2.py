"""Corpus people 011-025.  Invented people, companies and numbers; see people1.py."""
from model import Aw, Cert, E, L, Pj, Pt, Pub, S, V, W, person

PEOPLE = []
add = PEOPLE.append

add(person(
    "011",
    {"name": "Chukwuemeka Okonkwo-Adeyemi", "label": "Engineering Lead, Payments Platform",
     "email": "emeka.okonkwo@example.com", "phone": "+44 (0)20 7946 0381",
     "location": {"city": "London", "countryCode": "GB"}, "_country": "United Kingdom",
     "summary": "Engineering lead who has built payment rails in Lagos and London. I grow "
                "teams that ship reliable money movement: ledgers, reconciliation and "
                "real-time fraud checks.",
     "profiles": [{"network": "LinkedIn", "username": "emeka-okonkwo-adeyemi",
                   "url": "linkedin.com/in/emeka-okonkwo-adeyemi"}]},
    work=[
        W("Kestrel Pay Ltd", "Engineering Lead", "2022-08", None, "London", [
            "Leads three teams (19 engineers) on the payments platform",
            "Launched instant payouts in six European markets"]),
        W("Kestrel Pay Ltd", "Senior Software Engineer", "2020-01", "2022-07", "London", [
            "Designed the double-entry ledger service in Java and PostgreSQL"]),
        W("Ọ̀ṣun Fintech", "Software Engineer", "2017-03", "2019-11", "Lagos", [
            "Built the card-issuing API used by 40 partner banks",
            "Cut reconciliation breaks by 70% with automated matching"]),
        W("Ọ̀ṣun Fintech", "Junior Software Engineer", "2015-10", "2017-02", "Lagos"),
        W("Yaba Code Bootcamp", "Teaching Assistant", "2015-03", "2015-09", "Lagos"),
    ],
    education=[
        E("University of Lagos", "B.Sc.", "Computer Science", "2010", "2014",
          "Second Class Upper"),
    ],
    skills=[S(None, "Java", "Kotlin", "PostgreSQL", "Kafka", "Payments", "Distributed Systems",
              "Team Leadership")],
    certificates=[Cert("AWS Certified Solutions Architect – Associate",
                       "Amazon Web Services", "2021")],
    languages=[L("English", "Native or bilingual proficiency"),
               L("Igbo", "Native or bilingual proficiency"),
               L("Yoruba", "Professional working proficiency")],
    style={"hv": 0, "date": "mon", "sep": " - ", "now": "Present", "hcolon": True,
           "capscontact": "labels", "pskills": "lines"},
    renders=["profile-txt", "linkedin-pdf-layout", "linkedin-pdf-raw", "caps-crlf-txt"],
))

add(person(
    "012",
    {"name": "Haruto Takahashi", "label": "Software Engineer (Search & Recommendation)",
     "email": "haruto.takahashi@example.net",
     "location": {"city": "Tokyo", "countryCode": "JP"}, "_country": "Japan",
     "summary": "Backend engineer working on search ranking and recommendation for "
                "e-commerce. Interested in information retrieval, Rust and reliable "
                "data pipelines.",
     "profiles": [{"network": "GitHub", "username": "htakahashi-ir",
                   "url": "https://github.com/htakahashi-ir"}]},
    work=[
        W("Sakura Marketplace K.K.", "Software Engineer", "2020-04", None, "Tokyo", [
            "Rewrote the product search ranker in Rust, halving CPU cost",
            "Built offline evaluation for ranking changes (NDCG, recall at 50)",
            "On-call owner for the search API serving 3,000 requests per second"]),
        W("Hoshizora Systems Co., Ltd.", "Associate Engineer", "2017-04", "2020-03", "Osaka", [
            "Maintained Java batch jobs for logistics customers",
            "Introduced Elasticsearch for order lookup"]),
    ],
    education=[
        E("Osaka University", "Master of Engineering", "Information Science", "2015", "2017"),
        E("Osaka University", "Bachelor of Engineering", "Electronic and Information "
          "Engineering", "2011", "2015"),
    ],
    skills=[S("Languages", "Rust", "Java", "Python", "SQL"),
            S("Search", "Elasticsearch", "Lucene", "Learning to Rank"),
            S("Data", "BigQuery", "Apache Beam", "Kafka")],
    certificates=[Cert("Applied Information Technology Engineer Examination",
                       "IPA Japan", "2018")],
    languages=[L("Japanese", "Native"), L("English", "Professional (TOEIC 905)")],
    style={"date": "yyyy.mm", "sep": " - ", "now": "Current", "role": "right",
           "group": False, "hstyle": "rule", "edu": "years", "degsep": ", ",
           "contact": "labels", "tsep": " ~ "},
    renders=["classic-txt", "classic-paged-txt", "table-w3m", "table-lynx"],
))

add(person(
    "013",
    {"name": "Siobhán Ní Bhriain", "label": "Software Developer (Health Tech)",
     "email": "siobhan.nibhriain@example.org", "phone": "+44 28 9649 6512",
     "location": {"city": "Belfast", "countryCode": "GB"}, "_country": "Northern Ireland",
     "summary": "Former intensive-care nurse turned software developer. I build clinical "
                "software with the people who use it, and I know what a 4 a.m. alarm "
                "screen needs to say."},
    work=[
        W("Larkspur Health Ltd", "Software Developer", "2021-09", None, "Belfast", [
            "Builds the medication-round app used on 60 hospital wards",
            "Added offline mode so rounds continue through network outages",
            "Runs usability sessions with nurses every sprint"]),
        W("Belfast City Hospital", "Clinical Informatics Nurse", "2019-05", "2021-08",
          "Belfast", [
              "Configured the electronic observation charts for critical care",
              "Trained 300 staff on the new e-prescribing system"]),
        W("Belfast City Hospital", "Staff Nurse, Intensive Care Unit", "2013-09", "2019-04",
          "Belfast"),
    ],
    education=[
        E("Queen's University Belfast", "MSc", "Software Development", "2019", "2020",
          "Distinction"),
        E("Ulster University", "BSc (Hons)", "Adult Nursing", "2010", "2013", "First-class honours"),
    ],
    skills=[S("Languages", "TypeScript", "C#", "SQL"),
            S("Frameworks", "React Native", ".NET", "Node.js"),
            S("Health standards", "HL7 FHIR", "SNOMED CT")],
    certificates=[Cert("NMC Registered Nurse (Adult)", "Nursing and Midwifery Council", "2013")],
    volunteer=[V("Code Club Belfast", "Volunteer Mentor", "2020-01", None,
                 "Weekly coding club for children aged 9-13.")],
    style={"hv": 4, "heads": {"work": "Career History", "education": "Qualifications",
                              "skills": "Technical Skills"},
           "date": "Month", "sep": " to ", "now": "present", "role": "at",
           "hstyle": "underline=", "edu": "degree", "degsep": " ", "contact": "line",
           "csep": " · ", "group": False},
    renders=["classic-nbsp-txt", "plain-md", "sidebar-pdf-layout", "sidebar-pdf-raw"],
))

add(person(
    "014",
    {"name": "Zeynep Yıldırım Çelik", "label": "Senior Mechanical Design Engineer",
     "email": "zeynep.celik@example.com",
     "location": {"city": "Bursa", "countryCode": "TR"}, "_country": "Türkiye",
     "summary": "Mechanical engineer designing thermal systems for electric vehicles. "
                "Inventor on four patent families in battery cooling.",
     "profiles": [{"network": "LinkedIn", "username": "zeynep-yildirim-celik",
                   "url": "linkedin.com/in/zeynep-yildirim-celik"}]},
    work=[
        W("Uludağ Electric Vehicles A.Ş.", "Senior Mechanical Design Engineer", "2020-02", None,
          "Bursa", [
              "Leads thermal design of the battery pack for a compact electric SUV",
              "Cut cold-plate pressure drop by 27% with topology optimisation",
              "Owns DFMEA for the cooling subsystem"]),
        W("Marmara Otomotiv Sanayi", "Design Engineer", "2015-07", "2020-01", "Kocaeli", [
            "Designed radiator and intercooler brackets for three vehicle programmes",
            "Ran CFD studies in STAR-CCM+ for underhood airflow"]),
        W("Marmara Otomotiv Sanayi", "Graduate Engineer", "2014-09", "2015-06", "Kocaeli"),
    ],
    education=[
        E("Middle East Technical University", "M.Sc.", "Mechanical Engineering", "2014", "2017",
          "3.71/4.00"),
        E("Istanbul Technical University", "B.Sc.", "Mechanical Engineering", "2010", "2014",
          "3.48/4.00"),
    ],
    skills=[S("CAD/CAE", "CATIA V5", "Siemens NX", "ANSYS Fluent", "STAR-CCM+"),
            S("Methods", "DFMEA", "GD&T", "Topology optimisation"),
            S("Programming", "Python", "MATLAB")],
    patents=[
        Pt("US 11,764,218", "Battery module cold plate with variable-pitch serpentine channels",
           "granted", "2023", _printed="US 11,764,218 B2"),
        Pt("EP 3 987 412", "Thermal interface arrangement for cylindrical cell modules",
           "granted", "2022", _printed="EP 3 987 412 B1"),
        Pt("WO 2023/105577", "Coolant manifold with integrated pressure relief for traction "
           "batteries", "filed", "2023", _printed="WO 2023/105577 A1"),
        Pt("TR 2022/015634", "Modular battery tray with crash-absorbing cooling channels",
           "filed", "2022"),
    ],
    languages=[L("Turkish", "Native"), L("English", "C1"), L("German", "A2")],
    style={"hv": 2, "date": "mm/yyyy", "sep": " – ", "now": "Present", "hcolon": True,
           "capscontact": "line", "csep": " | ", "edu": "degree", "degsep": " in ",
           "role": "comma",
           "order": ["summary", "work", "patents", "education", "skills", "languages"]},
    renders=["caps-txt", "twopage-pdf-layout", "twopage-lig-pdf-raw"],
))

add(person(
    "015",
    {"name": "Ji-woo Park", "label": "Android Engineer",
     "email": "jiwoo.park@example.org", "phone": "(206) 555-0147",
     "location": {"city": "Seattle", "region": "WA", "countryCode": "US"}, "_country": "USA",
     "profiles": [{"network": "GitHub", "username": "jiwoo-park-android",
                   "url": "github.com/jiwoo-park-android"}]},
    work=[
        W("Cascadia Rides Inc.", "Senior Android Engineer", "2022-05", None, "Seattle, WA", [
            "Led the rider app migration to Jetpack Compose",
            "Reduced cold start time from 2.4 s to 1.1 s"]),
        W("Hangang Mobile", "Android Developer", "2018-03", "2022-04", "Seoul, South Korea", [
            "Built the offline map feature for a hiking app with 2M installs",
            "Maintained the in-house analytics SDK"]),
    ],
    education=[
        E("Korea Advanced Institute of Science and Technology (KAIST)", "B.S.",
          "Computer Science", "2012", "2018", _notes=["Military service 2014-2016"]),
    ],
    skills=[S(None, "Kotlin", "Java", "Jetpack Compose", "Coroutines", "Room", "Gradle",
              "Firebase")],
    languages=[L("Korean", "Native"), L("English", "Full professional")],
    style={"hv": 3, "heads": {"skills": "Skills"}, "date": "mon", "sep": " — ",
           "now": "Now", "hcaps": True},
    renders=["onecol-w3m", "onecol-lynx", "onecol-pdf-raw", "onecol-pdf-layout"],
))

add(person(
    "016",
    {"name": "Ximena Guadalupe Ríos Zárate", "label": "Analista de Datos",
     "email": "ximena.rios@example.com",
     "location": {"city": "Guadalajara", "region": "Jalisco", "countryCode": "MX"},
     "_country": "México",
     "summary": "Profesora de matemáticas convertida en analista de datos. Me apasiona "
                "explicar con claridad lo que dicen los números."},
    work=[
        W("Agave Retail S.A. de C.V.", "Analista de Datos Sr.", "2023-01", None, "Guadalajara", [
            "Tableros de ventas en Power BI para 120 tiendas",
            "Modelo de pronóstico de inventario que redujo faltantes en 15%"]),
        W("Agave Retail S.A. de C.V.", "Analista de Datos Jr.", "2021-06", "2022-12",
          "Guadalajara", ["Automatización de reportes semanales con Python y SQL"]),
        W("Colegio Tapatío", "Profesora de Matemáticas", "2014-08", "2021-05", "Zapopan", [
            "Impartió álgebra y estadística a grupos de preparatoria",
            "Coordinó la olimpiada de matemáticas del colegio"]),
    ],
    education=[
        E("Universidad de Guadalajara", "Licenciatura", "Matemáticas", "2009", "2014"),
        E("Tecnológico de Monterrey", "Diplomado", "Ciencia de Datos", "2020", "2021"),
    ],
    skills=[S(None, "SQL", "Python", "pandas", "Power BI", "Excel", "Estadística")],
    certificates=[Cert("Google Data Analytics Professional Certificate", "Coursera", "2021")],
    languages=[L("Español", "nativo"), L("Inglés", "B2")],
    style={"lang": "es", "hv": 1, "date": "mon", "sep": " - ", "now": "actualidad",
           "role": "dash", "hstyle": "caps", "skills": "dots", "edu": "degree",
           "degsep": " en ", "contact": "line", "csep": " / ", "group": False},
    renders=["classic-mojibake-txt", "table-pdf-layout", "table-pdf-raw", "table-w3m"],
))

add(person(
    "017",
    {"name": "Björn Åkesson", "label": "Staff Site Reliability Engineer",
     "email": "bjorn.akesson@example.net", "phone": "+44 7700 900 236",
     "location": {"city": "Göteborg", "countryCode": "SE"}, "_country": "Sweden",
     "summary": "Operations engineer since the days of racks and pagers; now a staff SRE "
                "who designs for failure, writes the runbooks and teaches incident "
                "command. Took 2012 off to sail around the Baltic.",
     "url": "akesson.example.net"},
    work=[
        W("Havsörn Cloud AB", "Staff Site Reliability Engineer", "2021-01", None, "Göteborg", [
            "Sets reliability targets and error budgets for 60 services",
            "Led the incident-command programme; MTTR down from 3 h to 40 min"]),
        W("Havsörn Cloud AB", "Senior Site Reliability Engineer", "2018-04", "2020-12",
          "Göteborg", ["Moved the fleet from Puppet to Kubernetes and Terraform"]),
        W("Volvera Logistics AB", "Infrastructure Lead", "2015-09", "2018-03", "Göteborg", [
            "Ran a team of five for data-centre and network operations"]),
        W("Volvera Logistics AB", "Systems Engineer", "2013-02", "2015-08", "Göteborg"),
        W("Nordkap Hosting", "Linux Administrator", "2009-05", "2011-12", "Stockholm", [
            "Looked after 400 customer servers and the first on-call rota"]),
        W("Nordkap Hosting", "Support Technician", "2007-08", "2009-04", "Stockholm"),
        W("Stockholms stad", "IT Technician", "2005-06", "2007-07", "Stockholm"),
        W("Kvarnen Internetcafé", "Network Assistant", "2003-09", "2005-05", "Uppsala"),
    ],
    education=[
        E("Uppsala universitet", "Kandidatexamen", "Datavetenskap", "2002", "2005"),
    ],
    skills=[S("Platforms", "Linux", "Kubernetes", "AWS", "GCP"),
            S("Tooling", "Terraform", "Prometheus", "Grafana", "PagerDuty", "Ansible"),
            S("Languages", "Go", "Python", "Bash")],
    certificates=[Cert("Certified Kubernetes Administrator (CKA)", "The Linux Foundation",
                       "2019"),
                  Cert("Red Hat Certified Engineer (RHCE)", "Red Hat", "2010")],
    languages=[L("Swedish", "Native"), L("English", "Fluent"), L("Norwegian", "Good")],
    style={"hv": 3, "date": "yyyy-mm", "sep": " – ", "now": "present", "role": "first",
           "group": False, "hstyle": "underline-", "edu": "comma", "degsep": ", ",
           "contact": "stack", "hcolon": False},
    renders=["twopage-pdf-layout", "twopage-pdf-raw", "classic-txt", "caps-spaced-txt",
             "plain-md"],
))

add(person(
    "018",
    {"name": "Eleni Papadopoulou", "label": "Associate Professor of Computational Linguistics",
     "email": "eleni.papadopoulou@example.org", "phone": "+44 161 496 0734",
     "location": {"city": "Manchester", "countryCode": "GB"}, "_country": "UK",
     "url": "https://elenipapadopoulou.example.net",
     "summary": "Researcher in low-resource machine translation and the phonology of Greek "
                "dialects. Principal investigator on two funded projects; supervises six "
                "doctoral students."},
    work=[
        W("University of Manchester", "Associate Professor", "2020", None, "Manchester", [
            "Leads the Language Technology group (11 researchers)",
            "Teaches Natural Language Processing to 180 MSc students a year"]),
        W("University of Manchester", "Lecturer", "2016", "2020", "Manchester", [
            "Designed the undergraduate course in computational phonology"]),
        W("Universität des Saarlandes", "Postdoctoral Researcher", "2013", "2016",
          "Saarbrücken", ["Machine translation for Greek and Cypriot Greek dialects"]),
    ],
    education=[
        E("University of Edinburgh", "PhD", "Informatics", "2009", "2013"),
        E("National and Kapodistrian University of Athens", "MA", "Linguistics", "2007", "2009"),
        E("Aristotle University of Thessaloniki", "BA", "Greek Philology", "2003", "2007"),
    ],
    skills=[S("Research", "Machine translation", "Speech corpora", "Phonology"),
            S("Programming", "Python", "PyTorch", "R")],
    publications=[
        Pub("Dialect-aware neural machine translation for Greek",
            "Transactions of the Association for Computational Linguistics", "2023"),
        Pub("Low-resource transfer for Cypriot Greek speech recognition",
            "Proceedings of Interspeech", "2021"),
        Pub("Vowel reduction in Northern Greek dialects: a corpus study",
            "Journal of Greek Linguistics", "2018"),
        Pub("Phrase-based translation with morphological back-off", "Machine Translation",
            "2014"),
    ],
    awards=[Aw("Best Paper Award", "EAMT Conference", "2019"),
            Aw("Early Career Research Fellowship", "Leverhulme Trust", "2017")],
    languages=[L("Greek", "Native"), L("English", "C2"), L("German", "C1")],
    style={"hv": 0, "date": "mon", "sep": " – ", "now": "Present", "role": "at",
           "group": False, "hstyle": "caps", "edu": "degree", "degsep": ", ",
           "contact": "labels",
           "order": ["summary", "work", "education", "publications", "awards", "skills",
                     "languages"]},
    renders=["europass-pdf-layout", "europass-pdf-raw", "plain-md", "classic-hyphen-txt"],
))

add(person(
    "019",
    {"name": "Oleksandr Kovalenko", "label": "Application Security Engineer",
     "email": "o.kovalenko@example.com",
     "location": {"city": "Warsaw", "region": "Mazowieckie", "countryCode": "PL"},
     "_country": "Poland",
     "summary": "Security engineer from Kharkiv, now in Warsaw. I find vulnerabilities "
                "before attackers do and help developers fix them for good.",
     "profiles": [{"network": "LinkedIn", "username": "okovalenko-appsec",
                   "url": "linkedin.com/in/okovalenko-appsec"}]},
    work=[
        W("Wisła Bank S.A.", "Application Security Engineer", "2022-06", None, "Warsaw", [
            "Runs threat modelling for all new customer-facing services",
            "Built SAST and dependency scanning into 200 GitLab pipelines"]),
        W("Slobozhanshchyna Soft", "Penetration Tester", "2018-09", "2022-03", "Kharkiv", [
            "Web and mobile penetration tests for 50+ clients",
            "Found and reported 14 CVEs in open-source software"]),
        W("Slobozhanshchyna Soft", "PHP Developer", "2016-07", "2018-08", "Kharkiv"),
    ],
    education=[
        E("V. N. Karazin Kharkiv National University", "Specialist degree",
          "Information Security", "2011", "2016"),
    ],
    skills=[S(None, "Threat Modeling", "Penetration Testing", "Burp Suite", "OWASP",
              "Python", "Go", "Semgrep")],
    certificates=[Cert("Offensive Security Certified Professional (OSCP)", "OffSec", "2019"),
                  Cert("Certified Information Systems Security Professional (CISSP)",
                       "ISC2", "2023")],
    languages=[L("Ukrainian", "Native"), L("English", "C1"), L("Polish", "B2")],
    style={"date": "mon", "sep": " - ", "now": "Present", "role": "pipe", "group": False,
           "hstyle": "underline-", "skills": "bullets", "edu": "inst", "pskills": "lines",
           "contact": "line", "csep": " | "},
    renders=["profile-txt", "classic-txt", "onecol-lynx"],
))

add(person(
    "020",
    {"name": "Marcus T. Whitfield", "label": "Engineering Manager",
     "email": "marcus.whitfield@example.com", "phone": "312.555.0178",
     "location": {"city": "Chicago", "region": "IL", "countryCode": "US"}, "_country": "",
     "summary": "Engineering manager with 12 years in logistics and insurance software. "
                "I build teams that deliver predictably without burning out.",
     "profiles": [{"network": "LinkedIn", "username": "marcuswhitfield-em",
                   "url": "linkedin.com/in/marcuswhitfield-em"}]},
    work=[
        W("Lakeshore Freight Technologies", "Engineering Manager", "2021-03", None,
          "Chicago, IL", [
              "Manages two teams (14 engineers) owning routing and dispatch",
              "Hired 9 engineers; team attrition 5% against 18% company-wide"]),
        W("Lakeshore Freight Technologies", "Senior Software Engineer", "2018-06", "2021-02",
          "Chicago, IL", ["Rebuilt the load-matching engine in Scala"]),
        W("Prairie Mutual Insurance", "Software Engineer II", "2015-01", "2018-05",
          "Naperville, IL", ["Claims intake APIs in Java and Spring"]),
        W("Prairie Mutual Insurance", "Software Engineer", "2013-07", "2014-12",
          "Naperville, IL"),
    ],
    education=[
        E("University of Illinois Urbana-Champaign", "B.S.", "Computer Science", "2009", "2013",
          "3.6/4.0"),
    ],
    skills=[S("Leadership", "Hiring", "Coaching", "Roadmapping", "Agile delivery"),
            S("Technical", "Java", "Scala", "AWS", "PostgreSQL", "Kafka")],
    style={"date": "m/yy", "sep": " - ", "now": "Present", "role": "pipe", "group": False,
           "hstyle": "caps", "hcolon": False, "edu": "comma", "degsep": ", ",
           "contact": "line", "csep": " | ", "capscontact": "line", "paper": "Letter",
           "heads": {"work": "Employment History"}},
    renders=["caps-txt", "classic-txt", "linkedin-pdf-layout", "linkedin-pdf-raw"],
))

add(person(
    "021",
    {"name": "Wanjiru Kamau", "label": "Product Manager, Mobile Money",
     "email": "wanjiru.kamau@example.org",
     "location": {"city": "Nairobi", "countryCode": "KE"}, "_country": "Kenya",
     "summary": "Product manager for mobile financial services in East Africa. Former "
                "agent-network analyst who still visits agents every month.",
     "profiles": [{"network": "LinkedIn", "username": "wanjiru-kamau-pm",
                   "url": "linkedin.com/in/wanjiru-kamau-pm"}]},
    work=[
        W("Savanna Mobile Money Ltd", "Senior Product Manager", "2021-10", None, "Nairobi", [
            "Owns merchant payments: 120,000 merchants, 9M transactions a month",
            "Launched buy-now-pay-later with two partner lenders"]),
        W("Savanna Mobile Money Ltd", "Product Manager", "2019-02", "2021-09", "Nairobi", [
            "Launched the agent float-loan product in Kenya and Uganda"]),
        W("Rift Valley Research Group", "Data Analyst, Agent Networks", "2016-01", "2019-01",
          "Nakuru", ["Field surveys and analysis of 5,000 mobile-money agents"]),
    ],
    education=[
        E("Strathmore University", "MBA", None, "2018", "2020"),
        E("University of Nairobi", "BSc", "Economics and Statistics", "2011", "2015",
          "First Class Honours"),
    ],
    skills=[S(None, "Product discovery", "USSD", "Payments", "SQL", "Experimentation",
              "Stakeholder management")],
    languages=[L("English", "Fluent"), L("Swahili", "Fluent"), L("Kikuyu", "Native")],
    volunteer=[V("Girls Who Code Nairobi", "Mentor", "2020-03", None)],
    style={"hv": 2, "heads": {"skills": "Core Competencies"}, "date": "month", "sep": " – ",
           "now": "Current", "srole": "own", "hcaps": False},
    renders=["setext-md", "sidebar-w3m", "sidebar-lynx"],
))

add(person(
    "022",
    {"name": "Andreea Ștefănescu", "label": "Dezvoltator Java Senior",
     "email": "andreea.stefanescu@example.com",
     "location": {"city": "Cluj-Napoca", "region": "Cluj", "countryCode": "RO"},
     "_country": "România",
     "summary": "Dezvoltator backend cu nouă ani de experiență în Java și Spring, în "
                "domeniul asigurărilor și al telecomunicațiilor."},
    work=[
        W("Someș Software SRL", "Dezvoltator Java Senior", "2020-07", None, "Cluj-Napoca", [
            "Arhitectura serviciilor de tarifare pentru un operator de telecomunicații",
            "Mentorat pentru patru dezvoltatori juniori"]),
        W("Carpați Asigurări S.A.", "Dezvoltator Java", "2016-03", "2020-06", "Cluj-Napoca", [
            "Dezvoltarea platformei de daune în Spring Boot și Oracle"]),
        W("Carpați Asigurări S.A.", "Stagiar dezvoltare software", "2015-07", "2016-02",
          "Cluj-Napoca"),
    ],
    education=[
        E("Universitatea Babeș-Bolyai", "Master", "Inginerie software", "2015", "2017"),
        E("Universitatea Babeș-Bolyai", "Licență", "Informatică", "2012", "2015"),
    ],
    skills=[S(None, "Java", "Spring Boot", "Hibernate", "Oracle", "PostgreSQL", "Kafka",
              "Docker", "Microservicii")],
    certificates=[Cert("Oracle Certified Professional, Java SE 11 Developer", "Oracle",
                       "2021")],
    languages=[L("Română", "Limba maternă"), L("Engleză", "C1"), L("Maghiară", "B1")],
    style={"lang": "ro", "date": "mm.yyyy", "sep": " - ", "now": "Prezent", "role": "own",
           "group": False, "hstyle": "colon", "edu": "inst", "degsep": " în ",
           "contact": "labels"},
    renders=["classic-txt", "europass-pdf-layout", "europass-pdf-raw", "europass-w3m"],
))

add(person(
    "023",
    {"name": "Tomáš Dvořák", "label": "Gameplay Programmer",
     "email": "tomas.dvorak@example.net",
     "location": {"city": "Brno", "countryCode": "CZ"}, "_country": "Czech Republic",
     "profiles": [{"network": "GitHub", "username": "tdvorak-games",
                   "url": "github.com/tdvorak-games"}],
     "summary": "Gameplay programmer who shipped three console titles. C++ by day, "
                "tiny game jams by night."},
    work=[
        W("Vltava Interactive s.r.o.", "Senior Gameplay Programmer", "2021-11", None, "Brno", [
            "Owns the combat and AI systems of an unannounced action game",
            "Cut frame time of AI updates by 35% with job-system batching"]),
        W("Vltava Interactive s.r.o.", "Gameplay Programmer", "2018-09", "2021-10", "Brno", [
            "Shipped Iron Meadow on PC, PlayStation and Xbox"]),
        W("Pixel Hrad", "Junior Programmer", "2016-07", "2018-08", "Praha", [
            "Tools and UI for two mobile puzzle games"]),
    ],
    education=[
        E("Vysoké učení technické v Brně", "Ing.", "Computer Graphics and Multimedia",
          "2014", "2016"),
        E("Vysoké učení technické v Brně", "Bc.", "Information Technology", "2011", "2014"),
    ],
    skills=[S("Languages", "C++", "C#", "Lua", "Python"),
            S("Engines", "Unreal Engine", "Unity", "in-house engines"),
            S("Other", "Perforce", "RenderDoc", "Multithreading")],
    projects=[Pj("Lantern Moth (game jam)", None, "2023-01", "2023-01",
                 "Ludum Dare entry, placed 12th of 1,800 in innovation.")],
    style={"hv": 1, "date": "mon", "sep": " – ", "now": "Present", "hcaps": True},
    renders=["caps-txt", "onecol-pdf-layout", "onecol-pdf-raw", "onecol-lynx"],
))

add(person(
    "024",
    {"name": "Youssef El-Sayed Mahmoud", "label": "Cloud Solutions Architect",
     "email": "youssef.elsayed@example.com", "phone": "0044 20 7946 0652",
     "location": {"city": "Dubai", "countryCode": "AE"}, "_country": "United Arab Emirates",
     "summary": "Solutions architect helping banks and airlines move to the cloud "
                "safely. Twelve years from network engineering to multi-cloud design."},
    work=[
        W("Falcon Cloud Consulting FZ-LLC", "Principal Cloud Architect", "2022-02", None, "Dubai", [
            "Designs landing zones on Azure and AWS for regulated clients",
            "Led the migration of an airline's booking platform (220 VMs)"]),
        W("Nile Systems Integration", "Cloud Architect", "2018-05", "2022-01", "Cairo", [
            "Built the hybrid-cloud practice from 2 to 25 engineers"]),
        W("Nile Systems Integration", "Senior Network Engineer", "2015-03", "2018-04",
          "Cairo"),
        W("Delta Telecom Egypt", "Network Engineer", "2012-09", "2015-02", "Alexandria", [
            "MPLS backbone operations for 300 sites"]),
    ],
    education=[
        E("Cairo University", "B.Sc.", "Communications and Electronics Engineering", "2007",
          "2012", "Very Good with Honours"),
    ],
    skills=[S("Cloud", "Azure", "AWS", "Terraform", "Landing zones"),
            S("Networking", "BGP", "MPLS", "SD-WAN"),
            S("Security", "Zero trust", "Azure AD", "Key Vault")],
    certificates=[Cert("Microsoft Certified: Azure Solutions Architect Expert", "Microsoft",
                       "2021"),
                  Cert("AWS Certified Solutions Architect – Professional",
                       "Amazon Web Services", "2022"),
                  Cert("Cisco Certified Network Professional (CCNP)", "Cisco", "2015")],
    languages=[L("Arabic", "Native"), L("English", "Fluent"), L("French", "Intermediate")],
    style={"hv": 2, "date": "mon", "sep": " to ", "now": "date", "role": "pipe",
           "group": False, "hstyle": "underline-", "edu": "degree", "degsep": " in ",
           "contact": "labels", "tsep": " to "},
    renders=["classic-txt", "plain-md", "table-w3m", "table-lynx"],
))

add(person(
    "025",
    {"name": "Chloe Nguyen-Walsh", "label": "Senior Product Designer",
     "email": "chloe.nw@example.com", "phone": "0491 570 313",
     "location": {"city": "Sydney", "region": "NSW", "countryCode": "AU"},
     "_country": "Australia",
     "url": "chloenguyenwalsh.example.com",
     "summary": "Product designer with a research habit. I design calm interfaces for "
                "complicated things: superannuation, energy bills, hospital rosters."},
    work=[
        W("Wattle Energy", "Senior Product Designer", "2022-07", None, "Sydney", [
            "Redesigned the bill explainer; calls to support down 18%"]),
        W("Banksia Super", "Product Designer", "2019-02", "2022-06", "Sydney", [
            "Designed the retirement-income calculator used by 300k members",
            "Set up the design system in Figma with engineering"]),
        W("Gumtree Street Studio", "UX/UI Designer", "2016-11", "2019-01", "Melbourne"),
    ],
    education=[
        E("University of Technology Sydney", "Bachelor of Design", "Visual Communication",
          "2012", "2015", "Distinction average"),
    ],
    skills=[S(None, "User Research", "Interaction Design", "Figma", "Prototyping",
              "Accessibility", "Design Systems")],
    awards=[Aw("Good Design Award, Digital", "Good Design Australia", "2023")],
    style={"date": "mon", "sep": " – ", "now": "Present", "pskills": "glued",
           "hcaps": False},
    renders=["profile-txt", "onecol-w3m", "onecol-pdf-layout"],
))
