// Shared helpers: the Node build of the package and the repository's examples.
import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..", "..");
export const projects = join(root, "examples", "projects");
export const models = join(root, "examples", "models");
export const kt = createRequire(import.meta.url)(join(here, "..", "pkg", "node", "kientruc_wasm.js"));
const expectedDoc = JSON.parse(readFileSync(join(projects, "expected.json"), "utf8"));
export const expected = expectedDoc.projects;
/** An entry's baseline: its own "baseline" (a built-in name, or null = the one the library
 * chooses), else the file's top-level one. */
export const entryBaseline = (e) => ("baseline" in e ? e.baseline : expectedDoc.baseline);
export const read = (p) => readFileSync(p, "utf8");
export const exampleFiles = () => readdirSync(projects).filter((f) => f.endsWith(".json") && f !== "expected.json").sort();
/** The options every face passes for an entry or one of its variants: the variant's rule packs
 * and acceptances (paths relative to examples/projects), read as text. */
export const scenarioOptions = (x) => ({
  rulepacks: (x.rulepacks ?? []).map((f) => read(join(projects, f))),
  accept: (x.accept ?? []).map((f) => read(join(projects, f))),
});
/** An entry, then each of its variants (which check the same file with options). */
export const scenarios = (e) => [e, ...(e.variants ?? [])];
