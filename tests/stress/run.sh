#!/usr/bin/env bash
# run.sh BUILD [NAME...]: the long reliability runs against the binary in
# BUILD (./dev stress), all of them by default:
#
#   concurrency  8 workers x 1,000 tag/untag/note while 10,000 résumés import
#   crash        SIGKILL 20 times during a 10,000-résumé import
#   erase        the cost of erasure on a 100,000-profile database
#
# The first two are tests/cli/concurrency.sh and tests/cli/crash.sh at full
# size (make check runs them small).  Each prints TAP; the last line says
# how many checks passed and failed.  Sizes can be changed through the
# variables those scripts read (CONC_OPS, CONC_IMPORT, CRASH_N, CRASH_KILLS,
# ERASE_N).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd) || exit 1
shift
export DOSSIER="$build/dossier" SRCDIR="$top"
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(concurrency crash erase)

pass=0 fail=0
for n in "${names[@]}"; do
	case $n in
	concurrency)
		script="$top/tests/cli/concurrency.sh"
		export CONC_OPS=${CONC_OPS:-1000} CONC_IMPORT=${CONC_IMPORT:-10000} \
		    CONC_ROUNDS=${CONC_ROUNDS:-20} ;;
	crash)
		script="$top/tests/cli/crash.sh"
		export CRASH_N=${CRASH_N:-10000} CRASH_KILLS=${CRASH_KILLS:-20} ;;
	*)
		script="$top/tests/stress/$n.sh" ;;
	esac
	if [ ! -f "$script" ]; then
		echo "run.sh: no stress run '$n'" >&2
		fail=$((fail + 1))
		continue
	fi
	echo "== $n ($(date -u +%H:%M:%SZ))"
	start=$(date +%s)
	sh "$script" >"$build/stress-$n.log" 2>&1
	cat "$build/stress-$n.log"
	p=$(grep -c '^ok' "$build/stress-$n.log")
	f=$(grep -c '^not ok' "$build/stress-$n.log")
	grep -q '^1\.\.[0-9]' "$build/stress-$n.log" || f=$((f + 1))
	pass=$((pass + p))
	fail=$((fail + f))
	echo "== $n: $p passed, $f failed, $(($(date +%s) - start))s"
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
