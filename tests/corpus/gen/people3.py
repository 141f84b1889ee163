"""Corpus people 026-045.  Invented people, companies and numbers; see people1.py."""
from model import Aw, Cert, E, L, Pj, Pt, Pub, S, V, W, person

PEOPLE = []
add = PEOPLE.append

add(person(
    "026",
    {"name": "Kovács Réka", "label": "Senior Data Engineer",
     "email": "reka.kovacs@example.org",
     "location": {"city": "Budapest", "countryCode": "HU"}, "_country": "Hungary",
     "summary": "Data engineer who builds batch and streaming pipelines that analysts can "
                "trust. Eight years in telecoms and data consulting."},
    work=[
        W("Duna Data Kft.", "Senior Data Engineer", "2021-05", None, "Budapest", [
            "Designed the streaming feature store for churn and fraud models",
            "Moved 300 nightly jobs from cron scripts to Airflow and dbt"]),
        W("Duna Data Kft.", "Data Engineer", "2019-06", "2021-04", "Budapest", [
            "Built Spark pipelines on AWS EMR for retail clients"]),
        W("Tisza Telekom Zrt.", "BI Developer", "2016-09", "2019-05", "Budapest", [
            "Maintained the Oracle data warehouse and 80 reports"]),
    ],
    education=[
        E("Budapesti Műszaki és Gazdaságtudományi Egyetem", "MSc", "Computer Engineering",
          "2014", "2016"),
        E("Budapesti Műszaki és Gazdaságtudományi Egyetem", "BSc", "Computer Engineering",
          "2010", "2014"),
    ],
    skills=[S("Data", "Spark", "Airflow", "dbt", "Snowflake", "Kafka"),
            S("Languages", "Python", "Scala", "SQL"),
            S("Cloud", "AWS", "Terraform")],
    projects=[Pj("Real-time churn feature pipeline", "Duna Data Kft.", "2022-02", "2022-09")],
    languages=[L("Hungarian", "Native"), L("English", "C1"), L("German", "B2")],
    style={"hv": 5, "date": "yyyy.mm", "sep": " – ", "now": "present", "role": "pipe",
           "group": True, "hstyle": "underline=", "edu": "degree", "degsep": " in ",
           "contact": "line", "csep": " | ", "hcolon": True, "capscontact": "labels"},
    renders=["classic-txt", "caps-txt", "setext-md", "sidebar-pdf-layout", "sidebar-pdf-raw"],
))

add(person(
    "027",
    {"name": "Xiaoyu Chen", "label": "Senior Machine Learning Engineer",
     "email": "xiaoyu.chen@example.com",
     "location": {"city": "Singapore", "countryCode": "SG"}, "_country": "",
     "summary": "Machine learning engineer for robotics and vision. I take models from "
                "notebook to fleet: data pipelines, training, evaluation, deployment.",
     "profiles": [{"network": "LinkedIn", "username": "xiaoyu-chen-ml",
                   "url": "linkedin.com/in/xiaoyu-chen-ml"}]},
    work=[
        W("Merlion AI Pte. Ltd.", "Senior Machine Learning Engineer", "2022-04", None,
          "Singapore", [
              "Leads the perception models for warehouse robots (1,200 units)",
              "Built the evaluation harness that gates every model release"]),
        W("Pearl River Robotics", "Machine Learning Engineer", "2018-07", "2022-03",
          "Shenzhen, China", [
              "Trained object detectors for pick-and-place arms",
              "Quantised models to INT8 for edge devices, 3x faster inference"]),
        W("Pearl River Robotics", "Research Intern", "2017-06", "2017-09", "Shenzhen, China",
          _dates="Summer 2017"),
    ],
    education=[
        E("National University of Singapore", "Master of Computing",
          "Artificial Intelligence", "2016", "2018"),
        E("Sun Yat-sen University", "B.Eng.", "Software Engineering", "2012", "2016",
          "3.7/4.0", _score="GPA 3.7/4.0"),
    ],
    skills=[S(None, "PyTorch", "TensorFlow", "Computer Vision", "MLOps", "Kubernetes",
              "Python", "C++")],
    publications=[Pub("Lightweight grasp detection for cluttered bins",
                      "IEEE International Conference on Robotics and Automation (ICRA)",
                      "2021")],
    languages=[L("Mandarin", "Native"), L("English", "Full professional"),
               L("Cantonese", "Limited working")],
    style={"date": "mon", "sep": " - ", "now": "Present", "role": "dash", "group": False,
           "hstyle": "caps", "edu": "degree", "degsep": ", ", "contact": "line",
           "csep": " | ", "mdrole": "pipe", "mdhead": "bold"},
    renders=["classic-txt", "linkedin-pdf-layout", "linkedin-pdf-raw", "plain-md"],
))

