#!/bin/sh
# The import limits, import.max_file_size (default 10M) and import.max_lines
# (default 100000): they hold for files, standard input and reimport, and
# what is refused says which limit and how to raise it.
. "$SRCDIR/tests/lib.sh"
DB="$T/l.db"

# text NAME LINES: a résumé of LINES lines for NAME.
text() {
	echo "$1"
	seq 2 "$2" | sed 's/^/a line of the résumé, number /'
}

{ echo "Otto Oversize"; head -c 11000000 /dev/zero | tr '\0' 'x'; } >"$T/big.txt"
run --db "$DB" import "$T/big.txt"
expect_rc 65 "a file over the default 10 MB: refused"
has "$T/err" 'big.txt: larger than the limit of 10485760 bytes \(import.max_file_size\)' \
    "  naming the file and the setting"
run_in "$T/big.txt" --db "$DB" import -
expect_rc 65 "the same on standard input: refused"
has "$T/err" '\(standard input\): larger than the limit of 10485760 bytes' "  saying so"

text "Lucy Lines" 100001 >"$T/lines.txt"
run --db "$DB" import "$T/lines.txt"
expect_rc 65 "100,001 lines: refused"
has "$T/err" 'lines.txt: more than 100000 lines \(import.max_lines\)' "  naming the setting"
run_in "$T/lines.txt" --db "$DB" import -
expect_rc 65 "the same on standard input: refused"

# Smaller limits from the config; a file exactly at a limit passes.
printf 'import:\n  max_file_size: 2K\n  max_lines: 10\n' >"$T/small.yaml"
{ echo "Sam Small"; head -c 2037 /dev/zero | tr '\0' 's'; echo; } >"$T/2048.txt"
same "$(wc -c <"$T/2048.txt")" 2048 "  (a file of exactly 2048 bytes)"
run --config "$T/small.yaml" --db "$DB" import "$T/2048.txt"
expect_rc 0 "max_file_size: 2K takes 2048 bytes"
{ cat "$T/2048.txt"; echo; } >"$T/2049.txt"
run --config "$T/small.yaml" --db "$DB" import "$T/2049.txt"
expect_rc 65 "but not 2049"
has "$T/err" 'larger than the limit of 2048 bytes' "  saying so"
text "Tess Ten" 10 >"$T/ten.txt"
run --config "$T/small.yaml" --db "$DB" import "$T/ten.txt"
expect_rc 0 "max_lines: 10 takes ten lines"
text "Elle Eleven" 11 >"$T/eleven.txt"
run_in "$T/eleven.txt" --config "$T/small.yaml" --db "$DB" import -
expect_rc 65 "but not eleven, on standard input either"
has "$T/err" 'more than 10 lines \(import.max_lines\)' "  saying so"
printf 'Nola Newline\nno newline at the end' >"$T/nonl.txt"
printf 'import:\n  max_lines: 10\n' >"$T/one.yaml"
run --config "$T/one.yaml" --db "$DB" import "$T/nonl.txt"
expect_rc 0 "a last line without a newline counts once"

# Reimport parses stored texts under the config of now.
text "Rita Reimport" 40 >"$T/rita.txt"
run --db "$DB" import "$T/rita.txt"
expect_rc 0 "a 40-line résumé imports under the defaults"
run --db "$DB" list --format tsv Rita
id=$(cut -f1 "$T/out")
run --config "$T/small.yaml" --db "$DB" reimport Rita
expect_rc 65 "reimport under max_lines: 10 refuses it"
has "$T/err" 'rita.txt: more than 10 lines \(import.max_lines\)' "  saying which limit"
run --db "$DB" show "$id"
expect_rc 0 "and the stored profile is still there"
has "$T/out" 'Rita Reimport' "  unchanged"

# The limits themselves are checked.
printf 'import:\n  max_file_size: 10\n' >"$T/tiny.yaml"
run --config "$T/tiny.yaml" --db "$DB" import "$T/ten.txt"
expect_rc 78 "max_file_size below 1K: a config error"
has "$T/err" 'tiny.yaml:2:18: ' "  naming file:line:column"

printf 'import:\n  max_file_size: 9999999999999G\n' >"$T/overflow.yaml"
run --config "$T/overflow.yaml" --db "$DB" import "$T/ten.txt"
expect_rc 78 "a size too large to count: a config error, not an overflow"
has "$T/err" "overflow.yaml:2:18: import.max_file_size must be a size" "  saying so"
hasnt "$T/err" 'runtime error' "  with no undefined behaviour"

# A config file of megabytes is a mistake: refused, not read in part.
{ echo "list:"; echo "  sort: name"; head -c 5000000 /dev/zero | tr '\0' '#'; echo; } >"$T/huge.yaml"
run --config "$T/huge.yaml" --db "$DB" list
expect_rc 78 "a config over 4 MB: refused"
has "$T/err" 'huge.yaml: larger than 4194304 bytes' "  saying so"

done_testing
