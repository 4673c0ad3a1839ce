#!/usr/bin/env bash
# Every property test of the crates (tests/*props*.rs) at PROPTEST_CASES cases (default 10,000)
# instead of the quick defaults `make test` uses; prints how long each crate's soak took.
set -euo pipefail
cd "$(dirname "$0")/.."
export PROPTEST_CASES="${PROPTEST_CASES:-10000}"
start=$SECONDS
for crate in crates/*/; do
  tests=()
  for f in "$crate"tests/*props*.rs; do
    [ -e "$f" ] && tests+=(--test "$(basename "$f" .rs)")
  done
  [ ${#tests[@]} -gt 0 ] || continue
  name=$(sed -n 's/^name = "\(.*\)"/\1/p' "$crate/Cargo.toml" | head -n1)
  t=$SECONDS
  echo "==> $name: ${tests[*]} at $PROPTEST_CASES cases"
  cargo test --release -p "$name" "${tests[@]}"
  echo "==> $name: $((SECONDS - t)) s"
done
# Every parser a link goes through (the app's, natively; the test profile, whose core and lock
# crates are optimised, spares the app's LTO release build): 5 × PROPTEST_CASES fragments per
# property, 200,000 in all at the default.
t=$SECONDS
echo "==> link parsers: $((PROPTEST_CASES * 5)) fragments per property"
PROPTEST_CASES=$((PROPTEST_CASES * 5)) cargo test -p ringlock --test link_fuzz_props
echo "==> link parsers: $((SECONDS - t)) s"
# The lock lab's memory: every model for 10,000,000 events, peak RSS and heap per model.
t=$SECONDS
echo "==> lock lab memory soak: 10,000,000 events per model"
cargo run --release -p ringlock-bench --bin soak
echo "==> lock lab memory soak: $((SECONDS - t)) s"
echo "==> soak: $((SECONDS - start)) s in all at $PROPTEST_CASES cases per property"
