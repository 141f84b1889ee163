#!/bin/sh
# Every synthetic résumé in tests/fixtures/resumes, imported through the real
# binary and scored against its expected JSON Resume by tests/score.py: each
# must reach F1 0.95.  The figures are printed.
. "$SRCDIR/tests/lib.sh"
if ! command -v python3 >/dev/null 2>&1; then
	skip "python3 is needed to score the fixtures"
	done_testing
fi
for f in "$FIX"/resumes/*.txt "$FIX"/resumes/*.md "$FIX"/resumes/*.pdf; do
	[ -e "$f" ] || continue
	if [ "${f%.pdf}" != "$f" ] && ! command -v pdftotext >/dev/null 2>&1; then
		skip "$(basename "$f"): pdftotext is not installed"
		continue
	fi
	base=${f%.*}
	name=$(basename "$base")
	run import --dry-run --as-of 2025-06 "$f"
	expect_rc 0 "$name: imports"
	hasnt "$T/out" '\\u00[01][0-9a-fA-F]|\\u007[fF]' "$name: no control character in the profile"
	cp "$T/out" "$T/$name.json"
	python3 "$SRCDIR/tests/score.py" "$base.expected.json" "$T/$name.json" >"$T/$name.score"
	f1=$(sed -n 's/^f1=//p' "$T/$name.score")
	echo "# $name: F1 $f1"
	awk -v f="${f1:-0}" 'BEGIN { exit !(f >= 0.95) }'
	ok $? "$name: F1 $f1 >= 0.95"
	[ "${f1:-0}" = 1.000 ] || diag "$T/$name.score"
done

# Stored, then parsed again from the stored text: nothing changes.
set -- "$FIX"/resumes/*.txt "$FIX"/resumes/*.md
command -v pdftotext >/dev/null 2>&1 && set -- "$@" "$FIX"/resumes/*.pdf
run --db "$T/db" import --as-of 2025-06 "$@"
expect_rc 0 "all fixtures import into a database"
has "$T/err" "^imported $#, updated 0, skipped 0, failed 0\$" "every fixture stored"
run --db "$T/db" reimport
expect_rc 0 "reimport succeeds"
has "$T/err" "^reparsed $#, changed 0, failed 0\$" "reimport of the stored texts changes nothing"
done_testing
