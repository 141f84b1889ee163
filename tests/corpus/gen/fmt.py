"""Wordings and date forms the corpus templates draw on.

A person's style (see people*.py) picks a language, a variant of each
section heading, a date form, a range separator and a word for "present";
the templates only ask this module how to write things.
"""
import textwrap

AS_OF = (2025, 6)   # "Present" in durations ("3 yrs 2 mos") is this month

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
           "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
           "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
           "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december"],
    "pl": ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec",
           "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie",
           "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
}
# Abbreviations as people write them (German and French keep their dots).
SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
           "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.",
           "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
           "sept.", "oct.", "nov.", "déc."],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.",
           "sept.", "oct.", "nov.", "dic."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott",
           "nov", "dic"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out",
           "nov", "dez"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
           "nov", "dec"],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź",
           "lis", "gru"],
    "ro": ["ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.",
           "sept.", "oct.", "nov.", "dec."],
}

PRESENT = {"en": "Present", "de": "heute", "fr": "actuel", "es": "presente",
           "it": "presente", "pt": "atual", "nl": "heden", "pl": "obecnie",
           "ro": "Prezent"}
SINCE = {"en": "Since", "de": "seit", "fr": "depuis", "es": "desde", "it": "dal",
         "pt": "desde", "nl": "sinds", "pl": "od", "ro": "din"}
AT = {"en": "at", "de": "bei", "fr": "chez", "es": "en", "it": "presso",
      "pt": "na", "nl": "bij", "pl": "w", "ro": "la"}

