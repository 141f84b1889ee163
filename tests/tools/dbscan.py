#!/usr/bin/env python3
"""dbscan.py DB: every control character stored in a dossier database.

Looks at every TEXT value of every table (the FTS5 content included; BLOBs,
such as the raw bytes a profile was imported from, are kept as read and never
shown), and inside values that hold JSON at every string of the document.
Prints table.column, the row and the character for each C0 control but
newline and tab, DEL, C1 control, bidi override, invisible format character
or noncharacter, and exits 1 if there is any.
"""
import json
import sqlite3
import sys

UNSAFE = set(range(0x00, 0x20)) - {0x09, 0x0a}
UNSAFE |= {0x7f} | set(range(0x80, 0xa0))
UNSAFE |= set(range(0x200b, 0x2010)) | set(range(0x202a, 0x202f))
UNSAFE |= set(range(0x2060, 0x206a)) | {0x061c, 0xfeff, 0xfffe, 0xffff}
UNSAFE |= set(range(0xfff9, 0xfffd)) | set(range(0xfdd0, 0xfdf0))


def strings(value):
    """The value, and every string inside it when it is a JSON document."""
    yield value
    if value[:1] in ("{", "["):
        try:
            doc = json.loads(value)
        except ValueError:
            return
        stack = [doc]
        while stack:
            v = stack.pop()
            if isinstance(v, str):
                yield v
            elif isinstance(v, dict):
                stack.extend(v.keys())
                stack.extend(v.values())
            elif isinstance(v, list):
                stack.extend(v)


def main(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    db.text_factory = lambda b: b.decode("utf-8", errors="surrogateescape")
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
        "'CREATE VIRTUAL%'")]
    bad = 0
    for t in tables:
        cols = [r[1] for r in db.execute("PRAGMA table_info(\"%s\")" % t)]
        for c in cols:
            q = 'SELECT rowid, "%s" FROM "%s" WHERE typeof("%s") = \'text\'' % (c, t, c)
            try:
                rows = db.execute(q).fetchall()
            except sqlite3.OperationalError:     # WITHOUT ROWID tables
                q = q.replace("rowid, ", "NULL, ")
                rows = db.execute(q).fetchall()
            for rowid, value in rows:
                for s in strings(value):
                    for ch in set(s):
                        o = ord(ch)
                        if o in UNSAFE or 0xdc80 <= o <= 0xdcff:
                            print("%s.%s row %s: U+%04X" % (t, c, rowid, o))
                            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
