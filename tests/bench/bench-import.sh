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

# timed LABEL COMMAND...: runs it, prints wall and CPU time and the rates
# (wall and CPU: the machine may be shared, and CPU time is steadier).
timed() {
	local label=$1 out
	shift
	out=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
	set -- $out
	awk -v l="$label" -v r="$1" -v u="$2" -v s="$3" -v n="$n" -v b="$bytes" 'BEGIN {
	    c = u + s
	    printf "%-34s %6.2f s wall %6.2f s cpu  %7.0f résumés/s (cpu %7.0f)  %5.2f MB/s\n",
	        l, r, c, n / r, n / c, b / 1048576 / r }'
	last_wall=$1
	last_cpu=$(awk -v u="$2" -v s="$3" 'BEGIN { print u + s }')
}

# sqlite3 alone: the raw texts into an FTS5 table, one transaction.
cat >"$dir/raw.sql" <<SQL
PRAGMA journal_mode=WAL;
CREATE TABLE paths(p TEXT);
CREATE VIRTUAL TABLE raw USING fts5(body);
.import $dir/list paths
BEGIN;
INSERT INTO raw(body) SELECT CAST(readfile(p) AS TEXT) FROM paths;
COMMIT;
SQL
raw_wall=
if command -v sqlite3 >/dev/null 2>&1; then
	timed "sqlite3, raw text into FTS5" sqlite3 -init "$dir/raw.sql" "$dir/raw.db" .quit
	raw_wall=$last_wall raw_cpu=$last_cpu
else
	echo "(sqlite3 not installed: no raw figure)"
fi

# dossier: parse every résumé and store it, with its FTS5 index.
timed "dossier import (parse + store)" \
    xargs -a "$dir/list" "$DOSSIER" --db "$dir/dossier.db" import -q --as-of 2025-06
imp_wall=$last_wall imp_cpu=$last_cpu
stored=$(sqlite3 "$dir/dossier.db" 'SELECT count(*) FROM profile' 2>/dev/null || echo '?')
echo "stored profiles: $stored"

# dossier parsing alone, nothing stored.
timed "dossier import --dry-run (parse)" \
    xargs -a "$dir/list" "$DOSSIER" import --dry-run --as-of 2025-06
if [ -n "$raw_wall" ]; then
	awk -v rw="$raw_wall" -v iw="$imp_wall" -v rc="$raw_cpu" -v ic="$imp_cpu" 'BEGIN {
	    printf "import rate / raw FTS5 rate: %.2f wall, %.2f cpu (target: at least 0.50)\n",
	        rw / iw, rc / ic }'
fi
exit 0
