"""HTML templates: résumé web pages and print layouts.

Each returns one HTML document; make-corpus feeds it to w3m and lynx (as a
web page) and to headless chromium (as a PDF, then pdftotext).  CSS does
the print layout; text browsers ignore it, as they do on real pages.

  onecol    one column, dates right-aligned on the role line
  sidebar   two columns: contact, skills, languages on the left
  table     a layout table: dates in the left column
  linkedin  like a profile-site PDF export: sidebar, dates on their own
            line with durations, "Page 1 of 2" footers
  europass  labels in a left column ("Dates", "Occupation or position held")
  twopage   a long CV with a header and a "Page N of M" footer on each page
"""
from html import escape

from fmt import MONTHS, degree, drange, duration, head, lang, location, split
from parts import (contact_items, edu_lines, groups, lang_items, order,
                   patent_groups, role_line, simple_items)


def esc(s):
    return escape(s, quote=True)


def link(v):
    if v.startswith("http"):
        return '<a href="%s">%s</a>' % (esc(v), esc(v))
    if "@" in v and " " not in v:
        return '<a href="mailto:%s">%s</a>' % (esc(v), esc(v))
    if "/" in v and "." in v.split("/")[0] and " " not in v:
        return '<a href="https://%s">%s</a>' % (esc(v), esc(v))
    return esc(v)


def page(p, css, body, footer=None, header=None, size="A4"):
    st = p["style"]
    size = st.get("paper", size)
    boxes = ""
    if header:
        boxes += '@top-left { content: "%s"; font: 8.5pt sans-serif; color: #555; }' % (
            header.replace("\\", "\\\\").replace('"', '\\"'))
    if footer:
        boxes += '@bottom-right { content: %s; font: 8.5pt sans-serif; color: #555; }' % footer
    return """<!DOCTYPE html>
<html lang="%s"><head><meta charset="utf-8">
<title>%s</title>
<style>
@page { size: %s; margin: 16mm 15mm 18mm 15mm; %s }
%s
</style></head>
<body>
%s
</body></html>
""" % (lang(st), esc(p["basics"]["name"]), size, boxes, css, body)


def name_of(p):
    return p["basics"].get("_name", p["basics"]["name"])


def ul(items):
    if not items:
        return ""
    return "<ul>\n" + "\n".join("<li>%s</li>" % esc(h) for h in items) + "\n</ul>\n"


def minor(p, kind):
    """A minor section (projects, patents, ...) as HTML."""
    if kind == "patents" and p["style"].get("patents") == "seed":
        out = ""
        for t, xs in patent_groups(p):
            out += "<h3>%s</h3>\n%s" % (esc(t), ul(xs))
        return out
    if kind == "languages" and p["style"].get("langs") == "inline":
        return "<p>%s</p>\n" % esc(", ".join(lang_items(p)))
    out = "<ul class=\"minor\">\n"
    for main, more in simple_items(p, kind):
        out += "<li>%s%s</li>\n" % (esc(main), "".join(
            "<br>%s" % esc(m.lstrip("- ")) for m in more))
    return out + "</ul>\n"


def skills_html(p, form=None):
    st = p["style"]
    form = form or st.get("hskills", "groups")
    out = ""
    for g in p["skills"]:
        if form == "list":
            if not g.get("_flat"):
                out += "<h3>%s</h3>\n" % esc(g["name"])
            out += ul(g["keywords"])
        elif g.get("_flat"):
            out += "<p>%s</p>\n" % esc(st.get("hjoin", ", ").join(g["keywords"]))
        else:
            out += "<p><b>%s:</b> %s</p>\n" % (esc(g["name"]),
                                               esc(st.get("hjoin", ", ").join(g["keywords"])))
    return out


def role_tail(e):
    """A role's description and bullets."""
    out = "<p>%s</p>\n" % esc(e["summary"]) if e.get("summary") else ""
    return out + ul(e.get("highlights", []))


def section_html(p, kind):
    """Education, skills or a minor section, the same in every template."""
    if kind == "education":
        return edu_html(p)
    if kind == "skills":
        return skills_html(p)
    return minor(p, kind)


