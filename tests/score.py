#!/usr/bin/env python3
"""score.py EXPECTED.json ACTUAL.json: field-level F1 of an imported profile.

The project's own measure for its fixtures, written to the rules the shared
judge publishes (so a fixture scores here as it would there): basics name,
label, email, phone and city; work entries matched greedily by company,
position and dates, then name, position, start and end compared (ISO dates at
the precision the expected one has; an ongoing role must have no end) and
highlights by recall; education by institution, degree (studyType and area
together) and years; the set of skill group names and keywords; projects and
patents.  Prints one line per field with tp/fp/fn, then "f1=0.xxx" last.
"""
import json
import re
import sys
import unicodedata


def s_(x):
    return "" if x is None or isinstance(x, (dict, list)) else str(x).strip()


def norm(x):
    t = unicodedata.normalize("NFKC", s_(x)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", t).split())


def toks(x):
    return set(norm(x).split())


def dice(a, b):
    A, B = toks(a), toks(b)
    return 2.0 * len(A & B) / (len(A) + len(B)) if A and B else 0.0


def date(x):
    m = re.match(r"^(\d{4})(?:-(\d{2}))?", s_(x))
    return (int(m.group(1)), int(m.group(2)) if m.group(2) else None) if m else None


def same_date(gold, pred, year_only=False):
    g, p = date(gold), date(pred)
    if g is None or p is None:
        return False
    return g[0] == p[0] and (year_only or g[1] is None or g[1] == p[1])


class Tally:
    def __init__(self):
        self.c = {}

    def add(self, field, tp=0, fp=0, fn=0):
        x = self.c.setdefault(field, [0, 0, 0])
        x[0] += tp
        x[1] += fp
        x[2] += fn

    def slot(self, field, gold, pred, ok):
        if s_(gold) == "":
            return
        if s_(pred) == "":
            self.add(field, fn=1)
        elif ok:
            self.add(field, tp=1)
        else:
            self.add(field, fp=1, fn=1)


def match(gold, pred, sim):
    pairs = sorted(((-sim(g, p), i, j) for i, g in enumerate(gold)
                    for j, p in enumerate(pred) if sim(g, p) >= 0.29))
    gi, pj, out = set(), set(), {}
    for _, i, j in pairs:
        if i not in gi and j not in pj:
            gi.add(i)
            pj.add(j)
            out[i] = j
    return out, [j for j in range(len(pred)) if j not in pj]


def entries(t, field, gold, pred, sim, fields):
    m, extra = match(gold, pred, sim)
    for i, g in enumerate(gold):
        p = pred[m[i]] if i in m else {}
        for key, name, rule in fields:
            if key == "endDate" and s_(g.get("startDate")) and not s_(g.get("endDate")):
                if i in m:
                    t.add(field + ".endDate", tp=1 if not s_(p.get("endDate")) else 0,
                          fp=1 if s_(p.get("endDate")) else 0,
                          fn=1 if s_(p.get("endDate")) else 0)
                else:
                    t.add(field + ".endDate", fn=1)
                continue
            t.slot(field + "." + name, rule[0](g), rule[0](p), rule[1](rule[0](g), rule[0](p)))
        for h in g.get("highlights") or []:
            ht = toks(h)
            ok = any(len(ht & toks(x)) >= 0.6 * len(ht) for x in p.get("highlights") or [])
            t.add(field + ".highlights", tp=int(ok), fn=int(not ok))
    for j in extra:
        for key, name, rule in fields:
            if s_(rule[0](pred[j])):
                t.add(field + "." + name, fp=1)


def get(key):
    return lambda e: e.get(key)


def degree(e):
    return (s_(e.get("studyType")) + " " + s_(e.get("area"))).strip()


def score(gold, pred):
    t = Tally()
    gb, pb = gold.get("basics") or {}, pred.get("basics") or {}
    t.slot("basics.name", gb.get("name"), pb.get("name"), norm(gb.get("name")) == norm(pb.get("name")))
    t.slot("basics.label", gb.get("label"), pb.get("label"), dice(gb.get("label"), pb.get("label")) >= 0.8)
    t.slot("basics.email", gb.get("email"), pb.get("email"),
           s_(gb.get("email")).lower() == s_(pb.get("email")).lower())
    t.slot("basics.phone", gb.get("phone"), pb.get("phone"),
           re.sub(r"\D", "", s_(gb.get("phone"))) == re.sub(r"\D", "", s_(pb.get("phone"))))
    gc = (gb.get("location") or {}).get("city")
    pc = (pb.get("location") or {}).get("city")
    t.slot("basics.city", gc, pc, norm(gc) == norm(pc))
    dicey = lambda a, b: dice(a, b) >= 0.8
    entries(t, "work", gold.get("work") or [], pred.get("work") or [],
            lambda g, p: 0.4 * dice(g.get("name"), p.get("name"))
            + 0.3 * dice(g.get("position"), p.get("position"))
            + 0.15 * (date(g.get("startDate")) == date(p.get("startDate")) is not None)
            + 0.15 * (s_(g.get("endDate")) == s_(p.get("endDate"))),
            [("name", "name", (get("name"), dicey)),
             ("position", "position", (get("position"), dicey)),
             ("startDate", "startDate", (get("startDate"), same_date)),
             ("endDate", "endDate", (get("endDate"), same_date))])
    entries(t, "education", gold.get("education") or [], pred.get("education") or [],
            lambda g, p: 0.6 * dice(g.get("institution"), p.get("institution"))
            + 0.25 * dice(degree(g), degree(p)),
            [("institution", "institution", (get("institution"), dicey)),
             ("degree", "degree", (degree, lambda a, b: dice(a, b) >= 0.6)),
             ("startDate", "startDate", (get("startDate"), lambda a, b: same_date(a, b, True))),
             ("endDate", "endDate", (get("endDate"), lambda a, b: same_date(a, b, True)))])

    def skillset(v):
        out = set()
        for s in v or []:
            out |= {norm(s.get("name"))} | {norm(k) for k in s.get("keywords") or []}
        return out - {""}

    G, P = skillset(gold.get("skills")), skillset(pred.get("skills"))
    t.add("skills", tp=len(G & P), fp=len(P - G), fn=len(G - P))
    entries(t, "projects", gold.get("projects") or [], pred.get("projects") or [],
            lambda g, p: dice(g.get("name"), p.get("name")),
            [("name", "name", (get("name"), dicey)),
             ("startDate", "startDate", (get("startDate"), same_date))])
    digits = lambda x: re.sub(r"\D", "", s_(x))
    entries(t, "patents", gold.get("patents") or [], pred.get("patents") or [],
            lambda g, p: 1.0 if digits(g.get("number")) and digits(g.get("number")) == digits(p.get("number"))
            else dice(g.get("title"), p.get("title")),
            [("title", "title", (get("title"), dicey)),
             ("number", "number", (get("number"), lambda a, b: digits(a) == digits(b))),
             ("status", "status", (get("status"), lambda a, b: norm(a) == norm(b)))])
    return t


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 64
    with open(argv[0], encoding="utf-8") as f:
        gold = json.load(f)
    try:
        with open(argv[1], encoding="utf-8") as f:
            pred = json.load(f)
    except (OSError, ValueError):
        pred = {}
    t = score(gold, pred)
    tp = fp = fn = 0
    for field in sorted(t.c):
        a, b, c = t.c[field]
        tp, fp, fn = tp + a, fp + b, fn + c
        print("%-24s tp=%d fp=%d fn=%d" % (field, a, b, c))
    print("f1=%.3f" % (2.0 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
