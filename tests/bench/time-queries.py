#!/usr/bin/env python3
"""time-queries.py DOSSIER DB TEXTDIR [RUNS] [GREP_RUNS]: times 20 queries.

Each query runs as a whole process three ways, round-robin so a busy machine
slows all alike: `dossier list QUERY`, `sqlite3` running the equivalent SQL
written by hand (the raw FTS5 MATCH with the same bm25 weights, or the same
conditions on the tables), and `grep -ril` over the résumé texts for the
query's words where text can say it.  dossier and sqlite3 run twice: a page
(--limit 50, what a screen shows) and every row.  Prints p50 and p95 per
query and over all, the ratios, and whether the targets are met; checks that
dossier and sqlite3 find the same number of rows.  Beside the wall times it
prints the processor time (user + system) of the same runs, which a busy
machine does not inflate.
"""
import os
import resource
import statistics
import subprocess
import sys
import time

COLS = ("p.id, p.name, p.label, p.company, p.location, p.months, "
        "(SELECT group_concat(tag, ' ') FROM profile_tag t WHERE t.profile_id = p.id)")
BM25 = "bm25(profile_fts, 10.0, 5.0, 4.0, 4.0, 6.0, 3.0, 2.0, 1.0)"


def ranked(match, extra=""):
    return (f"SELECT {COLS} FROM profile_fts f JOIN profile p ON p.id = f.rowid "
            f"WHERE profile_fts MATCH '{match}'{extra} ORDER BY {BM25}, p.id")


def facet(expr):
    return f"p.id IN (SELECT rowid FROM profile_facet WHERE profile_facet MATCH '{expr}')"


def skill(name):
    return f"p.id IN (SELECT profile_id FROM skill WHERE name = '{name}')"


def plain(cond):
    return f"SELECT {COLS} FROM profile p WHERE {cond} ORDER BY p.name COLLATE NOCASE, p.id"


TAG = "p.id IN (SELECT profile_id FROM profile_tag WHERE tag = 'shortlist')"

# (query words, equivalent SQL, grep pipeline or None)
QUERIES = [
    (["rust"], ranked('"rust"*'), "grep -ril rust {t}"),
    (["engineer"], ranked('"engineer"*'), "grep -ril engineer {t}"),
    (["zurich"], ranked('"zurich"*'), "grep -rilE 'z(u|ü)rich' {t}"),
    (['"data engineer"'], ranked('"data engineer"'), "grep -ril 'data engineer' {t}"),
    (["skill:go"], plain(skill("go")), "grep -rilw go {t}"),
    (["skill:rust", "years:>5"], plain(skill("rust") + " AND p.months >= 61"),
     "grep -ril rust {t}"),
    (["location:zurich", "skill:python"],
     plain(facet('place : "zurich"*') + " AND " + skill("python")),
     "grep -rilE 'z(u|ü)rich' {t} | xargs -d '\\n' grep -il python"),
    (["company:northwind"], ranked('company : "northwind"*'), "grep -ril northwind {t}"),
    (["current:relecloud"], plain(facet('employer : "relecloud"*')),
     "grep -ril relecloud {t}"),
    (['title:"staff engineer"'], ranked('title : "staff engineer"'),
     "grep -ril 'staff engineer' {t}"),
    (["school:aalto"], plain(facet('school : "aalto"*')), "grep -ril aalto {t}"),
    (["degree:phd"], plain(facet('degree : "phd"*')), "grep -ril phd {t}"),
    (["years:3..8", "location:munchen"],
     plain("p.months >= 36 AND p.months <= 107 AND " + facet('place : "munchen"*')),
     "grep -rilE 'm(u|ü)nchen' {t}"),
    (["kafka", "-spark"], ranked('("kafka"*) NOT "spark"*'),
     "grep -ril kafka {t} | xargs -d '\\n' grep -iL spark"),
    (["(skill:rust", "OR", "skill:go)", "location:stockholm"],
     plain(f"({skill('rust')} OR {skill('go')}) AND " + facet('place : "stockholm"*')),
     "grep -ril stockholm {t}"),
    (["terraform", "OR", "ansible"], ranked('("terraform"* OR "ansible"*)'),
     "grep -rilE 'terraform|ansible' {t}"),
    (["name:ingrid"], ranked('name : "ingrid"*'), "grep -rilE '^ingrid' {t}"),
    (["tag:shortlist"], plain(TAG), None),
    (["tag:shortlist", "skill:kubernetes"], plain(TAG + " AND " + skill("kubernetes")), None),
    (["is:new", "years:>10"],
     plain("p.id NOT IN (SELECT profile_id FROM seen WHERE user = 'bench') "
           "AND p.months >= 121"), None),
]


def cpu_ms():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r.ru_utime + r.ru_stime) * 1000


# The processor time of each run is kept beside the wall time: on a shared
# machine the wall time also counts the waits for a processor.
CPU = {}


