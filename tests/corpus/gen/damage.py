"""The damage real résumé text arrives with, applied to a clean rendering.

A renderer name's middle parts name the damage, in order: for example
"classic-crlf-nbsp-txt" is the classic template with CRLF line ends and
no-break spaces.  Text damage maps str -> str; the encodings (cp1252,
utf16) come last and give bytes.  decode() is the reverse of the encoding
damage only, for the scorer's "is this value in the text" check.
"""
import re

LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"),
             ("fi", "\ufb01"), ("fl", "\ufb02")]


def crlf(t):
    return t.replace("\n", "\r\n")


def nbsp(t):
    """No-break spaces where word processors put them: inside dates and
    phone numbers, after bullets."""
    t = re.sub(r"(?<=[A-Za-z.]) (?=(?:19|20)\d\d)", "\u00a0", t)
    t = re.sub(r"(?<=\d) (?=\d)", "\u00a0", t)
    return re.sub(r"^(\s*[-•*]) ", "\\1\u00a0", t, flags=re.M)


def _hyphen_line(line, width):
    indent = re.match(r"\s*", line).group(0)
    cont = indent + ("  " if re.match(r"\s*[-•*] ", line) else "")
    out, cur = [], ""
    for w in line.split():
        room = width - len(cur) - (1 if cur else 0) - (0 if out else len(indent))
        if len(w) <= room:
            cur = (cur + " " + w) if cur else w
            continue
        if len(w) >= 8 and room >= 4 and w.isalpha():
            cut = room - 1
            cur = (cur + " " if cur else "") + w[:cut] + "-"
            w = w[cut:]
        out.append(cur)
        cur = w
    out.append(cur)
    return "\n".join((indent if i == 0 else cont) + x for i, x in enumerate(out))


def hyphen(t, width=64):
    """Rewraps long lines narrower, breaking long words with a hyphen."""
    return "\n".join(_hyphen_line(ln, width) if len(ln) > width else ln
                     for ln in t.split("\n"))


def paged(t, per=42):
    """Page breaks (form feeds) with a 'Page N of M' footer on each page."""
    lines = t.rstrip("\n").split("\n")
    per = min(per, (len(lines) + 1) // 2)   # at least two pages
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages):
        out.append("\n".join(pg) + "\n\n%sPage %d of %d\n" % (" " * 60, i + 1, n))
    return "\f".join(out)


def spaced(t):
    """The name (first line) letter-spaced: 'J O H N   S M I T H'."""
    first, _, rest = t.partition("\n")
    return "   ".join(" ".join(w) for w in first.split()) + "\n" + rest


def lig(t):
    for a, b in LIGATURES:
        t = t.replace(a, b)
    return t


def oneline(t):
    """Everything on one line, as a form field or a chat paste leaves it."""
    return re.sub(r"[ \t]*[\n\f][ \t\n\f]*", " ", t).strip() + "\n"


# cp1252 leaves five bytes undefined; mis-decoders show them as Latin-1.
def _as_cp1252(b):
    return "".join(bytes([x]).decode("cp1252", errors="strict")
                   if x not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(x) for x in b)


def mojibake(t):
    """UTF-8 read as Windows-1252 and saved again as UTF-8 ('â€“')."""
    return _as_cp1252(t.encode("utf-8"))


def cp1252(t):
    return t.encode("cp1252")


def utf16(t):
    return t.encode("utf-16")   # with a byte-order mark


TEXT = {"crlf": crlf, "nbsp": nbsp, "hyphen": hyphen, "paged": paged,
        "spaced": spaced, "lig": lig, "oneline": oneline, "mojibake": mojibake}
ENCODING = {"cp1252": cp1252, "utf16": utf16}
ALL = set(TEXT) | set(ENCODING)


def apply(text, names):
    """text with the damage names applied, as bytes."""
    for n in names:
        if n in TEXT:
            text = TEXT[n](text)
    for n in names:
        if n in ENCODING:
            return ENCODING[n](text)
    return text.encode("utf-8")


def _unmojibake(t):
    out = []
    for ch in t:
        o = ord(ch)
        if o < 0x80 or o in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
            out.append(o)
            continue
        try:
            out.append(ch.encode("cp1252")[0])
        except UnicodeEncodeError:
            out.append(None)
            break
    if None in out:
        return None
    try:
        return bytes(out).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return None


def decode(data):
    """The text of a rendering whatever its encoding damage: UTF-16 with a
    BOM, UTF-8, else Windows-1252; text that is wholly double-encoded UTF-8
    is decoded once more."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        t = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
    if "Ã" in t or "â€" in t:
        fixed = _unmojibake(t)
        if fixed is not None:
            return fixed
    return t
