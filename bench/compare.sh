#!/usr/bin/env bash
# One command for the comparison of kientruc with its peers (see docs/performance.md):
#   bash bench/compare.sh            N = 1k, 10k, 100k, 1M; rewrites docs/performance.md and its chart
#   bash bench/compare.sh --smoke    N = 1k only, small portfolio, docs untouched (the test command runs this)
# Builds what it measures (release binaries, the serde_json floor, the Python wheel and the WASM
# package unless they are already built) and installs the peers (networkx, pyshacl, matplotlib)
# into target/venv-bench. Extra arguments go to bench/compare.py.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ARGS=(--doc)
PEERS=(networkx pyshacl matplotlib)
SMOKE=0
if [ "${1:-}" = "--smoke" ]; then
    shift
    SMOKE=1
    ARGS=(--sizes 1000 --portfolio 1000 --check-runs 300 --pyshacl-timeout 300)
    PEERS=(networkx pyshacl)  # no chart, so no matplotlib
fi
command -v /usr/bin/time >/dev/null || { echo "bench/compare.sh needs /usr/bin/time (apt-get install time)"; exit 1; }
command -v node >/dev/null || { echo "bench/compare.sh needs Node.js"; exit 1; }
cargo build --release -q -p kientruc-cli -p kientruc-bench
(cd bench/floor && CARGO_TARGET_DIR="$ROOT/target/bench-floor" cargo build --release -q)
# The smoke run follows the test command's own builds of the WASM package and the wheel; a full
# run builds both, so that they measure the same code as the native binaries.
[ "$SMOKE" = 1 ] && [ -f bindings-wasm/pkg/node/kientruc_wasm_bg.wasm ] || bash bindings-wasm/build.sh
if [ "$SMOKE" = 0 ] || ! ls target/wheels/kientruc-*.whl >/dev/null 2>&1; then
    rm -rf target/wheels
    BUILD_VENV="$ROOT/target/venv-build"
    [ -x "$BUILD_VENV/bin/maturin" ] || { python3 -m venv "$BUILD_VENV" && "$BUILD_VENV/bin/pip" install -q --disable-pip-version-check "maturin>=1.5,<2"; }
    (cd bindings-python && "$BUILD_VENV/bin/maturin" build --release --quiet -o "$ROOT/target/wheels")
fi
VENV="$ROOT/target/venv-bench"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c "import $(IFS=,; echo "${PEERS[*]}")" 2>/dev/null \
    || "$VENV/bin/pip" install -q --disable-pip-version-check "${PEERS[@]}"
# The wheel just built, always (it changes with the code; the peers do not).
"$VENV/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps "$ROOT"/target/wheels/kientruc-*.whl
exec "$VENV/bin/python" bench/compare.py --python "$VENV/bin/python" "${ARGS[@]}" "$@"
