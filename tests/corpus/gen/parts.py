"""The pieces every template writes: a section's heading, an entry's lines.

Templates (text.py, pages.py) decide the layout; these functions decide the
words, from the person's data and style, so that every rendering of a
person says the same things.
"""
from fmt import (AT, date, degree, drange, duration, head, label, lang,
                 location, split)

STATUS_WORDS = {
    "en": {"granted": "granted", "filed": "filed"},
    "de": {"granted": "erteilt", "filed": "angemeldet"},
    "fr": {"granted": "délivré", "filed": "déposé"},
    "es": {"granted": "concedida", "filed": "solicitada"},
    "it": {"granted": "concesso", "filed": "depositato"},
    "pt": {"granted": "concedida", "filed": "depositada"},
    "nl": {"granted": "verleend", "filed": "aangevraagd"},
    "pl": {"granted": "udzielony", "filed": "zgłoszony"},
    "ro": {"granted": "acordat", "filed": "depus"},
}


def order(p):
    """The sections in the order this person writes them."""
    st = p["style"]
    default = ["summary", "work", "education", "skills", "projects", "patents",
               "publications", "certificates", "awards", "languages", "volunteer"]
    out = []
    for k in st.get("order", default):
        if k == "summary" and p["basics"].get("summary"):
            out.append(k)
        elif k != "summary" and p.get(k):
            out.append(k)
    return out


def contact_items(p):
    """(key, text) pairs: email, phone, location, url, profile urls."""
    b, st = p["basics"], p["style"]
    out = []
    if b.get("email"):
        out.append(("email", b["email"]))
    if b.get("phone"):
        out.append(("phone", b["phone"]))
    where = location(b, st)
    if where:
        out.append(("location", where))
    if b.get("url"):
        out.append(("web", b["url"]))
    for pr in b.get("profiles", []):
        out.append(("profile", pr.get("url") or pr["username"]))
    return out


def contact_lines(p, form=None):
    st = p["style"]
    form = form or st.get("contact", "line")
    items = contact_items(p)
    if form == "labels":
        out = []
        for k, v in items:
            if k in ("email", "phone", "location", "web"):
                out.append("%s: %s" % (label(st, k), v))
            else:
                out.append(v)
        return out
    if form == "stack":
        return [v for _, v in items]
    sep = st.get("csep", " | ")
    main = [v for k, v in items if k != "profile"]
    prof = [v for k, v in items if k == "profile"]
    out = [sep.join(main)]
    if prof:
        out.append(sep.join(prof))
    return out


def role_dates(e, st, **kw):
    return drange(e, st, **kw)


def groups(work, st):
    """Consecutive roles at one company, as [(company, [roles])]."""
    out = []
    for e in work:
        if out and out[-1][0] == e["name"] and st.get("group", True):
            out[-1][1].append(e)
        else:
            out.append((e["name"], [e]))
    return out


def role_line(e, st, form=None):
    """The lines that introduce a role (without highlights)."""
    form = form or st.get("role", "pipe")
    t, c, loc, d = e["position"], e["name"], e.get("location"), role_dates(e, st)
    cl = "%s, %s" % (c, loc) if loc else c
    if form == "pipe":
        return ["%s | %s | %s" % (t, cl, d)]
    if form == "dash":
        return ["%s — %s" % (c, t), d + (" · " + loc if loc else "")]
    if form == "at":
        return ["%s %s %s (%s)" % (t, AT[lang(st)], c, d)] + ([loc] if loc else [])
    if form == "first":
        return ["%s   %s, %s" % (d, t, cl)]
    if form == "own":
        return [t, cl, d]
    if form == "comma":
        return ["%s, %s, %s" % (c, t, d)] + ([loc] if loc else [])
    if form == "right":
        return [("%s, %s" % (t, cl), d)]   # a pair: the template aligns it
    raise ValueError(form)


def edu_lines(ed, st, form=None):
    form = form or st.get("edu", "degree")
    deg = degree(ed, st)
    yrs = drange(ed, st, form=st.get("edate", "year"), since=False,
                 sep=st.get("esep", st.get("sep", " – ")))
    inst = ed["institution"] + (", " + ed["_city"] if ed.get("_city") else "")
    sc = ed.get("_score", ed.get("score"))
    if form == "degree":
        out = ["%s — %s%s" % (deg, inst, " (%s)" % yrs if yrs else "")] if deg else \
              ["%s%s" % (inst, " (%s)" % yrs if yrs else "")]
    elif form == "inst":
        out = [inst, deg] if deg else [inst]
        if yrs:
            out.append(yrs)
    elif form == "years":
        out = ["%s   %s" % (yrs, ", ".join(x for x in (deg, inst) if x))]
    elif form == "comma":
        out = [", ".join(x for x in (inst, deg, yrs) if x)]
    else:
        raise ValueError(form)
    if sc:
        out.append(sc)
    for x in ed.get("_notes", []):
        out.append(x)
    return out


