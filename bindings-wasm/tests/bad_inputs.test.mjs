// The bad-input corpus (tests/bad-inputs/expected.tsv) through the WebAssembly build in Node:
// the same error code as every other face, on a KientrucError; findings in the report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { kt, root } from "./common.mjs";

const corpus = join(root, "tests", "bad-inputs");
const cases = readFileSync(join(corpus, "expected.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => l.split("\t"));

test("the corpus is large enough", () => assert.ok(cases.length >= 40));

const baseline = kt.Baseline.default();
for (const [file, kind, expect] of cases) {
  test(`bad input ${file}`, () => {
    const bytes = new Uint8Array(readFileSync(join(corpus, file)));
    let got;
    try {
      const report = kind === "model" ? kt.validateModel(bytes) : baseline.check(bytes);
      const rules = new Set(report.findings.map((f) => f.rule));
      const rule = expect.replace(/^finding:/, "");
      got = expect.startsWith("finding:") && rules.has(rule) ? expect : expect === "ok" ? "ok" : `findings ${[...rules]}`;
      report.free();
    } catch (e) {
      assert.equal(e.name, "KientrucError", String(e));
      got = `error:${e.code}`;
    }
    assert.equal(got, expect);
  });
}