def edu_html(p):
    out = ""
    for ed in p["education"]:
        lines = edu_lines(ed, p["style"])
        out += "<p class=\"edu\"><b>%s</b>%s</p>\n" % (
            esc(lines[0]), "".join("<br>" + esc(x) for x in lines[1:]))
    return out


# ------------------------------------------------------------- onecol
ONECOL_CSS = """
body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.3; }
h1 { font-size: 20pt; margin: 0; } .label { font-size: 12pt; margin: 2pt 0; }
.contact { color: #333; margin: 2pt 0 8pt 0; }
h2 { font-size: 11pt; border-bottom: 1px solid #888; margin: 10pt 0 4pt 0; %s }
h3 { font-size: 10pt; margin: 6pt 0 2pt 0; }
.row { display: flex; justify-content: space-between; margin-top: 6pt; }
.row .d { white-space: nowrap; color: #333; }
ul { margin: 2pt 0 2pt 0; padding-left: 14pt; } p { margin: 2pt 0; }
"""


def onecol(p):
    st = p["style"]
    b = p["basics"]
    caps = "text-transform: uppercase; letter-spacing: 1pt;" if st.get("hcaps") else ""
    body = "<header>\n<h1>%s</h1>\n" % esc(name_of(p))
    if b.get("label"):
        body += '<p class="label">%s</p>\n' % esc(b["label"])
    body += '<p class="contact">%s</p>\n</header>\n' % " · ".join(
        link(v) for _, v in contact_items(p))
    for kind in order(p):
        body += "<section>\n<h2>%s</h2>\n" % esc(head(st, kind))
        if kind == "summary":
            body += "<p>%s</p>\n" % esc(b["summary"])
        elif kind == "work":
            for company, roles in groups(p["work"], st):
                if len(roles) > 1:
                    loc = roles[0].get("location")
                    body += "<h3>%s%s</h3>\n" % (esc(company), esc(", " + loc) if loc else "")
                    for e in roles:
                        body += ('<div class="row"><span class="t"><i>%s</i></span>\n'
                                 '<span class="d">%s</span></div>\n' % (
                                     esc(e["position"]), esc(drange(e, st))))
                        body += role_tail(e)
                    continue
                e = roles[0]
                left = "<b>%s</b>, %s" % (esc(e["position"]), esc(company))
                if e.get("location"):
                    left += " — " + esc(e["location"])
                body += ('<div class="row"><span class="t">%s</span>\n'
                         '<span class="d">%s</span></div>\n' % (left, esc(drange(e, st))))
                body += role_tail(e)
        else:
            body += section_html(p, kind)
        body += "</section>\n"
    return page(p, ONECOL_CSS % caps, body)


# ------------------------------------------------------------- sidebar
SIDEBAR_CSS = """
body { font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; margin: 0; }
.top h1 { font-size: 22pt; margin: 0; } .top p { font-size: 12pt; margin: 2pt 0 10pt 0; }
.cols { display: grid; grid-template-columns: 31%% 66%%; column-gap: 3%%; }
aside { background: #eef1f5; padding: 6pt 8pt; }
aside h2, main h2 { font-size: 10.5pt; text-transform: %s; margin: 8pt 0 3pt 0; }
aside p { margin: 2pt 0; } aside ul { padding-left: 12pt; margin: 2pt 0; }
main h3 { font-size: 10pt; margin: 7pt 0 0 0; } main .when { color: #444; margin: 1pt 0; }
main ul { list-style: none; padding-left: 4pt; margin: 2pt 0; } main p { margin: 2pt 0; }
main li::before { content: "\\25AA  "; }
"""

SIDE_KINDS = ("skills", "languages", "certificates", "awards")


