#!/usr/bin/env bash
# Regenerates the overall diagrams in docs/diagrams/ with the CLI: the built-in baseline, and the
# baseline with each example project drawn in. cli/tests/diagrams.rs checks that the files in the
# repository are what this script writes.
#   scripts/diagrams.sh            # builds the CLI (debug) and writes docs/diagrams/*.svg
#   KIENTRUC=path/to/kientruc scripts/diagrams.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${KIENTRUC:-}" ]; then
    cargo build -q -p kientruc-cli
    KIENTRUC="${CARGO_TARGET_DIR:-target}/debug/kientruc"
fi
mkdir -p docs/diagrams
"$KIENTRUC" diagram quang-ngai-2.0 -o docs/diagrams/quang-ngai-2.0.svg
"$KIENTRUC" diagram quang-ngai-2.0 --lang en -o docs/diagrams/quang-ngai-2.0.en.svg
for p in hanh-minh-website one-stop-upgrade; do
    "$KIENTRUC" diagram --project "examples/projects/$p.json" -o "docs/diagrams/$p.svg"
done
echo "wrote docs/diagrams/*.svg"
