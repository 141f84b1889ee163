"""Corpus people 001-010.  Every person, company and number is invented;
phone numbers are from ranges set aside for fiction; e-mail addresses and
web sites are under example.org, example.com and example.net."""
from model import Aw, Cert, E, L, Pj, Pt, Pub, S, V, W, person

PEOPLE = []
add = PEOPLE.append

add(person(
    "001",
    {"name": "Ingrid Solberg", "label": "Senior Backend Engineer",
     "email": "ingrid.solberg@example.org", "phone": "+44 7700 900 417",
     "location": {"city": "Oslo", "countryCode": "NO"}, "_country": "Norway",
     "summary": "Backend engineer with ten years of experience building payment and "
                "energy-trading systems in Go and Kotlin. Happiest owning a service end to "
                "end, from the schema to the on-call rotation.",
     "profiles": [{"network": "LinkedIn", "username": "ingrid-solberg-4b2a17",
                   "url": "linkedin.com/in/ingrid-solberg-4b2a17"},
                  {"network": "GitHub", "username": "isolberg-dev",
                   "url": "github.com/isolberg-dev"}]},
    work=[
        W("Fabrikam Payments", "Senior Backend Engineer", "2021-03", None, "Oslo", [
            "Led the move of card settlement from nightly batches to a Kafka event stream",
            "Cut p99 latency of the authorisation API from 480 ms to 95 ms",
            "Mentors four engineers and runs the backend guild"]),
        W("Fabrikam Payments", "Backend Engineer", "2018-09", "2021-02", "Oslo", [
            "Built the merchant onboarding service in Go with PostgreSQL",
            "Introduced contract tests between twelve internal services"]),
        W("Nordlys Energi AS", "Software Developer", "2015-08", "2018-08", "Bergen", [
            "Wrote the intraday power-trading gateway in Kotlin",
            "Automated settlement reports that took analysts two days a month"]),
    ],
    education=[
        E("Norwegian University of Science and Technology (NTNU)", "MSc", "Computer Science",
          "2013", "2015"),
        E("University of Bergen", "BSc", "Informatics", "2010", "2013"),
    ],
    skills=[S("Languages", "Go", "Kotlin", "Python", "SQL"),
            S("Infrastructure", "Kubernetes", "PostgreSQL", "Kafka", "Terraform")],
    languages=[L("Norwegian", "Native"), L("English", "C2"), L("German", "B1")],
    style={"hv": 1, "role": "pipe", "date": "mon", "sep": " – ", "csep": " | ",
           "hstyle": "underline-", "edu": "degree", "langs": "inline"},
    renders=["classic-txt", "plain-md", "onecol-w3m", "onecol-lynx", "onecol-pdf-layout",
             "onecol-pdf-raw"],
))

add(person(
    "002",
    {"name": "Katharina Böhm", "label": "Senior Softwareentwicklerin Embedded Systems",
     "email": "katharina.boehm@example.org",
     "location": {"city": "München", "region": "Bayern", "countryCode": "DE"},
     "_country": "Deutschland",
     "summary": "Embedded-Entwicklerin mit Schwerpunkt auf sicherheitskritischer Software "
                "für Fahrzeugsteuergeräte. Erfahrung von der Anforderung bis zur "
                "Serienfreigabe nach ISO 26262."},
    work=[
        W("Adler Mobility GmbH", "Senior Softwareentwicklerin Embedded", "2021-04", None,
          "München", [
              "Technische Leitung der Bremsregelungssoftware für zwei Fahrzeugplattformen",
              "Einführung statischer Codeanalyse mit Polyspace in die CI-Pipeline"]),
        W("Adler Mobility GmbH", "Softwareentwicklerin Embedded", "2018-03", "2021-03",
          "München", [
              "Entwicklung von AUTOSAR-Komponenten in C für Lenkungssteuergeräte",
              "Hardware-in-the-Loop-Tests mit dSPACE und Vector CANoe"]),
        W("Brenner Automotive Systems GmbH", "Werkstudentin Softwaretest", "2016-10", "2018-02",
          "Regensburg", ["Automatisierung von Regressionstests in Python"]),
        W("Ostbayerische Technische Hochschule Regensburg", "Studentische Hilfskraft",
          "2015-04", "2016-09", "Regensburg"),
    ],
    education=[
        E("Ostbayerische Technische Hochschule Regensburg", "M.Eng.",
          "Elektro- und Informationstechnik", "2016", "2018", "1,4", _score="Note: 1,4"),
        E("Ostbayerische Technische Hochschule Regensburg", "B.Eng.", "Elektrotechnik",
          "2012", "2016", "1,7", _score="Note: 1,7"),
    ],
    skills=[S("Programmiersprachen", "C", "C++", "Python"),
            S("Werkzeuge", "Git", "Jenkins", "Vector CANoe", "dSPACE", "Polyspace"),
            S("Normen", "AUTOSAR", "ISO 26262", "MISRA C")],
    languages=[L("Deutsch", "Muttersprache"), L("Englisch", "C1"), L("Französisch", "A2")],
    style={"lang": "de", "role": "first", "date": "mm/yyyy", "sep": " – ", "now": "heute",
           "contact": "labels", "hstyle": "underline=", "edu": "inst", "degsep": " ",
           "hv": 0, "group": False},
    renders=["classic-txt", "europass-pdf-layout", "europass-pdf-raw", "sidebar-w3m"],
))

