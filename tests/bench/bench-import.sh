#!/usr/bin/env bash
# bench-import.sh: the import rate on generated résumés, beside the rate at
# which sqlite3 itself puts the same raw texts into an FTS5 table.  Reports
# figures; passes or fails on nothing.  N=10000 by default (BENCH_N).
set -u
n=${BENCH_N:-10000}
dir="$BENCH_TMP/import"
rm -rf "$dir"
mkdir -p "$dir"
python3 "$SRCDIR/tests/bench/gen-resumes.py" "$n" "$dir/resumes" || exit 1
find "$dir/resumes" -name '*.txt' | sort >"$dir/list"
bytes=$(cat $(cat "$dir/list") | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "$n résumés, $mb MB of text"

now() { date +%s.%N; }
rate() {	# rate LABEL SECONDS
	awk -v l="$1" -v s="$2" -v n="$n" -v b="$bytes" 'BEGIN {
	    printf "%-34s %7.2f s %9.0f résumés/s %7.2f MB/s\n", l, s, n / s, b / 1048576 / s }'
}

# sqlite3 alone: the raw texts into an FTS5 table, one transaction.
if command -v sqlite3 >/dev/null 2>&1; then
	t0=$(now)
	sqlite3 "$dir/raw.db" >/dev/null <<SQL
PRAGMA journal_mode=WAL;
CREATE TABLE paths(p TEXT);
CREATE VIRTUAL TABLE raw USING fts5(body);
.import $dir/list paths
BEGIN;
INSERT INTO raw(body) SELECT CAST(readfile(p) AS TEXT) FROM paths;
COMMIT;
SQL
	t1=$(now)
	raw=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
	rate "sqlite3, raw text into FTS5" "$raw"
else
	raw=
	echo "(sqlite3 not installed: no raw figure)"
fi

# dossier: parse every résumé and store it, with its FTS5 index.
t0=$(now)
xargs -a "$dir/list" "$DOSSIER" --db "$dir/dossier.db" import -q --as-of 2025-06
t1=$(now)
imp=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
rate "dossier import (parse + store)" "$imp"
stored=$(sqlite3 "$dir/dossier.db" 'SELECT count(*) FROM profile' 2>/dev/null || echo '?')
echo "stored profiles: $stored"

# dossier parsing alone, nothing stored.
t0=$(now)
xargs -a "$dir/list" "$DOSSIER" import --dry-run --as-of 2025-06 >/dev/null
t1=$(now)
dry=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
rate "dossier import --dry-run (parse)" "$dry"
[ -n "$raw" ] && awk -v r="$raw" -v i="$imp" 'BEGIN {
    printf "import rate / raw FTS5 rate: %.2f (target: at least 0.50)\n", r / i }'
exit 0
