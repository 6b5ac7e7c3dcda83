// Debian's Firefox ESR, headless, driven over WebDriver BiDi with the few commands the page test
// needs. Playwright's own Firefox needs its patched build, which tests never download, and its
// BiDi mode sends commands this Firefox does not know yet, hence this small client. The profile
// is fresh and keeps Firefox off the network.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

const { ws: WebSocket } = createRequire(import.meta.url)("playwright-core/lib/utilsBundle");
export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

const PREFS = {
  "app.update.enabled": false, "app.normandy.enabled": false, "browser.shell.checkDefaultBrowser": false,
  "browser.startup.homepage_override.mstone": "ignore", "browser.newtabpage.enabled": false,
  "browser.safebrowsing.malware.enabled": false, "browser.safebrowsing.phishing.enabled": false,
  "datareporting.policy.dataSubmissionEnabled": false, "toolkit.telemetry.enabled": false,
  "extensions.update.enabled": false, "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false, "browser.download.dir": "/nonexistent",
  "remote.prefs.recommended": true, "dom.disable_beforeunload": true,
};

/** Starts Firefox and returns a client on its first tab. */
export async function launchFirefox() {
  const profile = mkdtempSync(join(tmpdir(), "kientruc-firefox-"));
  writeFileSync(join(profile, "user.js"), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join("\n"));
  const proc = spawn(FIREFOX, ["--headless", "--no-remote", "--profile", profile, "--remote-debugging-port=0", "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: "1" } });
  const url = await new Promise((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => reject(new Error(`Firefox did not start:\n${log}`)), 60000);
    proc.stderr.on("data", (d) => {
      log += d;
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    proc.on("exit", () => { clearTimeout(timer); reject(new Error(`Firefox exited:\n${log}`)); });
  });
  const socket = new WebSocket(`${url}/session`);
  await new Promise((resolve, reject) => { socket.on("open", resolve); socket.on("error", reject); });
  let id = 0;
  const pending = new Map();
  socket.on("message", (data) => {
    const m = JSON.parse(String(data));
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.type === "error") p.reject(new Error(`${m.error}: ${m.message}`)); else p.resolve(m.result);
  });
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const n = ++id;
    pending.set(n, { resolve, reject });
    socket.send(JSON.stringify({ id: n, method, params }));
  });
  await send("session.new", { capabilities: {} });
  const { contexts } = await send("browsingContext.getTree", {});
  const context = contexts[0].context;
  await send("browsingContext.setViewport", { context, viewport: { width: 1400, height: 1000 } });

  /** Evaluates an expression (awaiting a promise) in the page and returns its JSON value. */
  const evaluate = async (expression) => {
    const r = await send("script.evaluate", {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context }, awaitPromise: true, resultOwnership: "none",
    });
    if (r.type === "exception") throw new Error(`in the page: ${r.exceptionDetails.text}`);
    const v = r.result.value;
    return v === undefined ? undefined : JSON.parse(v);
  };
  return {
    navigate: (u) => send("browsingContext.navigate", { context, url: u, wait: "complete" }),
    evaluate,
    /** Waits until the expression is truthy. */
    async waitFor(expression, timeout = 20000) {
      const end = Date.now() + timeout;
      for (;;) {
        if (await evaluate(expression)) return;
        if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    /** Types text (and WebDriver key codes such as "\uE007", Enter) into the focused element. */
    type: (text) => send("input.performActions", {
      context,
      actions: [{ type: "key", id: "keyboard", actions: [...text].flatMap((c) => [{ type: "keyDown", value: c }, { type: "keyUp", value: c }]) }],
    }),
    async screenshot() { return Buffer.from((await send("browsingContext.captureScreenshot", { context, origin: "document" })).data, "base64"); },
    async close() {
      await send("browser.close").catch(() => {});
      socket.close();
      await new Promise((r) => { if (proc.exitCode !== null) r(); else { proc.on("exit", r); setTimeout(() => { proc.kill(); r(); }, 10000); } });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
