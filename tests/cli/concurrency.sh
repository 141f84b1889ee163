#!/bin/sh
# Several people on one database at once (tests/tools/hammer.py): workers
# each tagging, untagging and noting as their own user while another process
# imports and a reader lists; afterwards every tag, note and event is
# exactly what the operations imply, the import is complete, and no message
# spoke of a locked database.  Also: many processes creating one new
# database at the same moment.
#
# make check runs it small; ./dev stress runs it with CONC_OPS=1000 and
# CONC_IMPORT=10000.
. "$SRCDIR/tests/lib.sh"
DB="$T/c.db"
WORKERS=${CONC_WORKERS:-8}
OPS=${CONC_OPS:-50}
IMPORT=${CONC_IMPORT:-200}
ROUNDS=${CONC_ROUNDS:-3}
GEN="$SRCDIR/tests/bench/gen-resumes.py"

{
	echo "tags:"
	i=0
	while [ $i -lt "$WORKERS" ]; do echo "  - name: t$i"; i=$((i + 1)); done
} >"$T/c.yaml"
python3 "$GEN" 12 "$T/pre" --seed 101 >/dev/null
python3 "$GEN" "$IMPORT" "$T/imp" --seed 202 >/dev/null
"$DOSSIER" --db "$DB" --config "$T/c.yaml" import -q "$T"/pre/*/*.txt
same "$("$DOSSIER" --db "$DB" list --format tsv | wc -l)" 12 "twelve candidates to work on"

find "$T/imp" -name '*.txt' | sort >"$T/files"
# shellcheck disable=SC2046
timeout 3600 python3 "$SRCDIR/tests/tools/hammer.py" --dossier "$DOSSIER" --db "$DB" \
    --config "$T/c.yaml" --workers "$WORKERS" --ops "$OPS" \
    --import $(cat "$T/files") >"$T/figures"
rc=$?
diag "$T/figures"
fig() { sed -n "s/^$1=//p" "$T/figures"; }
same "$(fig writes)" $((WORKERS * OPS)) "$WORKERS workers did $OPS writes each"
same "$(fig failed)" 0 "no operation failed"
same "$(fig locked)" 0 "no message spoke of a locked or busy database"
same "$(fig lost_tags)/$(fig extra_tags)" 0/0 "every tag is what the operations imply"
same "$(fig lost_notes)/$(fig extra_notes)" 0/0 "every note is there, once"
same "$(fig wrong_events)" 0 "the history holds every change, once"
same "$(fig imported)" "$IMPORT" "the import alongside stored all $IMPORT"
same "$rc" 0 "hammer.py found nothing wrong"
same "$(sqlite3 "$DB" 'PRAGMA integrity_check')" ok "the database is intact"

# New databases, created by many processes at the same moment.
bad=0
r=0
while [ $r -lt "$ROUNDS" ]; do
	r=$((r + 1))
	for f in $(head -8 "$T/files"); do
		"$DOSSIER" --db "$T/new$r.db" import -q "$f" 2>>"$T/new.err" &
	done
	wait
	n=$(sqlite3 "$T/new$r.db" 'SELECT count(*) FROM profile')
	[ "$n" -eq 8 ] || { bad=1; echo "# round $r: $n profiles"; }
done
ok $bad "$ROUNDS times, 8 processes creating one database: 8 profiles each time"
[ ! -s "$T/new.err" ]
ok $? "  and no error"
diag "$T/new.err"

done_testing
