// The WebAssembly face of kientruc in Node, measured the way the native harness is.
//   node face.mjs validate MODEL.json | check-one PROJECT.json [RUNS]
// Prints one JSON line like kientruc-bench's.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const kt = createRequire(import.meta.url)(join(here, "..", "..", "bindings-wasm", "pkg", "node", "kientruc_wasm.js"));
const [mode, path, runsArg] = process.argv.slice(2);

if (mode === "validate") {
  const t0 = performance.now();
  const bytes = readFileSync(path);
  const report = kt.validateModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  const t1 = performance.now();
  const byRule = {};
  for (const f of report.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  const sorted = Object.fromEntries(Object.entries(byRule).sort());
  console.log(JSON.stringify({ total_ms: +(t1 - t0).toFixed(1), by_rule: sorted }));
} else if (mode === "check-one") {
  const runs = Number(runsArg ?? 2000);
  const text = readFileSync(path, "utf8");
  const b = kt.Baseline.default();
  const times = [];
  let level = null;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = b.check(text);
    level = r.level;
    times.push((performance.now() - t) * 1e3);
    r.free();
  }
  times.sort((x, y) => x - y);
  console.log(JSON.stringify({ runs, median_us: +times[runs >> 1].toFixed(2), level }));
} else {
  console.error("usage: node face.mjs validate MODEL | check-one PROJECT [RUNS]");
  process.exit(2);
}
