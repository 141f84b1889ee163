# tests/tui/tui.sh: sourced by the browser's tests after tests/lib.sh.  Each
# test runs the real binary in a detached tmux server of its own (a socket
# named after the test's pid, killed at the end), sends keys, and polls
# capture-pane until the expected screen appears, with a bounded wait.
if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux is not installed"
	exit 0
fi
SOCK="dossier-test-$$"
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$T"' EXIT
W=100
H=30
TUI_TERM=xterm-256color
# How long a screen may take to appear (sanitizer builds on a busy machine).
TUI_WAIT=${TUI_WAIT:-15}

tmx() {
	tmux -L "$SOCK" -f /dev/null "$@"
}

# tui_start NAME [VAR=VALUE...] -- ARGS...: runs dossier ARGS in session
# NAME at $W x $H with TERM=$TUI_TERM; its exit status lands in $T/NAME.exit.
tui_start() {
	_name=$1
	shift
	{
		echo "export TERM='$TUI_TERM'"
		while [ $# -gt 0 ] && [ "$1" != "--" ]; do
			echo "export '$1'"
			shift
		done
		shift
		printf "'%s'" "$DOSSIER"
		for _a in "$@"; do
			printf " '%s'" "$_a"
		done
		printf '\necho "EXIT=$?" >"%s"\nsleep 600\n' "$T/$_name.exit"
	} >"$T/$_name.sh"
	rm -f "$T/$_name.exit"
	tmx new-session -d -s "$_name" -x "$W" -y "$H" "sh '$T/$_name.sh'"
}

# send NAME KEYS...: tmux send-keys (key names as tmux knows them).
send() {
	_name=$1
	shift
	tmx send-keys -t "$_name" "$@"
}

# type NAME TEXT: sends TEXT literally.
type_text() {
	tmx send-keys -t "$1" -l "$2"
}

screen() {
	tmx capture-pane -p -t "$1" >"$T/screen" 2>/dev/null
}

# settle NAME: captures again until two captures agree, so that what a
# test goes on to read is a whole frame: the terminal may be caught between
# two writes of one (the status line, drawn near the top, can show before
# the rows below it).
settle() {
	while [ "$(date +%s)" -lt "$_end" ]; do
		sleep 0.05
		tmx capture-pane -p -t "$1" >"$T/screen.again" 2>/dev/null
		cmp -s "$T/screen" "$T/screen.again" && return 0
		mv "$T/screen.again" "$T/screen"
	done
}

# wait_for NAME ERE: polls the screen until a line matches (and the screen
# has settled); 1 on timeout.
wait_for() {
	_end=$(($(date +%s) + TUI_WAIT))
	while :; do
		screen "$1"
		if grep -Eq -- "$2" "$T/screen"; then
			settle "$1"
			grep -Eq -- "$2" "$T/screen" && return 0
		fi
		[ "$(date +%s)" -ge "$_end" ] && return 1
		sleep 0.1
	done
}

# wait_gone NAME ERE: polls until no line matches (and the screen has
# settled).
wait_gone() {
	_end=$(($(date +%s) + TUI_WAIT))
	while :; do
		screen "$1"
		if ! grep -Eq -- "$2" "$T/screen"; then
			settle "$1"
			grep -Eq -- "$2" "$T/screen" || return 0
		fi
		[ "$(date +%s)" -ge "$_end" ] && return 1
		sleep 0.1
	done
}

# shows NAME ERE DESCRIPTION: a check that the screen comes to show ERE.
shows() {
	if wait_for "$1" "$2"; then
		ok 0 "$3"
	else
		ok 1 "$3"
		echo "# the screen never matched: $2"
		diag "$T/screen"
	fi
}

# hides NAME ERE DESCRIPTION: a check that the screen comes to lack ERE.
hides() {
	if wait_gone "$1" "$2"; then
		ok 0 "$3"
	else
		ok 1 "$3"
		echo "# the screen still matches: $2"
		diag "$T/screen"
	fi
}

# exits NAME CODE DESCRIPTION: the program in NAME ends with CODE.
exits() {
	_end=$(($(date +%s) + TUI_WAIT))
	while [ ! -s "$T/$1.exit" ] && [ "$(date +%s)" -lt "$_end" ]; do
		sleep 0.1
	done
	same "$(cat "$T/$1.exit" 2>/dev/null)" "EXIT=$2" "$3"
	[ "$(cat "$T/$1.exit" 2>/dev/null)" = "EXIT=$2" ] || { screen "$1"; diag "$T/screen"; }
}

# A database of the tests/fixtures/tui candidates, as of March 2025.
tui_db() {
	"$DOSSIER" --db "$1" import -q "$FIX"/tui/*.json
}

# The id of a candidate by name.
tui_id() {
	"$DOSSIER" --db "$1" list "$2" --format tsv | cut -f1 | head -1
}
