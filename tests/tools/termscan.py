#!/usr/bin/env python3
"""termscan.py [--curses] FILE...: what in FILE a terminal would act on.

Reads the bytes a program wrote to a terminal and parses them as a terminal
does (ECMA-48): C0 and C1 controls, escape sequences, and the characters that
reorder or hide text (bidi overrides, zero-width).  Prints one line for each
thing that is not allowed and exits 1 if there is any.

Allowed by default (what a command-line tool prints): newline, carriage
return, tab, and SGR (colours, ESC [ ... m) and erase-line (ESC [ K).
With --curses (what ncurses draws): also the CSI sequences that move, erase,
scroll and set modes, the character-set and keypad switches, save/restore
cursor, SI/SO and backspace; never OSC, DCS, APC, PM, SOS, BEL, C1 controls
or 8-bit CSI.
"""
import re
import sys

BIDI = set(range(0x202a, 0x202f)) | set(range(0x2066, 0x206a)) | \
    set(range(0x200b, 0x2010)) | {0x061c, 0xfeff, 0x2060}
STRINGS = {ord("]"): "OSC", ord("P"): "DCS", ord("_"): "APC", ord("^"): "PM", ord("X"): "SOS"}
# ESC + one byte ncurses sends: save/restore cursor, keypad modes, index,
# reverse index, next line.
CURSES_ESC = set(b"78=>DEMc")
# CSI finals from terminfo strings: cursor motion, erasing, insert/delete,
# scrolling regions, modes (h/l, private ?), SGR, and xterm's title-stack
# push/pop (t) that its smcup/rmcup carry.
CURSES_CSI_FINALS = set(b"@ABCDEFGHIJKLMPSTXZ`abcdefghlmnqrstu")


def describe(b):
    return " ".join("%02x" % c for c in b[:24])


def scan(data, curses):
    found = []
    text = data.decode("utf-8", errors="surrogateescape")
    i = 0
    while i < len(text):
        c = ord(text[i])
        if 0xdc80 <= c <= 0xdcff:          # an undecodable byte
            c = c - 0xdc00
            if 0x80 <= c <= 0x9f:
                found.append((i, "8-bit C1 byte %02x" % c))
            i += 1
            continue
        if c == 0x1b:
            i, what = escape(text, i, curses)
            if what:
                found.append(what)
            continue
        if c in (0x0a, 0x0d, 0x09):
            pass
        elif curses and c in (0x08, 0x0e, 0x0f):
            pass
        elif c < 0x20 or c == 0x7f:
            found.append((i, "C0 control %02x" % c))
        elif 0x80 <= c <= 0x9f:
            found.append((i, "C1 control U+%04X" % c))
        elif c in BIDI:
            found.append((i, "bidi or invisible U+%04X" % c))
        i += 1
    return found


def escape(text, i, curses):
    """Parses the sequence at text[i] (ESC); returns (next index, finding)."""
    if i + 1 >= len(text):
        return i + 1, (i, "a lone ESC at the end")
    n = ord(text[i + 1])
    if n in STRINGS:
        end = text.find("\x1b\\", i + 2)
        bel = text.find("\x07", i + 2)
        stops = [e for e in (end, bel) if e >= 0]
        stop = min(stops) if stops else len(text)
        body = text[i:stop + 2].encode("utf-8", errors="surrogateescape")
        return stop + 1, (i, "%s string: %s" % (STRINGS[n], describe(body)))
    if n == ord("["):
        m = re.compile(r"\x1b\[([0-?]*)([ -/]*)([@-~])").match(text, i)
        if not m:
            return i + 2, (i, "a broken CSI")
        params, final = m.group(1), m.group(3)
        seq = m.group(0).encode()
        if final in "mK" and (not params or re.fullmatch(r"[0-9;:]*", params)):
            return m.end(), None
        if curses and ord(final) in CURSES_CSI_FINALS and not m.group(2):
            return m.end(), None
        return m.end(), (i, "CSI sequence: %s" % describe(seq))
    if curses and n in (ord("("), ord(")")) and i + 2 < len(text):
        return i + 3, None
    if curses and n in CURSES_ESC:
        return i + 2, None
    return i + 2, (i, "escape ESC %02x" % ord(text[i + 1]))


def main(argv):
    curses = False
    if argv and argv[0] == "--curses":
        curses = True
        argv = argv[1:]
    bad = 0
    for path in argv:
        with open(path, "rb") as f:
            data = f.read()
        for at, what in scan(data, curses):
            print("%s: at %d: %s" % (path, at, what))
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