add(person(
    "028",
    {"name": "Guðrún Þórsdóttir", "label": "Data Scientist, former geophysicist",
     "email": "gudrun.thorsdottir@example.net",
     "location": {"city": "Reykjavík", "countryCode": "IS"}, "_country": "Iceland",
     "summary": "Geophysicist turned data scientist. Ten years of modelling earthquakes "
                "and eruptions taught me to be honest about uncertainty; now I forecast "
                "demand for a renewable-energy company."},
    work=[
        W("Hekla Analytics ehf.", "Data Scientist", "2021-08", None, "Reykjavík", [
            "Forecasts geothermal and hydro output for energy trading",
            "Built a probabilistic demand model now used in daily planning"]),
        W("Nordic Volcano Observatory", "Research Geophysicist", "2016-01", "2021-07",
          "Reykjavík", [
              "Real-time seismic monitoring and eruption forecasting",
              "Led the inversion software for ground-deformation data"]),
        W("University of Iceland", "Teaching Assistant", "2012-09", "2015-12", "Reykjavík"),
        W("Arctic Trails ehf.", "Glacier Guide", "2010-05", "2011-08", "Skaftafell"),
    ],
    education=[
        E("University of Iceland", "PhD", "Geophysics", "2011", "2015"),
        E("University of Iceland", "BSc", "Physics", "2007", "2010"),
    ],
    skills=[S("Programming", "Python", "R", "Fortran", "SQL"),
            S("Methods", "Time series", "Bayesian inversion", "Seismic signal processing")],
    publications=[
        Pub("Bayesian inversion of ground deformation before the 2014 fissure eruption",
            "Journal of Geophysical Research: Solid Earth", "2017"),
        Pub("Machine-learned phase picking for Icelandic seismic networks",
            "Seismological Research Letters", "2020"),
        Pub("Magma flow rates from joint seismic and geodetic data",
            "Geophysical Journal International", "2015"),
    ],
    languages=[L("Icelandic", "Native"), L("English", "C2"), L("Danish", "B2")],
    style={"date": "Month", "sep": " until ", "since": True, "role": "dash", "group": False,
           "hstyle": "underline-", "edu": "degree", "degsep": " in ", "contact": "stack",
           "order": ["summary", "work", "education", "skills", "publications", "languages"]},
    renders=["twopage-pdf-layout", "twopage-pdf-raw", "classic-txt", "twopage-lynx"],
))

add(person(
    "029",
    {"name": "Lena Schütz", "label": "Masterstudentin Informatik",
     "email": "lena.schuetz@example.org",
     "location": {"city": "Karlsruhe", "countryCode": "DE"}, "_country": "",
     "summary": "Informatikstudentin mit Schwerpunkt paralleles Rechnen. Suche ab Herbst "
                "2025 eine Werkstudentenstelle im Bereich High-Performance Computing.",
     "profiles": [{"network": "GitHub", "username": "lschuetz-hpc",
                   "url": "github.com/lschuetz-hpc"}]},
    work=[],
    education=[
        E("Karlsruher Institut für Technologie (KIT)", "M.Sc.", "Informatik", "2023-10", None),
        E("Karlsruher Institut für Technologie (KIT)", "B.Sc.", "Informatik", "2019-10",
          "2023-09", "1,8", _score="Note: 1,8"),
        E("Goethe-Gymnasium Karlsruhe", "Abitur", None, None, "2019", "1,5",
          _score="Note: 1,5"),
    ],
    skills=[S("Programmiersprachen", "Python", "C++", "Java"),
            S("Werkzeuge", "Git", "Linux", "CUDA", "LaTeX")],
    projects=[
        Pj("Bachelorarbeit: Effiziente Graphpartitionierung auf GPUs", None, "2022-10",
           "2023-03", "Partitionierer in CUDA, bis zu 6-mal schneller als die CPU-Variante."),
        Pj("Mitfahr-App für Studierende", None, "2021-11", "2021-11",
           "Hackathon-Projekt mit Flutter und Firebase, 2. Platz."),
    ],
    awards=[Aw("Deutschlandstipendium", "KIT", "2021")],
    languages=[L("Deutsch", "Muttersprache"), L("Englisch", "C1"), L("Spanisch", "B1")],
    volunteer=[V("Fachschaft Informatik am KIT", "Mitglied", "2020-04", "2022-09")],
    style={"lang": "de", "hv": 1, "date": "mm/yyyy", "sep": " – ", "now": "heute",
           "edate": "mm/yyyy", "hstyle": "underline-", "edu": "inst", "degsep": " ",
           "contact": "labels",
           "order": ["summary", "education", "projects", "skills", "awards", "languages",
                     "volunteer"]},
    renders=["classic-txt", "setext-md", "sidebar-pdf-layout"],
))

add(person(
    "030",
    {"name": "Maria Clarissa Dela Cruz", "label": "Scrum Master | Former QA Lead",
     "email": "clarissa.delacruz@example.com",
     "location": {"city": "Makati City", "region": "Metro Manila", "countryCode": "PH"},
     "_country": "Philippines",
     "summary": "Scrum master with a decade in software quality. I help distributed teams "
                "plan honestly, finish what they start and improve every sprint."},
    work=[
        W("Sampaguita Outsourcing Inc.", "Scrum Master", "2021-01", None, "Makati City", [
            "Coaches three teams serving Australian and US clients",
            "Raised sprint goal completion from 55% to 85% in a year"]),
        W("Sampaguita Outsourcing Inc.", "Senior QA Analyst", "2018-04", "2020-12",
          "Makati City", ["Led a team of six testers; built the Selenium regression suite"]),
        W("Bayanihan Software Corp.", "QA Analyst", "2015-06", "2018-03", "Pasig City"),
    ],
    education=[
        E("University of Santo Tomas", "BS", "Information Technology", "2011", "2015",
          "Cum Laude"),
    ],
    skills=[S("Agile", "Scrum", "Kanban", "Jira", "Confluence"),
            S("Testing", "Selenium", "Postman", "JMeter")],
    certificates=[Cert("Professional Scrum Master I (PSM I)", "Scrum.org", "2020"),
                  Cert("ISTQB Certified Tester Foundation Level", "ISTQB", "2016")],
    languages=[L("Filipino", "Native"), L("English", "Fluent")],
    style={"date": "mon'yy", "sep": " – ", "now": "present", "hcolon": False,
           "capscontact": "line", "csep": " | ", "edu": "degree", "degsep": " ",
           "tsep": " – "},
    renders=["caps-txt", "table-w3m", "table-lynx", "table-pdf-raw"],
))

