#!/usr/bin/env python3
"""gen-resumes.py N OUTDIR [--seed S]: writes N synthetic résumés as text.

The people are invented from small pools (names with and without
diacritics, companies, titles, schools, skills, cities) and laid out in a few
plain-text styles, so the benchmarks import, search and browse something
shaped like real candidates.  The same N and seed give the same files.
Files are OUTDIR/NNNNNN.txt, spread over subfolders of 1,000.
"""
import os
import random
import sys

FIRST = ["Ada", "Bruno", "Chiara", "Dmitri", "Élodie", "Farid", "Greta", "Hiroshi",
         "Ines", "Jonas", "Kavya", "Lars", "Marta", "Nikolai", "Oona", "Pedro",
         "Quentin", "Rosa", "Søren", "Tomasz", "Ulla", "Viktor", "Wen", "Ximena",
         "Yusuf", "Zofia", "Amara", "Björn", "Camille", "Diego", "Eszter", "François",
         "Giulia", "Hamid", "Ingrid", "Jürgen", "Kenji", "Lucía", "Mehmet", "Nadia"]
LAST = ["Quill", "Ferreira", "Rossi", "Volkov", "Moreau", "Haddad", "Lindqvist",
        "Tanaka", "García", "Berg", "Iyer", "Nilsen", "Kowalski", "Petrov", "Virtanen",
        "Silva", "Dubois", "Martínez", "Østergaard", "Nowak", "Schäfer", "Horvath",
        "Chen", "Ortega", "Demir", "Zielińska", "Okafor", "Andersson", "Laurent",
        "Fernández", "Szabó", "Lefèvre", "Bianchi", "Karimi", "Johansson", "Müller",
        "Sato", "Romero", "Yılmaz", "Benali"]
COMPANIES = ["Northwind Logistics", "Contoso Freight", "Fabrikam Systems",
             "Tailspin Aviation", "Wingtip Analytics", "Adatum Security", "Litware Labs",
             "Proseware", "Lucerne Publishing", "Woodgrove Bank", "Alpine Ski House",
             "Coho Vineyard", "Margie's Travel", "Trey Research", "Humongous Insurance",
             "Blue Yonder Airlines", "Fourth Coffee", "Graphic Design Institute",
             "Southridge Video", "Wide World Importers", "Datum Corporation",
             "Bellows College", "Relecloud", "VanArsdel", "Nod Publishers"]
TITLES = ["Software Engineer", "Senior Software Engineer", "Staff Engineer",
          "Engineering Manager", "Data Engineer", "Data Scientist", "Site Reliability Engineer",
          "Platform Engineer", "Product Manager", "QA Engineer", "Security Engineer",
          "Backend Developer", "Frontend Developer", "Embedded Engineer", "DevOps Engineer",
          "Solutions Architect", "Technical Lead", "Research Scientist", "Analyst"]
SCHOOLS = ["University of Leeds", "Technische Universität München", "Politecnico di Milano",
           "Universidad de Sevilla", "KTH Royal Institute of Technology", "University of Tokyo",
           "École Polytechnique", "University of Warsaw", "IIT Bombay", "Aalto University",
           "University of Toronto", "Universidade de Lisboa"]
DEGREES = [("BSc", "Computer Science"), ("MSc", "Software Engineering"),
           ("BEng", "Electrical Engineering"), ("PhD", "Machine Learning"),
           ("MSc", "Data Science"), ("BA", "Mathematics")]
SKILLS = ["C", "C++", "Go", "Rust", "Python", "Java", "Kotlin", "TypeScript", "SQL",
          "PostgreSQL", "SQLite", "Kubernetes", "Docker", "Terraform", "AWS", "GCP",
          "Linux", "Kafka", "Spark", "Airflow", "React", "GraphQL", "gRPC", "Redis",
          "TensorFlow", "PyTorch", "Elasticsearch", "Ansible", "Prometheus", "Bash"]
