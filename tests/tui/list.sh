#!/bin/sh
# The browser's list through the real binary in tmux: it shows the imported
# candidates, / narrows it as one types and Esc puts it back, ? lists the
# keys, q quits with status 0.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"

tui_start a -- --db "$DB"
shows a 'Ada Quill' "the list shows Ada"
has "$T/screen" 'Bruno Ferreira' "and Bruno"
has "$T/screen" 'Élodie Moreau' "and Élodie, accents intact"
has "$T/screen" 'Zofia Nowak' "and Zofia"
has "$T/screen" 'Contoso Freight' "with the current company"
has "$T/screen" 'Leeds, GB' "the location"
has "$T/screen" '12\.3' "the years of experience"
has "$T/screen" '4 candidates .* sort name' "the status line says how many and the sort"
has "$T/screen" 'tester *$' "and the user"
has "$T/screen" '^> N Ada Quill' "unseen candidates are marked N"
sed -n '4,7p' "$T/screen" | cut -c5-18 | sed 's/ *$//' | tr '\n' , >"$T/order"
same "$(cat "$T/order")" "Ada Quill,Bruno Ferreira,Élodie Moreau,Zofia Nowak," \
    "by name, Élodie among the E's"
sed -n 2p "$T/screen" | grep -q '4 candidates .* tester *$'
ok $? "the status line is under the title"
send a :
shows a '^:' ": opens a prompt"
sed -n '$p' "$T/screen" | grep -q '^:'
ok $? "on the last line, which the view gives up while it is open"
send a Escape

send a /
type_text a bru
shows a '^/bru' "/ opens the search prompt"
hides a 'Ada Quill' "the list narrows as one types"
has "$T/screen" 'Bruno Ferreira' "to the candidates that match"
has "$T/screen" '1 candidate' "and the count follows"
send a Escape
shows a 'Ada Quill' "Esc puts the list back"
has "$T/screen" '4 candidates' "all four again"

send a / 
type_text a 'tag:'
shows a "expected a value after 'tag:'" "a query error is shown while typing"
send a Escape
shows a '4 candidates' "and Esc forgets it"

send a / 
type_text a freight
send a Enter
shows a '/freight' "Enter keeps the search"
hides a 'Zofia' "the list stays narrowed"
send a / C-u Enter
shows a 'Zofia Nowak' "an empty search shows everyone"

send a G
shows a '^> N Zofia' "G goes to the last"
send a d
shows a 'Relecloud' "d shows the dense layout"
shows a 'Site Reliability Engineer at Relecloud' "with the current role on its second line"
send a d

send a '?'
shows a 'mark-matching' "? lists the actions"
has "$T/screen" 'j Down +down' "with their keys"
send a G
shows a 'i +tag +interview: interview arranged' "and the tags' keys"
shows a ':export FILE' "and the commands"
send a q
shows a '4 candidates' "q leaves the help"

send a X
shows a 'X does nothing' "an unbound key says so"
sed -n 2p "$T/screen" | grep -q '4 candidates .*X does nothing.* tester *$'
ok $? "beside the status, on the status line"
send a j
hides a 'X does nothing' "until the next key"

send a q
exits a 0 "q quits with status 0"

# A long list scrolled a line at a time, down then up: what the terminal
# (tmux, a real emulator of the bytes sent) shows is the list in order with
# one arrow, on the right row; in both layouts.  window FIRST [TOP ROWS]:
# the ROWS rows from screen line TOP + 1 (default 3 and 27) each begin with
# the name of that place in `dossier list`, from FIRST on.
python3 "$SRCDIR/tests/bench/gen-profiles.py" 60 "$T/many" >/dev/null
"$DOSSIER" --db "$T/many.db" import -q "$T/many"/*.json
"$DOSSIER" --db "$T/many.db" list --format tsv | cut -f2 >"$T/names"
window() {
	python3 -c '
import sys
top, rows = int(sys.argv[4]), int(sys.argv[5])
screen = open(sys.argv[1], encoding="utf-8").read().split("\n")[top:top + rows]
names = open(sys.argv[2], encoding="utf-8").read().split("\n")
first = int(sys.argv[3]) - 1
for i, line in enumerate(screen):
    cell = line[4:22].rstrip().rstrip("\u2026")
    if not names[first + i].startswith(cell) or not cell:
        sys.exit(f"row {i + 1}: {cell!r} is not {names[first + i]!r}")
' "$T/screen" "$T/names" "$1" "${2:-3}" "${3:-27}"
}
tui_start m -- --db "$T/many.db"
shows m '60 candidates' "a list of 60"
for i in $(seq 40); do send m j; done
shows m "^> N $(sed -n 41p "$T/names" | cut -c1-8)" "40 j select the 41st"
window 15
ok $? "rows 15 to 41 show, in order"
same "$(grep -c '^>' "$T/screen")" 1 "one arrow, on the last line"
for i in $(seq 30); do send m k; done
shows m "^> N $(sed -n 11p "$T/names" | cut -c1-8)" "30 k select the 11th"
window 11
ok $? "rows 11 to 37 show, in order"
same "$(grep -c '^>' "$T/screen")" 1 "one arrow, on the first row"
send m q
exits m 0 "q quits"
printf 'ui:\n  status: bottom\nlist:\n  plain: false\n' >"$T/before.yaml"
tui_start n -- --db "$T/many.db" --config "$T/before.yaml"
shows n '60 candidates' "the same in the layout before"
for i in $(seq 40); do send n j; done
shows n "^> N $(sed -n 41p "$T/names" | cut -c1-8)" "40 j select the 41st"
window 16 2 26
ok $? "rows 16 to 41 show, in order"
for i in $(seq 30); do send n k; done
shows n "^> N $(sed -n 11p "$T/names" | cut -c1-8)" "30 k select the 11th"
window 11 2 26
ok $? "rows 11 to 36 show, in order"
same "$(grep -c '^>' "$T/screen")" 1 "one arrow"
send n q
exits n 0 "q quits"

# ui.status: bottom, the layout before: the status line below the view, a
# line for messages and prompts under it.
printf 'ui:\n  status: bottom\n' >"$T/bottom.yaml"
tui_start b -- --db "$DB" --config "$T/bottom.yaml"
shows b 'Ada Quill' "with ui.status: bottom"
sed -n "$((H - 1))p" "$T/screen" | grep -q '4 candidates .* tester *$'
ok $? "the status line is the last but one"
send b X
shows b '^X does nothing' "messages go on the last line"
send b :
shows b '^:' "and the prompt"
send b Escape q
exits b 0 "q quits"
done_testing