add(person(
    "031",
    {"name": "Søren Østergaard Nielsen", "label": "Lead Power Electronics Engineer",
     "email": "soren.nielsen@example.org",
     "location": {"city": "Aarhus", "countryCode": "DK"}, "_country": "Denmark",
     "summary": "Power electronics engineer for wind-turbine converters. Named inventor on "
                "four patents; I like problems that need both a soldering iron and a "
                "simulation."},
    work=[
        W("Vindmølle Dynamics A/S", "Lead Power Electronics Engineer", "2019-01", None,
          "Aarhus", [
              "Leads converter hardware for the 15 MW offshore platform",
              "Introduced SiC MOSFET modules, cutting converter losses by 22%"]),
        W("Vindmølle Dynamics A/S", "Power Electronics Engineer", "2014-08", "2018-12",
          "Aarhus", ["Gate-driver and protection design for 3 MW converters"]),
        W("Jyllands Elektronik ApS", "Hardware Engineer", "2011-02", "2014-07", "Silkeborg", [
            "Designed motor-drive boards from schematic to EMC approval"]),
    ],
    education=[
        E("Aarhus University", "MSc in Engineering", "Electrical Engineering", "2009", "2011"),
        E("Technical University of Denmark (DTU)", "BSc", "Electrical Engineering", "2006",
          "2009"),
    ],
    skills=[S(None, "Power electronics", "SiC MOSFETs", "Gate drivers", "Altium Designer",
              "LTspice", "PLECS", "Embedded C", "EMC testing")],
    patents=[
        Pt("US 11845102", "Gate driver with adaptive dead-time for silicon carbide half bridges",
           "granted", "2023", _printed="US 11845102 B1"),
        Pt("DK 181234", "Fault ride-through control for grid-side converters", "granted",
           "2022", _printed="DK 181234 B1"),
        Pt("EP 4123456", "Cooling arrangement for stacked power modules in a nacelle", "filed",
           "2023", _printed="EP 4123456 A1"),
        Pt("PA 2023 70145", "Method of detecting bond-wire lift-off in power modules", "filed",
           "2023"),
    ],
    languages=[L("Danish", "Native"), L("English", "Fluent"), L("German", "Conversational")],
    style={"date": "mon", "sep": " – ", "now": "Present", "role": "right", "group": False,
           "hstyle": "underline-", "edu": "degree", "degsep": ", ", "contact": "line",
           "csep": " · ", "mdrole": "company",
           "order": ["summary", "work", "education", "patents", "skills", "languages"]},
    renders=["classic-txt", "onecol-pdf-layout", "onecol-pdf-raw", "plain-md"],
))

add(person(
    "032",
    {"name": "Parisa Hosseini", "label": "PhD Candidate in Machine Learning",
     "email": "parisa.hosseini@example.com", "phone": "+1 (416) 555-0119",
     "location": {"city": "Toronto", "region": "ON", "countryCode": "CA"}, "_country": "Canada",
     "url": "parisahosseini.example.org",
     "summary": "PhD candidate working on fairness and causal inference in machine "
                "learning. Looking for research-scientist roles from 2026."},
    work=[
        W("University of Toronto", "Teaching Assistant", "2021-09", None, "Toronto", [
            "Tutorials and marking for Introduction to Machine Learning (400 students)"]),
        W("Lakeview AI Labs", "Research Intern", "2023-05", "2023-08", "Toronto", [
            "Prototyped counterfactual fairness audits for credit models"],
          _dates="Summer 2023"),
        W("Tehran Data Co.", "Data Analyst", "2017-07", "2019-08", "Tehran", [
            "Built customer-segmentation models for a retail chain"]),
    ],
    education=[
        E("University of Toronto", "PhD", "Computer Science", "2021", "2026",
          _notes=["Expected completion 2026"]),
        E("University of Toronto", "MSc", "Computer Science", "2019", "2021"),
        E("Sharif University of Technology", "BSc", "Computer Engineering", "2013", "2017",
          "18.2/20", _score="GPA: 18.2/20"),
    ],
    skills=[S("Machine learning", "PyTorch", "JAX", "scikit-learn"),
            S("Programming", "Python", "C++", "SQL"),
            S("Research areas", "Algorithmic fairness", "Causal inference")],
    publications=[
        Pub("Counterfactual audits of credit-scoring models",
            "Conference on Fairness, Accountability, and Transparency (FAccT)", "2024"),
        Pub("Causal regularisation for robust classifiers",
            "International Conference on Learning Representations (ICLR)", "2023"),
        Pub("When do fairness constraints transfer?", "NeurIPS Workshop on Algorithmic "
            "Fairness through the Lens of Causality", "2022"),
    ],
    awards=[Aw("Ontario Graduate Scholarship", "Government of Ontario", "2022")],
    languages=[L("Persian", "Native"), L("English", "C2")],
    style={"hv": 0, "date": "mon", "sep": " – ", "now": "present", "role": "pipe",
           "group": False, "hstyle": "underline-", "edu": "degree", "degsep": " in ",
           "contact": "line", "csep": " | ",
           "order": ["summary", "education", "publications", "work", "awards", "skills",
                     "languages"]},
    renders=["classic-txt", "plain-md", "onecol-w3m", "twopage-pdf-layout"],
))