add(person(
    "003",
    {"name": "Élise Marchand", "label": "Data Scientist senior",
     "email": "elise.marchand@example.com", "phone": "+33 6 39 98 42 17",
     "location": {"city": "Lyon", "countryCode": "FR"}, "_country": "France",
     "summary": "Data scientist spécialisée en prévision de séries temporelles et en "
                "modèles de risque. J'aime transformer un besoin métier flou en un modèle "
                "mesurable et maintenu en production."},
    work=[
        W("Lumière Analytics SAS", "Data Scientist senior", "2021-01", None, "Lyon", [
            "Conception d'un modèle de prévision de la demande électrique à 48 heures",
            "Encadrement de deux data scientists juniors et d'une alternante"]),
        W("Lumière Analytics SAS", "Data Scientist", "2019-02", "2020-12", "Lyon", [
            "Mise en production de modèles de churn avec MLflow et Airflow"]),
        W("Crédit Rhodanien", "Analyste statisticienne", "2016-09", "2019-01", "Lyon", [
            "Modèles de score d'octroi de crédit à la consommation",
            "Automatisation du reporting réglementaire en R"]),
    ],
    education=[
        E("École nationale de la statistique et de l'analyse de l'information (Ensai)",
          "Diplôme d'ingénieur", "Statistique et science des données", "2013", "2016"),
        E("Lycée du Parc", "Classe préparatoire", "MP", "2011", "2013"),
    ],
    skills=[S("Langages", "Python", "R", "SQL"),
            S("Outils", "scikit-learn", "PyTorch", "MLflow", "Airflow", "Spark"),
            S("Méthodes", "Séries temporelles", "Inférence bayésienne", "Tests A/B")],
    projects=[Pj("Prévision de la demande électrique", "Lumière Analytics SAS", "2022-03",
                 "2022-11", "Modèle de gradient boosting et réseau récurrent, erreur "
                 "réduite de 18 %.")],
    awards=[Aw("Prix du meilleur mémoire", "Ensai", "2016")],
    languages=[L("Français", "langue maternelle"), L("Anglais", "C1"), L("Espagnol", "B1")],
    style={"lang": "fr", "date": "month", "sep": " – ", "now": "actuel",
           "role": "dash", "hv": 1, "hcolon": True, "edu": "degree", "degsep": ", ",
           "capscontact": "line", "csep": " · "},
    renders=["caps-txt", "sidebar-pdf-layout", "sidebar-pdf-raw", "table-w3m"],
))

