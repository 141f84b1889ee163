#!/bin/sh
# Whatever the database holds, no escape sequence, control or bidi
# character reaches the terminal: the browser cleans what it draws even when
# the import did not (here the rows are changed behind its back).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"
ada=$(tui_id "$DB" ada)
evil="'Mallory' || char(27) || '[2J' || char(27) || ']2;pwned' || char(7) || ' Evil'"
rlo="'Head of ' || char(8238) || 'gnitekram'"
sqlite3 "$DB" "UPDATE profile SET name = $evil, label = $rlo, sort_name = 'mallory'
    WHERE id = $ada;
    UPDATE profile SET doc = json_set(doc, '\$.basics.name', $evil,
    '\$.basics.label', $rlo) WHERE id = $ada;"

tui_start a -- --db "$DB"
shows a 'Mallory\[2J\]2;pwne' "the escapes lose their ESC and BEL"
has "$T/screen" 'Zofia Nowak' "the screen was not cleared"
hasnt "$T/screen" "$(printf '\342\200\256')" "the bidi override is dropped"
has "$T/screen" 'Head of gnitekram' "the rest of the text stays"
same "$(tmx display -p -t a '#{pane_title}')" "$(tmx display -p -t a '#{host}')" \
    "the title was not set by the text"
send a j j Enter
shows a '^ Mallory\[2J\]2;pwned Evil' "the card cleans it too"
has "$T/screen" 'Head of gnitekram' "the headline on the card"
send a q q
exits a 0 "q quits with status 0"
done_testing