add(person(
    "033",
    {"name": "François-Xavier Dupré", "label": "Directeur technique (CTO)",
     "email": "fx.dupre@example.com", "phone": "06 39 98 07 61",
     "location": {"city": "Paris", "countryCode": "FR"}, "_country": "France",
     "summary": "CTO de start-up et ancien consultant : quinze ans à construire des équipes "
                "et des plateformes, de la première ligne de code à l'introduction en "
                "bourse manquée. Passionné de pain au levain et d'œnologie."},
    work=[
        W("Quai Numérique SAS", "Directeur technique (CTO)", "2020-01", None, "Paris", [
            "Direction de 45 ingénieurs répartis en sept équipes produit",
            "Migration de la plateforme vers AWS et Kubernetes sans interruption de service"]),
        W("Quai Numérique SAS", "Responsable de l'ingénierie", "2018-03", "2019-12", "Paris", [
            "Recrutement de l'équipe de 8 à 25 personnes"]),
        W("Boulangerie Connectée SAS", "Lead développeur", "2015-06", "2018-02", "Paris", [
            "Conception de l'application de commande utilisée par 600 boulangeries"]),
        W("Assurances Garonne", "Ingénieur études et développement", "2012-09", "2015-05",
          "Toulouse"),
        W("Cap Azur Conseil", "Consultant junior", "2010-09", "2012-08", "Toulouse"),
        W("Aérostructures du Midi", "Stagiaire ingénieur", "2010-02", "2010-07", "Toulouse"),
    ],
    education=[
        E("INSA Toulouse", "Diplôme d'ingénieur", "Informatique et réseaux", "2005", "2010"),
    ],
    skills=[S("Direction", "Recrutement", "Budget", "Stratégie produit"),
            S("Technique", "Python", "Go", "PostgreSQL", "AWS", "Kubernetes")],
    languages=[L("Français", "langue maternelle"), L("Anglais", "courant (C1)"),
               L("Italien", "notions (A2)")],
    style={"lang": "fr", "hv": 1, "date": "mm/yyyy", "sep": " – ", "since": True,
           "role": "dash", "group": False, "hstyle": "underline-", "edu": "degree",
           "degsep": ", ", "contact": "line", "csep": " · ", "hcolon": False,
           "capscontact": "labels", "hcaps": True},
    renders=["classic-cp1252-txt", "caps-txt", "sidebar-pdf-layout", "sidebar-pdf-raw"],
))

add(person(
    "034",
    {"name": "Martín Gómez Echeverría", "label": "Desarrollador Backend Senior",
     "email": "martin.gomez@example.net",
     "location": {"city": "Buenos Aires", "countryCode": "AR"}, "_country": "Argentina",
     "summary": "Desarrollador backend especializado en pagos y sistemas distribuidos. "
                "Me gusta el código simple, las pruebas automáticas y el buen café.",
     "profiles": [{"network": "GitHub", "username": "mgomez-echeverria",
                   "url": "github.com/mgomez-echeverria"}]},
    work=[
        W("Pampa Fintech S.A.", "Desarrollador Backend Senior", "2021-03", None, "Buenos Aires", [
            "Diseño del servicio de conciliación de pagos en Go",
            "Reducción de la latencia de la API de cobros en un 60 %"]),
        W("Pampa Fintech S.A.", "Desarrollador Backend", "2019-01", "2021-02", "Buenos Aires", [
            "Migración de un monolito PHP a servicios en Node.js"]),
        W("Río de la Plata Sistemas S.R.L.", "Desarrollador PHP", "2016-04", "2018-12", "Rosario"),
    ],
    education=[
        E("Universidad Tecnológica Nacional", "Ingeniería", "Sistemas de Información",
          "2010", "2016"),
    ],
    skills=[S(None, "Go", "Node.js", "PostgreSQL", "Redis", "RabbitMQ", "Docker", "AWS")],
    languages=[L("Español", "nativo"), L("Inglés", "C1"), L("Portugués", "B1")],
    style={"lang": "es", "hv": 2, "date": "month", "sep": " – ", "now": "presente",
           "role": "own", "group": False, "hstyle": "underline=", "edu": "inst",
           "degsep": " en ", "contact": "line", "csep": " | ", "tsep": " – "},
    renders=["classic-utf16-txt", "plain-md", "table-w3m"],
))

