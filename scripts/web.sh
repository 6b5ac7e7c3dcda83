#!/usr/bin/env bash
# Opens the offline page: builds the WebAssembly package first if it is not there, then serves
# examples/web on http://127.0.0.1:${PORT:-8000}/ (Ctrl+C stops it). The page loads nothing from
# elsewhere and sends nothing anywhere; the server only hands the files to the local browser.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f examples/web/pkg/kientruc_wasm_bg.wasm ] || bash bindings-wasm/build.sh
PORT=${PORT:-8000}
echo "open http://127.0.0.1:$PORT/"
cd examples/web
exec python3 -m http.server "$PORT" --bind 127.0.0.1
