// Every export of the Node build, the example scenarios (same levels and rules as the Rust and
// Python tests), error objects and bad inputs.
import test from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { kt, expected, entryBaseline, projects, models, read, exampleFiles, root, scenarioOptions, scenarios } from "./common.mjs";

const outcomes = (r, o) => Object.entries(r.outcomes).filter(([, v]) => v === o).map(([k]) => k).sort();

test("every example and variant reaches its hand-written level and rules", () => {
  assert.deepEqual(expected.map((e) => e.file).sort(), exampleFiles());
  assert.ok(expected.some((e) => entryBaseline(e) === null));
  let variants = 0;
  for (const e of expected) {
    const name = entryBaseline(e);
    const project = read(join(projects, e.file));
    for (const x of scenarios(e)) {
      const what = `${e.file} ${x.name ?? ""}`;
      const opts = scenarioOptions(x);
      let r;
      if (name === null) {
        // The library chooses the baseline in force on the check date and says why.
        r = kt.check(project, opts);
        assert.match(r.baselineChoice.vi, /^Chọn Kiến trúc đối chiếu/, what);
      } else {
        const b = kt.Baseline.builtin(name);
        r = b.check(project, opts);
        assert.equal(r.baseline, b.id, what);
        assert.equal(r.baselineChoice, undefined, what);
      }
      assert.equal(r.level, x.level, what);
      assert.deepEqual(outcomes(r, "fail"), [...x.fail].sort(), what);
      assert.deepEqual(outcomes(r, "review"), [...x.review].sort(), what);
      assert.equal(r.counts.accepted, x.accepted ?? 0, what);
      if (x === e) {
        assert.equal(r.counts.extras, e.extras, what);
        assert.equal(r.counts.waived, e.waived ?? 0, what);
      } else {
        variants++;
      }
    }
  }
  // expected.json has a rule-pack variant and an acceptance variant.
  assert.ok(variants >= 2, `${variants} variants`);
  assert.deepEqual(new Set(expected.map((e) => e.level)),
    new Set(["not-assessed", "non-conformant", "irrelevant", "fully-conformant", "conformant", "compliant", "consistent"]));
});

test("text, bytes and objects give the same report", () => {
  const b = kt.Baseline.default();
  const text = read(join(projects, "portal-without-ipv6.json"));
  const a = b.check(text).toJson();
  assert.equal(b.check(new TextEncoder().encode(text)).toJson(), a);
  assert.equal(b.check(JSON.parse(text)).toJson(), a);
});