add(person(
    "035",
    {"name": "Friedrich Große-Brömer", "_name": "Dr. rer. nat. Friedrich Große-Brömer",
     "label": "Laborleiter Polymerforschung",
     "email": "f.grosse-broemer@example.com",
     "location": {"city": "Mannheim", "region": "Baden-Württemberg", "countryCode": "DE"},
     "_country": "Deutschland",
     "summary": "Polymerchemiker mit zehn Jahren Industrieerfahrung in Klebstoffen und "
                "Beschichtungen; Erfinder in vier Patentfamilien."},
    work=[
        W("Rheinchemie Ludwigshafen GmbH", "Laborleiter Polymerforschung", "2019-10", None,
          "Ludwigshafen am Rhein", [
              "Leitung eines Labors mit zwölf Mitarbeitenden",
              "Entwicklung lösemittelfreier Strukturklebstoffe für die Automobilindustrie"]),
        W("Rheinchemie Ludwigshafen GmbH", "Projektleiter Klebstoffe", "2015-04", "2019-09",
          "Ludwigshafen am Rhein", [
              "Projektleitung für drei Kundenentwicklungen bis zur Serienreife"]),
        W("Johannes Gutenberg-Universität Mainz", "Wissenschaftlicher Mitarbeiter", "2011-01",
          "2015-03", "Mainz"),
    ],
    education=[
        E("Johannes Gutenberg-Universität Mainz", "Promotion (Dr. rer. nat.)", "Chemie",
          "2011", "2014", "magna cum laude"),
        E("Johannes Gutenberg-Universität Mainz", "Diplom", "Chemie", "2005", "2010", "1,3",
          _score="Note: 1,3"),
    ],
    skills=[S("Methoden", "GPC", "DSC", "Rheologie", "NMR"),
            S("Software", "ChemDraw", "OriginLab", "Python")],
    patents=[
        Pt("DE 10 2019 123 456", "Lösemittelfreier zweikomponentiger Strukturklebstoff",
           "granted", "2021", _printed="DE 10 2019 123 456 B4"),
        Pt("EP 3 712 908", "Feuchtigkeitshärtende Beschichtung mit verbesserter Haftung",
           "granted", "2022", _printed="EP 3 712 908 B1"),
        Pt("US 2022/0185731", "Low-emission polyurethane adhesive composition", "filed",
           "2022", _printed="US 2022/0185731 A1"),
        Pt("DE 102020209871", "Verfahren zur Herstellung biobasierter Polyole", "filed",
           "2020", _printed="DE 102020209871 A1"),
    ],
    languages=[L("Deutsch", "Muttersprache"), L("Englisch", "verhandlungssicher (C1)"),
               L("Französisch", "Grundkenntnisse (A2)")],
    style={"lang": "de", "hv": 1, "date": "mm/yyyy", "sep": " bis ", "now": "heute",
           "role": "own", "group": False, "hstyle": "underline-", "edu": "degree",
           "degsep": " ", "contact": "labels",
           "order": ["summary", "work", "education", "patents", "skills", "languages"]},
    renders=["europass-pdf-layout", "europass-pdf-raw", "europass-lynx", "classic-txt"],
))

add(person(
    "036",
    {"name": "Kwame Asante-Mensah", "label": "Senior Network Engineer | CCNP | JNCIP-SP",
     "email": "kwame.asante@example.org",
     "location": {"city": "Accra", "region": "Greater Accra", "countryCode": "GH"},
     "_country": "Ghana",
     "summary": "Network engineer running carrier IP/MPLS networks in West Africa. I "
                "automate everything I have to do twice."},
    work=[
        W("Volta Telecom Ltd", "Senior Network Engineer", "2020-02", None, "Accra", [
            "Designs the IP/MPLS core linking 1,400 mobile sites",
            "Automated router configuration with Ansible; change failures down 80%"]),
        W("Volta Telecom Ltd", "Network Engineer", "2016-08", "2020-01", "Accra", [
            "Rolled out BGP peering at two internet exchanges"]),
        W("Kente Internet Services", "NOC Technician", "2014-01", "2016-07", "Kumasi"),
    ],
    education=[
        E("Kwame Nkrumah University of Science and Technology", "BSc",
          "Telecommunication Engineering", "2009", "2013", "Second Class Upper"),
    ],
    skills=[S(None, "Cisco IOS XR", "Juniper Junos", "BGP", "OSPF", "MPLS", "Python",
              "Ansible")],
    certificates=[Cert("Cisco Certified Network Professional (CCNP) Enterprise", "Cisco",
                       "2019"),
                  Cert("Juniper Networks Certified Internet Professional (JNCIP-SP)",
                       "Juniper Networks", "2021")],
    languages=[L("English", "Full professional proficiency"),
               L("Twi", "Native or bilingual proficiency"),
               L("French", "Elementary proficiency")],
    style={"date": "mon", "sep": " - ", "now": "Present", "pskills": "glued",
           "hcolon": True, "capscontact": "labels", "hcaps": True},
    renders=["profile-txt", "caps-txt", "onecol-lynx"],
))

add(person(
    "037",
    {"name": "Ayesha Siddiqui", "label": "Data Analyst (ACCA)",
     "email": "ayesha.siddiqui@example.com", "phone": "0113 496 0215",
     "location": {"city": "Leeds", "countryCode": "GB"}, "_country": "UK",
     "summary": "Chartered-accountancy trained analyst. After a career break from 2019 to "
                "2021 to care for family, I retrained in data science and now turn "
                "housing and finance data into decisions."},
    work=[
        W("Aire Valley Housing", "Data Analyst", "2022-04", None, "Leeds", [
            "Built the repairs dashboard used by 40 managers each week",
            "Forecast rent arrears with a model that beat the old spreadsheet by 30%"]),
        W("Ravi Textiles (Pvt.) Ltd", "Senior Accountant", "2015-07", "2019-06", "Lahore", [
            "Month-end close and IFRS reporting for a 3,000-employee manufacturer"]),
        W("Ravi Textiles (Pvt.) Ltd", "Accountant", "2013-01", "2015-06", "Lahore"),
        W("Shalimar Audit & Co.", "Audit Trainee", "2010-09", "2012-12", "Lahore"),
    ],
    education=[
        E("University of Leeds", "MSc", "Data Science and Analytics", "2021", "2022", "Merit"),
        E("Lahore University of Management Sciences", "BSc (Hons)", "Accounting and Finance",
          "2006", "2010"),
    ],
    skills=[S(None, "SQL", "Power BI", "Python", "Excel", "Financial analysis", "IFRS")],
    certificates=[Cert("ACCA Affiliate", "Association of Chartered Certified Accountants",
                       "2014")],
    languages=[L("Urdu", "Native"), L("English", "Fluent"), L("Punjabi", "Native")],
    style={"hv": 0, "heads": {"skills": "Core Competencies"}, "date": "mon", "sep": "–",
           "now": "Current", "role": "dash", "srole": "dash", "group": False,
           "hstyle": "caps", "edu": "degree", "degsep": " ", "contact": "line",
           "csep": " | ", "skills": "bullets", "bullet": "• "},
    renders=["classic-txt", "sidebar-w3m", "sidebar-pdf-layout", "sidebar-pdf-raw"],
))

