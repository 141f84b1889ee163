#!/bin/sh
# valgrind.sh BUILD: the unit tests, the fuzz targets' replays and a few
# commands through the real binary, under valgrind (memcheck): no error and
# no leak.  BUILD is a build without sanitizers (./dev check --valgrind makes
# build/valgrind).  Speaks TAP, one check a program.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd) || exit 1
T=$(mktemp -d "${TMPDIR:-/tmp}/dossier-valgrind.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data"
export DOSSIER_USER=tester LC_ALL=C.UTF-8 TZ=UTC CMOCKA_MESSAGE_OUTPUT=TAP
unset DOSSIER_DB DOSSIER_CONFIG
mkdir -p "$HOME"
n=0 failed=0

# vg NAME CMD...: CMD under valgrind; passes when valgrind reports nothing.
vg() {
	name=$1
	shift
	n=$((n + 1))
	valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=all \
	    --errors-for-leak-kinds=all --track-origins=yes --log-file="$T/vg.$n" \
	    "$@" >"$T/out.$n" 2>&1 </dev/null
	rc=$?
	if [ $rc -ne 99 ] && [ ! -s "$T/vg.$n" ]; then
		echo "ok $n - $name"
	else
		echo "not ok $n - $name (status $rc)"
		sed 's/^/# /' "$T/vg.$n" | head -40
		failed=$((failed + 1))
	fi
}

if ! command -v valgrind >/dev/null; then
	echo "1..0 # SKIP valgrind is not installed"
	exit 0
fi
for t in "$build"/tests/unit/test_*; do
	[ -x "$t" ] && vg "unit: ${t##*/}" "$t"
done
F="$top/tests/fuzz"
vg "replay-import" "$build/tests/fuzz/replay-import" "$F/seeds/import" "$F/regress/import" \
    "$top/tests/fixtures/cli" "$top/tests/fixtures/hostile"
vg "replay-resume" "$build/tests/fuzz/replay-resume" "$F/seeds/resume" "$F/regress/resume"
vg "replay-config" "$build/tests/fuzz/replay-config" "$F/seeds/config" "$F/regress/config" \
    "$top/data/dossier.yaml"
vg "replay-query" "$build/tests/fuzz/replay-query" "$F/seeds/query" "$F/regress/query"

D="$build/dossier"
DB="$T/v.db"
vg "dossier import" "$D" --db "$DB" import -q "$top"/tests/fixtures/cli/*.txt \
    "$top/tests/fixtures/hostile/escapes.txt" "$top/tests/fixtures/hostile/escapes.json"
vg "dossier list" "$D" --db "$DB" list Ada
vg "dossier show" "$D" --db "$DB" show 1
vg "dossier tag" "$D" --db "$DB" tag 1 2 shortlist
vg "dossier note" "$D" --db "$DB" note 1 a note
vg "dossier export" "$D" --db "$DB" export --format markdown
vg "dossier reimport" "$D" --db "$DB" reimport
vg "dossier delete" "$D" --db "$DB" delete 2
vg "dossier history" "$D" --db "$DB" history 1
vg "dossier config --check" "$D" --config "$top/data/dossier.yaml" config --check
echo "1..$n"
[ $failed -eq 0 ]
