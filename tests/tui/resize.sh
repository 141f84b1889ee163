#!/bin/sh
# Resizing the browser at any moment: 60x20 and 200x60 keep it working,
# below the minimum it says so, and it comes back.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"

tui_start a -- --db "$DB"
shows a 'Zofia Nowak' "the list is up at 100x30"
tmx resize-window -t a -x 60 -y 20
shows a '^ dossier   1 List' "at 60x20 the title is drawn again"
has "$T/screen" 'Zofia Nowak' "the list still shows the candidates"
has "$T/screen" '4 candidates' "and the status line"
hasnt "$T/screen" 'Location' "the location column gives way"
send a j
shows a 'Bruno' "keys still work"
send a Enter
shows a 'Bruno Ferreira · 2 of 4' "the card opens at 60x20"
tmx resize-window -t a -x 200 -y 60
shows a 'Universidade de Lisboa · Sep 2015 – Jun 2017' "at 200x60 the card shows more"
send a 1
shows a 'Location' "the list at 200x60 has the location column"
has "$T/screen" 'Staff Engineer, distributed systems' "and whole headlines"
tmx resize-window -t a -x 40 -y 10
shows a 'terminal too small: 40x10, need 48x12' "below the minimum it says so"
tmx resize-window -t a -x 100 -y 30
shows a 'Zofia Nowak' "and comes back"
send a 3
shows a 'Bruno Ferreira  6 yrs 9 mos' "the timeline follows the cursor"
tmx resize-window -t a -x 60 -y 20
shows a 'Fabrikam' "the timeline at 60x20"
send a q q
exits a 0 "q quits with status 0"
done_testing
