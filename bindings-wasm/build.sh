#!/usr/bin/env bash
# Builds the WebAssembly package for Node (bindings-wasm/pkg/node) and for browsers
# (examples/web/pkg), then copies the example projects next to the web page.
#
# Tries the ordinary path first (a rustup wasm32 target); on machines without it, falls back to
# Debian's compiler with the standard library's source (-Z build-std), as TOOLCHAIN notes say.
# Says which it used and prints the .wasm size.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TARGET=wasm32-unknown-unknown
export CARGO_TARGET_DIR="$ROOT/target/wasm"
# SIMD lets memchr and the standard library's string routines use 128-bit lanes; every engine
# that runs kientruc's page (Chromium, Firefox, Safari 16.4+, Node 16.4+) supports it.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C target-feature=+simd128"

if rustup target list --installed 2>/dev/null | grep -qx "$TARGET"; then
    echo "wasm build: rustup target $TARGET"
    cargo build --profile wasm-release --target "$TARGET" -p kientruc-wasm
elif [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust/library ]; then
    echo "wasm build: Debian rustc-web with -Z build-std (no rustup $TARGET target on this machine)"
    # Debian's rustc keeps its own target dir: rustup's and Debian's compilers would otherwise
    # invalidate each other's artefacts.
    export CARGO_TARGET_DIR="$ROOT/target/wasm-debian"
    export PATH="/usr/lib/llvm-19/bin:$PATH"
    RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld \
        /usr/bin/cargo build --profile wasm-release --target "$TARGET" -Z build-std=std,panic_abort -p kientruc-wasm
else
    echo "wasm build: no wasm32 target and no Debian rustc-web; install rustc-web rust-web-src lld-19" >&2
    exit 1
fi

WASM="$CARGO_TARGET_DIR/$TARGET/wasm-release/kientruc_wasm.wasm"
echo "wasm size (before wasm-bindgen): $(stat -c %s "$WASM") bytes"
rm -rf bindings-wasm/pkg examples/web/pkg
wasm-bindgen --remove-name-section --remove-producers-section --target nodejs --out-dir bindings-wasm/pkg/node "$WASM"
wasm-bindgen --remove-name-section --remove-producers-section --target web --out-dir examples/web/pkg "$WASM"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
cat > bindings-wasm/pkg/node/package.json <<JSON
{"name": "kientruc", "version": "$VERSION", "type": "commonjs", "main": "kientruc_wasm.js", "types": "kientruc_wasm.d.ts"}
JSON
echo "wasm size (web package): $(stat -c %s examples/web/pkg/kientruc_wasm_bg.wasm) bytes"
# What a browser loads for the page (the examples list aside): the page, its scripts, the package.
PAGE_FILES=(examples/web/index.html examples/web/*.js examples/web/pkg/kientruc_wasm.js examples/web/pkg/kientruc_wasm_bg.wasm)
echo "page size: $(cat "${PAGE_FILES[@]}" | wc -c) bytes, $(cat "${PAGE_FILES[@]}" | gzip -9 | wc -c) gzipped" \
    "(html + js: $(cat "${PAGE_FILES[@]:0:$((${#PAGE_FILES[@]} - 1))}" | wc -c) bytes)"

# The page offers the example projects: copy them beside it with an index.
rm -rf examples/web/examples
mkdir -p examples/web/examples
cp examples/projects/*.json examples/web/examples/
rm -f examples/web/examples/expected.json
(cd examples/web/examples && ls *.json | sort | sed 's/.*/"&"/' | paste -sd, | sed 's/^/[/; s/$/]/' > index.json)