def run(cmd, shell=False, key=None):
    c, t = cpu_ms(), time.perf_counter()
    r = subprocess.run(cmd, shell=shell, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    ms = (time.perf_counter() - t) * 1000
    if key is not None:
        CPU.setdefault(key, []).append(cpu_ms() - c)
    if r.returncode not in (0, 1):
        sys.exit(f"failed ({r.returncode}): {cmd}")
    return ms, r.stdout.count(b"\n")


def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


def measure(dossier, db, texts, runs, grep_runs):
    results = []
    for words, sql, grep in QUERIES:
        cmds = {
            "d_page": [dossier, "--db", db, "list", "--format", "tsv", "--limit", "50", "--"]
            + words,
            "s_page": ["sqlite3", "-readonly", db, sql + " LIMIT 50"],
            "d_all": [dossier, "--db", db, "list", "--format", "tsv", "--"] + words,
            "s_all": ["sqlite3", "-readonly", db, sql],
        }
        t = {k: [] for k in cmds}
        rows = {}
        for _ in range(runs):
            for k, c in cmds.items():
                ms, n = run(c, key=k)
                t[k].append(ms)
                rows[k] = n
        t["grep"] = []
        for _ in range(grep_runs if grep else 0):
            ms, n = run(grep.format(t=texts), shell=True)
            t["grep"].append(ms)
            rows["grep"] = n
        results.append((" ".join(words), t, rows))
    return results


def report(results, runs, grep_runs):
    print(f"{'query':<44}{'rows':>7}  {'page: dossier':>15} {'sqlite3':>13}   "
          f"{'all: dossier':>15} {'sqlite3':>13}   {'grep -ril':>9}")
    print(f"{'':<44}{'':>7}  {'p50/p95 ms':>15} {'p50/p95 ms':>13}   "
          f"{'p50/p95 ms':>15} {'p50/p95 ms':>13}   {'p50 ms':>9}")
    ratios, speedups, page_speedups, mismatches = [], [], [], []
    for q, t, rows in results:
        cells = [f"{pct(t[k], 50):.1f}/{pct(t[k], 95):.1f}" for k in
                 ("d_page", "s_page", "d_all", "s_all")]
        g = f"{pct(t['grep'], 50):.0f}" if t["grep"] else "-"
        print(f"{q:<44}{rows['d_all']:>7}  {cells[0]:>15} {cells[1]:>13}   "
              f"{cells[2]:>15} {cells[3]:>13}   {g:>9}")
        for mode in ("page", "all"):
            ratios.append((pct(t["d_" + mode], 50) / pct(t["s_" + mode], 50), mode, q))
        if t["grep"]:
            speedups.append((pct(t["grep"], 50) / pct(t["d_all"], 50), q))
            page_speedups.append((pct(t["grep"], 50) / pct(t["d_page"], 50), q))
        if rows["d_all"] != rows["s_all"]:
            mismatches.append(f"{q}: dossier {rows['d_all']} rows, sqlite3 {rows['s_all']}")
    every = {k: [ms for _, t, _ in results for ms in t[k]] for k in
             ("d_page", "s_page", "d_all", "s_all")}
    print()
    print(f"over all {len(results)} queries x {runs} runs (grep: {grep_runs} runs):")
    for k, label in (("d_page", "dossier list --limit 50"), ("s_page", "sqlite3 ... LIMIT 50"),
                     ("d_all", "dossier list (all rows)"), ("s_all", "sqlite3 (all rows)")):
        print(f"  {label:<26} p50 {pct(every[k], 50):6.1f} ms   p95 {pct(every[k], 95):6.1f} ms"
              f"   (processor time p50 {pct(CPU[k], 50):6.1f} ms, p95 {pct(CPU[k], 95):6.1f} ms)")
    worst = max(ratios)
    print(f"  dossier / sqlite3 (p50 per query): median {statistics.median(r for r, _, _ in ratios):.2f}x,"
          f" worst {worst[0]:.2f}x ({worst[1]}: {worst[2]})")
    if speedups:
        low = min(speedups)
        print(f"  grep / dossier all rows (p50 per query): median "
              f"{statistics.median(s for s, _ in speedups):.0f}x, least {low[0]:.0f}x ({low[1]})")
        plow = min(page_speedups)
        print(f"  grep / dossier page (p50 per query): median "
              f"{statistics.median(s for s, _ in page_speedups):.0f}x, least {plow[0]:.0f}x"
              f" ({plow[1]})")
    print("targets:")
    print(f"  p95 under 50 ms (page): {'met' if pct(every['d_page'], 95) < 50 else 'NOT met'}"
          f"; (all rows): {'met' if pct(every['d_all'], 95) < 50 else 'NOT met'}")
    print(f"  within 2x of raw FTS5: {'met' if worst[0] <= 2 else 'NOT met'} (worst {worst[0]:.2f}x)")
    if speedups:
        for label, v in (("a page", page_speedups), ("all rows", speedups)):
            med, least = statistics.median(x for x, _ in v), min(v)
            print(f"  50x faster than grep, {label}: median {med:.0f}x "
                  f"({'met' if med >= 50 else 'NOT met'}), every query "
                  f"{'met' if least[0] >= 50 else 'NOT met'} (least {least[0]:.0f}x, {least[1]})")
    for m in mismatches:
        print(f"  row counts differ: {m}")


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip())
        return 64
    runs = int(argv[3]) if len(argv) > 3 else 20
    grep_runs = int(argv[4]) if len(argv) > 4 else 3
    report(measure(argv[0], argv[1], argv[2], runs, grep_runs), runs, grep_runs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
