"""Plain-text and Markdown templates: résumés as people type them.

Each template takes a person and returns the text (str).  The "txt"
templates are classic (headings in the person's style, role lines in the
person's order), caps (ALL CAPS headings, dates right-aligned) and profile
(a profile web page pasted as text: durations, glued lists, page noise);
the "md" ones are plain (ATX headings) and setext (underlined headings,
tables).
"""
from fmt import degree, drange, duration, head, location, wrap, wrap_bullet
from parts import (contact_items, contact_lines, edu_lines, groups, lang_items,
                   order, patent_groups, role_line, simple_items, skill_lines)

WIDTH = 78


def heading(text, form):
    if form == "underline=":
        return [text, "=" * len(text)]
    if form == "underline-":
        return [text, "-" * len(text)]
    if form == "colon":
        return [text + ":"]
    if form == "caps":
        return [text.upper()]
    if form == "capscolon":
        return [text.upper() + ":"]
    if form == "rule":
        return ["—— %s ——" % text]
    if form == "plain":
        return [text]
    raise ValueError(form)


def right(left, rt, width=WIDTH):
    gap = max(3, width - len(left) - len(rt))
    return left + " " * gap + rt


def bullets(items, bullet, indent=""):
    out = []
    for h in items:
        out.extend(wrap_bullet(h, indent + bullet, WIDTH).split("\n"))
    return out


def role_block(e, st, form, bullet):
    out = []
    for ln in role_line(e, st, form):
        out.append(right(*ln) if isinstance(ln, tuple) else ln)
    if e.get("summary"):
        out.append(wrap(e["summary"], WIDTH))
    out += bullets(e.get("highlights", []), bullet)
    return out


def work_lines(p, form=None, bullet=None):
    st = p["style"]
    bullet = bullet or st.get("bullet", "- ")
    out = []
    for company, roles in groups(p["work"], st):
        if len(roles) > 1:
            loc = roles[0].get("location")
            out.append(company + (", " + loc if loc else ""))
            for e in roles:
                out.append(right("  " + e["position"], drange(e, st)))
                if e.get("summary"):
                    out.append(wrap(e["summary"], WIDTH, "  "))
                out += bullets(e.get("highlights", []), bullet, "  ")
            out.append("")
            continue
        out += role_block(roles[0], st, form, bullet)
        out.append("")
    return out[:-1]


def section_body(p, kind, role_form=None, bullet=None, skills_form=None):
    st = p["style"]
    b = bullet or st.get("bullet", "- ")
    if kind == "summary":
        return wrap(p["basics"]["summary"], WIDTH).split("\n")
    if kind == "work":
        return work_lines(p, role_form, b)
    if kind == "education":
        out = []
        for ed in p["education"]:
            out += edu_lines(ed, st) + ([""] if st.get("eblank", True) else [])
        return out[:-1] if st.get("eblank", True) else out
    if kind == "skills":
        return skill_lines(p, skills_form)
    if kind == "patents" and st.get("patents") == "seed":
        out = []
        for t, xs in patent_groups(p):
            out += [t, ""] + [b + x for x in xs] + [""]
        return out[:-1]
    if kind == "languages" and st.get("langs") == "inline":
        return [", ".join(lang_items(p))]
    out = []
    for main, more in simple_items(p, kind):
        out += wrap_bullet(main, b, WIDTH).split("\n")
        for m in more:
            out += wrap(m, WIDTH, " " * len(b)).split("\n")
    return out


def name_of(p):
    return p["basics"].get("_name", p["basics"]["name"])


def classic(p):
    st = p["style"]
    b = p["basics"]
    out = [name_of(p)]
    if b.get("label"):
        out.append(b["label"])
    out += contact_lines(p)
    out.append("")
    hform = st.get("hstyle", "underline-")
    for kind in order(p):
        out += heading(head(st, kind), hform)
        if hform.startswith("underline") or st.get("hblank"):
            out.append("")
        out += section_body(p, kind)
        out.append("")
    return "\n".join(out)


def caps(p):
    st = p["style"]
    b = p["basics"]
    out = [name_of(p).upper()]
    if b.get("label"):
        out.append(b["label"])
    out += contact_lines(p, st.get("capscontact", "labels"))
    out.append("")
    hform = "capscolon" if st.get("hcolon") else "caps"
    for kind in order(p):
        out += heading(head(st, kind), hform)
        if kind == "work":
            out += caps_work(p)
        else:
            out += section_body(p, kind, bullet="• ")
        out.append("")
    return "\n".join(out)


