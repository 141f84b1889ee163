#!/bin/sh
# The card through the real binary in tmux: Enter opens it with the whole
# profile and the computed figures, it scrolls, n and p step through the
# list, opening marks the candidate seen for this user only.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/tui/tui.sh"
DB="$T/t.db"
tui_db "$DB"

tui_start a -- --db "$DB"
shows a '^> N Ada Quill' "the list starts on Ada, not yet seen"
send a Enter
shows a '^ Experience 12 yrs 4 mos \(the text states 12 yrs\)' \
    "Enter opens the card with total experience beside the stated figure"
has "$T/screen" 'average tenure .* over 3 employers' "the average tenure"
has "$T/screen" 'Now Staff Engineer at Contoso Freight' "the current role"
has "$T/screen" 'Gap Jan 2018 – Sep 2018 \(8 mos\)' "the gap of more than 3 months"
has "$T/screen" 'Staff Engineer, distributed systems' "the headline"
has "$T/screen" 'Leeds, GB · ada.quill@example.org' "location and contacts"
has "$T/screen" 'Infrastructure: Kubernetes, Kafka, PostgreSQL' "skills by group"
has "$T/screen" 'Ada Quill · 1 of 4' "the status line names her and her place"
has "$T/screen" 'more ↓' "and says there is more below"

# The card reads as a page: the title and status lines are its head and
# scroll away with it (so the terminal scrolls the whole screen), a message
# borrows the last line meanwhile, and back at the top they are there again.
send a j
shows a '^ Ada Quill · 1 of 4 ' "j scrolls the title line away first"
hasnt "$T/screen" '1 List  2 Card' "the tabs with it"
send a j
shows a '^ Ada Quill *$' "then the status line: the card has every line"
same "$(sed -n 30p "$T/screen")" " Education" "down to the last"
send a x
shows a '^\+reject Ada Quill *$' "a message shows on the last line"
send a x j
shows a '^ Staff Engineer, distributed systems *$' "the next key scrolls on"
same "$(sed -n 30p "$T/screen")" "   University of Leeds · Sep 2008 – Jun 2011" \
    "and gives the last line back to the card"
send a k k
shows a '^ Ada Quill · 1 of 4 ' "k brings the status line back"
send a k
shows a '^ dossier +1 List  2 Card' "and the title line"

send a G
shows a 'Northwind Logistics · Mar 2012 – Jan 2018 · 2 roles' \
    "the experience is grouped by company"
shows a 'University of Leeds · Sep 2008 – Jun 2011' "the education"
has "$T/screen" 'BSc · Computer Science · First' "with the degree"
has "$T/screen" 'Batching dispatch requests by locality' "the patents"
has "$T/screen" 'Queues that do not fall over' "the publications"
has "$T/screen" 'German · Professional' "the languages"
send a g
shows a '^ Ada Quill *$' "g goes back to the top"

send a n
shows a '^ Bruno Ferreira *$' "n shows the next candidate"
has "$T/screen" 'Bruno Ferreira · 2 of 4' "the status line follows"
has "$T/screen" 'Universidade de Lisboa' "with his education"
send a p
shows a '^ Ada Quill *$' "p goes back"
send a p
shows a 'the first candidate' "p on the first says so"

send a q
shows a '^>   Ada Quill' "q goes back to the list, where Ada is now seen"
has "$T/screen" '^  N Élodie Moreau' "the others are still unseen"
send a q
exits a 0 "q quits with status 0"

tui_start b DOSSIER_USER=someone -- --db "$DB"
shows b '^> N Ada Quill' "another user has not seen Ada yet"
send b j U
shows b '^>   Bruno Ferreira' "U marks a candidate seen"
send b U
shows b '^> N Bruno Ferreira' "and not seen again"
send b Q
exits b 0 "Q quits at once"

# With ui.status: bottom the lines around the view stay where they are.
printf 'ui:\n  status: bottom\n' >"$T/bottom.yaml"
tui_start c -- --db "$DB" --config "$T/bottom.yaml"
shows c 'Ada Quill' "with ui.status: bottom"
send c Enter j j
shows c '^ Leeds, GB' "the card scrolls"
same "$(sed -n 1p "$T/screen" | cut -c1-8)" " dossier" "under the title line"
sed -n "$((H - 1))p" "$T/screen" | grep -q '^ Ada Quill · 1 of 4 .* tester *$'
ok $? "above the status line"
send c Q
exits c 0 "Q quits"

# On a narrow terminal a line of parts breaks between them, not inside a
# phone number or a date range.
W=50
tui_start d -- --db "$DB"
shows d 'Ada Quill' "at 50 columns"
send d Enter
shows d '^ Leeds, GB · ada\.quill@example\.org · *$' "the contacts break after a part"
has "$T/screen" '^ \+44 113 496 0000 · https://ada\.example\.org *$' \
    "so the phone number is whole on the next line"
send d Q
exits d 0 "Q quits"
done_testing