add(person(
    "004",
    {"name": "José Ángel Núñez Ortega", "label": "Ingeniero DevOps",
     "email": "joseangel.nunez@example.org",
     "location": {"city": "Madrid", "countryCode": "ES"}, "_country": "España",
     "summary": "Ingeniero DevOps con ocho años de experiencia automatizando "
                "infraestructura en la nube y on-premise. Defensor de la "
                "observabilidad y de las guardias sostenibles.",
     "profiles": [{"network": "LinkedIn", "username": "jose-angel-nunez-ortega-91d0c3",
                   "url": "https://www.linkedin.com/in/jose-angel-nunez-ortega-91d0c3"}]},
    work=[
        W("Olivar Cloud S.L.", "Ingeniero DevOps", "2022-03", None, "Madrid", [
            "Migración de 140 servicios a Kubernetes con Argo CD",
            "Reducción del coste mensual de AWS en un 32 %"]),
        W("Giralda Software S.A.", "Administrador de sistemas", "2018-06", "2022-02",
          "Sevilla", [
              "Automatización del aprovisionamiento con Ansible y Terraform",
              "Implantación de Prometheus y Grafana para 300 servidores"]),
        W("Giralda Software S.A.", "Técnico de soporte", "2016-09", "2018-05", "Sevilla"),
    ],
    education=[
        E("Universidad de Sevilla", "Grado", "Ingeniería Informática", "2011", "2016",
          "7,8", _score="Nota media: 7,8"),
    ],
    skills=[S(None, "Kubernetes", "Terraform", "Ansible", "AWS", "GitLab CI", "Prometheus",
              "Grafana", "Bash", "Python")],
    certificates=[
        Cert("Certified Kubernetes Administrator (CKA)", "The Linux Foundation", "2023"),
        Cert("AWS Certified SysOps Administrator – Associate", "Amazon Web Services", "2021")],
    languages=[L("Español", "nativo"), L("Inglés", "B2")],
    style={"lang": "es", "date": "month", "sep": " – ", "since": True, "role": "pipe",
           "hv": 1, "skills": "pipes", "hstyle": "capscolon", "degsep": " en ",
           "contact": "line", "csep": " · "},
    renders=["classic-txt", "plain-md", "table-lynx", "table-pdf-layout"],
))

add(person(
    "005",
    {"name": "Chiara Bellandi", "_name": "Dr. Chiara Bellandi",
     "label": "Postdoctoral Research Associate in Machine Learning for Physics",
     "email": "c.bellandi@example.org",
     "phone": "+44 131 496 0572",
     "location": {"city": "Edinburgh", "countryCode": "GB"}, "_country": "United Kingdom",
     "url": "chiarabellandi.example.net",
     "summary": "Physicist working on machine learning for particle-track reconstruction "
                "and scientific simulation. Eight peer-reviewed papers, two open-source "
                "libraries, and a taste for careful benchmarks."},
    work=[
        W("University of Edinburgh", "Postdoctoral Research Associate", "2022-10", None,
          None, [
              "Marie Skłodowska-Curie fellow in the School of Informatics",
              "Develops graph neural networks for real-time track finding",
              "Co-supervises three PhD students"]),
        W("Università di Pisa", "Research Fellow (Assegnista di ricerca)", "2020-11",
          "2022-09", None, [
              "Built a differentiable detector simulation in JAX",
              "Taught the graduate course Statistical Methods for Physics"]),
        W("Università di Pisa", "Teaching Assistant", "2017-10", "2020-10", None, [
            "Laboratory sessions for first-year physics, 60 students a term"]),
    ],
    education=[
        E("Università di Pisa", "PhD", "Physics", "2016", "2020"),
        E("Università degli Studi di Firenze", "Laurea Magistrale", "Physics", "2014", "2016",
          "110/110 cum laude"),
        E("Università degli Studi di Firenze", "Laurea Triennale", "Physics", "2011", "2014"),
    ],
    skills=[S("Programming", "Python", "C++", "Julia"),
            S("Machine learning", "PyTorch", "JAX", "scikit-learn"),
            S("Computing", "Slurm", "MPI", "CUDA")],
    publications=[
        Pub("Sparse attention for real-time particle track reconstruction",
            "Journal of Instrumentation", "2024",
            _text="C. Bellandi, M. Rinaldi, T. Okafor. Sparse attention for real-time "
                  "particle track reconstruction. Journal of Instrumentation 19, 2024."),
        Pub("A differentiable simulator for silicon trackers",
            "Computer Physics Communications", "2022",
            _text="C. Bellandi, L. Ferrante. A differentiable simulator for silicon "
                  "trackers. Computer Physics Communications 281, 2022."),
        Pub("Graph networks meet Kalman filters", "NeurIPS Workshop on Machine Learning "
            "and the Physical Sciences", "2021",
            _text="C. Bellandi. Graph networks meet Kalman filters. NeurIPS Workshop on "
                  "Machine Learning and the Physical Sciences, 2021."),
    ],
    awards=[Aw("Marie Skłodowska-Curie Postdoctoral Fellowship", "European Commission",
               "2022")],
    languages=[L("Italian", "Native"), L("English", "C2"), L("French", "B1")],
    style={"heads": {"work": "Research Experience", "education": "Education",
                     "skills": "Skills"},
           "role": "first", "date": "mon", "sep": " – ", "now": "present",
           "edu": "years", "degsep": " in ", "contact": "stack", "hstyle": "caps",
           "order": ["summary", "work", "education", "publications", "awards", "skills",
                     "languages"]},
    renders=["twopage-pdf-layout", "twopage-pdf-raw", "classic-txt", "plain-md"],
))

