#!/bin/sh
# The mouse, as an xterm sends it (SGR reports, typed into the pane): a
# click selects, a second click opens, the wheel scrolls, a tab switches
# views; with ui.mouse false the browser asks for no mouse and reads none.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"
ESC=$(printf '\033')
# click NAME X Y: a press and a release of the first button (1-based X, Y).
click() {
	type_text "$1" "$ESC[<0;$2;$3M$ESC[<0;$2;$3m"
}
wheel_down() {
	type_text "$1" "$ESC[<65;$2;$3M"
}

tui_start a -- --db "$DB"
shows a 'Zofia Nowak' "the list is up"
click a 20 7
shows a '^> N Zofia Nowak' "a click selects the row under it"
click a 20 7
shows a '^ Zofia Nowak *$' "a second click opens the card"
click a 2 1
click a 30 1
shows a '^Work ' "a click on a tab shows its view"
click a 14 1
shows a '^>   Zofia Nowak' "and the list's tab the list, where Zofia is now seen"
send a g Enter
shows a 'more ↓' "Ada's card is longer than the screen"
wheel_down a 10 10
wheel_down a 10 10
hides a '^ Ada Quill *$' "the wheel scrolls it"
send a q
shows a '^>   Ada Quill' "q goes back to the list"

same "$(tmx display -p -t a '#{mouse_sgr_flag}#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}' | tr -d 0 | cut -c1)" "1" \
    "the browser asked the terminal for mouse reports"
send a q
exits a 0 "q quits with status 0"

printf 'ui:\n  mouse: false\n' >"$T/nomouse.yaml"
tui_start b -- --db "$DB" --config "$T/nomouse.yaml"
shows b '^> +Ada Quill' "with ui.mouse false"
same "$(tmx display -p -t b '#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}')" \
    "000" "it asks for no mouse reports"
send b Q
exits b 0 "Q quits with status 0"
done_testing
