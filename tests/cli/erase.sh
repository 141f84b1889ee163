#!/bin/sh
# Erasure: after `dossier delete` the person's name is nowhere in the
# database's files: not in the tables, not in the search index's segments
# or content, not in free pages, not in the write-ahead log, even while
# another session has the database open.
. "$SRCDIR/tests/lib.sh"
DB="$T/e.db"
TOOLS="$SRCDIR/tests/tools"

# traces: how many times the name is in the files, as bytes, either case.
traces() {
	cat "$DB" "$DB-wal" "$DB-shm" 2>/dev/null | grep -a -i -o -E 'quaxworth|zephyrine' | wc -l
}

person() {
	printf 'Zephyrine Quaxworth\nStaff Engineer at Quaxworth Labs\n'
	printf 'zephyrine.quaxworth@example.org\n\nExperience\n%s\n' "$1"
}

# Each import its own process, so the index has many segments; the person
# has two versions of her résumé, a tag and notes naming her.
"$DOSSIER" --db "$DB" import -q "$FIX/cli/ada.txt"
person "Built compilers" >"$T/z1.txt"
"$DOSSIER" --db "$DB" import -q "$T/z1.txt"
"$DOSSIER" --db "$DB" import -q "$FIX/cli/bruno.txt"
person "Built compilers and linkers" >"$T/z2.txt"
"$DOSSIER" --db "$DB" import -q "$T/z2.txt"
run --db "$DB" list --format tsv quaxworth
id=$(cut -f1 "$T/out")
same "$(wc -l <"$T/out")" 1 "the person is found by her name"
"$DOSSIER" --db "$DB" tag "$id" shortlist
"$DOSSIER" --db "$DB" note "$id" "Zephyrine Quaxworth: strong on compilers"
for i in 1 2 3 4 5 6 7 8; do
	printf 'Other Person%s\nother%s@example.org\n' "$i" "$i" >"$T/o$i.txt"
	"$DOSSIER" --db "$DB" import -q "$T/o$i.txt"
done
n=$(traces)
[ "$n" -gt 0 ]
ok $? "before: the name is in the files ($n times)"

# Another session has the database open meanwhile (as a browser would).
python3 -c '
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
db.execute("SELECT count(*) FROM profile").fetchall()
open(sys.argv[2], "w").close()
time.sleep(30)
' "$DB" "$T/reader-ready" &
reader=$!
i=0
while [ ! -e "$T/reader-ready" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done

run --db "$DB" delete "$id"
expect_rc 0 "delete"
same "$(traces)" 0 "after: the name is nowhere in the database, -wal or -shm"
kill "$reader" 2>/dev/null
wait "$reader" 2>/dev/null

for fts in profile_fts profile_facet note_fts; do
	cat >"$T/vocab.sql" <<SQL
CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, $fts, row);
SELECT count(*) FROM temp.vocab WHERE term LIKE 'quaxworth%' OR term LIKE 'zephyrine%';
SQL
	same "$(sqlite3 "$DB" <"$T/vocab.sql")" 0 "the search index $fts has no term of hers"
done
same "$(sqlite3 "$DB" 'PRAGMA integrity_check')" ok "the database is intact"
sqlite3 "$DB" "INSERT INTO profile_fts(profile_fts) VALUES('integrity-check')" >"$T/fts" 2>&1
ok $? "the search index is intact"
diag "$T/fts"
run --db "$DB" list --format tsv
same "$(wc -l <"$T/out")" 10 "everyone else is still there"
run --db "$DB" list --format tsv ada
has "$T/out" 'Ada Quill' "and still found by search"
run --db "$DB" history "$id"
expect_rc 65 "her history is gone with her"
for t in source profile_tag note event work skill profile_fts; do
	col=profile_id
	[ $t = profile_fts ] && col=rowid
	same "$(sqlite3 "$DB" "SELECT count(*) FROM $t WHERE $col = $id")" 0 "no row of hers in $t"
done

run --db "$DB" delete "$id"
expect_rc 65 "deleting her again: no such candidate"

done_testing
