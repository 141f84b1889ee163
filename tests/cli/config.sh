#!/bin/sh
# dossier config, and the configuration's paths, defaults and errors.
. "$SRCDIR/tests/lib.sh"

run config --path
expect_rc 0 "config --path without a file"
has "$T/out" "^history: $T/state/dossier/history\$" "it names the prompts' history file"
has "$T/out" "config: $XDG_CONFIG_HOME/dossier/dossier.yaml \\(not found" "default config path, not found"
has "$T/out" "database: $XDG_DATA_HOME/dossier/dossier.db" "default database path"

run config --init
expect_rc 0 "config --init writes the file"
[ -f "$XDG_CONFIG_HOME/dossier/dossier.yaml" ]
ok $? "the file exists"
cmp -s "$XDG_CONFIG_HOME/dossier/dossier.yaml" "$SRCDIR/data/dossier.yaml"
ok $? "it is data/dossier.yaml"
run config --init
expect_rc 64 "a second --init refuses to overwrite"
run config --check
expect_rc 0 "the default file checks clean"
[ ! -s "$T/err" ]
ok $? "with no warnings"

printf 'database: %s/custom.db\nlist:\n  sort: years\n' "$T" >"$T/c.yaml"
DOSSIER_CONFIG="$T/c.yaml" run config --path
has "$T/out" "database: $T/custom.db" "database: from the config"
DOSSIER_DB="$T/env.db" DOSSIER_CONFIG="$T/c.yaml" run config --path
has "$T/out" "database: $T/env.db" "DOSSIER_DB wins over the config"
DOSSIER_DB="$T/env.db" run --db "$T/arg.db" config --path
has "$T/out" "database: $T/arg.db" "--db wins over DOSSIER_DB"

printf 'database: rel.db\n' >"$T/rel.yaml"
run --config "$T/rel.yaml" config --path
has "$T/out" "database: $T/rel.db" "a relative database path is relative to the config file"

run --user zoe config --path
has "$T/out" '^user: zoe$' "--user names the user"
DOSSIER_USER=yann run config --path
has "$T/out" '^user: yann$' "DOSSIER_USER names the user"

printf 'list:\n  sort: sideways\n' >"$T/bad.yaml"
run --config "$T/bad.yaml" config --check
expect_rc 78 "a bad value: exit 78"
has "$T/err" "bad.yaml:2:9: list.sort must be one of" "the error names file:line:column"

printf 'tags:\n  - name: a\n    key: s\n  - name: b\n    key: s\n' >"$T/dup.yaml"
run --config "$T/dup.yaml" config --check
expect_rc 78 "two tags on one key: exit 78"
has "$T/err" "dup.yaml:4:5: tags 'a' and 'b' share the key 's'" "the error says which"

printf 'colour_scheme: dark\nlist:\n  sort: name\n' >"$T/unk.yaml"
run --config "$T/unk.yaml" config --check
expect_rc 0 "an unknown key is not an error"
has "$T/err" "unk.yaml:1:1: warning: unknown setting 'colour_scheme'" "but a warning with its place"

printf 'list: [unclosed\n' >"$T/syntax.yaml"
run --config "$T/syntax.yaml" list
expect_rc 78 "a YAML syntax error: exit 78"
has "$T/err" "syntax.yaml:[0-9]+:[0-9]+: " "the syntax error names its place"

run --config "$T/missing.yaml" config --check
expect_rc 78 "--config naming a missing file: exit 78"

chmod 666 "$T/c.yaml"
run --config "$T/c.yaml" config --check
expect_rc 78 "a world-writable config is refused"
has "$T/err" "world-writable" "and the message says why"

run config --settings
has "$T/out" '^import.max_file_size +size +10M' "--settings lists the settings"

done_testing