add(person(
    "038",
    {"name": "Noa Ben-David", "label": "Security Research Team Lead",
     "email": "noa.bendavid@example.net",
     "location": {"city": "Tel Aviv", "countryCode": "IL"}, "_country": "Israel",
     "summary": "Reverse engineer and malware researcher. I lead a team that takes apart "
                "firmware implants and writes the detections that find them."},
    work=[
        W("Carmel Cyber Ltd", "Security Research Team Lead", "2021-06", None, "Tel Aviv", [
            "Leads five researchers on firmware and supply-chain threats",
            "Published 12 research reports cited by national CERTs"]),
        W("Carmel Cyber Ltd", "Security Researcher", "2018-10", "2021-05", "Tel Aviv", [
            "Reverse-engineered router implants and wrote YARA detections"]),
        W("Galil Networks", "Junior Malware Analyst", "2016-11", "2018-09", "Haifa"),
    ],
    education=[
        E("Technion – Israel Institute of Technology", "B.Sc.", "Computer Science", "2012",
          "2016"),
    ],
    skills=[S("Reverse engineering", "IDA Pro", "Ghidra", "x86-64 assembly", "ARM assembly"),
            S("Languages", "C", "Python", "Rust")],
    publications=[Pub("Unpacking firmware implants in consumer routers", "BSides Tel Aviv",
                      "2022")],
    languages=[L("Hebrew", "Native"), L("English", "Fluent"), L("Russian", "Conversational")],
    style={"heads": {"publications": "Talks"}, "date": "mon", "sep": " — ", "now": "Now",
           "role": "at", "group": False, "hstyle": "colon", "edu": "degree",
           "degsep": " in ", "contact": "line", "csep": " | ", "capscontact": "line",
           "hcaps": True},
    renders=["caps-txt", "classic-oneline-txt", "onecol-pdf-layout"],
))

add(person(
    "039",
    {"name": "Geneviève Tremblay", "label": "Développeuse principale .NET",
     "email": "genevieve.tremblay@example.com", "phone": "514-555-0163",
     "location": {"city": "Montréal", "region": "QC", "countryCode": "CA"},
     "_country": "Canada",
     "summary": "Développeuse .NET depuis dix ans, dans la finance coopérative puis le "
                "logiciel de gestion. J'aime les architectures simples et les revues de "
                "code bienveillantes.",
     "profiles": [{"network": "LinkedIn", "username": "genevieve-tremblay-dev",
                   "url": "linkedin.com/in/genevieve-tremblay-dev"}]},
    work=[
        W("Érable Logiciel inc.", "Développeuse principale", "2020-09", None, "Montréal", [
            "Responsable technique du module de facturation infonuagique",
            "Migration de .NET Framework vers .NET 8 pour 40 services"]),
        W("Érable Logiciel inc.", "Développeuse", "2018-01", "2020-08", "Montréal", [
            "Développement d'API REST en C# et d'interfaces Angular"]),
        W("Coopérative financière des Laurentides", "Analyste-programmeuse", "2014-05",
          "2017-12", "Québec", ["Maintenance du système de prêts hypothécaires"]),
    ],
    education=[
        E("Université Laval", "Baccalauréat", "Génie logiciel", "2010", "2014"),
    ],
    skills=[S(None, "C#", ".NET", "Azure", "SQL Server", "TypeScript", "Angular")],
    languages=[L("Français", "langue maternelle"), L("Anglais", "courant")],
    style={"lang": "fr", "hv": 0, "date": "month", "sep": " à ", "now": "présent",
           "role": "pipe", "group": False, "hstyle": "underline=", "edu": "degree",
           "degsep": " en ", "contact": "line", "csep": " | ", "paper": "Letter"},
    renders=["classic-txt", "plain-md", "linkedin-pdf-layout", "linkedin-pdf-raw"],
))

add(person(
    "040",
    {"name": "Callum MacLeod", "label": "Junior Software Developer",
     "email": "callum.macleod@example.org", "phone": "0141 496 0388",
     "location": {"city": "Glasgow", "countryCode": "GB"}, "_country": "Scotland",
     "summary": "Thirteen years in professional kitchens, the last seven running one. In "
                "2023 I retrained as a developer; I bring calm under pressure, and "
                "TypeScript."},
    work=[
        W("Thistle Digital Ltd", "Junior Software Developer", "2023-09", None, "Glasgow", [
            "Builds booking features for hospitality clients in React and Node.js",
            "Wrote the allergen-labelling module from my kitchen experience"]),
        W("The Clyde Kitchen", "Head Chef", "2016-03", "2023-02", "Glasgow", [
            "Ran a kitchen of 12 and a GBP 600k annual food budget"]),
        W("The Clyde Kitchen", "Sous Chef", "2013-05", "2016-02", "Glasgow"),
        W("Highland Lodge Hotel", "Commis Chef", "2010-06", "2013-04", "Fort William"),
    ],
    education=[
        E("Glasgow Code Academy", "Professional Software Development course", None, "2023",
          "2023"),
        E("City of Glasgow College", "HNC", "Professional Cookery", "2008", "2010"),
    ],
    skills=[S(None, "JavaScript", "TypeScript", "React", "Node.js", "PostgreSQL", "Git")],
    projects=[Pj("Recipe cost calculator", None, "2023-05", "2023-06",
                 "A web app that prices dishes from supplier invoices.")],
    style={"hv": 3, "date": "mon", "sep": " - ", "now": "Present", "role": "at",
           "group": False, "hstyle": "underline-", "edu": "degree", "degsep": " in ",
           "contact": "labels", "tsep": " - ",
           "order": ["summary", "work", "projects", "education", "skills"]},
    renders=["classic-crlf-txt", "setext-md", "table-w3m"],
))