# Section headings: the first of each list is the default; style "hv" picks
# another, style "heads" overrides one outright.
HEADS = {
    "en": {
        "summary": ["Summary", "Profile", "About", "Professional Summary", "About Me"],
        "work": ["Experience", "Work Experience", "Professional Experience",
                 "Employment History", "Career History", "Relevant Experience"],
        "education": ["Education", "Academic Background", "Qualifications",
                      "Education & Training"],
        "skills": ["Skills", "Technical Skills", "Core Competencies", "Key Skills"],
        "projects": ["Projects", "Selected Projects", "Key Projects"],
        "patents": ["Patents", "Patents & Inventions"],
        "publications": ["Publications", "Selected Publications"],
        "certificates": ["Certifications", "Certificates", "Licenses & Certifications"],
        "awards": ["Awards", "Honours & Awards", "Awards & Honors"],
        "languages": ["Languages"],
        "volunteer": ["Volunteering", "Volunteer Experience"],
        "contact": ["Contact"],
    },
    "de": {
        "summary": ["Profil", "Über mich", "Kurzprofil"],
        "work": ["Berufserfahrung", "Beruflicher Werdegang", "Berufliche Stationen"],
        "education": ["Ausbildung", "Bildungsweg", "Studium und Ausbildung"],
        "skills": ["Kenntnisse", "Fähigkeiten", "IT-Kenntnisse"],
        "projects": ["Projekte", "Ausgewählte Projekte"],
        "patents": ["Patente", "Patente und Erfindungen"],
        "publications": ["Veröffentlichungen", "Publikationen"],
        "certificates": ["Zertifikate", "Zertifizierungen"],
        "awards": ["Auszeichnungen"],
        "languages": ["Sprachen", "Sprachkenntnisse"],
        "volunteer": ["Ehrenamt", "Ehrenamtliches Engagement"],
        "contact": ["Kontakt"],
    },
    "fr": {
        "summary": ["Profil", "À propos", "Résumé"],
        "work": ["Expérience professionnelle", "Parcours professionnel", "Expériences"],
        "education": ["Formation", "Études", "Diplômes et formation"],
        "skills": ["Compétences", "Compétences techniques"],
        "projects": ["Projets", "Projets marquants"],
        "patents": ["Brevets"],
        "publications": ["Publications"],
        "certificates": ["Certifications"],
        "awards": ["Distinctions", "Prix"],
        "languages": ["Langues"],
        "volunteer": ["Bénévolat", "Engagement associatif"],
        "contact": ["Contact", "Coordonnées"],
    },
    "es": {
        "summary": ["Perfil", "Perfil profesional", "Sobre mí"],
        "work": ["Experiencia profesional", "Experiencia laboral", "Trayectoria profesional"],
        "education": ["Formación académica", "Educación", "Formación"],
        "skills": ["Habilidades", "Competencias", "Conocimientos técnicos"],
        "projects": ["Proyectos"],
        "patents": ["Patentes"],
        "publications": ["Publicaciones"],
        "certificates": ["Certificaciones"],
        "awards": ["Premios", "Reconocimientos"],
        "languages": ["Idiomas"],
        "volunteer": ["Voluntariado"],
        "contact": ["Contacto"],
    },
    "it": {
        "summary": ["Profilo", "Chi sono"],
        "work": ["Esperienza professionale", "Esperienze lavorative"],
        "education": ["Istruzione e formazione", "Formazione"],
        "skills": ["Competenze", "Competenze tecniche"],
        "projects": ["Progetti"],
        "patents": ["Brevetti"],
        "publications": ["Pubblicazioni"],
        "certificates": ["Certificazioni"],
        "awards": ["Premi e riconoscimenti"],
        "languages": ["Lingue", "Competenze linguistiche"],
        "volunteer": ["Volontariato"],
        "contact": ["Contatti"],
    },
    "pt": {
        "summary": ["Perfil", "Resumo", "Sobre mim"],
        "work": ["Experiência profissional", "Experiência"],
        "education": ["Formação académica", "Formação acadêmica", "Educação"],
        "skills": ["Competências", "Habilidades", "Competências técnicas"],
        "projects": ["Projetos"],
        "patents": ["Patentes"],
        "publications": ["Publicações"],
        "certificates": ["Certificações"],
        "awards": ["Prémios", "Prêmios"],
        "languages": ["Idiomas", "Línguas"],
        "volunteer": ["Voluntariado"],
        "contact": ["Contacto", "Contato"],
    },
    "nl": {
        "summary": ["Profiel", "Over mij"],
        "work": ["Werkervaring", "Loopbaan"],
        "education": ["Opleiding", "Opleidingen"],
        "skills": ["Vaardigheden", "Competenties"],
        "projects": ["Projecten"],
        "patents": ["Octrooien"],
        "publications": ["Publicaties"],
        "certificates": ["Certificaten"],
        "awards": ["Prijzen"],
        "languages": ["Talen", "Talenkennis"],
        "volunteer": ["Vrijwilligerswerk"],
        "contact": ["Contact", "Contactgegevens"],
    },
    "pl": {
        "summary": ["Profil", "O mnie", "Podsumowanie"],
        "work": ["Doświadczenie zawodowe", "Doświadczenie"],
        "education": ["Wykształcenie", "Edukacja"],
        "skills": ["Umiejętności", "Umiejętności techniczne"],
        "projects": ["Projekty"],
        "patents": ["Patenty"],
        "publications": ["Publikacje"],
        "certificates": ["Certyfikaty"],
        "awards": ["Nagrody"],
        "languages": ["Języki", "Języki obce"],
        "volunteer": ["Wolontariat"],
        "contact": ["Kontakt", "Dane kontaktowe"],
    },
    "ro": {
        "summary": ["Profil", "Despre mine"],
        "work": ["Experiență profesională", "Experiență"],
        "education": ["Educație și formare", "Studii"],
        "skills": ["Competențe", "Competențe tehnice"],
        "projects": ["Proiecte"],
        "patents": ["Brevete"],
        "publications": ["Publicații"],
        "certificates": ["Certificări"],
        "awards": ["Premii"],
        "languages": ["Limbi străine", "Limbi"],
        "volunteer": ["Voluntariat"],
        "contact": ["Contact", "Date de contact"],
    },
}

LABELS = {   # contact labels
    "en": {"email": "Email", "phone": "Phone", "location": "Location", "web": "Web"},
    "de": {"email": "E-Mail", "phone": "Telefon", "location": "Wohnort", "web": "Web"},
    "fr": {"email": "E-mail", "phone": "Tél.", "location": "Adresse", "web": "Site"},
    "es": {"email": "Correo", "phone": "Teléfono", "location": "Ubicación", "web": "Web"},
    "it": {"email": "E-mail", "phone": "Telefono", "location": "Residenza", "web": "Sito"},
    "pt": {"email": "E-mail", "phone": "Telefone", "location": "Morada", "web": "Site"},
    "nl": {"email": "E-mail", "phone": "Telefoon", "location": "Woonplaats", "web": "Website"},
    "pl": {"email": "E-mail", "phone": "Telefon", "location": "Adres", "web": "WWW"},
    "ro": {"email": "E-mail", "phone": "Telefon", "location": "Adresă", "web": "Web"},
}


