#!/usr/bin/env bash
# Installs what the tests need (idempotent; as root on Debian) and runs every test suite.
# This is the README's test command, and .ci/run calls nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

step_start=0
step() { step_start=$(date +%s); echo; echo "==> $*"; }
done_step() { echo "    ($(( $(date +%s) - step_start )) s)"; }
total_start=$(date +%s)

step "toolchain check"
command -v cargo >/dev/null || { echo "cargo is required (rustup stable)"; exit 1; }
cargo --version
rustup component list --installed 2>/dev/null | grep -qE '^(rustfmt|clippy)' || true
done_step

step "cargo fmt --check"
cargo fmt --all --check
done_step

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings
done_step

step "Rust tests (core and CLI)"
cargo test --workspace
done_step

echo
echo "all suites passed in $(( $(date +%s) - total_start )) s"
