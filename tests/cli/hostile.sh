#!/bin/sh
# Hostile résumés: terminal escapes (OSC 52 clipboard writes, title changes,
# CSI, DCS, APC), C0 and C1 controls, BEL, backspace, NUL, bidi overrides, a
# 1 MB line, 100,000 lines, deep nesting and alias bombs.  Import never
# crashes or hangs, never stores a control character, and nothing dossier
# prints carries one.
. "$SRCDIR/tests/lib.sh"
DB="$T/h.db"
H="$FIX/hostile"
TOOLS="$SRCDIR/tests/tools"

# imports FILE CODE WHY: imports FILE in bounded time and expects CODE.
imports() {
	timeout 60 "$DOSSIER" --db "$DB" import -q "$1" >"$T/out" 2>"$T/err"
	rc=$?
	expect_rc "$2" "$3"
	hasnt "$T/err" 'Sanitizer|runtime error' "  no sanitizer report"
}

for f in escapes.txt controls.txt bidi.txt nul-late.txt escapes.json escapes.yaml \
    alias-bomb.json; do
	imports "$H/$f" 0 "$f imports"
done

imports "$H/nul-early.txt" 65 "a NUL in the first bytes: refused as binary"
has "$T/err" 'nul-early.txt: binary data' "  saying so"
for f in deep.json deep.yaml deep-map.yaml; do
	imports "$H/$f" 65 "$f (nesting thousands deep): refused"
	has "$T/err" "$f:[0-9]+:[0-9]+: nested too deeply" "  naming where"
done
imports "$H/alias-bomb.yaml" 65 "a billion laughs: refused"
has "$T/err" 'alias-bomb.yaml:[0-9]+:[0-9]+: document too large' "  naming where"

# Made here rather than committed: a 1 MB line, a 1 MB line of escape
# sequences, and 100,000 lines (the default import.max_lines).
{ echo "Lena Longline"; head -c 1048576 /dev/zero | tr '\0' 'a'; echo; } >"$T/longline.txt"
imports "$T/longline.txt" 0 "a 1 MB line imports"
python3 -c 'import sys; sys.stdout.write("Esme Escapeline\n" + "\x1b]52;c;AAAA\x07\x1b[2J\xc2\x9b" * 60000 + "\n")' \
    >"$T/escline.txt"
imports "$T/escline.txt" 0 "a 1 MB line of escape sequences imports"
{ echo "Hugo Hundredk"; seq 2 100000 | sed 's/^/line /'; } >"$T/lines.txt"
same "$(wc -l <"$T/lines.txt")" 100000 "  (the file has 100000 lines)"
imports "$T/lines.txt" 0 "100,000 lines import"

# Many anchors and as many aliases: each alias is looked up in constant time
# (a scan of the nodes took minutes for this one).
python3 -c 'import sys
n = 90000
sys.stdout.write("---\nbasics:\n  name: Anna Anchors\nwork: [" +
    "".join("&a%d x, " % i for i in range(n)) + "*a0, " * n + "x]\n")' >"$T/anchors.yaml"
imports "$T/anchors.yaml" 0 "90,000 anchors and 90,000 aliases import in bounded time"

# A hostile file name travels into the history and into messages.
evil=$(printf 'cv\033]0;owned\007\033[2J.txt')
printf 'Fiona Filename\nfiona.filename@example.org\n' >"$T/$evil"
imports "$T/$evil" 0 "a file whose name holds escapes imports"
run --db "$DB" import "$T/$evil.missing"
"$TOOLS/termscan.py" "$T/err" >"$T/scan" 2>&1
ok $? "an error naming that file prints no escape"
diag "$T/scan"

run --db "$DB" list --format tsv
same "$(wc -l <"$T/out")" 12 "twelve candidates stored"
has "$T/out" 'Mallory .*Escape' "the escaped name keeps its text"
has "$T/out" 'Oscar eviL Bidi' "the bidi name keeps its letters"

# Nothing stored holds a control character, the index text included.
"$TOOLS/dbscan.py" "$DB" >"$T/scan" 2>&1
ok $? "no control character anywhere in the database"
diag "$T/scan"

# Nothing printed does either: every candidate shown, listed, exported.
bad=0
for id in $(cut -f1 "$T/out"); do
	for cmd in "show $id" "show $id --format yaml" "history $id"; do
		# shellcheck disable=SC2086
		"$DOSSIER" --db "$DB" $cmd >"$T/shown" 2>&1
		"$TOOLS/termscan.py" "$T/shown" >"$T/scan" || { bad=1; diag "$T/scan"; }
	done
done
ok $bad "show, show --format yaml and history print no control character"
for fmt in table tsv; do
	run --db "$DB" list --format $fmt
	"$TOOLS/termscan.py" "$T/out" >"$T/scan"
	ok $? "list --format $fmt prints none"
	diag "$T/scan"
done
for fmt in csv markdown yaml; do
	run --db "$DB" export --format $fmt
	"$TOOLS/termscan.py" "$T/out" >"$T/scan"
	ok $? "export --format $fmt writes none"
	diag "$T/scan"
done

# Reimport parses the stored raw texts again: still nothing unsafe.
timeout 120 "$DOSSIER" --db "$DB" reimport >"$T/out" 2>"$T/err"
rc=$?
expect_rc 0 "reimport of every hostile text"
"$TOOLS/dbscan.py" "$DB" >"$T/scan" 2>&1
ok $? "  and still no control character stored"
diag "$T/scan"

done_testing