def lang(st):
    return st.get("lang", "en")


def head(st, kind):
    """The heading a person's résumé uses for a section."""
    over = st.get("heads", {})
    if kind in over:
        return over[kind]
    opts = HEADS[lang(st)][kind]
    return opts[st.get("hv", 0) % len(opts)]


def label(st, key):
    return LABELS[lang(st)][key]


def split(d):
    """'2019-06' -> (2019, 6); '2019' -> (2019, None); None -> None."""
    if not d:
        return None
    parts = d.split("-")
    return int(parts[0]), (int(parts[1]) if len(parts) > 1 else None)


def date(d, form="mon", lng="en"):
    """One date in one of the forms résumés use."""
    y, m = split(d)
    if m is None or form == "year":
        return "%d" % y
    if form == "mon":
        return "%s %d" % (SHORT[lng][m - 1], y)
    if form == "month":
        return "%s %d" % (MONTHS[lng][m - 1], y)
    if form == "Month":
        return "%s %d" % (MONTHS[lng][m - 1].capitalize(), y)
    if form == "mm/yyyy":
        return "%02d/%d" % (m, y)
    if form == "m/yyyy":
        return "%d/%d" % (m, y)
    if form == "mm.yyyy":
        return "%02d.%d" % (m, y)
    if form == "yyyy-mm":
        return "%d-%02d" % (y, m)
    if form == "yyyy.mm":
        return "%d.%02d" % (y, m)
    if form == "yyyy/mm":
        return "%d/%02d" % (y, m)
    if form == "m/yy":
        return "%d/%02d" % (m, y % 100)
    if form == "mon'yy":
        return "%s '%02d" % (SHORT[lng][m - 1], y % 100)
    raise ValueError(form)


def drange(e, st, form=None, sep=None, now=None, since=None):
    """An entry's dates as the person writes them ("Jun 2019 – Present")."""
    if e.get("_dates"):
        return e["_dates"]
    lng = lang(st)
    form = form or st.get("date", "mon")
    sep = sep if sep is not None else st.get("sep", " – ")
    now = now or st.get("now", PRESENT[lng])
    since = st.get("since", False) if since is None else since
    s, en = e.get("startDate"), e.get("endDate")
    if not s:
        return date(en, form, lng) if en else ""
    if en == s:   # a one-month event: the date once
        return date(s, form, lng)
    if not en:
        if since:
            return "%s %s" % (SINCE[lng], date(s, form, lng))
        return date(s, form, lng) + sep + now
    return date(s, form, lng) + sep + date(en, form, lng)


def months_between(s, e):
    ys, ms = split(s)
    ye, me = split(e) if e else AS_OF
    return (ye * 12 + (me or 12)) - (ys * 12 + (ms or 1)) + 1


def duration(s, e):
    """LinkedIn-style length: '3 yrs 2 mos', '11 mos', '1 yr'."""
    n = months_between(s, e)
    y, m = divmod(max(n, 1), 12)
    out = []
    if y:
        out.append("%d yr%s" % (y, "s" if y > 1 else ""))
    if m:
        out.append("%d mo%s" % (m, "s" if m > 1 else ""))
    return " ".join(out)


def degree(ed, st):
    """'MSc Computer Science', 'Master of Science in Physics', ..."""
    if ed.get("_degree"):
        return ed["_degree"]
    t, a = ed.get("studyType", ""), ed.get("area", "")
    if t and a:
        return t + st.get("degsep", ", ") + a
    return t or a


def location(b, st):
    """The address line: city, region, country as the person writes it."""
    loc = b.get("location", {})
    if b.get("_where"):
        return b["_where"]
    parts = [loc.get("city"), loc.get("region"), b.get("_country")]
    return ", ".join(p for p in parts if p)


def wrap(s, width=78, indent=""):
    return textwrap.fill(s, width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def wrap_bullet(s, bullet, width=78):
    return textwrap.fill(s, width, initial_indent=bullet,
                         subsequent_indent=" " * len(bullet),
                         break_long_words=False, break_on_hyphens=False)
