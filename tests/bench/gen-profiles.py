#!/usr/bin/env python3
"""gen-profiles.py N OUTDIR [--seed S]: writes N synthetic candidates as JSON
Resume documents, arrays of 1,000 a file (OUTDIR/NNN.json), for the browser's
benchmark: structured work, education and skills, so the card and the
timeline have something to draw.  The same N and seed give the same files.
"""
import json
import os
import random
import sys

FIRST = ["Ada", "Bruno", "Chiara", "Dmitri", "Élodie", "Farid", "Greta", "Hiroshi",
         "Ines", "Jonas", "Kavya", "Lars", "Marta", "Nikolai", "Oona", "Pedro", "Rosa",
         "Søren", "Tomasz", "Ulla", "Viktor", "Wen", "Ximena", "Yusuf", "Zofia"]
LAST = ["Quill", "Ferreira", "Rossi", "Volkov", "Moreau", "Haddad", "Lindqvist", "Tanaka",
        "García", "Berg", "Iyer", "Nilsen", "Kowalski", "Petrov", "Virtanen", "Silva",
        "Dubois", "Nowak", "Schäfer", "Horvath", "Chen", "Ortega", "Demir", "Okafor"]
COMPANIES = ["Northwind Logistics", "Contoso Freight", "Fabrikam Systems", "Tailspin Aviation",
             "Wingtip Analytics", "Adatum Security", "Litware Labs", "Proseware",
             "Woodgrove Bank", "Alpine Ski House", "Trey Research", "Relecloud", "VanArsdel"]
TITLES = ["Software Engineer", "Senior Software Engineer", "Staff Engineer",
          "Engineering Manager", "Data Engineer", "Site Reliability Engineer",
          "Product Manager", "Security Engineer", "Technical Lead", "Analyst"]
SCHOOLS = ["University of Leeds", "Politecnico di Milano", "Universidad de Sevilla",
           "KTH Royal Institute of Technology", "University of Warsaw", "Aalto University"]
SKILLS = ["C", "Go", "Rust", "Python", "Java", "SQL", "Kubernetes", "Terraform", "AWS",
          "Linux", "Kafka", "Spark", "React", "Redis", "PostgreSQL", "Bash"]
CITIES = [("Leeds", "GB"), ("München", "DE"), ("Milano", "IT"), ("Sevilla", "ES"),
          ("Stockholm", "SE"), ("Warszawa", "PL"), ("Helsinki", "FI"), ("Lisboa", "PT")]
VERBS = ["Built", "Led", "Designed", "Shipped", "Migrated", "Scaled", "Automated"]
OBJECTS = ["the billing pipeline", "a search service", "the on-call rotation",
           "deployment to Kubernetes", "the data warehouse", "the mobile release process"]


def ym(i):
    return f"{i // 12}-{i % 12 + 1:02d}"


def person(rnd, i):
    # name, initial and first employer unique up to 200,000 people, so that
    # none is taken for another (the store matches people by them)
    first, last = FIRST[i % len(FIRST)], LAST[i // len(FIRST) % len(LAST)]
    initial = chr(ord("A") + i // (len(FIRST) * len(LAST)) % 26)
    first_job = COMPANIES[i // (len(FIRST) * len(LAST) * 26) % len(COMPANIES)]
    city, cc = rnd.choice(CITIES)
    end = 2025 * 12 + 2
    work = []
    for k in range(rnd.randint(1, 5)):
        start = end - rnd.randint(8, 60)
        role = {"name": rnd.choice(COMPANIES), "position": rnd.choice(TITLES),
                "startDate": ym(start),
                "highlights": [f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)}"
                               for _ in range(rnd.randint(0, 3))]}
        if k > 0 or rnd.random() < 0.3:
            role["endDate"] = ym(end)
        work.append(role)
        end = start - rnd.randint(0, 10)
    work[-1]["name"] = first_job
    grad = end // 12
    return {
        "basics": {"name": f"{first} {initial}. {last}", "label": work[0]["position"],
                   "email": f"{first.lower()}.{last.lower()}.{i}@example.org",
                   "location": {"city": city, "countryCode": cc},
                   "summary": f"{work[0]['position']} who {rnd.choice(VERBS).lower()} "
                              f"{rnd.choice(OBJECTS)}."},
        "work": work,
        "education": [{"institution": rnd.choice(SCHOOLS), "studyType": "BSc",
                       "area": "Computer Science", "startDate": str(grad - 3),
                       "endDate": str(grad)}],
        "skills": [{"name": "Tools", "keywords": rnd.sample(SKILLS, rnd.randint(3, 8))}],
        "meta": {"asOf": "2025-03"},
    }


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip())
        return 64
    n, outdir = int(argv[0]), argv[1]
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    rnd = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    for f in range(0, n, 1000):
        batch = [person(rnd, i) for i in range(f, min(n, f + 1000))]
        with open(os.path.join(outdir, f"{f // 1000:03d}.json"), "w", encoding="utf-8") as out:
            json.dump(batch, out, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
