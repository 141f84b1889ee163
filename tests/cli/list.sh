#!/bin/sh
# dossier list and show through the real binary.
. "$SRCDIR/tests/lib.sh"
DB="$T/t.db"
"$DOSSIER" --db "$DB" import -q "$FIX/cli/ada.txt" "$FIX/cli/bruno.txt"

run --db "$DB" list
expect_rc 0 "list succeeds"
has "$T/out" '^ID +NAME +HEADLINE' "table has a header"
has "$T/out" 'Ada Quill' "first candidate listed"
has "$T/out" 'Bruno Ferreira' "second candidate listed"

run --db "$DB" list --format tsv
n=$(wc -l <"$T/out")
same "$n" 2 "tsv: a line a candidate, no header"

run --db "$DB" list --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)==2 and {"id","name","tags"} <= set(d[0])' "$T/out"
ok $? "json: an array of two objects with id, name, tags"

run --db "$DB" list --limit 1 --format tsv
n=$(wc -l <"$T/out")
same "$n" 1 "--limit 1 gives one row"

run --db "$DB" list --sort name --reverse --format tsv
first=$(head -1 "$T/out" | cut -f2)
same "$first" "Bruno Ferreira" "--sort name --reverse puts Bruno first"

# The name order folds case and accents: Élodie among the E's, not after Zofia.
for n in "Zofia Nowak" "élise Abadie" "Ödön Varga" "Emil Berg" "Élodie Moreau"; do
	printf '{"basics": {"name": "%s"}}\n' "$n" >"$T/person.json"
	"$DOSSIER" --db "$T/names.db" import -q "$T/person.json"
done
run --db "$T/names.db" list --format tsv
same "$(cut -f2 "$T/out" | tr '\n' ,)" \
    "élise Abadie,Élodie Moreau,Emil Berg,Ödön Varga,Zofia Nowak," \
    "by name, accents and case folded"
run --db "$T/names.db" list --sort name --reverse --format tsv
same "$(cut -f2 "$T/out" | tr '\n' ,)" \
    "Zofia Nowak,Ödön Varga,Emil Berg,Élodie Moreau,élise Abadie," "and reversed"
run --db "$T/names.db" list --sort name --format tsv -- 'nowak OR moreau OR berg'
same "$(cut -f2 "$T/out" | tr '\n' ,)" "Élodie Moreau,Emil Berg,Zofia Nowak," \
    "a search sorted by name too"

# YRS is months / 12 with one decimal, an exact half to the even tenth as
# printf's %.1f rounds it: 3 months 0.2, 9 months 0.8, 15 months 1.2.
for end in 2020-02 2020-04 2020-10 2021-04 2021-10 2030-01; do
	printf '{"basics": {"name": "Until %s"}, "work": [{"name": "Acme", "position": "Dev", "startDate": "2020-01", "endDate": "%s"}]}\n' \
	    "$end" "$end" >"$T/span.json"
	"$DOSSIER" --db "$T/years.db" import -q "$T/span.json"
done
run --db "$T/years.db" list --sort name --format tsv
same "$(cut -f6 "$T/out" | tr '\n' ,)" "0.1,0.2,0.8,1.2,1.8,10.0," "years rounded as %.1f does"
"$DOSSIER" --db "$T/years.db" list --sort name --format json >"$T/years.json"
python3 -c 'import json,sys; print(",".join("%.1f" % (r["months"] / 12) for r in json.load(open(sys.argv[1]))) + ",")' \
    "$T/years.json" >"$T/years.want"
same "$(cut -f6 "$T/out" | tr '\n' ,)" "$(cat "$T/years.want")" "and as the months in json say"

run --db "$DB" list ada
has "$T/out" 'Ada Quill' "free text finds Ada"
hasnt "$T/out" 'Bruno' "free text leaves Bruno out"

run --db "$DB" list --format xml
expect_rc 64 "unknown format is a usage error"

id=$("$DOSSIER" --db "$DB" list ada --format tsv | cut -f1)
run --db "$DB" show "$id"
expect_rc 0 "show succeeds"
has "$T/out" '^Ada Quill$' "show prints the name first"
run --db "$DB" show "$id" --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["basics"]["name"]=="Ada Quill"' "$T/out"
ok $? "show --format json is JSON Resume"
run --db "$DB" show "$id" --format yaml
has "$T/out" '^basics:' "show --format yaml is YAML"

run --db "$DB" show 999
expect_rc 65 "show of an unknown id: exit 65"
has "$T/err" '#999: no such candidate' "the message names the id"
run --db "$DB" show abc
expect_rc 64 "show of a non-number: usage error"

run --db "$T/none.db" list
expect_rc 66 "list on a missing database: exit 66"
has "$T/err" 'none.db' "the message names the database"

done_testing