def skill_lines(p, form=None):
    """The lines of the skills section (without its heading)."""
    st = p["style"]
    form = form or st.get("skills", "comma")
    gs = p["skills"]
    flat = len(gs) == 1 and gs[0].get("_flat")
    joiner = {"comma": ", ", "pipes": " | ", "dots": " · ", "glued": "",
              "semi": "; "}.get(form)
    out = []
    for g in gs:
        kws = g["keywords"]
        if form in ("bullets", "lines"):
            if not flat:
                out.append(g["name"] + ("" if form == "lines" else ":"))
            b = st.get("bullet", "- ") if form == "bullets" else ""
            out.extend(b + k for k in kws)
        elif flat:
            out.append(joiner.join(kws))
        else:
            out.append("%s: %s" % (g["name"], joiner.join(kws)))
    return out


def patent_number(pt):
    return pt.get("_printed", pt.get("number", ""))


def simple_items(p, kind):
    """Entries of the minor sections as (main line, [more lines])."""
    st = p["style"]
    lng = lang(st)
    out = []
    for x in p[kind]:
        if kind == "projects":
            d = drange(x, st) if x.get("startDate") else ""
            main = x["name"]
            if x.get("entity"):
                main += " — " + x["entity"]
            if d:
                main += " (%s)" % d
            more = ([x["description"]] if x.get("description") else []) + \
                [st.get("bullet", "- ") + h for h in x.get("highlights", [])]
            out.append((main, more))
        elif kind == "patents":
            word = STATUS_WORDS[lng][x["status"]]
            num = patent_number(x)
            main = x.get("_text") or ("%s — %s (%s%s)" % (
                num, x["title"], word,
                ", " + date(x["date"], "year") if x.get("date") else "")
                if num else "%s (%s)" % (x["title"], word))
            out.append((main, []))
        elif kind == "publications":
            main = x.get("_text") or "%s. %s, %s." % (
                x["name"], x["publisher"], split(x["releaseDate"])[0])
            out.append((main, []))
        elif kind == "certificates":
            main = x["name"]
            if x.get("issuer"):
                main += " — " + x["issuer"]
            if x.get("date"):
                main += " (%s)" % date(x["date"], "year")
            out.append((main, []))
        elif kind == "awards":
            main = x["title"]
            if x.get("awarder"):
                main += ", " + x["awarder"]
            if x.get("date"):
                main += ", %s" % date(x["date"], "year")
            out.append((main, [x["summary"]] if x.get("summary") else []))
        elif kind == "languages":
            out.append(("%s — %s" % (x["language"], x["fluency"]), []))
        elif kind == "volunteer":
            d = drange(x, st) if x.get("startDate") else ""
            main = "%s, %s" % (x["position"], x["organization"])
            if d:
                main += " (%s)" % d
            out.append((main, [x["summary"]] if x.get("summary") else []))
    return out


def patent_groups(p):
    """Patents split as the PDF seed does: granted, then filed."""
    st = p["style"]
    lng = lang(st)
    words = {"en": ("Patents Granted", "Patents Filed"),
             "de": ("Erteilte Patente", "Patentanmeldungen"),
             "fr": ("Brevets délivrés", "Demandes de brevet"),
             "es": ("Patentes concedidas", "Solicitudes de patente")}.get(
                 lng, ("Patents Granted", "Patents Filed"))
    out = []
    for status, title in zip(("granted", "filed"), words):
        xs = [x for x in p["patents"] if x["status"] == status]
        if xs:
            out.append((title, ["[%s] %s" % (patent_number(x), x["title"])
                                if patent_number(x) else x["title"] for x in xs]))
    return out


def lang_items(p):
    return ["%s (%s)" % (x["language"], x["fluency"]) for x in p["languages"]]


def title(p, kind):
    return head(p["style"], kind)


__all__ = ["order", "contact_items", "contact_lines", "role_line", "edu_lines",
           "skill_lines", "simple_items", "patent_groups", "groups", "title",
           "duration", "role_dates", "lang_items"]