def sidebar(p):
    st = p["style"]
    b = p["basics"]
    body = '<div class="top"><h1>%s</h1>\n' % esc(name_of(p))
    if b.get("label"):
        body += "<p>%s</p>\n" % esc(b["label"])
    body += '</div>\n<div class="cols">\n<aside>\n<h2>%s</h2>\n' % esc(head(st, "contact"))
    body += "".join("<p>%s</p>\n" % link(v) for _, v in contact_items(p))
    kinds = order(p)
    for kind in kinds:
        if kind in SIDE_KINDS:
            body += "<h2>%s</h2>\n" % esc(head(st, kind))
            body += skills_html(p, "list") if kind == "skills" else minor(p, kind)
    body += "</aside>\n<main>\n"
    for kind in kinds:
        if kind in SIDE_KINDS:
            continue
        body += "<h2>%s</h2>\n" % esc(head(st, kind))
        if kind == "summary":
            body += "<p>%s</p>\n" % esc(b["summary"])
        elif kind == "work":
            for e in p["work"]:
                lines = role_line(e, st, st.get("srole", "own"))
                lines = [" ".join(x) if isinstance(x, tuple) else x for x in lines]
                body += "<h3>%s</h3>\n" % esc(lines[0])
                body += "".join('<p class="when">%s</p>\n' % esc(x) for x in lines[1:])
                body += role_tail(e)
        elif kind == "education":
            body += edu_html(p)
        else:
            body += minor(p, kind)
    body += "</main>\n</div>\n"
    upper = "uppercase" if st.get("hcaps", True) else "none"
    return page(p, SIDEBAR_CSS % upper, body)


# ------------------------------------------------------------- table
TABLE_CSS = """
body { font-family: "DejaVu Serif", serif; font-size: 9.5pt; }
h1 { font-size: 18pt; margin: 0 0 2pt 0; text-align: center; }
p.sub { text-align: center; margin: 1pt 0; }
table.cv { width: 100%; border-collapse: collapse; margin-top: 8pt; }
table.cv th { text-align: left; font-size: 10.5pt; border-bottom: 1.5px solid #000;
  padding: 8pt 0 2pt 0; }
table.cv td { vertical-align: top; padding: 3pt 4pt 3pt 0; }
td.when { width: 22%; white-space: nowrap; }
ul { margin: 1pt 0; padding-left: 13pt; }
"""


def table(p):
    st = p["style"]
    b = p["basics"]
    body = "<h1>%s</h1>\n" % esc(name_of(p))
    if b.get("label"):
        body += '<p class="sub"><i>%s</i></p>\n' % esc(b["label"])
    body += '<p class="sub">%s</p>\n' % " | ".join(link(v) for _, v in contact_items(p))
    body += '<table class="cv">\n'
    tsep = st.get("tsep", " – ")
    for kind in order(p):
        body += '<tr><th colspan="2">%s</th></tr>\n' % esc(head(st, kind).upper())
        if kind == "summary":
            body += '<tr><td colspan="2">%s</td></tr>\n' % esc(b["summary"])
        elif kind == "work":
            for e in p["work"]:
                cell = "<b>%s</b><br>%s%s" % (esc(e["position"]), esc(e["name"]),
                                              esc(", " + e["location"]) if e.get("location") else "")
                if e.get("summary"):
                    cell += "<br>" + esc(e["summary"])
                cell += ul(e.get("highlights", []))
                body += '<tr><td class="when">%s</td><td>%s</td></tr>\n' % (
                    esc(drange(e, st, sep=tsep)), cell)
        elif kind == "education":
            for ed in p["education"]:
                yrs = drange(ed, st, form=st.get("edate", "year"), sep=tsep, since=False)
                cell = "<b>%s</b><br>%s" % (esc(degree(ed, st)), esc(ed["institution"]))
                if ed.get("score"):
                    cell += "<br>" + esc(ed.get("_score", ed["score"]))
                body += '<tr><td class="when">%s</td><td>%s</td></tr>\n' % (esc(yrs), cell)
        elif kind == "skills":
            for g in p["skills"]:
                name = "" if g.get("_flat") else esc(g["name"])
                body += '<tr><td class="when">%s</td><td>%s</td></tr>\n' % (
                    name, esc(", ".join(g["keywords"])))
        else:
            for main, more in simple_items(p, kind):
                body += '<tr><td colspan="2">%s%s</td></tr>\n' % (
                    esc(main), "".join("<br>" + esc(m.lstrip("- ")) for m in more))
    body += "</table>\n"
    return page(p, TABLE_CSS, body)