add(person(
    "041",
    {"name": "Inês Gonçalves Sá", "label": "Investigadora em Bioinformática",
     "email": "ines.sa@example.org",
     "location": {"city": "Lisboa", "countryCode": "PT"}, "_country": "Portugal",
     "summary": "Bioinformática com experiência em transcriptómica e pipelines "
                "reprodutíveis. Gosto de ensinar e de código bem documentado."},
    work=[
        W("Centro de Genómica do Tejo", "Investigadora em Bioinformática", "2020-02", None,
          "Lisboa", [
              "Desenvolvimento de pipelines de RNA-seq em Nextflow para 30 projetos",
              "Formação de investigadores em R e Bioconductor"]),
        W("Faculdade de Ciências da Universidade de Lisboa", "Bolseira de investigação",
          "2017-10", "2020-01", "Lisboa", ["Análise de dados de expressão génica em plantas"]),
    ],
    education=[
        E("Universidade de Lisboa", "Mestrado", "Bioinformática e Biologia Computacional",
          "2015", "2017", "18 valores"),
        E("Universidade do Porto", "Licenciatura", "Biologia", "2012", "2015"),
    ],
    skills=[S(None, "Python", "R", "Nextflow", "Snakemake", "Bioconductor", "RNA-seq",
              "Linux")],
    publications=[
        Pub("Transcriptomic response of cork oak to drought stress", "BMC Plant Biology",
            "2021"),
        Pub("A reproducible Nextflow pipeline for small-RNA sequencing", "Bioinformatics",
            "2023"),
    ],
    languages=[L("Português", "nativo"), L("Inglês", "C1"), L("Espanhol", "B2")],
    style={"lang": "pt", "hv": 0, "date": "mm/yyyy", "sep": " – ", "now": "presente",
           "role": "dash", "group": False, "hstyle": "underline-", "edu": "degree",
           "degsep": " em ", "contact": "labels"},
    renders=["classic-txt", "europass-w3m", "europass-lynx", "europass-pdf-layout"],
))

add(person(
    "042",
    {"name": "Catalina Muñoz Sepúlveda", "label": "Junior Software Engineer",
     "email": "catalina.munoz@example.com",
     "location": {"city": "Santiago", "countryCode": "CL"}, "_country": "Chile",
     "profiles": [{"network": "GitHub", "username": "catamunoz-dev",
                   "url": "github.com/catamunoz-dev"}]},
    work=[
        W("Cordillera Labs SpA", "Junior Software Engineer", "2024-03", None, "Santiago", [
            "Builds the internal data-quality service in Python and FastAPI",
            "Added property-based tests that caught two long-standing billing bugs"]),
    ],
    education=[
        E("Pontificia Universidad Católica de Chile", "Civil Engineering degree",
          "Computer Science", "2018", "2023"),
    ],
    skills=[S("Languages", "Python", "TypeScript", "SQL"),
            S("Tools", "FastAPI", "PostgreSQL", "Docker", "GitHub Actions")],
    projects=[Pj("Thesis: Detecting data drift in student-performance models", None,
                 "2023-03", "2023-12")],
    languages=[L("Spanish", "Native"), L("English", "C1 (TOEFL iBT 105)")],
    style={"date": "mon", "sep": " - ", "now": "Now", "mdrole": "title-company", "mdhead": "bold",
           "edu": "degree", "degsep": " in ", "hcaps": False,
           "order": ["work", "education", "projects", "skills", "languages"]},
    renders=["plain-md", "onecol-w3m", "onecol-lynx"],
))

add(person(
    "043",
    {"name": "Tanvir Rahman Chowdhury", "label": "Senior Android Developer",
     "email": "tanvir.chowdhury@example.net",
     "location": {"city": "Dhaka", "countryCode": "BD"}, "_country": "Bangladesh",
     "summary": "Android developer for eight years: fintech, ride sharing and e-commerce "
                "apps used by millions across Bangladesh.",
     "profiles": [{"network": "GitHub", "username": "tanvir-rc",
                   "url": "github.com/tanvir-rc"}]},
    work=[
        W("Padma Apps Ltd.", "Senior Android Developer", "2021-01", None, "Dhaka", [
            "Leads the Android team of the mobile wallet app (5M users)",
            "Modularised the app; build time down from 9 to 3 minutes"]),
        W("Padma Apps Ltd.", "Android Developer", "2018-11", "2020-12", "Dhaka", [
            "Built the ride-sharing driver app from scratch in Kotlin"]),
        W("Sundarbans Soft", "Junior Developer", "2017-02", "2018-10", "Khulna"),
    ],
    education=[
        E("Bangladesh University of Engineering and Technology (BUET)", "B.Sc.",
          "Computer Science and Engineering", "2012", "2016", "3.52/4.00",
          _score="CGPA 3.52 out of 4.00"),
        E("Dhaka City College", "Higher Secondary Certificate (HSC)", "Science", "2009", "2011",
          "5.00", _score="GPA 5.00"),
    ],
    skills=[S(None, "Kotlin", "Java", "Android SDK", "MVVM", "Retrofit", "Dagger Hilt",
              "Firebase")],
    languages=[L("Bengali", "Native or bilingual proficiency"),
               L("English", "Professional working proficiency")],
    style={"hv": 1, "heads": {"skills": "Skills"}, "date": "month", "sep": " - ",
           "now": "till date", "role": "pipe", "group": False, "hstyle": "underline=",
           "edu": "degree", "degsep": " in ", "contact": "line", "csep": " | ",
           "skills": "comma", "pskills": "lines", "tsep": " - "},
    renders=["profile-txt", "classic-txt", "table-pdf-layout", "table-pdf-raw"],
))

