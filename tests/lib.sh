# tests/lib.sh: sourced by the shell tests.  They speak TAP: one "ok N - what"
# or "not ok N - what" a check, the plan last.  Each test runs in its own
# temporary home so no real config or database is touched.
set -u
: "${DOSSIER:?DOSSIER must name the dossier binary}"
: "${SRCDIR:?SRCDIR must name the source tree}"

T=$(mktemp -d "${TMPDIR:-/tmp}/dossier-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data"
export XDG_STATE_HOME="$T/state"
export DOSSIER_USER=tester LC_ALL=C.UTF-8 TZ=UTC
unset DOSSIER_DB DOSSIER_CONFIG NO_COLOR COLUMNS
mkdir -p "$HOME"
FIX="$SRCDIR/tests/fixtures"
SHARED="$SRCDIR/../shared"

_n=0
_failed=0

# ok STATUS DESCRIPTION: one check; STATUS 0 passes.
ok() {
	_n=$((_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $_n - $2"
	else
		echo "not ok $_n - $2"
		_failed=$((_failed + 1))
	fi
}

skip() {
	_n=$((_n + 1))
	echo "ok $_n # SKIP $1"
}

diag() {
	sed 's/^/# /' "$@"
}

# run ARGS...: runs dossier; leaves $rc, and stdout and stderr in $T/out, $T/err.
run() {
	"$DOSSIER" "$@" >"$T/out" 2>"$T/err"
	rc=$?
}

# run_in FILE ARGS...: the same with FILE on standard input.
run_in() {
	_in=$1
	shift
	"$DOSSIER" "$@" <"$_in" >"$T/out" 2>"$T/err"
	rc=$?
}

# expect_rc CODE DESCRIPTION
expect_rc() {
	if [ "$rc" -eq "$1" ]; then
		ok 0 "$2"
	else
		ok 1 "$2"
		echo "# exit status $rc, expected $1"
		diag "$T/err"
	fi
}

# has FILE PATTERN DESCRIPTION: FILE holds a line matching the ERE.
has() {
	if grep -Eq -- "$2" "$1"; then
		ok 0 "$3"
	else
		ok 1 "$3"
		echo "# no line matches: $2"
		diag "$1"
	fi
}

# hasnt FILE PATTERN DESCRIPTION
hasnt() {
	if grep -Eq -- "$2" "$1"; then
		ok 1 "$3"
		echo "# unexpected: $(grep -E -- "$2" "$1" | head -3)"
	else
		ok 0 "$3"
	fi
}

# same GOT WANT DESCRIPTION
same() {
	if [ "$1" = "$2" ]; then
		ok 0 "$3"
	else
		ok 1 "$3"
		echo "# got:  $1"
		echo "# want: $2"
	fi
}

done_testing() {
	echo "1..$_n"
	exit 0
}
