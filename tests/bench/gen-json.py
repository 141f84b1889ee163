#!/usr/bin/env python3
"""gen-json.py N OUTDIR [--seed S] [--texts TEXTDIR]: synthetic people as JSON Resume.

The people are gen-resumes.py's, each with a middle initial made from its
number so that no two share a name and first employer (the store takes
those for the same person).  Files are OUTDIR/NNN.json, each a JSON array of
up to 1,000 documents, one a line.  With --texts, the same people are also
written as gen-resumes.py lays them out, TEXTDIR/NNN/NNNNNN.txt, so the
query benchmark can grep the texts of the candidates it queries.
"""
import importlib.util
import json
import os
import random
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("gen_resumes", os.path.join(here, "gen-resumes.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def ym(d):
    return None if d is None else f"{d[0]:04d}-{d[1]:02d}"


def initials(i):
    s = ""
    i += 1
    while i > 0:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def resume(p):
    work = []
    for company, title, start, end, highs in p["roles"]:
        w = {"name": company, "position": title, "location": p["city"], "startDate": ym(start)}
        if end is not None:
            w["endDate"] = ym(end)
        if highs:
            w["highlights"] = highs
        work.append(w)
    return {
        "basics": {
            "name": p["name"], "label": p["headline"], "email": p["email"],
            "phone": p["phone"], "summary": p["summary"],
            "location": {"city": p["city"], "region": p["country"]},
        },
        "work": work,
        "education": [{
            "institution": p["school"], "studyType": p["degree"][0], "area": p["degree"][1],
            "startDate": str(p["edu"][0]), "endDate": str(p["edu"][1]),
        }],
        "skills": [{"name": s} for s in p["skills"]],
        "meta": {"asOf": "2025-12"},
    }


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip())
        return 64
    n, outdir = int(argv[0]), argv[1]
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    texts = argv[argv.index("--texts") + 1] if "--texts" in argv else None
    rnd = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    for start in range(0, n, 1000):
        docs = []
        if texts:
            os.makedirs(os.path.join(texts, f"{start // 1000:03d}"), exist_ok=True)
        for i in range(start, min(n, start + 1000)):
            p = gen.person(rnd, i)
            p["name"] = f"{p['first']} {initials(i)}. {p['last']}"
            docs.append(json.dumps(resume(p), ensure_ascii=False))
            if texts:
                with open(os.path.join(texts, f"{i // 1000:03d}", f"{i:06d}.txt"), "w",
                          encoding="utf-8") as f:
                    f.write(gen.render(p, i % 2))
        with open(os.path.join(outdir, f"{start // 1000:03d}.json"), "w", encoding="utf-8") as f:
            f.write("[\n" + ",\n".join(docs) + "\n]\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