add(person(
    "044",
    {"name": "Aino Mäkinen-Virtanen", "label": "Senior Embedded Linux Engineer",
     "email": "aino.makinen-virtanen@example.org",
     "location": {"city": "Tampere", "countryCode": "FI"}, "_country": "Finland",
     "summary": "Embedded Linux engineer for industrial devices: board bring-up, Yocto "
                "builds, secure updates. Inventor on four pending patent applications."},
    work=[
        W("Kuusi Devices Oy", "Senior Embedded Linux Engineer", "2019-08", None, "Tampere", [
            "Owns the Yocto-based platform for 11 industrial gateway products",
            "Designed A/B over-the-air updates with rollback for 80,000 devices"]),
        W("Kuusi Devices Oy", "Embedded Software Engineer", "2016-05", "2019-07", "Tampere", [
            "Linux kernel drivers for CAN, RS-485 and cellular modems"]),
        W("Näsi Automation Oy", "Software Designer", "2013-06", "2016-04", "Tampere", [
            "PLC gateway firmware in C on bare-metal ARM"]),
        W("Näsi Automation Oy", "Summer Trainee", "2012-05", "2012-08", "Tampere",
          _dates="Summer 2012"),
    ],
    education=[
        E("Tampere University of Technology", "M.Sc. (Tech.)", "Electrical Engineering",
          "2008", "2013"),
    ],
    skills=[S("Embedded", "Yocto", "U-Boot", "Linux kernel", "Device Tree"),
            S("Languages", "C", "C++", "Rust", "Python"),
            S("Tools", "Git", "Jenkins", "Lauterbach TRACE32")],
    patents=[
        Pt("FI 20225512", "Method for fail-safe firmware updates of field devices", "filed",
           "2022", _printed="FI 20225512 A"),
        Pt("WO2024/056789", "Secure provisioning of device identities at manufacture",
           "filed", "2024"),
        Pt("US 18/204,117", "Watchdog-supervised boot slot selection", "filed", "2023",
           _text="US Application No. 18/204,117: Watchdog-supervised boot slot selection "
                 "(pending)"),
        Pt("EP 4 301 556", "Low-power cellular modem management for gateways", "filed",
           "2024", _printed="EP 4 301 556 A1"),
    ],
    languages=[L("Finnish", "Native"), L("English", "C1"), L("Swedish", "B1")],
    style={"hv": 2, "date": "mon", "sep": " – ", "now": "present", "role": "dash",
           "group": True, "hcolon": True, "capscontact": "stack", "edu": "degree",
           "degsep": ", ", "mdrole": "company",
           "order": ["summary", "work", "patents", "education", "skills", "languages"]},
    renders=["caps-txt", "twopage-pdf-layout", "twopage-pdf-raw", "plain-md"],
))

add(person(
    "045",
    {"name": "Francesca Dell'Orto", "label": "Sviluppatrice Front-end Senior",
     "email": "francesca.dellorto@example.com",
     "location": {"city": "Milano", "region": "MI", "countryCode": "IT"}, "_country": "Italia",
     "summary": "Sviluppatrice front-end con una formazione da web designer. Mi occupo di "
                "interfacce accessibili e di design system per prodotti e-commerce."},
    work=[
        W("Navigli Digital S.r.l.", "Sviluppatrice Front-end Senior", "2021-02", None,
          "Milano", [
              "Guida tecnica del design system in Vue.js e Storybook",
              "Migrazione del sito e-commerce a Nuxt 3 con tempi di caricamento dimezzati"]),
        W("Navigli Digital S.r.l.", "Sviluppatrice Front-end", "2018-09", "2021-01", "Milano"),
        W("Brera Web Agency", "Web designer", "2016-03", "2018-08", "Milano", [
            "Progettazione di siti per 40 clienti del settore moda"]),
    ],
    education=[
        E("Politecnico di Milano", "Laurea Magistrale", "Ingegneria Informatica", "2014",
          "2016", "108/110"),
        E("Politecnico di Milano", "Laurea Triennale", "Ingegneria Informatica", "2011", "2014"),
    ],
    skills=[S(None, "Vue.js", "TypeScript", "Nuxt", "CSS", "Storybook", "Cypress",
              "Accessibilità")],
    languages=[L("Italiano", "madrelingua"), L("Inglese", "C1"), L("Tedesco", "A2")],
    style={"lang": "it", "hv": 1, "date": "mon", "sep": " – ", "since": True,
           "role": "pipe", "group": True, "hstyle": "caps", "edu": "degree",
           "degsep": " in ", "contact": "line", "csep": " · ", "tsep": " – "},
    renders=["classic-txt", "onecol-w3m", "table-pdf-layout"],
))
