// The form of the offline page in headless Chromium: two proposals filled in from scratch as an
// officer would (one conformant; one that breaks the IPv6 rule and the LGSP rule), the level and
// the findings read in the page, a finding clicked to reach its field, the JSON saved and compared
// with a hand-written file (tests/form/), then opened again (file picker, and drag and drop) and
// saved again unchanged. Screenshots go to target/web-form/ (not committed; docs/web-form.png is a
// copy of form-finding.png).
import test from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "./common.mjs";
import { CHROMIUM, launch, serve, watchExternal, web } from "./page.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const expectedFile = (name) => join(here, "form", name);
const shots = join(root, "target", "web-form");

/** The control of a field, by its path in the document (components[0].ipv6 → #f-components_0__ipv6). */
const field = (path) => `#f-${path.replace(/[^A-Za-z0-9_-]/g, "_")}`;

/** Waits until the check has run after the last edit, then returns the level. */
async function settled(page) {
  const before = await page.getAttribute("body", "data-checked");
  await page.waitForFunction((b) => document.body.dataset.checked !== b, before, { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(50);
  return page.getAttribute("#level", "data-level");
}

/** Types into a search box and picks the first option with the keyboard. */
async function searchPick(page, selector, text, expect) {
  await page.click(selector);
  await page.fill(selector, "");
  await page.type(selector, text);
  const first = `${selector} ~ [role=listbox] [role=option]`;
  await page.waitForSelector(first);
  if (expect) assert.match(await page.textContent(first), expect);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  // ArrowDown then ArrowUp wraps through the list and back to the first option.
  await page.keyboard.press("Enter");
}

async function saved(page) {
  const download = page.waitForEvent("download");
  await page.click("#save");
  const d = await download;
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), "utf8") };
}

async function startNew(page) {
  page.once("dialog", (d) => d.accept());
  await page.click("#new");
  await page.waitForFunction(() => !document.querySelector("#f-name")?.value);
}

/** The proposal's common part: the project section, investment and security plan. */
async function project(page, p) {
  await page.fill(field("name"), p.name);
  await page.selectOption(field("owner"), p.owner);
  await page.fill(field("investor"), p.investor);
  await page.keyboard.press("Tab");
  await page.selectOption(field("baseline"), "quang-ngai-2.0");
  await page.fill(field("appraisal_date"), p.date);
  await page.selectOption(field("stage"), p.stage);
  await page.fill(field("phase.start"), String(p.phase[0]));
  if (p.incomplete) {
    // One year of two: the form says what is missing, next to the period too.
    await page.waitForFunction(() => document.getElementById("error").textContent === "Chưa điền đủ: cần Đến năm.");
    assert.equal(await page.textContent("[data-path=phase] > .notes .note"), "Chưa điền đủ: cần Đến năm.");
    assert.equal(await page.isHidden("#result"), true);
  }
  await page.fill(field("phase.end"), String(p.phase[1]));
  await page.selectOption(field("investment.group"), p.group);
  await page.fill(field("investment.budget_vnd"), String(p.budget));
  await page.selectOption(field("investment.funding"), p.funding);
  await page.selectOption(field("security.dr_plan"), "true");
  await page.selectOption(field("security.backup"), "true");
  await page.selectOption(field("security.monitoring"), "provincial-soc");
  await page.selectOption(field("security.digital_signature"), "government-ca");
}

async function addComponent(page, kind) {
  await page.selectOption("#add-components-kind", kind);
  await page.click("#add-components");
  return page.$$eval("#form details.item[data-path^='components[']", (l) => l.length - 1);
}

/** A web portal with the four mandatory rows of its kind. */
async function portal(page, i, p) {
  const c = (k) => field(`components[${i}].${k}`);
  await page.fill(c("name"), p.name);
  await page.selectOption(c("status"), p.status);
  await searchPick(page, c("maps_to"), p.search, p.found);
  await page.selectOption(c("scope"), p.scope);
  await page.selectOption(c("serves"), "citizens-businesses");
  await page.selectOption(c("hosting"), "provincial-data-center");
  await page.selectOption(c("internet_facing"), "true");
  await page.selectOption(c("ipv6"), p.ipv6);
  await page.fill(c("security_level"), "2");
  const item = page.locator(`details.item[data-path='components[${i}]']`);
  await item.getByRole("checkbox", { name: "Thông tin công cộng" }).check();
  await page.selectOption(c("auth.staff"), "central-sso");
  await page.selectOption(c("auth.citizens"), "none");
  for (const s of ["HTTP/1.1", "HTML 4.01", "TCVN 6909:2001", "TLS 1.2"]) {
    await item.getByRole("checkbox", { name: s, exact: false }).first().check();
  }
}

