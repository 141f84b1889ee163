#!/usr/bin/env bash
# run.sh BUILD SECONDS [--tap] [TARGET...]: runs each libFuzzer target built
# in BUILD (./configure CC=clang --enable-fuzzing) for SECONDS, one after
# the other, and prints the executions and crashes of each.
#
# Each target starts from its corpus in BUILD/fuzz-corpus/TARGET (kept
# between runs), the seeds in tests/fuzz/seeds/TARGET, the inputs that once
# crashed in tests/fuzz/regress/TARGET, and the fixtures and corpus files
# that suit it.  A
# crash is saved as BUILD/fuzz-crashes/TARGET-crash-*: once fixed, copy it
# into tests/fuzz/regress/TARGET so `make check` replays it for good.
# With --tap it speaks TAP (one line a target), for ./dev check, and runs
# deterministically: a fixed seed, a fixed number of executions, and a fresh
# corpus, so a check that passes here passes on any machine that builds the
# same code; SECONDS is then only a cap.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd) || exit 1
seconds=$2
shift 2
tap=0
[ "${1:-}" = "--tap" ] && { tap=1; shift; }
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(import resume config query)

# max_len and dictionary a target gets
max_len() {
	case $1 in
	query) echo 512 ;;
	config) echo 16384 ;;
	*) echo 65536 ;;
	esac
}
# executions a target gets in a --tap run (about 30 s each here)
runs() {
	case $1 in
	import) echo 30000 ;;
	query) echo 80000 ;;
	*) echo 80000 ;;
	esac
}
dict() {
	case $1 in
	query) echo "$top/tests/fuzz/dict/query.dict" ;;
	*) echo "$top/tests/fuzz/dict/yaml.dict" ;;
	esac
}

# Copies the fixtures that suit a target into DIR (the seeds are read where
# they are; fixtures are picked by kind).
fixtures() {
	local target=$1 dir=$2
	mkdir -p "$dir"
	case $target in
	import) find "$top/tests/fixtures" -type f -size -256k
		find "$top/tests/corpus" -type f -name '*.txt' -size -256k 2>/dev/null ;;
	resume) find "$top/tests/fixtures" "$top/tests/corpus" -type f -size -256k \
		\( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) 2>/dev/null ;;
	config) echo "$top/data/dossier.yaml"
		find "$top/tests/fixtures" -type f -size -64k \( -name '*.yaml' -o -name '*.yml' \) ;;
	query) ;;
	esac | while read -r f; do
		cp "$f" "$dir/$(printf '%s' "$f" | cksum | cut -d' ' -f1)"
	done
}

n=0 failed=0
mkdir -p "$build/fuzz-crashes"
[ $tap -eq 0 ] && printf '%-8s %12s %8s %8s\n' target executions corpus crashes
for t in "${targets[@]}"; do
	bin="$build/tests/fuzz/fuzz-$t"
	corpus="$build/fuzz-corpus/$t"
	fix="$build/fuzz-fixtures/$t"
	log="$build/fuzz-$t.log"
	n=$((n + 1))
	if [ ! -x "$bin" ]; then
		echo "not ok $n - fuzz-$t: not built (configure CC=clang --enable-fuzzing)"
		failed=$((failed + 1))
		continue
	fi
	limit=(-max_total_time="$seconds")
	if [ $tap -eq 1 ]; then
		corpus="$build/fuzz-check/$t"
		rm -rf "$corpus"
		limit=(-seed=1 -runs="$(runs "$t")" -max_total_time="$((seconds * 4))")
	fi
	mkdir -p "$corpus"
	rm -rf "$fix"
	fixtures "$t" "$fix"
	before=$(ls "$build/fuzz-crashes" | grep -c "^$t-")
	# ASan's leak check runs at exit; libFuzzer's own reports leaks per input.
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	"$bin" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 \
		-max_len="$(max_len "$t")" -dict="$(dict "$t")" -print_final_stats=1 \
		-artifact_prefix="$build/fuzz-crashes/$t-" \
		"$corpus" "$top/tests/fuzz/seeds/$t" "$top/tests/fuzz/regress/$t" "$fix" \
		>"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	crashes=$(($(ls "$build/fuzz-crashes" | grep -c "^$t-") - before))
	size=$(ls "$corpus" | wc -l)
	if [ $tap -eq 1 ]; then
		if [ $rc -eq 0 ] && [ "$crashes" -eq 0 ]; then
			echo "ok $n - fuzz-$t: ${execs:-0} executions (seed 1), no crash"
		else
			echo "not ok $n - fuzz-$t: status $rc, $crashes new crashes (see $log)"
			grep -E '^(==[0-9]+==|SUMMARY|.*broken:)' "$log" | head -5 | sed 's/^/# /'
			failed=$((failed + 1))
		fi
	else
		printf '%-8s %12s %8s %8s\n' "$t" "${execs:-?}" "$size" "$crashes"
		[ $rc -ne 0 ] && { grep -E '^(SUMMARY|.*broken:)' "$log" | head -3; failed=$((failed + 1)); }
	fi
done
[ $tap -eq 1 ] && echo "1..$n"
[ $failed -eq 0 ]
