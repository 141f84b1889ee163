#!/bin/sh
# The cost of erasure on a large database: ERASE_N (100,000) synthetic
# profiles, then `dossier delete` of single candidates and of ten at once,
# timed, each checked for traces of the name.  It reports the figures; a
# time is never a failure (the machine is shared).
. "$SRCDIR/tests/lib.sh"
N=${ERASE_N:-100000}
DB="$T/big.db"

python3 "$SRCDIR/tests/bench/gen-resumes.py" "$N" "$T/r" --seed 404 >/dev/null
start=$(date +%s)
find "$T/r" -name '*.txt' | sort | xargs "$DOSSIER" --db "$DB" import -q
echo "# imported $N résumés in $(($(date +%s) - start))s"
# (the generator may give two résumés one phone number: one person, updated)
same "$(sqlite3 "$DB" 'SELECT count(*) FROM source')" "$N" "every résumé stored"
total=$(sqlite3 "$DB" 'SELECT count(*) FROM profile')
echo "# $total profiles; database: $(du -m "$DB" | cut -f1) MB"

# timed CMD...: runs CMD; leaves $rc and, in $secs, how long it took.
timed() {
	_s=$(date +%s.%N)
	"$@" >/dev/null 2>"$T/err"
	rc=$?
	secs=$(echo "$_s $(date +%s.%N)" | awk '{ printf "%.2f", $2 - $1 }')
}

for pick in 17 $((N / 2)) $((N - 3)); do
	email=$(sqlite3 "$DB" "SELECT email FROM profile WHERE id = $pick")
	timed "$DOSSIER" --db "$DB" delete "$pick"
	expect_rc 0 "delete #$pick"
	echo "# delete of one candidate: ${secs}s"
	# the address in the files, and the word of it only this person has in
	# the search index
	word=${email#*.}
	word=${word%%@*}
	n=$(cat "$DB" "$DB-wal" 2>/dev/null | grep -a -c -F -e "$email" | tr -d ' ')
	same "$n" 0 "  no trace of $email in the files"
	n=$(cat "$DB" "$DB-wal" 2>/dev/null | grep -a -c -w -F -e "$word")
	same "$n" 0 "  nor of the word '$word'"
	same "$(sqlite3 "$DB" "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, profile_fts, row);
	    SELECT count(*) FROM temp.v WHERE term = '$word'")" 0 "  nor of '$word' in the index"
done
ids=$(sqlite3 "$DB" "SELECT group_concat(id, ' ') FROM (SELECT id FROM profile ORDER BY random() LIMIT 10)")
# shellcheck disable=SC2086
timed "$DOSSIER" --db "$DB" delete $ids
expect_rc 0 "delete of ten at once"
echo "# delete of ten candidates at once: ${secs}s"
same "$(sqlite3 "$DB" 'PRAGMA integrity_check')" ok "the database is intact"
same "$(sqlite3 "$DB" 'SELECT count(*) FROM profile')" $((total - 13)) "everyone else is there"

done_testing