test("baselines, rules, schemas and version", () => {
  assert.deepEqual(kt.builtinBaselines(), ["quang-ngai-2.0", "vn-national-digital-2025"]);
  const b = kt.Baseline.builtin("quang-ngai-2.0");
  assert.equal(b.id, "quang-ngai-2.0");
  assert.equal(b.framework, "vn-egov-2.0");
  const v = b.validate();
  assert.equal(v.level, undefined);
  assert.equal(v.counts.error, 0);
  const own = kt.Baseline.fromJson(readFileSync(join(projects, "..", "..", "core", "data", "baselines", "quang-ngai-2.0.json")));
  assert.equal(own.check(read(join(projects, "lgsp-extension.json"))).level, "fully-conformant");
  const rules = kt.rules();
  assert.ok(rules.length >= 30);
  for (const r of rules) assert.ok(r.basis.instrument && r.title.vi && r.title.en, r.id);
  // As of a date: only the rules in force then (CONF-16 applies from 01/7/2026); a rule pack's
  // rules follow the built-in ones.
  const in2024 = kt.rules({ asOf: "2024-06-01" }).map((r) => r.id);
  assert.ok(rules.some((r) => r.id === "CONF-16") && !in2024.includes("CONF-16"));
  const pack = read(join(projects, "..", "rulepacks", "quang-ngai-projects.json"));
  const withPack = kt.rules({ rulepacks: [pack] });
  assert.ok(withPack.length > rules.length);
  assert.match(withPack.at(-1).id, /^qng-projects\//);
  assert.equal(rules.find((r) => r.id === "CONF-07").waivable, false);
  for (const n of ["project", "model", "framework", "rulepack", "report", "standards"]) {
    assert.ok(kt.schema(n).$schema, n);
  }
  assert.match(kt.version(), /^\d+\.\d+\.\d+/);
});

test("report accessors and renderers", () => {
  const r = kt.Baseline.default().check(read(join(projects, "point-to-point-land.json")));
  assert.equal(r.level, "non-conformant");
  assert.equal(r.hasErrors, true);
  assert.equal(r.subject, "point-to-point-land");
  assert.equal(r.asOf, "2024-06-01");
  assert.equal(r.regime, "nd73-2019/nd85-2016/nd13-2023/nd47-2020+nd47-2024");
  const f = r.findings[0];
  assert.deepEqual([f.rule, f.severity, f.outcome, f.subject], ["CONF-05", "error", "fail", "land-app->national:land"]);
  assert.match(f.suggestion.en, /provincial:lgsp/);
  assert.equal(JSON.parse(r.toJson()).level, "non-conformant");
  const sarif = JSON.parse(r.toSarif("en"));
  assert.equal(sarif.version, "2.1.0");
  assert.match(r.toMarkdown(), /^# Báo cáo kiểm tra sự tuân thủ Kiến trúc/);
  assert.match(r.toMarkdown("en"), /^# Architecture conformance report/);
  assert.match(r.toHtml("vi"), /^<!DOCTYPE html>/);
  assert.match(r.toText("en"), /Compliance level: Non-conformant/);
  const later = kt.Baseline.default().check(read(join(projects, "hanh-minh-website.json")), { asOf: "2026-09-01" });
  assert.equal(later.regime, "nd224-2026/luat116-2025+nd331-2026/luat91-2025+nd356-2025/nd194-2025+nd278-2025");
});

test("model validation with rule packs", () => {
  const bad = kt.validateModel(read(join(models, "invalid-commune.json")));
  assert.equal(bad.hasErrors, true);
  const pairs = bad.findings.map((f) => `${f.rule} ${f.subject}`);
  for (const p of ["VAL-004 dvc>uses>csdl-dan-cu", "VAL-005 actor:nguoi-dan>hosts>dvc", "VAL-006 agency:phong", "VAL-007 agency:xa", "VAL-010 dvc-2"]) {
    assert.ok(pairs.includes(p), p);
  }
  const pack = read(join(models, "..", "rulepacks", "quang-ngai-extra.json"));
  const r = kt.validateModel(read(join(models, "valid-commune.json")), { rulepacks: [pack] });
  assert.deepEqual([...new Set(r.findings.map((f) => f.rule))].sort(),
    ["qng-extra/agency-eid-known", "qng-extra/hosting-approved", "qng-extra/one-stop-serves", "qng-extra/platform-named-lgsp"]);
});

function throwsKt(fn, code, check) {
  let caught;
  try { fn(); } catch (e) { caught = e; }
  assert.ok(caught instanceof Error, `expected an Error, got ${caught}`);
  assert.equal(caught.name, "KientrucError");
  assert.equal(caught.code, code, caught.message);
  if (check) check(caught);
}

test("errors are real Error objects with a code and a location", () => {
  const b = kt.Baseline.default();
  throwsKt(() => b.check('{\n  "kientruc": "project/1",\n  "id": "x" "components": []\n}'), "parse", (e) => {
    assert.equal(e.line, 3);
    assert.equal(e.column, 13);
  });
  throwsKt(() => b.check(""), "parse");
  throwsKt(() => b.check({ kientruc: "project/1", id: "x", components: [{ id: "c", kind: "portal", ipv6: "yes" }] }), "schema",
    (e) => assert.equal(e.path, "$.components[0].ipv6"));
  throwsKt(() => b.check({ kientruc: "project/1", id: "x", components: [{ id: "c", kind: "portal", security_level: 1e30 }] }), "schema");
  throwsKt(() => b.check(new Uint8Array([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0x54, 0x72, 0xf6, 0xf4, 0xf9, 0x22, 0x7d])), "encoding",
    (e) => assert.match(e.message, /VNI/));
  throwsKt(() => b.check('{"kientruc":"project/1","id":"x","name":' + "[".repeat(100000) + "]".repeat(100000) + "}"), "limit");
  let deep = [];
  for (let i = 0; i < 100000; i++) deep = [deep];
  throwsKt(() => b.check({ kientruc: "project/1", id: "x", name: deep }), "limit");
  const cyclic = { kientruc: "project/1", id: "x" };
  cyclic.self = cyclic;
  throwsKt(() => b.check(cyclic), "schema");
  throwsKt(() => kt.Baseline.builtin("ha-noi-9.9"), "unknown-baseline");
  for (const bad of [undefined, null, 42, true]) throwsKt(() => b.check(bad), "argument");
  throwsKt(() => b.check("{}", { asOf: "2024-02-30" }), "argument");
  throwsKt(() => b.check(read(join(projects, "lgsp-extension.json"))).toHtml("fr"), "argument");
  throwsKt(() => kt.schema("nonsense"), "argument");
});

test("ArchiMate export and import", () => {
  const model = readFileSync(join(projects, "..", "..", "core", "data", "baselines", "quang-ngai-2.0.json"));
  const xml = kt.exportArchimate(model);
  assert.match(xml, /^<\?xml/);
  const back = kt.importArchimate(xml);
  assert.equal(back.elements.length, 67);
  assert.deepEqual(kt.importArchimate(kt.exportArchimate(back)), back);
  throwsKt(() => kt.importArchimate('<?xml version="1.0"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate" identifier="m"/>'), "parse",
    (e) => assert.equal(e.line, 2));
});

// The appraiser's acceptance (tests/faces/), the waiver of a finding and the batch summary: the
// same scenarios as every other face.
const faces = join(root, "tests", "faces");
const rented = () => read(join(projects, "hanh-minh-website-rented-hosting.json"));
const only = (r, rule) => {
  const found = r.findings.filter((f) => f.rule === rule);
  assert.equal(found.length, 1, rule);
  return found[0];
};

test("a justification stays in the report until the appraiser accepts it", () => {
  const b = kt.Baseline.default();
  const r = b.check(rented());
  assert.equal(r.level, "compliant");
  assert.deepEqual([r.counts.waived, r.counts.accepted], [1, 0]);
  const f = only(r, "CONF-11");
  assert.equal(f.outcome, "review");
  assert.equal(f.waiver.outcome, "fail");
  assert.match(f.waiver.reason, /^Thuê máy chủ của doanh nghiệp viễn thông/);
  assert.equal(f.waiver.accepted, undefined);
  assert.equal(only(r, "CONF-13").waiver, undefined);
});

test("an acceptance in every form accepts the justification", () => {
  const b = kt.Baseline.default();
  const text = read(join(faces, "accept-rented-hosting.json"));
  const forms = [text, new TextEncoder().encode(text), JSON.parse(text), [JSON.parse(text), { kientruc: "acceptance/1", accepted: [] }]];
  for (const accept of forms) {
    const r = b.check(rented(), { accept });
    assert.equal(r.counts.accepted, 1);
    assert.equal(r.level, "compliant");
    assert.equal(r.outcomes["CONF-11"], "accepted");
    assert.equal(r.outcomes["CONF-13"], "review");
    const f = only(r, "CONF-11");
    assert.equal(f.outcome, "accepted");
    assert.deepEqual(f.waiver.accepted, {
      by: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", date: "2024-04-01",
      note: "Chấp nhận thuê máy chủ đến khi Trung tâm dữ liệu tỉnh nâng cấp xong.",
    });
  }
  const other = JSON.parse(text);
  other.accepted[0].subject = "portal";
  assert.equal(b.check(rented(), { accept: other }).counts.accepted, 0);
});

test("waiving every rule does not make a project conformant", () => {
  const r = kt.Baseline.default().check(read(join(faces, "waive-everything.json")));
  assert.equal(r.level, "non-conformant");
  assert.equal(r.outcomes["CONF-07"], "fail");
  assert.ok(r.findings.some((f) => f.rule === "DOC-010"));
});

test("errors in an acceptance map like a project's", () => {
  const b = kt.Baseline.default();
  throwsKt(() => b.check(rented(), { accept: '{"kientruc": "acceptance/1",,}' }), "parse", (e) => {
    assert.equal(e.line, 1);
    assert.match(e.message, /^<acceptance string>/);
  });
  throwsKt(() => b.check(rented(), { accept: { kientruc: "acceptance/1", accepted: [{ project: "p", rule: "CONF-11", by: "x", date: "2024-01-01", reson: "typo" }] } }),
    "schema", (e) => assert.match(e.path, /reson/));
  throwsKt(() => b.check(rented(), { accept: [{ kientruc: "project/1", id: "x" }] }), "schema");
  throwsKt(() => b.check(rented(), { accept: 42 }), "argument");
});

test("portfolio and CSV of a batch", () => {
  const b = kt.Baseline.default();
  const reports = ["hanh-minh-website-rented-hosting.json", "district-one-stop.json", "hanh-minh-website-bad-waiver.json"]
    .map((f) => b.check(read(join(projects, f))));
  const rows = kt.portfolio(reports);
  assert.deepEqual(rows.map((r) => [r.id, r.level]), [
    ["hanh-minh-website-rented-hosting", "compliant"], ["district-one-stop", "non-conformant"], ["hanh-minh-website-bad-waiver", "not-assessed"],
  ]);
  assert.deepEqual([rows[0].budget_vnd, rows[0].errors, rows[0].review, rows[1].errors], [120000000, 0, 2, 1]);
  assert.match(kt.portfolio(reports, "en")[0].name, /^Upgrade/);
  // The reports are still usable, and saved report/1 documents summarise the same.
  assert.equal(reports[0].level, "compliant");
  assert.deepEqual(kt.portfolio(reports.map((r) => r.toJson())), rows);
  const csv = kt.toCsv(reports, "en").split("\r\n");
  assert.equal(csv[0], "Project id,Project name,Owner,Budget (VND),Compliance level,Errors,To review");
  assert.ok(csv[1].startsWith("hanh-minh-website-rented-hosting,") && csv[1].includes(",Compliant,0,2"), csv[1]);
  assert.match(csv[3], /Not assessed/);
  assert.match(kt.toCsv(reports), /^Mã dự án,/);
  throwsKt(() => kt.portfolio("nope"), "argument");
  throwsKt(() => kt.toCsv([42]), "argument");
  throwsKt(() => kt.toCsv(reports, "fr"), "argument");
});

test("check uses the baseline the library chooses", () => {
  const subsite = read(join(projects, "phuoc-giang-portal-subsite-2026.json"));
  const b = kt.Baseline.default();
  const chosen = kt.check(subsite);
  assert.match(chosen.baselineChoice.en, /Decree No\. 224\/2026\/ND-CP/);
  assert.notEqual(chosen.baseline, b.id);
  const named = kt.check(subsite, { baseline: b.id });
  assert.match(named.baselineChoice.en, /^Baseline as named/);
  assert.deepEqual(named.outcomes, b.check(subsite).outcomes);
  // The project's own baseline field stands in for no name.
  const own = kt.check(read(join(projects, "point-to-point-land.json")));
  assert.match(own.baselineChoice.en, /^Baseline as named/);
  assert.equal(own.level, "non-conformant");
  assert.equal(kt.check(subsite, { asOf: "2026-09-01" }).asOf, "2026-09-01");
  const accepted = kt.check(rented(), { accept: read(join(faces, "accept-rented-hosting.json")) });
  assert.equal(accepted.counts.accepted, 1);
  throwsKt(() => kt.check(subsite, { baseline: "no-such-baseline" }), "unknown-baseline");
  throwsKt(() => kt.check(subsite, { baseline: 42 }), "argument");
  throwsKt(() => kt.check("{,}"), "parse");
});

// issue 14: a province's project rule pack changes a verdict, in both check calls.
test("a project rule pack changes a verdict", () => {
  const b = kt.Baseline.default();
  const project = read(join(projects, "one-stop-upgrade.json"));
  const pack = read(join(root, "examples", "rulepacks", "quang-ngai-projects.json"));
  assert.equal(b.check(project).level, "fully-conformant");
  for (const r of [b.check(project, { rulepacks: [pack] }), kt.check(project, { baseline: b.id, rulepacks: [JSON.parse(pack)] })]) {
    assert.equal(r.level, "compliant");
    assert.equal(r.outcomes["qng-projects/new-citizen-systems-report"], "fail");
  }
  throwsKt(() => b.check(project, { rulepacks: ['{"kientruc": "rulepack/1",'] }), "parse", (e) => assert.match(e.message, /^<rulepack string>/));
  throwsKt(() => b.check(project, { rulepacks: pack }), "argument");
});

test("limits set in the options change the outcome of oversized inputs, in every call", () => {
  const b = kt.Baseline.default();
  const long = JSON.stringify({ kientruc: "project/1", id: "x", name: "a".repeat(1 << 21) });
  throwsKt(() => b.check(long), "limit", (e) => assert.match(e.message, /max_string_bytes/));
  assert.equal(b.check(long, { limits: { max_string_bytes: 1 << 22 } }).subject, "x");
  const oneStop = read(join(projects, "one-stop-upgrade.json"));
  const few = { limits: { max_components: 1 } };
  throwsKt(() => b.check(oneStop, few), "limit", (e) => assert.match(e.message, /max_components/));
  throwsKt(() => kt.check(oneStop, few), "limit");
  throwsKt(() => b.diagram({ project: oneStop, ...few }), "limit");
  assert.equal(b.check(oneStop, { limits: { max_components: 2 } }).level, "fully-conformant");
  const model = readFileSync(join(root, "core", "data", "baselines", "quang-ngai-2.0.json"));
  const tiny = { limits: { max_bytes: 100 } };
  throwsKt(() => kt.Baseline.fromJson(model, tiny), "limit");
  throwsKt(() => kt.validateModel(model, tiny), "limit");
  throwsKt(() => kt.validateModel(model, { limits: { max_elements: 3 } }), "limit", (e) => assert.match(e.message, /max_elements/));
  throwsKt(() => kt.exportArchimate(model, tiny), "limit");
  const xml = kt.exportArchimate(model);
  throwsKt(() => kt.importArchimate(xml, tiny), "limit");
  assert.equal(kt.importArchimate(xml).elements.length, 67);
  throwsKt(() => b.check(oneStop, { ...tiny, rulepacks: [read(join(root, "examples", "rulepacks", "quang-ngai-projects.json"))] }), "limit");
  throwsKt(() => b.check(rented(), { limits: { max_bytes: 200 }, accept: read(join(faces, "accept-rented-hosting.json")) }), "limit",
    (e) => assert.match(e.message, /^<acceptance string>/));
  // Bad limits are argument errors.
  throwsKt(() => b.check(oneStop, { limits: { max_parts: 3 } }), "argument", (e) => assert.match(e.message, /max_bytes/));
  for (const bad of [-1, 1.5, "3", null, NaN]) throwsKt(() => b.check(oneStop, { limits: { max_bytes: bad } }), "argument");
  for (const bad of [3, "x", [1]]) throwsKt(() => b.check(oneStop, { limits: bad }), "argument");
});

test("a baseline exports as JSON that reads back the same", () => {
  const b = kt.Baseline.default();
  const json = b.toJson();
  assert.equal(JSON.parse(json).kientruc, "model/1");
  const again = kt.Baseline.fromJson(json);
  assert.equal(again.id, b.id);
  const p = read(join(projects, "lgsp-extension.json"));
  assert.equal(again.check(p).toJson(), b.check(p).toJson());
  for (const name of kt.builtinBaselines()) assert.equal(JSON.parse(kt.Baseline.builtin(name).toJson()).id, name);
});

test("a baseline validates with a date and rule packs", () => {
  const b = kt.Baseline.default();
  assert.equal(b.validate({ asOf: "2025-01-15" }).asOf, "2025-01-15");
  assert.equal(b.validate().counts.error, 0);
  throwsKt(() => b.validate({ asOf: "2025-02-30" }), "argument");
  const pack = read(join(models, "..", "rulepacks", "quang-ngai-extra.json"));
  const r = kt.validateModel(read(join(models, "valid-commune.json")), { rulepacks: [pack], asOf: "2025-01-15" });
  assert.equal(r.asOf, "2025-01-15");
  assert.equal(new Set(r.findings.map((f) => f.rule).filter((x) => x.startsWith("qng-extra/"))).size, 4);
});

test("level display names come from the library", () => {
  const all = kt.levels();
  assert.deepEqual(all.map((l) => l.id), ["not-assessed", "non-conformant", "irrelevant", "fully-conformant", "conformant", "compliant", "consistent"]);
  const compliant = all.find((l) => l.id === "compliant");
  assert.deepEqual(compliant.name, { vi: "Cơ bản tuân thủ, cần bổ sung thông tin", en: "Compliant" });
  assert.equal(kt.levelName("compliant"), compliant.name.vi);
  assert.equal(kt.levelName("non-conformant", "en"), "Non-conformant");
  const r = kt.Baseline.default().check(read(join(projects, "point-to-point-land.json")));
  assert.match(r.toText("en"), new RegExp(`Compliance level: ${kt.levelName(r.level, "en")}`));
  for (const bad of ["nope", undefined, 3]) throwsKt(() => kt.levelName(bad), "argument");
  throwsKt(() => kt.levelName("compliant", "fr"), "argument");
});

test("the overall diagram, with and without a project", () => {
  const b = kt.Baseline.default();
  const svg = b.diagram();
  assert.match(svg, /^<svg /);
  assert.match(svg, /<\/svg>\s*$/);
  assert.ok(svg.includes("provincial:lgsp"));
  assert.equal(b.diagram(), svg, "deterministic");
  assert.match(b.diagram({ format: "dot", lang: "en" }), /^digraph /);
  assert.match(b.diagram({ format: "mermaid" }), /flowchart TB/);
  assert.notEqual(b.diagram({ lang: "en" }), svg);
  const oneStop = read(join(projects, "one-stop-upgrade.json"));
  const drawn = b.diagram({ project: JSON.parse(oneStop) });
  assert.ok(drawn.includes("dvc-xay-dung") && drawn !== svg);
  throwsKt(() => b.diagram({ format: "png" }), "argument");
  throwsKt(() => b.diagram({ lang: "fr" }), "argument");
  throwsKt(() => b.diagram({ project: "{,}" }), "parse");
});
