#!/usr/bin/env bash
# Differential fuzzing of small and fast against std (see fuzz/README.md).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Runs each fuzz target (default: all of them) for SECONDS (default 600), one after another,
# prints the executions and the corpus size of each, and exits nonzero if any target found a
# crash or a divergence (its input is then in fuzz/artifacts/TARGET/).
# Needs nightly and cargo-fuzz (`cargo install cargo-fuzz --locked`).
set -uo pipefail
cd "$(dirname "$0")/../fuzz"
secs=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=()
  for f in fuzz_targets/*.rs; do targets+=("$(basename "$f" .rs)"); done
fi
mkdir -p target/logs
failed=()
summary=()
for t in "${targets[@]}"; do
  [ -f "fuzz_targets/$t.rs" ] || { echo "no fuzz target $t"; failed+=("$t"); continue; }
  mkdir -p "corpus/$t"
  log="target/logs/$t.log"
  echo "=== fuzz $t for ${secs}s (log: fuzz/$log)"
  # Map and set forget `Drain`/`ExtractIf` guards on purpose, which leaks the table (as std
  # does): LeakSanitizer is off for them; the targets count leaked elements themselves.
  leak=1
  case $t in map | set) leak=0 ;; esac
  ASAN_OPTIONS="detect_leaks=$leak" cargo +nightly fuzz run "$t" "corpus/$t" -- \
    -max_total_time="$secs" -detect_leaks="$leak" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  corpus=$(find "corpus/$t" -type f | wc -l)
  line="$t: ${execs:-?} executions in ${secs}s, corpus $corpus inputs"
  if [ $rc -ne 0 ]; then
    line="$line: FAILED (exit $rc)"
    failed+=("$t")
    grep -E "panicked at|assertion|ERROR: AddressSanitizer|ERROR: libFuzzer|Test unit written" -A3 "$log" | head -30
  fi
  echo "$line"
  summary+=("$line")
done
echo
echo "=== fuzz summary"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "FUZZ FAILED: ${failed[*]} (inputs in fuzz/artifacts/)"
  exit 1
fi