# ------------------------------------------------------------- linkedin
LINKEDIN_CSS = """
body { font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; margin: 0; }
.cols { display: grid; grid-template-columns: 28% 69%; column-gap: 3%; }
aside { background: #e8eaee; padding: 8pt; }
aside h3 { font-size: 11pt; margin: 10pt 0 3pt 0; } aside p { margin: 1pt 0 3pt 0; }
main h1 { font-size: 22pt; margin: 0; } main .headline { font-size: 11.5pt; margin: 3pt 0; }
main .where { color: #666; margin: 0 0 8pt 0; }
main h2 { font-size: 14pt; margin: 12pt 0 4pt 0; }
main h3 { font-size: 11pt; margin: 8pt 0 1pt 0; }
main p { margin: 1pt 0; } .muted { color: #666; }
"""


def ldate(e, full=True):
    """'June 2019 - Present (6 yrs 1 mo)'."""
    def one(d):
        y, m = split(d)
        return "%s %d" % (MONTHS["en"][m - 1], y) if m else "%d" % y
    end = one(e["endDate"]) if e.get("endDate") else "Present"
    return "%s - %s (%s)" % (one(e["startDate"]), end, duration(e["startDate"], e.get("endDate")))


def linkedin(p):
    st = p["style"]
    b = p["basics"]
    side = "<aside>\n<h3>Contact</h3>\n"
    for k, v in contact_items(p):
        if k == "location":
            continue
        side += "<p>%s%s</p>\n" % (link(v), " (LinkedIn)" if "linkedin" in v else "")
    kinds = order(p)
    if "skills" in kinds:
        side += "<h3>%s</h3>\n" % esc(head(st, "skills"))
        for g in p["skills"]:
            side += "".join("<p>%s</p>\n" % esc(k) for k in g["keywords"][:st.get("topskills", 99)])
    for kind, title in (("languages", "Languages"), ("certificates", "Certifications"),
                        ("awards", "Honors-Awards"), ("publications", "Publications"),
                        ("patents", "Patents")):
        if kind in kinds:
            side += "<h3>%s</h3>\n" % title
            if kind == "languages":
                side += "".join("<p>%s (%s)</p>\n" % (esc(x["language"]), esc(x["fluency"]))
                                for x in p["languages"])
            else:
                side += "".join("<p>%s</p>\n" % esc(m) for m, _ in simple_items(p, kind))
    side += "</aside>\n"
    main = "<main>\n<h1>%s</h1>\n" % esc(name_of(p))
    if b.get("label"):
        main += '<p class="headline">%s</p>\n' % esc(b["label"])
    main += '<p class="where">%s</p>\n' % esc(location(b, st))
    if b.get("summary"):
        main += "<h2>Summary</h2>\n<p>%s</p>\n" % esc(b["summary"])
    if p["work"]:
        main += "<h2>Experience</h2>\n"
        for company, roles in groups(p["work"], st):
            main += "<h3>%s</h3>\n" % esc(company)
            if len(roles) > 1:
                main += '<p class="muted">%s</p>\n' % duration(
                    roles[-1]["startDate"], roles[0].get("endDate"))
            for e in roles:
                main += "<p>%s</p>\n<p class=\"muted\">%s</p>\n" % (esc(e["position"]), esc(ldate(e)))
                if e.get("location"):
                    main += '<p class="muted">%s</p>\n' % esc(e["location"])
                if e.get("summary"):
                    main += "<p>%s</p>\n" % esc(e["summary"])
                main += "".join("<p>- %s</p>\n" % esc(h) for h in e.get("highlights", []))
    if p["education"]:
        main += "<h2>Education</h2>\n"
        for ed in p["education"]:
            main += "<h3>%s</h3>\n" % esc(ed["institution"])
            deg = ", ".join(x for x in (ed.get("studyType"), ed.get("area")) if x)
            yrs = drange(ed, {"date": "year"}, sep=" - ", since=False)
            main += "<p>%s%s</p>\n" % (esc(deg), " · (%s)" % esc(yrs) if yrs else "")
    for kind in ("projects", "volunteer"):
        if kind in kinds:
            main += "<h2>%s</h2>\n" % ("Projects" if kind == "projects" else "Volunteer Experience")
            main += "".join("<p>%s</p>\n" % esc(m) for m, _ in simple_items(p, kind))
    body = '<div class="cols">\n%s%s</main>\n</div>\n' % (side, main)
    return page(p, LINKEDIN_CSS, body,
                footer='"Page " counter(page) " of " counter(pages)')


