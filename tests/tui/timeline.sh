#!/bin/sh
# The timeline through the real binary in tmux: a year axis fitted to the
# width, a bar a role with the company on it, the gap, the studies, the
# present marked; zoom and pan; usable at 80x24, and at 60x20 each role
# keeps its company in the list under the bars.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"

tui_start a -- --db "$DB"
shows a 'Ada Quill' "the list is up"
send a 3
shows a '12 yrs 4 mos of experience · 1 gap · as of 2025-03' "3 shows the timeline"
has "$T/screen" '2010 .* 2015|2010 .* 2012 .* 2014' "a year axis"
has "$T/screen" '2024' "up to the present"
has "$T/screen" '┬' "with ticks"
has "$T/screen" '^Work .*Contoso Freight' "a bar for the current role, named"
has "$T/screen" '▶│' "running on to the present, marked"
has "$T/screen" 'Libfoo Project' "the overlapping role on a lane of its own"
grep -n 'Contoso' "$T/screen" | cut -d: -f1 >"$T/l1"
grep -n 'Libfoo' "$T/screen" | head -1 | cut -d: -f1 >"$T/l2"
ok "$([ "$(cat "$T/l1")" != "$(cat "$T/l2")" ] && echo 0 || echo 1)" "on another row"
has "$T/screen" '^Gaps .*8 mos' "the gap"
has "$T/screen" '^Study .*University of Leeds' "the studies"
has "$T/screen" 'Sep 2018 – present \(6 yrs 6 mos\) +Staff Engineer · Contoso Freight' \
    "and every role with its dates"

hasnt "$T/screen" '2015 +2016 +2017' "fitted, the axis labels every other year"
send a + +
shows a 'zoomed: 0 fits' "+ zooms in"
shows a '2015 +2016 +2017' "to a label a year"
hasnt "$T/screen" '2009' "and the early years leave the screen"
send a h h h h h h
shows a '2009 +2010 +2011' "h pans to earlier years"
send a 0
shows a '\+ - zoom, h l pan' "0 fits the career again"

send a n
shows a 'Bruno Ferreira  6 yrs 9 mos of experience' "n shows the next candidate's timeline"
has "$T/screen" 'Fabrikam Systems' "with his roles"

send a n n
shows a 'Zofia Nowak  5 yrs 11 mos' "n twice more: Zofia (Élodie sorts among the E's)"
has "$T/screen" 'no dates +Systems consultant · Freelance' "a role without dates is listed, without a bar"
send a p p

tmx resize-window -t a -x 80 -y 24
shows a 'Universidade de Lisboa' "at 80x24 the timeline still shows the studies"
has "$T/screen" 'Wingtip' "and the roles"
tmx resize-window -t a -x 60 -y 20
shows a '^    Feb 2021 – present  +Data Engineer · Fabrikam Systems *$' \
    "at 60x20 each role keeps its company beside its dates"
hasnt "$T/screen" 'present \(' "the lengths giving way"
tmx resize-window -t a -x 80 -y 24
shows a 'Feb 2021 – present \(.*\) +Data Engineer' "at 80 columns they are back"
send a q
shows a 'Ada Quill' "q goes back to the list"
send a q
exits a 0 "q quits with status 0"
done_testing
