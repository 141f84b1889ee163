#!/bin/sh
# The browser on the terminals people have: xterm-256color, screen, linux
# and vt100 draw the list and quit cleanly; NO_COLOR and terminals without
# colours use attributes alone; a locale that is not UTF-8 (or ui.ascii)
# draws ASCII only; colours come from the config's theme.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"
# colour SGRs other than the default colours (39, 49)
COLOR='\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)(;|m)'

# GPM (the console mouse) is no use in a tmux pane, and its library leaks
# under the sanitizers: keep ncurses from loading it for TERM=linux.
for term in xterm-256color screen linux vt100; do
	TUI_TERM=$term
	tui_start "$term" NCURSES_GPM_TERMS= -- --db "$DB"
	shows "$term" 'Zofia Nowak' "TERM=$term: the list is drawn"
	send "$term" Enter
	shows "$term" 'Ada Quill · 1 of 4' "TERM=$term: the card opens"
	send "$term" 3
	shows "$term" '^Work ' "TERM=$term: the timeline is drawn"
	send "$term" q q
	exits "$term" 0 "TERM=$term: q quits with status 0"
done

for term in dumb no-such-terminal; do
	TUI_TERM=$term
	tui_start "$term" -- --db "$DB"
	exits "$term" 74 "TERM=$term: dossier gives up with status 74"
	screen "$term"
	has "$T/screen" "dossier: the terminal type '$term' (cannot move the cursor|is not known)" \
	    "TERM=$term: and says why"
done

TUI_TERM=xterm-256color
tui_start colour -- --db "$DB"
shows colour 'Zofia Nowak' "with colours"
tmx capture-pane -e -p -t colour >"$T/colour"
has "$T/colour" "$COLOR" "the screen has colours"
send colour q

tui_start nocolor NO_COLOR=1 -- --db "$DB"
shows nocolor 'Zofia Nowak' "NO_COLOR: the list is drawn"
tmx capture-pane -e -p -t nocolor >"$T/nocolor"
hasnt "$T/nocolor" "$COLOR" "NO_COLOR: no colour at all"
has "$T/nocolor" '\[7m' "the status line is in reverse video instead"
send nocolor q
exits nocolor 0 "NO_COLOR: q quits with status 0"

TUI_TERM=vt100
tui_start vt -- --db "$DB"
shows vt 'Zofia Nowak' "vt100: drawn"
tmx capture-pane -e -p -t vt >"$T/vt"
hasnt "$T/vt" "$COLOR" "vt100 has no colours, so none are sent"
send vt q

TUI_TERM=xterm-256color
tui_start ascii LC_ALL=C -- --db "$DB"
shows ascii 'Elodie Moreau' "a locale that is not UTF-8: names lose their accents"
has "$T/screen" 'Product Manager -- logisti' "dashes become ASCII"
send ascii 3
shows ascii '^ +-+\+-+' "the axis is drawn with - and +"
LC_ALL=C grep -q "$(printf '[\200-\377]')" "$T/screen"
ok $((1 - $?)) "nothing but ASCII on the screen"
send ascii q q
exits ascii 0 "ASCII: q quits with status 0"

cat >"$T/ascii.yaml" <<'YAML'
ui:
  ascii: true
colors:
  status: bold white on red
YAML
tui_start cfg -- --db "$DB" --config "$T/ascii.yaml"
shows cfg 'Elodie Moreau' "ui.ascii draws ASCII in a UTF-8 locale too"
tmx capture-pane -e -p -t cfg >"$T/cfg"
has "$T/cfg" '41m.*4 candidates|4 candidates.*41m|\[1;37;41m|\[37;41m' \
    "the theme colours the status line"
send cfg q
exits cfg 0 "q quits with status 0"
done_testing