# ------------------------------------------------------------- europass
EUROPASS = {
    "en": {"personal": "Personal information", "name": "Surname(s) / First name(s)",
           "address": "Address", "phone": "Telephone(s)", "email": "E-mail",
           "web": "Website(s)", "desired": "Desired employment / Occupational field",
           "work": "Work experience", "dates": "Dates",
           "position": "Occupation or position held",
           "activities": "Main activities and responsibilities",
           "employer": "Name and address of employer",
           "education": "Education and training",
           "qualification": "Title of qualification awarded",
           "subjects": "Principal subjects / occupational skills covered",
           "org": "Name and type of organisation providing education and training",
           "grade": "Level in national or international classification",
           "skills": "Personal skills and competences",
           "mother": "Mother tongue(s)", "other": "Other language(s)",
           "extra": "Additional information"},
    "de": {"personal": "Angaben zur Person", "name": "Nachname(n) / Vorname(n)",
           "address": "Adresse", "phone": "Telefon", "email": "E-Mail",
           "web": "Website(s)", "desired": "Gewünschte Beschäftigung / Gewünschtes Berufsfeld",
           "work": "Berufserfahrung", "dates": "Zeitraum",
           "position": "Beruf oder Funktion",
           "activities": "Wichtigste Tätigkeiten und Zuständigkeiten",
           "employer": "Name und Adresse des Arbeitgebers",
           "education": "Schul- und Berufsbildung",
           "qualification": "Bezeichnung der erworbenen Qualifikation",
           "subjects": "Hauptfächer / berufliche Fähigkeiten",
           "org": "Name und Art der Bildungs- oder Ausbildungseinrichtung",
           "grade": "Stufe der nationalen oder internationalen Klassifikation",
           "skills": "Persönliche Fähigkeiten und Kompetenzen",
           "mother": "Muttersprache(n)", "other": "Sonstige Sprache(n)",
           "extra": "Zusätzliche Angaben"},
}

NATIVE_WORDS = ("native", "muttersprache", "mother tongue", "limba maternă",
                "langue maternelle", "nativo", "madrelingua", "moedertaal", "ojczysty")

EUROPASS_CSS = """
body { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; }
table.ep { width: 100%; border-collapse: collapse; }
td.lab { width: 32%; text-align: right; color: #1f3e78; padding: 2pt 10pt 2pt 0;
  border-right: 1px solid #1f3e78; vertical-align: top; }
td.val { padding: 2pt 0 2pt 10pt; vertical-align: top; }
tr.sec td.lab { font-size: 11pt; font-weight: bold; padding-top: 12pt; }
tr.name td.val { font-size: 15pt; font-weight: bold; }
ul { margin: 0; padding-left: 12pt; }
"""


