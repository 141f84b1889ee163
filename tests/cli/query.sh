#!/bin/sh
# The query language through the real binary: dossier list, export and
# reimport with queries, saved views from the config, and errors that point
# at their column.
. "$SRCDIR/tests/lib.sh"
DB="$T/q.db"
"$DOSSIER" --db "$DB" import -q "$FIX"/query/*.json
id_of() { "$DOSSIER" --db "$DB" list --format tsv "name:$1" | cut -f1; }
names() { cut -f2 "$T/out" | tr '\n' ',' | sed 's/,$//'; }
ADA=$(id_of ada)
BRUNO=$(id_of bruno)
"$DOSSIER" --db "$DB" --user alice tag "$ADA" shortlist >/dev/null
"$DOSSIER" --db "$DB" --user bob tag "$BRUNO" shortlist >/dev/null
"$DOSSIER" --db "$DB" --user alice note "$(id_of chiara)" "Call back in März" >/dev/null

run --db "$DB" list --format tsv skill:go
expect_rc 0 "list skill:go succeeds"
same "$(names)" "Ada Quill" "skill:go is the skill Go, not Golang or Google Cloud"

run --db "$DB" list --format tsv --sort name zurich
same "$(names)" "Ada Quill,Hiroshi Tanaka" "zurich finds Zürich and Zurich"

run --db "$DB" list --format tsv --sort name 'location:zürich' 'years:>5'
same "$(names)" "Ada Quill" "a field and a range together"

run --db "$DB" list --format tsv --sort name -- -google
same "$(names)" "Dmitri Volkov,Élodie Moreau,Farid Haddad,Greta Lindqvist" \
	"after --, -google excludes"

run --db "$DB" list --format tsv --sort name rust NOT google
same "$(names)" "Greta Lindqvist" "NOT excludes without --"

run --db "$DB" list -google
expect_rc 64 "-google before -- is an unknown option"
has "$T/err" "goes after '--'" "the message says where a '-' query goes"

run --db "$DB" list --format tsv --sort name '(skill:rust OR skill:java) -current:google'
same "$(names)" "Chiara Rossi,Greta Lindqvist" "OR, parentheses and a negated field"

run --db "$DB" list --format tsv lindqvist
same "$(names)" "Greta Lindqvist,Bruno Ferreira" "a name match ranks above a match in the text"
run --db "$DB" list --format tsv --sort name lindqvist
same "$(names)" "Bruno Ferreira,Greta Lindqvist" "an explicit sort overrides the rank"

run --db "$DB" list --format tsv 'tag:shortlist' 'by:bob'
same "$(names)" "Bruno Ferreira" "tag: beside by: is that user's tag"
run --db "$DB" list --format tsv --sort name --tag shortlist
same "$(names)" "Ada Quill,Bruno Ferreira" "list --tag is tag:"
run --db "$DB" list --format tsv --tag shortlist 'name:ada OR name:chiara'
same "$(names)" "Ada Quill" "list --tag ANDs with an OR query"
run --db "$DB" list --tag shortlist --tag maybe
same "$(cat "$T/out" | wc -l)" 1 "two --tag options want both tags (only the header)"
run --db "$DB" list --format tsv note:marz
same "$(names)" "Chiara Rossi" "note: searches notes, folded"
run --db "$DB" --user carol list --format tsv --sort name is:new has:phone
same "$(names)" "Ada Quill,Chiara Rossi,Greta Lindqvist" "is:new for a user who saw nobody"

run --db "$DB" list --format tsv @seniors
same "$(names)" "Chiara Rossi,Ada Quill" "@seniors: years:>10, sorted by years"
run --db "$DB" list --format tsv @shortlist skill:go
same "$(names)" "Ada Quill" "a view narrowed by more words"

mkdir -p "$T/config/dossier"
cat >"$T/config/dossier/dossier.yaml" <<'EOF'
views:
  - {name: rust, query: "skill:rust years:>3", sort: years}
  - {name: rustzurich, query: "@rust location:zurich"}
  - {name: broken, query: "years:>x"}
EOF
run --db "$DB" list --format tsv @rust
same "$(names)" "Ada Quill,Greta Lindqvist" "a view from the config, with its sort"
run --db "$DB" list --format tsv @rustzurich
same "$(names)" "Ada Quill" "a view using another view"
run --db "$DB" list @seniors
expect_rc 64 "views listed in the config replace the defaults"
has "$T/err" "no saved view '@seniors'" "an unknown view is named"
run --db "$DB" list rust @broken
expect_rc 64 "a view with a mistake is a usage error"
has "$T/err" "column 6: in view '@broken': column 8: expected a number" \
	"the mistake is placed in the view and in the query"
run config --check
expect_rc 78 "config --check compiles the views"
has "$T/err" "view 'broken': column 8: expected a number after 'years:>'" \
	"and names the view with a mistake"
rm -r "$T/config/dossier"
run config --check
expect_rc 0 "the default views check clean"

run --db "$DB" list 'years:>x'
expect_rc 64 "a query mistake is a usage error"
has "$T/err" "^dossier: query: column 8: expected a number after 'years:>'$" \
	"the message names the column"
same "$(sed -n 3p "$T/err")" "         ^" "the caret is under column 8"

run --db "$DB" list 'Zürich (rust'
expect_rc 64 "an unclosed parenthesis"
has "$T/err" "column 8: unclosed '\('" "the column counts characters, not bytes"
same "$(sed -n 3p "$T/err")" "         ^" "the caret is under the parenthesis"

run --db "$DB" list 'skills:go'
has "$T/err" "did you mean 'skill:'" "a near miss of a field gets a suggestion"

run --db "$DB" list "'; DROP TABLE profile; --"
expect_rc 0 "SQL in a query is only words"
run --db "$DB" list --format tsv
n=$(wc -l <"$T/out")
same "$n" 8 "every candidate is still there"

run --db "$DB" export --format json 'skill:python'
expect_rc 0 "export with a query"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(",".join(sorted(p["basics"]["name"] for p in d)))' "$T/out" >"$T/names"
same "$(cat "$T/names")" "Bruno Ferreira,Hiroshi Tanaka" "export writes what the query finds"

run --db "$DB" export --format json @seniors
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(",".join(p["basics"]["name"] for p in d))' "$T/out" >"$T/names"
same "$(cat "$T/names")" "Chiara Rossi,Ada Quill" "export @view in the view's order"

run --db "$DB" export --format csv 'tag:shortlist' -o "$T/s.csv"
expect_rc 0 "export a tag to CSV"
n=$(grep -c 'Quill\|Ferreira' "$T/s.csv")
same "$n" 2 "the CSV holds the two shortlisted"

run --db "$DB" export 'years:>x'
expect_rc 64 "export: a query mistake is a usage error"
has "$T/err" "column 8: expected a number" "export names the column too"

run --db "$DB" reimport skill:go
expect_rc 0 "reimport with a query"
has "$T/err" "reparsed 1," "reimport reparses only what the query finds"


# A page in the list's order reads a common skill or tag row by row and a
# rare one gathered first (query.c, query_plan); either way a page is the
# head of the whole list.  1,200 generated people make a tag on two of
# them rare and a skill a fifth of them have common.
BIG="$T/big.db"
python3 "$SRCDIR/tests/bench/gen-json.py" 1200 "$T/big" >/dev/null
"$DOSSIER" --db "$BIG" import -q "$T"/big/*.json
"$DOSSIER" --db "$BIG" tag 7 900 shortlist >/dev/null
for q in 'skill:go' 'skill:go years:>5' 'tag:shortlist' 'tag:shortlist years:>0' \
    'skill:rust skill:python' '(skill:go OR skill:rust) -tag:shortlist' 'skill:nosuch' \
    'skill:go tag:shortlist'; do
	"$DOSSIER" --db "$BIG" list --format tsv --sort name -- $q | head -20 >"$T/all"
	run --db "$BIG" list --format tsv --sort name --limit 20 -- $q
	same "$(cat "$T/out")" "$(cat "$T/all")" "a page of '$q' is the head of its whole list"
done
run --db "$BIG" list --format tsv --limit 5 tag:shortlist
same "$(cut -f1 "$T/out" | sort -n | tr '\n' ' ')" "7 900 " "a rare tag's page has its two candidates"
run --db "$BIG" list --format tsv --limit 30 skill:go
same "$(wc -l <"$T/out")" 30 "a common skill's page is full"

run --db "$DB" list --help
has "$T/out" "QUERY" "list --help names the query"

done_testing
