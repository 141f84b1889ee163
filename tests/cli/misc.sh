#!/bin/sh
# The smaller commands through the real binary: reimport, tags, keys,
# dossier with no command off a terminal, and the bash completion.
. "$SRCDIR/tests/lib.sh"
DB="$T/t.db"
"$DOSSIER" --db "$DB" import -q "$FIX/cli/ada.txt" "$FIX/cli/bruno.txt"
ada=$("$DOSSIER" --db "$DB" list ada --format tsv | cut -f1)
"$DOSSIER" --db "$DB" tag "$ada" shortlist
"$DOSSIER" --db "$DB" note "$ada" "keep"

# Simulate an older importer's result, then reparse the stored text.
sqlite3 "$DB" "UPDATE profile SET name = 'Stale Name', doc = json_set(doc, '\$.basics.name', 'Stale Name') WHERE id = $ada"
run --db "$DB" show "$ada"
has "$T/out" '^Stale Name$' "the stale name is what is stored"
run --db "$DB" reimport
expect_rc 0 "reimport succeeds"
has "$T/err" '^reparsed 2, changed 1, failed 0$' "reimport reports what it did"
run --db "$DB" show "$ada"
has "$T/out" '^Ada Quill$' "the profile is parsed again from its stored text"
has "$T/out" 'shortlist' "its tag is kept"
has "$T/out" 'keep' "its note is kept"
run --db "$DB" reimport bruno
has "$T/err" '^reparsed 1, changed 0, failed 0$' "reimport takes a query"

run --db "$DB" tags
expect_rc 0 "tags succeeds"
has "$T/out" '^shortlist +s +1 ' "tags lists shortlist with its key and count"
has "$T/out" '^interview +i +0 ' "and tags nobody carries yet"
run tags --names
same "$(tr '\n' ' ' <"$T/out")" "shortlist maybe reject interview " "tags --names needs no database"

run keys
expect_rc 0 "keys succeeds"
has "$T/out" '^down +j Down' "keys lists the actions with their keys"
has "$T/out" '^tag +s +toggle the tag shortlist' "and the tag keys"

run --db "$DB"
expect_rc 0 "dossier with no command off a terminal"
has "$T/out" 'Ada Quill' "prints the list"

# The completion script offers commands, options and tag names.
out=$(bash -c '
	dossier() { "$DOSSIER" "$@"; }
	. "$SRCDIR/data/completion/dossier"
	COMP_WORDS=(dossier ta); COMP_CWORD=1; _dossier; echo "${COMPREPLY[*]}"
	COMP_WORDS=(dossier tag 3 sh); COMP_CWORD=3; _dossier; echo "${COMPREPLY[*]}"
	COMP_WORDS=(dossier list --f); COMP_CWORD=2; _dossier; echo "${COMPREPLY[*]}"
')
same "$(echo "$out" | sed -n 1p)" "tag tags" "completion of commands"
same "$(echo "$out" | sed -n 2p)" "shortlist" "completion of tag names"
same "$(echo "$out" | sed -n 3p)" "--format" "completion of options"

done_testing
