// The exports the offline page's form uses, in Node: the form description (from the schema), a
// baseline's catalogue, the overall diagram with a project drawn in, and the printable dossier.
import test from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { kt, projects, read } from "./common.mjs";

function throwsKt(fn, code) {
  let caught;
  try { fn(); } catch (e) { caught = e; }
  assert.ok(caught instanceof Error, `expected an Error, got ${caught}`);
  assert.equal(caught.name, "KientrucError");
  assert.equal(caught.code, code, caught.message);
}

test("the form has every field of the project schema, labelled, with its widget", () => {
  const form = kt.projectForm();
  const schema = kt.schema("project");
  assert.equal(form.kind, "project/1");
  const root = form.types.find((t) => t.name === form.root);
  assert.deepEqual(root.fields.map((f) => f.key), Object.keys(schema.properties));
  for (const t of form.types) {
    for (const f of t.fields) {
      assert.ok(f.label.vi && f.label.en, `${t.name}.${f.key}`);
      assert.notEqual(f.widget, "json", `${t.name}.${f.key} has a widget`);
      if (f.vocabulary) assert.ok(form.vocabularies.some((v) => v.name === f.vocabulary), f.vocabulary);
      if (f.item) assert.ok(form.types.some((x) => x.name === f.item), f.item);
    }
  }
  const components = root.fields.find((f) => f.key === "components");
  assert.deepEqual([components.widget, components.item], ["list", "Component"]);
  const kind = form.types.find((t) => t.name === "Component").fields.find((f) => f.key === "kind");
  assert.deepEqual([kind.widget, kind.required, kind.vocabulary], ["choice", true, "component kind"]);
  const kinds = form.vocabularies.find((v) => v.name === "component kind");
  assert.equal(kinds.values.find((v) => v.id === "portal").vi, "Cổng/Trang thông tin điện tử");
  const owner = root.fields.find((f) => f.key === "owner");
  assert.deepEqual(owner.pick, { source: "elements", kinds: ["agency"] });
  assert.deepEqual(form.focus["CONF-07"], ["ipv6"]);
});

test("a baseline's catalogue offers its agencies, elements, domains, rows and rules", () => {
  const c = kt.formCatalogue("quang-ngai-2.0");
  assert.equal(c.baseline.id, "quang-ngai-2.0");
  assert.equal(c.baseline.framework, "vn-egov-2.0");
  assert.deepEqual(c.baselines.map((b) => b.id), kt.builtinBaselines());
  const agencies = c.elements.filter((e) => e.kind === "agency");
  assert.ok(agencies.some((a) => a.id === "agency:ubnd-quang-ngai" && a.eid === "000.00.00.H48"));
  assert.equal(c.elements.find((e) => e.id === "provincial:lgsp").kind_name.vi, "Nền tảng chia sẻ, tích hợp");
  assert.ok(c.domains.length > 0 && c.functions.length > 0 && c.layers.length > 0);
  assert.ok(c.masters.some((m) => m.id === "land" && m.holder === "national:land"));
  assert.ok(c.standards.some((r) => r.implied_by?.includes("portal") && r.standards.some((s) => s.name === "HTML 4.01")));
  assert.ok(c.rules.some((r) => r.id === "CONF-05"));
  assert.equal(c.rules.find((r) => r.id === "CONF-07").waivable, false);
  assert.notDeepEqual(kt.formCatalogue("vn-national-digital-2025").elements, c.elements);
  throwsKt(() => kt.formCatalogue("ha-noi-9.9"), "unknown-baseline");
});

test("the diagram and the dossier use the baseline the check uses", () => {
  const p = read(join(projects, "point-to-point-land.json"));
  const svg = kt.diagram(p);
  assert.match(svg, /^<svg/);
  assert.match(svg, /Phần mềm quản lý đất đai huyện/);
  assert.match(svg, /Quảng Ngãi/);
  assert.match(kt.diagram(p, undefined, "en"), /District land management software/);
  assert.notEqual(kt.diagram(p, { baseline: "vn-national-digital-2025" }), svg);
  const html = kt.dossierHtml(p, undefined, "vi");
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /Không tuân thủ/);
  assert.ok(html.includes(svg), "the dossier embeds the same diagram");
  assert.match(kt.dossierHtml(JSON.parse(p), { asOf: "2024-06-01" }, "en"), /Non-conformant/);
  // The page puts the diagram in as markup: names typed in the form come out as text.
  const hostile = { kientruc: "project/1", id: "x", components: [{ id: "c", kind: "portal", name: "<img src=x onerror=alert(1)>" }] };
  const drawn = kt.diagram(hostile);
  assert.ok(!drawn.includes("<img") && drawn.includes("&lt;img src=x"), "escaped");
  throwsKt(() => kt.diagram(p, undefined, "fr"), "argument");
  throwsKt(() => kt.dossierHtml("{,}"), "parse");
  throwsKt(() => kt.diagram(p, { baseline: "no-such-baseline" }), "unknown-baseline");
});
