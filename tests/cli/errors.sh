#!/bin/sh
# Bad input through the real binary: clear messages naming the file, the
# right exit code, nothing already stored lost.
. "$SRCDIR/tests/lib.sh"
DB="$T/t.db"
"$DOSSIER" --db "$DB" import -q "$FIX/cli/ada.txt"

run --db "$DB" import "$T/nope.txt"
expect_rc 66 "a missing file: exit 66"
has "$T/err" "^dossier: $T/nope.txt: No such file" "the message names it"

mkdir "$T/dir"
run --db "$DB" import "$T/dir"
expect_rc 66 "a directory: exit 66"
has "$T/err" 'dir: is a directory' "the message says it is a directory"

: >"$T/empty.txt"
run --db "$DB" import "$T/empty.txt"
expect_rc 65 "an empty file: exit 65"
has "$T/err" 'empty.txt: empty file' "the message says it is empty"

head -c 4096 /bin/sh >"$T/binary.txt"
run --db "$DB" import "$T/binary.txt"
expect_rc 65 "a binary file: exit 65"
has "$T/err" 'binary.txt: binary data' "the message says it is binary"

printf '[\t]+"work"\n' >"$T/noresume.json"
run --db "$DB" import "$T/noresume.json"
expect_rc 65 "a JSON document holding no résumé: exit 65"
has "$T/err" 'noresume.json: no JSON Resume document' "the message says so"

run --db "$T/nodir/x.db" import "$FIX/cli/ada.txt"
expect_rc 66 "a database in a missing folder: exit 66"
has "$T/err" 'nodir/x.db' "the message names the database"

# An unwritable folder; root writes anywhere, so as root the check runs as
# nobody.
mkdir "$T/ro" && cp "$FIX/cli/ada.txt" "$T/ro.txt" && chmod 555 "$T/ro" && chmod 644 "$T/ro.txt"
as=""
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
	chmod 711 "$T"
	as="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$as" ]; then
	$as "$DOSSIER" --db "$T/ro/x.db" import "$T/ro.txt" >"$T/out" 2>"$T/err"
	rc=$?
	expect_rc 74 "an unwritable database folder: exit 74"
	has "$T/err" 'ro/x.db: Permission denied' "the message names the database and why"
else
	skip "root without setpriv: cannot make a folder unwritable"
fi

printf 'not a database, just text\n%.0s' $(seq 200) >"$T/notdb"
run --db "$T/notdb" list
expect_rc 65 "a file that is not a database: exit 65"
has "$T/err" 'notdb' "the message names it"

printf 'keys:\n  explode: x\n' >"$T/badkeys.yaml"
run --db "$DB" --config "$T/badkeys.yaml" list
expect_rc 78 "a bad config stops every command: exit 78"
has "$T/err" "badkeys.yaml:2:3: unknown action 'explode'" "naming file:line:column"

run --db "$DB" list --format tsv
same "$(cut -f2 "$T/out")" "Ada Quill" "nothing stored was lost"

run frobnicate
expect_rc 64 "an unknown command: exit 64"
run list --bogus
expect_rc 64 "an unknown option: exit 64"
run --version
has "$T/out" '^dossier [0-9]' "--version"
run --help
has "$T/out" 'import' "--help lists the commands"
for c in import reimport list show tag untag note export delete tags history config keys browse; do
	run "$c" --help
	if [ "$rc" -eq 0 ] && grep -q "usage: dossier $c" "$T/out"; then ok 0 "$c --help"; else ok 1 "$c --help"; fi
done

done_testing
