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

done_testing
