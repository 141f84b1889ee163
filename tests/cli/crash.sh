#!/bin/sh
# Crash safety: an import killed with SIGKILL at random moments.  After every
# kill the database passes PRAGMA integrity_check and shows no half-stored
# profile (tests/tools/consistency.sql, also run while the import is going);
# rerunning the import converges to exactly one profile a résumé.
#
# make check runs it small; ./dev stress with CRASH_N=10000 CRASH_KILLS=20.
. "$SRCDIR/tests/lib.sh"
DB="$T/k.db"
N=${CRASH_N:-1000}
KILLS=${CRASH_KILLS:-5}
SQL="$SRCDIR/tests/tools/consistency.sql"

# visible: what a reader sees, checked in one snapshot; a database killed
# before its schema was committed has no tables yet, and that is whole too.
visible() {
	if [ "$(sqlite3 -cmd '.timeout 10000' "$DB" 'PRAGMA user_version' 2>&1)" = 0 ]; then
		echo ok
	else
		sqlite3 -cmd '.timeout 10000' "$DB" <"$SQL" 2>&1
	fi
}

python3 "$SRCDIR/tests/bench/gen-resumes.py" "$N" "$T/r" --seed 303 >/dev/null
find "$T/r" -name '*.txt' | sort >"$T/files"

# How long a whole import takes here sets how long to wait before a kill.
start=$(date +%s.%N)
# shellcheck disable=SC2046
"$DOSSIER" --db "$T/timing.db" import -q $(cat "$T/files")
full=$(echo "$start $(date +%s.%N)" | awk '{ print $2 - $1 }')
echo "# a whole import takes ${full}s"
rm -f "$T/timing.db"*

seed=${CRASH_SEED:-$$}
echo "# seed $seed"
kills=0 rounds=0 bad_integrity=0 bad_visible=0 bad_live=0
while [ $kills -lt "$KILLS" ] && [ $rounds -lt $((KILLS * 5)) ]; do
	rounds=$((rounds + 1))
	# a random moment of a whole import's time: a run first skips what the
	# last one stored (reading and hashing it), so a shorter window would
	# kill every run before its first commit once a few batches are in; a
	# run that finishes starts over on a fresh database
	wait_s=$(awk -v s="$seed" -v r="$rounds" -v f="$full" \
	    'BEGIN { srand(s + r); print 0.02 + rand() * f }')
	fresh=0
	[ -e "$DB" ] || fresh=1
	began=$(date +%s.%N)
	# shellcheck disable=SC2046
	"$DOSSIER" --db "$DB" import -q $(cat "$T/files") 2>>"$T/import.err" &
	pid=$!
	sleep "$wait_s"
	# a reader, during the import: sees whole profiles only
	if [ -e "$DB" ]; then
		out=$(visible)
		[ "$out" = ok ] || { bad_live=$((bad_live + 1)); echo "# live: $out"; }
	fi
	if kill -9 "$pid" 2>/dev/null; then
		kills=$((kills + 1))
		wait "$pid" 2>/dev/null
	else
		wait "$pid"
		echo "# round $rounds: the import finished before the kill; starting over"
		# the machine is less busy than when the whole import was timed
		# (make check runs tests side by side): a whole import from a
		# fresh database that just finished says how long one takes now
		[ "$fresh" = 1 ] && full=$(echo "$began $(date +%s.%N)" | awk '{ print $2 - $1 }')
		rm -f "$DB" "$DB-wal" "$DB-shm"
		continue
	fi
	echo "# kill $kills after ${wait_s}s: $(sqlite3 "$DB" 'SELECT count(*) FROM profile' \
	    2>/dev/null || echo no) profiles stored"
	ic=$(sqlite3 "$DB" 'PRAGMA integrity_check' 2>&1)
	[ "$ic" = ok ] || { bad_integrity=$((bad_integrity + 1)); echo "# kill $kills: $ic"; }
	out=$(visible)
	[ "$out" = ok ] || { bad_visible=$((bad_visible + 1)); echo "# kill $kills: $out"; }
done
same "$kills" "$KILLS" "$KILLS imports killed with SIGKILL mid-way"
same "$bad_integrity" 0 "PRAGMA integrity_check ok after every kill"
same "$bad_visible" 0 "no half-stored profile after any kill"
same "$bad_live" 0 "none seen by a reader while importing"
hasnt "$T/import.err" 'locked|busy|Sanitizer' "the killed imports reported nothing wrong before dying"

# shellcheck disable=SC2046
"$DOSSIER" --db "$DB" import -q $(cat "$T/files") >"$T/out" 2>"$T/err"
rc=$?
expect_rc 0 "the import run again completes"
same "$(sqlite3 "$DB" 'SELECT count(*) FROM profile')" "$N" "exactly $N profiles"
same "$(sqlite3 "$DB" 'SELECT count(DISTINCT sha256) FROM source')" "$N" "each from one text"
same "$(sqlite3 "$DB" <"$SQL")" ok "all whole"
same "$(sqlite3 "$DB" 'PRAGMA integrity_check')" ok "and intact"
"$DOSSIER" --db "$DB" import -q $(cat "$T/files") 2>"$T/err"
same "$(sqlite3 "$DB" 'SELECT count(*) FROM profile')" "$N" "a further run adds nothing"

done_testing
