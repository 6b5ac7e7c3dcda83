// The offline page for the browser tests: examples/web served on localhost, and Debian's headless
// Chromium (never a downloaded browser) driven by playwright-core, kept off the network.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { root } from "./common.mjs";

export const web = join(root, "examples", "web");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };

/** Serves examples/web on a free port of 127.0.0.1. */
export function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^\/+/, "");
    let file = join(web, path || "index.html");
    if (!file.startsWith(web) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Debian's Chromium, headless. Playwright runs it with a fresh profile of its own; the flags
 * keep it off the network, which this machine closes anyway. */
export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    timeout: 60000,
  });
}

/** Collects the page's requests that leave the local server. */
export function watchExternal(page, base) {
  const external = [];
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:")) external.push(u);
  });
  return external;
}