add(person(
    "006",
    {"name": "João Victor Araújo", "label": "Senior Front-end Engineer | React · TypeScript",
     "email": "jv.araujo@example.com",
     "location": {"city": "São Paulo", "region": "SP", "countryCode": "BR"},
     "_country": "Brazil",
     "summary": "Front-end engineer who cares about accessible, fast interfaces. I lead "
                "the design-system work at Ipê Commerce and have shipped checkout flows "
                "used by millions of shoppers.",
     "profiles": [{"network": "LinkedIn", "username": "joaovaraujo-7c1e9a",
                   "url": "www.linkedin.com/in/joaovaraujo-7c1e9a"}]},
    work=[
        W("Ipê Commerce", "Senior Front-end Engineer", "2022-01", None,
          "São Paulo, São Paulo, Brazil", [
              "Leads the design system used by 14 product teams",
              "Cut checkout bundle size by 41% with route-level code splitting"]),
        W("Ipê Commerce", "Front-end Engineer", "2020-03", "2021-12",
          "São Paulo, São Paulo, Brazil", [
              "Rebuilt the product page in React and TypeScript"]),
        W("Cajá Digital", "Web Developer", "2017-07", "2020-02", "Campinas, São Paulo, Brazil", [
            "Built marketing sites and e-commerce storefronts for 30+ clients"]),
        W("Cajá Digital", "Web Development Intern", "2016-08", "2017-06",
          "Campinas, São Paulo, Brazil"),
    ],
    education=[
        E("Universidade Estadual de Campinas", "Bachelor's degree", "Computer Engineering",
          "2013", "2018"),
    ],
    skills=[S(None, "React", "TypeScript", "Next.js", "GraphQL", "Web Accessibility",
              "Design Systems", "Jest")],
    certificates=[Cert("Professional Scrum Master I", "Scrum.org", "2021")],
    languages=[L("Portuguese", "Native or bilingual proficiency"),
               L("English", "Full professional proficiency"),
               L("Spanish", "Limited working proficiency")],
    style={"ptype": "Full-time", "pskills": "lines"},
    renders=["profile-txt", "linkedin-pdf-layout", "linkedin-pdf-raw"],
))

add(person(
    "007",
    {"name": "Femke van Dijk", "label": "Senior Product Manager",
     "email": "femke.vandijk@example.org",
     "location": {"city": "Utrecht", "countryCode": "NL"}, "_country": "Nederland",
     "summary": "Productmanager met een achtergrond in bankieren en mobiliteit. Na een "
                "sabbatical in 2014 heb ik me gespecialiseerd in datagedreven "
                "productontwikkeling voor consumentenapps."},
    work=[
        W("Tulp Mobility B.V.", "Senior Product Manager", "2021-03", None, "Utrecht", [
            "Verantwoordelijk voor de deelfiets-app met 400.000 maandelijkse gebruikers",
            "Conversie van het abonnement verhoogd met 23% door herontwerp van de onboarding"]),
        W("Grachten Bank N.V.", "Product Owner", "2018-01", "2021-02", "Amsterdam", [
            "Product owner van de mobiele betaalapp voor particulieren",
            "Introductie van kwartaalplanning met OKR's voor vier teams"]),
        W("Grachten Bank N.V.", "Business Analist", "2015-09", "2017-12", "Amsterdam"),
        W("Café De Zon", "Bedrijfsleider", "2012-06", "2014-03", "Groningen"),
    ],
    education=[
        E("Rijksuniversiteit Groningen", "MSc", "Technology Management", "2010", "2012"),
        E("Rijksuniversiteit Groningen", "BSc", "Bedrijfskunde", "2007", "2010"),
    ],
    skills=[S(None, "Productstrategie", "Roadmapping", "Scrum", "SQL", "Figma", "Jira",
              "A/B-testen", "Stakeholdermanagement")],
    languages=[L("Nederlands", "moedertaal"), L("Engels", "C2"), L("Duits", "B2")],
    volunteer=[V("Hockeyclub Kromme Rijn", "Penningmeester", "2019-01", None)],
    style={"lang": "nl", "date": "mon", "sep": " – ", "role": "dash", "hstyle": "colon",
           "edu": "comma", "degsep": " ", "contact": "line", "csep": " • ", "group": False},
    renders=["classic-txt", "setext-md", "onecol-w3m"],
))