CITIES = [("Leeds", "UK"), ("München", "Germany"), ("Milano", "Italy"), ("Sevilla", "Spain"),
          ("Stockholm", "Sweden"), ("Tokyo", "Japan"), ("Paris", "France"),
          ("Warszawa", "Poland"), ("Mumbai", "India"), ("Helsinki", "Finland"),
          ("Toronto", "Canada"), ("Lisboa", "Portugal"), ("Zürich", "Switzerland")]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
VERBS = ["Built", "Led", "Designed", "Shipped", "Migrated", "Scaled", "Automated", "Reduced"]
OBJECTS = ["the billing pipeline", "a search service", "the on-call rotation",
           "deployment to Kubernetes", "latency of the API by 40%", "the data warehouse",
           "a fraud detection model", "the mobile release process", "cloud costs by 30%"]


def person(rnd, i):
    first, last = rnd.choice(FIRST), rnd.choice(LAST)
    city, country = rnd.choice(CITIES)
    year = 2025
    roles = []
    for _ in range(rnd.randint(1, 5)):
        length = rnd.randint(8, 60)
        end = (year, rnd.randint(1, 12))
        start_idx = end[0] * 12 + end[1] - 1 - length
        start = (start_idx // 12, start_idx % 12 + 1)
        roles.append((rnd.choice(COMPANIES), rnd.choice(TITLES), start,
                      None if not roles and rnd.random() < 0.7 else end,
                      [f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)}" for _ in range(rnd.randint(0, 3))]))
        year = start[0] - rnd.randint(0, 1)
    school = rnd.choice(SCHOOLS)
    deg = rnd.choice(DEGREES)
    grad = year
    return {
        "name": f"{first} {last}", "first": first, "last": last,
        "email": f"{first.lower()}.{last.lower()}{i}@example.org".encode("ascii", "ignore").decode(),
        # the index keeps phones unique: the importer takes one phone as one person
        "phone": f"+{rnd.randint(30, 49)} {100 + i // 10000 % 900} {i % 10000:04d} {rnd.randint(100, 999)}",
        "city": city, "country": country, "headline": roles[0][1],
        "roles": roles, "school": school, "degree": deg, "edu": (grad - 4, grad),
        "skills": rnd.sample(SKILLS, rnd.randint(3, 9)),
        "summary": f"{roles[0][1]} with a taste for {rnd.choice(OBJECTS)}.",
    }


def d(ym, style):
    if ym is None:
        return "Present"
    y, m = ym
    return f"{MONTHS[m - 1]} {y}" if style == 0 else f"{m:02d}/{y}"


def render(p, style):
    out = [p["name"], p["headline"], f"{p['email']} | {p['phone']} | {p['city']}, {p['country']}", ""]
    out += ["Summary" if style == 0 else "PROFILE", p["summary"], ""]
    out += ["Experience" if style == 0 else "WORK EXPERIENCE", ""]
    for company, title, start, end, highs in p["roles"]:
        if style == 0:
            out += [f"{title} — {company}", f"{d(start, 0)} – {d(end, 0)}"]
        else:
            out += [f"{company}, {p['city']}", f"{title} | {d(start, 1)} - {d(end, 1)}"]
        out += [f"• {h}" for h in highs] + [""]
    out += ["Education" if style == 0 else "EDUCATION",
            f"{p['school']} — {p['degree'][0]} {p['degree'][1]}, {p['edu'][0]} – {p['edu'][1]}", ""]
    out += ["Skills" if style == 0 else "SKILLS", ", ".join(p["skills"]), ""]
    return "\n".join(out)


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip())
        return 64
    n, outdir = int(argv[0]), argv[1]
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    rnd = random.Random(seed)
    for i in range(n):
        sub = os.path.join(outdir, f"{i // 1000:03d}")
        if i % 1000 == 0:
            os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(render(person(rnd, i), i % 2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
