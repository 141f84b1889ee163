#!/bin/sh
# Tagging in the browser through the real binary in tmux: a tag's key
# toggles it on the candidate, the CLI sees it, a second dossier on the same
# database sees it after R (and by itself, polling); t marks, ; applies the
# next key to every marked candidate.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"

tui_start a -- --db "$DB"
shows a 'Ada Quill' "the list is up"
send a s
shows a '^. .*Ada Quill .* shortlist *$' "s puts the shortlist tag on Ada"
has "$T/screen" '\+shortlist Ada Quill' "and says so"
run --db "$DB" list tag:shortlist --format tsv
same "$(cut -f2 "$T/out")" "Ada Quill" "dossier list tag:shortlist returns Ada"
run --db "$DB" history "$(tui_id "$DB" ada)"
has "$T/out" 'tester +\+?tag.*shortlist' "tagged as the user"

tui_start b DOSSIER_USER=bob -- --db "$DB"
shows b 'Ada Quill .* shortlist' "a second dossier on the database sees the tag"
send b j m
shows b 'Bruno Ferreira .* maybe' "the second one tags Bruno maybe"
send a R
shows a 'Bruno Ferreira .* maybe' "the first sees it after R"
send b j j m
shows b 'Zofia Nowak .* maybe' "and tags Zofia"
shows a 'Zofia Nowak .* maybe' "which the first notices without a key"

send a s
shows a '\-shortlist Ada Quill' "s again takes the tag off"
hides a 'Ada Quill .* shortlist' "the row loses it"
run --db "$DB" list tag:shortlist --format tsv
same "$(wc -l <"$T/out" | tr -d ' ')" "0" "the CLI agrees"

send a g t t
shows a '2 marked' "t marks, and moves on"
has "$T/screen" '^ \*N Ada Quill' "a mark shows beside the name"
send a '\;' i
shows a '\+interview 2 marked' "; then i tags both marked"
run --db "$DB" list tag:interview --format tsv
same "$(cut -f2 "$T/out" | sort | tr '\n' ,)" "Ada Quill,Bruno Ferreira," "both carry it"
send a '\;' i
shows a '\-interview 2 marked' "the same again takes it off both"
run --db "$DB" list tag:interview --format tsv
same "$(wc -l <"$T/out" | tr -d ' ')" "0" "from both"
send a '\;' t
shows a '2 unmarked' "; t unmarks everyone"
hides a '2 marked' "no mark is left"

send a T
type_text a tag:maybe
send a Enter
shows a '2 matches, 2 newly marked' "T marks every candidate matching a query"
send a 4
shows a 'comparing 2: 2 marked' "4 compares the marked"
has "$T/screen" '^Bruno Ferreira' "Bruno"
has "$T/screen" '^Zofia Nowak' "and Zofia"
send a Enter
shows a 'Bruno Ferreira · 1 of 2' "Enter opens a compared card"
send a n
shows a 'Zofia Nowak · 2 of 2' "n steps through the compared"
send a q
shows a 'comparing 2' "q goes back to the comparison"

send a q q
exits a 0 "the first quits with status 0"
send b q
exits b 0 "the second too"
done_testing
