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
export XDG_DATA_HOME="$BENCH_TMP/data" DOSSIER_USER=bench LC_ALL=C.UTF-8 TZ=UTC
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

# The list: the cursor taken to the bottom row first, so each j scrolls.
down=$(printf 'j%.0s' $(seq 40))
list=$(python3 "$PTY" scroll --setup "$down" -- "$DOSSIER" --db "$d100k")
move=$(python3 "$PTY" scroll -- "$DOSSIER" --db "$d100k")
printf 'colors:\n  cursor-row: reverse\n' >"$BENCH_TMP/bar.yaml"
bar=$(python3 "$PTY" scroll --setup "$down" -- "$DOSSIER" --db "$d100k" \
    --config "$BENCH_TMP/bar.yaml")
printf 'colors:\n  name: normal\n  unseen: normal\n  cursor: normal\n' >"$BENCH_TMP/plain.yaml"
plain=$(python3 "$PTY" scroll --setup "$down" -- "$DOSSIER" --db "$d100k" \
    --config "$BENCH_TMP/plain.yaml")
"$DOSSIER" --db "$d100k" list --limit 200 >"$BENCH_TMP/list.txt"
lessl=$(python3 "$PTY" scroll --marker NAME --keys q -- less -S "$BENCH_TMP/list.txt")

# The card: a long one (tests/fixtures/tui), on 100x24.
"$DOSSIER" --db "$BENCH_TMP/card.db" import -q "$SRCDIR"/tests/fixtures/tui/*.json
card=$(python3 "$PTY" scroll --rows 24 --setup "$(printf '\r')" -- "$DOSSIER" \
    --db "$BENCH_TMP/card.db")
"$DOSSIER" --db "$BENCH_TMP/card.db" show 1 >"$BENCH_TMP/card.txt"
lessc=$(python3 "$PTY" scroll --rows 24 --marker 'Ada Quill' --keys q -- less "$BENCH_TMP/card.txt")
idle=$(python3 "$PTY" scroll --key '' --repeat 1 --quiet 4 -- "$DOSSIER" --db "$d100k")

echo "bytes written to the terminal for one key, median of 9:"
printf '  %-44s %5s   less: %5s\n' "list, one-line scroll (j on the last row)" "$list" "$lessl"
printf '  %-44s %5s   less: %5s\n' "card, one-line scroll (j)" "$card" "$lessc"
printf '  %-44s %5s\n' "list, cursor one row down (j)" "$move"
printf '  %-44s %5s\n' "list scroll with cursor-row: reverse (a bar)" "$bar"
printf '  %-44s %5s\n' "list scroll, plain theme (no bold, no colour)" "$plain"
printf '  %-44s %5s\n' "idle for 4 s (the database polled twice)" "$idle"
