#!/usr/bin/env python3
"""hammer.py: many people writing to one database at once, then a count of
what was lost.

  hammer.py --dossier BIN --db DB --config CFG [--workers 8] [--ops 1000]
            [--seed 1] [--import FILE...]

Each of the workers is a user (u0, u1, ...) with a tag of its own (t0, t1,
... which CFG must define); it runs dossier once an operation, tagging,
untagging and noting the candidates already in DB at random, and keeps what
its operations imply.  Meanwhile one `dossier import` reads the --import
files and one reader lists and shows.  Afterwards the database must hold
exactly the implied tags (each by its worker), notes and events, and the
import all its files.  Prints key=value figures; exits 1 if anything was
lost, added, failed, or any message spoke of a locked or busy database.
"""
import argparse
import random
import re
import sqlite3
import subprocess
import sys
import threading
import time

LOCKED = re.compile(r"locked|busy", re.I)


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.ops = self.failed = self.locked = 0
        self.messages = []

    def record(self, proc, what):
        with self.lock:
            self.ops += 1
            err = proc.stderr.decode("utf-8", "replace")
            if proc.returncode != 0 or err:
                self.failed += 1
                self.messages.append("%s: status %d: %s" % (what, proc.returncode, err.strip()))
            if LOCKED.search(err):
                self.locked += 1


def worker(args, i, ids, tally, state):
    rnd = random.Random(args.seed * 1000 + i)
    user, tag = "u%d" % i, "t%d" % i
    base = [args.dossier, "--db", args.db, "--config", args.config, "--user", user]
    tags, notes, changes = set(), [], 0
    for n in range(args.ops):
        pid = rnd.choice(ids)
        r = rnd.random()
        if r < 0.4:
            cmd, changed = ["tag", str(pid), tag], pid not in tags
            tags.add(pid)
        elif r < 0.7:
            cmd, changed = ["untag", str(pid), tag], pid in tags
            tags.discard(pid)
        else:
            text = "note %d by %s" % (n, user)
            cmd, changed = ["note", str(pid), text], True
            notes.append((pid, user, text))
        changes += changed
        proc = subprocess.run(base + cmd, capture_output=True, stdin=subprocess.DEVNULL)
        tally.record(proc, " ".join(cmd))
    with tally.lock:
        state["tags"] |= {(p, tag, user) for p in tags}
        state["notes"] += notes
        state["events"][user] = changes


def reader(args, ids, tally, stop):
    rnd = random.Random(args.seed)
    base = [args.dossier, "--db", args.db, "--config", args.config]
    while not stop.is_set():
        cmd = rnd.choice([["list", "--format", "tsv"], ["show", str(rnd.choice(ids))],
                          ["list", "--format", "tsv", "engineer"]])
        proc = subprocess.run(base + cmd, capture_output=True, stdin=subprocess.DEVNULL)
        tally.record(proc, " ".join(cmd))


def verify(args, state, before):
    db = sqlite3.connect("file:%s?mode=ro" % args.db, uri=True)
    tags = set(db.execute("SELECT profile_id, tag, user FROM profile_tag "
                          "WHERE tag GLOB 't[0-9]*'"))
    notes = sorted(db.execute("SELECT profile_id, user, text FROM note "
                              "WHERE user GLOB 'u[0-9]*'"))
    events = dict(db.execute("SELECT user, count(*) FROM event WHERE user GLOB 'u[0-9]*' "
                             "GROUP BY user"))
    profiles = db.execute("SELECT count(*) FROM profile").fetchone()[0]
    db.close()
    want_notes = sorted(state["notes"])
    lost_notes = len(list_minus(want_notes, notes))
    extra_notes = len(list_minus(notes, want_notes))
    wrong_events = sum(abs(events.get(u, 0) - n) for u, n in state["events"].items())
    return {
        "lost_tags": len(state["tags"] - tags),
        "extra_tags": len(tags - state["tags"]),
        "lost_notes": lost_notes,
        "extra_notes": extra_notes,
        "wrong_events": wrong_events,
        "imported": profiles - before,
    }


def list_minus(a, b):
    left = list(b)
    out = []
    for x in a:
        if x in left:
            left.remove(x)
        else:
            out.append(x)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossier", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--ops", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--import", dest="files", nargs="*", default=[])
    args = ap.parse_args()

    db = sqlite3.connect("file:%s?mode=ro" % args.db, uri=True)
    ids = [r[0] for r in db.execute("SELECT id FROM profile")]
    db.close()
    before = len(ids)
    tally = Tally()
    state = {"tags": set(), "notes": [], "events": {}}
    stop = threading.Event()
    start = time.monotonic()
    imp = None
    if args.files:
        imp = subprocess.Popen([args.dossier, "--db", args.db, "--config", args.config,
                                "--user", "importer", "import", "-q"] + args.files,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    threads = [threading.Thread(target=worker, args=(args, i, ids, tally, state))
               for i in range(args.workers)]
    rd = threading.Thread(target=reader, args=(args, ids, tally, stop))
    imp_done = {}
    if imp is not None:
        def watch():
            imp_done["err"] = imp.communicate()[1]
            imp_done["rc"] = imp.returncode
            imp_done["end"] = time.monotonic()
        watcher = threading.Thread(target=watch)
        watcher.start()
    for t in threads + [rd]:
        t.start()
    for t in threads:
        t.join()
    if imp is not None:
        watcher.join()
    import_err, import_rc = imp_done.get("err", b""), imp_done.get("rc", 0)
    import_seconds = round(imp_done.get("end", start) - start, 1)
    stop.set()
    rd.join()
    figures = verify(args, state, before)
    figures.update({
        "workers": args.workers,
        "writes": args.workers * args.ops,
        "ops": tally.ops + (1 if imp else 0),
        "failed": tally.failed,
        "locked": tally.locked + len(LOCKED.findall(import_err.decode("utf-8", "replace"))),
        "import_rc": import_rc,
        "import_files": len(args.files),
        "import_seconds": import_seconds,
        "seconds": round(time.monotonic() - start, 1),
    })
    for k, v in figures.items():
        print("%s=%s" % (k, v))
    for m in tally.messages[:10]:
        print("# " + m)
    if import_err:
        print("# import: " + import_err.decode("utf-8", "replace").strip()[:500])
    bad = (figures["lost_tags"] or figures["extra_tags"] or figures["lost_notes"] or
           figures["extra_notes"] or figures["wrong_events"] or figures["failed"] or
           figures["locked"] or import_rc or figures["imported"] != len(args.files))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