def caps_work(p):
    st = p["style"]
    out = []
    for company, roles in groups(p["work"], st):
        loc = roles[0].get("location")
        if len(roles) > 1:
            out.append(company + (", " + loc if loc else ""))
            for e in roles:
                out.append(right("  " + e["position"], drange(e, st)))
                out += bullets(e.get("highlights", []), "• ", "  ")
        else:
            e = roles[0]
            out.append(right("%s — %s" % (company, e["position"]), drange(e, st)))
            if loc:
                out.append(loc)
            if e.get("summary"):
                out.append(wrap(e["summary"], WIDTH))
            out += bullets(e.get("highlights", []), "• ")
        out.append("")
    return out[:-1]


# ------------------------------------------------------------- profile page
PROFILE_HEADS = {"summary": "About", "work": "Experience", "education": "Education",
                 "projects": "Projects", "patents": "Patents",
                 "publications": "Publications", "certificates": "Licenses & certifications",
                 "awards": "Honors & awards", "languages": "Languages",
                 "volunteer": "Volunteering"}


def pdates(e, st):
    """'Jun 2019 - Present · 6 yrs 1 mo', as profile pages write it."""
    d = drange(e, {"lang": "en", "date": "mon"}, sep=" - ", now="Present", since=False)
    return "%s · %s" % (d, duration(e["startDate"], e.get("endDate")))


def profile(p):
    """A profile web page, selected and pasted as text."""
    st = p["style"]
    b = p["basics"]
    out = [name_of(p), b.get("label", ""), location(b, st) + " · Contact info",
           "%d connections" % (150 + 37 * int(p["id"]) % 500), ""]
    for kind in order(p):
        hd = head(st, "skills") if kind == "skills" else PROFILE_HEADS[kind]
        out.append(hd)
        out.append("")
        if kind == "summary":
            out.append(b["summary"])
        elif kind == "work":
            out += profile_work(p)
        elif kind == "education":
            for ed in p["education"]:
                out.append(ed["institution"])
                deg = ", ".join(x for x in (ed.get("studyType"), ed.get("area")) if x)
                if deg:
                    out.append(deg)
                if ed.get("startDate") or ed.get("endDate"):
                    out.append(drange(ed, {"date": "year"}, sep=" - ", since=False))
                if ed.get("score"):
                    out.append("Grade: " + ed["score"])
                out.append("")
        elif kind == "skills":
            form = st.get("pskills", "lines")
            for g in p["skills"]:
                if not g.get("_flat"):
                    out.append(g["name"])
                if form == "glued":
                    out.append("".join(g["keywords"]))
                else:
                    out += g["keywords"]
            out.append("Show all %d skills" % sum(len(g["keywords"]) for g in p["skills"]))
        else:
            for main, more in simple_items(p, kind):
                out.append(main)
                out += more
        out.append("")
    return "\n".join(out)


def profile_work(p):
    st = p["style"]
    out = []
    for company, roles in groups(p["work"], st):
        if len(roles) > 1:
            first, last = roles[-1], roles[0]
            out += [company, "%s · %s" % (
                st.get("ptype", "Full-time"),
                duration(first["startDate"], last.get("endDate")))]
            if roles[0].get("location"):
                out.append(roles[0]["location"])
            for e in roles:
                out += [e["position"], pdates(e, st)]
                out += ["• " + h for h in e.get("highlights", [])]
            out.append("")
            continue
        e = roles[0]
        out += [e["position"], "%s · %s" % (company, st.get("ptype", "Full-time")),
                pdates(e, st)]
        if e.get("location"):
            out.append(e["location"])
        if e.get("summary"):
            out.append(e["summary"])
        out += ["• " + h for h in e.get("highlights", [])]
        out.append("")
    return out


# ------------------------------------------------------------- Markdown
def md_link(v):
    if v.startswith("http"):
        return "<%s>" % v
    if "@" in v and " " not in v:
        return "[%s](mailto:%s)" % (v, v)
    if "." in v and "/" in v and " " not in v:
        return "[%s](https://%s)" % (v, v)
    return v