def europass(p):
    st = p["style"]
    b = p["basics"]
    w = EUROPASS.get(lang(st), EUROPASS["en"])
    rows = []

    def row(lab, val, cls=""):
        rows.append('<tr class="%s"><td class="lab">%s</td><td class="val">%s</td></tr>'
                    % (cls, esc(lab), val))

    def sec(lab):
        row(lab, "", "sec")
    sec(w["personal"])
    row(w["name"], esc(b.get("_surname_first", name_of(p))), "name")
    where = location(b, st)
    if where:
        row(w["address"], esc(where))
    if b.get("phone"):
        row(w["phone"], esc(b["phone"]))
    if b.get("email"):
        row(w["email"], link(b["email"]))
    links = ([b["url"]] if b.get("url") else []) + [x.get("url", "") for x in b.get("profiles", [])]
    if links:
        row(w["web"], "<br>".join(link(v) for v in links if v))
    if b.get("label"):
        row(w["desired"], "<b>%s</b>" % esc(b["label"]))
    if b.get("summary"):
        row(head(st, "summary"), esc(b["summary"]))
    if p["work"]:
        sec(w["work"])
        for e in p["work"]:
            row(w["dates"], esc(drange(e, st)))
            row(w["position"], "<b>%s</b>" % esc(e["position"]))
            acts = ([e["summary"]] if e.get("summary") else []) + e.get("highlights", [])
            if acts:
                row(w["activities"], ul(acts))
            row(w["employer"], esc(e["name"] + (", " + e["location"] if e.get("location") else "")))
            rows.append('<tr><td class="lab">&nbsp;</td><td></td></tr>')
    if p["education"]:
        sec(w["education"])
        for ed in p["education"]:
            yrs = drange(ed, st, form=st.get("edate", "year"), since=False)
            if yrs:
                row(w["dates"], esc(yrs))
            if ed.get("studyType"):
                row(w["qualification"], "<b>%s</b>" % esc(ed["studyType"]))
            if ed.get("area"):
                row(w["subjects"], esc(ed["area"]))
            row(w["org"], esc(ed["institution"] + (", " + ed["_city"] if ed.get("_city") else "")))
            if ed.get("score"):
                row(w["grade"], esc(ed.get("_score", ed["score"])))
            rows.append('<tr><td class="lab">&nbsp;</td><td></td></tr>')
    sec(w["skills"])
    if p["languages"]:
        native = [x["language"] for x in p["languages"] if x["fluency"].lower().startswith(
            NATIVE_WORDS)]
        other = [x for x in p["languages"] if x["language"] not in native]
        if native:
            row(w["mother"], esc(", ".join(native)))
        if other:
            row(w["other"], "<br>".join("%s — %s" % (esc(x["language"]), esc(x["fluency"]))
                                        for x in other))
    for g in p["skills"]:
        row(g["name"], esc(", ".join(g["keywords"])))
    for kind in order(p):
        if kind in ("projects", "patents", "publications", "certificates", "awards", "volunteer"):
            row(head(st, kind), "<br>".join(esc(m) for m, _ in simple_items(p, kind)))
    body = '<table class="ep">\n%s\n</table>\n' % "\n".join(rows)
    return page(p, EUROPASS_CSS, body,
                footer='"Page " counter(page) " / " counter(pages)',
                header="Curriculum vitae — %s" % name_of(p))


# ------------------------------------------------------------- twopage
TWOPAGE_CSS = """
body { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.45; }
h1 { font-size: 20pt; margin: 0; } .label { font-style: italic; margin: 2pt 0; }
h2 { font-size: 12pt; font-variant: small-caps; border-bottom: 0.8px solid #000;
  margin: 14pt 0 5pt 0; }
.role { margin: 8pt 0 2pt 0; } .role p { margin: 0; } ul { margin: 2pt 0; }
p { margin: 3pt 0; } li { margin: 1pt 0; }
ul { list-style: none; padding-left: 10pt; } li::before { content: "\\2013  "; }
"""


def twopage(p):
    st = p["style"]
    b = p["basics"]
    body = "<h1>%s</h1>\n" % esc(name_of(p))
    if b.get("label"):
        body += '<p class="label">%s</p>\n' % esc(b["label"])
    body += "<p>%s</p>\n" % "<br>".join(link(v) for _, v in contact_items(p))
    for kind in order(p):
        body += "<h2>%s</h2>\n" % esc(head(st, kind))
        if kind == "summary":
            body += "<p>%s</p>\n" % esc(b["summary"])
        elif kind == "work":
            for e in p["work"]:
                lines = role_line(e, st)
                lines = ["   ".join(x) if isinstance(x, tuple) else x for x in lines]
                body += '<div class="role"><p><b>%s</b></p>%s</div>\n' % (
                    esc(lines[0]), "".join("<p>%s</p>" % esc(x) for x in lines[1:]))
                body += role_tail(e)
        else:
            body += section_html(p, kind)
    header = "%s — Curriculum Vitae" % name_of(p)
    return page(p, TWOPAGE_CSS, body, header=header,
                footer='"Page " counter(page) " of " counter(pages)')


TEMPLATES = {"onecol": onecol, "sidebar": sidebar, "table": table,
             "linkedin": linkedin, "europass": europass, "twopage": twopage}
