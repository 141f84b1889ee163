#!/bin/sh
# Replays every fuzz target (linked with tests/fuzz/replay.c, under this
# build's sanitizers) over its seeds, the inputs that once crashed it
# (tests/fuzz/regress) and the fixtures and corpus files that suit it.
# Runs in `make check`.
. "$SRCDIR/tests/lib.sh"
B=$(dirname "$DOSSIER")/tests/fuzz
S="$SRCDIR/tests/fuzz"

# replay TARGET FILE|DIR...: one check a target; the log holds its TAP.
replay() {
	t=$1
	shift
	if timeout 300 "$B/replay-$t" "$@" >"$T/$t.log" 2>&1; then
		ok 0 "replay-$t: $(grep -c '^ok' "$T/$t.log") inputs"
	else
		ok 1 "replay-$t"
		grep -v '^ok' "$T/$t.log" | head -20 | sed 's/^/# /'
	fi
}

mkdir -p "$T/docs" "$T/configs"
find "$FIX" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) \
    -exec cp {} "$T/docs/" \;
find "$FIX" -type f \( -name '*.yaml' -o -name '*.yml' \) -size -64k \
    -exec cp {} "$T/configs/" \;

replay import "$S/seeds/import" "$S/regress/import" "$FIX/cli"
[ -d "$FIX/hostile" ] && replay import "$FIX/hostile"
[ -d "$SRCDIR/tests/corpus/text" ] && replay import "$SRCDIR/tests/corpus/text"
[ -d "$SRCDIR/tests/corpus/gold" ] && replay resume "$SRCDIR/tests/corpus/gold"
replay resume "$S/seeds/resume" "$S/regress/resume" "$T/docs"
replay config "$S/seeds/config" "$S/regress/config" "$SRCDIR/data/dossier.yaml" "$T/configs"
replay query "$S/seeds/query" "$S/regress/query"

done_testing
