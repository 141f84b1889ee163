#!/bin/sh
# dossier export in every format, to standard output and to a file; export
# then import gives back the same profile.
. "$SRCDIR/tests/lib.sh"
DB="$T/t.db"
"$DOSSIER" --db "$DB" import -q "$FIX/cli/ada.txt" "$FIX/cli/bruno.txt"
ada=$("$DOSSIER" --db "$DB" list ada --format tsv | cut -f1)
"$DOSSIER" --db "$DB" tag "$ada" shortlist

run --db "$DB" export --format json
expect_rc 0 "export json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d,list) and len(d)==2' "$T/out"
ok $? "json export is an array of two documents"

run --db "$DB" export tag:shortlist --format csv
expect_rc 0 "export csv of a query"
same "$(head -1 "$T/out" | tr -d '\r')" "id,name,headline,email,phone,location,company,title,years,tags" "csv header"
same "$(wc -l <"$T/out")" 2 "csv: header and the one shortlisted row"
has "$T/out" 'Ada Quill.*shortlist' "the row carries its tag"

run --db "$DB" export --tag shortlist --format csv
expect_rc 0 "export --tag"
same "$(wc -l <"$T/out")" 2 "--tag shortlist: header and the one row"
has "$T/out" 'Ada Quill.*shortlist' "--tag: the tagged candidate"
run --db "$DB" export bruno --tag shortlist --format csv
same "$(wc -l <"$T/out")" 1 "--tag ANDs with the query: only the header"
run --db "$DB" export 'ada OR bruno' --tag shortlist --format csv
same "$(wc -l <"$T/out")" 2 "--tag ANDs with a whole OR query"
run --db "$DB" export --tag nosuch --format csv
expect_rc 64 "export --tag of an unknown tag"
has "$T/err" "unknown tag 'nosuch' .tags: shortlist, maybe" "it names the configured tags"
run --db "$DB" export 'name:(' --tag shortlist
expect_rc 64 "a bad query with --tag"
has "$T/err" 'column 6' "the column is the user's, not shifted by --tag"

run --db "$DB" export --format markdown
has "$T/out" '^## Ada Quill' "markdown has a heading a candidate"

run --db "$DB" export -o "$T/out.yaml"
expect_rc 0 "export to a file"
has "$T/out.yaml" '^basics:' "the format follows the file's extension"

run --db "$DB" export --format json -o "$T/all.json"
run --db "$T/back.db" import "$T/all.json"
expect_rc 0 "the JSON export imports back"
has "$T/err" 'imported 2' "both profiles come back"
for who in ada bruno; do
	a=$("$DOSSIER" --db "$DB" list "$who" --format tsv | cut -f1)
	b=$("$DOSSIER" --db "$T/back.db" list "$who" --format tsv | cut -f1)
	"$DOSSIER" --db "$DB" show "$a" --format json >"$T/a.json"
	"$DOSSIER" --db "$T/back.db" show "$b" --format json >"$T/b.json"
	cmp -s "$T/a.json" "$T/b.json"
	ok $? "$who: export then import gives the same profile (JSON)"
done

"$DOSSIER" --db "$DB" show "$ada" --format yaml >"$T/ada.yaml"
run --db "$T/yaml.db" import "$T/ada.yaml"
expect_rc 0 "a YAML export imports back"
b=$("$DOSSIER" --db "$T/yaml.db" list --format tsv | cut -f1)
"$DOSSIER" --db "$T/yaml.db" show "$b" --format yaml >"$T/back.yaml"
cmp -s "$T/ada.yaml" "$T/back.yaml"
ok $? "export then import gives the same profile (YAML)"

run --db "$DB" export --format pdf
expect_rc 64 "unknown export format is a usage error"

run --db "$DB" export -o "$T/nodir/out.json"
expect_rc 74 "an unwritable output path: exit 74"
has "$T/err" 'nodir/out.json' "the message names the file"

done_testing
