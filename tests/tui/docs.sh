#!/bin/sh
# The browser's reference cannot drift from the binary: every action that
# dossier keys lists, and every command the help screen lists, is in the
# BROWSER section of dossier(1).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"
sed -n '/^\.Sh BROWSER/,/^\.Sh ENVIRONMENT/p' "$SRCDIR/man/dossier.1" >"$T/browser"

run keys
expect_rc 0 "dossier keys runs"
for action in $(awk '$1 != "tag" { print $1 }' "$T/out"); do
	grep -q -- "$action" "$T/browser"
	ok $? "dossier(1) documents the action $action"
done

H=60
tui_start a -- --db "$DB"
shows a 'Zofia' "the browser is up"
send a '?' G
shows a ":quit" "the help lists the commands"
has "$T/screen" ":tag TAG" "all of them, from the first"
for cmd in $(grep -o '^ *:[a-z]*' "$T/screen" | tr -d ' :'); do
	grep -q -- ":$cmd" "$T/browser"
	ok $? "dossier(1) documents :$cmd"
done
send a q q
exits a 0 "q quits with status 0"
done_testing