test("the form builds, checks, saves and reopens two proposals", { timeout: 180000 }, async () => {
  assert.ok(existsSync(join(web, "pkg", "kientruc_wasm_bg.wasm")), "run bindings-wasm/build.sh first");
  assert.ok(existsSync(CHROMIUM), `Debian's chromium is expected at ${CHROMIUM}`);
  mkdirSync(shots, { recursive: true });
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    // The dossier opens in a new tab with the print dialog: record the call instead.
    await context.addInitScript(() => { window.print = () => { document.documentElement.dataset.printed = "yes"; }; });
    const page = await context.newPage();
    const external = watchExternal(page, base);
    await page.goto(base);
    await page.waitForSelector("body[data-ready=true]");

    // Every control of the form has an accessible name.
    const unnamed = await page.$$eval("#form input, #form select, #form textarea", (l) =>
      l.filter((c) => c.type !== "hidden" && c.labels.length === 0 && !c.getAttribute("aria-label") && !c.getAttribute("aria-labelledby")).map((c) => c.id));
    assert.deepEqual(unnamed, []);
    assert.equal(await page.textContent(`label[for=${field("owner").slice(1)}]`), "Cơ quan chủ quản");

    // 1. A conformant upgrade of the provincial portal.
    await project(page, {
      name: "Nâng cấp Cổng thông tin điện tử tỉnh Quảng Ngãi", owner: "agency:ubnd-quang-ngai",
      investor: "Văn phòng UBND tỉnh Quảng Ngãi", date: "2024-05-10", stage: "econ-tech-report",
      phase: [2024, 2025], group: "C", budget: 850000000, funding: "development-investment", incomplete: true,
    });
    assert.equal(await page.inputValue(field("id")), "nang-cap-cong-thong-tin-dien-tu-tinh-quang-ngai");
    const i = await addComponent(page, "portal");
    assert.equal(i, 0);
    await portal(page, 0, {
      name: "Cổng thông tin điện tử tỉnh Quảng Ngãi", status: "upgrade", search: "cong thong tin dien tu tinh",
      found: /Cổng thông tin điện tử tỉnh/, scope: "province", ipv6: "true",
    });
    assert.equal(await settled(page), "fully-conformant");
    assert.match(await page.textContent("#level"), /Mức tuân thủ: Tuân thủ đầy đủ/);
    assert.ok(await page.$("#diagram svg"), "the overall diagram is drawn");
    assert.match(await page.textContent("#diagram"), /Cổng thông tin điện tử tỉnh Quảng Ngãi/);
    await page.screenshot({ path: join(shots, "form-conformant.png"), fullPage: true });
    const one = await saved(page);
    assert.equal(one.name, "nang-cap-cong-thong-tin-dien-tu-tinh-quang-ngai.json");
    assert.equal(one.text, readFileSync(expectedFile("provincial-portal.json"), "utf8"));

    // The dossier opens in a new tab, ready to print, with the level and the diagram.
    const popup = page.waitForEvent("popup");
    await page.click("#print");
    const dossier = await popup;
    await dossier.waitForSelector("html[data-printed=yes]");
    assert.match(await dossier.textContent("body"), /Tuân thủ đầy đủ/);
    assert.ok(await dossier.$("svg"), "the dossier has the diagram");
    await dossier.close();

    // 2. From scratch again: a district land system whose portal has no IPv6 and whose
    // application talks to the national land database directly (not through the LGSP).
    await startNew(page);
    await project(page, {
      name: "Hệ thống thông tin đất đai huyện Bình Sơn", owner: "agency:ubnd-binh-son",
      investor: "UBND huyện Bình Sơn", date: "2024-06-01", stage: "feasibility",
      phase: [2024, 2025], group: "C", budget: 1500000000, funding: "development-investment",
    });
    await addComponent(page, "portal");
    await portal(page, 0, {
      name: "Cổng tra cứu thông tin đất đai huyện Bình Sơn", status: "new", search: "dich vu cong thong tin",
      found: /Dịch vụ công thông tin điện tử/, scope: "district", ipv6: "false",
    });
    // A component added by mistake, then removed.
    assert.equal(await addComponent(page, "email"), 1);
    await page.click("details.item[data-path='components[1]'] .remove-item");
    assert.equal(await page.$$eval("#form details.item[data-path^='components[']", (l) => l.length), 1);
    const j = await addComponent(page, "application");
    const c = (k) => field(`components[${j}].${k}`);
    await page.fill(c("name"), "Phần mềm quản lý đất đai huyện");
    await page.selectOption(c("status"), "new");
    await page.selectOption(c("scope"), "district");
    await page.selectOption(c("serves"), "internal");
    await page.selectOption(c("hosting"), "provincial-data-center");
    await page.selectOption(c("internet_facing"), "false");
    await page.fill(c("security_level"), "2");
    await page.locator(`details.item[data-path='components[${j}]']`).getByRole("checkbox", { name: "Thông tin riêng" }).check();
    await page.selectOption(c("auth.staff"), "central-sso");
    await page.click("#add-integrations");
    await searchPick(page, field("integrations[0].from"), "phan mem quan ly dat dai", /Phần mềm quản lý đất đai huyện/);
    await searchPick(page, field("integrations[0].to"), "dat dai quoc gia", /Cơ sở dữ liệu đất đai quốc gia/);
    await page.selectOption(field("integrations[0].via"), "direct");
    await page.fill(field("integrations[0].protocol"), "HTTPS");
    await page.fill(field("integrations[0].format"), "JSON");

    assert.equal(await settled(page), "non-conformant");
    assert.match(await page.textContent("#level"), /Mức tuân thủ: Không tuân thủ/);
    assert.match(await page.textContent(".finding.error[data-rule=CONF-07]"), /IPv6/);
    assert.match(await page.textContent(".finding.error[data-rule=CONF-05]"), /national:land/);
    // The findings stand next to their fields too.
    assert.match(await page.textContent(`details.item[data-path='components[0]'] [data-path='components[0].ipv6'] .note[data-rule=CONF-07]`), /IPv6/);
    assert.ok(await page.$(`[data-path='integrations[0].via'] .note[data-rule=CONF-05]`), "CONF-05 under the integration's via");
    await page.screenshot({ path: join(shots, "form-result.png"), fullPage: true });

    // A finding leads to its field.
    await page.click(".finding[data-rule=CONF-07] .goto");
    assert.equal(await page.evaluate(() => document.activeElement.id), field("components[0].ipv6").slice(1));
    // The README's picture (docs/web-form.png is a copy): the field a finding led to, the result.
    await page.screenshot({ path: join(shots, "form-finding.png") });
    await page.click(".finding[data-rule=CONF-05] .goto");
    assert.equal(await page.evaluate(() => document.activeElement.id), field("integrations[0].via").slice(1));
    // The field named in the CONF-07 finding says what is wrong for screen readers too.
    const described = await page.getAttribute(field("components[0].ipv6"), "aria-describedby");
    assert.match(described, /notes/);

    const two = await saved(page);
    assert.equal(two.text, readFileSync(expectedFile("binh-son-land.json"), "utf8"));

    // 3. Round trip: the saved files open into the form and save again byte for byte.
    await page.setInputFiles("#file", expectedFile("provincial-portal.json"));
    await page.waitForFunction(() => document.querySelector("#level")?.dataset.level === "fully-conformant");
    assert.equal(await page.inputValue(field("components[0].name")), "Cổng thông tin điện tử tỉnh Quảng Ngãi");
    assert.equal((await saved(page)).text, one.text);
    // Dropped on the page.
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "binh-son-land.json", { type: "application/json" }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, two.text);
    await page.waitForFunction(() => document.querySelector("#level")?.dataset.level === "non-conformant");
    assert.equal(await page.inputValue(field("integrations[0].protocol")), "HTTPS");
    assert.equal((await saved(page)).text, two.text);

    // A finding justified from the result: the justification names its rule and subject, and
    // the finding waits for the appraiser.
    assert.equal(await page.$(".finding[data-rule=CONF-07] .justify"), null, "IPv6 is mandatory: no justification");
    await page.click(".finding[data-rule=CONF-05] .justify");
    assert.equal(await page.evaluate(() => document.activeElement.id), field("waivers[0].reason").slice(1));
    assert.equal(await page.inputValue(field("waivers[0].rule")), "CONF-05");
    assert.equal(await page.inputValue(field("waivers[0].subject")), "application->national:land");
    await page.keyboard.type("LGSP tỉnh chưa có dịch vụ đất đai; kết nối qua LGSP khi dịch vụ sẵn sàng.");
    await settled(page);
    assert.match(await page.textContent(".finding[data-rule=CONF-05] .waiver"), /LGSP tỉnh chưa có dịch vụ đất đai.*cần thẩm định giải trình/);

    // English labels on request.
    await page.selectOption("#lang", "en");
    assert.equal(await page.textContent(`label[for=${field("owner").slice(1)}]`), "System owner (chủ quản)");
    assert.match(await page.textContent("#level"), /Compliance level: Non-conformant/);
    await page.screenshot({ path: join(shots, "form-en.png"), fullPage: true });
    assert.deepEqual(external, [], "the page makes no request outside localhost");
  } finally {
    await browser.close();
    server.close();
  }
});
