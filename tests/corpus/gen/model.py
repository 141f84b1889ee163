"""The corpus people, written compactly, and their gold JSON Resume.

A person is a JSON Resume document plus two things the gold leaves out:
"style" (how this person writes a résumé: language, headings, date form,
role-line order...) and "renders" (the renderer names of its renderings).
Keys starting with "_" are presentation hints (the exact text of a date
range, a patent number as printed, the country as written) and are dropped
from the gold.
"""
import copy

from fmt import head

SECTIONS = ["work", "volunteer", "education", "awards", "certificates",
            "publications", "skills", "languages", "projects", "patents"]


def W(company, position, start, end=None, loc=None, hl=(), **kw):
    """One role."""
    e = {"name": company, "position": position}
    if loc:
        e["location"] = loc
    e["startDate"] = start
    if end:
        e["endDate"] = end
    if kw.get("summary"):
        e["summary"] = kw.pop("summary")
    if hl:
        e["highlights"] = list(hl)
    e.update(kw)
    return e


def E(inst, study=None, area=None, start=None, end=None, score=None, **kw):
    e = {"institution": inst}
    if study:
        e["studyType"] = study
    if area:
        e["area"] = area
    if start:
        e["startDate"] = start
    if end:
        e["endDate"] = end
    if score:
        e["score"] = score
    e.update(kw)
    return e


def S(name, *keywords):
    """A skill group; name None: a flat list, named after the heading."""
    return {"name": name, "keywords": list(keywords)}


def Pj(name, entity=None, start=None, end=None, desc=None, hl=(), **kw):
    e = {"name": name}
    if entity:
        e["entity"] = entity
    if start:
        e["startDate"] = start
    if end:
        e["endDate"] = end
    if desc:
        e["description"] = desc
    if hl:
        e["highlights"] = list(hl)
    e.update(kw)
    return e


def Pt(number, title, status, date=None, **kw):
    """A patent; number as printed without the kind code (B1, A1)."""
    e = {}
    if number:
        e["number"] = number
    e["title"] = title
    e["status"] = status
    if date:
        e["date"] = date
    e.update(kw)
    return e


def Pub(name, publisher, date, **kw):
    e = {"name": name, "publisher": publisher, "releaseDate": date}
    e.update(kw)
    return e


def Cert(name, issuer=None, date=None, **kw):
    e = {"name": name}
    if issuer:
        e["issuer"] = issuer
    if date:
        e["date"] = date
    e.update(kw)
    return e


def Aw(title, awarder=None, date=None, **kw):
    e = {"title": title}
    if date:
        e["date"] = date
    if awarder:
        e["awarder"] = awarder
    e.update(kw)
    return e


def L(language, fluency):
    return {"language": language, "fluency": fluency}


def V(org, position, start=None, end=None, summary=None, **kw):
    e = {"organization": org, "position": position}
    if start:
        e["startDate"] = start
    if end:
        e["endDate"] = end
    if summary:
        e["summary"] = summary
    e.update(kw)
    return e


def person(pid, basics, style=None, renders=(), **sections):
    p = {"id": pid, "basics": basics, "style": style or {}, "renders": list(renders)}
    for k in SECTIONS:
        p[k] = list(sections.pop(k, []))
    if sections:
        raise ValueError("%s: unknown sections %s" % (pid, sorted(sections)))
    for g in p["skills"]:
        if g["name"] is None:
            g["name"] = head(p["style"], "skills")
            g["_flat"] = True
    return p


def strip(x):
    if isinstance(x, dict):
        return {k: strip(v) for k, v in x.items() if not k.startswith("_")}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x


def gold(p):
    """The gold JSON Resume of a person."""
    out = {"basics": strip(copy.deepcopy(p["basics"]))}
    out["work"] = strip(p["work"])
    for k in SECTIONS[1:]:
        if p[k]:
            out[k] = strip(p[k])
    return out
