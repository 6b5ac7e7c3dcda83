#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600), seeded from the examples. Not part of CI:
# crashes found are fixed and their inputs added to core/tests/data/regressions/, which the normal
# test command runs. Needs the nightly toolchain and cargo-fuzz (cargo install cargo-fuzz).
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(project model rulepack framework archimate)
seed() {
    local target=$1; shift
    mkdir -p "fuzz/corpus/$target"
    for f in "$@"; do cp "$f" "fuzz/corpus/$target/"; done
}
seed project examples/projects/*-*.json core/data/templates/project.json
seed model examples/models/*.json core/data/baselines/*.json
seed rulepack examples/rulepacks/*.json
seed framework core/data/frameworks/*.json
seed archimate core/tests/data/archimate/Sample1.xml
cargo run -q -p kientruc-cli -- export archimate quang-ngai-2.0 -o fuzz/corpus/archimate/baseline.xml
for t in "${TARGETS[@]}"; do
    echo "==> fuzz $t for $SECONDS_EACH s"
    (cd fuzz && cargo +nightly fuzz run "$t" "corpus/$t" -- -max_total_time="$SECONDS_EACH" -max_len=200000 -rss_limit_mb=4096 2>&1 | tail -5)
done
