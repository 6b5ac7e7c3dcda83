// End to end in Debian's headless Chromium (never a downloaded browser): serve examples/web on
// localhost, load an example, read the level and a finding in the DOM, switch to English, trigger
// a bad-JSON error, and save screenshots under tests/output/.
import test from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "./common.mjs";
import { CHROMIUM, launch, serve, watchExternal, web } from "./page.mjs";

const out = join(fileURLToPath(new URL(".", import.meta.url)), "output");

test("the page checks a project offline in headless Chromium", { timeout: 120000 }, async () => {
  assert.ok(existsSync(join(web, "pkg", "kientruc_wasm_bg.wasm")), "run bindings-wasm/build.sh first");
  assert.ok(existsSync(CHROMIUM), `Debian's chromium is expected at ${CHROMIUM}`);
  mkdirSync(out, { recursive: true });
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const external = watchExternal(page, base);
    await page.goto(base);
    await page.waitForSelector("body[data-ready=true]");
    await page.selectOption("#example", "portal-without-ipv6.json");
    await page.waitForSelector("#level[data-level=non-conformant]");
    assert.equal(await page.getAttribute("#level", "data-level"), "non-conformant");
    assert.match(await page.textContent("#level"), /Mức tuân thủ: Không tuân thủ/);
    assert.ok(await page.$(".finding.error[data-rule=CONF-07]"), "the IPv6 finding is shown");
    assert.match(await page.textContent(".finding[data-rule=CONF-07]"), /TT 39\/2017/);
    await page.screenshot({ path: join(out, "vi.png"), fullPage: true });

    await page.selectOption("#lang", "en");
    assert.match(await page.textContent("#level"), /Compliance level: Non-conformant/);
    assert.match(await page.textContent("h1"), /conformance check/);
    assert.match(await page.textContent(".finding[data-rule=CONF-07]"), /faces the Internet without IPv6/);
    await page.screenshot({ path: join(out, "en.png"), fullPage: true });

    const download = page.waitForEvent("download");
    await page.click("button[data-format=sarif]");
    const file = await (await download).path();
    assert.equal(JSON.parse(readFileSync(file, "utf8")).version, "2.1.0");

    // A justification, then the appraiser's acceptance of it (tests/faces/).
    await page.selectOption("#example", "hanh-minh-website-rented-hosting.json");
    await page.waitForSelector(".finding[data-rule=CONF-11] .waiver");
    assert.equal(await page.getAttribute("#level", "data-level"), "compliant");
    const pending = await page.textContent(".finding.review[data-rule=CONF-11] .waiver");
    assert.match(pending, /The investor's justification: «Thuê máy chủ của doanh nghiệp viễn thông/);
    assert.match(pending, /to be appraised/);
    await page.click("#power > summary");
    await page.fill("#accept", readFileSync(join(root, "tests", "faces", "accept-rented-hosting.json"), "utf8"));
    await page.click("#check");
    await page.waitForSelector(".finding.accepted[data-rule=CONF-11] .waiver.accepted");
    assert.match(await page.textContent(".finding.accepted[data-rule=CONF-11] .waiver"),
      /accepted by Sở Khoa học và Công nghệ tỉnh Quảng Ngãi on 2024-04-01/);
    assert.equal(await page.getAttribute("#level", "data-level"), "compliant");
    assert.match(await page.textContent("#summary"), /justifications: 1 \(1 accepted\)/);
    assert.ok(await page.$(".finding.review[data-rule=CONF-13]"), "CONF-13 stays to review");
    await page.screenshot({ path: join(out, "accepted.png"), fullPage: true });
    await page.fill("#accept", "");

    await page.fill("#input", '{\n  "kientruc": "project/1",\n  "id": "x",,\n}');
    await page.click("#check");
    const error = await page.textContent("#error");
    assert.match(error, /\[parse\]/);
    assert.match(error, /line 3, column 13/);
    assert.equal(await page.isHidden("#result"), true);
    await page.screenshot({ path: join(out, "error.png"), fullPage: true });
    assert.deepEqual(external, [], "the page makes no request outside localhost");
  } finally {
    await browser.close();
    server.close();
  }
});
