#!/usr/bin/env bash
# bench-ui.sh: the browser as a user on a slow link feels it.  The time to
# the first frame and the peak memory on 100 and on 100,000 profiles, the
# bytes a one-line scroll writes to the terminal in the list and in the card
# beside less scrolling the same text, and the bytes written while idle.
# Everything runs on a pseudo-terminal (pty-ui.py).  Figures, never verdicts.
set -u
PTY="$SRCDIR/tests/bench/pty-ui.py"
GEN="$SRCDIR/tests/bench/gen-profiles.py"
export HOME="$BENCH_TMP/home" XDG_CONFIG_HOME="$BENCH_TMP/config"
export XDG_DATA_HOME="$BENCH_TMP/data" XDG_STATE_HOME="$BENCH_TMP/state"
export DOSSIER_USER=bench LC_ALL=C.UTF-8 TZ=UTC
unset DOSSIER_DB DOSSIER_CONFIG NO_COLOR
mkdir -p "$HOME"
for tool in python3 less; do
	command -v "$tool" >/dev/null || { echo "($tool is missing: skipped)"; exit 0; }
done

# db N: a database of N generated profiles, built once a run.
db() {
	local n=$1 t
	if [ ! -f "$BENCH_TMP/ui-$n.db" ]; then
		python3 "$GEN" "$n" "$BENCH_TMP/ui-$n" || return 1
		t=$(date +%s)
		"$DOSSIER" --db "$BENCH_TMP/ui-$n.db" import -q "$BENCH_TMP/ui-$n"/*.json ||
			return 1
		echo "  (built the $n-profile database in $(($(date +%s) - t)) s)" >&2
	fi
	echo "$BENCH_TMP/ui-$n.db"
}

d100=$(db 100) || exit 1
d100k=$(db 100000) || exit 1

# median LIST... / least LIST...
median() {
	printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
least() {
	printf '%s\n' "$@" | sort -n | head -1
}

# The two sizes take turns, so a busy machine slows both alike; a start of
# each first, so neither pays for a cold cache.
python3 "$PTY" frame -- "$DOSSIER" --db "$d100" >/dev/null
python3 "$PTY" frame -- "$DOSSIER" --db "$d100k" >/dev/null
ms100=() kb100=() ms100k=() kb100k=()
for i in $(seq 21); do
	out=$(python3 "$PTY" frame -- "$DOSSIER" --db "$d100") || exit 1
	ms100+=("${out% *}") kb100+=("${out#* }")
	out=$(python3 "$PTY" frame -- "$DOSSIER" --db "$d100k") || exit 1
	ms100k+=("${out% *}") kb100k+=("${out#* }")
done
a=$(median "${ms100[@]}") b=$(median "${ms100k[@]}")
c=$(median "${kb100[@]}") d=$(median "${kb100k[@]}")
echo "first frame, 100x30 xterm-256color, 21 starts each (median, least):"
printf '  %-18s %7s ms %7s ms   peak %6s KB\n' "100 profiles" "$a" "$(least "${ms100[@]}")" "$c"
printf '  %-18s %7s ms %7s ms   peak %6s KB\n' "100,000 profiles" "$b" \
    "$(least "${ms100k[@]}")" "$d"
ratios=()
for i in "${!ms100[@]}"; do
	ratios+=("$(awk -v a="${ms100[$i]}" -v b="${ms100k[$i]}" 'BEGIN { printf "%.3f", b / a }')")
done
awk -v a="$a" -v b="$b" -v c="$c" -v d="$d" -v e="$(least "${ms100[@]}")" \
    -v f="$(least "${ms100k[@]}")" 'BEGIN { printf "  100,000 / 100:     %7.2fx    %7.2fx        %6.2fx memory   (targets 1.2x)\n", b / a, f / e, d / c }'
echo "  median of the 21 side-by-side ratios: $(median "${ratios[@]}")x"

# One-line scrolls beside less scrolling the same rows as text, at the same
# size: less's setup keys bring its view to where dossier's is, so that each
# of the 9 keys brings in the same row on both sides; the figure is the mean
# of the 9.  The list: dossier's cursor is taken to the bottom row first
# (row 40; 27 rows show with the status line on top), so each j scrolls in
# rows 41 to 49; less -S shows `dossier list` (its header line, then a row
# a line) 29 lines at a time, so 13 j bring it to the same place.
rows() { printf "$1%.0s" $(seq "$2"); }
scroll() {	# scroll ROWS SETUP ARGS...: dossier's mean bytes per j
	local r=$1 setup=$2
	shift 2
	python3 "$PTY" scroll --stat mean --rows "$r" --setup "$setup" -- "$DOSSIER" "$@"
}
printf 'ui:\n  status: bottom\nlist:\n  plain: false\n' >"$BENCH_TMP/old.yaml"
printf 'list:\n  plain: false\n' >"$BENCH_TMP/bold.yaml"
printf 'colors:\n  cursor-row: reverse\n' >"$BENCH_TMP/bar.yaml"
list=$(scroll 30 "$(rows j 40)" --db "$d100k")
old=$(scroll 30 "$(rows j 40)" --db "$d100k" --config "$BENCH_TMP/old.yaml")
bold=$(scroll 30 "$(rows j 40)" --db "$d100k" --config "$BENCH_TMP/bold.yaml")
bar=$(scroll 30 "$(rows j 40)" --db "$d100k" --config "$BENCH_TMP/bar.yaml")
move=$(python3 "$PTY" scroll -- "$DOSSIER" --db "$d100k")
"$DOSSIER" --db "$d100k" list --limit 200 >"$BENCH_TMP/list.txt"
lessl=$(python3 "$PTY" scroll --stat mean --marker NAME --setup "$(rows j 13)" \
    --keys q -- less -S "$BENCH_TMP/list.txt")
width=$(sed -n '43,51p' "$BENCH_TMP/list.txt" | awk '{ n += length($0) } END { printf "%.0f", n / NR }')

# The card: a long one (tests/fixtures/tui), on 100x24: 22 lines of it show
# under the title and status lines, 24 once they have scrolled away with it
# (the setup j takes the title line, the first measured j the status line;
# 21 with the status line at the bottom, where they stay), 23 in less.  The
# text is the card's, wrapped at the card's width (98 columns) as the
# browser does.
"$DOSSIER" --db "$BENCH_TMP/card.db" import -q "$SRCDIR"/tests/fixtures/tui/*.json
card=$(scroll 24 "$(printf '\rj')" --db "$BENCH_TMP/card.db")
oldc=$(scroll 24 "$(printf '\rjj')" --db "$BENCH_TMP/card.db" --config "$BENCH_TMP/old.yaml")
printf 'colors:\n  header: normal\n  company: normal\n' >"$BENCH_TMP/flat.yaml"
flat=$(scroll 24 "$(printf '\rj')" --db "$BENCH_TMP/card.db" --config "$BENCH_TMP/flat.yaml")
"$DOSSIER" --db "$BENCH_TMP/card.db" show 1 | python3 -c '
import sys, textwrap
for line in sys.stdin.read().splitlines():
    body = line.lstrip(" ")
    pad = " " * (len(line) - len(body))
    print("\n".join(textwrap.wrap(body, 98, initial_indent=pad,
        subsequent_indent=pad)) if body else "")' >"$BENCH_TMP/card.txt"
lessc=$(python3 "$PTY" scroll --stat mean --rows 24 --marker 'Ada Quill' --keys q -- \
    less "$BENCH_TMP/card.txt")
idle=$(python3 "$PTY" scroll --key '' --repeat 1 --quiet 4 -- "$DOSSIER" --db "$d100k")

echo "bytes written to the terminal for one key (xterm-256color):"
echo "  one-line scroll, the mean of 9 over the same rows as less (100x30; card 100x24)"
printf '  %-52s %6s   less: %6s\n' "list (rows 41-49 of 100,000; less: $width-column lines)" \
    "$list" "$lessl"
printf '  %-52s %6s   less: %6s\n' "card (lines 23-31 of a long one)" "$card" "$lessc"
printf '  %-52s %6s %6s\n' "list, card with ui.status: bottom, list.plain: false" \
    "$old" "$oldc"
printf '  %-52s %6s\n' "card without bold (header, company: normal)" "$flat"
printf '  %-52s %6s\n' "list with list.plain: false (status line on top)" "$bold"
printf '  %-52s %6s\n' "list with cursor-row: reverse (a bar)" "$bar"
echo "  other keys, the median of 9:"
printf '  %-52s %6s\n' "list, cursor one row down (j)" "$move"
printf '  %-52s %6s\n' "idle for 4 s (the database polled twice)" "$idle"
