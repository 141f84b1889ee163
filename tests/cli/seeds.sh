#!/bin/sh
# The two real résumés in ../shared/seeds: they import and list by name, the
# foundation's acceptance check.  Skipped where ../shared is absent.
. "$SRCDIR/tests/lib.sh"
if [ ! -d "$SHARED/seeds" ]; then
	skip "no ../shared/seeds here"
	done_testing
fi
DB="$T/t.db"

run --db "$DB" import "$SHARED"/seeds/*.txt
expect_rc 0 "both seeds import"
run --db "$DB" list
has "$T/out" 'Balakumaran Kannan' "the PDF résumé's person is listed by name"
has "$T/out" 'Krishnakant Jaju' "the profile page's person is listed by name"
run --db "$DB" tag 1 shortlist
run --db "$DB" list tag:shortlist --format tsv
same "$(wc -l <"$T/out")" 1 "tag 1 shortlist, then list tag:shortlist lists one"

# Each seed, parsed, scored by the shared judge: every field at F1 1.000.
for seed in "$SHARED"/seeds/*.txt; do
	name=$(basename "$seed" .txt)
	run import --dry-run --as-of 2026-05 "$seed"
	cp "$T/out" "$T/$name.json"
	python3 "$SHARED/tools/score-import" "$SHARED/seeds/$name.expected.json" \
	    "$T/$name.json" >"$T/$name.score"
	echo "# $name: $(tail -1 "$T/$name.score")"
	has "$T/$name.score" '^overall_f1=1\.000$' "$name: overall F1 1.000"
	hasnt "$T/$name.score" ' (0\.[0-9]{3}) *$' "$name: every field at F1 1.000"
done

done_testing
