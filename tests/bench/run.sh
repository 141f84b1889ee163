#!/usr/bin/env bash
# run.sh BUILD [NAME...]: runs the benchmarks (tests/bench/bench-NAME.sh, all
# of them by default) against the binary in BUILD and prints their figures.
# Benchmarks report; they never pass or fail on a time.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
shift
names=("$@")
for n in "${names[@]}"; do
	if [ ! -f "$top/tests/bench/bench-$n.sh" ]; then
		avail=$(cd "$top/tests/bench" && ls bench-*.sh | sed 's/^bench-//; s/\.sh$//' | tr '\n' ' ')
		[ "$n" = "--help" ] || [ "$n" = "-h" ] || echo "dev bench: no benchmark '$n'" >&2
		echo "usage: ./dev bench [${avail% }]..." >&2
		exit 64
	fi
done
export DOSSIER="$build/dossier" SRCDIR="$top" BUILD="$build"
export BENCH_TMP="${BENCH_TMP:-$(mktemp -d "${TMPDIR:-/tmp}/dossier-bench.XXXXXX")}"
if [ ${#names[@]} -eq 0 ]; then
	for f in "$top"/tests/bench/bench-*.sh; do
		[ -e "$f" ] || continue
		n=${f##*/bench-}
		names+=("${n%.sh}")
	done
fi
echo "dossier benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -m)"
for n in "${names[@]}"; do
	echo
	echo "== $n"
	bash "$top/tests/bench/bench-$n.sh" || echo "($n failed: status $?)"
done
rm -rf "$BENCH_TMP"