def plain_md(p):
    st = p["style"]
    b = p["basics"]
    out = ["# " + name_of(p), ""]
    if b.get("label"):
        out += ["**%s**" % b["label"], ""]
    items = contact_items(p)
    out.append(" · ".join(md_link(v) for k, v in items if k != "profile"))
    prof = [md_link(v) for k, v in items if k == "profile"]
    if prof:
        out[-1] += "  "
        out.append(" · ".join(prof))
    out.append("")
    for kind in order(p):
        h = head(st, kind)
        out += ["**%s**" % h.upper() if st.get("mdhead") == "bold" else "## " + h, ""]
        if kind == "summary":
            out += [b["summary"], ""]
        elif kind == "work":
            out += md_work(p)
        elif kind == "education":
            for ed in p["education"]:
                lines = edu_lines(ed, st, st.get("mdedu", "degree"))
                out += ["**%s**  " % lines[0]] + [x + "  " for x in lines[1:]]
                out[-1] = out[-1].rstrip()
                out.append("")
        elif kind == "skills":
            for ln in skill_lines(p, st.get("mdskills")):
                if ":" in ln and not ln.startswith("-"):
                    k, v = ln.split(":", 1)
                    out.append("- **%s:**%s" % (k, v))
                else:
                    out.append(ln)
            out.append("")
        elif kind == "patents" and st.get("patents") == "seed":
            for t, xs in patent_groups(p):
                out += ["### " + t, ""] + ["- " + x for x in xs] + [""]
        else:
            for main, more in simple_items(p, kind):
                out.append("- " + main)
                out += ["  " + m for m in more]
            out.append("")
    return "\n".join(out)


def md_work(p):
    st = p["style"]
    form = st.get("mdrole", "title-company")
    out = []
    for company, roles in groups(p["work"], st):
        if len(roles) > 1 or form == "company":
            loc = roles[0].get("location")
            out += ["### " + company + (", " + loc if loc else ""), ""]
            for e in roles:
                out += ["**%s** · *%s*" % (e["position"], drange(e, st)), ""]
                if e.get("summary"):
                    out += [e["summary"], ""]
                out += ["- " + h for h in e.get("highlights", [])]
                if e.get("highlights"):
                    out.append("")
            continue
        e = roles[0]
        if form == "pipe":
            out += ["**%s** | %s | %s" % (e["position"], company, drange(e, st))]
            if e.get("location"):
                out[-1] += " | " + e["location"]
            out.append("")
        else:
            out += ["### %s — %s" % (e["position"], company), ""]
            out += ["*%s*%s" % (drange(e, st), " · " + e["location"] if e.get("location") else ""), ""]
        if e.get("summary"):
            out += [e["summary"], ""]
        out += ["- " + h for h in e.get("highlights", [])]
        if e.get("highlights"):
            out.append("")
    return out


def setext_md(p):
    st = p["style"]
    b = p["basics"]
    n = name_of(p)
    out = [n, "=" * len(n), ""]
    if b.get("label"):
        out += ["*%s*" % b["label"], ""]
    out += [x + "  " for x in contact_lines(p, "stack")]
    out[-1] = out[-1].rstrip()
    out.append("")
    for kind in order(p):
        h = head(st, kind)
        out += [h, "-" * len(h), ""]
        if kind == "summary":
            out += [wrap(b["summary"], WIDTH), ""]
        elif kind == "work":
            for e in p["work"]:
                out.append("**%s** | %s | %s" % (e["name"], e["position"], drange(e, st)))
                if e.get("location"):
                    out[-1] += " | " + e["location"]
                out.append("")
                out += ["* " + h for h in e.get("highlights", [])]
                if e.get("highlights"):
                    out.append("")
        elif kind == "education":
            out += ["| Degree | Institution | Years |", "|---|---|---|"]
            for ed in p["education"]:
                yrs = drange(ed, {"date": "year"}, sep="–", since=False)
                out.append("| %s | %s | %s |" % (degree(ed, st), ed["institution"], yrs))
            out.append("")
        elif kind == "skills":
            if len(p["skills"]) == 1 and p["skills"][0].get("_flat"):
                out += [", ".join(p["skills"][0]["keywords"]), ""]
            else:
                out += ["| Area | Skills |", "|---|---|"]
                for g in p["skills"]:
                    out.append("| %s | %s |" % (g["name"], ", ".join(g["keywords"])))
                out.append("")
        else:
            for main, more in simple_items(p, kind):
                out.append("* " + main)
                out += ["  " + m for m in more]
            out.append("")
    return "\n".join(out)


TEMPLATES = {"classic": classic, "caps": caps, "profile": profile,
             "plain": plain_md, "setext": setext_md}
