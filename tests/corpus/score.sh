#!/bin/sh
# score.sh BUILD_DIR|DOSSIER_BINARY [-v] [--only GLOB] [--keep DIR]
#
# Measures the résumé importer against the corpus: runs
# `dossier import --dry-run` on every rendering in text/ (a failed import is
# an empty prediction), then scores the predictions against gold/ with
# ../shared/tools/score-import (relative to the repository root) and prints
# its tables per renderer, per pipeline and per field, and overall_f1 last.
#
#   -v           also the per-file lines
#   --only GLOB  only renderings whose NNN.RENDERER matches, e.g. '*-pdf-raw'
#   --keep DIR   keep the predictions (NNN.RENDERER.json) in DIR
#
# Not part of `make check`: it is the measuring tool.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
scorer="$top/../shared/tools/score-import"

usage() {
	sed -n '2,13s/^# \{0,1\}//p' "$0" >&2
	exit 64
}

[ $# -ge 1 ] || usage
target=$1
shift
verbose=0 only='*' keep=''
while [ $# -gt 0 ]; do
	case $1 in
	-v|--verbose) verbose=1 ;;
	--only) [ $# -ge 2 ] || usage; only=$2; shift ;;
	--keep) [ $# -ge 2 ] || usage; keep=$2; shift ;;
	*) usage ;;
	esac
	shift
done

if [ ! -f "$scorer" ]; then
	echo "score.sh: the scorer is missing: expected ../shared/tools/score-import beside the repository ($scorer)" >&2
	exit 66
fi
if [ -d "$target" ]; then
	bin="$target/dossier"
else
	bin=$target
fi
if [ ! -x "$bin" ]; then
	echo "score.sh: no dossier binary at $bin (build it first: ./dev check)" >&2
	exit 66
fi
case $bin in /*) ;; *) bin="$PWD/$bin" ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/corpus-score.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/pred" "$tmp/text" "$tmp/home"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_DATA_HOME="$tmp/home/data"
export DOSSIER_DB="$tmp/corpus.db" DOSSIER_USER=corpus LC_ALL=C.UTF-8 TZ=UTC
unset DOSSIER_CONFIG NO_COLOR
to=''
command -v timeout >/dev/null 2>&1 && to='timeout 30'

n=0 failed=0 multi=0
for f in "$here"/text/*.txt; do
	base=$(basename "$f" .txt)
	# shellcheck disable=SC2254
	case $base in $only) ;; *) continue ;; esac
	n=$((n + 1))
	cp "$f" "$tmp/text/$base.raw"
	out="$tmp/pred/$base.json"
	if ! $to "$bin" import --dry-run --as-of 2025-06 "$f" >"$out" 2>>"$tmp/errors"; then
		echo "$base: import failed" >>"$tmp/errors"
		echo '{}' >"$out"
		failed=$((failed + 1))
	elif [ ! -s "$out" ]; then
		echo '{}' >"$out"
		failed=$((failed + 1))
	elif [ "$(head -c 1 "$out")" = "[" ]; then
		multi=$((multi + 1))
	fi
done
if [ "$n" -eq 0 ]; then
	echo "score.sh: no rendering matches $only" >&2
	exit 66
fi

# The scorer checks that each gold value occurs in the rendering's text; it
# gets the texts as plain UTF-8 (the UTF-16, Windows-1252 and mojibake
# renderings decoded), while the importer got the bytes as they are.
for f in "$tmp"/text/*.raw; do mv "$f" "${f%.raw}.txt"; done
python3 "$here/make-corpus" --decode "$tmp/text" "$tmp/text" || exit 70

echo "imports: $n run, $failed failed or empty (scored as {}), $multi gave several profiles"
if [ "$failed" -gt 0 ] && [ -s "$tmp/errors" ]; then
	echo "first errors:"
	grep -v '^$' "$tmp/errors" | head -5 | sed 's/^/  /'
fi
if [ -n "$keep" ]; then
	mkdir -p "$keep" && cp "$tmp"/pred/*.json "$keep"/
fi
echo
q=--quiet
[ "$verbose" -eq 1 ] && q=''
# The scorer's tables, overall_f1 last.
python3 "$scorer" --dir "$here/gold" "$tmp/pred" --text-dir "$tmp/text" $q
