#!/bin/sh
# The : commands, notes and saved views through the real binary in tmux.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"
ada=$(tui_id "$DB" ada)

tui_start a -- --db "$DB"
shows a 'Zofia Nowak' "the list is up"

send a : ; type_text a 'sort years' ; send a Enter
shows a 'sorted by years' ":sort years"
sed -n '4,7p' "$T/screen" | sed 's/^....\([^ ]* [^ ]*\).*/\1/' | tr '\n' , >"$T/order"
same "$(cat "$T/order")" "Ada Quill,Élodie Moreau,Bruno Ferreira,Zofia Nowak," \
    "most experienced first"
has "$T/screen" 'sort years' "the status line says so"
send a : ; type_text a 'so years reverse' ; send a Enter
shows a '^  N Zofia Nowak' ":so years reverse (a prefix will do) reverses it"
send a : ; type_text a 'sort shoe size' ; send a Enter
shows a 'usage: :sort' "a wrong order gets the usage"
send a : ; type_text a 'sort name' ; send a Enter
shows a '^> N Ada Quill' "back by name"
send a : ; type_text a 'so' ; send a Tab
shows a '^:sort' "Tab completes a command"
type_text a 'ye' ; send a Tab
shows a '^:sort years' "and its argument"
send a Escape

send a : ; type_text a "export $T/all.csv" ; send a Enter
shows a 'exported 4 listed candidates to .*all.csv \(csv\)' ":export writes the list"
has "$T/all.csv" 'Zofia Nowak' "the file holds the candidates"
send a t
send a : ; type_text a "export $T/one.json" ; send a Enter
shows a 'exported 1 marked candidate to .*one.json \(json\)' "with marks, the marked"
has "$T/one.json" '"name": "Ada Quill"' "Ada's JSON Resume"
hasnt "$T/one.json" 'Bruno' "and nobody else"
send a '\;' t

send a g : ; type_text a 'tag maybe' ; send a Enter
shows a '\+maybe Ada Quill' ":tag puts a tag on"
run --db "$DB" list tag:maybe --format tsv
same "$(cut -f2 "$T/out")" "Ada Quill" "the CLI sees it"
send a : ; type_text a 'tag nosuch' ; send a Enter
shows a "unknown tag 'nosuch' \(tags: shortlist, maybe, reject, interview\)" \
    "an unknown tag is refused, naming the tags"
send a : ; type_text a 'untag maybe' ; send a Enter
shows a '\-maybe Ada Quill' ":untag takes it off"
send a : ; type_text a 'frobnicate' ; send a Enter
shows a "unknown command 'frobnicate'" "an unknown command says so"

send a N ; type_text a 'Strong on platform work' ; send a Enter
shows a 'note added to Ada Quill' "N writes a note"
send a Enter G
shows a 'Strong on platform work' "the card shows it"
has "$T/screen" 'tester · 20[0-9][0-9]-' "with who and when"
run --db "$DB" show "$ada"
has "$T/out" 'Strong on platform work' "the CLI shows it too"

cat >"$T/ed.sh" <<'ED'
#!/bin/sh
printf 'A longer note\nwritten in the editor\n' >"$1"
ED
chmod +x "$T/ed.sh"
send a q
tui_start e VISUAL= "EDITOR=$T/ed.sh" -- --db "$DB"
shows e 'Zofia Nowak' "a second browser with an editor"
send e j E
shows e 'note added to Bruno Ferreira' "E writes a note in \$EDITOR"
run --db "$DB" show "$(tui_id "$DB" bruno)"
has "$T/out" 'written in the editor' "every line of it is kept"
send e q

send a v
shows a 'Saved views' "v lists the saved views"
has "$T/screen" 'shortlist +tag:shortlist' "with their queries"
send a j Enter
shows a '/@shortlist' "Enter shows one"
shows a 'No candidate matches' "nobody is on the shortlist yet"
send a : ; type_text a 'search' ; send a Enter
shows a 'Zofia Nowak' ":search alone shows everyone"

send a : ; type_text a "open $ada" ; send a Enter
shows a 'Ada Quill · 1 of 4' ":open ID opens a card"
send a : ; type_text a 'open 9999' ; send a Enter
shows a '#9999: no such candidate' "and says when there is none"

send a : ; type_text a 'sort years' ; send a Enter
send a : ; send a Up
shows a '^:sort years' "Up recalls the last command"
send a Escape
send a : ; type_text a 'q' ; send a Enter
exits a 0 ":q quits with status 0"
done_testing