add(person(
    "008",
    {"name": "Małgorzata Wiśniewska", "label": "Senior QA Engineer / Test Automation",
     "email": "m.wisniewska@example.com",
     "location": {"city": "Kraków", "countryCode": "PL"}, "_country": "Polska",
     "summary": "Inżynierka QA z dziewięcioletnim doświadczeniem w testowaniu gier i "
                "aplikacji webowych. Buduję automatyzację testów, której zespoły "
                "deweloperskie naprawdę ufają."},
    work=[
        W("Wawel Games S.A.", "Senior QA Engineer", "2020-05", None, "Kraków", [
            "Zbudowałam framework testów end-to-end w Playwright dla platformy sklepu z grami",
            "Skróciłam czas testów regresyjnych z trzech dni do czterech godzin"]),
        W("Smok Software sp. z o.o.", "QA Engineer", "2017-02", "2020-04", "Kraków", [
            "Automatyzacja testów API w Javie z REST Assured"]),
        W("Smok Software sp. z o.o.", "Junior Tester", "2015-10", "2017-01", "Kraków"),
    ],
    education=[
        E("Akademia Górniczo-Hutnicza im. Stanisława Staszica w Krakowie",
          "magister inżynier", "Informatyka", "2013", "2015"),
        E("Akademia Górniczo-Hutnicza im. Stanisława Staszica w Krakowie", "inżynier",
          "Informatyka", "2009", "2013"),
    ],
    skills=[S("Automatyzacja", "Selenium", "Playwright", "Cypress", "REST Assured"),
            S("Języki", "Java", "TypeScript", "Python"),
            S("Narzędzia", "Jira", "TestRail", "Jenkins", "Docker")],
    certificates=[
        Cert("ISTQB Certified Tester Foundation Level", "ISTQB", "2016"),
        Cert("ISTQB Advanced Level Test Automation Engineer", "ISTQB", "2019")],
    languages=[L("polski", "ojczysty"), L("angielski", "C1"), L("niemiecki", "A2")],
    style={"lang": "pl", "date": "mm.yyyy", "sep": " – ", "role": "pipe", "hv": 0,
           "hcolon": False, "edu": "degree", "degsep": ", ", "capscontact": "labels"},
    renders=["caps-txt", "europass-pdf-layout", "europass-pdf-raw"],
))

