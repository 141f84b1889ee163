#!/bin/sh
# dossier tag, untag, note, history and delete through the real binary.
. "$SRCDIR/tests/lib.sh"
DB="$T/t.db"
"$DOSSIER" --db "$DB" import -q "$FIX/cli/ada.txt" "$FIX/cli/bruno.txt"
ada=$("$DOSSIER" --db "$DB" list ada --format tsv | cut -f1)
bruno=$("$DOSSIER" --db "$DB" list bruno --format tsv | cut -f1)

run --db "$DB" tag "$ada" shortlist
expect_rc 0 "tag succeeds"
run --db "$DB" list tag:shortlist --format tsv
same "$(cut -f2 "$T/out")" "Ada Quill" "tag:shortlist lists only Ada"

run --db "$DB" tag "$ada" "$bruno" maybe
expect_rc 0 "tag several ids at once"
run --db "$DB" list tag:maybe --format tsv
same "$(wc -l <"$T/out")" 2 "both carry maybe"

run --db "$DB" --user alice untag "$bruno" maybe
run --db "$DB" list tag:maybe --format tsv
same "$(cut -f2 "$T/out")" "Ada Quill" "untag removes the tag from Bruno"

run --db "$DB" tag "$ada" nosuchtag
expect_rc 64 "an unknown tag is a usage error"
has "$T/err" "unknown tag 'nosuchtag'" "the message names the tag"

run --db "$DB" tag 999 shortlist
expect_rc 65 "tagging a missing candidate: exit 65"

run --db "$DB" --user carol note "$ada" "Strong on" "platform work"
expect_rc 0 "note succeeds"
run --db "$DB" show "$ada"
has "$T/out" 'carol' "the note shows its author"
has "$T/out" 'Strong on platform work' "the note's text is shown"
has "$T/out" 'shortlist · tester' "the tag shows who set it"

echo "a long note from standard input" >"$T/note.txt"
run_in "$T/note.txt" --db "$DB" note "$ada" -
expect_rc 0 "note from standard input"

run --db "$DB" note "$ada" "   "
expect_rc 64 "an empty note is refused"

run --db "$DB" history "$ada"
has "$T/out" 'tester +tag +shortlist' "history shows the tag by tester"
has "$T/out" 'alice +untag|carol +note' "history shows other users' actions"

run --db "$DB" delete "$bruno"
expect_rc 0 "delete succeeds"
run --db "$DB" list --format tsv
same "$(wc -l <"$T/out")" 1 "one candidate left"
run --db "$DB" show "$bruno"
expect_rc 65 "the deleted candidate is gone"
n=$(sqlite3 "$DB" "SELECT (SELECT count(*) FROM profile_tag WHERE profile_id=$bruno) + (SELECT count(*) FROM source WHERE profile_id=$bruno) + (SELECT count(*) FROM profile_fts WHERE rowid=$bruno) + (SELECT count(*) FROM event WHERE profile_id=$bruno)")
same "$n" 0 "its tags, texts, events and index rows are gone"

done_testing
