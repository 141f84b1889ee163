#!/bin/sh
# A query's mistake shows where the query is typed, through the real binary
# in tmux: after /, after : (:search, :mark, :view, :compare) and after T,
# the prompt moves up a line and the line under it has a caret under the
# wrong column, as dossier list puts one, with what is wrong beside it.
# Enter does not take the query while it is wrong; Esc gives up.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"

# line N: screen line N (1-based), trailing blanks dropped.
line() {
	sed -n "$1p" "$T/screen" | sed 's/ *$//'
}

# caret N: the column (0-based) of the caret on screen line N.
caret() {
	line "$1" | awk '{ print index($0, "^") - 1 }'
}

# cli_caret QUERY: where dossier list puts its caret, from the query's start.
cli_caret() {
	"$DOSSIER" --db "$DB" list "$1" 2>&1 >/dev/null | tail -1 |
	    awk '{ print index($0, "^") - 3 }'
}

tui_start a -- --db "$DB"
shows a 'Zofia Nowak' "the list is up"

send a /
type_text a 'zürich years:>'
shows a "^ +\\^ expected a number after 'years:>'\$" \
    "/: the line under the prompt says what is wrong"
same "$(line $((H - 1)))" "/zürich years:>" "the prompt moves up a line"
same "$(caret "$H")" "$((1 + $(cli_caret 'zürich years:>')))" \
    "the caret is under the column dossier list points at, past the é"
hasnt "$T/screen" "^ 4 candidates.*expected" "the status line keeps to its own"
send a Enter 5
shows a '^/zürich years:>5$' "Enter left the prompt open; typed on, it is right"
same "$(line "$H")" "/zürich years:>5" "and back on the last line"
hasnt "$T/screen" 'expected a number' "with no caret line"
send a Escape
shows a '^> N Ada Quill' "Esc puts the list back"

send a :
type_text a 'search skill:go (years:>3'
shows a "^ +\\^ unclosed '\\('\$" ":search: the same"
same "$(caret "$H")" "$((8 + $(cli_caret 'skill:go (years:>3')))" \
    "the caret counts the command's name in"
send a Enter
send a ')'
shows a '^:search skill:go \(years:>3\)$' "Enter did not run it"
send a Enter
shows a '1 candidate · /skill:go \(years:>3\)' "once right, Enter runs it"

send a : C-u
type_text a 'view nosuch'
shows a "^ +\\^ no saved view '@nosuch'\$" ":view: an unknown view"
same "$(caret "$H")" 6 "under its name"
send a Escape

send a T
type_text a 'has:pet'
shows a '^mark matching: has:pet$' "T: the prompt"
shows a "^ +\\^ has: takes email, phone or note\$" "with the caret line"
same "$(caret "$H")" "$((15 + $(cli_caret 'has:pet')))" "under the column"
send a Escape

# With ui.status: bottom the status line stays right above the prompt.
printf 'ui:\n  status: bottom\n' >"$T/bottom.yaml"
tui_start b -- --db "$DB" --config "$T/bottom.yaml"
shows b 'Zofia Nowak' "with ui.status: bottom"
send b /
type_text b 'years:>'
shows b "^ +\\^ expected a number after 'years:>'\$" "the caret line"
same "$(line $((H - 1)))" "/years:>" "the prompt above it"
line $((H - 2)) | grep -q '^ 4 candidates'
ok $? "the status line above the prompt"
send b Escape Q
exits b 0 "Q quits"
send a Q
exits a 0 "Q quits"
done_testing