add(person(
    "009",
    {"name": "Lakshmi Narayanan Subramaniam", "label": "Principal Firmware Engineer",
     "email": "lakshmi.n.subramaniam@example.org",
     "location": {"city": "Bengaluru", "region": "Karnataka", "countryCode": "IN"},
     "_country": "India",
     "summary": "Firmware and networking engineer with 14 years in embedded Linux, RTOS "
                "and packet processing. Three patents in network-interface design.",
     "profiles": [{"network": "GitHub", "username": "lnsubramaniam",
                   "url": "github.com/lnsubramaniam"}]},
    work=[
        W("Vyoma Networks Pvt Ltd", "Principal Engineer", "2019-07", None, "Bengaluru", [
            "Architect of the edge-router firmware platform shipped on 200K+ devices",
            "Designed the secure-boot and attestation chain for line cards"]),
        W("Kaveri Semiconductors", "Senior Firmware Engineer", "2014-03", "2019-06",
          "Bengaluru", [
              "Owned the DPDK poll-mode driver for the 25G NIC family",
              "Brought up three SoC boards from first silicon"]),
        W("Kaveri Semiconductors", "Firmware Engineer", "2011-08", "2014-02", "Bengaluru", [
            "FreeRTOS drivers for the management controller"]),
        W("Deccan Infotech", "Trainee Engineer", "2010-07", "2011-07", "Hyderabad"),
    ],
    education=[
        E("PSG College of Technology, Coimbatore", "B.E.",
          "Electronics and Communication Engineering", "2006", "2010", "CGPA 8.6/10"),
        E("Sri Vidya Mandir Higher Secondary School, Salem", "Higher Secondary",
          None, "2004", "2006", "94.2%"),
    ],
    skills=[S(None, "C", "Embedded C", "ARM Cortex-M", "FreeRTOS", "Linux device drivers",
              "DPDK", "Python")],
    projects=[
        Pj("Edge router firmware platform", "Vyoma Networks Pvt Ltd", "2019-09", "2021-03"),
        Pj("DPDK-based packet broker", "Kaveri Semiconductors", "2016-01", "2018-12"),
    ],
    patents=[
        Pt("11982406", "Low-latency interrupt coalescing for multi-queue network interfaces",
           "granted"),
        Pt("20240187733", "Adaptive firmware update scheduling across a fleet of edge routers",
           "filed"),
        Pt("202341056812", "Method for secure boot attestation of line cards", "filed"),
    ],
    style={"date": "mon", "sep": " - ", "now": "Till date", "role": "own",
           "patents": "seed", "skills": "lines", "hstyle": "plain", "hblank": True,
           "edu": "inst", "degsep": ", ", "contact": "stack", "group": False,
           "order": ["summary", "work", "projects", "education", "skills", "patents"]},
    renders=["classic-txt", "onecol-pdf-layout", "onecol-pdf-raw", "onecol-w3m"],
))

add(person(
    "010",
    {"name": "Nguyễn Thị Minh Anh", "label": "Final-year Computing student",
     "email": "minhanh.nguyen@example.com",
     "phone": "+61 491 570 159",
     "location": {"city": "Melbourne", "region": "VIC", "countryCode": "AU"},
     "_country": "Australia",
     "summary": "Final-year computing student looking for a graduate software role in "
                "2026. Enjoys building small, useful tools and teaching others to code.",
     "profiles": [{"network": "GitHub", "username": "minhanh-ng",
                   "url": "github.com/minhanh-ng"}]},
    work=[],
    education=[
        E("University of Melbourne", "Bachelor of Science", "Computing and Software Systems",
          "2022", "2025", "82.5/100", _score="Weighted average mark: 82.5/100",
          _degree="Bachelor of Science (Computing and Software Systems)"),
        E("Trường THPT Chuyên Lê Hồng Phong", "High School Diploma", "Mathematics",
          "2019", "2022"),
    ],
    skills=[S("Languages", "Python", "Java", "C", "TypeScript"),
            S("Tools", "Git", "Docker", "PostgreSQL", "React")],
    projects=[
        Pj("Campus room finder", None, "2024-03", "2024-06",
           "A React Native app that shows free study rooms from the timetable feed; "
           "used by 900 students in its first semester."),
        Pj("Tiny SQL engine", None, "2023-07", "2023-11",
           "A teaching SQL engine in Java with a B-tree index and a query planner."),
    ],
    awards=[Aw("Dean's Honours List", "University of Melbourne", "2023")],
    languages=[L("Vietnamese", "Native"), L("English", "C1 (IELTS 8.0)")],
    volunteer=[V("Melbourne School of Engineering", "Peer Mentor", "2023-02", "2024-11",
                 "Weekly help sessions for first-year programming subjects.")],
    style={"order": ["summary", "education", "projects", "skills", "awards", "volunteer",
                     "languages"],
           "date": "mon", "sep": " – ", "hstyle": "underline=", "edu": "inst",
           "degsep": ", ", "contact": "line", "csep": " | "},
    renders=["classic-txt", "plain-md", "onecol-lynx"],
))
