#!/bin/sh
# Who may read and write the database: created 0600, or 0660 with
# `shared: group`, its -wal and -shm files alike whatever the umask; a
# world-writable database, write-ahead log or config is refused.
. "$SRCDIR/tests/lib.sh"

# modes DB CONFIG UMASK: creates DB through an import that waits on a fifo,
# and while it waits (the database open), prints the modes of DB, DB-wal
# and DB-shm.
modes() {
	rm -f "$T/fifo"
	mkfifo "$T/fifo"
	(umask "$3"; exec "$DOSSIER" --config "$2" --db "$1" import -q - <"$T/fifo") &
	pid=$!
	exec 9>"$T/fifo"
	i=0
	while [ ! -e "$1-shm" ] && [ $i -lt 300 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	stat -c %a "$1" "$1-wal" "$1-shm" 2>&1 | tr '\n' ' '
	cat "$FIX/cli/ada.txt" >&9
	exec 9>&-
	wait $pid
}

: >"$T/none.yaml"
printf 'shared: group\n' >"$T/group.yaml"
same "$(modes "$T/a.db" "$T/none.yaml" 022)" "600 600 600 " \
    "umask 022: database, -wal and -shm are 0600"
same "$(modes "$T/b.db" "$T/none.yaml" 000)" "600 600 600 " \
    "umask 000: still 0600"
same "$(modes "$T/c.db" "$T/group.yaml" 022)" "660 660 660 " \
    "shared: group: 0660, -wal and -shm too"
same "$(modes "$T/d.db" "$T/group.yaml" 077)" "660 660 660 " \
    "shared: group under umask 077: still 0660"
run --db "$T/a.db" list --format tsv
has "$T/out" 'Ada Quill' "the import went through meanwhile"

# An existing database keeps the mode it has.
chmod 640 "$T/a.db"
run --config "$T/group.yaml" --db "$T/a.db" import -q "$FIX/cli/bruno.txt"
same "$(stat -c %a "$T/a.db")" 640 "an existing database keeps its mode"

chmod 666 "$T/a.db"
for cmd in "list" "show 1" "tag 1 shortlist" "import -q $FIX/cli/bruno.txt"; do
	# shellcheck disable=SC2086
	run --db "$T/a.db" $cmd
	expect_rc 74 "a world-writable database: $cmd refuses it"
	has "$T/err" "^dossier: $T/a.db: refusing a world-writable database \\(chmod o-w it\\)$" \
	    "  saying why and what to do"
done
chmod 600 "$T/a.db"
run --db "$T/a.db" list
expect_rc 0 "once chmod o-w, it opens again"

# The same for a write-ahead log someone left writable.
touch "$T/a.db-wal" && chmod 666 "$T/a.db-wal"
run --db "$T/a.db" list
expect_rc 74 "a world-writable -wal: refused"
has "$T/err" "a.db-wal: refusing a world-writable database file" "  naming it"
rm -f "$T/a.db-wal"

printf 'list:\n  sort: name\n' >"$T/ww.yaml"
chmod 666 "$T/ww.yaml"
run --config "$T/ww.yaml" --db "$T/a.db" list
expect_rc 78 "a world-writable config: refused"
has "$T/err" "ww.yaml: refusing a world-writable config \\(chmod o-w it\\)" "  saying why"
chmod 664 "$T/ww.yaml"
run --config "$T/ww.yaml" --db "$T/a.db" list
expect_rc 0 "a group-writable config is read"

done_testing
