#!/usr/bin/env bash
# bench-query.sh: the query language on generated profiles (100,000 unless
# QUERY_BENCH_N says otherwise).  Builds the database once in $BENCH_TMP
# through `dossier import` of JSON Resume documents, tags a shortlist, then
# times 20 representative queries beside sqlite3 and grep (time-queries.py).
set -u
: "${DOSSIER:?}" "${SRCDIR:?}" "${BENCH_TMP:?}"
n=${QUERY_BENCH_N:-100000}
runs=${QUERY_BENCH_RUNS:-20}
dir="$BENCH_TMP/query"
db="$dir/q.db"
export HOME="$dir/home" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data"
export DOSSIER_USER=bench
unset DOSSIER_DB DOSSIER_CONFIG
mkdir -p "$HOME"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

t=$(now)
python3 "$SRCDIR/tests/bench/gen-json.py" "$n" "$dir/json" --texts "$dir/txt" || exit 1
printf 'generated %d profiles (JSON Resume, and their texts) in %s s\n' "$n" "$(since "$t")"

t=$(now)
"$DOSSIER" --db "$db" import -q "$dir"/json/*.json || exit 1
count=$("$DOSSIER" --db "$db" list --format tsv | wc -l)
printf 'imported %d profiles in %s s (one transaction each), %s MB\n' "$count" \
	"$(since "$t")" "$(du -m "$db" | cut -f1)"

# every 40th candidate is on the shortlist
t=$(now)
"$DOSSIER" --db "$db" tag $(seq 1 40 "$count") shortlist >/dev/null || exit 1
printf 'tagged %d in %s s\n' $(( (count + 39) / 40 )) "$(since "$t")"
echo

python3 "$SRCDIR/tests/bench/time-queries.py" "$DOSSIER" "$db" "$dir/txt" "$runs" 3
