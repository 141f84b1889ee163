#!/bin/sh
# The : and / prompts remember across sessions: a command typed, the browser
# quit and started again, Up recalls it.  The file is the user's own (mode
# 0600, in $XDG_STATE_HOME or ~/.local/state), bounded, without repeats of
# the entry before, and what is read back from it is cleaned.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"

HIST="$T/state/dossier/history"

tui_start a "XDG_STATE_HOME=$T/state" -- --db "$DB"
shows a 'Zofia Nowak' "the list is up"
send a : ; type_text a 'sort years' ; send a Enter
shows a 'sorted by years' ":sort years runs"
send a : ; type_text a 'sort years' ; send a Enter
send a / ; type_text a 'freight' ; send a Enter
shows a '/freight' "a search runs"
send a q
exits a 0 "q quits"
has "$HIST" '^:sort years$' "the command is in the history file"
has "$HIST" '^/freight$' "and the search"
same "$(grep -c 'sort years' "$HIST")" 1 "a repeat of the entry before is not kept"
same "$(stat -c %a "$HIST")" 600 "the file is mode 0600"
same "$(stat -c %a "$T/state/dossier")" 700 "in a folder of mode 0700"

tui_start b "XDG_STATE_HOME=$T/state" -- --db "$DB"
shows b 'Zofia Nowak' "started again"
send b :
shows b '^:' "the : prompt opens"
send b Up
shows b '^:sort years' "Up recalls the command typed before"
send b Down
shows b '^: *$' "Down comes back to the new line"
send b Escape /
send b Up
shows b '^/freight' "Up in / recalls the search, not the command"
send b Escape q
exits b 0 "q quits"

# A file written by hand or by something else: escapes and controls never
# reach the screen, an overlong line is cut, and the file is cut back to
# the last 500 entries once it holds 1,000.
esc=$(printf '\033')
{
	for i in $(seq 1 1200); do echo ":sort name $i"; done
	printf ':tag %s[2Jpwned\n' "$esc"
} >"$HIST"
chmod 644 "$HIST"
tui_start c "XDG_STATE_HOME=$T/state" -- --db "$DB"
shows c 'Zofia Nowak' "a long history opens"
send c : Up
shows c '^:tag \[2Jpwned' "an escape read back is shown as text"
send c Up
shows c '^:sort name 1200' "and the entry before it"
send c Escape q
exits c 0 "q quits"
same "$(wc -l <"$HIST" | tr -d ' ')" 500 "the file is cut to the last 500 entries"
has "$HIST" '^:sort name 1200$' "the newest kept"
hasnt "$HIST" '^:sort name 700$' "the oldest gone"

# Without XDG_STATE_HOME (or with it empty): ~/.local/state/dossier/history.

tui_start d XDG_STATE_HOME= -- --db "$DB"
shows d 'Zofia Nowak' "without XDG_STATE_HOME"
send d : ; type_text d 'sort imported' ; send d Enter
shows d 'sorted by imported' ":sort imported runs"
send d q
exits d 0 "q quits"
has "$HOME/.local/state/dossier/history" '^:sort imported$' \
    "the history is in ~/.local/state/dossier"
same "$(stat -c %a "$HOME/.local/state/dossier/history")" 600 "mode 0600 there too"
done_testing
