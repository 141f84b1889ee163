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
shows a '^> N Élodie' "G goes to the last"
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

send a q
exits a 0 "q quits with status 0"
done_testing
