#!/usr/bin/env bash
# Installs what the tests need (idempotent; as root on Debian) and runs every test suite:
# Rust (fmt, clippy, tests), Python (wheel in a fresh venv, pytest, stubtest), WASM (Node,
# TypeScript, headless Chromium), C (header check, valgrind, ASan, example) and C# (Mono).
# This is the README's test command; .ci/run calls nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

step_start=0
step() { step_start=$(date +%s); echo; echo "==> $*"; }
done_step() { echo "    ($(( $(date +%s) - step_start )) s)"; }
total_start=$(date +%s)

apt_install() {
    # Installs Debian packages that are missing; runs apt-get update once, only when needed.
    local missing=()
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "    apt-get install ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

step "toolchain"
command -v cargo >/dev/null || { echo "cargo is required (rustup stable)"; exit 1; }
cargo --version
PY=${PYTHON:-python3}
"$PY" --version
if ! "$PY" -c "import venv, ensurepip" >/dev/null 2>&1; then apt_install python3-venv; fi
done_step

step "test tools (xmllint validates ArchiMate exports against the XSDs; time measures the comparison)"
apt_install libxml2-utils time
done_step

step "cargo fmt --check"
cargo fmt --all --check
done_step

step "no module cycle in the core (scripts/module-cycles.py over its crate:: paths)"
"$PY" scripts/module-cycles.py core/src
done_step

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings
done_step

step "cargo doc --no-deps -p kientruc (warnings are errors: every public item documented, no broken link)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p kientruc
done_step

step "Rust tests (core and CLI)"
cargo test --workspace
done_step

step "Python: build the wheel (maturin, release)"
BUILD_VENV="$ROOT/target/venv-build"
[ -x "$BUILD_VENV/bin/maturin" ] || { "$PY" -m venv "$BUILD_VENV" && "$BUILD_VENV/bin/pip" install -q --disable-pip-version-check "maturin>=1.5,<2"; }
rm -rf "$ROOT/target/wheels"
(cd bindings-python && "$BUILD_VENV/bin/maturin" build --release --quiet -o "$ROOT/target/wheels")
ls "$ROOT"/target/wheels/*.whl
done_step

step "Python: install the wheel into a fresh venv"
TEST_VENV="$ROOT/target/venv-test"
"$PY" -m venv --clear "$TEST_VENV"
"$TEST_VENV/bin/pip" install -q --disable-pip-version-check pytest mypy dask "$ROOT"/target/wheels/*.whl
done_step

step "Python: pytest and mypy.stubtest"
(cd bindings-python && "$TEST_VENV/bin/python" -m pytest -q)
"$TEST_VENV/bin/python" -m mypy.stubtest kientruc
done_step

step "WASM: toolchain (Debian rustc-web when rustup has no wasm32 target; wasm-bindgen-cli)"
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    apt_install rustc-web cargo-web rust-web-src lld-19
fi
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
    # Not --locked: one locked dependency version is missing from the registry mirror here.
    cargo install -q wasm-bindgen-cli --version "$WB_VERSION"
fi
wasm-bindgen --version
done_step

step "WASM: build the package (nodejs and web)"
bash bindings-wasm/build.sh
done_step

step "WASM: Node tests, TypeScript types, headless Chromium and Firefox"
apt_install chromium firefox-esr
command -v node >/dev/null || apt_install nodejs npm
(cd bindings-wasm && npm ci --no-audit --no-fund --loglevel=error && npx tsc -p tests/tsconfig.json && node --test tests/)
done_step

step "C: toolchain (gcc, make, valgrind, Mono, cbindgen pinned by bindings-c/Makefile)"
apt_install gcc make valgrind mono-mcs mono-runtime
CBINDGEN_VERSION=$(sed -n 's/^CBINDGEN_VERSION := //p' bindings-c/Makefile)
if [ "$(cbindgen --version 2>/dev/null | awk '{print $2}')" != "$CBINDGEN_VERSION" ]; then
    cargo install -q cbindgen --version "$CBINDGEN_VERSION"
fi
cbindgen --version
done_step

step "C: header is current, library, tests under valgrind and ASan, C and C# examples"
make -C bindings-c --no-print-directory check-header lib test example dotnet kientruc.pc
done_step

step "Performance comparison, smoke run at N = 1,000 (kientruc, Python, WASM, networkx, pyshacl agree)"
bash bench/compare.sh --smoke
done_step

echo
echo "all suites passed in $(( $(date +%s) - total_start )) s"
