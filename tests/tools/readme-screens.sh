#!/bin/sh
# readme-screens.sh DOSSIER: the screens README.md shows, captured from the
# real browser in tmux (100x30, xterm-256color, UTF-8) over a database of
# data/samples, as ./dev demo makes it.  Prints the list, the card and the
# timeline, each under a "== NAME" line, for pasting into README.md; the
# empty lines at the bottom of a screen are left out.
set -u
DOSSIER=${1:?usage: readme-screens.sh DOSSIER}
top=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/dossier-screens.XXXXXX")
SOCK="cap-$$"
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$T"' EXIT
export HOME="$T/home" XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data"
export XDG_STATE_HOME="$T/state" DOSSIER_USER=maria LC_ALL=C.UTF-8 TZ=UTC
unset DOSSIER_DB DOSSIER_CONFIG NO_COLOR
mkdir -p "$HOME"
"$DOSSIER" --db "$T/demo.db" import -q "$top"/data/samples/* || exit 1
# a shortlist, as a hiring manager would have started one
for who in daniel tomasz; do
	id=$("$DOSSIER" --db "$T/demo.db" list "name:$who" --format tsv | cut -f1)
	"$DOSSIER" --db "$T/demo.db" tag "$id" shortlist >/dev/null || exit 1
done
id=$("$DOSSIER" --db "$T/demo.db" list name:claire --format tsv | cut -f1)
"$DOSSIER" --db "$T/demo.db" tag "$id" maybe >/dev/null || exit 1

tmx() {
	tmux -L "$SOCK" -f /dev/null "$@"
}

# wait_for ERE: polls the screen until a line matches (at most 15 s).
wait_for() {
	i=0
	while [ $i -lt 150 ]; do
		tmx capture-pane -p -t cap >"$T/screen"
		grep -Eq -- "$1" "$T/screen" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	echo "readme-screens: the screen never showed $1" >&2
	cat "$T/screen" >&2
	exit 1
}

# shot NAME: the screen as it is once the last key has had its effect.
shot() {
	sleep 0.5
	echo "== $1"
	tmx capture-pane -p -t cap | awk 'NF { while (blank-- > 0) print ""; blank = 0;
	    print; next } { blank++ }'
}

tmx new-session -d -s cap -x 100 -y 30 \
    "TERM=xterm-256color '$DOSSIER' --db '$T/demo.db'; sleep 600"
wait_for 'candidates'
tmx send-keys -t cap j j
shot list
tmx send-keys -t cap Enter
wait_for 'of [0-9]+'
shot card
tmx send-keys -t cap 3
wait_for 'zoom'
shot timeline
tmx send-keys -t cap q q q
