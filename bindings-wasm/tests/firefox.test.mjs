// The form in Debian's headless Firefox ESR (over WebDriver BiDi, tests/bidi.mjs): the page loads
// the WebAssembly package, every control is labelled, typing a name makes the id, a proposal
// opens from the JSON view into the form, the level and findings show, a finding leads to its
// field, and the search box finds an element typed without diacritics. The full scenario runs in
// Chromium (form.test.mjs); this one proves the same page works in Firefox's engine.
import test from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "./common.mjs";
import { serve, web } from "./page.mjs";
import { FIREFOX, launchFirefox } from "./bidi.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const shots = join(root, "target", "web-form");
const q = (s) => JSON.stringify(s);

test("the form works in headless Firefox", { timeout: 180000 }, async () => {
  assert.ok(existsSync(join(web, "pkg", "kientruc_wasm_bg.wasm")), "run bindings-wasm/build.sh first");
  assert.ok(existsSync(FIREFOX), `Debian's firefox-esr is expected at ${FIREFOX}`);
  mkdirSync(shots, { recursive: true });
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const ff = await launchFirefox();
  try {
    await ff.navigate(base);
    await ff.waitFor(`document.body.dataset.ready === "true"`);
    assert.deepEqual(await ff.evaluate(`[...document.querySelectorAll("#form input, #form select, #form textarea")]
      .filter((c) => c.labels.length === 0 && !c.getAttribute("aria-labelledby")).map((c) => c.id)`), []);

    // Typing the name makes the id.
    await ff.evaluate(`document.getElementById("f-name").focus()`);
    await ff.type("Nâng cấp Cổng thông tin điện tử tỉnh Quảng Ngãi");
    await ff.waitFor(`document.getElementById("f-id").value === "nang-cap-cong-thong-tin-dien-tu-tinh-quang-ngai"`);

    // A proposal pasted in the JSON view opens into the form and is checked.
    const text = readFileSync(join(here, "form", "binh-son-land.json"), "utf8");
    await ff.evaluate(`(() => { document.getElementById("power").open = true; document.getElementById("input").value = ${q(text)}; document.getElementById("check").click(); })()`);
    await ff.waitFor(`document.getElementById("level").dataset.level === "non-conformant"`);
    assert.equal(await ff.evaluate(`document.getElementById("f-components_1__name").value`), "Phần mềm quản lý đất đai huyện");
    assert.match(await ff.evaluate(`document.querySelector("[data-path='components[0].ipv6'] .note[data-rule=CONF-07]").textContent`), /IPv6/);
    await ff.evaluate(`document.querySelector(".finding[data-rule=CONF-05] .goto").click()`);
    assert.equal(await ff.evaluate(`document.activeElement.id`), "f-integrations_0__via");

    // The search box ignores diacritics and picks with the keyboard.
    await ff.evaluate(`document.getElementById("f-components_1__maps_to").focus()`);
    await ff.type("co so du lieu dat dai");
    await ff.waitFor(`document.querySelector("#f-components_1__maps_to ~ [role=listbox] [role=option]")?.textContent.includes("Cơ sở dữ liệu đất đai quốc gia")`);
    await ff.type("\uE007");
    await ff.waitFor(`document.getElementById("input").value.includes('"maps_to": [\\n        "national:land"')`);
    writeFileSync(join(shots, "firefox.png"), await ff.screenshot());
  } finally {
    await ff.close();
    server.close();
  }
});
