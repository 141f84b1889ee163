#!/bin/sh
# What reaches a terminal while hostile profiles are shown: every byte dossier
# writes to a pseudo-terminal is recorded (tests/tools/ptyrun.py) and parsed
# as a terminal would (tests/tools/termscan.py).  The commands may colour
# (SGR) but nothing else; the browser may send only what ncurses makes:
# never an OSC (clipboard, title, hyperlink), DCS, APC, C1 control or BEL
# from an imported text.
. "$SRCDIR/tests/lib.sh"
DB="$T/t.db"
TOOLS="$SRCDIR/tests/tools"
for f in escapes.txt controls.txt bidi.txt escapes.json escapes.yaml; do
	"$DOSSIER" --db "$DB" import -q "$FIX/hostile/$f" || echo "# import of $f failed"
done
"$DOSSIER" --db "$DB" tag 1 2 3 shortlist
printf 'Note \033]52;c;bm90ZQ==\007 with \033[2J escapes\n' | "$DOSSIER" --db "$DB" note 1 -

# pty OUT [ptyrun options] -- ARGS...: dossier ARGS on a 100x30 terminal.
pty() {
	_out=$1
	shift
	TERM=xterm-256color "$TOOLS/ptyrun.py" --size 100x30 --timeout 60 --out "$_out" "$@" \
	    2>"$T/pty.err"
	rc=$?
}

# clean OUT WHY [--curses]: OUT holds nothing a terminal would act on.
clean() {
	"$TOOLS/termscan.py" ${3:-} "$1" >"$T/scan" 2>&1
	ok $? "$2"
	diag "$T/scan"
}

for id in 1 2 3 4 5; do
	pty "$T/show$id" -- "$DOSSIER" --db "$DB" show "$id"
	expect_rc 0 "show $id on a terminal"
	clean "$T/show$id" "  writes no escape but colour"
done
pty "$T/list" -- "$DOSSIER" --db "$DB" list
expect_rc 0 "list on a terminal"
has "$T/list" 'Mallory' "  shows the candidates"
clean "$T/list" "  writes no escape but colour"
pty "$T/tags" -- "$DOSSIER" --db "$DB" tag 1 2 maybe
clean "$T/tags" "tag on a terminal writes none"

# The browser, once there is one.
pty "$T/browser" -- "$DOSSIER" --db "$DB"
if grep -q 'browser is not built yet' "$T/browser"; then
	skip "the browser is not built yet"
	done_testing
fi
for who in Mallory Trudy Oscar Jason Yael; do
	pty "$T/b-$who" --wait "$who" --pause 0.5 --send '\r' --pause 1 --send 3 \
	    --pause 1 --send 2 --pause 1 --send j --pause 0.5 --send Q \
	    -- "$DOSSIER" --db "$DB" browse "$who"
	expect_rc 0 "the browser shows $who's card and quits"
	diag "$T/pty.err"
	has "$T/b-$who" "$who" "  drawing the name"
	clean "$T/b-$who" "  sending nothing ncurses did not make" --curses
done

done_testing
